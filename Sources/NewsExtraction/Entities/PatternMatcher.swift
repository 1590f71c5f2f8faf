import KnowledgeGraph
import NewsText

/// Finds names that no gazetteer knows, from the cues news writing gives: titles ("President Emmanuel
/// Macron", "Kremlin spokesman Dmitry Peskov"), role nouns and appositions ("Leyla Gurbanli, a political
/// analyst"), organization head words ("Transport Ministry", "Ministry of Health", "Meydan TV, an
/// independent outlet"), place cue words ("Red Square", "Kursk region") and common first names.
///
/// It works on runs of capitalized tokens ("chunks") in sentences that are not all capitals. A chunk
/// with no cue becomes a ``EntityMention/Source/candidate``: it survives only if resolution ties it to
/// an entity of the document (a surname, a first name, an acronym).
public struct PatternMatcher: MentionFinder {
    /// The cue words.
    public let lexicon: PatternLexicon
    /// The classes the matcher types names with.
    public let schema: GraphSchema

    /// Lower-case words that join the parts of a name ("Ursula von der Leyen", "Lula da Silva").
    static let particles: Set<String> = [
        "de", "da", "do", "dos", "das", "des", "van", "von", "der", "den", "del", "della", "di", "du", "la", "le",
        "zu", "cel",
        "bin", "ibn", "al", "el", "ben", "ter", "y", "bint", "abu",
    ]
    /// Lower-case words that join the parts of an organization's name after a head word ("Ministry of Health").
    static let connectors: Set<String> = ["of", "for", "and", "to", "on", "the", "de", "&"]
    /// Nouns of laws, treaties, awards and schemes that end their names ("the Finance Bill", "the Abraham Accords", "the
    /// Presidential Medal of Freedom" before "of", "the Mukhyamantri Mahila Rozgar Yojana"): such a name names a text,
    /// a prize or a programme, not an actor, though "Bill" is a first name and a surname too.
    static let documentNouns: Set<String> = ["Bill", "Act", "Treaty", "Accord", "Accords", "Agreement", "Doctrine", "Convention",
                                             "Medal", "Prize", "Award", "Yojana"]
    /// Nouns of aircraft, vehicles and weapons after a model's name ("Black Hawk helicopters", "Patriot missiles"),
    /// which is no person's.
    static let vehicleNouns: Set<String> = ["helicopter", "helicopters", "jet", "jets", "warplane", "warplanes", "plane", "planes",
                                            "aircraft", "airliner", "airliners", "bomber", "bombers", "gunship", "gunships", "tank",
                                            "tanks", "missile", "missiles", "rocket", "rockets", "drone", "drones", "howitzer",
                                            "howitzers", "rifle", "rifles", "launcher", "launchers", "interceptor", "interceptors",
                                            "fleet", "fleets"]
    /// Words before a storm's name ("Typhoon Yagi", "Tropical Storm Alberto"): the name is no actor's.
    static let stormWords: Set<String> = ["Typhoon", "Hurricane", "Cyclone", "Storm", "TYPHOON", "HURRICANE", "CYCLONE", "STORM"]
    /// ``stormWords`` by upper-case hash, for the stages after this one.
    static let stormWordKeys = WordSet(stormWords)
    /// The start of the rule of a mention an apposition names ("pattern:apposition:villages").
    static let appositionRule = "pattern:apposition:"
    /// The rule of a name of two words or more before a speech verb ("Jaguar Land Rover said"), read as a person's
    /// (``make(_:type:confidence:rule:_:)`` prefixes "pattern:" to the "speaker" it is given).
    static let speakerRule = "pattern:speaker"
    /// Nouns that, in an apposition, make a name an organization, with the subtype they suggest.
    /// Nouns after a name that tell what kind of organization it names ("the Mahayuti coalition", "the Awami League
    /// party"), with the class, by exact hash.
    static let organizationNounsAfterName = WordMap([
        ("coalition", "Organization"), ("alliance", "Organization"), ("bloc", "Organization"), ("group", "Organization"),
        ("movement", "Organization"), ("faction", "Organization"), ("consortium", "Company"), ("party", "PoliticalParty"),
        ("cartel", "ArmedGroup"), ("militia", "ArmedGroup"), ("gang", "ArmedGroup"), ("newspaper", "MediaOrganization"),
        ("tabloid", "MediaOrganization"), ("magazine", "MediaOrganization"), ("daily", "MediaOrganization"),
        ("weekly", "MediaOrganization"), ("radio", "MediaOrganization"), ("broadcaster", "MediaOrganization"),
    ].map { (TokenHashes.hash($0.0), $0.1) })

    /// The class that a lower-case noun of ``organizationNounsAfterName`` at token `index` of `sentence` gives the name
    /// before it, if there is one: "party" after "the Awami League".
    static func organizationKind(at index: Int, in sentence: Sentence, of article: Article, exact: [UInt64]) -> String? {
        guard index < sentence.tokens.upperBound, article.tokens[index].kind == .word, !article.tokens[index].isCapitalized
        else { return nil }
        return organizationNounsAfterName[exact[index]]
    }

    static let organizationNouns: [String: String] = [
        "agency": "Organization", "outlet": "MediaOrganization", "broadcaster": "MediaOrganization",
        "newspaper": "MediaOrganization", "channel": "MediaOrganization", "website": "MediaOrganization",
        "daily": "MediaOrganization", "magazine": "MediaOrganization", "network": "MediaOrganization",
        "station": "MediaOrganization", "tabloid": "MediaOrganization", "company": "Company", "firm": "Company",
        "group": "Organization", "organization": "Organization", "organisation": "Organization",
        "ministry": "Ministry", "party": "PoliticalParty", "airline": "Airline", "carrier": "Airline",
        "bank": "Company", "charity": "NonprofitOrganization", "watchdog": "NonprofitOrganization",
        "nonprofit": "NonprofitOrganization", "ngo": "NonprofitOrganization", "body": "Organization",
        "institute": "EducationalOrganization", "university": "EducationalOrganization", "union": "Organization",
        "alliance": "Organization", "coalition": "Organization", "movement": "Organization", "militia": "ArmedGroup",
        "manufacturer": "Company", "maker": "Company", "mission": "Organization", "producer": "Company", "operator": "Company",
        "conglomerate": "Company", "startup": "Company", "insurer": "Company", "bloc": "Organization",
        "faction": "Organization", "cartel": "ArmedGroup", "gang": "ArmedGroup", "regulator": "GovernmentAgency",
        "miner": "Company", "lender": "Company", "retailer": "Company", "automaker": "Company", "carmaker": "Company",
        "chipmaker": "Company", "drugmaker": "Company", "refiner": "Company", "giant": "Company", "utility": "Company",
        "publisher": "MediaOrganization", "team": "Organization", "club": "Organization", "distributor": "Company",
        "chain": "Company", "supplier": "Company", "exporter": "Company", "brokerage": "Company",
        "federation": "Organization", "confederation": "Organization", "association": "Organization",
        "league": "Organization", "foundation": "NonprofitOrganization", "society": "NonprofitOrganization",
        "band": "Organization", "orchestra": "Organization",
    ]
    /// Organization nouns in the plural: an apposition headed by one names every name of the list before it ("Digicel
    /// and Flow, the two mobile networks").
    static let pluralOrganizationNouns: [String: String] = [
        "companies": "Company", "firms": "Company", "operators": "Company", "carriers": "Company", "networks": "Company",
        "banks": "Company", "lenders": "Company", "insurers": "Company", "automakers": "Company", "carmakers": "Company",
        "airlines": "Airline", "parties": "PoliticalParty", "charities": "NonprofitOrganization", "broadcasters": "MediaOrganization",
        "newspapers": "MediaOrganization", "unions": "Organization", "groups": "Organization", "organizations": "Organization",
        "organisations": "Organization", "producers": "Company", "gangs": "ArmedGroup", "cartels": "ArmedGroup",
        "militias": "ArmedGroup",
    ]
    /// Services whose districts are bodies that run them, not places: "Public Health District", "School District".
    static let serviceWords: Set<String> = ["health", "school", "water", "fire", "irrigation", "transit", "sanitation",
                                            "utility", "conservation", "hospital", "sewer", "park", "library"]
    /// Endings of adjectives of religions, peoples and doctrines ("Islamic", "Buddhist", "Kurdish", "Maoist").
    static let adjectiveEndings = ["ic", "ist", "ish", "ese", "ian", "ean", "can", "-leaning", "-led", "-backed", "-based", "-linked",
                                   "-aligned", "-controlled", "-owned", "-run", "-style"]
    /// Prepositions of place: a capitalized word with no other cue after them is a place ("in Silivri").
    static let locatives: Set<String> = ["in", "near", "outside", "across", "around", "from", "via", "toward", "towards"]
    /// Verbs of speech that follow a person's name ("…, Smith said").
    static let speechVerbs: Set<String> = ["said", "says", "told", "added", "wrote", "tweeted", "stated", "noted", "argued"]
    /// Family nouns: "his father, Jean" introduces another person, not a back-reference.
    static let familyNouns: Set<String> = [
        "father", "mother", "son", "daughter", "brother", "sister", "wife", "husband", "uncle", "aunt", "cousin",
        "grandson", "granddaughter", "grandfather", "grandmother", "nephew", "niece", "widow", "stepson",
    ]

