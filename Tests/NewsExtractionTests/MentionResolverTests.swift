import Foundation
import Testing
import TestSupport
@testable import NewsExtraction
import NewsText
import KnowledgeGraph

/// Resolution of names within a document, fed with mentions as the tagger and the rules give them.
@Suite struct MentionResolverTests {
    static let resolver = MentionResolver(ontology: Fixtures.ontology)

    /// A mention of the `occurrence`-th (from 0) run of tokens spelling `phrase`, typed `type`, from `source`.
    func mention(_ phrase: String, _ type: String, in article: Article, occurrence: Int = 0,
                 source: EntityMention.Source = .tagger) -> EntityMention {
        let words = TextPreprocessor().process(phrase, id: "p")
        let wanted = words.tokens.map { words.text(of: $0) }
        var seen = 0
        for start in article.tokens.indices where start + wanted.count <= article.tokens.count {
            let texts = (start..<start + wanted.count).map { article.text(of: article.tokens[$0]) }
            guard texts == wanted else { continue }
            if seen == occurrence {
                let tokens = start..<start + wanted.count
                let range = article.tokens[tokens.lowerBound].range.lowerBound..<article.tokens[tokens.upperBound - 1].range.upperBound
                let text = article.text(of: range)
                return EntityMention(tokens: tokens, range: range, text: text, type: type, label: text,
                                     confidence: 0.8, source: source, rule: "test")
            }
            seen += 1
        }
        Issue.record("no \(phrase) #\(occurrence) in the text")
        return EntityMention(tokens: 0..<0, range: 0..<0, text: phrase, type: type, confidence: 0, source: source, rule: "test")
    }

    /// The entity ID of each resolved mention, by its text (the last one wins for a text met twice).
    func resolve(_ text: String, _ mentions: (Article) -> [EntityMention]) -> [String: String] {
        let article = TextPreprocessor().process(text, id: "t")
        var result: [String: String] = [:]
        for mention in Self.resolver.resolve(mentions(article), in: article) {
            result[mention.text] = mention.entity?.rawValue
        }
        return result
    }

    @Test func aNicknameInsideANameIsOnePersonWithTwoNames() {
        let found = resolve(#"Ismael "El Mayo" Zambada García was arrested. Zambada denied it."#) { article in
            [mention("Ismael", "Person", in: article), mention("El Mayo", "Person", in: article),
             mention("Zambada García", "Person", in: article), mention("Zambada", "Person", in: article, occurrence: 1)]
        }
        #expect(found["Ismael Zambada García"] == "person/ismael-zambada-garcia")
        #expect(found["El Mayo"] == "person/ismael-zambada-garcia")
        #expect(found["Zambada"] == "person/ismael-zambada-garcia")
        #expect(found.count == 3)
    }

    /// A nickname of several words the rules read apart ("Stone" a place) is still inside the name: one person, and
    /// no piece of the nickname is a name of its own. A quotation between two names is no nickname.
    @Test func aNicknameOfSeveralWordsInsideANameIsNoNameOfItsOwn() {
        let found = resolve(#"Roberto "Hands of Stone" Durán retired. Durán was 50."#) { article in
            [mention("Roberto", "Person", in: article), mention("Stone", "Place", in: article),
             mention("Durán", "Person", in: article), mention("Durán", "Person", in: article, occurrence: 1)]
        }
        #expect(found["Roberto Durán"] != nil)
        #expect(found["Durán"] == found["Roberto Durán"])
        #expect(found["Stone"] == nil)
        #expect(found.count == 2)
        let quoted = resolve(#"He wrote to Putin "must stop," Macron said."#) { article in
            [mention("Putin", "Person", in: article), mention("Macron", "Person", in: article)]
        }
        #expect(quoted.keys.sorted() == ["Macron", "Putin"])
    }

    /// A country's or a city's one-word name that is the surname of a person the document names in full is that
    /// person; after a preposition it is still the place.
    @Test func aPlacesNameThatIsTheSurnameOfAPersonOfTheDocumentIsThePerson() {
        let text = "Director Neil Jordan lives in Jordan. Jordan defends his film."
        let found = resolve(text) { article in
            [mention("Neil Jordan", "Person", in: article),
             mention("Jordan", "Country", in: article, occurrence: 1, source: .gazetteer),
             mention("Jordan", "Country", in: article, occurrence: 2, source: .gazetteer)]
        }
        let article = TextPreprocessor().process(text, id: "t")
        let resolved = Self.resolver.resolve([mention("Neil Jordan", "Person", in: article),
                                              mention("Jordan", "Country", in: article, occurrence: 1, source: .gazetteer),
                                              mention("Jordan", "Country", in: article, occurrence: 2, source: .gazetteer)], in: article)
        #expect(resolved.map(\.type) == ["Person", "Country", "Person"])
        #expect(resolved.last?.entity?.rawValue == found["Neil Jordan"])
    }

