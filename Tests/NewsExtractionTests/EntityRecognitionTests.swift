import Foundation
import Testing
import TestSupport
@testable import NewsExtraction
import NewsGraph
import NewsText

/// The entity pipeline on short texts: what becomes a node, with which type.
@Suite struct EntityRecognitionTests {
    static let builder = NewsGraphBuilder(ontology: Fixtures.ontology)

    /// Label → type of every resolved mention.
    func entities(_ text: String) -> [String: String] {
        let article = TextPreprocessor().process(text, id: "t")
        var result: [String: String] = [:]
        for mention in Self.builder.mentions(in: article) where !mention.isDemonym {
            result[mention.label ?? mention.text] = mention.type
        }
        return result
    }

    /// The name before a player's or a coach's is a team's, though it is a first name too ("Chelsea"); a title of
    /// a ship or a plane ("captain") says nothing of the kind.
    @Test func readsTheNameBeforeAPlayersOrACoachsAsATeams() {
        let found = entities("Chelsea manager Enzo Maresca said his team deserved a draw. Real Sociedad striker Mikel Oyarzabal scored.")
        #expect(found["Chelsea"] == "SportsTeam" && found["Real Sociedad"] == "SportsTeam", "\(found)")
        #expect(found["Enzo Maresca"] == "Person" && found["Mikel Oyarzabal"] == "Person", "\(found)")
    }

    @Test func matchesLongestGazetteerNamesCaseAware() {
        let found = entities("Officials in the United States told us that US forces left Papua New Guinea.")
        #expect(found["United States"] == "Country")
        #expect(found["Papua New Guinea"] == "Country")
        #expect(found.count == 2)
    }

    /// A title before a person's apposition is no part of the name, even when the name has particles the title rule
    /// does not read past.
    @Test func leavesTheTitleOutOfAnAppositionsPerson() {
        let found = entities("Dr. Majed bin Mohammed Al Ansari, the ministry's spokesman, said the call came late.")
        #expect(found["Majed bin Mohammed Al Ansari"] == "Person", "\(found)")
        #expect(!found.keys.contains { $0.hasPrefix("Dr") }, "\(found)")
    }

    /// A common surname after a saint's "St." makes no person: "St. George" is a city.
    @Test func readsNoPersonAfterASaintsAbbreviation() {
        let found = entities("Robinson lives in Washington, a city of about 30,000 people near St. George.")
        #expect(found["St. George"] != "Person", "\(found)")
    }

    /// The Factbook's divisions are regions of their country; one named after a place the document calls a city is
    /// the region only with its noun ("the Sagaing region"), and its bare name is the city's.
    @Test func readsTheFactbooksDivisionsAsRegionsUnlessTheDocumentCallsTheNameACity() {
        let article = TextPreprocessor().process("Floods hit Agusan del Sur and Southern Leyte on Monday.", id: "t")
        let regions = Self.builder.mentions(in: article).filter { $0.type == "Region" }.compactMap { $0.entity?.rawValue }
        #expect(regions == ["region/agusan-del-sur", "region/southern-leyte"])
        let found = entities("The quake struck near Sagaing, a city of temples. The army bombed a village in the Sagaing region. Sagaing was cut off.")
        #expect(found["Sagaing"] == "City", "\(found)")
        #expect(found["Sagaing Region"] == "Region", "\(found)")
    }

    @Test func readsDemonymsAsMentionsOfTheCountry() {
        let article = TextPreprocessor().process("Azerbaijani police detained two Russian citizens.", id: "t")
        let mentions = Self.builder.mentions(in: article)
        #expect(mentions.filter(\.isDemonym).map { $0.entity?.rawValue } == ["country/AZE", "country/RUS"])
        // "Azerbaijani police" also names the country's police (OwnedBodyFinder).
        #expect(mentions.filter { !$0.isDemonym }.map { $0.entity?.rawValue } == ["org/police-of-azerbaijan"])
    }