    /// The cue words as token-hash tables (see ``CueTables``).
    private let cues: CueTables

    /// A matcher over these cue words.
    public init(lexicon: PatternLexicon, schema: GraphSchema) {
        self.lexicon = lexicon
        self.schema = schema
        cues = CueTables(lexicon: lexicon)
    }

    /// Names found by cues in the sentences that are not all capitals (nor a first line in title case, a headline);
    /// `previous` holds the gazetteer's.
    public func findMentions(in article: Article, hashes: TokenHashes, previous: [EntityMention]) -> [EntityMention] {
        var known = [Int32](repeating: -1, count: article.tokens.count)
        for (index, mention) in previous.enumerated() {
            for token in mention.tokens { known[token] = Int32(index) }
        }
        let context = Context(article: article, hashes: hashes, previous: previous, known: known)
        var results: [EntityMention] = []
        for (position, sentence) in article.sentences.enumerated()
            where !sentence.isAllCaps && !(position == 0 && article.isTitleCased(sentence)) {
            var index = sentence.tokens.lowerBound
            while index < sentence.tokens.upperBound {
                guard context.isNameToken(index) else { index += 1; continue }
                let end = extendChunk(from: index, in: sentence, context)
                results += analyze(index..<end, in: sentence, context)
                index = end
            }
        }
        // "Dulipali, Klatanlo, Nawokote and Hokeng Jaya, the villages closest to the crater": an apposition in the
        // plural names every name of the list it follows.
        let apposition = Self.appositionRule
        for index in results.indices.reversed() where results[index].source == .pattern && results[index].type != "Person"
            && results[index].rule.utf8.starts(with: apposition.utf8)
            && cues.pluralAppositionNouns.contains(TokenHashes.hash(results[index].rule.dropFirst(apposition.count), upperCased: true)) {
            var next = results[index].tokens.lowerBound, previous = index - 1
            while previous >= 0, case let gap = results[previous].tokens.upperBound..<next, gap.count == 1 || gap.count == 2,
                  gap.allSatisfy({ context.exact($0) == Cue.comma || context.exact($0) == Cue.and }),
                  !results[previous].isSure {
                results[previous].type = results[index].type
                results[previous].source = .pattern
                results[previous].confidence = results[index].confidence
                results[previous].rule = results[index].rule
                next = results[previous].tokens.lowerBound
                previous -= 1
            }
        }
        repeatNamesOfDemonyms(in: &results, context)
        return results
    }

    /// "Shares of Bavarian Nordic rose" after "vaccine maker Bavarian Nordic": an organization's name of adjectives of
    /// peoples (``analyze(_:in:_:)``) names it again wherever the document writes those words together.
    private func repeatNamesOfDemonyms(in results: inout [EntityMention], _ context: Context) {
        let names = results.filter { $0.tokens.count >= 2 && $0.rule.hasPrefix(Self.appositionRule)
            && context.knownMention($0.tokens.lowerBound)?.isDemonym == true }
        guard !names.isEmpty else { return }
        let count = results.count
        let exact = context.hashes.exact
        for name in names {
            let words = Array(exact[name.tokens])
            var start = 0
            while start + words.count <= exact.count {
                defer { start += 1 }
                guard start != name.tokens.lowerBound, exact[start] == words[0],
                      exact[start..<(start + words.count)].elementsEqual(words),
                      !results.contains(where: { $0.tokens.overlaps(start..<(start + words.count)) }) else { continue }
                var mention = name
                mention.tokens = start..<(start + words.count)
                mention.range = context.article.tokens[start].range.lowerBound..<context.article.tokens[start + words.count - 1].range.upperBound
                mention.rule += "+repeat"
                results.append(mention)
            }
        }
        if results.count > count { results.sort { $0.tokens.lowerBound < $1.tokens.lowerBound } }
    }

    /// Words and per-token facts of one article. Tokens are compared by hash; strings are built only for output.
    struct Context {
        let article: Article
        let hashes: TokenHashes
        let previous: [EntityMention]
        let known: [Int32]

        /// The text of token `index`.
        func word(_ index: Int) -> String { article.text(of: article.tokens[index]) }

        /// The hash of token `index` as written.
        @inline(__always)
        func exact(_ index: Int) -> UInt64 { hashes.exact[index] }

        /// The upper-cased hash of the token's `lowercased()` text, what a ``WordSet`` of lower-case words is keyed by.
        @inline(__always)
        func lowerKey(_ index: Int) -> UInt64 {
            article.tokens[index].shape.contains(.nonASCII)
                ? TokenHashes.hash(word(index).lowercased(), upperCased: true) : hashes.upper[index]
        }

        /// The upper-cased hash of the token's `uppercased()` text, what a ``WordSet`` of upper-case words is keyed by.
        @inline(__always)
        func upperKey(_ index: Int) -> UInt64 {
            article.tokens[index].shape.contains(.nonASCII)
                ? TokenHashes.hash(word(index).uppercased(), upperCased: true) : hashes.upper[index]
        }

        /// A capitalized word token, or a lower-case particle prefix such as "al-Sharaa".
        func isNameToken(_ index: Int) -> Bool {
            let token = article.tokens[index]
            guard token.kind == .word else { return false }
            if token.isCapitalized { return token.range.count > 1 || article.cleanText[token.range.lowerBound] != UInt8(ascii: "I") }
            // al-Assad, el-Sisi, bin-Salman
            let bytes = article.cleanText
            let start = token.range.lowerBound
            if token.shape.contains(.hasHyphen), token.range.count > 4,
               (bytes[start] == UInt8(ascii: "a") && bytes[start + 1] == UInt8(ascii: "l")) || (bytes[start] == UInt8(ascii: "e") && bytes[start + 1] == UInt8(ascii: "l")),
               bytes[start + 2] == UInt8(ascii: "-"), bytes[start + 3] >= 0x41, bytes[start + 3] <= 0x5A {
                return true
            }
            return false
        }

        func knownMention(_ index: Int) -> EntityMention? {
            let k = known[index]
            return k >= 0 ? previous[Int(k)] : nil
        }

        /// Whether an earlier stage's mention covers token `index`.
        func isKnown(_ index: Int) -> Bool { known[index] >= 0 }

        /// Whether token `index` alone is a gazetteer's country or city (no people's name).
        func isGazetteerCountryOrCity(_ index: Int) -> Bool {
            let k = Int(known[index])
            guard k >= 0, previous[k].tokens == index..<(index + 1), !previous[k].isDemonym, previous[k].source == .gazetteer else { return false }
            return previous[k].type == "Country" || previous[k].type == "City"
        }

        /// Whether an earlier stage's mention of a country or a person covers token `index`.
        func isCountryOrPerson(_ index: Int) -> Bool {
            let k = known[index]
            return k >= 0 && (previous[Int(k)].type == "Country" || previous[Int(k)].type == "Person")
        }

        /// The tokens of the earlier stage's mention that covers token `index` (without copying the mention).
        func knownTokens(_ index: Int) -> Range<Int>? {
            let k = known[index]
            return k >= 0 ? previous[Int(k)].tokens : nil
        }
    }