    /// A country's name with a possessive that is the surname of a person of the document is the person ("Montenegro's
    /// party" in a story of Luís Montenegro), unless a preposition of place puts it there ("in Montenegro's capital").
    @Test func aCountrysNameWithAPossessiveThatIsTheSurnameOfAPersonIsThePerson() {
        let text = "Prime Minister Luís Montenegro won. Montenegro's party gained seats in Montenegro's neighbour Portugal."
        let article = TextPreprocessor().process(text, id: "t")
        let resolved = Self.resolver.resolve([mention("Luís Montenegro", "Person", in: article),
                                              mention("Montenegro", "Country", in: article, occurrence: 1, source: .gazetteer),
                                              mention("Montenegro", "Country", in: article, occurrence: 2, source: .gazetteer)], in: article)
        #expect(resolved.map(\.type) == ["Person", "Person", "Country"], "\(resolved.map(\.type))")
    }

    /// A one-word name glossed by an organization's full name whose initials are letters of it is that organization;
    /// a name whose letters do not hold the initials is not ("Apple, the European Commission said").
    @Test func aShortNameGlossedByAFullNameIsThatOrganization() {
        let found = resolve("Frelimo, the Front for the Liberation of Mozambique, has governed since 1975. Frelimo won again.") { article in
            [mention("Frelimo", "Organization", in: article),
             mention("Front for the Liberation of Mozambique", "PoliticalParty", in: article, source: .pattern),
             mention("Frelimo", "Organization", in: article, occurrence: 1)]
        }
        #expect(found["Frelimo"] != nil)
        #expect(found["Frelimo"] == found["Front for the Liberation of Mozambique"])
        let acronym = resolve("Podemos, whose name is the acronym of the Optimistic Party for the Development of Mozambique, won.") { article in
            [mention("Podemos", "PoliticalParty", in: article),
             mention("Optimistic Party for the Development of Mozambique", "PoliticalParty", in: article, source: .pattern)]
        }
        #expect(acronym["Podemos"] == acronym["Optimistic Party for the Development of Mozambique"])
        let other = resolve("Apple, the European Competition Commission said, broke the law.") { article in
            [mention("Apple", "Company", in: article), mention("European Competition Commission", "Organization", in: article, source: .pattern)]
        }
        #expect(other["Apple"] != other["European Competition Commission"])
    }

    /// A name in parentheses right after an organization's is its other name ("Union Calédonienne (Caledonian Union)").
    @Test func aNameInParenthesesAfterAnOrganizationsIsItsOtherName() {
        let found = resolve("Its largest member, Union Calédonienne (Caledonian Union), called for calm.") { article in
            [mention("Union Calédonienne", "PoliticalParty", in: article, source: .pattern),
             mention("Caledonian Union", "Organization", in: article)]
        }
        #expect(found["Union Calédonienne"] != nil)
        #expect(found["Caledonian Union"] == found["Union Calédonienne"])
    }

    /// ", or Y in Georgian": the tagger's reading of a foreign name as a person's does not stop it being the
    /// organization's other name; a legal form after a name of the document's organization is that organization.
    @Test func aTranslationAfterOrAndALegalFormAreTheOrganizationsOtherNames() {
        let found = resolve("Georgian Dream, or Kartuli Otsneba in Georgian, won. NNPC Ltd raised prices, and NNPC said more.") { article in
            [mention("Georgian Dream", "PoliticalParty", in: article, source: .pattern),
             mention("Kartuli Otsneba", "Person", in: article),
             mention("NNPC Ltd", "Company", in: article),
             mention("NNPC", "Company", in: article, occurrence: 1, source: .pattern)]
        }
        #expect(found["Kartuli Otsneba"] == found["Georgian Dream"])
        #expect(found["NNPC Ltd"] != nil && found["NNPC Ltd"] == found["NNPC"])
    }

    /// A company named with its legal form ("Pirelli SpA") is the company its plain name names elsewhere, whatever the
    /// tagger reads that name as; not where a person of the document has that name as surname.
    @Test func aCompanysOneWordNameIsTheCompanyWhateverTheTaggerReadsItAs() {
        let found = resolve("Pirelli is expanding in Asia. Pirelli SpA said sales rose. Analysts like Pirelli.") { article in
            [mention("Pirelli", "Person", in: article), mention("Pirelli SpA", "Company", in: article, source: .pattern),
             mention("Pirelli", "Person", in: article, occurrence: 2)]
        }
        #expect(found["Pirelli SpA"] == "org/pirelli-spa")
        #expect(found["Pirelli"] == "org/pirelli-spa")
        let person = resolve("Anna Ford met investors. Ford Ltd said sales rose. Ford said more.") { article in
            [mention("Anna Ford", "Person", in: article), mention("Ford Ltd", "Company", in: article, source: .pattern),
             mention("Ford", "Person", in: article, occurrence: 2)]
        }
        #expect(person["Ford"] == person["Anna Ford"])
    }