    /// An apposition in the plural names every name of the list before it.
    @Test func readsAListBeforeAPluralPlaceNounAsPlaces() {
        let found = entities("Residents of Dulipali, Klatanlo, Nawokote and Hokeng Jaya, the villages closest to the crater, left.")
        for village in ["Dulipali", "Klatanlo", "Nawokote", "Hokeng Jaya"] { #expect(found[village] == "City", "\(village): \(found)") }
    }

    /// A storm's name, and an adjective before a noun of places or organizations, are no actors.
    @Test func findsNoStormsAndNoAdjectivesBeforeNouns() {
        let found = entities("Typhoon Yagi hit Haiphong. Police fanned out in Kurdish towns. The JVP, a Marxist-leaning party, won.")
        #expect(!found.keys.contains { $0.contains("Yagi") || $0 == "Kurdish" || $0 == "Marxist-leaning" }, "\(found)")
    }

    /// An office named for its holder is an organization ("the Higher Public Prosecutor's Office"), and "and" before
    /// another organization's head word joins two names, not the parts of one.
    @Test func readsOfficesNamedForTheirHolderAndTwoOrganizationsJoinedByAnd() {
        let found = entities("The Higher Public Prosecutor's Office in Novi Sad charged 13 people. Students at the University of Novi Sad and the University of Belgrade walked out. The Ministry of Trade and Industry said nothing.")
        #expect(found["Higher Public Prosecutor's Office"] == "GovernmentAgency", "\(found)")
        #expect(found["University of Novi Sad"] != nil && found["University of Belgrade"] != nil, "\(found)")
        #expect(found["Ministry of Trade and Industry"] != nil, "\(found)")
        #expect(!found.keys.contains { $0.contains(" and the ") }, "\(found)")
    }

    /// The name after "band" or "orchestra" is a band's, though its words are a person's ("Agua Marina").
    @Test func readsTheNameAfterABandsNounAsAnOrganizations() {
        let found = entities("Gunmen opened fire on a concert by the cumbia band Agua Marina in Lima. The band Coldplay cancelled its show.")
        #expect(found["Agua Marina"] == "Organization" && found["Coldplay"] == "Organization", "\(found)")
    }

    /// After an organization noun, a name that starts with adjectives of peoples is the organization's, wherever the
    /// document writes it ("vaccine maker Bavarian Nordic", then "shares of Bavarian Nordic"), not Bavaria's and the
    /// Nordic countries'.
    @Test func readsANameOfDemonymsAfterAnOrganizationNounAsTheOrganizations() {
        let article = TextPreprocessor().process("""
            Danish vaccine maker Bavarian Nordic said on Thursday it would double production. Shares of Bavarian Nordic \
            rose 12% in Copenhagen.
            """, id: "t")
        let mentions = Self.builder.mentions(in: article)
        #expect(mentions.filter { $0.text == "Bavarian Nordic" }.map(\.type) == ["Company", "Company"], "\(mentions.map(\.text))")
        #expect(!mentions.contains { $0.label == "Bavaria" || $0.label == "Nordic countries" }, "\(mentions.map(\.text))")
    }

    /// A panel's, a conference's or a group's name goes on over "on" to what it is about, but not to a day.
    @Test func readsPanelsConferencesAndGroupsOnATopicWhole() {
        let found = entities("The Intergovernmental Panel on Climate Change said emissions rose. The International Coordinating Group on Vaccine Provision approved the request. The Conference on Disarmament stalled again. The Wagner Group on Tuesday denied it.")
        #expect(found["Intergovernmental Panel on Climate Change"] != nil, "\(found)")
        #expect(found["International Coordinating Group on Vaccine Provision"] != nil, "\(found)")
        #expect(found["Conference on Disarmament"] != nil, "\(found)")
        #expect(found["Wagner Group"] != nil && !found.keys.contains { $0.hasSuffix("Tuesday") }, "\(found)")
    }

    /// A ministry's name that lists its portfolios goes on over the commas and "and"; a list of other names after a
    /// ministry's is no part of it.
    @Test func readsAMinistrysListOfPortfoliosWhole() {
        let found = entities("The Ministry of Land, Infrastructure and Transport said the runway was safe. Officials at the "
            + "Department for Environment, Food and Rural Affairs agreed.")
        #expect(found["Ministry of Land, Infrastructure and Transport"] == "Ministry", "\(found)")
        #expect(found["Department for Environment, Food and Rural Affairs"] != nil, "\(found)")
        let list = entities("Officials from the Ministry of Health of Kenya, Pfizer and Moderna met in Nairobi.")
        #expect(list["Pfizer"] != nil && list["Moderna"] != nil, "\(list)")
    }

    /// A name in apposition to a residence, a stadium, a prison or a camp that a determiner opens is that facility's; a
    /// clause after a comma that ends in such a noun names nothing ("Odinga Jr., followed the coffin from the airport").
    @Test func readsANameInAppositionToAResidenceAsAFacility() {
        let found = entities("Thousands of protesters stormed Ganabhaban, the prime minister's official residence in Dhaka. "
            + "Fans packed Kasarani, the national stadium, on Sunday.")
        #expect(found["Ganabhaban"] == "Facility" && found["Kasarani"] == "Facility", "\(found)")
        let clause = entities("His son, Raila Odinga Jr., followed the coffin from the airport.")
        #expect(!clause.values.contains("Facility"), "\(clause)")
    }

    /// The name before a comma and a place's "-based" is the city where something is based, not the company after it.
    @Test func readsTheNameBeforeAPlacesBasedAsACity() {
        let found = entities("The fine is the first imposed on the Cupertino, California-based company.")
        #expect(found["Cupertino"] == "City", "\(found)")
    }

    /// A city in its official style is the city ("the City of Lubbock" after "the city of Lubbock"), and no
    /// organization runs on into it over "and the"; a service's district is a body; a day's name is no actor's.
    @Test func readsCitiesInOfficialStyleServiceDistrictsAndDays() {
        let found = entities("""
            Katherine Wells is director of public health for the city of Lubbock. The Texas Department of State Health \
            Services and the City of Lubbock said a child died. Zach Holbrooks runs the South Plains Public Health District. \
            Brazil marked Independence Day on Saturday.
            """)
        #expect(found["Lubbock"] == "City", "\(found)")
        #expect(found["City of Lubbock"] == nil, "\(found)")
        #expect(found["Texas Department of State Health Services"] != nil, "\(found)")
        #expect(found["South Plains Public Health District"] == "GovernmentAgency", "\(found)")
        #expect(found["Independence Day"] == nil, "\(found)")
    }

    /// An organization's noun before a comma names the name after it ("the agency, Ibama") unless it is the object of
    /// a role noun ("the head of the union, Élodie Ébrard", a person).
    @Test func readsTheHeadOfANounPhraseBeforeAnApposition() {
        let found = entities("The head of the union, Élodie Ébrard, spoke. The spokesman for the agency, Tomas Lindqvist, declined to comment.")
        #expect(found["Élodie Ébrard"] == "Person", "\(found)")
        #expect(found["Tomas Lindqvist"] == "Person", "\(found)")
    }

    /// A legislature's head word alone ("in Congress") is the legislature of the dateline's country, not a place; it
    /// is the party's short name where the document names one with that word.
    @Test func readsALegislaturesHeadWordAloneAsTheCountrysLegislature() {
        let peru = entities("LIMA, Peru (AP) — Protesters tried to reach Congress. The largest bloc in Congress refused to meet them.")
        #expect(peru["Congress of Peru"] == "Legislature", "\(peru)")
        #expect(!peru.values.contains("Place"), "\(peru)")
        let india = entities("NEW DELHI (AP) — Rahul Gandhi of the Indian National Congress spoke. Voters in Kerala backed Congress.")
        #expect(!india.keys.contains { $0.hasPrefix("Congress of") }, "\(india)")
    }

    @Test func matchesNamesInAllCapsHeadlines() {
        let found = entities("AZERBAIJAN AND RUSSIA TRADE ACCUSATIONS AFTER RAID\nPolice said more.")
        #expect(found["Azerbaijan"] == "Country" && found["Russia"] == "Country")
    }

    @Test func findsTitledPeopleTheGazetteerDoesNotKnow() {
        let found = entities("The talks were led by Deputy Foreign Minister Arman Issetov and State Health Commissioner Dr. Mary Bassett.")
        #expect(found["Arman Issetov"] == "Person")
        #expect(found["Mary Bassett"] == "Person")
        #expect(found["Deputy Foreign Minister Arman Issetov"] == nil)
    }

    /// Titles of several words that start with a word that is a title alone ("Chief") or with none ("Managing
    /// Director", "Majority Leader") are read whole, and no word of them is left in the name.
    @Test func readsCompanyAndLegislativeTitlesWhole() {
        let found = entities("""
            Chief Operating Officer Dana Whitfield said the plant would reopen. Chief Election Commissioner Ravi Menon \
            praised the count, and Senate Majority Leader Kwame Osei called it overdue.
            """)
        for name in ["Dana Whitfield", "Ravi Menon", "Kwame Osei"] { #expect(found[name] == "Person", "\(name): \(found)") }
        #expect(!found.keys.contains { $0.contains("Officer") || $0.contains("Commissioner") || $0.contains("Majority") }, "\(found)")
    }

    /// A police rank is a title, and a first name after a title starts a person's name even when its last word is an
    /// organization's head word ("Church").
    @Test func readsAPersonAfterAPoliceRankThoughHisSurnameIsAHeadWord() {
        let found = entities("Superintendent Ian Church, who leads the team, said dogs found signs of life. Church said more.")
        #expect(found["Ian Church"] == "Person", "\(found)")
        #expect(!found.keys.contains { $0.hasPrefix("Superintendent") }, "\(found)")
    }

    /// A plural organization noun after a list names every organization of it; after one name it is no apposition.
    /// An institution named with a possessive is one name, unless the possessive is a country's or a person's. A name
    /// before "'s disease" is an illness's, no actor's.
    @Test func readsListsOfCompaniesInstitutionsWithAPossessiveAndNoIllnesses() {
        let found = entities("Digicel and Flow, the two mobile networks, said towers were down. I Watch and Mourakiboun, the two largest monitoring groups, objected. Alzheimer's Society, the charity, spoke. Britain's Parliament met. Patients with Alzheimer's disease wait.")
        #expect(found["Digicel"] == "Company" && found["Flow"] == "Company", "\(found)")
        #expect(found["Mourakiboun"] == "Organization", "\(found)")
        #expect(found["Alzheimer's Society"] == "NonprofitOrganization", "\(found)")
        #expect(found["Alzheimer"] == nil || found["Alzheimer"] == TaggerStage.miscellaneous, "\(found)")
        #expect(found["Britain's Parliament"] == nil, "\(found)")
    }

    /// A place noun after a preposition is no head of the name before it ("Fire near town" is no town called Fire).
    @Test func readsNoPlaceNounPastAPreposition() {
        let found = entities("Fire near town\n\nA wildfire forced people to leave on Monday, officials said.")
        #expect(found["Fire"] == nil, "\(found)")
    }

    /// A name the document shortens or misspells is the name it met before: a generic body named with its country
    /// after "of", a person by the first words of the name, a place one typing slip off; a speaker whose initials the
    /// document writes alone is an organization. "The capital of Kasai" is a province's, and a place after "on" is no
    /// speaker's apposition ("on Merseyside, the company said").
    @Test func readsShortFormsTyposCapitalsAndReportingClauses() {
        let article = TextPreprocessor().process("""
            KINSHASA, Congo (AP) — The Ministry of Public Health declared the outbreak on Friday. \
            Health Minister Roger Kamba said the Ministry of Public Health of the Democratic Republic of the Congo had sent teams. \
            Tshikapa, the capital of Kasai, is far from Bulape.
            Finance Minister Sri Mulyani Indrawati left Jakarta. Sri Mulyani said she would return.
            The quake struck near Jalalabad. At the hospital in Jalalbad, doctors treated patients.
            Jaguar Land Rover said it would restart. JLR buys parts from hundreds of suppliers. \
            Cars are built at Halewood, on Merseyside, the company said.
            """, id: "t")
        let mentions = Self.builder.mentions(in: article).filter { !$0.isDemonym }
        func entities(_ text: String) -> Set<String> { Set(mentions.filter { $0.text == text }.compactMap { $0.entity?.rawValue }) }
        func types(_ text: String) -> Set<String> { Set(mentions.filter { $0.text == text }.map(\.type)) }
        #expect(entities("Ministry of Public Health of the Democratic Republic of the Congo") == entities("Ministry of Public Health"),
                "\(mentions.map { ($0.text, $0.entity?.rawValue ?? "") })")
        #expect(types("Kasai") == ["Region"], "\(types("Kasai"))")
        #expect(entities("Sri Mulyani") == entities("Sri Mulyani Indrawati"), "\(entities("Sri Mulyani"))")
        #expect(entities("Jalalbad") == entities("Jalalabad"), "\(entities("Jalalbad"))")
        #expect(types("Jaguar Land Rover").allSatisfy { Fixtures.ontology.schema.family(of: $0) == "Organization" }, "\(types("Jaguar Land Rover"))")
        #expect(!types("Merseyside").contains("Company"), "\(types("Merseyside"))")
    }

    /// A city's name before a region noun names the region around the city, by a name of its own; "the Kharkiv region"
    /// is the region a later "Kharkiv Oblast" names. "state" before "media" is the government's.
    @Test func readsACitysNameBeforeARegionNounAsTheRegion() {
        let found = entities("In Kassala, the capital of Kassala state, cases rose. Drones hit the Kharkiv region, the governor of Kharkiv Oblast said. Moscow state media denied it.")
        #expect(found["Kassala"] == "City", "\(found)")
        #expect(found["Kassala State"] == "Region", "\(found)")
        #expect(found["Kharkiv Oblast"] == "Region", "\(found)")
        #expect(found["Kharkiv Region"] == nil, "\(found)")
        #expect(found["Moscow"] == "City", "\(found)")
        #expect(found["Moscow State"] == nil, "\(found)")
    }

    /// A newspaper or a broadcaster is named by its noun after the name or by its head word ("Standard"), with a country's
    /// name that starts it ("France Inter"); a team by its noun before it.
    @Test func readsNewspapersByTheirNounOrHeadWord() {
        let found = entities("Britain's Sun newspaper reported on Friday that he was injured, the Hong Kong Standard said. The first division team Deportivo Coruna lost. The minister told France Inter radio that the state had failed.")
        #expect(found["Sun"] == "MediaOrganization", "\(found)")
        #expect(found["Deportivo Coruna"] == "Organization", "\(found)")
        #expect(found["Hong Kong Standard"] == "MediaOrganization", "\(found)")
        // A country's name that starts a broadcaster's is part of it.
        #expect(found["France Inter"] == "MediaOrganization", "\(found)")
    }

    /// "Police" opens sentences as a common noun but ends a force's name after its country's; a head word that ends
    /// names also ends one before "of" and a country ("the Armed Police Force of Nepal"). A government is its country's.
    @Test func readsAPoliceForceNamedByItsCountry() {
        let found = entities("The Nepal Police said 19 people had died. Officials said the Armed Police Force of Nepal was deployed. Police said the Kenya Government had been told.")
        #expect(found["Police of Nepal"] == "Police", "\(found)")
        #expect(found["Armed Police Force of Nepal"] == "Military", "\(found)")
        #expect(found["Police"] == nil, "\(found)")
        #expect(found["Kenya Government"] == nil, "\(found)")
    }

    /// A model's name between a body and a vehicle noun is no part of the body's name: "an Army Black Hawk helicopter"
    /// names the Army.
    @Test func readsTheBodyBeforeAModelsName() {
        let found = entities("A jet collided with an Army Black Hawk helicopter over the river.")
        #expect(found["Army Black Hawk"] == nil, "\(found)")
        #expect(found.contains { $0.key.hasSuffix("Army") && $0.value == "Military" }, "\(found)")
    }

    /// A noun of a kind after a name makes a general organization that kind: "the Awami League party" (a name harvested from
    /// a corpus as some organization) and "the Shining Hope League party" (a head word's) are parties, in the graph too.
    @Test func readsTheKindOfAnOrganizationFromTheNounAfterIt() {
        let found = entities("The Awami League party called a strike. The Shining Hope League party joined.")
        #expect(found["Awami League"] == "PoliticalParty", "\(found)")
        #expect(found["Shining Hope League"] == "PoliticalParty", "\(found)")
        var builder = NewsGraphBuilder(ontology: Fixtures.ontology)
        builder.add(text: "The Awami League party called a strike.", id: "t")
        #expect(builder.graph.nodes.first { $0.label == "Awami League" }?.type == "PoliticalParty")
    }

    /// A head word that ends names goes on with "for" and what follows ("the High Military Command for the Restoration of
    /// Order").
    @Test func readsAHeadWordThatGoesOnWithFor() {
        let found = entities("A body calling itself the High Military Command for the Restoration of Order will rule. The al-Qaida-linked Group for the Liberation of the Sahel Peoples attacked.")
        #expect(found["High Military Command for the Restoration of Order"] == "Military", "\(found)")
        #expect(found["Group for the Liberation of the Sahel Peoples"] != nil, "\(found)")
        // A carrier's name ends before "for": the airline flies for another; a name that starts with the head word goes on.
        let carrier = entities("The jet, operated by PSA Airlines for American Eagle, was arriving. Airlines for America objected.")
        #expect(carrier["PSA Airlines"] == "Airline", "\(carrier)")
        #expect(carrier["Airlines for America"] != nil, "\(carrier)")
        // An adjective before an organization noun names no organization.
        let bloc = entities("The eastern African bloc called a meeting. The American group left.")
        #expect(bloc["African"] == nil && bloc["American"] == nil, "\(bloc)")
    }

    /// A country's Red Cross or Red Crescent society is an organization of its own, and "the Red Cross" after it is that
    /// society, not the gazetteer's International Committee.
    @Test func readsNationalRedCrossSocieties() {
        var builder = NewsGraphBuilder(ontology: Fixtures.ontology)
        builder.add(text: """
            The Chilean Red Cross said its volunteers had handed out water. Red Cross officials asked for cash.
            The Turkish Red Crescent sent tents.
            """, id: "t")
        let organizations = builder.graph.nodes.filter { Fixtures.ontology.schema.family(of: $0.type) == "Organization" }.map(\.label)
        #expect(organizations.sorted() == ["Chilean Red Cross", "Turkish Red Crescent"], "\(organizations)")
    }

    /// A region named like a city or a place of the graph takes the noun the document names it by; a place apposition
    /// says what a name is, its head noun followed by "on" too ("a cliff-top temple on the border").
    @Test func labelsARegionNamedLikeACityOrAPlaceByItsNoun() {
        var builder = NewsGraphBuilder(ontology: Fixtures.ontology)
        builder.add(text: """
            Shells fell on a hospital in Surin province. In Surin, the provincial capital, people waited.
            Shelling damaged Preah Vihear, a cliff-top temple on the border. Families fled villages in Preah Vihear province.
            """, id: "t")
        let places = builder.graph.nodes.filter { ["City", "Region", "Facility"].contains($0.type) }.map { "\($0.type) \($0.label)" }
        #expect(places.sorted() == ["City Surin", "Facility Preah Vihear", "Region Preah Vihear Province", "Region Surin Province"],
                "\(places)")
    }