    /// The end of the chunk that starts at `start`.
    private func extendChunk(from start: Int, in sentence: Sentence, _ context: Context) -> Int {
        var end = start + 1
        var sawHead = isOrganizationStart(context.exact(start))
        // "Cape of Good Hope", "Gulf of Aden", "Strait of Hormuz": a place word joins a name after it by "of".
        let isPlaceHead = cues.placeCues[context.exact(start)] != nil
        var extendedByConnector = false
        while end < sentence.tokens.upperBound {
            let token = context.article.tokens[end]
            if token.newlinesBefore > 0 { break }
            if context.isNameToken(end) {
                if isOrganizationStart(context.exact(end)) { sawHead = true }
                end += 1
                continue
            }
            // "the Higher Public Prosecutor's Office", "the Attorney General's Office": an office named for its holder.
            if token.kind == .possessive, end > start, end + 1 < sentence.tokens.upperBound, context.isNameToken(end + 1),
               cues.titleWords.contains(context.hashes.upper[end - 1]),
               let head = cues.organizationHeads[context.exact(end + 1)], head.position != .start {
                sawHead = true
                end += 2
                continue
            }
            // "Alzheimer's Society", "King's College": an institution named with a possessive of a name that is no
            // country's or person's ("Britain's Parliament", "Trump's Cabinet" are theirs).
            if token.kind == .possessive, end > start, end + 1 < sentence.tokens.upperBound, context.isNameToken(end + 1),
               cues.possessiveInstitutionHeads[context.exact(end + 1)] != nil, !context.isCountryOrPerson(end - 1) {
                sawHead = true
                end += 2
                continue
            }
            // "the Ministry of Land, Infrastructure and Transport": a ministry's list of portfolios.
            if extendedByConnector, context.exact(end) == Cue.comma, (start..<end).contains(where: { Cue.listedPortfolioHeads.contains(context.exact($0)) }),
               let last = portfolioListEnd(after: end, in: sentence, context) {
                end = last
                continue
            }
            guard token.kind == .word, end + 1 < sentence.tokens.upperBound else { break }
            let word = context.exact(end)
            // Particles, possibly several: "van der", "de la", "bin".
            var afterParticles = end
            while afterParticles < sentence.tokens.upperBound - 1, afterParticles - end < 3,
                  cues.particles.contains(context.exact(afterParticles)) {
                afterParticles += 1
            }
            if afterParticles > end, context.isNameToken(afterParticles),
               !context.article.tokens[afterParticles].shape.contains(.allCaps) {
                end = afterParticles
                continue
            }
            // "to" joins only campaigning bodies' names ("Committee to Protect Journalists").
            // "the High Military Command for the Restoration of Order": a head word that ends names goes on with "for".
            let headGoesOn = sawHead || word == Cue.for && cues.organizationHeads[context.exact(end - 1)] != nil
            if headGoesOn, cues.connectors.contains(word), word != Cue.and || extendedByConnector,
               word != Cue.to || cues.campaignHeads.contains(context.exact(start)) {
                var next = end + 1
                if context.exact(next) == Cue.the, next + 1 < sentence.tokens.upperBound { next += 1 }
                // "the University of Novi Sad and the University of Belgrade", "… Health Services and the City of
                // Lubbock": "and" before another organization's head word, or a place's, joins two names, not the
                // parts of one.
                if context.isNameToken(next), !cues.nonEntities.contains(context.exact(next)),
                   word != Cue.and || !isOrganizationStart(context.exact(next)) && (next == end + 1 || cues.placeCues[context.exact(next)] == nil) {
                    extendedByConnector = true
                    sawHead = true
                    end = next
                    continue
                }
            }
            if isPlaceHead, end == start + 1, word == Cue.of, context.isNameToken(end + 1),
               !cues.nonEntities.contains(context.exact(end + 1)) {
                end += 1
                continue
            }
            // "Secretary of State Marco Rubio": a title that runs over "of".
            if word == Cue.of, let title = titleMatch(at: start, limit: sentence.tokens.upperBound, context),
               start + title.words.count > end {
                end = start + title.words.count
                continue
            }
            break
        }
        return end
    }

    /// The end of a list of portfolios that goes on at the comma at `comma`: one or two capitalized words no earlier stage
    /// names, then more after commas, then "and" and the last ones ("…, Infrastructure and Transport"); nil when the words
    /// after the comma are no such list ("the Ministry of Health, Pfizer and Moderna").
    private func portfolioListEnd(after comma: Int, in sentence: Sentence, _ context: Context) -> Int? {
        var k = comma
        var sawAnd = false
        while k < sentence.tokens.upperBound, context.exact(k) == Cue.comma || context.exact(k) == Cue.and {
            if sawAnd { return nil }
            sawAnd = context.exact(k) == Cue.and
            k += 1
            let item = k
            while k < sentence.tokens.upperBound, k - item < 2, context.isNameToken(k), !context.isKnown(k),
                  !isOrganizationStart(context.exact(k)), !cues.nonEntities.contains(context.exact(k)) {
                k += 1
            }
            if k == item { return nil }
            if sawAnd { return k }
        }
        return nil
    }

    /// Whether the word at `index` is a head word that ends an organization's name, after a name word of the chunk
    /// that starts at `lower`. A government is not one: "the Kenya Government" is the country's, as "the Kenyan
    /// government" is.
    private func isOrganizationEnd(_ index: Int, after lower: Int, _ context: Context) -> Bool {
        guard index > lower, context.isNameToken(index - 1), !cues.nonEntities.contains(context.exact(index - 1)),
              let head = cues.organizationHeads[context.exact(index)] else { return false }
        return head.position != .start && head.subtype != "GovernmentOrganization"
    }

    private func isOrganizationStart(_ word: UInt64) -> Bool {
        guard let head = cues.organizationHeads[word] else { return false }
        return head.position != .end
    }

    /// The longest title whose words start at `index` (case-insensitive).
    private func titleMatch(at index: Int, limit: Int, _ context: Context) -> PatternLexicon.Title? {
        guard let candidates = cues.titlesByFirstWord[context.hashes.upper[index]] else { return nil }
        for (title, hashes) in candidates where index + hashes.count <= limit {
            var matches = true
            for k in 1..<max(1, hashes.count) where context.hashes.upper[index + k] != hashes[k] {
                matches = false
                break
            }
            if matches { return title }
        }
        return nil
    }

    /// A title or role noun that ends right before `index` ("spokesman", "health minister", "analyst").
    private func cueBefore(_ index: Int, in sentence: Sentence, _ context: Context) -> (role: String, office: String)? {
        guard index > sentence.tokens.lowerBound else { return nil }
        for length in (1...4).reversed() {
            let start = index - length
            guard start >= sentence.tokens.lowerBound else { continue }
            if let title = titleMatch(at: start, limit: index, context), title.words.count == length {
                return (title.role, title.office)
            }
        }
        let previous = context.exact(index - 1)
        if context.article.tokens[index - 1].kind == .word, !context.article.tokens[index - 1].isCapitalized {
            // "the bulk carrier Ocean Lyra", "the tanker Sounion": a ship's name.
            if cues.vesselNouns.contains(previous) || (previous == Cue.carrier && index - 2 >= sentence.tokens.lowerBound
                                                       && cues.vesselKinds.contains(context.exact(index - 2))) {
                return ("vessel", context.word(index - 1))
            }
            // "Brazil's environmental agency Ibama", "the security firm Ambrey", "the newspaper Granma".
            if cues.organizationNouns[previous] != nil, previous != Cue.carrier { return ("organization", context.word(index - 1)) }
            if cues.roleNouns.contains(previous) { return ("role", context.word(index - 1)) }
        }
        if isCapitalizedRoleNoun(index - 1, in: sentence, context) { return ("role", context.word(index - 1).lowercased()) }
        // "Azerbaijan's ambassador, Rahman Mustafayev", "its director, Ulvi Hasanli".
        if previous == Cue.comma, index - 2 >= sentence.tokens.lowerBound {
            let noun = context.exact(index - 2)
            let isLowerWord = context.article.tokens[index - 2].kind == .word && !context.article.tokens[index - 2].isCapitalized
            if isLowerWord, cues.familyNouns.contains(noun) { return ("family", context.word(index - 2)) }
            if isLowerWord, cues.roleNouns.contains(noun) { return ("role", context.word(index - 2)) }
            if cues.organizationNouns[noun] != nil, !isApposition(endingAt: index - 1, in: sentence, context) {
                // "the head of the union, Élodie Ébrard": the noun phrase is the head's, before "of" or "for".
                var k = index - 3
                if k > sentence.tokens.lowerBound, cues.determiners.contains(context.exact(k)) { k -= 1 }
                if k > sentence.tokens.lowerBound, context.exact(k) == Cue.of || context.exact(k) == Cue.for {
                    return cues.roleNouns.contains(context.exact(k - 1)) ? ("role", context.word(k - 1)) : nil
                }
                return ("organization", context.word(index - 2))
            }
        }
        return nil
    }

    /// Whether the word at `index` is a role noun capitalized only because it opens the sentence ("Firefighter", "Nurse"),
    /// and neither a title nor a name the gazetteers know.
    private func isCapitalizedRoleNoun(_ index: Int, in sentence: Sentence, _ context: Context) -> Bool {
        index == sentence.tokens.lowerBound && context.article.tokens[index].isCapitalized && !context.isKnown(index)
            && cues.lowerRoleNouns.contains(context.upperKey(index)) && cues.lowerOrganizationNouns[context.upperKey(index)] == nil
            && titleMatch(at: index, limit: sentence.tokens.upperBound, context) == nil
    }