    /// Initials the document gives to a phrase in lower case name a thing, no actor; initials given to a name do not.
    /// ", or RSV," defines initials as "(RSV)" does.
    @Test(arguments: [
        ("Patients risk amyloid-related imaging abnormalities (ARIA), the World Health Organization (WHO) said.",
         "ARIA", "World Health Organization", "WHO"),
        ("Flu and respiratory syncytial virus, or RSV, spread. The rebels of the Tehreek-e-Taliban Pakistan, or TTP, fled.",
         "RSV", "Tehreek-e-Taliban Pakistan", "TTP"),
    ])
    func initialsOfALowerCasePhraseAreNoActor(text: String, thing: String, name: String, initials: String) {
        let article = TextPreprocessor().process(text, id: "t")
        let resolved = Self.resolver.resolve([mention(thing, "Organization", in: article),
                                              mention(name, "Organization", in: article, source: .pattern),
                                              mention(initials, "Organization", in: article)], in: article)
        #expect(resolved.first { $0.text == thing }?.type == TaggerStage.miscellaneous)
        #expect(resolved.first { $0.text == initials }?.type == "Organization")
    }

    /// A people's name before "initials", "word" or "name" is the language's: no country.
    @Test func aPeoplesNameBeforeAWordOfLanguageIsNoCountry() {
        let article = TextPreprocessor().process("Doctors Without Borders, known by its French initials MSF, said more. French doctors agreed.", id: "t")
        var first = mention("French", "Country", in: article, source: .gazetteer)
        var second = mention("French", "Country", in: article, occurrence: 1, source: .gazetteer)
        first.isDemonym = true
        second.isDemonym = true
        let resolved = Self.resolver.resolve([first, second], in: article)
        #expect(resolved.map(\.type) == [TaggerStage.miscellaneous, "Country"])
    }

    /// "known as Y" and "known in <language> as Y" in an apposition give the name before it another name, whatever its
    /// kind; a phrase after a preposition is no apposition.
    @Test func aNameKnownAsAnotherInAnAppositionIsTheSameActor() {
        let found = resolve("Ships anchored off Porvoo, a harbor town east of Helsinki known in Swedish as Borgå. The NBI, known in Finnish as Keskusrikospoliisi, said more. Talks were in Abuja, at the villa known as Aso Rock.") { article in
            [mention("Porvoo", "City", in: article, source: .gazetteer), mention("Helsinki", "City", in: article, source: .gazetteer),
             mention("Borgå", "Place", in: article), mention("NBI", "Organization", in: article),
             mention("Keskusrikospoliisi", "Person", in: article), mention("Abuja", "City", in: article, source: .gazetteer),
             mention("Aso Rock", "Place", in: article)]
        }
        #expect(found["Borgå"] != nil && found["Borgå"] == found["Porvoo"])
        #expect(found["Keskusrikospoliisi"] != nil && found["Keskusrikospoliisi"] == found["NBI"])
        #expect(found["Aso Rock"] != nil && found["Aso Rock"] != found["Abuja"])
    }

    /// A headline's short full name is the person the body names longer; a name that ends two longer names is neither.
    /// (The gazetteer spells Mahinda Rajapaksa "Rajapakse": the family is the text's plural too.)
    /// A party's name with "Party" is the party's plain name, and its plain name read as a person's is the party. A family
    /// in the plural is no actor.
    @Test func aShortFullNameIsTheLongerNameItEnds() {
        let found = resolve("Oligui Nguema wins. Brice Clotaire Oligui Nguema won. The Pheu Thai Party met, and Pheu Thai chose. The Nguemas are rich.") { article in
            [mention("Oligui Nguema", "Person", in: article), mention("Brice Clotaire Oligui Nguema", "Person", in: article),
             mention("Pheu Thai Party", "PoliticalParty", in: article, source: .pattern),
             mention("Pheu Thai", "Organization", in: article, occurrence: 1), mention("Nguemas", "Organization", in: article)]
        }
        #expect(found["Oligui Nguema"] != nil && found["Oligui Nguema"] == found["Brice Clotaire Oligui Nguema"])
        #expect(found["Pheu Thai Party"] != nil && found["Pheu Thai Party"] == found["Pheu Thai"])
        let party = resolve("His Jan Suraaj Party won no seat. Jan Suraaj drew crowds.") { article in
            [mention("Jan Suraaj Party", "PoliticalParty", in: article, source: .pattern), mention("Jan Suraaj", "Person", in: article, occurrence: 1)]
        }
        #expect(party["Jan Suraaj"] != nil && party["Jan Suraaj"] == party["Jan Suraaj Party"])
        let article = TextPreprocessor().process("Mensah Boateng rules. Kofi Mensah Boateng and Ama Mensah Boateng ruled.", id: "t")
        let resolved = Self.resolver.resolve([mention("Mensah Boateng", "Person", in: article),
                                              mention("Kofi Mensah Boateng", "Person", in: article),
                                              mention("Ama Mensah Boateng", "Person", in: article)], in: article)
        #expect(Set(resolved.compactMap(\.entity)).count == 3)
        let text = TextPreprocessor().process("Mahinda Rajapaksa spoke. The Rajapaksas lost.", id: "t")
        let family = Self.resolver.resolve([mention("Mahinda Rajapaksa", "Person", in: text), mention("Rajapaksas", "Organization", in: text)],
                                           in: text)
        #expect(family.first { $0.text == "Rajapaksas" }?.type == TaggerStage.miscellaneous)
    }