    @Test func resolvesATypoInAKnownPersonsSurname() {
        var builder = NewsGraphBuilder(ontology: Fixtures.ontology)
        builder.add(text: "Israeli Prime Minister Benjamin Netanyhu spoke. Netanyahu's office did not comment.", id: "t")
        let people = builder.graph.nodes.filter { $0.type == "Person" }
        #expect(people.map(\.id.rawValue) == ["person/benjamin-netanyahu"])
    }

    @Test func readsNoPlaceInAHolderBeforeHeldOrControlled() {
        let found = entities("Rockets were fired from Saraqib-controlled areas near the border on Monday.")
        #expect(found["Saraqib"] == nil)
    }

    @Test func spellsANameFromTheTextNotFromAnAllCapitalsHeadline() throws {
        var builder = NewsGraphBuilder(ontology: Fixtures.ontology)
        builder.add(text: "TRUCKS STRANDED AT ZORVAN PASS\nHundreds of trucks waited at Zorvan Pass on Monday.", id: "t")
        #expect(builder.graph.nodes.map(\.label).contains("Zorvan Pass"), "\(builder.graph.nodes.map(\.label))")
    }

    @Test func endsATitledNameBeforeAJoiningWord() {
        let found = entities("Security Council President Tono Eitel of Germany said the members agreed.")
        #expect(found["Tono Eitel"] == "Person")
        #expect(found["Germany"] == "Country")
        #expect(found["Tono Eitel of Germany"] == nil)
    }