    /// Whether the noun phrase that ends before the comma at `comma` is set off after a name by a comma of its
    /// own: "According to Khovar, Tajikistan's state news agency, Rahmon told …" names Khovar, not Rahmon.
    private func isApposition(endingAt comma: Int, in sentence: Sentence, _ context: Context) -> Bool {
        var k = comma - 2
        while k > sentence.tokens.lowerBound, k >= comma - 8 {
            let word = context.exact(k)
            if word == Cue.comma { return context.isNameToken(k - 1) || context.isKnown(k - 1) }
            if cues.relativePronouns.contains(word) { return false }
            k -= 1
        }
        return false
    }

    /// What follows a chunk (from `start` to `end`) after a comma: a role noun (a person) or an organization noun. After
    /// a preposition, not a noun that a speech verb follows ("at Halewood, on Merseyside, the company said"): there
    /// the phrase is a reporting clause's subject, and the name no speaker.
    private func apposition(after end: Int, of start: Int, in sentence: Sentence, _ context: Context)
        -> (isPerson: Bool, subtype: String, noun: String)? {
        guard end + 1 < sentence.tokens.upperBound, context.exact(end) == Cue.comma else { return nil }
        var index = end + 1
        if cues.determiners.contains(context.exact(index)) { index += 1 }
        var seen = 0
        while index < sentence.tokens.upperBound, seen < 6 {
            let token = context.article.tokens[index]
            let word = context.lowerKey(index)
            if token.kind == .punctuation, word != Cue.hyphen { break }
            if cues.appositionBreaks.contains(word) { break }
            // The head noun is the last word before "of", a comma or a verb-like break.
            // A plural place noun heads whatever follows it ("the villages closest to the crater").
            let isHead = index + 1 < sentence.tokens.upperBound && cues.headFollowers.contains(context.lowerKey(index + 1))
                || cues.pluralAppositionNouns.contains(word)
            // The head is a common noun: in "Separately, Bank of Japan Governor Kazuo Ueda said" a name follows.
            if isHead || index + 1 == sentence.tokens.upperBound, !token.isCapitalized {
                if index + 1 < sentence.tokens.upperBound, cues.speechVerbs.contains(context.exact(index + 1)),
                   start > sentence.tokens.lowerBound, case let before = context.exact(start - 1),
                   cues.locatives.contains(before) || before == Cue.on || before == Cue.at {
                    return nil
                }
                if let subtype = cues.lowerOrganizationNouns[word] { return (false, subtype, context.word(index).lowercased()) }
                if let type = cues.appositionPlaceNouns[word], !cues.determinedPlaceNouns.contains(word) || cues.determiners.contains(context.exact(end + 1)) {
                    return (false, type, context.word(index).lowercased())
                }
                if cues.lowerRoleNouns.contains(word), cues.lowerOrganizationNouns[word] == nil {
                    return (true, "", context.word(index).lowercased())
                }
            }
            index += 1
            seen += 1
        }
        return nil
    }

    /// Whether the word at `index` is an aircraft's or a weapon's model code: one to three letters, the first a capital,
    /// then digits, with a hyphen or three digits or more ("MD-11", "A320", "Su-27"; not "G20").
    private func isModelCode(_ index: Int, _ context: Context) -> Bool {
        let bytes = context.article.cleanText[context.article.tokens[index].range]
        guard bytes.count >= 3, bytes.count <= 7, let first = bytes.first, first >= 0x41, first <= 0x5A else { return false }
        let letters = bytes.prefix { ($0 >= 0x41 && $0 <= 0x5A) || ($0 >= 0x61 && $0 <= 0x7A) }.count
        let rest = bytes.dropFirst(letters)
        let hyphen = rest.first == UInt8(ascii: "-")
        let digits = rest.dropFirst(hyphen ? 1 : 0)
        return letters <= 3 && !digits.isEmpty && digits.allSatisfy { $0 >= 0x30 && $0 <= 0x39 } && (hyphen || digits.count >= 3)
    }

    /// Whether the word at `index` ends like an adjective ("Islamic", "Kurdish", "Marxist-leaning").
    private func isAdjective(_ index: Int, _ context: Context) -> Bool {
        let word = context.word(index)
        return Self.adjectiveEndings.contains { word.hasSuffix($0) }
    }