    /// ", or Y," after an organization's name and its initials is its other name.
    @Test func aNameAfterOrPastTheInitialsIsTheOrganizationsOtherName() {
        let found = resolve("He was backed by the Rassemblement des Bâtisseurs (RdB), or Rally of Builders, a movement.") { article in
            [mention("Rassemblement des Bâtisseurs", "Organization", in: article), mention("RdB", "Organization", in: article),
             mention("Rally of Builders", "Organization", in: article)]
        }
        #expect(found["Rally of Builders"] != nil && found["Rally of Builders"] == found["Rassemblement des Bâtisseurs"])
    }

    /// "a close ally known by his nickname "Bato,"": the nickname names the person before it.
    @Test func aNicknameAfterKnownByHisNicknameIsThePersonBeforeIt() {
        let found = resolve(#"The police chief, Ronald dela Rosa, a close ally known by his nickname "Bato," spoke. Bato denied it."#) { article in
            [mention("Ronald dela Rosa", "Person", in: article), mention("Bato", "Person", in: article),
             mention("Bato", "Person", in: article, occurrence: 1)]
        }
        #expect(found["Bato"] != nil && found["Bato"] == found["Ronald dela Rosa"])
    }

    /// "Rodriguez's 18th homer" is no head of state: a surname borne by many is a serving official of the gazetteer
    /// only where the document names the official's country; a rare one ("Putin") is the official anywhere.
    @Test func aCommonSurnameAloneIsAServingOfficialOnlyWhereTheDocumentNamesTheirCountry() {
        let sport = resolve("Rodriguez hit his 18th homer in the first inning.") { article in
            [mention("Rodriguez", "Person", in: article)]
        }
        #expect(sport["Rodriguez"] != "person/delcy-rodriguez")
        let politics = resolve("Venezuela held talks on Monday. Rodriguez said they would go on.") { article in
            var country = mention("Venezuela", "Country", in: article, source: .gazetteer)
            country.entity = NodeID(rawValue: "country/VEN")
            return [country, mention("Rodriguez", "Person", in: article)]
        }
        #expect(politics["Rodriguez"] == "person/delcy-rodriguez")
        let rare = resolve("Putin said the talks would go on.") { article in [mention("Putin", "Person", in: article)] }
        #expect(rare["Putin"] == "person/vladimir-putin")
    }

    /// "JM" for John Mahama: initials of one person of the document; of two, of neither.
    @Test func initialsOfOnePersonOfTheDocumentAreThatPerson() {
        let found = resolve(#"John Mahama won the vote. Crowds chanted "JM" in the streets."#) { article in
            [mention("John Mahama", "Person", in: article), mention("JM", "Organization", in: article)]
        }
        #expect(found["JM"] != nil && found["JM"] == found["John Mahama"])
        let two = resolve(#"John Mahama won. Jean Mensa announced it. Crowds chanted "JM"."#) { article in
            [mention("John Mahama", "Person", in: article), mention("Jean Mensa", "Person", in: article),
             mention("JM", "Organization", in: article)]
        }
        #expect(two["JM"] != two["John Mahama"] && two["JM"] != two["Jean Mensa"])
    }

    /// "Xi" beside the spokesman Li Xi is Xi Jinping, whose country writes the family name first.
    @Test func aFamilyNameWrittenFirstIsThatPersonsOverAGivenName() {
        let found = resolve("Xi Jinping ordered the drills, said spokesman Li Xi. Xi calls Taiwan a province. Li said so.") { article in
            var xi = mention("Xi Jinping", "Person", in: article, source: .gazetteer)
            xi.entity = NodeID(rawValue: "person/xi-jinping")
            xi.label = "Xi Jinping"
            return [xi, mention("Li Xi", "Person", in: article), mention("Xi", "Person", in: article, occurrence: 2),
                    mention("Li", "Person", in: article, occurrence: 1)]
        }
        #expect(found["Xi"] == "person/xi-jinping")
        #expect(found["Li"] != nil && found["Li"] == found["Li Xi"])
    }

    /// "Marlaska" alone is Fernando Grande-Marlaska.
    @Test func theLastPartOfADoubleBarrelledSurnameIsThePerson() {
        let found = resolve("Interior Minister Fernando Grande-Marlaska visited Paiporta. Marlaska said more police would come.") { article in
            [mention("Fernando Grande-Marlaska", "Person", in: article), mention("Marlaska", "Person", in: article)]
        }
        #expect(found["Marlaska"] != nil && found["Marlaska"] == found["Fernando Grande-Marlaska"])
    }