    @Test func readsAFirstNameAfterAnOrganizationHeadWordAsAPerson() {
        let found = entities("Centre Walter Little scored twice on Saturday.")
        #expect(found["Walter Little"] == "Person")
        #expect(found["Centre Walter Little"] == nil)
    }

    @Test func findsPeopleByLowerCaseRolesAndAppositions() {
        let found = entities("“It will pass,” said Tural Mammadli, a Baku-based political analyst. The agency's spokeswoman Nigar Aliyeva agreed.")
        #expect(found["Tural Mammadli"] == "Person")
        #expect(found["Nigar Aliyeva"] == "Person")
        #expect(found["Baku"] == "City")
    }

    @Test func findsOrganizationsByHeadWords() {
        let found = entities("Kazakhstan's Emergencies Ministry and the Bureau of Aviation Safety met Meydan TV, an independent outlet.")
        #expect(found["Ministry of Emergencies of Kazakhstan"] == "Ministry")
        #expect(found["Bureau of Aviation Safety"] == "GovernmentAgency")
        #expect(found["Meydan TV"] == "MediaOrganization")
        // Parties and movements named in Spanish, Portuguese or French.
        let parties = entities("Lawmakers from Fuerza Popular and the Rassemblement des Bâtisseurs voted with the Partido Socialista.")
        #expect(parties["Fuerza Popular"] == "PoliticalParty", "\(parties)")
        #expect(parties["Rassemblement des Bâtisseurs"] == "PoliticalParty", "\(parties)")
        #expect(parties["Partido Socialista"] == "PoliticalParty", "\(parties)")
        // Newspapers and societies named in Japanese or German.
        let others = entities("The Mainichi Shimbun and the Süddeutsche Zeitung reported that the Soka Gakkai backed Komeito.")
        #expect(others["Mainichi Shimbun"] == "MediaOrganization", "\(others)")
        #expect(others["Süddeutsche Zeitung"] == "MediaOrganization", "\(others)")
        #expect(others["Soka Gakkai"] == "Organization", "\(others)")
    }