    private func analyze(_ chunk: Range<Int>, in sentence: Sentence, _ context: Context) -> [EntityMention] {
        // "Typhoon Yagi", "Tropical Storm Alberto": a storm's name.
        if cues.stormWords.contains(context.exact(chunk.lowerBound))
            || chunk.count >= 2 && cues.stormWords.contains(context.exact(chunk.lowerBound + 1)) { return [] }
        var lower = chunk.lowerBound, upper = chunk.upperBound
        // Words capitalized by position or page furniture do not start or end a name.
        while lower < upper, !context.isKnown(lower), cues.nonEntities.contains(context.exact(lower)),
              titleMatch(at: lower, limit: upper, context) == nil {
            lower += 1
            // "Police of the Mobile Brigade Corps": the joining words after such a word start no name either.
            while lower < upper, !context.isNameToken(lower), cues.connectors.contains(context.exact(lower)) { lower += 1 }
        }
        // "Firefighter Cristóbal Muñoz, a volunteer, said": a role noun capitalized by its place opens no name, but tells
        // that the name after it is a person's (see ``cueBefore(_:in:_:)``).
        if isCapitalizedRoleNoun(lower, in: sentence, context), upper - lower >= 3, context.isNameToken(lower + 1) { lower += 1 }
        // "Police" and "Government" open sentences as common nouns, but end names as head words: "the Nepal Police said".
        while upper > lower, !context.isKnown(upper - 1),
              cues.nonEntities.contains(context.exact(upper - 1)) && !isOrganizationEnd(upper - 1, after: lower, context)
                || !context.isNameToken(upper - 1) {
            upper -= 1
        }
        guard lower < upper else { return [] }
        // "every McDonnell Douglas MD-11", "the Lockheed Martin F-35": a name of two words or more before a model's
        // code is its maker's.
        if upper - lower >= 3, isModelCode(upper - 1, context), !(lower..<(upper - 1)).contains(where: { context.isKnown($0) }) {
            return [make(lower..<(upper - 1), type: "Company", confidence: 0.75, rule: "maker", context)]
        }
        // "Independence Day", "Labor Day": a day's name is no actor's.
        if upper - lower >= 2, context.exact(upper - 1) == Cue.day { return [] }
        // "vaccine maker Bavarian Nordic", "the airline Korean Air": after an organization noun, a name that starts with an
        // adjective of a people is the organization's, not the people's.
        if upper - lower >= 2, lower > sentence.tokens.lowerBound, context.article.tokens[lower - 1].kind == .word,
           !context.article.tokens[lower - 1].isCapitalized, let noun = cues.organizationNouns[context.exact(lower - 1)],
           context.exact(lower - 1) != Cue.carrier, let first = context.knownMention(lower), first.isDemonym,
           (lower..<upper).allSatisfy({ context.knownMention($0)?.isDemonym ?? context.isNameToken($0) }) {
            return [make(lower..<upper, type: noun, confidence: 0.75, rule: "apposition:" + context.word(lower - 1), context)]
        }
        // A gazetteer name that covers the chunk needs nothing more.
        if let first = context.knownTokens(lower), first.lowerBound <= lower, first.upperBound >= upper {
            return []
        }
        var results: [EntityMention] = []

        // A title inside the chunk: "Russian President Vladimir Putin", "EU Energy Commissioner Dan Jørgensen",
        // "State Health Commissioner Dr. Mary Bassett".
        var position = lower
        while position < upper - 1 {
            if let known = context.knownTokens(position), known.lowerBound == position {
                position = known.upperBound
                continue
            }
            guard var title = titleMatch(at: position, limit: upper, context) else { position += 1; continue }
            var nameStart = position + title.words.count
            // A courtesy title after an office ("Commissioner Dr. Mary Bassett").
            while nameStart < upper, let courtesy = titleMatch(at: nameStart, limit: upper, context),
                  courtesy.role == "courtesy" || nameStart + courtesy.words.count < upper {
                if title.role == "courtesy" { title = courtesy }
                nameStart += courtesy.words.count
            }
            // The name ends before a joining word that is no name particle: "Council President Tono Eitel of Germany".
            let nameEnd = (nameStart..<upper).first(where: { !context.isNameToken($0) && !cues.particles.contains(context.exact($0)) }) ?? upper
            // A head word or place cue ends no name after a title, unless a first name starts it ("Superintendent Ian Church").
            let isFullName = nameEnd - nameStart >= 2 && cues.firstNames.contains(context.upperKey(nameStart))
            guard nameStart < nameEnd, context.isNameToken(nameStart), nameEnd - nameStart <= 4,
                  isFullName || cues.organizationHeads[context.exact(nameEnd - 1)] == nil && cues.placeCues[context.exact(nameEnd - 1)] == nil,
                  !(nameStart..<nameEnd).allSatisfy({ cues.nonEntities.contains(context.exact($0)) }) else { position += 1; continue }
            if let known = context.knownTokens(nameStart), known.upperBound >= nameEnd {
                return results  // "President Ilham Aliyev": the gazetteer has the person.
            }
            var mention = make(nameStart..<nameEnd, type: "Person", confidence: title.role == "courtesy" ? 0.8 : 0.85,
                               rule: "title:" + (title.office.isEmpty ? title.words.joined(separator: " ") : title.office), context)
            mention.attributes["title"] = title.office
            mention.attributes["titleRole"] = title.role
            return results + [mention]
        }
        let first = context.exact(lower), last = context.exact(upper - 1)

        // "the Kenya Red Cross", "the Turkish Red Crescent": a country's society of the Red Cross movement, not the
        // movement the gazetteer names.
        if upper - lower >= 3, Cue.redCrossWords.contains(last), context.exact(upper - 2) == Cue.red {
            return [make(lower..<upper, type: "NonprofitOrganization", confidence: 0.75, rule: "org-head:" + context.word(upper - 1), context)]
        }
        // Organizations by head word: "Transport Ministry", "Ministry of Health", "Meydan TV".
        if upper - lower >= 2 {
            if let head = cues.organizationHeads[last], head.position != .start {
                // "the Awami League party": a noun of a kind after the name tells the kind a general head word does not.
                var type = head.subtype
                if type == "Organization",
                   let kind = Self.organizationKind(at: upper, in: sentence, of: context.article, exact: context.hashes.exact) {
                    type = kind
                }
                return [make(lower..<upper, type: type, confidence: 0.75, rule: "org-head:" + context.word(upper - 1), context)]
            }
            // "Ministry of Health", "Bank Mellat": a head word first, unless a person's first name follows it (a
            // rugby "Centre Walter Little").
            // "Parliament Road": a place's last word wins over an organization's first word, unless a joining word
            // makes the first word the head of the whole ("Ministry of …").
            // "the South Plains Public Health District", "the Austin Independent School District": a service's district is
            // the body that runs it.
            if let cue = cues.placeCues[last], cue.position != .start, cue.type == "Region", cues.serviceWords.contains(context.hashes.upper[upper - 2]) {
                return [make(lower..<upper, type: "GovernmentAgency", confidence: 0.75, rule: "service-district:" + context.word(upper - 2), context)]
            }
            if let cue = cues.placeCues[last], cue.position != .start,
               !(lower..<upper).contains(where: { cues.connectors.contains(context.exact($0)) }) {
                return [make(lower..<upper, type: cue.type, confidence: 0.75, rule: "place-cue:" + context.word(upper - 1), context)]
            }
            // "an Army Black Hawk helicopter": a model's name after the body that flies it; the body alone is the actor.
            if let head = cues.organizationHeads[first], head.position != .end, upper < sentence.tokens.upperBound,
               cues.vehicleNouns[context.exact(upper)] != nil {
                return [make(lower..<(lower + 1), type: head.subtype, confidence: 0.75, rule: "org-head:" + context.word(lower), context)]
            }
            // "Société Le Nickel": an article is no first name, though a list has "Le".
            if let head = cues.organizationHeads[first], head.position != .end,
               !cues.firstNames.contains(context.upperKey(lower + 1)) || context.article.tokens[lower + 1].range.count <= 2 {
                return [make(lower..<upper, type: head.subtype, confidence: 0.75, rule: "org-head:" + context.word(lower), context)]
            }
            for index in lower..<(upper - 1) where cues.connectors.contains(context.exact(index + 1)) {
                // A head word that ends names ("Force") also ends one before its country's name: "the Armed Police Force
                // of Nepal".
                let beforeCountry = index > lower && index + 3 == upper && context.exact(index + 1) == Cue.of
                    && context.isGazetteerCountryOrCity(index + 2)
                guard let head = cues.organizationHeads[context.exact(index)] else { continue }
                // A body's name goes on with "for" ("Committee for the Protection of Journalists"); a carrier's or a
                // company's ends before it ("operated by PSA Airlines for American Eagle"), and the rest is read alone.
                let isFor = context.exact(index + 1) == Cue.for
                if isFor, index > lower, index + 2 < upper, head.position == .end,
                   head.subtype == "Airline" || head.subtype == "Company" {
                    return [make(lower..<(index + 1), type: head.subtype, confidence: 0.75, rule: "org-head:" + context.word(index), context)]
                        + analyze((index + 2)..<upper, in: sentence, context)
                }
                if head.position != .end || beforeCountry || isFor {
                    return [make(lower..<upper, type: head.subtype, confidence: 0.75, rule: "org-head:" + context.word(index), context)]
                }
            }
            if let cue = cues.placeCues[last], cue.position != .start {
                return [make(lower..<upper, type: cue.type, confidence: 0.75, rule: "place-cue:" + context.word(upper - 1), context)]
            }
            if let cue = cues.placeCues[first], cue.position != .end || context.exact(lower + 1) == Cue.of {
                return [make(lower..<upper, type: cue.type, confidence: 0.75, rule: "place-cue:" + context.word(lower), context)]
            }
        }
        // "Alzheimer Europe, a federation of national patient groups": an organization's apposition after a name the
        // gazetteer knows only a part of says what the whole name is.
        if upper - lower >= 2, upper == chunk.upperBound, (lower..<upper).contains(where: { context.isKnown($0) }),
           let apposition = apposition(after: upper, of: lower, in: sentence, context), !apposition.isPerson,
           PatternMatcher.organizationNouns[apposition.noun] != nil {
            return [make(lower..<upper, type: apposition.subtype, confidence: 0.75, rule: "apposition:" + apposition.noun, context)]
        }
        // Leave parts the gazetteer knows to the gazetteer; look at what is left.
        var parts: [Range<Int>] = []
        var start = lower
        var index = lower
        while index < upper {
            if let known = context.knownTokens(index) {
                if index > start { parts.append(start..<index) }
                index = max(index + 1, known.upperBound)
                start = index
            } else {
                index += 1
            }
        }
        if start < upper { parts.append(start..<upper) }
        for part in parts {
            if let mention = classify(part, chunkEnd: upper, in: sentence, context) { results.append(mention) }
        }
        return results
    }

    /// Whether the words before token `index` are a locative preposition, perhaps with a direction: "in", "near",
    /// "in southern".
    private static func followsLocative(_ index: Int, in sentence: Sentence, _ context: Context) -> Bool {
        var k = index - 1
        guard k >= sentence.tokens.lowerBound else { return false }
        if Self.directionAdjectives.contains(context.exact(k)) { k -= 1 }
        return k >= sentence.tokens.lowerBound && Self.placePrepositions.contains(context.exact(k))
    }

    /// Prepositions before the place in "in southern Akita, a woman …", by their hash as written. Narrower than
    /// ``locatives``: "biased toward Zelimkhan Yandarbiyev, president of …" names a person.
    static let placePrepositions: Set<UInt64> = Set(["in", "at", "near", "from", "across", "outside"].map { TokenHashes.hash($0) })

    /// Adjectives of direction between a locative and a place's name ("in southern Akita"), by their hash as written.
    static let directionAdjectives: Set<UInt64> = Set(["southern", "northern", "eastern", "western", "central", "rural",
                                                       "northeastern", "northwestern", "southeastern", "southwestern"]
        .map { TokenHashes.hash($0) })