    /// A headline's "KANO", which the tagger reads as a person or as a place of its own, is the place the body names.
    @Test(arguments: ["Person", "Place"])
    func aWordInCapitalsIsTheDocumentsPlaceOfThatName(type: String) {
        let found = resolve("RULING PARTY LOSES KANO IN TENSE VOTE\nSupporters danced in Kano on Sunday.") { article in
            var city = mention("Kano", "City", in: article, source: .gazetteer)
            city.entity = NodeID(rawValue: "city/kano")
            return [mention("KANO", type, in: article), city]
        }
        #expect(found["KANO"] == "city/kano")
    }

    /// "Bach Dang Garment" is Bach Dang Garment Joint Stock Company, named without its legal form.
    @Test func aCompanysNameWithoutItsLegalFormIsTheCompany() {
        let found = resolve("Bach Dang Garment Joint Stock Company said its plant flooded. Bach Dang Garment employs 900 people.") { article in
            [mention("Bach Dang Garment Joint Stock Company", "Company", in: article),
             mention("Bach Dang Garment", "Person", in: article, occurrence: 1)]
        }
        #expect(found["Bach Dang Garment"] != nil && found["Bach Dang Garment"] == found["Bach Dang Garment Joint Stock Company"])
    }

    /// "Laki-laki" alone is Mount Lewotobi Laki-laki; "Sangster" alone is Sangster International Airport; "Talisay" alone
    /// is Talisay City.
    @Test func theLastWordOfAFeaturesNameIsThePlace() {
        let found = resolve("Mount Lewotobi Laki-laki erupted again. Laki-laki has erupted often this year.") { article in
            [mention("Mount Lewotobi Laki-laki", "Place", in: article), mention("Laki-laki", "Person", in: article, occurrence: 1)]
        }
        #expect(found["Laki-laki"] != nil && found["Laki-laki"] == found["Mount Lewotobi Laki-laki"])
        let airport = resolve("Sangster International Airport was damaged. Flights into Sangster resume Friday.") { article in
            [mention("Sangster International Airport", "Place", in: article, source: .pattern), mention("Sangster", "Person", in: article, occurrence: 1)]
        }
        #expect(airport["Sangster"] != nil && airport["Sangster"] == airport["Sangster International Airport"])
        let city = resolve("Rivers burst their banks in Talisay City. Rescuers recovered bodies off Talisay.") { article in
            [mention("Talisay City", "City", in: article, source: .pattern), mention("Talisay", "Organization", in: article, occurrence: 1)]
        }
        #expect(city["Talisay"] != nil && city["Talisay"] == city["Talisay City"])
    }

    /// "The Ombudsman's Office, known in Spanish as the Defensoría del Pueblo": one organization, two names.
    @Test func anOrganizationsNameInAnotherLanguageIsThatOrganization() {
        let found = resolve("The Ombudsman's Office, known in Spanish as the Defensoría del Pueblo, counted 11 injured.") { article in
            [mention("Ombudsman's Office", "GovernmentAgency", in: article), mention("Defensoría del Pueblo", "Organization", in: article)]
        }
        #expect(found["Defensoría del Pueblo"] != nil && found["Defensoría del Pueblo"] == found["Ombudsman's Office"])
    }

    @Test func aSurnameWithoutItsArabicArticleIsThePerson() {
        let found = resolve("Bashar al-Assad fled to Moscow. Assad had ruled since 2000.") { article in
            [mention("Bashar al-Assad", "Person", in: article), mention("Assad", "Person", in: article)]
        }
        #expect(found["Assad"] == "person/bashar-al-assad")
    }

    /// "Barbecue" alone names Jimmy Chérizier once a name has given it to him, before that name or after it.
    @Test func aNicknameAloneIsItsBearerBeforeAndAfterTheName() {
        let text = "“Barbecue sent them,” a resident said. Jimmy “Barbecue” Chérizier denied it. Barbecue is sanctioned."
        let article = TextPreprocessor().process(text, id: "t")
        let resolved = Self.resolver.resolve([
            mention("Barbecue", "Organization", in: article), mention("Jimmy", "Person", in: article),
            mention("Barbecue", "Person", in: article, occurrence: 1), mention("Chérizier", "Person", in: article),
            mention("Barbecue", "Person", in: article, occurrence: 2),
        ], in: article)
        #expect(resolved.map(\.entity?.rawValue) == Array(repeating: "person/jimmy-cherizier", count: 4), "\(resolved.map(\.text))")
    }