    @Test func findsPlacesByCueWords() {
        let found = entities("Crowds gathered on Tahrir Square before marching to Marmara Prison. She slept in a hall on the neighbouring Kwong Fuk Estate.")
        #expect(found["Tahrir Square"] == "Place")
        #expect(found["Marmara Prison"] == "Place")
        #expect(found["Kwong Fuk Estate"] == "Place", "\(found)")
        // A base of the armed forces is a facility; a party's base is no place.
        let bases = entities("Missiles hit the Nur Khan air base near Rawalpindi. Trump spoke to the Republican base.")
        #expect(bases["Nur Khan"] == "Facility", "\(bases)")
        #expect(bases["Republican"] == nil, "\(bases)")
    }

    @Test func neverMakesNodesOfDaysMonthsOrSentenceStarters() {
        let found = entities("Monday was calm. However, In December the Police said nothing. FILE photos show it.")
        #expect(found.isEmpty)
    }

    @Test func readsCuesAroundNamesNoListKnows() {
        let found = entities("""
            The ruling Mahayuti coalition won. La Mayiza, the faction loyal to the old boss, lost ground. \
            Rebels entered Kamanyola, the provincial capital, on Monday. The Islamic group said nothing.
            """)
        #expect(found["Mahayuti"] == "Organization")
        #expect(found["La Mayiza"] == "Organization")
        #expect(found["Kamanyola"] == "City")
        #expect(found["Islamic"] == nil)
    }