    /// A part of a chunk with no gazetteer name in it.
    private func classify(_ part: Range<Int>, chunkEnd: Int, in sentence: Sentence, _ context: Context) -> EntityMention? {
        let count = part.count
        let first = context.exact(part.lowerBound), last = context.exact(part.upperBound - 1)
        let isSentenceStart = part.lowerBound == sentence.tokens.lowerBound
            || context.article.tokens[part.lowerBound - 1].kind == .punctuation && cues.openers.contains(context.exact(part.lowerBound - 1))
        // "reaching Congress", "the largest bloc in Parliament": a legislature's head word alone names the country's
        // legislature (the generic-name stage says whose), unless it is short for a longer name of the document
        // ("Congress" after the Indian National Congress).
        if count == 1, !isSentenceStart, let head = cues.organizationHeads[first], head.subtype == "Legislature" {
            let word = context.word(part.lowerBound)
            if context.previous.contains(where: { $0.tokens.count > 1 && $0.text.split(separator: " ").contains(word[...]) }) { return nil }
            return make(part, type: head.subtype, confidence: 0.6, rule: "legislature", context)
        }
        if let cue = cueBefore(part.lowerBound, in: sentence, context) {
            if cue.role == "organization" {
                return make(part, type: Self.organizationNouns[cue.office] ?? "Organization", confidence: 0.75,
                            rule: "apposition:" + cue.office, context)
            }
            if cue.role == "vessel" {
                return make(part, type: "Vessel", confidence: 0.75, rule: "vessel:" + cue.office, context)
            }
            let isRole = cue.role == "role" || cue.role == "family"
            var mention = make(part, type: "Person", confidence: isRole ? 0.75 : 0.85,
                               rule: (isRole ? "role:" : "title:") + cue.office, context)
            if cue.role == "family" { mention.attributes["family"] = cue.office }
            if !isRole, cue.role != "courtesy" {
                mention.attributes["title"] = cue.office
                mention.attributes["titleRole"] = cue.role
            }
            return mention
        }
        // "the Cupertino, California-based company": the city before a state's or a country's "-based" is where the company
        // is, not the company.
        if part.upperBound == chunkEnd, part.upperBound + 3 < sentence.tokens.upperBound, context.exact(part.upperBound) == Cue.comma,
           context.isNameToken(part.upperBound + 1), context.exact(part.upperBound + 2) == Cue.hyphen,
           context.exact(part.upperBound + 3) == Cue.based {
            return make(part, type: "City", confidence: 0.75, rule: "based", context)
        }
        if part.upperBound == chunkEnd, let apposition = apposition(after: part.upperBound, of: part.lowerBound, in: sentence, context),
           // A plural organization noun names a list ("Digicel and Flow, the two mobile networks"), not one name.
           PatternMatcher.pluralOrganizationNouns[apposition.noun] == nil
            || part.lowerBound > sentence.tokens.lowerBound && context.exact(part.lowerBound - 1) == Cue.and {
            if apposition.isPerson {
                // "in southern Akita, a woman in her 80s": a place before the apposition, not the woman.
                if Self.followsLocative(part.lowerBound, in: sentence, context) { return nil }
                // "Dr. Majed bin Mohammed Al Ansari, the ministry's spokesman": the title is no part of the name.
                var name = part
                if let title = titleMatch(at: name.lowerBound, limit: name.upperBound - 1, context) {
                    name = (name.lowerBound + title.words.count)..<name.upperBound
                }
                return make(name, type: "Person", confidence: 0.75, rule: "apposition:" + apposition.noun, context)
            }
            return make(part, type: apposition.subtype, confidence: 0.75, rule: "apposition:" + apposition.noun, context)
        }
        // "the municipality of São Félix do Xingu", "the port city of Hodeidah", "the town of Kamituga".
        if part.lowerBound >= sentence.tokens.lowerBound + 2, context.exact(part.lowerBound - 1) == Cue.of,
           context.article.tokens[part.lowerBound - 2].kind == .word, !context.article.tokens[part.lowerBound - 2].isCapitalized,
           let type = cues.placeNouns[context.exact(part.lowerBound - 2)] ?? cues.settlementNouns[context.exact(part.lowerBound - 2)] {
            // "Tshikapa, the capital of Kasai": the name after "the capital of" is the province's or the country's.
            let type = context.exact(part.lowerBound - 2) == Cue.capital ? "Region" : type
            return make(part, type: type, confidence: 0.75, rule: "place-noun:" + context.word(part.lowerBound - 2), context)
        }
        // "the Mahayuti coalition", "the Sinaloa cartel", "the Wagner group": an organization noun after the name,
        // unless the name is one word that looks like an adjective ("the Islamic group", "a Buddhist movement").
        if part.upperBound == chunkEnd, !allCapsPart(part, context),
           let type = Self.organizationKind(at: part.upperBound, in: sentence, of: context.article, exact: context.hashes.exact),
           count > 1 || !isAdjective(part.lowerBound, context) {
            // "told France Inter radio", "the Moscow Times newspaper": a country's or a city's one-word name the gazetteer
            // read right before the name starts it.
            let start = part.lowerBound > sentence.tokens.lowerBound && context.isGazetteerCountryOrCity(part.lowerBound - 1)
                ? part.lowerBound - 1 : part.lowerBound
            return make(start..<part.upperBound, type: type, confidence: 0.75, rule: "org-noun:" + context.word(part.upperBound), context)
        }
        // "Chelsea manager Enzo Maresca", "Napoli striker Victor Osimhen": the name before a player's or a coach's is a
        // team's (a first name alone, "Chelsea", would make a person of it).
        if part.upperBound == chunkEnd, part.upperBound + 1 < sentence.tokens.upperBound, !allCapsPart(part, context),
           cues.teamRoleNouns[context.exact(part.upperBound)] != nil, context.isNameToken(part.upperBound + 1),
           context.article.tokens[part.upperBound + 1].isCapitalized, count > 1 || !isAdjective(part.lowerBound, context) {
            return make(part, type: "SportsTeam", confidence: 0.75, rule: "team-role:" + context.word(part.upperBound), context)
        }
        // "the Vaca Muerta shale formation", "Pará state", "the Foz do Amazonas basin": a place noun after the name,
        // unless the name is one word that looks like an adjective ("Kurdish towns").
        if part.upperBound == chunkEnd, part.upperBound < sentence.tokens.upperBound, !allCapsPart(part, context),
           let noun = placeNoun(after: part.upperBound, in: sentence, context), count > 1 || !isAdjective(part.lowerBound, context) {
            return make(part, type: noun.type, confidence: 0.75, rule: "place-noun:" + noun.word, context)
        }
        // "Black Hawk helicopters": a model's name, though its words are a first name or a surname.
        if part.upperBound == chunkEnd, part.upperBound < sentence.tokens.upperBound, cues.vehicleNouns[context.exact(part.upperBound)] != nil {
            return nil
        }
        let allCaps = part.allSatisfy { context.article.tokens[$0].shape.contains(.allCaps) }
        if count >= 2, count <= 4, !allCaps, cues.firstNames.contains(context.upperKey(part.lowerBound)),
           !(isSentenceStart && cues.nonEntities.contains(first)) {
            return make(part, type: "Person", confidence: 0.7, rule: "first-name:" + context.word(part.lowerBound), context)
        }
        // "Kamala Harris", "Igor Kartavykh"? A common surname at the end of two or three capitalized words; not after a
        // saint's "St." ("St. George", a city).
        if (2...3).contains(count), !allCaps, cues.surnames.contains(context.upperKey(part.upperBound - 1)), first != Cue.saint,
           !cues.nonEntities.contains(first), cues.organizationHeads[last] == nil, cues.placeCues[last] == nil,
           !cues.documentNouns.contains(last) {
            return make(part, type: "Person", confidence: 0.6, rule: "surname:" + context.word(part.upperBound - 1), context)
        }
        if count >= 2, part.upperBound < sentence.tokens.upperBound, cues.speechVerbs.contains(context.exact(part.upperBound)) {
            return make(part, type: "Person", confidence: 0.6, rule: "speaker", context)
        }
        if part.lowerBound >= sentence.tokens.lowerBound + 2, cues.namingVerbs.contains(context.exact(part.lowerBound - 1)),
           let subtype = cues.lowerOrganizationNouns[context.lowerKey(part.lowerBound - 2)] {
            return make(part, type: subtype, confidence: 0.7, rule: "called", context)
        }
        // "in Silivri", "near Barishal", "cities such as Chattogram": a place.
        if part.lowerBound > sentence.tokens.lowerBound, !allCaps {
            let before = context.exact(part.lowerBound - 1)
            let after = part.upperBound < sentence.tokens.upperBound ? context.exact(part.upperBound) : nil
            // "from Houthi-held territory": the name before "-held", "-controlled", "-backed" holds the place.
            let isHolder = after == Cue.hyphen && part.upperBound + 1 < sentence.tokens.upperBound
                && cues.holderSuffixes.contains(context.lowerKey(part.upperBound + 1))
            // "the largest bloc in Congress", "in Parliament": an organization's head word alone is the body.
            if cues.locatives.contains(before), after != Cue.possessive, after != Cue.curlyPossessive, !isHolder,
               !(count == 1 && (cues.nonEntities.contains(first) || cues.organizationHeads[first] != nil)) {
                // "near", "toward", "outside" come before places only; "in" and "from" before much else too.
                let confidence = cues.placeOnlyLocatives.contains(before) && !cues.firstNames.contains(context.upperKey(part.lowerBound)) ? 0.75 : 0.5
                return make(part, type: "Place", confidence: confidence, rule: "locative:" + context.word(part.lowerBound - 1), context)
            }
            // An item after a comma is in a list only if the list goes on ("in Addis Ababa, Kaseya said" is none).
            let listGoesOn = before == Cue.and || after == Cue.comma || after == Cue.and || after == Cue.or
            if before == Cue.and || before == Cue.comma, listGoesOn, part.lowerBound - 2 >= sentence.tokens.lowerBound,
               count == 1 || !cues.firstNames.contains(context.upperKey(part.lowerBound)) {
                if let neighbour = context.knownMention(part.lowerBound - 2), schema.family(of: neighbour.type) == "Place",
                   !neighbour.isDemonym {
                    // "in Rotterdam, Breda and Tilburg": a list a preposition of place opens is of places for sure.
                    let opened = isListOpenedByLocative(endingAt: part.lowerBound - 1, in: sentence, context)
                    return make(part, type: "Place", confidence: opened ? 0.75 : 0.5, rule: "list-of-places", context)
                }
                if isListOpenedByLocative(endingAt: part.lowerBound - 1, in: sentence, context) {
                    return make(part, type: "Place", confidence: 0.75, rule: "list-of-places", context)
                }
            }
        }
        // No cue: a candidate that resolution may tie to a known entity.
        if count == 1, isSentenceStart, cues.nonEntities.contains(first) { return nil }
        var candidate = make(part, type: "Person", confidence: 0.3, rule: "candidate", context)
        candidate.source = .candidate
        if part.lowerBound > sentence.tokens.lowerBound {
            if context.lowerKey(part.lowerBound - 1) == Cue.comma, part.lowerBound >= sentence.tokens.lowerBound + 2,
               cues.lowerFamilyNouns.contains(context.lowerKey(part.lowerBound - 2)) {
                candidate.attributes["family"] = context.word(part.lowerBound - 2).lowercased()
            }
        }
        return candidate
    }

