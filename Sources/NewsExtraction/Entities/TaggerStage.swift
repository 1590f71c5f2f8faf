import Foundation
import KnowledgeGraph
import NewsTagger
import NewsText

/// Combines the statistical name tagger with the gazetteer and pattern mentions.
///
/// The rules, in order: a gazetteer name, or a pattern match with a strong cue (a title, a role, an
/// organization head word; confidence ≥ ``Options/strongPattern``), is sure and wins, unless the tagger reads
/// it as part of a longer name ("the Hong Kong Open", "the UEFA Cup") or, confidently, as another kind of
/// name (a city that is a sports team, "Jordan said"); see ``Options``. The tagger fills in names nothing
/// else found, and replaces weak pattern guesses and bare candidates it overlaps; where it is sure a weak
/// guess or a candidate is no name at all (every token `O` with confidence ≥ ``Options/veto``), the guess is
/// dropped. MISC spans (events, nationalities, titles of works) come back with type ``miscellaneous``:
/// they count for `tag --conll` and make no nodes.
public struct TaggerStage: Sendable {
    /// Thresholds of the combination.
    public struct Options: Sendable {
        /// Pattern mentions at least this sure are kept over the tagger.
        public var strongPattern: Double = EntityMention.strongPatternConfidence
        /// The tagger's per-token confidence above which an `O` vetoes a weak pattern mention or a candidate.
        public var veto: Double = 0.9
        /// The tagger's confidence above which it overrides a gazetteer person or organization, or a strong
        /// pattern match, that it reads as another kind of name.
        public var override: Double = 0.9
        /// The tagger's confidence above which it overrides a gazetteer place it reads as a person, organization
        /// or other name ("Jordan said", "NEW YORK beat Boston", "the U.S. Open"): places are the most
        /// ambiguous gazetteer names, so the tagger's context weighs more there.
        public var placeOverride: Double = 0.35
        /// The tagger's confidence above which a longer name it reads around a gazetteer name or a strong pattern
        /// match ("the Hong Kong Open", "the UEFA Cup") replaces it: a name inside a longer one is not the
        /// entity the text is about, and the tagger sees the gazetteer marks among its features already.
        public var longerNameOverride: Double = 0.1
        /// The default thresholds.
        public static let `default` = Options()
    }

    /// The trained tagger.
    public let tagger: NameTagger
    /// The combination's thresholds.
    public var options: Options
    /// Words that are titles or never names: a tagger span of only such words is dropped.
    let notNames: WordSet
    /// Faiths, which start organizations' names and end others ("Roman Catholic"), so are on no list of words that are
    /// never names, but are no name alone ("most of the girls are Muslim").
    let faithWords: WordSet
    /// Joining words a tagger span may not end with ("Sea of").
    let joiningWords: WordSet
    /// Title words, never part of a person's name ("Lt. Gen. Ahmed Sharif Chaudhry" is Ahmed Sharif Chaudhry).
    let titleWords: WordSet
    /// Lower-case role nouns ("firefighter", "nurse"), by upper-case hash: one capitalized at a sentence's start is
    /// what a person is, like a title.
    let roleNouns: WordSet
    /// Organization head words, no name on their own ("the Ministry said").
    let headWords: WordSet
    /// Lower-case words that join the parts of a name ("do", "van", "bin"), and ``italianArticles``.
    let particles: WordSet
    /// Italian articles that join the parts of an organization's or a place's name, not a person's ("Ferrovie dello
    /// Stato Italiane", "Istituto degli Innocenti").
    let italianArticles: WordSet
    /// Nouns of programmes and plans named for something ("the Ladki Bahin scheme"), by upper-case hash.
    let programNouns: WordSet
    /// Spanish plural articles ("Los", "Las"), by upper-case hash.
    let pluralArticles: WordSet
    /// English articles, by upper-case hash.
    let articles: WordSet
    /// Prepositions that start a sentence before a name ("Near Maitighar, …"), by upper-case hash.
    let leadingPrepositions: WordSet
    /// The names of the months and of the days of the week, by upper-case hash.
    let calendarWords: WordSet
    /// "of" and "on", by upper-case hash.
    let ofOrOn: WordSet
    /// Prepositions that place what follows them ("in", "from", "near"), and those that are never said of an
    /// organization ("in", "near"), by upper-case hash.
    let placePrepositions, strictPlacePrepositions: WordSet
    /// Nouns that end the names of facilities and natural features, never an organization's, by upper-case hash.
    let placeNouns: WordSet
    /// Nouns of institutions that end their names ("Hospital", "University"), by upper-case hash.
    let institutionNouns = WordSet(["hospital", "university", "college", "institute", "academy", "clinic"])
    /// Nouns of districts, and the services whose districts are bodies (``PatternMatcher/serviceWords``).
    let districtNouns = WordSet(["district", "districts"])
    let serviceWords = WordSet(PatternMatcher.serviceWords)
    /// Plural nouns of regions ("Cumilla and Noakhali districts"), by upper-case hash.
    let pluralRegionNouns = WordSet(["districts", "counties", "provinces", "states", "regions", "municipalities", "prefectures"])
    /// Nouns of laws and treaties that end their names ("Finance Bill", "Abraham Accords"), by upper-case hash.
    let documentNouns: WordSet
    /// Words before a product's name that say whose it is ("whose", "its", "'s"), and nouns of products after it.
    let ownerWords: WordSet
    let productNouns: WordSet
    /// Verbs of writing for others to read, before "on" and a platform's name, by upper-case hash.
    let postingVerbs = WordSet(["wrote", "writes", "write", "writing", "posted", "posts", "post", "posting", "tweeted", "shared",
                                "published"])
    /// Nouns of aircraft, vehicles and weapons (``PatternMatcher/vehicleNouns``), by upper-case hash.
    let vehicleNouns = WordSet(PatternMatcher.vehicleNouns)
    /// The first names and surnames of the census lists, upper case.
    let personalNames: WordSet
    /// The classes that organization head words give a name they end (``PatternLexicon/organizationHeads`` at the end), or
    /// start before "of" or "for", by upper-case hash; only heads of a class narrower than Organization's, and not those
    /// that end other names too ("Air" of "King Air", "Group", "Standard").
    let headClasses: (endings: WordMap<String>, starts: WordMap<String>)