    @Test func readsNoNameFromAnAdverbAListThatStopsOrADisease() {
        let found = entities("""
            Separately, Bank of Japan Governor Kazuo Ueda spoke. \
            Speaking from the headquarters in Addis Ababa, Okonkwo said more. Marburg is as deadly as Ebola.
            """)
        #expect(found["Separately"] == nil)
        #expect(found["Okonkwo"] != "Place")
        #expect(found["Ebola"] == nil)
    }

    @Test func resolvesSurnamesToTheFullNameOfTheDocument() {
        let article = TextPreprocessor().process("Finance Minister Ruben van der Berg spoke first. Later, Van der Berg said the plan stood. Berg left.", id: "t")
        let people = Self.builder.mentions(in: article).filter { $0.type == "Person" }
        #expect(Set(people.compactMap(\.entity)).count == 1)
        #expect(people.count == 3)
    }

    @Test func keepsAFamilyMemberApart() {
        let article = TextPreprocessor().process("Opposition leader Jean Dupont spoke. His father, Jean, had founded the party.", id: "t")
        let ids = Set(Self.builder.mentions(in: article).filter { $0.type == "Person" }.compactMap(\.entity))
        #expect(ids.count == 2)
    }

    @Test func resolvesAOneLetterTypoOfAKnownLeader() {
        let article = TextPreprocessor().process("Relations between Baku and Vladmir Putin soured.", id: "t")
        #expect(Self.builder.mentions(in: article).contains { $0.entity?.rawValue == "person/vladimir-putin" })
    }