    /// Whether the list that the separator at `separator` continues starts right after a preposition of place
    /// and holds a place the gazetteer knows: "in Rotterdam, Breda and Tilburg". Items are capitalized names of
    /// up to three words, separated by commas or "and".
    private func isListOpenedByLocative(endingAt separator: Int, in sentence: Sentence, _ context: Context) -> Bool {
        var k = separator - 1
        var sawKnownPlace = false
        while k > sentence.tokens.lowerBound {
            var words = 0
            while k >= sentence.tokens.lowerBound, context.isNameToken(k), words < 3 {
                if let known = context.knownMention(k), schema.family(of: known.type) == "Place" { sawKnownPlace = true }
                k -= 1
                words += 1
            }
            guard words > 0, k >= sentence.tokens.lowerBound else { return false }
            let word = context.exact(k)
            if cues.locatives.contains(word) { return sawKnownPlace }
            // "the neighborhoods of Villa Independencia, El Olivar and Achupallas".
            if word == Cue.of, k > sentence.tokens.lowerBound, cues.pluralPlaceNouns.contains(context.exact(k - 1)) { return true }
            guard word == Cue.comma || word == Cue.and else { return false }
            k -= 1
        }
        return false
    }

    private func allCapsPart(_ part: Range<Int>, _ context: Context) -> Bool {
        part.allSatisfy { context.article.tokens[$0].shape.contains(.allCaps) }
    }

    /// A lower-case place noun right after a name ("formation", "basin", "state", "village"), up to two words
    /// on ("shale formation"), and the class it gives.
    private func placeNoun(after end: Int, in sentence: Sentence, _ context: Context) -> (word: String, type: String)? {
        var k = end
        while k < min(sentence.tokens.upperBound, end + 2), context.article.tokens[k].kind == .word,
              !context.article.tokens[k].isCapitalized {
            // "Fire near town": a preposition or a conjunction ends the phrase of the name.
            let word = context.exact(k)
            if cues.locatives.contains(word) || word == Cue.of || word == Cue.and || word == Cue.to { return nil }
            // "the Nur Khan air base": a base of the armed forces is a facility, unlike a party's base.
            if word == Cue.base, k > end, Cue.baseKinds.contains(context.exact(k - 1)) { return (context.word(k), "Facility") }
            if let type = cues.placeNouns[word] {
                // "Pará state government", "Pará state officials": then the place noun is no head of the phrase.
                let next = k + 1
                if next < sentence.tokens.upperBound, cues.placeNounModifiees.contains(context.lowerKey(next)) { return nil }
                return (context.word(k), type)
            }
            k += 1
        }
        return nil
    }

    private func make(_ tokens: Range<Int>, type: String, confidence: Double, rule: String, _ context: Context) -> EntityMention {
        let article = context.article
        let range = article.tokens[tokens.lowerBound].range.lowerBound..<article.tokens[tokens.upperBound - 1].range.upperBound
        let text = article.text(of: range)
        return EntityMention(tokens: tokens, range: range, text: text, type: type, label: text,
                             confidence: confidence, source: .pattern, rule: "pattern:" + rule)
    }
}

/// Token hashes of single words the pattern stage compares with (see ``TokenHashes``).
enum Cue {
    /// A saint's abbreviation, which starts places' names ("St. George", "St. Louis").
    static let saint = TokenHashes.hash("St.")
    static let and = TokenHashes.hash("and")
    static let or = TokenHashes.hash("or")
    static let to = TokenHashes.hash("to")
    static let of = TokenHashes.hash("of")
    static let `for` = TokenHashes.hash("for")
    static let the = TokenHashes.hash("the")
    static let comma = TokenHashes.hash(",")
    /// Heads of bodies whose names list their portfolios after "of" or "for" ("Ministry of Economy, Trade and Industry").
    static let listedPortfolioHeads: Set<UInt64> = Set(["Ministry", "Department", "Secretariat"].map { TokenHashes.hash($0) })
    static let hyphen = TokenHashes.hash("-")
    static let based = TokenHashes.hash("based")
    static let possessive = TokenHashes.hash("'s")
    static let curlyPossessive = TokenHashes.hash("’s")
    static let carrier = TokenHashes.hash("carrier")
    static let capital = TokenHashes.hash("capital")
    static let on = TokenHashes.hash("on")
    static let at = TokenHashes.hash("at")
    static let day = TokenHashes.hash("Day")
    static let base = TokenHashes.hash("base")
    static let red = TokenHashes.hash("Red")
    /// The last words of a Red Cross or Red Crescent society's name.
    static let redCrossWords: Set<UInt64> = [TokenHashes.hash("Cross"), TokenHashes.hash("Crescent")]
    /// Words that make "base" after a name a military one: "the Nur Khan air base", "the Hmeimim military base".
    static let baseKinds: Set<UInt64> = Set(["air", "naval", "military", "army", "navy", "missile"].map { TokenHashes.hash($0) })
}

/// The pattern stage's cue words keyed by token hash (see ``TokenHashes``), so that ``PatternMatcher`` compares
/// integers in its per-token loops. Tables named `lower…` match a token's `lowercased()` text and
/// ``firstNames``/``surnames`` its `uppercased()` text (see ``PatternMatcher/Context``); the rest match it as written.
struct CueTables: Sendable {
    let particles, connectors, nonEntities, roleNouns, familyNouns, determiners, campaignHeads, locatives, speechVerbs,
        namingVerbs, openers, relativePronouns, placeOnlyLocatives: WordMap<Bool>
    let organizationHeads: WordMap<(subtype: String, position: PatternLexicon.Position)>
    let placeCues: WordMap<(type: String, position: PatternLexicon.Position)>
    let organizationNouns, lowerOrganizationNouns: WordMap<String>
    let lowerRoleNouns, lowerFamilyNouns, appositionBreaks, headFollowers, firstNames, surnames, holderSuffixes: WordSet
    /// The words of titles ("prosecutor", "general", "mayor"), by upper-case hash.
    let titleWords: WordSet
    /// Services whose districts are bodies ("Health District", "School District"), by upper-case hash.
    let serviceWords = WordSet(PatternMatcher.serviceWords)
    /// Head words of institutions named with a possessive ("Alzheimer's Society", "King's College").
    let possessiveInstitutionHeads: WordMap<Bool>
    /// Nouns that name a ship before its name, and the words that make "carrier" one ("bulk carrier").
    let vesselNouns, vesselKinds, documentNouns, stormWords: WordMap<Bool>
    /// Nouns of aircraft, vehicles and weapons (``PatternMatcher/vehicleNouns``).
    let vehicleNouns: WordMap<Bool>
    /// Lower-case nouns after a name that make it a place, with the class they give.
    let placeNouns: WordMap<String>
    /// Nouns of settlements that name a place with "of" ("the city of Aktau"), besides ``placeNouns``.
    let settlementNouns: WordMap<String>
    /// Plural nouns of places that open a list of them with "of" ("the towns of …").
    let pluralPlaceNouns: WordMap<Bool>
    /// Nouns of a team's players and staff between the team's name and a person's: "Chelsea manager Enzo Maresca",
    /// "Napoli striker Victor Osimhen".
    let teamRoleNouns: WordMap<Bool>
    /// Nouns that head an apposition of a place: "Baramati, the family's stronghold", "Goma, the provincial capital".
    let appositionPlaceNouns: WordMap<String>
    /// Nouns of ``appositionPlaceNouns`` that make a place only in an apposition that opens with a determiner ("Ganabhaban,
    /// the prime minister's official residence"; not "Odinga Jr., followed the coffin from the airport").
    let determinedPlaceNouns: WordSet
    /// Those nouns with the class of the place they make.
    static let determinedPlaceNounTypes = [("residence", "Facility"), ("stadium", "Facility"), ("airport", "Facility"),
                                           ("prison", "Facility"), ("jail", "Facility"), ("camp", "Place"), ("courthouse", "Facility")]
    /// The plural ones among them, and the plural organization nouns: "…, Nawokote and Hokeng Jaya, the villages closest
    /// to the crater", "Digicel and Flow, the two mobile networks".
    let pluralAppositionNouns: WordSet
    /// Nouns that a place noun can modify ("state government"), so that it heads no place name.
    let placeNounModifiees: WordSet
    let titlesByFirstWord: WordMap<[(title: PatternLexicon.Title, hashes: [UInt64])]>