    @Test(arguments: [#"Mohamed Hamdan Dagalo, widely known as Hemedti, spoke."#,
                      #"Mohamed Hamdan Dagalo, alias "Hemedti," spoke."#])
    func aNicknameAfterKnownAsIsThePersonBeforeIt(text: String) {
        let found = resolve(text) { article in
            [mention("Mohamed Hamdan Dagalo", "Person", in: article), mention("Hemedti", "Person", in: article)]
        }
        #expect(found["Hemedti"] == "person/mohamed-hamdan-dagalo")
    }

    @Test func otherSpellingsOfAFullNameAreThatPerson() {
        let found = resolve("Devendra Fadnavis won. Later Devendra Fadnavs spoke. Omar García Harfuch and Garcia Harfuch agreed. Keiko Tanaka, or Tanaka Keiko, left.") { article in
            [mention("Devendra Fadnavis", "Person", in: article), mention("Devendra Fadnavs", "Person", in: article),
             mention("Omar García Harfuch", "Person", in: article), mention("Garcia Harfuch", "Person", in: article),
             mention("Keiko Tanaka", "Person", in: article), mention("Tanaka Keiko", "Person", in: article)]
        }
        #expect(found["Devendra Fadnavs"] == "person/devendra-fadnavis")
        #expect(found["Garcia Harfuch"] == "person/omar-garcia-harfuch")
        #expect(found["Tanaka Keiko"] == "person/keiko-tanaka")
    }

    @Test func aNicknameMayFollowThePersonsParty() {
        let found = resolve("Abdul Adediran of the Peoples Democratic Party (PDP), widely known as Jandor, lost.") { article in
            [mention("Abdul Adediran", "Person", in: article), mention("Peoples Democratic Party", "PoliticalParty", in: article),
             mention("PDP", "Organization", in: article), mention("Jandor", "Organization", in: article)]
        }
        #expect(found["Jandor"] == "person/abdul-adediran")
    }

    @Test(arguments: ["Ana Lopez of the Rapid Support Forces", "Ana Lopez, Rapid Support Forces", "Ana Lopez, known as"])
    func readsNamesAtTheEndOfATextWithoutLookingPastIt(text: String) {
        let found = resolve(text) { article in
            [mention("Ana Lopez", "Person", in: article)]
                + (text.hasSuffix("Forces") ? [mention("Rapid Support Forces", "ArmedGroup", in: article, source: .pattern)] : [])
        }
        #expect(found["Ana Lopez"] == "person/ana-lopez")
    }

    @Test func aSurnameOneLetterOffIsTheDocumentsPerson() {
        let found = resolve("Volodymyr Zelenskyy spoke first. Later Zelenskky said more.") { article in
            [mention("Volodymyr Zelenskyy", "Person", in: article), mention("Zelenskky", "Person", in: article)]
        }
        #expect(found["Zelenskky"] == "person/volodymyr-zelenskyy")
    }

    @Test func aSurnameOfTheDocumentSharesNoSurnameWithTheNameAfterIt() {
        let found = resolve("Peter Obi came third. Obi and Atiku Abubakar went to court.") { article in
            [mention("Peter Obi", "Person", in: article), mention("Obi", "Person", in: article, occurrence: 1),
             mention("Atiku Abubakar", "Person", in: article)]
        }
        #expect(found["Obi"] == "person/peter-obi")
    }

    @Test func aSurnameTwoPeopleShareIsTheOneIntroducedFirst() {
        let found = resolve("Uddhav Thackeray lost, and his son Aaditya Thackeray won. Thackeray conceded.") { article in
            [mention("Uddhav Thackeray", "Person", in: article), mention("Aaditya Thackeray", "Person", in: article),
             mention("Thackeray", "Person", in: article, occurrence: 2)]
        }
        #expect(found["Thackeray"] == "person/uddhav-thackeray")
    }

    @Test func aGazetteerAcronymOfAnotherBodyIsTheDocumentsOrganizationOfThoseInitials() {
        let text = "The Rapid Support Forces attacked. The RSF denied it."
        let found = resolve(text) { article in
            [mention("Rapid Support Forces", "ArmedGroup", in: article, source: .pattern),
             gazetteerMention("RSF", entity: "org/reporters-without-borders", in: article)]
        }
        #expect(found["RSF"] == "org/rapid-support-forces")
        // Named in full too, the gazetteer's body keeps its acronym.
        let both = resolve("Reporters Without Borders and the Rapid Support Forces met. The RSF left.") { article in
            [gazetteerMention("Reporters Without Borders", entity: "org/reporters-without-borders", in: article),
             mention("Rapid Support Forces", "ArmedGroup", in: article, source: .pattern),
             gazetteerMention("RSF", entity: "org/reporters-without-borders", in: article)]
        }
        #expect(both["RSF"] == "org/reporters-without-borders")
    }

    @Test func anAcronymMayComeWithAnExplanationInItsParentheses() {
        let found = resolve("The National Disaster Prevention and Response Service (SENAPRED, for its Spanish acronym) said more. SENAPRED warned.") { article in
            [mention("National Disaster Prevention and Response Service", "GovernmentAgency", in: article, source: .pattern),
             mention("SENAPRED", "Organization", in: article, occurrence: 1)]
        }
        #expect(found["SENAPRED"] == "org/national-disaster-prevention-and-response-service")
    }

    @Test func initialsMayLeaveOutTheCountryAtTheEndOfAName() {
        let found = resolve("The Constitutional Democratic Party of Japan objected. The CDP has 148 seats.") { article in
            [mention("Constitutional Democratic Party of Japan", "PoliticalParty", in: article, source: .pattern),
             mention("CDP", "Organization", in: article)]
        }
        #expect(found["CDP"] == "org/constitutional-democratic-party-of-japan")
    }

    @Test func aDistinctiveWordOfAnOrganizationsNameIsThatOrganization() {
        let found = resolve("The Nippon Ishin no Kai agreed. Ishin will vote for it. The Party will not.") { article in
            [mention("Nippon Ishin no Kai", "PoliticalParty", in: article, source: .pattern),
             mention("Ishin", "Organization", in: article), mention("Party", "Organization", in: article)]
        }
        #expect(found["Ishin"] == "org/nippon-ishin-no-kai")
        #expect(found["Party"] != "org/nippon-ishin-no-kai")
    }

    @Test func aNameTheDocumentGivesInitialsToIsAnOrganizations() {
        let article = TextPreprocessor().process("The opposition Maha Vikas Aghadi, or MVA, lost.", id: "t")
        let resolved = Self.resolver.resolve([mention("Maha Vikas Aghadi", "Person", in: article)], in: article)
        #expect(resolved.first?.type == "Organization")
        let person = TextPreprocessor().process("President Andres Manuel Lopez Obrador (AMLO) spoke.", id: "t")
        let kept = Self.resolver.resolve([mention("Andres Manuel Lopez Obrador", "Person", in: person)], in: person)
        #expect(kept.first?.type == "Person")
    }

    /// A gazetteer mention of `phrase` naming `entity`.
    func gazetteerMention(_ phrase: String, entity: String, in article: Article) -> EntityMention {
        var found = mention(phrase, "Organization", in: article, source: .gazetteer)
        found.entity = NodeID(rawValue: entity)
        found.confidence = 1
        return found
    }

    /// A name the text translates ("whose name means", "meaning") is the same body by its English name.
    @Test func aNamesTranslationIsAnotherNameOfIt() {
        let found = resolve("Police raided the Comando Vermelho (CV), whose name means Red Command, in Rio.") { article in
            [mention("Comando Vermelho", "ArmedGroup", in: article, source: .pattern), mention("CV", "Organization", in: article),
             mention("Red Command", "Organization", in: article)]
        }
        #expect(found["Red Command"] != nil && found["Red Command"] == found["Comando Vermelho"], "\(found)")
        // The tagger's person whose name the text translates into an organization's is that organization, wherever.
        let article = TextPreprocessor().process("Martin leads Fianna Fáil. Fianna Fáil, whose name means Soldiers of Destiny, lost.", id: "t")
        let resolved = Self.resolver.resolve([mention("Fianna Fáil", "Person", in: article), mention("Fianna Fáil", "Person", in: article, occurrence: 1),
                                              mention("Soldiers of Destiny", "Organization", in: article)], in: article)
        #expect(resolved.map(\.type) == ["Organization", "Organization", "Organization"])
        #expect(Set(resolved.map(\.entity)).count == 1)
    }

    /// A first name one letter off inside the word is the same person; one that differs at its end is a relative.
    @Test func aFirstNameOneLetterOffIsTheSamePersonUnlessItsEndDiffers() {
        let slip = resolve("Felipe Curi led the raid. Later Filipe Curi told a radio station it had worked.") { article in
            [mention("Felipe Curi", "Person", in: article), mention("Filipe Curi", "Person", in: article)]
        }
        #expect(slip["Filipe Curi"] == slip["Felipe Curi"])
        let siblings = resolve("Marcelo Quispe spoke first. His daughter Marcela Quispe spoke after him.") { article in
            [mention("Marcelo Quispe", "Person", in: article), mention("Marcela Quispe", "Person", in: article)]
        }
        #expect(siblings["Marcela Quispe"] != siblings["Marcelo Quispe"])
        // A surname of five letters with a letter inserted, the same first and last letters, is that person's.
        let inserted = resolve("Lt. Col. Pascal Tigri read the statement. Tigiri and his men fled.") { article in
            [mention("Pascal Tigri", "Person", in: article), mention("Tigiri", "Person", in: article)]
        }
        #expect(inserted["Tigiri"] == inserted["Pascal Tigri"])
    }

    /// The surname of a leader known by another name ("Lula") is rather another person's of the document who has it.
    @Test func theSurnameOfALeaderKnownByAnotherNameIsTheOtherPersonWhoHasIt() {
        let found = resolve("""
            President Luiz Inácio Lula da Silva called a meeting. "It was a massacre," said Antônio Marcos Silva, a bricklayer. \
            Silva said he stayed home.
            """) { article in
            [mention("Luiz Inácio Lula da Silva", "Person", in: article), mention("Antônio Marcos Silva", "Person", in: article),
             mention("Silva", "Person", in: article, occurrence: 2)]
        }
        #expect(found["Luiz Inácio Lula da Silva"] == "person/luiz-inacio-lula-da-silva")
        #expect(found["Silva"] == found["Antônio Marcos Silva"], "\(found)")
    }

    /// Of two places one slip apart, the spelling the document writes less often (or later) is the slip: "Sibloga" once
    /// beside "Sibolga" twice is Sibolga, and Sibolga is not taken for the slip's place.
    @Test func theRarerOfTwoSpellingsOfAPlaceIsTheSlip() {
        let found = resolve("Mudslides buried Sibolga. The navy sent rice to Sibloga. Families in Sibolga slept in mosques.") { article in
            [mention("Sibolga", "Place", in: article), mention("Sibloga", "Place", in: article),
             mention("Sibolga", "Place", in: article, occurrence: 1)]
        }
        #expect(found["Sibloga"] == found["Sibolga"])
        #expect(found["Sibolga"]?.hasSuffix("/sibolga") == true, "\(found)")
    }

    /// A city's first word before a particle ("Rio" for Rio de Janeiro), and a favela complex's last word ("Alemão" for
    /// the Complexo do Alemão), are their short names.
    @Test func aCitysFirstWordAndAComplexsLastWordAreTheirShortNames() {
        let found = resolve("""
            Bodies lay on a square in Rio de Janeiro after a raid on the Complexo do Alemão. Residents of Alemão said \
            the raid was the deadliest in Rio.
            """) { article in
            [mention("Rio de Janeiro", "City", in: article, source: .gazetteer), mention("Complexo do Alemão", "Place", in: article, source: .pattern),
             mention("Alemão", "Organization", in: article, occurrence: 1), mention("Rio", "Place", in: article, occurrence: 1)]
        }
        #expect(found["Rio"] == found["Rio de Janeiro"], "\(found)")
        #expect(found["Alemão"] == found["Complexo do Alemão"], "\(found)")
    }

    /// Initials a lower-case phrase is given, of a word's first letters or first two, name a thing: "elevator aileron
    /// computer (ELAC)".
    @Test func initialsOfALowerCasePhraseMayTakeTwoLettersOfAWord() {
        let article = TextPreprocessor().process("Radiation could scramble data in the elevator aileron computer (ELAC), Airbus said.", id: "t")
        let resolved = Self.resolver.resolve([mention("ELAC", "Organization", in: article)], in: article)
        #expect(resolved.first { $0.text == "ELAC" }?.type == TaggerStage.miscellaneous)
        // The first letters of the words must start the initials: "the aileron computer (ELAC)" spells no ELAC.
        let other = TextPreprocessor().process("Data in the aileron computer (ELAC) was scrambled.", id: "t")
        #expect(Self.resolver.resolve([mention("ELAC", "Organization", in: other)], in: other).first?.type == "Organization")
    }

    /// A place's code in parentheses is another name of it, and an airline goes by its name without "Airlines".
    @Test func aPlacesCodeAndAnAirlinesShortNameAreTheirNames() {
        let found = resolve("""
            Newark Liberty International Airport (EWR) cut 20 flights. United Airlines said EWR was its hub, and United \
            would cut more.
            """) { article in
            [mention("Newark Liberty International Airport", "Place", in: article, source: .pattern),
             mention("EWR", "Organization", in: article), mention("United Airlines", "Airline", in: article, source: .gazetteer),
             mention("EWR", "Organization", in: article, occurrence: 1), mention("United", "Organization", in: article, occurrence: 1)]
        }
        #expect(found["EWR"] == found["Newark Liberty International Airport"], "\(found)")
        #expect(found["United"] == found["United Airlines"], "\(found)")
    }

    /// "known in business circles as", "known to everyone as": the other name after where it is used.
    @Test func aNameKnownSomewhereAsAnotherIsThatPersons() {
        let found = resolve("Prosecutors charged Chen Zhi, who is known in business circles as Vincent, with fraud.") { article in
            [mention("Chen Zhi", "Person", in: article), mention("Vincent", "Person", in: article)]
        }
        #expect(found["Vincent"] == found["Chen Zhi"], "\(found)")
    }

    /// A region named with its kind ("Akita Prefecture") is the document's region of that name.
    @Test func aRegionNamedWithItsKindIsTheRegionOfThatName() {
        let found = resolve("Bears were seen across Akita. Troops arrived in Kazuno, Akita Prefecture, on Wednesday.") { article in
            var akita = mention("Akita", "Region", in: article, source: .gazetteer)
            akita.entity = NodeID(rawValue: "region/akita")
            return [akita, mention("Akita Prefecture", "Region", in: article, source: .pattern)]
        }
        #expect(found["Akita Prefecture"] == "region/akita", "\(found)")
    }
}