    @Test func resolvesAcronymsToTheirExpansion() {
        let article = TextPreprocessor().process("The Indian Council of Medical Research (ICMR) tested samples. ICMR said more.", id: "t")
        let organizations = Self.builder.mentions(in: article).filter { $0.type != "Country" && !$0.isDemonym }
        #expect(Set(organizations.compactMap(\.entity)).count == 1)
        #expect(organizations.count == 3)  // the name, "(ICMR)" and the later "ICMR"
    }

    @Test func resolvesAServingLeadersSurnameAlone() {
        let article = TextPreprocessor().process("Erdogan met reporters in Ankara.", id: "t")
        #expect(Self.builder.mentions(in: article).contains { $0.entity?.rawValue.hasPrefix("person/recep-tayyip") == true })
    }

    @Test func foldsDiacriticsAndTheDotlessI() {
        #expect(MentionResolver.folded("Kılıçdaroğlu") == "Kilicdaroglu")
        #expect(MentionResolver.folded("Erdoğan") == "Erdogan")
        #expect(MentionResolver.folded("Macron") == "Macron")
    }

    @Test func tellsOneEditAsDamerauLevenshteinDistanceDoes() {
        /// The full distance table over Unicode scalars, with swaps of neighbours (optimal string alignment), the reference.
        func distance(_ a: String, _ b: String) -> Int {
            let x = Array(a.unicodeScalars), y = Array(b.unicodeScalars)
            var table = [[Int]](repeating: [Int](repeating: 0, count: y.count + 1), count: x.count + 1)
            for i in 0...x.count { table[i][0] = i }
            for j in 0...y.count { table[0][j] = j }
            for i in x.indices {
                for j in y.indices {
                    var best = min(table[i][j + 1] + 1, table[i + 1][j] + 1, table[i][j] + (x[i] == y[j] ? 0 : 1))
                    if i > 0, j > 0, x[i] == y[j - 1], x[i - 1] == y[j] { best = min(best, table[i - 1][j - 1] + 1) }
                    table[i + 1][j + 1] = best
                }
            }
            return table[x.count][y.count]
        }
        let names = ["", "a", "ab", "ba", "abc", "Vladimir Putin", "Vladmir Putin", "Vladimir Putn", "Vladimr Putim",
                     "Vladimir Putin ", "Erdoğan", "Erdogan", "Erdoǧan", "Erdo\u{306}gan", "e\u{301}", "é", "Ilham Aliyev",
                     "Ilham Aliev", "Ilham Aliyeva", "lham Aliyev", "Xlham Aliyev", "Ilham Aliyevv", "Ilhma Aliyev", "Rajoelina",
                     "Rajeolina", "Rajoelian", "aRjoelina", "Rajoleina", "ba", "bca", "acb"]
        for a in names {
            for b in names {
                #expect(MentionResolver.isWithinOneEdit(a, b) == (distance(a, b) <= 1), "\(a) / \(b)")
            }
        }
    }