    /// A stage over `tagger`; `lexicon` supplies the title words a tagger span may not consist of.
    public init(tagger: NameTagger, lexicon: PatternLexicon = PatternLexicon(), options: Options = .default) {
        self.tagger = tagger
        self.options = options
        var words = Set(lexicon.nonEntities.map { $0.lowercased() })
        let titles = Set(lexicon.titles.flatMap(\.words))
        words.formUnion(titles)
        titleWords = WordSet(titles)
        roleNouns = WordSet(lexicon.roleNouns.filter { $0 == $0.lowercased() })
        headWords = WordSet(lexicon.organizationHeads.keys.map { $0.lowercased() })
        let specific = lexicon.organizationHeads.filter { $0.value.subtype != "Organization" && !Self.ambiguousHeads.contains($0.key) }
            .sorted { $0.key < $1.key }
        headClasses = (WordMap(specific.filter { $0.value.position != .start }.map { (TokenHashes.hash($0.key, upperCased: true), $0.value.subtype) }),
                       WordMap(specific.filter { $0.value.position != .end }.map { (TokenHashes.hash($0.key, upperCased: true), $0.value.subtype) }))
        let italian: Set<String> = ["dello", "degli", "delle", "dei"]
        particles = WordSet(PatternMatcher.particles.union(italian))
        italianArticles = WordSet(italian)
        programNouns = WordSet(["SCHEME", "SCHEMES", "PROGRAM", "PROGRAMME", "INITIATIVE", "PLAN", "PROJECT", "DOCTRINE",
                                "STRATEGY", "POLICY", "YOJANA", "FUND", "ACT", "LAW", "BILL", "DEAL", "ACCORD", "FORMULA"])
        documentNouns = WordSet(PatternMatcher.documentNouns)
        pluralArticles = WordSet(["los", "las"])
        articles = WordSet(["the", "a", "an"])
        leadingPrepositions = WordSet(["in", "at", "near", "from", "across", "toward", "towards", "along", "through", "throughout",
                                       "behind", "beside", "around", "amid", "during", "after", "before", "since", "despite",
                                       "upon", "onto", "into", "among", "between", "against", "within", "on", "outside"])
        ofOrOn = WordSet(["of", "on"])
        placePrepositions = WordSet(PatternMatcher.locatives.union(["at", "inside"]))
        strictPlacePrepositions = WordSet(["in", "near", "outside", "inside"])
        placeNouns = WordSet(["airport", "airfield", "dam", "bridge", "volcano", "ravine", "strait", "island", "islands", "peninsula", "mountains",
                              "valley", "canyon", "glacier", "lagoon", "zone", "capitol", "lodge", "hotel", "motel", "stadium", "avenue",
                              "lane", "fort", "basilica", "cathedral", "mosque", "penitentiary", "prison"])
        calendarWords = WordSet(["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
                                 "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])
        ownerWords = WordSet(["whose", "its", "their", "'s", "’s"])
        productNouns = WordSet(["chip", "chips", "processor", "processors", "phone", "phones", "smartphone", "smartphones",
                                "jet", "jets", "aircraft", "drone", "drones", "missile", "missiles", "car", "cars",
                                "vehicle", "vehicles", "vaccine", "vaccines", "software", "app", "apps", "engine", "engines"])
        personalNames = WordSet(lexicon.firstNames.union(lexicon.surnames).filter { $0 == $0.uppercased() })
        words.formUnion(["state", "national", "federal", "health", "foreign", "energy", "defense", "defence", "interior",
                         "northern", "southern", "eastern", "western", "central", "north", "south", "east", "west"])
        notNames = WordSet(words)
        faithWords = WordSet(["muslim", "muslims", "christian", "christians", "catholic", "catholics", "jewish", "sikh", "sikhs",
                              "hindu", "hindus", "protestant", "sunni", "shia", "shiite"])
        joiningWords = ["of", "and", "the", "for", "de"]
    }

    /// `previous` (gazetteer and pattern mentions) combined with the tagger's names for `article`.
    public func combine(_ previous: [EntityMention], in article: Article) -> [EntityMention] {
        var session = tagger.makeSession()
        return combine(previous, in: article, hashes: TokenHashes(article: article), session: &session)
    }

    /// `previous` combined with the tagger's names for `article`, reusing its token hashes and tagging in
    /// `session` (a session of ``tagger``), which makes a batch of articles faster to tag.
    public func combine(_ previous: [EntityMention], in article: Article, hashes: TokenHashes,
                        session: inout NameTagger.Session) -> [EntityMention] {
        guard !article.sentences.isEmpty else { return previous }
        let tags = session.tag(utf8: article.cleanText, tokens: article.tokens.map(\.range), sentences: article.sentences.map(\.tokens))
        // Words the article's body writes capitalized, for names the tagger reads in an all-capitals headline (its
        // first sentence; all-capitals tables further on name what the body may not).
        // A sentence's first word is capitalized by its place ("Bird flu has been found …"), so it tells nothing; and
        // the pairs of neighbouring words of which one is capitalized, so that a headline's "Colorado Dairy" needs
        // "Colorado Dairy" in the body, not "Colorado" and "Dairy Farmers" apart.
        var body = BodyNames()
        var headline = 0..<0
        if let position = article.headlinePosition, case let first = article.sentences[position] {
            headline = first.tokens
            body.checksPairs = !first.isAllCaps
            for sentence in article.sentences.dropFirst(position + 1) where !sentence.isAllCaps {
                for index in sentence.tokens where article.tokens[index].isCapitalized {
                    if index > sentence.tokens.lowerBound { body.words.insert(hashes.upper[index]) }
                    guard body.checksPairs else { continue }
                    if index > sentence.tokens.lowerBound { body.pairs.insert(BodyNames.pair(hashes.upper[index - 1], hashes.upper[index])) }
                    if index + 1 < sentence.tokens.upperBound { body.pairs.insert(BodyNames.pair(hashes.upper[index], hashes.upper[index + 1])) }
                }
            }
        }
        let taggerSpans = joinedAcrossParticles(splitAtDisjunctions(spans(tags), in: article, hashes: hashes), in: article, hashes: hashes)
            .compactMap { name(in: extendedOverAnd($0, tags: tags, in: article, hashes: hashes), of: article, hashes: hashes,
                               headline: headline, body: body) }

        // The tagger overrides a sure rule name (a gazetteer name, a strong pattern) whose span it covers when it
        // reads it as part of a longer name ("the Hong Kong Open", "the UEFA Cup") or as another kind of name
        // ("Jordan said", "NEW YORK beat Boston"): see ``Options``.
        var taggerOwner = [Int32](repeating: -1, count: article.tokens.count)
        for (index, span) in taggerSpans.enumerated() {
            for token in span.tokens { taggerOwner[token] = Int32(index) }
        }
        // Mentions are read through their indices: iterating over them would copy each, with all its strings.
        var overridden = [Bool](repeating: false, count: previous.count)
        var readAsOther: [(index: Int, asPlace: Bool)] = []
        for index in previous.indices where isSure(previous[index].source, confidence: previous[index].confidence) {
            let tokens = previous[index].tokens
            let owner = taggerOwner[tokens.lowerBound]
            guard owner >= 0, case let tagged = taggerSpans[Int(owner)], tagged.tokens.lowerBound <= tokens.lowerBound,
                  tagged.tokens.upperBound >= tokens.upperBound else { continue }
            // A people's name is overridden only inside a person's name the tagger reads around it ("Viorel
            // Moldovan", a Romanian footballer), as surely as a place would be.
            if previous[index].isDemonym {
                if tagged.type == .person, tagged.tokens != tokens, tagged.confidence >= options.placeOverride * 0.85 { overridden[index] = true }
                continue
            }
            // "Justice Alexandre de Moraes": titles before a sure person's name make no longer name.
            if isTitled(previous[index], by: tagged, in: article, hashes: hashes) { continue }
            // Compared with the tagger's type, whose raw value is its CoNLL family.
            let family = Self.conllFamily(of: previous[index].type)
            // "Sinaloa Governor Rubén Rocha Moya": a place before an official's title is the office's place.
            if family == "LOC", previous[index].source == .gazetteer, tokens.upperBound < article.tokens.count,
               article.tokens[tokens.upperBound].isCapitalized, titleWords.contains(hashes.upper[tokens.upperBound]) {
                continue
            }
            // "Lang Nu, a village of 35 households", "Ta Muen Thom, an 11th-century Hindu temple": an apposition says what
            // the name is, whatever the tagger reads.
            if tagged.tokens == tokens, previous[index].rule.hasPrefix(PatternMatcher.appositionRule) { continue }
            let threshold: Double
            if tagged.tokens != tokens {
                threshold = options.longerNameOverride
            } else if tagged.type.rawValue != family {
                // A country or a geographic feature read as an organization ("urged the Philippines to stop", "boats
                // away from Scarborough Shoal") is nearly always still the place in news, unlike a city ("NEW YORK
                // beat Boston"): that takes the tagger's surest reading.
                // Nor is a city after a preposition of place ("a teacher from Lyon", "a clinic in Nice").
                let isPlace = family == "LOC" && previous[index].source == .gazetteer
                    && !((previous[index].type == "Country" || previous[index].type == "Place") && tagged.type == .organization)
                    && !(tagged.type == .organization && followsPlacePreposition(tokens.lowerBound, in: article, hashes: hashes))
                threshold = isPlace ? options.placeOverride : options.override
            } else {
                continue
            }
            if tagged.confidence >= threshold * 0.85 {
                overridden[index] = true
                let bodyReadOtherwise = family == "ORG" && (tagged.type == .person || tagged.type == .location)
                let placeReadAsBody = family == "LOC" && tagged.type == .organization && tagged.confidence < 0.75
                    && !isTableEntry(tokens, in: article)
                if previous[index].source == .gazetteer, tagged.tokens == tokens, bodyReadOtherwise || placeReadAsBody {
                    readAsOther.append((index, tagged.type == .location))
                }
            }
        }
        // A gazetteer name the tagger reads as another kind of name in one place and leaves to the gazetteer elsewhere in
        // the document is the gazetteer's there too: a party read as a person ("Thackeray's Shiv Sena"), a body named by
        // its seat read as a place ("Kremlin spokesman Dmitry Peskov"), a city or a region read as an organization
        // ("before leaving Nouméa", "Tigray's interim government").
        if !readAsOther.isEmpty {
            var kept = Set<String>()
            for index in previous.indices where previous[index].source == .gazetteer && !overridden[index] {
                kept.insert(previous[index].text)
            }
            // "a second term in the White House": after a preposition of place the seat is the place.
            for (index, asPlace) in readAsOther where kept.contains(previous[index].text)
                && !(asPlace && followsPreposition(previous[index].tokens.lowerBound, in: article, hashes: hashes)) {
                overridden[index] = false
            }
        }
        // For each token, the sure mention covering it (index into `previous`), or -1.
        var sureOwner = [Int32](repeating: -1, count: article.tokens.count)
        for index in previous.indices where isSure(previous[index].source, confidence: previous[index].confidence) && !overridden[index] {
            for token in previous[index].tokens { sureOwner[token] = Int32(index) }
        }
        var covered = [Bool](repeating: false, count: article.tokens.count)
        // What is kept: (from the tagger?, index), put in text order at the end.
        var kept: [(fromTagger: Bool, index: Int, start: Int)] = []
        for (position, span) in taggerSpans.enumerated() {
            // Where a sure mention is, the tagger may only add an organization that contains it whole
            // ("Indian Council of Medical Research" around "Indian").
            let containsEverySureMention = span.tokens.allSatisfy { token in
                let owner = sureOwner[token]
                guard owner >= 0 else { return true }
                let tokens = previous[Int(owner)].tokens
                return span.type == .organization && !isTitled(previous[Int(owner)], by: span, in: article, hashes: hashes) && tokens.lowerBound >= span.tokens.lowerBound
                    && tokens.upperBound <= span.tokens.upperBound && tokens != span.tokens
                    // "The Commerce Department said": an article before the sure name makes no longer one.
                    && !(tokens.upperBound == span.tokens.upperBound && tokens.lowerBound == span.tokens.lowerBound + 1
                         && articles.contains(hashes.upper[span.tokens.lowerBound]))
            }
            if !containsEverySureMention { continue }
            kept.append((true, position, span.tokens.lowerBound))
            for token in span.tokens { covered[token] = true }
        }
        for index in previous.indices where !overridden[index] {
            let tokens = previous[index].tokens
            if isSure(previous[index].source, confidence: previous[index].confidence) {
                kept.append((false, index, tokens.lowerBound))
                continue
            }
            // A weak guess the tagger replaced, or one it is sure is no name.
            if tokens.contains(where: { covered[$0] }) { continue }
            let vetoed = tokens.allSatisfy { token in
                tags[token].isOutside && tags[token].confidence >= options.veto
            }
            if vetoed { continue }
            kept.append((false, index, tokens.lowerBound))
        }
        kept.sort { $0.start < $1.start }
        var combined: [EntityMention] = []
        combined.reserveCapacity(kept.count)
        for item in kept {
            combined.append(item.fromTagger ? taggerSpans[item.index].mention(in: article) : previous[item.index])
        }
        readListsOfPlacesAsPlaces(&combined, in: article, hashes: hashes)
        readPlatformsAsOrganizations(&combined, hashes: hashes)
        unifyReadings(of: &combined, in: article, hashes: hashes)
        typeOrganizationsByHead(&combined, in: article, hashes: hashes)
        return combined
    }

    /// "the opposition Bangladesh Nationalist Party", "Ministry of Economy, Trade and Industry": an organization the tagger
    /// found is of the class its head word gives (``headClasses``), at its end or at its start before "of" or "for".
    private func typeOrganizationsByHead(_ mentions: inout [EntityMention], in article: Article, hashes: TokenHashes) {
        for index in mentions.indices where mentions[index].source == .tagger && mentions[index].type == "Organization" {
            let tokens = mentions[index].tokens
            // A head in lower case may be no part of the name ("the BJP office").
            guard tokens.count >= 2, article.tokens[tokens.upperBound - 1].isCapitalized else { continue }
            let head = headClasses.endings[hashes.upper[tokens.upperBound - 1]]
                ?? (tokens.count >= 3 && (hashes.upper[tokens.lowerBound + 1] == Self.of || hashes.upper[tokens.lowerBound + 1] == Self.for)
                    ? headClasses.starts[hashes.upper[tokens.lowerBound]] : nil)
            if let head { mentions[index].type = head }
        }
    }

    /// "were under water in Talisay and Liloan", "in Malindi, Magarini and Kilifi": a name the tagger reads as a
    /// person's or an organization's in a list of places after a preposition that places nothing else ("in",
    /// "near") is a place too. The list goes on over commas, "and" and "or" from one name to the next.
    private func readListsOfPlacesAsPlaces(_ mentions: inout [EntityMention], in article: Article, hashes: TokenHashes) {
        var inList = false
        for index in mentions.indices {
            let tokens = mentions[index].tokens
            let isPlace = Self.conllFamily(of: mentions[index].type) == "LOC" && !mentions[index].isDemonym
            let joiner = tokens.lowerBound > 0 ? hashes.upper[tokens.lowerBound - 1] : 0
            let joined = index > 0 && inList && mentions[index - 1].tokens.upperBound == tokens.lowerBound - 1
                && (joiner == Self.and || joiner == Self.or || joiner == Self.comma)
            // After a comma, a name may be in apposition ("in Pretoria, Marc Dillard, to …"): only one the list goes on
            // after, to another name, is read as a place. After "and", a person's name may start a clause of its own
            // ("in Paris and Macron said"): only one that ends the list, before punctuation or a preposition, is.
            let next = tokens.upperBound < article.tokens.count ? hashes.upper[tokens.upperBound] : 0
            let listGoesOn = next == Self.and || next == Self.or
                || next == Self.comma && tokens.upperBound + 1 < article.tokens.count && article.tokens[tokens.upperBound + 1].isCapitalized
            if joined, !isPlace, mentions[index].source == .tagger, joiner != Self.comma || listGoesOn,
               mentions[index].type == "Organization" || mentions[index].type == "Person" && endsList(at: tokens.upperBound, in: article, hashes: hashes) {
                mentions[index].type = "Place"
                mentions[index].rule = "tagger:LOC+list"
                continue
            }
            inList = isPlace && (joined || followsPlacePreposition(tokens.lowerBound, strictly: true, in: article, hashes: hashes))
        }
    }

    /// "wrote on Telegram", "posted on Truth Social": where one posts is a platform, an organization, though the tagger
    /// reads a place after "on" (a gazetteer's place stays one: "wrote on Ukraine").
    private func readPlatformsAsOrganizations(_ mentions: inout [EntityMention], hashes: TokenHashes) {
        for index in mentions.indices where mentions[index].source == .tagger && mentions[index].type == "Place" {
            let start = mentions[index].tokens.lowerBound
            guard start >= 2, hashes.upper[start - 1] == Self.on, postingVerbs.contains(hashes.upper[start - 2]) else { continue }
            mentions[index].type = "Organization"
            mentions[index].rule = "tagger:ORG+platform"
        }
    }

    /// Whether token `index` ends a list of names: it is punctuation or a preposition, or the text ends before it.
    private func endsList(at index: Int, in article: Article, hashes: TokenHashes) -> Bool {
        index >= article.tokens.count || article.tokens[index].kind == .punctuation || leadingPrepositions.contains(hashes.upper[index])
    }

    /// Gives every name the tagger found the same type wherever the document writes it: the type it read with the
    /// most confidence over all its places ("Worldport" read as an organization once and as a place twice is the
    /// place), a place after "in" or "near" counting twice ("assembled in Renton" over "the Renton factory"), and any
    /// reading of one word after a compass point and "of" counting twice as a place ("west of Austin").
    /// One name is one thing in a news report; its nodes would be split otherwise.
    private func unifyReadings(of mentions: inout [EntityMention], in article: Article, hashes: TokenHashes) {
        // Keyed by the hash of the name's words as written, which the tokens have already; 0 for no reading of an actor.
        var keys = [UInt64](repeating: 0, count: mentions.count)
        var readings: [UInt64: (person: Double, place: Double, organization: Double)] = [:]
        var conflicting = false
        for index in mentions.indices where mentions[index].source == .tagger {
            let confidence = mentions[index].confidence
            let key = mentions[index].tokens.reduce(0) { ($0 &* 0x100_0000_01B3) ^ hashes.exact[$1] }
            var reading = readings[key, default: (0, 0, 0)]
            let afterCompass = mentions[index].tokens.count == 1 && followsCompassOf(mentions[index].tokens.lowerBound, hashes: hashes)
            switch mentions[index].type {
            case "Person" where afterCompass, "Organization" where afterCompass:
                // "west of Austin": a name after a compass point and "of" is a place's, surely.
                reading.place += 2 * confidence
                conflicting = true
            case "Person": reading.person += confidence
            case "Place":
                reading.place += afterCompass || followsPlacePreposition(mentions[index].tokens.lowerBound, strictly: true, in: article, hashes: hashes)
                    ? 2 * confidence : confidence
            case "Organization": reading.organization += confidence
            default: continue
            }
            keys[index] = key
            conflicting = conflicting || (reading.person > 0 ? 1 : 0) + (reading.place > 0 ? 1 : 0) + (reading.organization > 0 ? 1 : 0) > 1
            readings[key] = reading
        }
        guard conflicting else { return }
        for index in mentions.indices where keys[index] != 0 {
            guard let reading = readings[keys[index]] else { continue }
            let type: String
            if reading.person >= reading.place && reading.person >= reading.organization {
                type = "Person"
            } else {
                type = reading.place >= reading.organization ? "Place" : "Organization"
            }
            guard mentions[index].type != type else { continue }
            mentions[index].type = type
            mentions[index].rule = "tagger:" + Self.conllFamily(of: type) + "+document"
        }
    }

    /// Whether a name is written in capitals or followed by a number, as a team is in a table of results ("NEW YORK 74
    /// 59"), where a city's name is the team's however the rest of the document reads it.
    private func isTableEntry(_ tokens: Range<Int>, in article: Article) -> Bool {
        if article.tokens[tokens.lowerBound].shape.contains(.allCaps) { return true }
        guard tokens.upperBound < article.tokens.count, case let next = article.tokens[tokens.upperBound].range.lowerBound else { return false }
        return article.cleanText[next] >= UInt8(ascii: "0") && article.cleanText[next] <= UInt8(ascii: "9")
    }

    /// Whether a preposition that places things ("in", "from", "near"; with `strictly`, only those that place nothing
    /// but places: "in", "near", "inside", "outside") comes right before token `index`, in lower case.
    private func followsPlacePreposition(_ index: Int, strictly: Bool = false, in article: Article, hashes: TokenHashes) -> Bool {
        guard index > 0, !article.tokens[index - 1].isCapitalized else { return false }
        return (strictly ? strictPlacePrepositions : placePrepositions).contains(hashes.upper[index - 1])
    }

    /// Whether a compass point and "of" come right before token `index` ("west of Austin", "northeast of Kerrville").
    private func followsCompassOf(_ index: Int, hashes: TokenHashes) -> Bool {
        index >= 2 && hashes.upper[index - 1] == Self.of && Self.compassPoints.contains(hashes.upper[index - 2])
    }

    /// Compass points, by upper-case hash.
    static let compassPoints = WordSet(["north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
                                        "north-east", "north-west", "south-east", "south-west"])

    /// Whether a preposition ("in", "at", "outside"), with or without "the", comes right before token `index`.
    private func followsPreposition(_ index: Int, in article: Article, hashes: TokenHashes) -> Bool {
        var k = index - 1
        if k >= 0, articles.contains(hashes.upper[k]) { k -= 1 }
        return k >= 0 && leadingPrepositions.contains(hashes.upper[k])
    }

    /// Whether the tagger's `span` is a sure person's name `mention` with only titles before it ("Justice Alexandre
    /// de Moraes", "Supreme Leader Ayatollah Ali Khamenei", "Army Chief of Staff Gen. Park An-su", read as an
    /// organization's name), or a role noun that opens the sentence ("Firefighter Cristóbal Muñoz") or follows an
    /// article ("the Amir Sheikh Tamim bin Hamad Al Thani").
    private func isTitled(_ mention: EntityMention, by span: Span, in article: Article, hashes: TokenHashes) -> Bool {
        guard span.tokens.upperBound == mention.tokens.upperBound, span.tokens.lowerBound < mention.tokens.lowerBound,
              Self.conllFamily(of: mention.type) == "PER" else { return false }
        if span.tokens.count == mention.tokens.count + 1, roleNouns.contains(hashes.upper[span.tokens.lowerBound]),
           article.startsSentence(span.tokens.lowerBound) {
            return true
        }
        let afterArticle = span.tokens.lowerBound > 0 && articles.contains(hashes.upper[span.tokens.lowerBound - 1])
        return (span.tokens.lowerBound..<mention.tokens.lowerBound).allSatisfy { index in
            let token = article.tokens[index]
            // The full stop of an abbreviated title ("Gen.") is a token of its own.
            return (token.isCapitalized || index > span.tokens.lowerBound)
                    && (titleWords.contains(hashes.upper[index]) || afterArticle && roleNouns.contains(hashes.upper[index]))
                || token.kind == .punctuation && index > span.tokens.lowerBound && article.cleanText[token.range.lowerBound] == UInt8(ascii: ".")
        }
    }

    /// Whether a lower-case plural noun of regions ("districts", "counties") follows `index`, past the other names of
    /// a list ("and Noakhali", ", Dawson and Lubbock").
    private func precedesPluralRegionNoun(_ index: Int, in article: Article, hashes: TokenHashes) -> Bool {
        var k = index
        while k < article.tokens.count, k < index + 6 {
            let token = article.tokens[k], word = hashes.upper[k]
            if token.kind == .word, !token.isCapitalized, word != Self.and { return pluralRegionNouns.contains(word) }
            if token.kind != .word, word != Self.comma { return false }
            k += 1
        }
        return false
    }

    /// The upper-case hashes of "and" and ",".
    private static let and = TokenHashes.hash("and", upperCased: true), comma = TokenHashes.hash(",", upperCased: true)
    private static let `for` = TokenHashes.hash("for", upperCased: true)
    /// Organization head words that end names of other things too.
    /// (The same as `AMBIGUOUS_HEADS` of `Ontology/scripts/harvest_corpus_names.py`, which types the corpus names so.)
    private static let ambiguousHeads: Set<String> = ["Air", "Group", "Popular", "Standard", "Post", "International", "Watch", "Times",
                                                      "Bank", "Service", "Aviation"]

    /// `spans` with a name the tagger reads across a lower-case "or" cut in two: "grab Mercantile or Commerce" names
    /// two banks; no name is made of two joined by "or". So is one across a lower-case "and" between two names of
    /// two words or more that share a word: "Central Tapanuli and South Tapanuli", "Los Lobos and Los Choneros" are
    /// lists ("Department of Health and Human Services", "Trinidad and Tobago" are names).
    private func splitAtDisjunctions(_ spans: [Span], in article: Article, hashes: TokenHashes) -> [Span] {
        guard spans.contains(where: { $0.tokens.count >= 3 }) else { return spans }
        var split: [Span] = []
        split.reserveCapacity(spans.count)
        for span in spans {
            var start = span.tokens.lowerBound
            for index in span.tokens where index > start && index + 1 < span.tokens.upperBound
                && (hashes.upper[index] == Self.or || hashes.upper[index] == Self.and && joinsTwoNames(start..<index, (index + 1)..<span.tokens.upperBound, in: article, hashes: hashes))
                && !article.tokens[index].isCapitalized {
                split.append(Span(tokens: start..<index, type: span.type, confidence: span.confidence))
                start = index + 1
            }
            split.append(Span(tokens: start..<span.tokens.upperBound, type: span.type, confidence: span.confidence))
        }
        return split
    }

    /// `span`, an organization's name, with the capitalized word and the "and" before it that the tagger leaves out:
    /// "its Belt and Road Initiative", read as "Road Initiative". Not a word that opens the sentence, nor a title's
    /// or a word no name is made of ("Chairman and Chief Executive"), nor one after another capitalized word, nor before
    /// a name with an "and" of its own ("Procter and Gamble and Johnson & Johnson" is a list).
    private func extendedOverAnd(_ span: Span, tags: [TaggedToken], in article: Article, hashes: TokenHashes) -> Span {
        let start = span.tokens.lowerBound, word = start - 2
        guard span.type == .organization, word >= 1, hashes.upper[start - 1] == Self.and, !article.tokens[start - 1].isCapitalized,
              article.tokens[word].kind == .word, article.tokens[word].isCapitalized, tags[word].isOutside,
              !article.tokens[word - 1].isCapitalized, article.tokens[word - 1].kind == .word,
              !notNames.contains(hashes.upper[word]), !calendarWords.contains(hashes.upper[word]),
              !span.tokens.contains(where: { hashes.upper[$0] == Self.and }) else { return span }
        var extended = span
        extended.tokens = word..<span.tokens.upperBound
        return extended
    }

    /// Whether the words `before` and `after` an "and" are two names of a list: two capitalized words or more each,
    /// with "and" in neither, and a capitalized word in both.
    private func joinsTwoNames(_ before: Range<Int>, _ after: Range<Int>, in article: Article, hashes: TokenHashes) -> Bool {
        guard before.count >= 2, after.count >= 2,
              !before.contains(where: { hashes.upper[$0] == Self.and }), !after.contains(where: { hashes.upper[$0] == Self.and }) else { return false }
        for index in before where article.tokens[index].isCapitalized {
            if after.contains(where: { article.tokens[$0].isCapitalized && hashes.upper[$0] == hashes.upper[index] }) { return true }
        }
        return false
    }

    /// The upper-case hash of "or".
    private static let or = TokenHashes.hash("or", upperCased: true)
    /// The upper-case hashes of "national" and "park" ("Jasper National Park"; a park alone may be a stadium's).
    private static let national = TokenHashes.hash("national", upperCased: true), park = TokenHashes.hash("park", upperCased: true)
    /// "ON", by upper-case hash ("wrote on Telegram").
    private static let on = TokenHashes.hash("on", upperCased: true)
    /// "OF", by upper-case hash ("the Emir of Qatar").
    private static let of = TokenHashes.hash("of", upperCased: true)

    /// `spans` with two names of one type that only name particles part joined into one: the tagger reads
    /// "São Félix do Xingu" and "Frigorífico Vale do Xingu" as two names each, rules and readers as one. Two
    /// names the tagger reads as people's that an Italian article joins are an organization's name.
    private func joinedAcrossParticles(_ spans: [Span], in article: Article, hashes: TokenHashes) -> [Span] {
        var joined: [Span] = []
        joined.reserveCapacity(spans.count)
        for span in spans {
            let gap = joined.last.map { $0.tokens.upperBound..<span.tokens.lowerBound } ?? 0..<0
            if let last = joined.last, last.type == span.type, !gap.isEmpty, gap.count <= 2,
               gap.allSatisfy({ particles.contains(hashes.upper[$0]) && article.tokens[$0].kind == .word
                   && !article.tokens[$0].isCapitalized }) {
                joined[joined.count - 1].tokens = last.tokens.lowerBound..<span.tokens.upperBound
                joined[joined.count - 1].confidence = min(last.confidence, span.confidence)
                if span.type == .person, gap.contains(where: { italianArticles.contains(hashes.upper[$0]) }) {
                    joined[joined.count - 1].type = .organization
                }
            } else {
                joined.append(span)
            }
        }
        return joined
    }

    /// The name in a tagger span, or nil when it holds none. A person's name starts after the titles before it
    /// ("Lt. Gen. Ahmed Sharif Chaudhry"); a name is not only title words ("State Health Commissioner"), does
    /// not end in one ("EU Energy") or in a joining word ("Sea of"), and is not a lone organization head word
    /// ("Ministry"). Words compare by the hash of their upper-cased spelling.
    ///
    /// A name read in an all-capitals or title-case `headline` keeps only the words at its ends that the article's
    /// body also capitalizes, past a sentence's first word (`body`): "LULA DEFENDS PETROBRAS DRILLING" names
    /// Petrobras, not "Petrobras Drilling". In a title-case headline, of words the body writes apart, it keeps the
    /// longest run the body writes together: "More Colorado Dairy Herds" names Colorado when the body has "Colorado
    /// dairy herds".
    private func name(in span: Span, of article: Article, hashes: TokenHashes, headline: Range<Int>, body: BodyNames) -> Span? {
        var span = span
        // "Operation Sindoor", "Operation Sagar Bandhu": the name of an operation, read without its first word, is no
        // actor's (with it, "Operation Aspides" may name the mission).
        if span.tokens.lowerBound > 0, hashes.upper[span.tokens.lowerBound - 1] == Self.operation,
           article.tokens[span.tokens.lowerBound - 1].isCapitalized {
            span.type = .miscellaneous
        }
        // "The operation, code-named Midnight Hammer": a code name is no actor's.
        if isCodeName(at: span.tokens.lowerBound, hashes: hashes) { span.type = .miscellaneous }
        if headline.contains(span.tokens.lowerBound), !body.words.isEmpty {
            while !span.tokens.isEmpty, !body.words.contains(hashes.upper[span.tokens.upperBound - 1]) {
                span.tokens = span.tokens.lowerBound..<(span.tokens.upperBound - 1)
            }
            while !span.tokens.isEmpty, !body.words.contains(hashes.upper[span.tokens.lowerBound]) {
                span.tokens = (span.tokens.lowerBound + 1)..<span.tokens.upperBound
            }
            guard !span.tokens.isEmpty else { return nil }
            if body.checksPairs {
                var best = span.tokens.lowerBound..<span.tokens.lowerBound, start = span.tokens.lowerBound
                for index in span.tokens {
                    if index > start, !body.pairs.contains(BodyNames.pair(hashes.upper[index - 1], hashes.upper[index])) { start = index }
                    if index + 1 - start > best.count { best = start..<(index + 1) }
                }
                span.tokens = best
            }
        }
        // "\"Multilateralism is not dead\"": an abstract noun that opens a sentence or a quote is no person's name.
        if span.type == .person, span.tokens.count == 1, case let first = span.tokens.lowerBound,
           article.startsSentence(first) || first > 0 && article.tokens[first - 1].kind == .punctuation,
           case let word = article.text(of: article.tokens[first]).lowercased(),
           Self.abstractNounEndings.contains(where: { word.count > $0.count + 3 && word.hasSuffix($0) }) {
            return nil
        }
        // "the Emir of Qatar", "the Secretary of State": a title and what it is of name an office, not an organization or a
        // person; the place after "of" is left to the gazetteer.
        if span.type == .organization || span.type == .person, span.tokens.count >= 3, article.tokens[span.tokens.lowerBound].isCapitalized,
           titleWords.contains(hashes.upper[span.tokens.lowerBound]), hashes.upper[span.tokens.lowerBound + 1] == Self.of {
            return nil
        }
        // "told the Amir that": a role named with an article is no name.
        if span.type == .person, span.tokens.count == 1, case let word = span.tokens.lowerBound, word > 0,
           articles.contains(hashes.upper[word - 1]), roleNouns.contains(hashes.upper[word]) || titleWords.contains(hashes.upper[word]) {
            return nil
        }
        if span.type == .person {
            while span.tokens.count > 1, titleWords.contains(hashes.upper[span.tokens.lowerBound])
                    || article.tokens[span.tokens.lowerBound].kind == .punctuation {
                span.tokens = (span.tokens.lowerBound + 1)..<span.tokens.upperBound
            }
        }
        // A sentence's first word capitalized by its place, not by the name: "The" in "The University of Michigan said"
        // (of names the tagger reads with it, "The Hague" is a place's, "The Washington Post" no sentence's first words),
        // a preposition in "Near Maitighar, Sunita Maharjan swept glass".
        let first = span.tokens.lowerBound
        if span.type == .organization && span.tokens.count >= 3 && articles.contains(hashes.upper[first])
            || span.tokens.count >= 2 && leadingPrepositions.contains(hashes.upper[first]),
           !article.tokens[first].shape.contains(.allCaps), article.startsSentence(first) {
            span.tokens = (first + 1)..<span.tokens.upperBound
        }
        // "the August National Association of Purchasing Management index": a month or a weekday before an
        // organization's or a place's name is a date (a person may be named April or June).
        if span.type == .organization || span.type == .location, span.tokens.count >= 2, calendarWords.contains(hashes.upper[span.tokens.lowerBound]) {
            span.tokens = (span.tokens.lowerBound + 1)..<span.tokens.upperBound
        }
        // No name starts or ends with a quote or other punctuation (`China "will …`).
        while span.tokens.count > 1, article.tokens[span.tokens.lowerBound].kind == .punctuation {
            span.tokens = (span.tokens.lowerBound + 1)..<span.tokens.upperBound
        }
        while span.tokens.count > 1, article.tokens[span.tokens.upperBound - 1].kind == .punctuation {
            span.tokens = span.tokens.lowerBound..<(span.tokens.upperBound - 1)
        }
        // "the Ladki Bahin scheme": a name before a programme's noun is the programme's, not a person's or an
        // organization's, unless a name list knows it as a person's ("the Dole plan").
        if span.type == .person || span.type == .organization, span.tokens.upperBound < article.tokens.count,
           article.tokens[span.tokens.upperBound].kind == .word, !article.tokens[span.tokens.upperBound].isCapitalized,
           programNouns.contains(hashes.upper[span.tokens.upperBound]),
           !personalNames.contains(hashes.upper[span.tokens.lowerBound]),
           !personalNames.contains(hashes.upper[span.tokens.upperBound - 1]) {
            span.type = .miscellaneous
        }
        // "Los Chapitos", "Los Choneros", "Las Abejas": a Spanish plural article starts a group's name, never a
        // person's.
        if span.type == .person, span.tokens.count >= 2, pluralArticles.contains(hashes.upper[span.tokens.lowerBound]),
           article.tokens[span.tokens.lowerBound].isCapitalized {
            span.type = .organization
        }
        // "the Finance Bill 2024", "the Clean Air Act", "the Abraham Accords": a name that ends in a law's or a
        // treaty's noun names the text, not an actor.
        var lastWord = span.tokens.upperBound - 1
        if lastWord > span.tokens.lowerBound, article.tokens[lastWord].shape.contains(.hasDigit) { lastWord -= 1 }
        if article.tokens[lastWord].isCapitalized, documentNouns.contains(hashes.upper[lastWord]) {
            span.type = .miscellaneous
        }
        // "the Treaty of Waitangi", "the Treaty on the Non-Proliferation of Nuclear Weapons", "the Presidential Medal of
        // Freedom": so does one with one before "of" or "on".
        if span.tokens.count >= 3, span.tokens.dropLast().contains(where: { index in
            documentNouns.contains(hashes.upper[index]) && article.tokens[index].isCapitalized && ofOrOn.contains(hashes.upper[index + 1])
        }) {
            span.type = .miscellaneous
        }
        // "Typhoon Yagi", "Tropical Storm Alberto": a storm's name is no actor's.
        if PatternMatcher.stormWordKeys.contains(hashes.upper[span.tokens.lowerBound])
            || span.tokens.lowerBound > 0 && PatternMatcher.stormWordKeys.contains(hashes.upper[span.tokens.lowerBound - 1])
               && article.tokens[span.tokens.lowerBound - 1].isCapitalized {
            span.type = .miscellaneous
        }
        // "I Gusti Ngurah Rai International Airport", "the Hoa Binh Dam", "Jasper National Park": an organization's or a
        // person's name that ends in a facility's or a feature's noun is the place's.
        if span.type == .organization || span.type == .person, span.tokens.count >= 2, article.tokens[span.tokens.upperBound - 1].isCapitalized,
           placeNouns.contains(hashes.upper[span.tokens.upperBound - 1])
            || span.tokens.count >= 3 && hashes.upper[span.tokens.upperBound - 1] == Self.park && hashes.upper[span.tokens.upperBound - 2] == Self.national {
            span.type = .location
        }
        // "Covenant Children's Hospital", "the South Plains Public Health District": a place's name that ends in an
        // institution's noun, or in a service's district, is the body's.
        if span.type == .location, span.tokens.count >= 2, article.tokens[span.tokens.upperBound - 1].isCapitalized,
           institutionNouns.contains(hashes.upper[span.tokens.upperBound - 1])
            || span.tokens.count >= 3 && districtNouns.contains(hashes.upper[span.tokens.upperBound - 1])
               && serviceWords.contains(hashes.upper[span.tokens.upperBound - 2]) {
            span.type = .organization
        }
        // "followed by Cumilla and Noakhali districts": names before a plural noun of regions are regions.
        if span.type != .location, span.type != .miscellaneous, precedesPluralRegionNoun(span.tokens.upperBound, in: article, hashes: hashes) {
            span.type = .location
        }
        // "Huawei, whose Ascend chips", "its Mate phones": after an owner's word, a name before a product's noun
        // names the product.
        if span.tokens.lowerBound > 0, span.tokens.upperBound < article.tokens.count,
           ownerWords.contains(hashes.upper[span.tokens.lowerBound - 1]),
           article.tokens[span.tokens.upperBound].kind == .word, !article.tokens[span.tokens.upperBound].isCapitalized,
           productNouns.contains(hashes.upper[span.tokens.upperBound]) {
            span.type = .miscellaneous
        }
        // "Black Hawk helicopters": a model's name is no person's. (A place's stays: "U.S. warplanes"; so does a maker's
        // organization: "Bayraktar drones".)
        if span.type == .person, span.tokens.upperBound < article.tokens.count, vehicleNouns.contains(hashes.upper[span.tokens.upperBound]) {
            span.type = .miscellaneous
        }
        var words = 0, notNameWords = 0
        var last: UInt64 = 0
        for token in span.tokens where article.tokens[token].kind != .punctuation {
            last = hashes.upper[token]
            words += 1
            if notNames.contains(last) { notNameWords += 1 }
        }
        guard words > 0, notNameWords < words, !(words > 1 && notNames.contains(last)), !joiningWords.contains(last),
              !(words == 1 && (headWords.contains(last) || faithWords.contains(last))) else { return nil }
        return span
    }

    /// The CoNLL family of a class: PER, LOC, ORG or MISC.
    static func conllFamily(of type: String) -> String {
        switch type {
        case "Person": return "PER"
        case "Country", "City", "Region", "Place": return "LOC"
        case TaggerStage.miscellaneous: return "MISC"
        default: return "ORG"
        }
    }

    /// Endings of abstract nouns ("multilateralism", "democratization", "sovereignty"), which name no person.
    static let abstractNounEndings = ["ism", "isms", "tion", "tions", "ity", "ness", "ment", "ments"]

    /// Whether "code-named", "codenamed" or "code name" comes right before token `index`.
    private func isCodeName(at index: Int, hashes: TokenHashes) -> Bool {
        guard index > 0 else { return false }
        let previous = hashes.upper[index - 1]
        if previous == Self.codenamed || previous == Self.hyphenatedCodeNamed { return true }
        guard previous == Self.named || previous == Self.nameWord, index >= 2 else { return false }
        if hashes.upper[index - 2] == Self.code { return true }
        return index >= 3 && hashes.upper[index - 2] == Self.hyphen && hashes.upper[index - 3] == Self.code
    }

    private static let codenamed = TokenHashes.hash("codenamed", upperCased: true)
    private static let hyphenatedCodeNamed = TokenHashes.hash("code-named", upperCased: true)
    private static let code = TokenHashes.hash("code", upperCased: true)
    private static let named = TokenHashes.hash("named", upperCased: true)
    private static let nameWord = TokenHashes.hash("name", upperCased: true)
    private static let hyphen = TokenHashes.hash("-", upperCased: true)

    /// "OPERATION", by upper-case hash.
    static let operation = TokenHashes.hash("operation", upperCased: true)

    /// The type of MISC spans (events, nationalities, works): kept for tagging output, never made into nodes.
    public static let miscellaneous = "Misc"

    /// Whether a mention from `source` with `confidence` is sure enough to win over the tagger.
    private func isSure(_ source: EntityMention.Source, confidence: Double) -> Bool {
        source == .gazetteer || (source == .pattern && confidence >= options.strongPattern)
    }

    /// A name the tagger found: its tokens, type and confidence (its lowest token confidence × 0.85).
    /// It becomes an ``EntityMention`` only if the combination keeps it.
    struct Span {
        var tokens: Range<Int>
        var type: EntityType
        var confidence: Double

        /// The mention of this span in `article`.
        func mention(in article: Article) -> EntityMention {
            let range = article.tokens[tokens.lowerBound].range.lowerBound..<article.tokens[tokens.upperBound - 1].range.upperBound
            let text = article.text(of: range)
            let entityType: String
            let rule: String
            switch type {
            case .person: (entityType, rule) = ("Person", "tagger:PER")
            case .location: (entityType, rule) = ("Place", "tagger:LOC")
            case .organization: (entityType, rule) = ("Organization", "tagger:ORG")
            case .miscellaneous: (entityType, rule) = (TaggerStage.miscellaneous, "tagger:MISC")
            }
            return EntityMention(tokens: tokens, range: range, text: text, type: entityType, label: text,
                                 confidence: confidence, source: .tagger, rule: rule)
        }
    }

    /// PER, LOC, ORG and MISC spans of the tagger.
    private func spans(_ tags: [TaggedToken]) -> [Span] {
        var spans: [Span] = []
        var start: Int?
        var type: EntityType = .miscellaneous
        var confidence = 1.0
        func close(_ end: Int) {
            guard let first = start else { return }
            start = nil
            spans.append(Span(tokens: first..<end, type: type, confidence: (0.85 * confidence * 10_000).rounded() / 10_000))
        }
        for index in tags.indices {
            let tag = tags[index]
            guard let tagType = tag.entityType else { close(index); continue }
            if tag.isBeginning || tagType != type || start == nil {
                close(index)
                start = index
                type = tagType
                confidence = tag.confidence
            } else {
                confidence = min(confidence, tag.confidence)
            }
        }
        close(tags.count)
        return spans
    }
}

extension Ontology {
    /// Loads the name tagger shipped with the ontology (`models/ner-tagger.bin`), with the lexicon it was
    /// trained on (`gazetteers/` and `gazetteers/names/`), and the names added since (`gazetteers/additions/`) and the
    /// Factbook's administrative divisions (`gazetteers/divisions/`) marked for tagging only.
    ///
    /// - Throws: ``OntologyError`` naming the model file when it is missing or corrupt.
    public func loadTagger() throws(OntologyError) -> NameTagger {
        guard let directory else { throw .notFound(searched: ["(ontology built in memory has no models folder)"]) }
        let model = directory.appendingPathComponent("models/ner-tagger.bin")
        guard FileManager.default.fileExists(atPath: model.path) else {
            throw .unreadable(path: model.path, reason: "no such file (use --tagger off to run without the name tagger)")
        }
        do {
            let gazetteers = directory.appendingPathComponent("gazetteers")
            let lexicon = try TaggerLexicon.load(gazetteerDirectory: gazetteers,
                                                 nameListDirectory: gazetteers.appendingPathComponent("names"),
                                                 supplementaryDirectories: [Self.additionsFolder, Self.divisionsFolder].map {
                                                     gazetteers.appendingPathComponent($0) })
            return try NameTagger.load(contentsOf: model, lexicon: lexicon)
        } catch {
            throw .unreadable(path: model.path, reason: "\(error) (use --tagger off to run without the name tagger)")
        }
    }
}

/// What an article's body writes capitalized, for the names a tagger reads in its headline.
struct BodyNames {
    /// The upper-case hashes of the capitalized words that do not start a sentence.
    var words = Set<UInt64>()
    /// ``pair(_:_:)`` of each two neighbouring words of which one is capitalized.
    var pairs = Set<UInt64>()
    /// Whether a headline's name must be written together in the body too: a title-case headline capitalizes
    /// common nouns ("More Colorado Dairy Herds"); an all-capitals one is left its names ("ROBERTO DURAN", whom
    /// the body calls Roberto "Hands of Stone" Duran).
    var checksPairs = false

    /// The key of two neighbouring words, by their upper-case hashes.
    static func pair(_ first: UInt64, _ second: UInt64) -> UInt64 { first &* 0x9E37_79B9_7F4A_7C15 ^ second }
}

extension Article {
    /// Whether the token at index `token` is the first of a sentence.
    func startsSentence(_ token: Int) -> Bool {
        var low = 0, high = sentences.count
        while low < high {
            let middle = (low + high) / 2
            if sentences[middle].tokens.lowerBound < token { low = middle + 1 } else { high = middle }
        }
        return low < sentences.count && sentences[low].tokens.lowerBound == token
    }

    /// The index of the sentence that is the article's headline, in capitals or in title case: the first sentence,
    /// or one of the next two after only short lines (a site's name, a section, a kicker: "The Southern Cross
    /// Herald", then the headline); nil when none is.
    var headlinePosition: Int? {
        for (position, sentence) in sentences.prefix(3).enumerated() {
            if sentence.isAllCaps || isTitleCased(sentence) { return position }
            guard sentence.tokens.count <= 6 else { return nil }
        }
        return nil
    }

    /// Whether a sentence is a headline in title case, which capitalizes verbs and common nouns too ("Russia
    /// Hammers Ukraine's Power Grid in Overnight Barrage"): four or more words of four letters or more, all
    /// capitalized.
    func isTitleCased(_ sentence: Sentence) -> Bool {
        var long = 0
        for index in sentence.tokens where tokens[index].kind == .word && tokens[index].range.count >= 4 {
            guard tokens[index].isCapitalized else { return false }
            long += 1
        }
        return long >= 4
    }
}