    init(lexicon: PatternLexicon) {
        func exact(_ words: some Sequence<String>) -> WordMap<Bool> { WordMap(words.map { (TokenHashes.hash($0), true) }) }
        particles = exact(PatternMatcher.particles)
        connectors = exact(PatternMatcher.connectors)
        nonEntities = exact(lexicon.nonEntities)
        roleNouns = exact(lexicon.roleNouns)
        familyNouns = exact(PatternMatcher.familyNouns)
        determiners = exact(["a", "an", "the", "its", "his", "her", "their", "another", "one"])
        campaignHeads = exact(["Committee", "Campaign", "Movement", "Alliance", "Coalition"])
        possessiveInstitutionHeads = exact(["Society", "College", "Hospital", "University", "School", "Foundation", "Trust",
                                            "Church", "Cathedral", "Association", "Fund"])
        locatives = exact(PatternMatcher.locatives)
        speechVerbs = exact(PatternMatcher.speechVerbs)
        namingVerbs = exact(["called", "named"])
        openers = exact(["“", "\"", "—", "(", "‘", "'"])
        relativePronouns = exact(["whose", "who", "which", "that"])
        placeOnlyLocatives = exact(["near", "outside", "toward", "towards"])
        organizationHeads = WordMap(lexicon.organizationHeads.map { (TokenHashes.hash($0.key), $0.value) })
        placeCues = WordMap(lexicon.placeCues.map { (TokenHashes.hash($0.key), $0.value) })
        organizationNouns = WordMap(PatternMatcher.organizationNouns.map { (TokenHashes.hash($0.key), $0.value) })
        // A word's lower-case form equals only lower-case entries, and its upper-case form only upper-case ones.
        lowerOrganizationNouns = WordMap(PatternMatcher.organizationNouns.merging(PatternMatcher.pluralOrganizationNouns) { first, _ in first }
            .filter { $0.key == $0.key.lowercased() }.map { (TokenHashes.hash($0.key, upperCased: true), $0.value) })
        lowerRoleNouns = WordSet(lexicon.roleNouns.filter { $0 == $0.lowercased() })
        lowerFamilyNouns = WordSet(PatternMatcher.familyNouns.filter { $0 == $0.lowercased() })
        appositionBreaks = ["of", "who", "which", "that", "at", "for"]
        holderSuffixes = ["held", "controlled", "occupied", "backed", "led", "run", "allied", "aligned", "ruled"]
        vesselNouns = exact(["ship", "vessel", "tanker", "freighter", "frigate", "destroyer", "warship", "yacht", "ferry",
                             "trawler", "submarine", "cruiser", "containership", "icebreaker"])
        vesselKinds = exact(["bulk", "aircraft", "LNG", "car", "container"])
        documentNouns = exact(PatternMatcher.documentNouns)
        stormWords = exact(PatternMatcher.stormWords)
        vehicleNouns = exact(PatternMatcher.vehicleNouns)
        placeNouns = WordMap([
            ("formation", "Place"), ("basin", "Place"), ("oilfield", "Place"), ("gasfield", "Place"), ("crossing", "Place"),
            ("village", "City"), ("town", "City"), ("municipality", "City"), ("region", "Region"), ("province", "Region"),
            ("state", "Region"), ("district", "Region"), ("county", "Region"), ("governorate", "Region"),
            ("palace", "Facility"), ("pipeline", "Facility"), ("pipelines", "Facility"), ("airport", "Facility"),
            ("refinery", "Facility"), ("dam", "Facility"), ("constituency", "Region"), ("neighborhood", "Place"),
            ("neighbourhood", "Place"), ("suburb", "Place"), ("favela", "Place"), ("slum", "Place"), ("township", "Place"),
            ("regency", "Region"),
        ].map { (TokenHashes.hash($0.0), $0.1) })
        placeNounModifiees = ["government", "governor", "officials", "authorities", "police", "council", "assembly",
                              "legislature", "court", "prosecutor", "prosecutors", "company", "media", "television", "news"]
        settlementNouns = WordMap([("city", "City"), ("capital", "City"), ("port", "City"), ("island", "Place"),
                                   ("islands", "Place"), ("enclave", "Region"), ("republic", "Region")]
            .map { (TokenHashes.hash($0.0), $0.1) })
        pluralPlaceNouns = exact(["neighborhoods", "neighbourhoods", "towns", "villages", "cities", "districts", "provinces",
                                  "regions", "suburbs", "islands", "communities", "municipalities", "states", "areas"])
        teamRoleNouns = exact(["manager", "coach", "striker", "midfielder", "defender", "goalkeeper", "keeper", "winger",
                               "playmaker", "quarterback", "pitcher", "batsman", "bowler", "all-rounder", "fullback",
                               "centre-back", "center-back", "full-back"])
        let pluralAppositionNouns = [("villages", "City"), ("towns", "City"), ("cities", "City"), ("municipalities", "City"),
                                ("islands", "Place"), ("neighborhoods", "Place"), ("neighbourhoods", "Place"), ("suburbs", "Place"),
                                ("districts", "Region"), ("provinces", "Region"), ("regions", "Region")]
        appositionPlaceNouns = WordMap([
            ("city", "City"), ("capital", "City"), ("port", "City"), ("town", "City"), ("village", "City"),
            ("municipality", "City"), ("hometown", "City"), ("stronghold", "Place"), ("birthplace", "Place"),
            ("neighborhood", "Place"), ("neighbourhood", "Place"), ("suburb", "Place"), ("island", "Place"),
            ("slum", "Place"), ("township", "Place"), ("shantytown", "Place"), ("favela", "Place"),
            ("enclave", "Region"), ("region", "Region"), ("province", "Region"), ("district", "Region"),
            ("county", "Region"), ("governorate", "Region"), ("estate", "Place"), ("compound", "Place"),
            ("temple", "Facility"), ("shrine", "Facility"), ("mosque", "Facility"), ("church", "Facility"),
            ("cathedral", "Facility"), ("monastery", "Facility"), ("pagoda", "Facility"), ("ruin", "Facility"),
            ("fortress", "Facility"), ("castle", "Facility"), ("palace", "Facility"), ("crossing", "Place"),
            ("valley", "Place"), ("plateau", "Place"), ("peninsula", "Place"), ("oasis", "Place"), ("atoll", "Place"),
        ].map { (TokenHashes.hash($0.0, upperCased: true), $0.1) } + pluralAppositionNouns.map { (TokenHashes.hash($0.0, upperCased: true), $0.1) }
            + Self.determinedPlaceNounTypes.map { (TokenHashes.hash($0.0, upperCased: true), $0.1) })
        determinedPlaceNouns = WordSet(Self.determinedPlaceNounTypes.map(\.0))
        self.pluralAppositionNouns = WordSet(pluralAppositionNouns.map(\.0) + PatternMatcher.pluralOrganizationNouns.keys)
        headFollowers = [
            "of", ",", ".", "at", "for", "who", "with", "in", "and", "said", "based", "funded", "which", "that", "run", "owned",
            ")", "—", "loyal", "close", "linked", "allied", "led", "behind", "known", "north", "south", "east", "west",
            "northeast", "northwest", "southeast", "southwest", "north-east", "north-west", "south-east", "south-west", "where",
            "from", "on",
        ]
        titleWords = WordSet(Set(lexicon.titles.flatMap(\.words)))
        firstNames = WordSet(lexicon.firstNames.filter { $0 == $0.uppercased() })
        surnames = WordSet(lexicon.surnames.filter { $0 == $0.uppercased() })
        titlesByFirstWord = WordMap(lexicon.titlesByFirstWord.map { ($0.key, $0.value) })
    }
}