    @Test func tellsCapitalsAsCharactersDo() {
        for text in ["WHO", "W", "", "WHo", "W-O", "ÉU", "UÉ", "\r\n", "AB\r\n", "A\u{301}B", "12"] {
            #expect(MentionResolver.isCapitals(text) == (text.count >= 2 && text.allSatisfy { $0.isUppercase }))
        }
    }

    @Test func splitsNamesIntoWordsAsSplitDoes() {
        for name in ["Ilham Aliyev", "  Lula  da Silva ", "", " ", "Erdoğan", "Jean \u{301}Dupont", "a b", "Recep Tayyip Erdoğan",
                     "Łukasz Øster", "ß ö", "Jean\u{301} Dupont", "\u{600} x", "x \u{200D}y", "Ana Łódź  Ünal "] {
            #expect(MentionResolver.words(of: name) == name.split(separator: " "))
        }
    }

    /// The surname a gazetteer person is known by, and so the resolver's tables, are as `split` made them.
    @Test func findsLastWordsAsSplitDoes() {
        let people = Fixtures.ontology.entries.filter { $0.type == "Person" }.flatMap { [$0.label] + $0.aliases }
        #expect(people.count > 5_000)
        for name in people + ["Ilham Aliyev", "  Lula  da Silva ", "", " ", "Erdoğan", "a b", "Łukasz Øster", "Ana Łódź  Ünal "]
        where MentionResolver.lastWord(of: name) != name.split(separator: " ").last {
            Issue.record("\(name)")
        }
    }

    /// The matcher's tries are keyed by the hashes of its names' tokens, and a name matches in a capitals
    /// headline when it has two letters, as `filter(\.isLetter)` counts them.
    @Test func keysNamesAsTheirStringsWouldBe() {
        let tokenizer = Tokenizer()
        var names = Fixtures.ontology.entries.flatMap { [$0.label] + $0.aliases + $0.demonyms }
        names += ["A", "AB", "A1", "1A2", "É", "Éa", "e\u{301}", "e\u{301}x", "\u{600}a", "日本", "-", "",
                  "a\u{301}", "Ab\u{301}", "a\u{301}b", "A\u{20DD}", "a\u{200D}b", "\u{600}ab", "1\u{301}a", "@[", "`{"]
        for name in names {
            let bytes = Array(name.utf8)
            for token in tokenizer.tokenize(bytes) {
                let text = String(decoding: bytes[token.range], as: UTF8.self)
                #expect(TokenHashes.hash(bytes: bytes[token.range], upperCased: true) == TokenHashes.hash(text, upperCased: true))
                #expect(TokenHashes.hash(bytes: bytes[token.range], upperCased: false) == TokenHashes.hash(text))
            }
            #expect(GazetteerMatcher.hasTwoLetters(name) == (name.filter(\.isLetter).count >= 2), "\(name)")
        }
    }
}

@Suite struct TokenTrieTests {
    @Test func findsEveryPathAfterGrowingAndKeepsTheFirstPayload() {
        var trie = TokenTrie()
        let paths = (0..<500).map { [UInt64($0 % 17), UInt64($0), UInt64($0 * 31)] }
        for (index, path) in paths.enumerated() {
            let inserted = trie.insert(path, payload: Int32(index))
            #expect(inserted)
        }
        for (index, path) in paths.enumerated() {
            let again = trie.insert(path, payload: -7)
            #expect(!again)
            var node: Int32 = 0
            for key in path { node = trie.child(of: node, key: key) ?? -1 }
            #expect(node > 0 && trie.payloads[Int(node)] == Int32(index))
        }
        #expect(trie.child(of: 0, key: 17) == nil)
        // A prefix of a stored path gets its own payload once.
        let first = trie.insert([3], payload: 9000), second = trie.insert([3], payload: 9001)
        #expect(first && !second)
    }
}

@Suite struct SlotIndexTests {
    @Test func findsEverySlotAfterGrowingAndTellsEqualHashesApart() {
        var index = SlotIndex(capacity: 1)
        // Hashes repeat every seven keys, so `matches` must tell keys with one hash apart.
        let keys = Array(0..<200)
        for key in keys { index.insert(key, hash: key % 7) }
        for key in keys { #expect(index.slot(hash: key % 7, where: { $0 == key }) == key) }
        #expect(index.slot(hash: 9, where: { _ in true }) == nil)
    }
}

/// The first token of each sentence, as the tagger stage reads a sentence's capitalized first word.
@Suite struct SentenceStartTests {
    @Test func findsTheFirstTokensOfSentences() {
        let article = TextPreprocessor().process("The bank said so. The Commerce Department agreed.", id: "t")
        let starts = article.tokens.indices.filter { article.startsSentence($0) }
        #expect(starts.map { article.text(of: article.tokens[$0]) } == ["The", "The"])
        #expect(starts.count == article.sentences.count)
    }
}
