import Foundation
import KnowledgeGraph
import NewsText

/// Gives every mention its entity, so that each real actor becomes one node.
///
/// Within a document:
/// - a surname or first name alone refers back to the one full name of the document that has it
///   ("Macron" → Emmanuel Macron), unless a family noun introduces it ("his father, Jean");
/// - an acronym refers to the name it was defined for ("World Health Organization (WHO)") or whose
///   initials it spells;
/// - a full name one letter off a known person ("Vladmir Putin") is that person;
/// - a surname alone of a serving leader or official in the gazetteer is that person, when unique.
/// Candidates (capitalized words with no cue) that resolve to nothing are dropped. Across documents,
/// nodes merge by ID: the gazetteer's canonical ID, else the type's kind and the name's slug.
public struct MentionResolver: Sendable {
    private let schema: GraphSchema
    /// Serving people of the gazetteer by the ``nameKey(_:)`` of their surname (unique surnames only).
    private let surnames: WordMap<GazetteerEntry>
    /// Gazetteer people of countries whose news writes the family name first (China, Taiwan, Hong Kong, Macau, the
    /// two Koreas, Cambodia): "Xi" alone is Xi Jinping, whatever other person of the document has a given name Xi.
    private let familyNameFirst: Set<NodeID>
    /// Gazetteer people known by one name that is not their surname ("Lula" for Luiz Inácio Lula da Silva): their
    /// surname alone is rather another person's of the document who has it ("Antônio Marcos Silva" … "Silva said").
    private let knownByOneName: Set<NodeID>
    /// The keys of ``surnames`` that are among the most common surnames ("Rodriguez", "Johnson", "Lee"): alone, one
    /// is that serving person only in a document that names the person's country.
    private let commonSurnames: Set<UInt64>
    /// Gazetteer people by the ``nameKey(_:)`` of their surname, for typo matching.
    private let peopleBySurname: WordMap<[KnownPerson]>
    /// Gazetteer people by the ``nameKey(_:)`` of their first name, for a typo in the surname ("Benjamin Netanyhu").
    private let peopleByFirstName: WordMap<[KnownPerson]>
    /// The ``nameKey(_:)`` of every first name of the census list, to tell a person's name from a body's.
    private let firstNames: Set<UInt64>
    /// What resolution needs to know about each class of the schema, by the token hash of the class name
    /// (as written), looked up once per mention: hashing a short name costs far less than a dictionary look-up.
    private let classes: WordMap<ClassFacts>

    /// A gazetteer person with the folded forms of their names, for typo matching.
    struct KnownPerson: Sendable {
        var entry: GazetteerEntry
        /// The label and aliases without diacritics.
        var foldedNames: [FoldedName]
    }

    /// A name without diacritics, with its length when it is all ASCII: most names a typo is looked up among are
    /// too long or too short to be one slip away, and the lengths tell that without reading the names.
    struct FoldedName: Sendable {
        /// The name without diacritics (``MentionResolver/folded(_:)``).
        let text: String
        /// The name's length in bytes when every byte is ASCII; nil otherwise.
        let asciiLength: Int?

        init(_ name: String) {
            text = MentionResolver.folded(name)
            asciiLength = text.isAllASCII ? text.utf8.count : nil
        }

        /// Whether the two names are at most one typing slip apart (``MentionResolver/isWithinOneEdit(_:_:)``).
        func isWithinOneEdit(of other: FoldedName) -> Bool {
            if let length = asciiLength, let otherLength = other.asciiLength {
                return abs(length - otherLength) <= 1 && MentionResolver.isWithinOneEdit(text.utf8, other.text.utf8)
            }
            return MentionResolver.isWithinOneEdit(text.unicodeScalars, other.text.unicodeScalars)
        }
    }

    /// The family and node-ID kind of one class.
    struct ClassFacts: Sendable {
        var isPerson: Bool
        var isOrganization: Bool
        var isPlace: Bool
        /// See ``MentionResolver/idKind(for:schema:)``.
        var kind: String

        init(_ type: String, schema: GraphSchema) {
            let family = schema.family(of: type)
            isPerson = family == "Person"
            isOrganization = family == "Organization"
            isPlace = family == "Place" || family == "Country"
            kind = MentionResolver.idKind(for: type, schema: schema)
        }
    }

    /// A resolver that knows the people of `ontology`.
    public init(ontology: Ontology) {
        schema = ontology.schema
        classes = Self.facts(of: schema)
        firstNames = Set(ontology.patterns.firstNames.map(Self.nameKey))
        var bySurname: [String: [KnownPerson]] = [:]
        var byFirstName: [String: [KnownPerson]] = [:]
        var serving: [String: [GazetteerEntry]] = [:]
        var familyNameFirst = Set<NodeID>()
        var knownByOneName = Set<NodeID>()
        let familyNameFirstCountries: Set<String> = ["country/CHN", "country/TWN", "country/HKG", "country/MAC", "country/KOR",
                                                     "country/PRK", "country/KHM"]
        for entry in ontology.entries where entry.type == "Person" {
            if let country = entry.partOf?.rawValue ?? entry.attributes["country"], familyNameFirstCountries.contains(country) {
                familyNameFirst.insert(entry.id)
            }
            let names = [entry.label] + entry.aliases
            // Another spelling of the surname ("Erdogan", "Zelensky") is no other name.
            if let surname = Self.lastWord(of: entry.label).map({ Self.folded(String($0)).lowercased() }),
               entry.aliases.contains(where: { alias in
                   Self.isOneWord(alias) && alias.count >= 3 && !Self.isCapitals(alias)
                       && !Self.isWithinOneEdit(Self.folded(alias).lowercased(), surname) }) {
                knownByOneName.insert(entry.id)
            }
            let person = KnownPerson(entry: entry, foldedNames: names.map(FoldedName.init))
            let role = entry.attributes["role"] ?? ""
            let isServing = !role.isEmpty && role != "formerLeader" && entry.attributes["status"] != "unverified"
            // A person has a few names: a list finds a repeated surname sooner than a set is made.
            var seen: [String] = []
            for name in names {
                guard let last = Self.lastWord(of: name).map({ Self.folded(String($0)).lowercased() }), last.count >= 3,
                      !seen.contains(last) else { continue }
                seen.append(last)
                bySurname[last, default: []].append(person)
                if isServing { serving[last, default: []].append(entry) }
            }
            if let first = Self.words(of: entry.label).first.map({ Self.folded(String($0)).lowercased() }), first.count >= 3,
               Self.words(of: entry.label).count >= 2 {
                byFirstName[first, default: []].append(person)
            }
        }
        // The keys are already folded and in lower case, what ``nameKey(_:)`` hashes.
        peopleBySurname = WordMap(bySurname.map { (TokenHashes.hash($0.key, upperCased: true), $0.value) })
        peopleByFirstName = WordMap(byFirstName.map { (TokenHashes.hash($0.key, upperCased: true), $0.value) })
        let unique = serving.filter { $0.key.count >= 4 && $0.value.count == 1 }
        surnames = WordMap(unique.map { (TokenHashes.hash($0.key, upperCased: true), $0.value[0]) })
        self.familyNameFirst = familyNameFirst
        self.knownByOneName = knownByOneName
        let common = ontology.patterns.mostCommonSurnames
        commonSurnames = Set(unique.keys.filter { common.contains($0.uppercased()) }.map { TokenHashes.hash($0, upperCased: true) })
    }

    /// A resolver with no gazetteer people.
    public init(schema: GraphSchema = GraphSchema()) {
        self.schema = schema
        classes = Self.facts(of: schema)
        firstNames = []
        surnames = WordMap([])
        commonSurnames = []
        familyNameFirst = []
        knownByOneName = []
        peopleBySurname = WordMap([])
        peopleByFirstName = WordMap([])
    }

    /// The facts of every schema class, and of the tagger's ``TaggerStage/miscellaneous`` type, which is no
    /// schema class but comes with many mentions: computing its facts for each one cost a lineage and family
    /// look-up per mention.
    private static func facts(of schema: GraphSchema) -> WordMap<ClassFacts> {
        var types = Array(schema.classes.keys)
        if schema.classes[TaggerStage.miscellaneous] == nil { types.append(TaggerStage.miscellaneous) }
        return WordMap(types.map { (TokenHashes.hash($0), ClassFacts($0, schema: schema)) })
    }

    /// The facts of class `type`, also for a class the schema does not list.
    @inline(__always)
    private func facts(of type: String) -> ClassFacts {
        classes[TokenHashes.hash(type)] ?? ClassFacts(type, schema: schema)
    }

    /// The key a word is compared by, case- and diacritic-insensitive: the upper-cased token hash of the word
    /// without diacritics, in lower case ("Erdoğan", "ERDOGAN" and "erdogan" share one).
    static func nameKey(_ word: some StringProtocol) -> UInt64 {
        if word.isAllASCII { return TokenHashes.hash(word, upperCased: true) }
        return TokenHashes.hash(folded(String(word)).lowercased(), upperCased: true)
    }

    /// Arabic articles joined to a surname by a hyphen ("al-Assad", "el-Sisi", "ash-Shara"), lower case.
    static let arabicArticles: [[UInt8]] = ["al", "el", "ad", "ar", "as", "ash", "at", "az", "an", "ud", "ul"].map { Array($0.utf8) }

    /// A surname without its Arabic article: "al-Assad" → "Assad"; other words as they are. Read on bytes: most
    /// words have no hyphen among their first four.
    static func withoutArticle(_ word: Substring) -> Substring {
        let utf8 = word.utf8
        guard let hyphen = utf8.prefix(4).firstIndex(of: 0x2D), hyphen > utf8.startIndex, utf8.index(after: hyphen) < utf8.endIndex,
              arabicArticles.contains(utf8[..<hyphen].map { $0 | 0x20 }) else { return word }
        return word[utf8.index(after: hyphen)...]
    }

    /// ``nameKey(_:)`` of a surname without its Arabic article: "al-Assad" and "Assad" have the same key.
    static func surnameKey(_ word: Substring) -> UInt64 { nameKey(withoutArticle(word)) }

    /// The node-ID kind of a class: `country`, `city`, `region`, `place`, `person`, `org`, `incident`, `group`.
    public static func idKind(for type: String, schema: GraphSchema) -> String {
        if type == "Country" { return "country" }
        if type == "City" || schema.isKind(type, of: "City") { return "city" }
        if type == "Region" || schema.isKind(type, of: "Region") { return "region" }
        switch schema.family(of: type) {
        case "Place": return "place"
        case "Person": return "person"
        case "Organization": return "org"
        case "Incident": return "incident"
        case "Group": return "group"
        default: return type.lowercased()
        }
    }

    /// What the first pass collects: the full names, organizations and acronyms of a document.
    private struct DocumentNames {
        var people: [Person] = []
        /// Each organization once per label, in order of appearance, with the initials of its label.
        var organizations: [Organization] = []
        /// Slots of ``organizations`` by the ``NodeID/textHash`` of their entity.
        var organizationSlots = SlotIndex(capacity: 8)
        var acronyms: [String: (entity: NodeID, label: String, type: String)] = [:]
        /// The entity of each text a strong cue of the document named: the tagger's and weak cues' mentions of the
        /// same text elsewhere in it are the same entity ("the environmental agency Ibama" … "Ibama said", "Batken
        /// region" … "around Batken"). Gazetteer names are left out: a city's name can also be its football club's
        /// in the same report.
        var sure: [String: (entity: NodeID, label: String, type: String)] = [:]
        /// Organizations the document names by more than an acronym.
        var fullyNamed: Set<NodeID> = []
        /// The countries the document names (or names a people of), in order, once each.
        var countries: [NodeID] = []
        /// Places named with a feature's word before them ("Mount Lewotobi Laki-laki"), by the key of their last word.
        var featurePlaces: [(lastKey: UInt64, entity: NodeID, label: String, type: String)] = []
        /// Whether one of ``people`` is named with initials ("K.P. Sharma Oli").
        var hasInitialedPerson = false
    }

    /// Words of companies' legal forms ("Joint Stock Company", "Co. Ltd", "Holdings").
    private static let legalFormWords: Set<String> = ["Joint", "Stock", "Company", "Co.", "Co", "Corp.", "Corp", "Corporation", "Inc.",
                                                      "Inc", "Ltd", "Ltd.", "Limited", "Group", "Holdings", "PLC", "Plc", "LLC", "SA",
                                                      "S.A.", "SpA", "S.p.A.", "AG", "GmbH", "N.V.", "B.V.", "AB", "ASA", "Oyj", "A/S", "LLP",
                                                      "Pty", "Pte", "Sdn", "JSC", "PJSC", "Tbk", "Bhd", "Berhad"]

    /// The document's places other than countries, by the ``nameKey(_:)`` of their names: those of one word, or those of
    /// several words that a gazetteer names (for their misspellings: "Port Morseby" after Port Moresby).
    @inline(never)
    private func documentPlaces(in mentions: [EntityMention], ofSeveralWords: Bool) -> [(key: UInt64, entity: NodeID, label: String, type: String)] {
        var places: [(key: UInt64, entity: NodeID, label: String, type: String)] = []
        for index in mentions.indices where (ofSeveralWords ? mentions[index].tokens.count > 1 && mentions[index].source == .gazetteer
                                                            : mentions[index].tokens.count == 1)
            && !mentions[index].isDemonym && mentions[index].type != "Country" && facts(of: mentions[index].type).isPlace {
            guard let entity = mentions[index].entity else { continue }
            let key = Self.nameKey(mentions[index].text)
            let place = (key: key, entity: entity, label: mentions[index].label ?? mentions[index].text, type: mentions[index].type)
            if let known = places.firstIndex(where: { $0.key == key }) {
                // A headline's "KANO" gives way to the body's "Kano".
                if Self.isCapitals(places[known].label), !Self.isCapitals(place.label) { places[known] = place }
            } else {
                places.append(place)
            }
        }
        return places
    }

    /// Gives an organization's name in apposition to another's the other's entity: "the National High Court, the
    /// Audiencia Nacional, opened …" (not in a list: "the EU, the UN and NATO"). The tokens are tested first, through a
    /// buffer: reading whole mentions out of the array would copy each with all its strings.
    @inline(never)
    private func referToOrganizationsInApposition(_ mentions: inout [EntityMention], in article: Article) {
        let appositions: [Int] = mentions.withUnsafeBufferPointer { buffer in
            buffer.indices.dropFirst().filter { index in
                let start = buffer[index].tokens.lowerBound, end = buffer[index].tokens.upperBound
                return start >= 3 && buffer[index - 1].tokens.upperBound == start - 2
                    && Self.isWord(",", at: start - 2, in: article) && Self.isWord("the", at: start - 1, in: article)
                    && (Self.isWord(",", at: end, in: article) || Self.isWord(".", at: end, in: article))
                    && !Self.isWord("the", at: end + 1, in: article) && !Self.isWord("and", at: end + 1, in: article)
                    && !Self.isWord("or", at: end + 1, in: article)
                    && !(index + 1 < buffer.count && buffer[index + 1].tokens.lowerBound == end + 1)
            }
        }
        for index in appositions where mentions[index].source != .gazetteer && facts(of: mentions[index].type).isOrganization
            && facts(of: mentions[index - 1].type).isOrganization {
            guard let entity = mentions[index - 1].entity, entity != mentions[index].entity else { continue }
            let label = mentions[index - 1].label ?? mentions[index - 1].text
            mentions[index].refer(to: entity, label: label, type: mentions[index - 1].type, because: "+apposition")
        }
    }

    /// The document's countries by their three-letter code (their node ID's name), for a code the text uses as their
    /// name ("the largest donor to PNG" after Papua New Guinea).
    @inline(never)
    private static func countryCodes(of mentions: [EntityMention]) -> [(code: Substring, entity: NodeID, label: String)] {
        var codes: [(code: Substring, entity: NodeID, label: String)] = []
        for index in mentions.indices where mentions[index].type == "Country" && !mentions[index].isDemonym {
            guard let entity = mentions[index].entity, entity.rawValue.hasPrefix("country/"),
                  !codes.contains(where: { $0.entity == entity }) else { continue }
            codes.append((entity.rawValue.dropFirst(8), entity, mentions[index].label ?? mentions[index].text))
        }
        return codes
    }

    /// Gives a name of three capitals that is the code of a country of the document (``countryCodes(of:)``) that country.
    @inline(never)
    private static func referToCountry(_ mention: inout EntityMention, byCode codes: [(code: Substring, entity: NodeID, label: String)]) {
        guard mention.source != .gazetteer, mention.tokens.count == 1, mention.text.utf8.count == 3, isCapitals(mention.text),
              let country = codes.first(where: { $0.code == mention.text }), country.entity != mention.entity else { return }
        mention.refer(to: country.entity, label: country.label, type: "Country", because: "+country-code")
    }

    /// Gives a name in an official style or with a legal form the entity of the document's plain name: "the City of
    /// Lubbock" is the city the document names; "NNPC Ltd", "Nigerian National Petroleum Company Limited" and "the Pheu
    /// Thai Party" are the organization of the name or label without the legal form or "Party" (``plainNameSuffixes``).
    private func referToPlainName(_ mention: inout EntityMention, names: DocumentNames,
                                  places: [(key: UInt64, entity: NodeID, label: String, type: String)],
                                  organizationsByText: [String: (entity: NodeID, label: String, type: String)]) {
        if mention.tokens.count == 3, mention.text.hasPrefix("City of ") {
            let name = String(mention.text.dropFirst(8))
            if let city = names.sure[name] ?? Self.place(named: name, in: places).map({ ($0.entity, $0.label, $0.type) }),
               city.type == "City" || city.type == "Place", city.entity != mention.entity {
                mention.refer(to: city.entity, label: city.label, type: city.type, because: "+city")
            }
        }
        // "Akita Prefecture" beside "Akita": a region named with its kind is the document's region of that name.
        if mention.tokens.count == 2, let last = Self.lastWord(of: mention.text), Self.regionKinds.contains(String(last)),
           facts(of: mention.type).isPlace, let place = Self.place(named: String(mention.text.dropLast(last.count + 1)), in: places),
           place.type == "Region" || place.type == "Place", place.entity != mention.entity {
            mention.refer(to: place.entity, label: place.label, type: place.type, because: "+region")
        }
        if !organizationsByText.isEmpty, mention.source != .gazetteer,
           let last = Self.lastWord(of: mention.text), Self.plainNameSuffixes.contains(String(last)),
           let organization = organizationsByText[String(mention.text.dropLast(last.count + 1))], organization.entity != mention.entity {
            mention.refer(to: organization.entity, label: organization.label, type: organization.type, because: "+legal-form")
        }
    }

    /// Words after a region's name that say its kind: "Akita Prefecture", "Enga Province".
    private static let regionKinds: Set<String> = ["Prefecture", "Province", "Region", "District", "County", "Governorate",
                                                   "Oblast", "Department", "Regency"]

    /// The place of `places` (the document's one-word places, by ``nameKey(_:)``) named `text`; with `spelledOtherwise`,
    /// one whose label is not `text` as written ("Kano" for "KANO", not the node "KANO" makes itself).
    private static func place(named text: String, in places: [(key: UInt64, entity: NodeID, label: String, type: String)],
                              spelledOtherwise: Bool = false) -> (key: UInt64, entity: NodeID, label: String, type: String)? {
        let key = nameKey(text)
        return places.first { $0.key == key && !(spelledOtherwise && $0.label == text) }
    }

    /// Whether the one-word name `text` is the slip and the name of key `other` the right spelling: the document writes
    /// `text` less often, or as often but later.
    @inline(never)
    private static func isSlip(_ text: String, of other: UInt64, in mentions: [EntityMention]) -> Bool {
        let key = nameKey(text)
        var count = 0, otherCount = 0, firstIsOther = false
        for mention in mentions where mention.tokens.count == 1 {
            let mentionKey = nameKey(mention.text)
            if mentionKey == key { count += 1 } else if mentionKey == other {
                if count == 0, otherCount == 0 { firstIsOther = true }
                otherCount += 1
            }
        }
        return count < otherCount || count == otherCount && firstIsOther
    }

    /// The one place of `places` whose name, of seven bytes or more, is one typing slip from `text` and not `text` itself.
    @inline(never)
    private static func place(oneSlipFrom text: String, in places: [(key: UInt64, entity: NodeID, label: String, type: String)])
        -> (key: UInt64, entity: NodeID, label: String, type: String)? {
        let key = nameKey(text)
        let folded = Self.folded(text).lowercased()
        var found: (key: UInt64, entity: NodeID, label: String, type: String)?
        // The place itself, named by this text, is among them.
        for place in places where place.key != key && place.label.utf8.count >= 7 && abs(place.label.utf8.count - text.utf8.count) <= 2
            && isWithinOneEdit(Self.folded(place.label).lowercased(), folded) {
            if let earlier = found, earlier.entity != place.entity { return nil }
            found = place
        }
        return found
    }

    /// The document's organizations by the texts and labels of their mentions, for the names with a legal form after
    /// them (``referToPlainName(_:names:places:organizationsByText:)``); empty when no name ends in one.
    private func organizationsByName(in mentions: [EntityMention]) -> [String: (entity: NodeID, label: String, type: String)] {
        var organizations: [String: (entity: NodeID, label: String, type: String)] = [:]
        guard mentions.contains(where: { $0.tokens.count >= 2 && $0.source != .gazetteer
                                         && Self.plainNameSuffixes.contains(Self.lastWord(of: $0.text).map(String.init) ?? "") })
        else { return organizations }
        for index in mentions.indices where mentions[index].tokens.count < 5 || mentions[index].source == .gazetteer {
            guard let entity = mentions[index].entity, facts(of: mentions[index].type).isOrganization else { continue }
            let label = mentions[index].label ?? mentions[index].text
            for name in [mentions[index].text, label] where organizations[name] == nil {
                organizations[name] = (entity, label, mentions[index].type)
            }
        }
        return organizations
    }

    /// Legal forms that end a company's name and are no part of it: "NNPC Ltd" is NNPC. Of ``legalFormWords``, those
    /// that names are made of too ("Company", "Group", "Holdings") are left out.
    private static let legalSuffixes = legalFormWords.subtracting(["Joint", "Stock", "Company", "Co", "Corporation", "Group", "Holdings",
                                                                   "Berhad"]).union(["plc"])
    /// Words after an organization's plain name that leave it the same organization: the legal forms, and "Party" ("the
    /// Pheu Thai Party" is Pheu Thai).
    private static let plainNameSuffixes = legalSuffixes.union(["Party"])
    /// The words ``companiesByShortName(_:)`` drops from the end of an organization's label: the legal forms and
    /// ``shortNameWords``.
    private static let shortNameSuffixes = legalFormWords.union(shortNameWords)
    /// Words of names that the name goes without ("CARE" for CARE International, "United" for United Airlines).
    private static let shortNameWords: Set<String> = ["International", "Airlines", "Airways"]

    /// A company of the document, by its name without its legal form.
    private struct ShortCompanyName {
        /// The name without the legal-form words ("Bach Dang Garment").
        var name: String
        /// The company; nil when two organizations share the short name.
        var entity: NodeID?
        var label: String
        var type: String
        /// Whether the label ends in one of the ``legalSuffixes`` ("Pirelli SpA"), not in a word that names are
        /// made of too ("Dangote Group").
        var hasLegalSuffix: Bool
        /// Whether the label ends in one of the ``shortNameWords`` ("United Airlines"): the short name is the
        /// organization's even where the tagger reads it as an organization of its own.
        var endsInShortNameWord: Bool
    }

    /// The organizations whose labels end in legal-form words or ``shortNameWords``, by their names without them ("Bach
    /// Dang Garment", "CARE", "United"); a name that two organizations share has no entity.
    @inline(never)
    private static func companiesByShortName(_ organizations: [Organization]) -> [ShortCompanyName] {
        var companies: [ShortCompanyName] = []
        for organization in organizations {
            guard let space = organization.label.lastIndex(of: " "),
                  case let last = String(organization.label[organization.label.index(after: space)...]),
                  shortNameSuffixes.contains(last) else { continue }
            var words = organization.label.split(separator: " ")
            while words.count > 1, let word = words.last, shortNameSuffixes.contains(String(word)) { words.removeLast() }
            let name = words.joined(separator: " ")
            guard name != organization.label else { continue }
            if let index = companies.firstIndex(where: { $0.name == name }) {
                if companies[index].entity != organization.entity { companies[index].entity = nil }
            } else {
                companies.append(ShortCompanyName(name: name, entity: organization.entity, label: organization.label, type: organization.type,
                                                  hasLegalSuffix: legalSuffixes.contains(last),
                                                  endsInShortNameWord: shortNameWords.contains(last)))
            }
        }
        return companies
    }

    /// Gives a tagger name that is a company's name without its legal form that company: "Bach Dang Garment" after
    /// Bach Dang Garment Joint Stock Company; "Pirelli", whatever the tagger reads it as, after "Pirelli SpA", unless a
    /// person of the document has it as surname. Returns whether it did.
    @inline(never)
    private func referToCompany(_ mention: inout EntityMention, companies: [ShortCompanyName], names: DocumentNames) -> Bool {
        guard let company = companies.first(where: { $0.name == mention.text }), let entity = company.entity,
              entity != mention.entity else { return false }
        if mention.tokens.count == 1 {
            guard company.hasLegalSuffix || company.endsInShortNameWord,
                  company.endsInShortNameWord || !facts(of: mention.type).isOrganization else { return false }
            let key = Self.nameKey(mention.text)
            if names.people.contains(where: { $0.lastKey == key }) { return false }
        }
        mention.refer(to: entity, label: company.label, type: company.type, because: "+company")
        return true
    }

    /// Words that start the names of natural features, by ``nameKey(_:)``: their places are named by their last word
    /// alone too ("Laki-laki" for Mount Lewotobi Laki-laki).
    private static let featureWords: Set<UInt64> = Set(["Mount", "Mt.", "Lake", "Cape", "Monte", "Lago", "Isla", "Cabo", "Sierra", "Golfo",
                                                         "Ilha", "Serra", "Morro", "Complexo"]
        .map { nameKey($0[...]) })
    /// Nouns that end the names of seas and oceans, named by their first word alone too ("the Baltic"), by ``nameKey(_:)``.
    private static let seaWords: Set<UInt64> = Set(["Sea", "Ocean"].map { nameKey($0[...]) })
    /// The four directions, by ``nameKey(_:)``.
    private static let directionWords: Set<UInt64> = Set(["North", "South", "East", "West"].map { nameKey($0[...]) })

    /// Mentions with ``EntityMention/entity`` set, in text order; unresolved candidates are left out. `hashes` are
    /// the article's token hashes, made here when not given.
    public func resolve(_ mentions: consuming [EntityMention], in article: Article, hashes: TokenHashes? = nil) -> [EntityMention] {
        let hashes = hashes ?? TokenHashes(article: article)
        // Full names first, so that short forms can refer back to them.
        var names = DocumentNames()
        let nicknames = joinNicknames(&mentions, in: article)
        // The bearer of each nickname's text: "Barbecue" alone, before or after `Jimmy "Barbecue" Chérizier`, is him.
        var bearerOfNickname: [String: Int] = [:]
        for nickname in nicknames.bearer.keys.sorted() where bearerOfNickname[mentions[nickname].text] == nil {
            guard let bearer = nicknames.bearer[nickname] else { continue }
            bearerOfNickname[mentions[nickname].text] = bearer
            // "Tuto Quiroga" after `Jorge "Tuto" Quiroga`: the nickname with the bearer's surname.
            if let surname = Self.lastWord(of: mentions[bearer].label ?? mentions[bearer].text), surname != mentions[nickname].text[...] {
                bearerOfNickname[mentions[nickname].text + " " + surname] = bearer
            }
        }
        // Whether each mention's class is in the Person family, as the first pass leaves its type: a name it
        // resolves tells, so that its type is looked up once.
        var isPerson = [Bool](repeating: false, count: mentions.count)
        // Only a weak place cue before a full name, or a two-word name the tagger reads as an organization's or a place's, asks
        // for the document's surnames.
        var asksForSurnames = false
        for index in mentions.indices where mentions[index].tokens.count >= 2
            && (mentions[index].source == .pattern && mentions[index].confidence < EntityMention.strongPatternConfidence
                || isTwoWordTaggerName(mentions[index], hashes: hashes)) {
            asksForSurnames = true
            break
        }
        let surnames = asksForSurnames ? documentSurnames(of: mentions) : []
        // Names that are no actor's wherever the document writes them: a law's initials, a storm's name.
        var miscellaneousNames = Set<String>()
        for index in mentions.indices {
            // A nickname takes its bearer's entity in the second pass; it is no name of its own.
            if nicknames.dropped[index] || nicknames.bearer[index] != nil { continue }
            // So does a nickname with its bearer's surname ("Tuto Quiroga").
            if !bearerOfNickname.isEmpty, mentions[index].tokens.count == 2, bearerOfNickname[mentions[index].text] != nil { continue }
            // "broke away from Uddhav Thackeray" … "his son, Aaditya Thackeray": a weak place cue before a full name
            // whose surname a person of the document has does not make it a place.
            // So does the tagger's reading of such a name as an organization's or a place's (``isTwoWordTaggerName(_:hashes:)``).
            if !surnames.isEmpty, mentions[index].source == .pattern && !mentions[index].isSure && mentions[index].tokens.count >= 2
                && facts(of: mentions[index].type).isPlace || isTwoWordTaggerName(mentions[index], hashes: hashes),
               let last = Self.lastWord(of: mentions[index].text), surnames.contains(Self.surnameKey(last)) {
                mentions[index].type = "Person"
                mentions[index].rule += "+surname"
            }
            // "Lashkar-e-Taiba (LeT)": a name the tagger reads as something else than an actor, with initials in mixed case
            // after it in parentheses, is an organization's (a law's or a treaty's initials are capitals: "the Digital
            // Markets Act (DMA)").
            // The parenthesis first: it is the cheapest test.
            if mentions[index].source == .tagger, Self.isWord("(", at: mentions[index].tokens.upperBound, in: article),
               mentions[index].type == TaggerStage.miscellaneous,
               let acronym = definedAcronym(after: mentions[index], in: article), acronym.contains(where: \.isLowercase),
               String(acronym.filter(\.isUppercase)) == Self.initials(of: mentions[index].text) {
                mentions[index].type = "Organization"
                mentions[index].rule += "+initials"
            }
            if mentions[index].source != .candidate && mentions[index].type != TaggerStage.miscellaneous {
                isPerson[index] = resolveName(&mentions[index], in: article, hashes: hashes, names: &names)
                // One copy of the resolved mention for the reads below: each `mentions[index].field` in a function this
                // size is a copy of the whole mention.
                let mention = mentions[index]
                if mention.type == "Country", let entity = mention.entity, !names.countries.contains(entity) {
                    names.countries.append(entity)
                }
                if mention.tokens.count >= 2, let entity = mention.entity, facts(of: mention.type).isPlace,
                   let key = Self.shortNameKey(ofFeature: mention, in: article, hashes: hashes) {
                    names.featurePlaces.append((key, entity, mention.label ?? mention.text, mention.type))
                }
                if !names.organizations.isEmpty, Self.isCapitals(mention.text),
                   let described = describedOrganization(before: mention, in: article, names: names) {
                    names.acronyms[mention.text] = (described.entity, described.label, described.type)
                }
                if names.organizations.count >= 2, mention.tokens.count >= 2, let entity = mention.entity,
                   let described = formallyNamedOrganization(before: mention, in: article, names: names),
                   described.entity != entity {
                    // "The bank, formally the Banco Central de la República Argentina, or BCRA": the formal name and
                    // the initials given to it are the described organization's.
                    let target = (described.entity, described.label, described.type)
                    names.acronyms[mention.text] = target
                    for (acronym, defined) in names.acronyms where defined.entity == entity { names.acronyms[acronym] = target }
                }
                // A one-word name too when it stands in parentheses and is no acronym: "the Japan Innovation Party (Ishin)".
                if mention.entity != nil, mention.tokens.count >= 2
                    || Self.isWord("(", at: mention.tokens.lowerBound - 1, in: article) && !Self.isCapitals(mention.text) {
                    registerOtherNames(givenAt: index, in: mentions, article: article, names: &names)
                    // "Kasarani stadium, officially the Moi International Sports Centre": the formal name of the name before.
                    // An organization's formal name is the acronyms' business (``formallyNamedOrganization(before:in:names:)``).
                    if let named = Self.nameBeforeFormalName(at: index, in: mentions, article: article), named.entity != mention.entity,
                       let entity = named.entity, !facts(of: named.type).isOrganization {
                        names.acronyms[mention.text] = (entity, named.label ?? named.text, named.type)
                    }
                }
                if mention.source == .pattern, mention.isSure, !mention.isDemonym, let entity = mention.entity, names.sure[mention.text] == nil {
                    names.sure[mention.text] = (entity, mention.label ?? mention.text, mention.type)
                }
            } else {
                isPerson[index] = facts(of: mentions[index].type).isPerson
                // "the EU's Digital Markets Act (DMA)": the initials of a law, an event or a work name no actor.
                if mentions[index].type == TaggerStage.miscellaneous, mentions[index].tokens.count >= 2,
                   let acronym = definedAcronym(after: mentions[index], in: article) {
                    miscellaneousNames.insert(acronym)
                }
                // "Typhoon Yagi" … "Yagi": a storm's name alone is the storm's too.
                if mentions[index].type == TaggerStage.miscellaneous, case let tokens = mentions[index].tokens {
                    // "Operation Sindoor" … "Sindoor is the vermilion powder": so is an operation's name (``TaggerStage`` reads
                    // the name after "Operation" as miscellaneous).
                    let before = tokens.lowerBound > 0 ? hashes.upper[tokens.lowerBound - 1] : 0
                    if before == TaggerStage.operation, article.tokens[tokens.lowerBound - 1].isCapitalized {
                        miscellaneousNames.insert(mentions[index].text)
                    } else if tokens.count >= 2, hashes.upper[tokens.lowerBound] == TaggerStage.operation {
                        let rest = article.tokens[tokens.lowerBound + 1].range.lowerBound..<mentions[index].range.upperBound
                        miscellaneousNames.insert(article.text(of: rest))
                    } else if tokens.count == 1, tokens.lowerBound > 0, PatternMatcher.stormWordKeys.contains(before) {
                        miscellaneousNames.insert(mentions[index].text)
                    } else if tokens.count == 2, PatternMatcher.stormWordKeys.contains(hashes.upper[tokens.lowerBound]) {
                        miscellaneousNames.insert(article.text(of: article.tokens[tokens.upperBound - 1]))
                    }
                }
            }
        }
        miscellaneousNames.formUnion(Self.initialsOfCommonNouns(among: mentions, in: article))
        miscellaneousNames.formUnion(Self.namesOfIllnessesAndLanguages(among: mentions, in: article, hashes: hashes))
        if !miscellaneousNames.isEmpty {
            for index in mentions.indices where miscellaneousNames.contains(mentions[index].text) {
                mentions[index].type = TaggerStage.miscellaneous
                mentions[index].rule += "+acronym"
            }
        }
        Self.markLanguages(&mentions, in: article, hashes: hashes)
        let merged = names.acronyms.isEmpty ? [] : applyDefinedAcronyms(&mentions, names: names, in: article, hashes: hashes)
        // "the BRP Sierra Madre … the Sierra Madre": a ship's name without its prefix is the ship, though a
        // gazetteer or a place cue makes it a mountain range.
        var ships: [String: (entity: NodeID, label: String)] = [:]
        // Places of the document by the key of their one-word name, for the tagger's organizations that are a
        // place's name used before a noun ("the Renton factory", "Cordoba Governor Martín Llaryora").
        // A few per document: a list is searched faster than a dictionary is hashed.
        let places = documentPlaces(in: mentions, ofSeveralWords: false)
        let longPlaces = documentPlaces(in: mentions, ofSeveralWords: true)
        for index in mentions.indices where mentions[index].type == "Vessel" && mentions[index].tokens.count >= 2 {
            guard let entity = mentions[index].entity, let space = mentions[index].text.firstIndex(of: " ") else { continue }
            ships[String(mentions[index].text[mentions[index].text.index(after: space)...])] = (entity, mentions[index].label ?? mentions[index].text)
        }
        referToOrganizationsInApposition(&mentions, in: article)
        let countryCodes = Self.countryCodes(of: mentions)
        let companies = Self.companiesByShortName(names.organizations)
        let organizationsByText = organizationsByName(in: mentions)
        // Then short forms, in place; `kept` mentions are moved to the front.
        var kept = 0
        // Where each mention kept went, for the nicknames that follow their bearer.
        var keptPosition = nicknames.bearer.isEmpty ? [] : [Int](repeating: -1, count: mentions.count)
        // Nicknames met before their bearer was kept: where they went, and their bearer.
        var waiting: [(position: Int, bearer: Int)] = []
        for position in mentions.indices {
            if !merged.isEmpty, merged[position] { continue }
            if nicknames.dropped[position] { continue }
            if let bearer = nicknames.bearer[position] ?? (bearerOfNickname.isEmpty ? nil : bearerOfNickname[mentions[position].text]),
               bearer != position {
                if keptPosition[bearer] >= 0 {
                    take(keptPosition[bearer], asBearerOf: position, in: &mentions)
                } else {
                    waiting.append((kept, bearer))
                }
                if kept != position { mentions.exchange(kept, position) }
                kept += 1
                continue
            }
            // "in Nijar's death" after Hardeep Singh Nijjar: a town's name (the gazetteer's or the tagger's) one letter
            // off a surname of the document, with a possessive after it, is that person misspelled; so is the tagger's
            // place of seven letters or more, wherever it stands ("Rajeolina, a former disc jockey" after Andry Rajoelina).
            if mentions[position].source != .pattern, mentions[position].tokens.count == 1,
               mentions[position].type == "City" || mentions[position].type == "Place",
               mentions[position].range.count >= 5, mentions[position].tokens.upperBound < article.tokens.count,
               article.tokens[mentions[position].tokens.upperBound].kind == .possessive
                || mentions[position].source == .tagger && mentions[position].range.count >= 7,
               let person = Self.person(withSurnameOneLetterFrom: mentions[position].text, among: names.people, minimumLength: 5),
               Self.lastWord(of: person.label).map({ Self.nameKey($0) }) != Self.nameKey(mentions[position].text) {
                mentions[position].refer(to: person.entity, label: person.label, type: "Person", because: "+misspelled")
            }
            // "Montenegro's Social Democratic Party" in a story of Luís Montenegro: a country's name with a possessive after
            // it that is the surname of one person of the document is that person; after a preposition of place it is the
            // country ("lives in Jordan's capital").
            if mentions[position].type == "Country", !mentions[position].isDemonym, mentions[position].tokens.count == 1,
               !Self.followsLocative(mentions[position], hashes: hashes),
               mentions[position].tokens.upperBound < article.tokens.count,
               article.tokens[mentions[position].tokens.upperBound].kind == .possessive,
               case let key = Self.nameKey(mentions[position].text),
               case let bearers = names.people.filter({ Self.lastWord(of: $0.label).map(Self.nameKey) == key }),
               let person = bearers.first, bearers.allSatisfy({ $0.entity == person.entity }) {
                mentions[position].refer(to: person.entity, label: person.label, type: "Person", because: "+surname")
            }
            // "in Mandalay, Sagaing and Naypyitaw" after "Sagaing, a city of …": a place a list names without a kind is
            // the city or region of that name the document has.
            if !places.isEmpty, mentions[position].source == .pattern, mentions[position].type == "Place",
               mentions[position].tokens.count == 1, let place = Self.place(named: mentions[position].text, in: places),
               place.type != "Place", place.entity != mentions[position].entity {
                mentions[position].refer(to: place.entity, label: place.label, type: place.type)
            }
            // "Jalalbad" after Jalalabad: a one-word place the tagger or a cue reads, one typing slip off a place of the
            // document's, is that place; a name the document also writes as a place of its own is no slip ("Sibolga"
            // beside one "Sibloga").
            if mentions[position].source != .gazetteer, mentions[position].range.count >= 7, facts(of: mentions[position].type).isPlace,
               case let known = mentions[position].tokens.count == 1 ? places : longPlaces, !known.isEmpty,
               let place = Self.place(oneSlipFrom: mentions[position].text, in: known),
               mentions[position].tokens.count > 1 || Self.isSlip(mentions[position].text, of: place.key, in: mentions) {
                mentions[position].refer(to: place.entity, label: place.label, type: place.type, because: "+misspelled")
            }
            // The tagger's organization of one word before a noun or a title ("the Renton factory", "Cordoba Governor"),
            // and its person or place written in capitals ("…BUT LOSES KANO IN TENSE VOTE", "PATNA:", "BURIES LAO CAI
            // VILLAGE"), are the document's place of that name. Not its organization in capitals: in a table of results
            // "TORONTO" is the team.
            if mentions[position].source == .tagger, case let oneWord = mentions[position].tokens.count == 1,
               case let known = oneWord ? places : longPlaces, !known.isEmpty,
               case let type = facts(of: mentions[position].type),
               oneWord && type.isOrganization && Self.isPlaceModifier(mentions[position], in: article, hashes: hashes)
                   || (type.isPerson || type.isPlace) && (oneWord ? Self.isCapitals(mentions[position].text)
                                                                  : mentions[position].tokens.allSatisfy { article.tokens[$0].shape.contains(.allCaps) }),
               let place = Self.place(named: mentions[position].text, in: known, spelledOtherwise: true) {
                mentions[position].refer(to: place.entity, label: place.label, type: place.type, because: "+place")
            }
            if mentions[position].tokens.count >= 2 {
                referToPlainName(&mentions[position], names: names, places: places, organizationsByText: organizationsByText)
            }
            if !countryCodes.isEmpty { Self.referToCountry(&mentions[position], byCode: countryCodes) }
            // "Jan Suraaj drew crowds" after the Jan Suraaj Party: a party's name without "Party", which the tagger reads
            // as a person's, is the party.
            if mentions[position].source == .tagger, mentions[position].tokens.count >= 2, facts(of: mentions[position].type).isPerson,
               case let text = mentions[position].text + " Party", let party = names.organizations.first(where: { $0.label == text }) {
                mentions[position].refer(to: party.entity, label: party.label, type: party.type, because: "+party")
            }
            // Plain statements, not `&&` or `||`: an inout access inside their autoclosures copies the whole mention.
            var isCompany = false
            if !companies.isEmpty, mentions[position].source == .tagger {
                isCompany = referToCompany(&mentions[position], companies: companies, names: names)
            }
            if !ships.isEmpty, mentions[position].type != "Vessel", facts(of: mentions[position].type).isPlace,
               let ship = ships[mentions[position].text] {
                mentions[position].refer(to: ship.entity, label: ship.label, type: "Vessel", because: "+ship")
            }
            if !keptPosition.isEmpty { keptPosition[position] = kept }
            var keep = isCompany
            if !isCompany {
                let surname = sharedSurname(at: position, in: mentions, isPerson: isPerson, article: article, names: names)
                keep = resolveShortForm(&mentions[position], isPerson: isPerson[position], sharedSurname: surname,
                                        in: article, hashes: hashes, names: names)
            }
            if keep {
                if kept != position { mentions.exchange(kept, position) }
                kept += 1
            }
        }
        for (position, bearer) in waiting where keptPosition[bearer] >= 0 {
            take(keptPosition[bearer], asBearerOf: position, in: &mentions)
        }
        mentions.removeLast(mentions.count - kept)
        joinPartialNames(&mentions, people: names.people)
        markFamilies(&mentions, in: article)
        return mentions
    }

    /// Marks a family named in the plural after a person of the document ("the Rajapaksas", "the Bongos") as no actor's
    /// name: it is no organization and no one person.
    @inline(never)
    private func markFamilies(_ mentions: inout [EntityMention], in article: Article) {
        // One word after "the", ending in "s": the few candidates, by their name in the singular.
        var candidates: [(index: Int, singular: Substring)] = []
        for index in mentions.indices where mentions[index].tokens.count == 1 && mentions[index].text.utf8.last == UInt8(ascii: "s")
            && mentions[index].text.utf8.count >= 4 {
            let before = mentions[index].tokens.lowerBound - 1
            if Self.isWord("the", at: before, in: article) || Self.isWord("The", at: before, in: article) {
                candidates.append((index, mentions[index].text.dropLast()))
            }
        }
        guard !candidates.isEmpty else { return }
        var families = Set<Substring>()
        for index in mentions.indices where mentions[index].tokens.count >= 2 && facts(of: mentions[index].type).isPerson {
            for name in [mentions[index].text, mentions[index].label ?? mentions[index].text] {
                for word in name.split(separator: " ").dropFirst() where candidates.contains(where: { $0.singular == word }) {
                    families.insert(word)
                }
            }
        }
        for candidate in candidates where families.contains(candidate.singular) && !facts(of: mentions[candidate.index].type).isPlace {
            mentions[candidate.index].type = TaggerStage.miscellaneous
            mentions[candidate.index].rule += "+family"
        }
    }

    /// Gives a person's name of two words or more that ends the longer name of one other person of the document that
    /// person's entity: the headline's "Oligui Nguema", met before "Brice Clotaire Oligui Nguema", is him. A name that
    /// ends the names of two people ("Bongo Ondimba") is left alone. Compares the people's word keys, no strings.
    @inline(never)
    private func joinPartialNames(_ mentions: inout [EntityMention], people: [Person]) {
        guard people.count >= 2 else { return }
        var longer: [NodeID: (entity: NodeID, label: String)] = [:]
        for short in people where short.wordCount >= 2 {
            let ends = people.filter { other in
                guard other.wordCount > short.wordCount, other.lastKey == short.lastKey, other.entity != short.entity else { return false }
                if short.wordCount == 2 { return other.penultimateKey == short.firstKey }
                return other.lowerWords.suffix(short.lowerWords.count).elementsEqual(short.lowerWords)
            }
            if ends.count == 1 { longer[short.entity] = (ends[0].entity, ends[0].label) }
        }
        guard !longer.isEmpty else { return }
        for index in mentions.indices {
            guard let entity = mentions[index].entity, let target = longer[entity] else { continue }
            mentions[index].refer(to: target.entity, label: target.label, type: mentions[index].type, because: "+longer-name")
        }
    }

    /// Gives the nickname at `position` the entity of the mention at `bearer`.
    private func take(_ bearer: Int, asBearerOf position: Int, in mentions: inout [EntityMention]) {
        let (entity, label, type) = (mentions[bearer].entity, mentions[bearer].label, mentions[bearer].type)
        mentions[position].refer(to: entity, label: label, type: type, because: "+nickname")
    }

    /// Whether the tagger reads a name of two words as an organization's or a place's though neither is a word organizations'
    /// names are made of ("Uddhav Thackeray", not "Thackeray Foundation"), nor the first one a word places' names start with.
    private func isTwoWordTaggerName(_ mention: EntityMention, hashes: TokenHashes) -> Bool {
        guard mention.source == .tagger, mention.tokens.count == 2,
              !mention.tokens.contains(where: { Self.commonNameWords.contains(hashes.upper[$0]) }) else { return false }
        let type = facts(of: mention.type)
        // "toppled statues of Hafez al-Assad" after Bashar al-Assad: so is its place of two words, unless its first word is
        // one places' names start with ("Port Sudan", "Mount Kenya").
        return type.isOrganization || type.isPlace && !Self.placeNameStarts.contains(hashes.upper[mention.tokens.lowerBound])
    }

    /// First words of places' names of two words: such a name is no person's ("Port Harcourt", "Lake Chad", "North Kivu").
    static let placeNameStarts: WordSet = ["port", "fort", "san", "santa", "santo", "são", "saint", "st.", "st", "los", "las", "el",
                                           "mount", "mt.", "lake", "cape", "bay", "new", "old", "upper", "lower", "great", "little",
                                           "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
                                           "gulf", "isla", "monte", "rio", "río", "puerto", "villa", "ciudad", "bandar", "kota"]

    /// The ``nameKey(_:)`` of the last word of every full name (two words or more) of a person among `mentions`.
    private func documentSurnames(of mentions: [EntityMention]) -> Set<UInt64> {
        var surnames = Set<UInt64>()
        for index in mentions.indices where mentions[index].tokens.count >= 2 && !mentions[index].isDemonym
            && facts(of: mentions[index].type).isPerson {
            if let last = Self.lastWord(of: mentions[index].text) { surnames.insert(Self.surnameKey(last)) }
        }
        return surnames
    }

    /// The mentions a nickname pass joined or tied to their bearer.
    private struct Nicknames {
        /// Mentions taken into another: the surname after `Ismael "El Mayo"`.
        var dropped: [Bool]
        /// The mention of the person each nickname names, by the nickname's position.
        var bearer: [Int: Int] = [:]
    }

    /// Reads a person's nickname: inside the name (`Ismael "El Mayo" Zambada García` is one person, Ismael Zambada
    /// García, whom "El Mayo" also names) or after it (`Dagalo, widely known as Hemedti,`, `Oseguera, alias "El
    /// Mencho,"`): the nickname is the same person as the name before it.
    private func joinNicknames(_ mentions: inout [EntityMention], in article: Article) -> Nicknames {
        var result = Nicknames(dropped: [Bool](repeating: false, count: mentions.count))
        let tokens = article.tokens
        /// Whether token `index` is a straight or curly double quote, read from its bytes.
        func isQuote(_ index: Int) -> Bool {
            guard index < tokens.count, tokens[index].kind == .punctuation else { return false }
            let range = tokens[index].range
            let bytes = article.cleanText
            if range.count == 1 { return bytes[range.lowerBound] == 0x22 }
            // “ E2 80 9C, ” E2 80 9D.
            return range.count == 3 && bytes[range.lowerBound] == 0xE2 && bytes[range.lowerBound + 1] == 0x80
                && (bytes[range.lowerBound + 2] == 0x9C || bytes[range.lowerBound + 2] == 0x9D)
        }
        /// The closing quote of a nickname opened at `open`: at most five tokens on, with only capitalized words and
        /// the small words of names ("of", "the", "de", "la", "el") between.
        func closingQuote(after open: Int) -> Int? {
            var k = open + 1
            while k < tokens.count, k <= open + 6 {
                if isQuote(k) { return k }
                guard tokens[k].kind == .word, tokens[k].isCapitalized
                        || ["of", "the", "de", "la", "el", "al", "del"].contains(where: { Self.isWord($0, at: k, in: article) }) else { return nil }
                k += 1
            }
            return nil
        }
        var index = 0
        // Mentions are read through their indices: a copy of one costs retains of all its strings.
        while index + 1 < mentions.count {
            let end = mentions[index].tokens.upperBound
            // `Ismael "El Mayo" Zambada García`, `Roberto "Hands of Stone" Durán`: a name, a nickname in quotes (one
            // name, or capitalized words the rules read apart), and a name right after the quote.
            if isQuote(end), !result.dropped[index], let close = closingQuote(after: end), close > end + 1 {
                var after = index + 1
                while after < mentions.count, mentions[after].tokens.upperBound <= close { after += 1 }
                if after < mentions.count, mentions[after].tokens.lowerBound == close + 1,
                   facts(of: mentions[index].type).isPerson || facts(of: mentions[after].type).isPerson {
                    let name = mentions[index], surname = mentions[after]
                    let full = name.text + " " + surname.text
                    mentions[index].tokens = name.tokens.lowerBound..<surname.tokens.upperBound
                    mentions[index].range = name.range.lowerBound..<surname.range.upperBound
                    mentions[index].text = full
                    mentions[index].label = full
                    mentions[index].type = "Person"
                    mentions[index].entity = nil
                    mentions[index].confidence = max(name.confidence, surname.confidence)
                    mentions[index].rule += "+nickname"
                    result.dropped[after] = true
                    // The nickname is a name of the person when it is one mention; pieces of it are nothing.
                    for inside in (index + 1)..<after {
                        if after == index + 2, mentions[inside].tokens == (end + 1)..<close {
                            result.bearer[inside] = index
                        } else {
                            result.dropped[inside] = true
                        }
                    }
                    index = after + 1
                    continue
                }
            }
            // `Dagalo, widely known as Hemedti,`, `Nemesio Oseguera Cervantes, alias "El Mencho,"`.
            // "Adediran of the Peoples Democratic Party (PDP), widely known as Jandor": past the person's party.
            var comma = end
            var nicknameCandidate = index + 1
            if Self.isWord("of", at: end, in: article), facts(of: mentions[index].type).isPerson {
                var k = end + 1
                if Self.isWord("the", at: k, in: article) { k += 1 }
                if mentions[index + 1].tokens.lowerBound == k {
                    k = mentions[index + 1].tokens.upperBound
                    nicknameCandidate = index + 2
                    if Self.isWord("(", at: k, in: article), Self.isWord(")", at: k + 2, in: article) {
                        k += 3
                        if nicknameCandidate < mentions.count, mentions[nicknameCandidate].tokens.upperBound <= k { nicknameCandidate += 1 }
                    }
                    comma = k
                }
            } else if Self.isWord("(", at: end, in: article), Self.isWord(")", at: end + 2, in: article),
                      Self.isWord(",", at: end + 3, in: article), Self.translationStart(at: end + 4, in: article) != nil {
                // "the Comando Vermelho (CV), whose name means Red Command": past the name's initials.
                comma = end + 3
                if nicknameCandidate < mentions.count, mentions[nicknameCandidate].tokens.upperBound <= comma { nicknameCandidate += 1 }
            }
            if Self.isWord(",", at: comma, in: article) {
                let isPerson = facts(of: mentions[index].type).isPerson
                var isTranslation = false
                var k = comma + 1
                // "Embaló, 53, whom many in Bissau call Sissoco": a person's age stands between.
                if isPerson, k + 1 < tokens.count, tokens[k].kind == .number, Self.isWord(",", at: k + 1, in: article) { k += 2 }
                if k < tokens.count, ["widely", "better", "also", "popularly", "commonly"].contains(where: { Self.isWord($0, at: k, in: article) }) {
                    k += 1
                }
                if isPerson, Self.isWord("known", at: k, in: article), Self.isWord("as", at: k + 1, in: article) {
                    k += 2
                } else if let known = (k..<min(k + 9, tokens.count)).first(where: { Self.isWord("known", at: $0, in: article) }),
                          (k..<known).allSatisfy({ tokens[$0].kind == .word }),
                          // "in Abuja, at the presidential villa known as Aso Rock": a phrase after a preposition is no apposition.
                          known == k || !Self.prepositions.contains(where: { Self.isWord($0, at: k, in: article) }),
                          let name = Self.otherNameStart(afterKnownAt: known, in: article, nickname: isPerson) {
                    // "Ronald dela Rosa, a close ally known by his nickname "Bato,"", "Abdirahman Mohamed Abdullahi, the
                    // opposition leader widely known as Irro", "The NBI, known in Finnish as Keskusrikospoliisi", "Porvoo,
                    // a harbor town east of Helsinki known in Swedish as Borgå".
                    k = name
                    nicknameCandidate = (index + 1..<mentions.count).first { mentions[$0].tokens.lowerBound >= k } ?? mentions.count
                } else if isPerson, ["alias", "nicknamed", "dubbed", "aka"].contains(where: { Self.isWord($0, at: k, in: article) }) {
                    k += 1
                } else if let meaning = Self.translationStart(at: k, in: article) {
                    // "the Comando Vermelho, whose name means Red Command", "Al-Shabaab, meaning The Youth": the name in
                    // English.
                    isTranslation = true
                    k = meaning
                    nicknameCandidate = (index + 1..<mentions.count).first { mentions[$0].tokens.lowerBound >= k } ?? mentions.count
                } else if let calls = Self.callingVerb(after: k, in: article) {
                    // "Balendra Shah, a 35-year-old rapper whom everyone calls Balen".
                    k = calls + 1
                    nicknameCandidate = (index + 1..<mentions.count).first { mentions[$0].tokens.lowerBound >= k } ?? mentions.count
                } else {
                    index += 1
                    continue
                }
                if isQuote(k) { k += 1 }
                if nicknameCandidate < mentions.count, mentions[nicknameCandidate].tokens.lowerBound == k {
                    result.bearer[nicknameCandidate] = index
                    // A name the text translates is no person's: "Fianna Fáil, whose name means Soldiers of Destiny" is
                    // the party the translation's type says, however the tagger read the name.
                    if isTranslation, mentions[index].source == .tagger, facts(of: mentions[index].type).isPerson,
                       facts(of: mentions[nicknameCandidate].type).isOrganization {
                        let text = mentions[index].text, type = mentions[nicknameCandidate].type
                        for other in mentions.indices where mentions[other].source == .tagger && mentions[other].text == text
                            && facts(of: mentions[other].type).isPerson {
                            mentions[other].type = type
                        }
                    }
                }
            }
            index += 1
        }
        return result
    }

    /// The "calls" of an apposition that starts at `start` and gives the name before it another name: "a rapper whom
    /// everyone calls Balen", "the city that locals call Tana". A relative pronoun and the verb's subject come first
    /// ("the group that calls Moscow its ally" names no one), and neither a comma nor a full stop between; nil when
    /// there is none within twelve tokens.
    private static func callingVerb(after start: Int, in article: Article) -> Int? {
        var relative: Int?
        for k in start..<min(start + 12, article.tokens.count) {
            if isWord(",", at: k, in: article) || isWord(".", at: k, in: article) { return nil }
            if relative == nil, ["whom", "which", "that"].contains(where: { isWord($0, at: k, in: article) }) { relative = k }
            if let relative, k > relative + 1, isWord("calls", at: k, in: article) || isWord("call", at: k, in: article) {
                return k + 1 < article.tokens.count && article.tokens[k + 1].isCapitalized ? k : nil
            }
        }
        return nil
    }

    /// Where the name's translation starts in "whose name means X", "which means X" or "meaning X" at `start`; nil when
    /// no such words stand there.
    private static func translationStart(at start: Int, in article: Article) -> Int? {
        var k = start
        if isWord("whose", at: k, in: article), isWord("name", at: k + 1, in: article), isWord("means", at: k + 2, in: article) {
            k += 3
        } else if isWord("which", at: k, in: article), isWord("means", at: k + 1, in: article) {
            k += 2
        } else if isWord("meaning", at: k, in: article) {
            k += 1
        } else {
            return nil
        }
        if isWord("the", at: k, in: article) { k += 1 }
        return k < article.tokens.count && article.tokens[k].isCapitalized ? k : nil
    }

    /// Prepositions that open a phrase after a comma that is no apposition.
    private static let prepositions = ["at", "in", "on", "from", "near", "to", "with", "for", "by", "outside", "inside", "into"]

    /// Where the other name starts after "known" at `known`: "known as Irro", "known as the Polygon", "known in Swedish as
    /// Borgå" and, for a person (`nickname`), "known by his nickname "Bato""; nil when no other name follows.
    private static func otherNameStart(afterKnownAt known: Int, in article: Article, nickname: Bool) -> Int? {
        if nickname, isWord("by", at: known + 1, in: article),
           ["his", "her", "their"].contains(where: { isWord($0, at: known + 2, in: article) }), isWord("nickname", at: known + 3, in: article) {
            return known + 4
        }
        var k = known + 1
        // "in Swedish": a language's name; "in business circles", "to his fans": where the name is used.
        if isWord("in", at: k, in: article), k + 1 < article.tokens.count, article.tokens[k + 1].isCapitalized {
            k += 2
        } else if isWord("in", at: k, in: article) || isWord("to", at: k, in: article) || isWord("among", at: k, in: article),
                  let `as` = (k + 1..<min(k + 5, article.tokens.count)).first(where: { isWord("as", at: $0, in: article) }),
                  (k + 1..<`as`).allSatisfy({ article.tokens[$0].kind == .word && !article.tokens[$0].isCapitalized }) {
            k = `as`
        }
        guard isWord("as", at: k, in: article) else { return nil }
        // "known as the Polygon".
        return isWord("the", at: k + 1, in: article) ? k + 2 : k + 1
    }

    /// Gives a name that is not a candidate its entity, and records full names, organizations and acronyms.
    /// Returns whether the name's class, as resolved, is in the Person family.
    private func resolveName(_ mention: inout EntityMention, in article: Article, hashes: TokenHashes,
                             names: inout DocumentNames) -> Bool {
        // "Maha Vikas Aghadi, or MVA": a name the document gives its initials to is an organization's, unless it
        // starts with a first name ("Andrés Manuel López Obrador (AMLO)").
        if mention.source == .tagger, mention.tokens.count >= 2, mention.entity == nil, facts(of: mention.type).isPerson,
           let acronym = definedAcronym(after: mention, in: article), acronym == Self.initials(of: mention.text),
           let first = Self.words(of: mention.text).first, !firstNames.contains(Self.nameKey(first)) {
            mention.type = "Organization"
            mention.rule += "+initials"
        }
        // "Jaguar Land Rover said" … "JLR buys parts": a speaker of three words or more whose initials the document
        // writes alone, and whose first word no first-name list has, is an organization.
        if mention.rule == PatternMatcher.speakerRule, mention.tokens.count >= 3, mention.entity == nil,
           case let initials = Self.initials(of: mention.text), initials.utf8.count == mention.tokens.count,
           hashes.exact.contains(TokenHashes.hash(initials)),
           let first = Self.words(of: mention.text).first, !firstNames.contains(Self.nameKey(first)) {
            mention.type = "Organization"
            mention.rule += "+initials"
        }
        if mention.entity == nil, mention.tokens.count >= 2,
           let known = knownPerson(mention.text, byPartOfName: mention.source != .candidate && facts(of: mention.type).isPerson) {
            mention.type = "Person"
            mention.entity = known.id
            mention.label = known.label
            mention.rule += "+spelling"
            mention.confidence *= 0.9
        }
        if mention.entity == nil, mention.source != .candidate { _ = referToMembersOrganization(&mention, names: names) }
        // "Prasat Ta Muen Thom" after "Ta Muen Thom, an 11th-century Hindu temple": a word before the name of a place or a
        // body the document named surely, which the tagger reads as part of another name, is the local word for its kind.
        if mention.entity == nil, mention.source == .tagger, mention.tokens.count >= 3, !names.sure.isEmpty,
           let space = mention.text.firstIndex(of: " "),
           let named = names.sure[String(mention.text[mention.text.index(after: space)...])], !facts(of: named.type).isPerson {
            mention.refer(to: named.entity, label: named.label, type: named.type, because: "+document")
        }
        let typeFacts = facts(of: mention.type)
        // "Von der Leyen", "Lula da Silva", "Garcia Harfuch": the end of a full name met earlier in the document. So is the
        // tagger's name with one typing slip in it ("Uribe Tubray" for Miguel Uribe Turbay, "Rebelo de Souza" for Marcelo
        // Rebelo de Sousa) when it is one person's.
        if mention.source != .gazetteer, mention.source != .candidate, mention.tokens.count >= 2, typeFacts.isPerson,
           case let count = mention.tokens.count, names.people.contains(where: { $0.wordCount > count }),
           case let words = Self.words(of: Self.folded(mention.text).lowercased()),
           let full = names.people.first(where: { $0.wordCount > count && $0.lowerWords.suffix(count).elementsEqual(words, by: ==) })
               ?? (mention.source == .tagger && mention.text.utf8.count >= 8 ? Self.person(endingOneSlipFrom: words, among: names.people) : nil) {
            mention.entity = full.entity
            mention.label = full.label
            mention.rule = "pattern:back-reference"
        }
        // "Sri Mulyani", "Listyo Sigit": the given names that start the longer name of one person met earlier, as
        // Indonesian and other names without a family name are shortened.
        if mention.entity == nil, mention.source != .gazetteer, mention.source != .candidate, mention.tokens.count >= 2,
           typeFacts.isPerson, let full = Self.person(startingWith: mention.text, among: names.people) {
            mention.entity = full.entity
            mention.label = full.label
            mention.rule = "pattern:back-reference"
        }
        if mention.entity == nil, mention.source != .gazetteer, mention.source != .candidate, typeFacts.isPerson,
           !names.people.isEmpty, let full = otherSpelling(of: mention.text, among: names.people) {
            mention.entity = full.entity
            mention.label = full.label
            mention.rule += "+spelling"
        }
        let hasInitials = mention.text.utf8.contains(UInt8(ascii: "."))
        if mention.entity == nil, mention.source != .gazetteer, mention.source != .candidate, typeFacts.isPerson,
           hasInitials || names.hasInitialedPerson, let full = Self.person(initialing: mention.text, among: names.people) {
            mention.refer(to: full.entity, label: full.label, type: mention.type, because: "+initials")
        }
        if mention.entity == nil, hasInitials, mention.source != .gazetteer, mention.source != .candidate, typeFacts.isPerson,
           let known = knownPerson(initialing: mention.text) {
            mention.refer(to: known.id, label: known.label, type: mention.type, because: "+initials")
        }
        if mention.entity == nil {
            mention.entity = NodeID(kind: typeFacts.kind, name: mention.label ?? mention.text)
        }
        guard let entity = mention.entity else { return typeFacts.isPerson }
        if typeFacts.isPerson, !mention.isDemonym {
            if !names.people.contains(where: { $0.entity == entity }) {
                if let person = Person(name: mention.label ?? mention.text, entity: entity) {
                    names.people.append(person)
                    if hasInitials { names.hasInitialedPerson = true }
                }
            }
        } else if typeFacts.isOrganization {
            let label = mention.label ?? mention.text
            // Once per (entity, label, words): a long text names the same organization thousands of times, but each way it
            // writes the name ("Japan Innovation Party", "Nippon Ishin no Kai") gives words to find it by.
            let words = hashes.upper[mention.tokens]
            let known = names.organizationSlots.slot(hash: entity.textHash) { slot in
                names.organizations[slot].entity == entity && names.organizations[slot].label == label
                    && (words.count < 2 || names.organizations[slot].wordKeys.elementsEqual(words))
            }
            if known == nil {
                names.organizationSlots.insert(names.organizations.count, hash: entity.textHash)
                names.organizations.append(Organization(entity: entity, label: label, type: mention.type, wordKeys: words))
            }
            if !names.fullyNamed.contains(entity), !Self.isCapitals(mention.text) { names.fullyNamed.insert(entity) }
            // The first definition stands: "(CPDM), known by its French initials as RDPC" defines RDPC for the name
            // before "(CPDM)", not for CPDM.
            if let acronym = definedAcronym(after: mention, in: article), names.acronyms[acronym] == nil {
                names.acronyms[acronym] = (entity, label, mention.type)
                // "(PDCI-RDA)" … "the PDCI": the first part of hyphenated initials stands for the whole.
                if let hyphen = acronym.firstIndex(of: "-"), case let first = String(acronym[..<hyphen]), first.utf8.count >= 3,
                   Self.isCapitals(first), names.acronyms[first] == nil {
                    names.acronyms[first] = (entity, label, mention.type)
                }
                // "the Cameroon People's Democratic Movement (CPDM), known by its French initials as RDPC": two.
                let end = mention.tokens.upperBound
                if Self.isWord("(", at: end, in: article), Self.isWord(")", at: end + 2, in: article),
                   let other = definedAcronym(at: end + 3, in: article), names.acronyms[other] == nil {
                    names.acronyms[other] = (entity, label, mention.type)
                }
            }
        }
        // "Newark Liberty International Airport (EWR)": a place's code, too, is another name of it.
        if typeFacts.isPlace, mention.type != "Country", mention.tokens.count >= 2,
           let acronym = definedAcronym(after: mention, in: article), names.acronyms[acronym] == nil {
            names.acronyms[acronym] = (entity, mention.label ?? mention.text, mention.type)
        }
        return typeFacts.isPerson
    }

    /// Gives the acronyms the document defines precedence over other readings: after "Africa Centres for Disease
    /// Control and Prevention (Africa CDC)", "Africa CDC" is that body, and a gazetteer "CDC" after "Africa" is
    /// not the U.S. one.
    /// Two adjacent mentions that together spell a defined acronym become one: the second takes both, and the
    /// first is marked in the returned array, to be dropped.
    private func applyDefinedAcronyms(_ mentions: inout [EntityMention], names: DocumentNames, in article: Article, hashes: TokenHashes) -> [Bool] {
        var merged = [Bool](repeating: false, count: mentions.count)
        for index in mentions.indices {
            if index > 0, !merged[index - 1], mentions[index - 1].tokens.upperBound == mentions[index].tokens.lowerBound,
               case let both = mentions[index - 1].range.lowerBound..<mentions[index].range.upperBound,
               let defined = names.acronyms[article.text(of: both)] {
                mentions[index].tokens = mentions[index - 1].tokens.lowerBound..<mentions[index].tokens.upperBound
                mentions[index].range = both
                mentions[index].text = article.text(of: both)
                mentions[index].isDemonym = false
                merged[index - 1] = true
                mentions[index].refer(to: defined.entity, label: defined.label, type: defined.type, because: "+acronym")
            } else if !names.acronyms.isEmpty, let defined = names.acronyms[mentions[index].text]
                        ?? acronym(writtenAsWord: mentions[index].text, tokenCount: mentions[index].tokens.count, type: mentions[index].type, in: names)
                            .flatMap({ Self.followsLocative(mentions[index], hashes: hashes) ? nil : $0 }),
                      defined.entity != mentions[index].entity {
                mentions[index].refer(to: defined.entity, label: defined.label, type: defined.type, because: "+acronym")
            } else if mentions[index].tokens.count >= 2, case let initials = Self.initials(of: mentions[index].text),
                      let defined = names.acronyms[initials], defined.entity != mentions[index].entity,
                      (max(0, index - 3)..<index).contains(where: { mentions[$0].text == initials
                          && mentions[index].tokens.lowerBound - mentions[$0].tokens.upperBound <= 8 }) {
                // "the Sahra Wagenknecht Alliance, or BSW after its German name, Bündnis Sahra Wagenknecht": a name
                // right after an acronym, whose initials it is, is another name of the acronym's organization.
                mentions[index].refer(to: defined.entity, label: defined.label, type: defined.type, because: "+acronym")
            }
        }
        return merged
    }

    /// "brothers Huseyn and Ziyaddin Safarov": the surname a lone first name at `position` shares with the full name
    /// it is coordinated with. The mention after `position` is read before the second pass changes it.
    /// A surname of a person the document named in full ("Obi and Atiku Abubakar" after Peter Obi) shares nothing.
    private func sharedSurname(at position: Int, in mentions: [EntityMention], isPerson: [Bool], article: Article,
                               names: DocumentNames) -> Substring? {
        let tokens = mentions[position].tokens
        guard tokens.count == 1, mentions[position].source != .gazetteer, position + 1 < mentions.count, isPerson[position],
              isPerson[position + 1], mentions[position + 1].tokens.lowerBound == tokens.upperBound + 1,
              mentions[position + 1].tokens.count >= 2, Self.isWord("and", at: tokens.upperBound, in: article),
              // "by the Nationalists and Marlon Ochoa": a given name has no article.
              !Self.isWord("the", at: tokens.lowerBound - 1, in: article) else { return nil }
        let key = Self.nameKey(mentions[position].text)
        guard !names.people.contains(where: { $0.lastKey == key }) else { return nil }
        return Self.lastWord(of: mentions[position + 1].label ?? mentions[position + 1].text)
    }

    /// Resolves a short form or candidate against the document's names; false when the mention is dropped.
    /// `isPerson` tells whether the mention's class is in the Person family.
    private func resolveShortForm(_ mention: inout EntityMention, isPerson: Bool, sharedSurname: Substring?,
                                  in article: Article, hashes: TokenHashes, names: DocumentNames) -> Bool {
        if let surname = sharedSurname {
            let full = mention.text + " " + surname
            mention.label = full
            mention.entity = NodeID(kind: "person", name: full)
            mention.rule += "+shared-surname"
            return true
        }
        // "Rapid Support Forces" … "the RSF": a gazetteer acronym of another body (Reporters Without Borders) is the
        // document's organization of those initials, unless the document names that other body in full too.
        if mention.source == .gazetteer, let entity = mention.entity, !names.organizations.isEmpty,
           mention.text.utf8.count <= 6, !names.fullyNamed.contains(entity), facts(of: mention.type).isOrganization,
           Self.isCapitals(mention.text) {
            let matches = names.organizations.filter { ($0.initials == mention.text || $0.shortInitials == mention.text) && $0.entity != entity }
            if let first = matches.first, matches.allSatisfy({ $0.entity == first.entity }) {
                mention.refer(to: first.entity, label: first.label, type: first.type, because: "+initials")
                return true
            }
        }
        // "The Chilean Red Cross said" … "Red Cross officials": a gazetteer's short name of another body (the ICRC's "Red
        // Cross") that ends the name of one organization of the document is that organization.
        if mention.source == .gazetteer, mention.tokens.count >= 2, let entity = mention.entity, !names.organizations.isEmpty,
           let label = mention.label, label != mention.text, facts(of: mention.type).isOrganization {
            let ending = " " + mention.text
            let matches = names.organizations.filter { $0.entity != entity && $0.label.hasSuffix(ending) }
            if let first = matches.first, matches.allSatisfy({ $0.entity == first.entity }) {
                mention.refer(to: first.entity, label: first.label, type: first.type, because: "+short-name")
                return true
            }
        }
        // A surname the headline's strong cue named ("mayor İmamoğlu") is still the full name the body gives.
        if !names.sure.isEmpty, !mention.isSure, let sure = names.sure[mention.text], sure.entity != mention.entity,
           backReference(mention, names: names, hashes: hashes) == nil {
            mention.refer(to: sure.entity, label: sure.label, type: sure.type, because: "+document")
            return true
        }
        // "LIVERPOOL HOLD ON TO BEAT CHELSEA" over a body whose strong cue names Chelsea, the club ("Chelsea manager Enzo
        // Maresca"): a name the tagger reads in capitals as a person's is the organization the body names that way.
        if !names.sure.isEmpty, mention.source == .tagger, isPerson,
           mention.tokens.allSatisfy({ article.tokens[$0].shape.contains(.allCaps) }),
           let sure = names.sure[mention.text.titleCased], sure.entity != mention.entity, facts(of: sure.type).isOrganization {
            mention.refer(to: sure.entity, label: sure.label, type: sure.type, because: "+document")
            return true
        }
        if mention.source == .candidate, mention.tokens.count >= 2, let known = knownPerson(mention.text) {
            mention.entity = known.id
            mention.label = known.label
            mention.source = .pattern
            mention.confidence = 0.6
            mention.rule = "pattern:spelling"
            return true
        }
        // "Director Neil Jordan" … "Jordan defends his film": a place's one-word name that is the surname of a person
        // the document names in full is that person, unless a preposition makes it the place ("in Jordan", "of Jordan").
        if mention.source == .gazetteer, mention.tokens.count == 1, !names.people.isEmpty, !mention.isDemonym,
           facts(of: mention.type).isPlace, !Self.followsLocative(mention, hashes: hashes),
           !(mention.tokens.lowerBound > 0 && hashes.upper[mention.tokens.lowerBound - 1] == Self.of),
           case let key = Self.nameKey(mention.text), let person = names.people.first(where: { $0.lastKey == key }) {
            mention.refer(to: person.entity, label: person.label, type: "Person", because: "+surname")
            return true
        }
        if mention.source == .candidate, referToMembersOrganization(&mention, names: names) {
            mention.source = .pattern
            mention.confidence = 0.6
            return true
        }
        let isShortName = mention.tokens.count == 1 && mention.source != .gazetteer
            && (mention.source == .tagger || isPerson)
        guard mention.source == .candidate || isShortName else { return true }
        guard let target = backReference(mention, names: names, hashes: hashes) else { return mention.source != .candidate }
        mention.refer(to: target.entity, label: target.label, type: target.type)
        if mention.source == .candidate {
            mention.source = .pattern
            mention.confidence = 0.6
            mention.rule = "pattern:back-reference"
        }
        return true
    }

    /// Whether token `index` of `article` is exactly `word`, compared without building a string.
    /// Past the last token (or before the first) it is no word at all.
    private static func isWord(_ word: String, at index: Int, in article: Article) -> Bool {
        guard article.tokens.indices.contains(index) else { return false }
        let range = article.tokens[index].range
        return range.count == word.utf8.count && article.cleanText[range].elementsEqual(word.utf8)
    }

    /// An organization met in the document, with the initials it may go by.
    struct Organization {
        var entity: NodeID
        var label: String
        /// ``MentionResolver/initials(of:)`` of the label: "WHO".
        var initials: String
        /// The initials without a place the label ends with: "CDP" for "Constitutional Democratic Party of Japan".
        var shortInitials: String
        var type: String
        /// The upper-case ``TokenHashes`` of the words of the name as the document first wrote it ("Nippon Ishin
        /// no Kai" for the Japan Innovation Party), when it has two words or more.
        var wordKeys: ArraySlice<UInt64>

        init(entity: NodeID, label: String, type: String, wordKeys: ArraySlice<UInt64>) {
            self.entity = entity
            self.label = label
            self.type = type
            self.wordKeys = wordKeys.count >= 2 ? wordKeys : []
            initials = MentionResolver.initials(of: label)
            let placeWords = MentionResolver.capitalizedWordsAfterLastOf(in: label)
            shortInitials = placeWords > 0 && placeWords < initials.count ? String(initials.dropLast(placeWords)) : initials
        }
    }

    /// A full name met in the document, with the keys its parts are looked up by.
    struct Person {
        /// How many words the name has.
        var wordCount: Int
        /// The words without diacritics in lower case, for matching the end of the name. Only a mention of two or
        /// more words is matched so, against a longer name: a name of two words never is, and leaves this empty.
        var lowerWords: [String]
        var entity: NodeID
        var label: String
        /// ``MentionResolver/nameKey(_:)`` of the first and last word, and of the word before the last in a name
        /// of three words or more (0 in a shorter one).
        var firstKey: UInt64
        var lastKey: UInt64
        var penultimateKey: UInt64 = 0
        /// ``MentionResolver/nameKey(_:)`` of the last and the first part of a double-barrelled surname, each of four
        /// letters or more ("Marlaska" of "Grande-Marlaska", "Yeşilgöz" of "Yeşilgöz-Zegerius"; 0 for none).
        var lastPartKey: UInt64 = 0
        var firstPartKey: UInt64 = 0

        /// The person named `name`, nil when the name is a single word.
        init?(name: String, entity: NodeID) {
            var bytes = name
            if let (count, first, last) = bytes.withUTF8(Self.asciiWords) {
                guard count >= 2 else { return nil }
                wordCount = count
                firstKey = first
                lastKey = last
            } else {
                let words = MentionResolver.words(of: name)
                guard words.count >= 2 else { return nil }
                wordCount = words.count
                firstKey = MentionResolver.nameKey(words[0])
                lastKey = MentionResolver.nameKey(words[words.count - 1])
            }
            // "Bashar al-Assad" is "Assad" alone: the surname's key leaves out an Arabic article.
            if let last = MentionResolver.lastWord(of: name), last.utf8.contains(0x2D) {
                lastKey = MentionResolver.surnameKey(last)
                // "Fernando Grande-Marlaska" is "Marlaska" alone too.
                if let hyphen = last.lastIndex(of: "-"), last.index(after: hyphen) < last.endIndex {
                    let part = last[last.index(after: hyphen)...]
                    if part.count >= 4 { lastPartKey = MentionResolver.nameKey(part) }
                }
                // "Dilan Yeşilgöz-Zegerius" is "Yeşilgöz" alone too, the name she was born with.
                if let hyphen = last.firstIndex(of: "-"), case let part = last[..<hyphen], part.count >= 4,
                   part.first?.isUppercase == true {
                    firstPartKey = MentionResolver.nameKey(part)
                }
            }
            lowerWords = wordCount > 2 ? MentionResolver.words(of: MentionResolver.folded(name)).map { $0.lowercased() } : []
            if lowerWords.count > 2 { penultimateKey = MentionResolver.nameKey(lowerWords[lowerWords.count - 2]) }
            self.entity = entity
            label = name
        }

        /// The number of words between spaces of an ASCII name and the ``MentionResolver/nameKey(_:)`` of its
        /// first and last word, read from the bytes without making substrings; nil when a byte is not ASCII.
        private static func asciiWords(_ bytes: UnsafeBufferPointer<UInt8>) -> (count: Int, first: UInt64, last: UInt64)? {
            var count = 0
            var first: UInt64 = 0
            var last: UInt64 = 0
            var start = -1
            for index in 0...bytes.count {
                let byte = index < bytes.count ? bytes[index] : 0x20
                if byte >= 0x80 { return nil }
                if byte != 0x20 {
                    if start < 0 { start = index }
                    continue
                }
                guard start >= 0 else { continue }
                // An ASCII word's name key is its upper-cased token hash.
                last = TokenHashes.hash(bytes: UnsafeBufferPointer(rebasing: bytes[start..<index]), upperCased: true)
                if count == 0 { first = last }
                count += 1
                start = -1
            }
            return (count, first, last)
        }
    }

    /// The person of the document a full name is another spelling of: the same two words the other way round
    /// ("Ishiba Shigeru", surname first, is Shigeru Ishiba), or the same first name and a surname one letter
    /// off ("Devendra Fadnavs" is Devendra Fadnavis).
    private func otherSpelling(of name: String, among people: [Person]) -> Person? {
        let words = Self.words(of: name)
        guard words.count >= 2 else { return nil }
        let first = Self.nameKey(words[0]), last = Self.nameKey(words[words.count - 1])
        if words.count == 2, let person = people.first(where: { $0.wordCount == 2 && $0.firstKey == last && $0.lastKey == first }) {
            return person
        }
        // "Filipe Curi" after Felipe Curi, "Guillame Faury" after Guillaume Faury: a first name one letter off inside the
        // word (the same first and last letters, so that Daniel and Daniela or Mario and Maria stay two people).
        let given = Self.folded(String(words[0]))
        if given.count >= 5 {
            let matches = people.filter { person in
                guard person.wordCount == words.count, person.lastKey == last, person.firstKey != first,
                      let other = Self.words(of: person.label).first.map({ Self.folded(String($0)) }), other.count >= 5,
                      other.first == given.first, other.last == given.last else { return false }
                return Self.isWithinOneEdit(other.lowercased(), given.lowercased())
            }
            if matches.count == 1 { return matches[0] }
        }
        let surname = Self.folded(String(words[words.count - 1]))
        guard surname.count >= 5 else { return nil }
        let matches = people.filter { person in
            guard person.wordCount == words.count, person.firstKey == first, person.lastKey != last,
                  let other = Self.lastWord(of: person.label).map({ Self.folded(String($0)) }), other.count >= 5 else { return false }
            return Self.isWithinOneEdit(other, surname)
        }
        return matches.count == 1 ? matches[0] : nil
    }

    /// What a short form refers to: a surname or first name of a full name, an acronym, a serving official.
    private func backReference(_ mention: EntityMention, names: DocumentNames, hashes: TokenHashes)
        -> (entity: NodeID, label: String, type: String)? {
        let text = mention.text
        if !mention.attributes.isEmpty, mention.attributes["family"] != nil { return nil }
        if !names.acronyms.isEmpty, let acronym = names.acronyms[text] { return acronym }
        guard Self.isOneWord(text) else { return nil }
        // Case-insensitive, so that a headline's "MILEI" is Javier Milei.
        let key = Self.nameKey(text)
        let surname = text.utf8.contains(0x2D) ? Self.surnameKey(text[...]) : key
        var bySurname: Person?
        var byFirstName: Person?
        for person in names.people {
            if bySurname == nil, person.lastKey == surname { bySurname = person }
            if byFirstName == nil, person.firstKey == key { byFirstName = person }
        }
        // A surname two people of the document share is the one introduced first: a report names its main actor
        // first and gives a relative the full name each time ("Uddhav Thackeray" … "his son, Aaditya Thackeray" …
        // "Thackeray said").
        // "Xi's government" beside the spokesman Li Xi: the family name of a person whose country writes it first.
        if let person = byFirstName, bySurname != nil, familyNameFirst.contains(person.entity) { return (person.entity, person.label, "Person") }
        if let first = bySurname, knownByOneName.contains(first.entity),
           let other = names.people.first(where: { $0.lastKey == surname && $0.entity != first.entity }) {
            return (other.entity, other.label, "Person")
        }
        if let person = bySurname { return (person.entity, person.label, "Person") }
        // A first name alone, or a family name written first ("Kim" for Kim Jong Un): the person introduced first.
        if let first = byFirstName { return (first.entity, first.label, "Person") }
        // "Laki-laki" for Mount Lewotobi Laki-laki: the last word of a feature's name of three words or more.
        if mention.source != .gazetteer, let place = names.featurePlaces.first(where: { $0.lastKey == key }) {
            return (place.entity, place.label, place.type)
        }
        // The last or the first part of a double-barrelled surname: "Marlaska" for Fernando Grande-Marlaska, "Yeşilgöz" for
        // Dilan Yeşilgöz-Zegerius.
        if let person = names.people.first(where: { $0.lastPartKey == key && $0.lastPartKey != 0 }) {
            return (person.entity, person.label, "Person")
        }
        if mention.source != .gazetteer, let person = names.people.first(where: { $0.firstPartKey == key && $0.firstPartKey != 0 }) {
            return (person.entity, person.label, "Person")
        }
        // A Spanish or Portuguese name's first surname: "Zambada" for Ismael Zambada García.
        if let person = names.people.first(where: { $0.wordCount >= 3 && $0.penultimateKey == key }) {
            return (person.entity, person.label, "Person")
        }
        // A surname one letter off the one person's of the document: "Zelenskky" for Volodymyr Zelenskyy.
        if mention.source != .gazetteer, text.utf8.count >= 6, facts(of: mention.type).isPerson,
           let person = Self.person(withSurnameOneLetterFrom: text, among: names.people, minimumLength: 6) {
            return (person.entity, person.label, "Person")
        }
        // A surname of five letters with one letter more, the same first and last letters: "Tigiri" for Pascal Tigri.
        if mention.source != .gazetteer, text.utf8.count >= 6, facts(of: mention.type).isPerson,
           let person = Self.person(withSurnameOneLetterFrom: text, among: names.people, minimumLength: 5),
           let surname = Self.lastWord(of: person.label), surname.count == 5, text.count == 6,
           surname.first == text.first, surname.last == text.last {
            return (person.entity, person.label, "Person")
        }
        // A word of one person's name with a letter doubled or undoubled: "Jabar" for Shamsud-Din Jabbar, "Murtalla" for
        // Ibrahim Murtala Muhammed.
        if mention.source != .gazetteer, text.utf8.count >= 5, facts(of: mention.type).isPerson,
           let person = Self.person(withNameWordDoubledOrUndoubledIn: text, among: names.people) {
            return (person.entity, person.label, "Person")
        }
        // A long first name one letter off the one person's who has it, where names go by first names: "Paetongtran" for
        // Paetongtarn Shinawatra.
        if mention.source != .gazetteer, text.utf8.count >= 8, facts(of: mention.type).isPerson,
           let person = Self.person(withSurnameOneLetterFrom: text, among: names.people, minimumLength: 8, firstName: true) {
            return (person.entity, person.label, "Person")
        }
        if Self.isCapitals(text) {
            // Another organization's: the mention itself may be one of the document's organizations.
            let matches = names.organizations.filter { ($0.initials == text || $0.shortInitials == text) && $0.entity != mention.entity }
            if let first = matches.first, matches.allSatisfy({ $0.entity == first.entity }) {
                return (first.entity, first.label, first.type)
            }
            // "chanting "JM"" after John Mahama, "AMLO" after Andrés Manuel López Obrador: the initials of one person
            // of the document, when no organization of the document has them.
            if matches.isEmpty, mention.source != .gazetteer, text.utf8.count <= 5 {
                let people = names.people.filter { Self.initials(of: $0.label) == text }
                if let first = people.first, people.allSatisfy({ $0.entity == first.entity }) {
                    return (first.entity, first.label, "Person")
                }
            }
        } else if mention.source == .tagger, !facts(of: mention.type).isPlace || !Self.followsLocative(mention, hashes: hashes),
                  let organization = organization(named: mention, among: names.organizations, hashes: hashes) {
            return (organization.entity, organization.label, organization.type)
        }
        // "Rodriguez's 18th homer" in a baseball report is not Venezuela's president: a common surname alone is the
        // serving official only where the document names the official's country.
        if let entry = surnames[key], !commonSurnames.contains(key) || names.countries.contains(where: { $0.rawValue == entry.attributes["country"] }) {
            return (entry.id, entry.label, "Person")
        }
        return nil
    }

    /// The one person of `people` whose name is `name` with given names written as initials, or written in full where
    /// `name` has initials: "K.P. Sharma Oli" and "Khadga Prasad Sharma Oli", "N. Chandrasekaran" and "Natarajan
    /// Chandrasekaran". Nil for none or several.
    @inline(never)
    private static func person(initialing name: String, among people: [Person]) -> Person? {
        guard let surname = lastWord(of: name), case let key = nameKey(surname), people.contains(where: { $0.lastKey == key }) else { return nil }
        let words = Self.words(of: folded(name).lowercased())
        guard words.count >= 2 else { return nil }
        var found: Person?
        for person in people where person.lastKey == key {
            let other = Self.words(of: folded(person.label).lowercased())
            guard isInitialed(words, other) || isInitialed(other, words) else { continue }
            if let earlier = found, earlier.entity != person.entity { return nil }
            found = person
        }
        return found
    }

    /// The one person of `people` whose longer name starts with the two words or more of `name` and goes on with no
    /// generational suffix ("Sri Mulyani" of Sri Mulyani Indrawati; "Ferdinand Marcos" is not Ferdinand Marcos Jr.).
    @inline(never)
    private static func person(startingWith name: String, among people: [Person]) -> Person? {
        // Only names of three words or more keep their words (``Person/lowerWords``); the first word's key settles most.
        guard let space = name.utf8.firstIndex(of: 0x20), case let key = nameKey(name[..<space]),
              people.contains(where: { $0.wordCount > 2 && $0.firstKey == key }) else { return nil }
        let words = Self.words(of: folded(name).lowercased())
        guard words.count >= 2 else { return nil }
        var found: Person?
        for person in people where person.wordCount > words.count && person.lowerWords.count == person.wordCount
            && zip(person.lowerWords, words).allSatisfy({ $0 == $1 })
            && !person.lowerWords.dropFirst(words.count).contains(where: { generationalSuffixes.contains($0) }) {
            if let earlier = found, earlier.entity != person.entity { return nil }
            found = person
        }
        return found
    }

    /// Words after a name that tell a son from his father.
    private static let generationalSuffixes: Set<String> = ["jr.", "jr", "sr.", "sr", "ii", "iii", "iv"]

    /// The one gazetteer person of the surname of `name` whose name `name` writes with initials ("K.P. Sharma Oli").
    @inline(never)
    private func knownPerson(initialing name: String) -> GazetteerEntry? {
        guard let surname = Self.lastWord(of: name), let candidates = peopleBySurname[Self.nameKey(surname)] else { return nil }
        let words = Self.words(of: Self.folded(name).lowercased())
        return Self.onlyPerson(among: candidates) { Self.isInitialed(words, Self.words(of: $0.text.lowercased())) }
    }

    /// Whether `short` is `full` with its first names as initials ("k.p. sharma oli", "khadga prasad sharma oli").
    private static func isInitialed(_ short: [Substring], _ full: [Substring]) -> Bool {
        var letters: [Character] = []
        var rest = short[...]
        // "k.p." or "n.": letters, each followed by a full stop.
        while let word = rest.first, word.count >= 2, word.last == ".",
              word.enumerated().allSatisfy({ $0.offset % 2 == 0 ? $0.element.isLetter : $0.element == "." }) {
            letters += word.enumerated().compactMap { $0.offset % 2 == 0 ? $0.element : nil }
            rest = rest.dropFirst()
        }
        guard !letters.isEmpty, !rest.isEmpty, full.count == letters.count + rest.count,
              full.suffix(rest.count).elementsEqual(rest) else { return false }
        return zip(full.prefix(letters.count), letters).allSatisfy { $0.first == $1 }
    }

    /// The one person of `people` with a word of five letters or more in their name that is `text` with one letter
    /// doubled or undoubled (folded, lower case).
    private static func person(withNameWordDoubledOrUndoubledIn text: String, among people: [Person]) -> Person? {
        let folded = Array(Self.folded(text).lowercased().unicodeScalars)
        guard let initial = folded.first, initial.isASCII else { return nil }
        let initialByte = UInt8(initial.value)
        var found: Person?
        for person in people {
            var label = person.label
            // An ASCII word is its folded form but for case: words are set aside by their length and first letter on
            // the bytes, before any is folded.
            let candidate: Bool = label.withUTF8 { bytes in
                var start = 0
                for index in 0...bytes.count where index == bytes.count || bytes[index] == 0x20 {
                    defer { start = index + 1 }
                    let word = UnsafeBufferPointer(rebasing: bytes[start..<index])
                    guard let first = word.first else { continue }
                    // Words with marks or hyphens are folded and split below.
                    if word.contains(where: { $0 >= 0x80 || $0 == 0x2D }) { return true }
                    let lower = first >= 0x41 && first <= 0x5A ? first | 0x20 : first
                    if abs(word.count - folded.count) == 1, lower == initialByte { return true }
                }
                return false
            }
            guard candidate else { continue }
            for word in Self.words(of: person.label) {
                let scalars = Array(Self.folded(String(word)).lowercased().unicodeScalars)
                guard abs(scalars.count - folded.count) == 1, min(scalars.count, folded.count) >= 5,
                      isDoublingSlip(scalars, folded) else { continue }
                if let earlier = found, earlier.entity != person.entity { return nil }
                found = person
            }
        }
        return found
    }

    /// Whether the longer of `a` and `b` is the shorter with one letter written twice.
    private static func isDoublingSlip<T: Equatable>(_ a: [T], _ b: [T]) -> Bool {
        let (shorter, longer) = a.count < b.count ? (a, b) : (b, a)
        guard longer.count == shorter.count + 1 else { return false }
        for k in 1..<longer.count where longer[k] == longer[k - 1] {
            var without = longer
            without.remove(at: k)
            if without == shorter { return true }
        }
        return false
    }

    /// The one person of `people` whose name of more words than `words` ends in those words (folded, lower case) but for
    /// one typing slip.
    private static func person(endingOneSlipFrom words: [Substring], among people: [Person]) -> Person? {
        let text = words.joined(separator: " ")
        var found: Person?
        for person in people where person.wordCount > words.count && person.lowerWords.count == person.wordCount {
            let end = person.lowerWords.suffix(words.count).joined(separator: " ")
            guard end != text, abs(end.utf8.count - text.utf8.count) <= 1, isWithinOneEdit(end, text) else { continue }
            if let earlier = found, earlier.entity != person.entity { return nil }
            found = person
        }
        return found
    }

    /// The one person of `people` whose surname (or, with `firstName`, first name), of `minimumLength` bytes or more,
    /// is one letter off `text`.
    private static func person(withSurnameOneLetterFrom text: String, among people: [Person], minimumLength: Int,
                               firstName: Bool = false) -> Person? {
        guard !people.isEmpty else { return nil }
        let folded = Self.folded(text).lowercased()
        let isASCII = text.isAllASCII
        var found: Person?
        for person in people {
            guard let last = firstName ? Self.words(of: person.label).first : Self.lastWord(of: person.label).map(Self.withoutArticle),
                  last.utf8.count >= minimumLength,
                  // ASCII names one edit apart differ by a byte at most (folding a letter with a mark takes off a byte or
                  // two): a test that spares most of the folding below.
                  case let difference = abs(last.utf8.count - text.utf8.count),
                  difference <= 1 || difference <= 6 && !(isASCII && last.isAllASCII),
                  Self.isWithinOneEdit(Self.folded(String(last)).lowercased(), folded) else { continue }
            if let earlier = found, earlier.entity != person.entity { return nil }
            found = person
        }
        return found
    }

    /// Nouns and titles a place's name stands before as a modifier: "the Renton factory", "Cordoba Governor".
    static let placeModifiees = WordSet(["factory", "factories", "plant", "plants", "site", "facility", "facilities", "area",
                                         "residents", "office", "offices", "campus", "base", "governor", "mayor", "province",
                                         "state", "city", "region", "district", "county"])

    /// Whether a mention stands right before one of ``placeModifiees``.
    static func isPlaceModifier(_ mention: EntityMention, in article: Article, hashes: TokenHashes) -> Bool {
        let next = mention.tokens.upperBound
        return next < article.tokens.count && article.tokens[next].kind == .word && placeModifiees.contains(hashes.upper[next])
    }

    /// The upper-case hash of "of".
    private static let of = TokenHashes.hash("of", upperCased: true)

    /// Prepositions of place: the pattern stage's, and those that also come before other names ("at", "to").
    static let locatives = WordSet(PatternMatcher.locatives.union(["at", "to", "into", "throughout", "within"]))

    /// Whether a preposition of place comes right before the mention ("In Jharkhand, …"): then the tagger's reading
    /// of it as a place stands, even where an organization's name holds the word.
    static func followsLocative(_ mention: EntityMention, hashes: TokenHashes) -> Bool {
        mention.tokens.lowerBound > 0 && locatives.contains(hashes.upper[mention.tokens.lowerBound - 1])
    }

    /// Words of organization names too common to stand for one ("Party", "National", "Democratic").
    static let commonNameWords = WordSet(GenericNameQualifier.genericWords.union([
        "party", "democratic", "republican", "liberal", "conservative", "socialist", "communist", "people's", "peoples",
        "popular", "union", "front", "movement", "alliance", "group", "news", "institute", "university", "company",
        "corporation", "international", "united", "new", "world", "global", "league", "association", "organization",
        "organisation", "centre", "center", "foundation", "club", "city", "royal", "republic", "no", "de", "la", "el",
    ]))

    /// The one organization of the document whose name has `word` as a distinctive word: "Ishin" after "Nippon
    /// Ishin no Kai", "Kyodo" after "Kyodo News". Nil when no name or several have it, or when it is a word many
    /// names have ("Party").
    private func organization(named mention: EntityMention, among organizations: [Organization], hashes: TokenHashes) -> Organization? {
        let key = hashes.upper[mention.tokens.lowerBound]
        guard mention.tokens.count == 1, mention.range.count >= 4, !Self.commonNameWords.contains(key) else { return nil }
        var found: Organization?
        for organization in organizations where organization.wordKeys.contains(key) {
            if let earlier = found, earlier.entity != organization.entity { return nil }
            found = organization
        }
        return found
    }

    /// Refers a plural name to the organization of the document it names by its members, and tells whether it did:
    /// "the Liberals" for the Liberal Party, "the Christian Democrats" for the Christian Democratic Appeal, "the Guards"
    /// for the Islamic Revolutionary Guard Corps.
    private func referToMembersOrganization(_ mention: inout EntityMention, names: DocumentNames) -> Bool {
        guard mention.source != .gazetteer, !mention.isSure, mention.tokens.count <= 3, mention.text.utf8.last == UInt8(ascii: "s"),
              !names.organizations.isEmpty, facts(of: mention.type).isOrganization || facts(of: mention.type).isPerson,
              let body = Self.organization(namedByMembers: mention, among: names.organizations) else { return false }
        mention.refer(to: body.entity, label: body.label, type: body.type, because: "+members")
        return true
    }

    /// The one organization of `organizations` that `mention`, a plural, names by its members: its words, the last
    /// without its plural "s", are words of the organization's longer name, the last one as the start of a word
    /// ("Christian Democrats" in "Christian Democratic Appeal", "Liberals" in "Liberal Party"). Nil for none or several.
    @inline(never)
    private static func organization(namedByMembers mention: EntityMention, among organizations: [Organization]) -> Organization? {
        let words = Self.words(of: mention.text)
        guard let last = words.last, last.utf8.count >= 5, last.first?.isUppercase == true else { return nil }
        let stems = Array(words.dropLast()) + [last.dropLast()]
        // Most organizations' names lack the first word: a cheap test before splitting a name into words.
        let firstStem = stems[0]
        var found: Organization?
        for organization in organizations where organization.entity != mention.entity && organization.label.contains(firstStem) {
            let name = Self.words(of: organization.label)
            guard name.count > stems.count else { continue }
            let matches = (0...(name.count - stems.count)).contains { start in
                zip(stems.indices, name[start..<(start + stems.count)]).allSatisfy { index, word in
                    index < stems.count - 1 ? word == stems[index]
                        : word.hasPrefix(stems[index]) && word.utf8.count <= stems[index].utf8.count + 3
                }
            }
            guard matches else { continue }
            if let earlier = found, earlier.entity != organization.entity { return nil }
            found = organization
        }
        return found
    }

    /// Whether `text` is two or more characters, all upper case (`text.count >= 2` and every character
    /// `isUppercase`). ASCII text is read by bytes: there each of A–Z is one character, and nothing else is
    /// upper case.
    static func isCapitals(_ text: String) -> Bool {
        var bytes = text
        let ascii: Bool? = bytes.withUTF8 { bytes in
            var capitals = bytes.count >= 2
            for byte in bytes {
                if byte >= 0x80 { return nil }
                if byte < 0x41 || byte > 0x5A { capitals = false }
            }
            return capitals
        }
        return ascii ?? (text.count >= 2 && text.allSatisfy { $0.isUppercase })
    }

    /// The organization an acronym is given to through a description of it: "the National Electoral Council …
    /// The council, known by its Spanish initials CNE" gives CNE to the last organization of the document whose
    /// name ends in the description's noun.
    private func describedOrganization(before mention: EntityMention, in article: Article, names: DocumentNames) -> Organization? {
        var known = mention.tokens.lowerBound - 1
        while known > mention.tokens.lowerBound - 6, known > 2, !Self.isWord("known", at: known, in: article) { known -= 1 }
        guard Self.isWord("known", at: known, in: article) else { return nil }
        return organization(describedBefore: known, in: article, names: names)
    }

    /// Whether the words from `from` to `to` are ", or" after an organization's name and its initials in parentheses,
    /// and a comma or a full stop follows at `end`: "the Rassemblement des Bâtisseurs (RdB), or Rally of Builders,".
    private static func isTranslationAfterOr(from: Int, to start: Int, end: Int, in article: Article) -> Bool {
        var k = from
        if isWord("(", at: k, in: article), isWord(")", at: k + 2, in: article) { k += 3 }
        return k + 2 == start && isWord(",", at: k, in: article) && isWord("or", at: k + 1, in: article)
            && (isWord(",", at: end, in: article) || isWord(".", at: end, in: article))
    }

    /// Records the other names the mention at `index` (a name of two words or more with an entity) gives an organization:
    /// the organization's before it in another language or spelled out, or a short name before it that it glosses.
    private func registerOtherNames(givenAt index: Int, in mentions: [EntityMention], article: Article, names: inout DocumentNames) {
        // "The Ombudsman's Office, known in Spanish as the Defensoría del Pueblo": the other name of the
        // organization before it.
        // The language's name between them ("Spanish") is a mention of its own.
        var before = index - 1
        if before > 0, mentions[before].isDemonym || mentions[before].type == TaggerStage.miscellaneous { before -= 1 }
        if before >= 0,
           Self.isOtherName(between: mentions[before].tokens.upperBound, and: mentions[index].tokens.lowerBound, in: article),
           let entity = mentions[index].entity, let previous = mentions[before].entity, previous != entity,
           facts(of: mentions[before].type).isOrganization,
           facts(of: mentions[index].type).isOrganization || mentions[index].source == .tagger {
            names.acronyms[mentions[index].text] = (previous, mentions[before].label ?? mentions[before].text, mentions[before].type)
        }
        // "Union Calédonienne (Caledonian Union)", "Georgian Dream, or Kartuli Otsneba in Georgian,": a name in
        // parentheses right after an organization's, or after ", or" and before a language, is its other name, a
        // translation (whatever the tagger reads the foreign words as).
        if index > 0, case let before = mentions[index - 1],
           let previous = before.entity, previous != mentions[index].entity, facts(of: before.type).isOrganization,
           case let start = mentions[index].tokens.lowerBound, case let end = mentions[index].tokens.upperBound,
           before.tokens.upperBound + 1 == start && Self.isWord("(", at: start - 1, in: article) && Self.isWord(")", at: end, in: article)
               && (facts(of: mentions[index].type).isOrganization || mentions[index].source == .tagger)
               && !facts(of: mentions[index].type).isPerson && !facts(of: mentions[index].type).isPlace
           || before.tokens.upperBound + 2 == start && Self.isWord(",", at: start - 2, in: article) && Self.isWord("or", at: start - 1, in: article)
               && Self.isWord("in", at: end, in: article) && end + 1 < article.tokens.count && article.tokens[end + 1].isCapitalized
               && mentions[index].source == .tagger {
            names.acronyms[mentions[index].text] = (previous, before.label ?? before.text, before.type)
        }
        // "the Rassemblement des Bâtisseurs (RdB), or Rally of Builders,": past the initials, which may be a mention.
        if index > 0, !facts(of: mentions[index].type).isPerson, !facts(of: mentions[index].type).isPlace,
           case let initials = Self.isWord(")", at: mentions[index - 1].tokens.upperBound, in: article) ? 1 : 0, index > initials,
           case let before = mentions[index - 1 - initials], let previous = before.entity, previous != mentions[index].entity,
           facts(of: before.type).isOrganization,
           Self.isTranslationAfterOr(from: before.tokens.upperBound, to: mentions[index].tokens.lowerBound,
                                     end: mentions[index].tokens.upperBound, in: article) {
            names.acronyms[mentions[index].text] = (previous, before.label ?? before.text, before.type)
        }
        // "Frelimo, the Front for the Liberation of Mozambique,", "Podemos, whose name is the Portuguese acronym of
        // the Optimistic Party for …": a one-word name glossed by an organization's full name is that
        // organization, when the full name's initials are letters of it.
        if mentions[index].tokens.count >= 3, let entity = mentions[index].entity, facts(of: mentions[index].type).isOrganization,
           let short = glossedShortName(before: index, in: mentions, article: article), short.entity != entity,
           Self.hasInitialsAmongLetters(of: mentions[index].text, in: short.text) {
            names.acronyms[short.text] = (entity, mentions[index].label ?? mentions[index].text, mentions[index].type)
        }
    }

    /// The one-word name the organization's name at `index` glosses: right before it as "X, the …", or before
    /// "acronym of the …" in its sentence ("Podemos, whose name is the Portuguese acronym of the …").
    private func glossedShortName(before index: Int, in mentions: [EntityMention], article: Article) -> (text: String, entity: NodeID?)? {
        var start = mentions[index].tokens.lowerBound
        if Self.isWord("the", at: start - 1, in: article) { start -= 1 }
        guard index > 0 else { return nil }
        var previous = index - 1
        // "the Portuguese acronym of": a language's name between them is a mention of its own.
        while previous > 0, mentions[previous].isDemonym || mentions[previous].type == TaggerStage.miscellaneous { previous -= 1 }
        // A candidate's type is only a guess.
        guard mentions[previous].tokens.count == 1, !mentions[previous].isDemonym,
              mentions[previous].source == .candidate
                  || (facts(of: mentions[previous].type).isOrganization || mentions[previous].source == .tagger)
                  && !facts(of: mentions[previous].type).isPerson && !facts(of: mentions[previous].type).isPlace else { return nil }
        let end = mentions[previous].tokens.upperBound
        let found = (mentions[previous].text, mentions[previous].entity)
        if start == end + 1, previous == index - 1, Self.isWord(",", at: end, in: article) { return found }
        guard start - end <= 10, start >= 2, Self.isWord("of", at: start - 1, in: article) || Self.isWord("for", at: start - 1, in: article),
              ["acronym", "abbreviation", "initials"].contains(where: { Self.isWord($0, at: start - 2, in: article) }),
              !(end..<start).contains(where: { Self.isWord(".", at: $0, in: article) }) else { return nil }
        return found
    }

    /// Whether a name of at least two capitalized words has initials that are all letters of `short` ("Front for
    /// the Liberation of Mozambique": F, L, M in "Frelimo").
    static func hasInitialsAmongLetters(of name: String, in short: String) -> Bool {
        let letters = Set(short.lowercased())
        var initials = 0
        for word in name.split(separator: " ") {
            guard let first = word.first, first.isUppercase else { continue }
            guard letters.contains(Character(first.lowercased())) else { return false }
            initials += 1
        }
        return initials >= 2 && short.count >= 3
    }

    /// Whether the tokens from `start` to `end` give another name: ", known in Spanish as the", ", known locally as",
    /// ", also known as", ", called".
    static func isOtherName(between start: Int, and end: Int, in article: Article) -> Bool {
        guard end - start >= 2, end - start <= 6, isWord(",", at: start, in: article) else { return false }
        var k = start + 1
        if isWord("also", at: k, in: article) { k += 1 }
        if isWord("called", at: k, in: article) {
            k += 1
        } else {
            guard isWord("known", at: k, in: article) else { return false }
            k += 1
            if isWord("in", at: k, in: article), k + 1 < end, article.tokens[k + 1].isCapitalized {
                k += 2
            } else if isWord("locally", at: k, in: article) {
                k += 1
            }
            guard isWord("as", at: k, in: article) else { return false }
            k += 1
        }
        if k < end, isWord("the", at: k, in: article) { k += 1 }
        return k == end
    }

    /// The index of "formally" or "officially" right before the name that starts at token `start` ("formally the Banco
    /// Central …"), past a "the" between; nil when neither stands there.
    private static func formalNameCue(before start: Int, in article: Article) -> Int? {
        var cue = start - 1
        if isWord("the", at: cue, in: article) { cue -= 1 }
        return isWord("formally", at: cue, in: article) || isWord("officially", at: cue, in: article) ? cue : nil
    }

    /// The mention that ends right before ", officially" or ", formally" (and "the") before the mention at `index`: the
    /// one `index` gives the formal name of; nil for none.
    private static func nameBeforeFormalName(at index: Int, in mentions: [EntityMention], article: Article) -> EntityMention? {
        guard index > 0, let cue = formalNameCue(before: mentions[index].tokens.lowerBound, in: article), cue > 1,
              isWord(",", at: cue - 1, in: article), !mentions[index - 1].isDemonym else { return nil }
        // The name may have its noun after it: "Kasarani stadium, officially …".
        let end = mentions[index - 1].tokens.upperBound
        guard end == cue - 1 || end == cue - 2 && article.tokens[cue - 2].kind == .word && !article.tokens[cue - 2].isCapitalized
        else { return nil }
        return mentions[index - 1]
    }

    /// The organization a formal name is given to through a description of it: "Argentina's central bank … The
    /// bank, formally the Banco Central de la República Argentina" gives that name to the last other organization
    /// of the document whose name ends in the description's noun.
    private func formallyNamedOrganization(before mention: EntityMention, in article: Article, names: DocumentNames) -> Organization? {
        guard let cue = Self.formalNameCue(before: mention.tokens.lowerBound, in: article) else { return nil }
        return organization(describedBefore: cue, in: article, names: names, other: mention.entity)
    }

    /// The last organization of the document (other than `other`) whose name ends in the noun of the description
    /// "the <noun>," that ends right before token `cue` ("The council, known …", "The bank, formally …").
    private func organization(describedBefore cue: Int, in article: Article, names: DocumentNames, other: NodeID? = nil) -> Organization? {
        guard cue > 2, Self.isWord(",", at: cue - 1, in: article),
              Self.isWord("the", at: cue - 3, in: article) || Self.isWord("The", at: cue - 3, in: article),
              article.tokens[cue - 2].kind == .word, !article.tokens[cue - 2].isCapitalized else { return nil }
        let noun = article.text(of: article.tokens[cue - 2]).lowercased()
        return names.organizations.last { organization in
            organization.entity != other && organization.label.split(separator: " ").last.map { $0.lowercased() == noun } ?? false
        }
    }

    /// The ``nameKey(_:)`` of the one word that names a place of several words alone: the last word of a natural
    /// feature's name ("Laki-laki" for Mount Lewotobi Laki-laki), the first of an airport's ("Sangster" for Sangster
    /// International Airport) or of a city's named with "City" ("Talisay" for Talisay City); nil for other places.
    @inline(never)
    private static func shortNameKey(ofFeature mention: EntityMention, in article: Article, hashes: TokenHashes) -> UInt64? {
        // The key of the mention's first word, when it has `minimumBytes` bytes or more.
        func firstWordKey(minimumBytes: Int) -> UInt64? {
            let first = article.text(of: article.tokens[mention.tokens.lowerBound])
            return first.utf8.count >= minimumBytes ? nameKey(first) : nil
        }
        // "Talisay" for Talisay City.
        if mention.type == "City", mention.tokens.count == 2, mention.text.hasSuffix(" City") { return firstWordKey(minimumBytes: 4) }
        // "the Baltic" for the Baltic Sea, "the Caspian" for the Caspian Sea: a sea's or an ocean's first word, unless a
        // direction ("the North" is no short name of the North Sea).
        if mention.tokens.count == 2 {
            let first = mention.tokens.lowerBound
            guard seaWords.contains(hashes.upper[first + 1]), !directionWords.contains(hashes.upper[first]),
                  article.tokens[first].range.count >= 4 else { return nil }
            return nameKey(article.text(of: article.tokens[first]))
        }
        if featureWords.contains(hashes.upper[mention.tokens.lowerBound]) {
            guard let last = lastWord(of: mention.text), last.utf8.count >= 4 else { return nil }
            return nameKey(last)
        }
        // "Rio" for Rio de Janeiro: a city's first word, when a particle in lower case follows it.
        if mention.type == "City", mention.tokens.count >= 3, case let second = article.tokens[mention.tokens.lowerBound + 1],
           article.text(of: second).first?.isLowercase == true {
            return firstWordKey(minimumBytes: 3)
        }
        if mention.tokens.count == 3, mention.text.hasSuffix(" International Airport") { return firstWordKey(minimumBytes: 4) }
        return nil
    }

    /// The initials the document gives to a phrase in lower case, which names a thing and no actor: "amyloid-related
    /// imaging abnormalities (ARIA)", "the respiratory syncytial virus (RSV)", "respiratory syncytial virus, or RSV,".
    /// The words before the definition (a hyphen parts them too) start with the letters of the initials, in order.
    @inline(never)
    private static func initialsOfCommonNouns(among mentions: [EntityMention], in article: Article) -> Set<String> {
        var found = Set<String>()
        for index in mentions.indices where mentions[index].tokens.count == 1 {
            let k = mentions[index].tokens.lowerBound
            // The last word of the words the initials may stand for: before "(RSV)", or before ", or RSV".
            let lastWord: Int
            if k >= 2, k + 1 < article.tokens.count, isWord("(", at: k - 1, in: article), isWord(")", at: k + 1, in: article) {
                lastWord = k - 2
            } else if k >= 3, isWord("or", at: k - 1, in: article), isWord(",", at: k - 2, in: article),
                      k + 1 == article.tokens.count || article.tokens[k + 1].kind == .punctuation {
                lastWord = k - 3
            } else {
                continue
            }
            guard case let initials = Array(mentions[index].text.lowercased().unicodeScalars),
                  initials.count >= 2, initials.count <= 6, isCapitals(mentions[index].text) else { continue }
            // The words before the definition, in order, split at hyphens.
            var words: [[Unicode.Scalar]] = []
            var position = lastWord
            while words.count < initials.count, position >= 0, article.tokens[position].kind == .word {
                let word = article.text(of: article.tokens[position])
                guard let first = word.unicodeScalars.first, CharacterSet.lowercaseLetters.contains(first) else { break }
                words.insert(contentsOf: word.split(separator: "-").map { Array($0.unicodeScalars) }, at: 0)
                position -= 1
            }
            if (0..<max(0, words.count - 1)).contains(where: { spell(initials[...], with: words[$0...]) }) {
                found.insert(mentions[index].text)
            }
        }
        return found
    }

    /// Whether `initials` are the starts of `words`, each word giving its first letter or its first two or three: "rsv"
    /// of "respiratory syncytial virus", "elac" of "elevator aileron computer".
    private static func spell(_ initials: ArraySlice<Unicode.Scalar>, with words: ArraySlice<[Unicode.Scalar]>) -> Bool {
        guard let word = words.first else { return initials.isEmpty }
        guard initials.count >= words.count else { return false }
        for length in 1...min(3, word.count, initials.count - words.count + 1)
            where initials.prefix(length).elementsEqual(word.prefix(length)) {
            if spell(initials.dropFirst(length), with: words.dropFirst()) { return true }
        }
        return false
    }

    /// Marks a people's name before a word of language as the language's, no country's: "known by its French initials
    /// MSF", "the Russian word for war". Its own function: in ``resolve(_:in:hashes:)`` the loop made the optimizer copy
    /// each mention whole at every field read of the function's other loops.
    @inline(never)
    private static func markLanguages(_ mentions: inout [EntityMention], in article: Article, hashes: TokenHashes) {
        for index in mentions.indices where mentions[index].isDemonym {
            let end = mentions[index].tokens.upperBound
            guard end < article.tokens.count, wordsOfLanguage.contains(hashes.upper[end]) else { continue }
            mentions[index].type = TaggerStage.miscellaneous
            mentions[index].rule += "+language"
        }
    }

    /// Nouns after a people's name that make it a language's: "its French initials", "the Arabic word for".
    static let wordsOfLanguage = WordSet(["initials", "acronym", "abbreviation", "word", "words", "spelling", "translation",
                                          "transliteration", "language", "name", "names", "term", "phrase", "original"])

    /// Nouns of illnesses named for a person ("Alzheimer's disease", "Parkinson's disease"), by upper-case hash.
    private static let illnessNouns = WordSet(["disease", "syndrome", "disorder", "palsy"])
    /// Nouns that make the name before them a language's ("the Kimakonde language") or an illness's ("the Nipah virus",
    /// "Lassa fever").
    private static let languageNouns = WordSet(["language", "languages", "dialect", "dialects", "tongue", "virus", "fever"])

    /// The one-word names the document writes before "'s disease" and the like or before "virus" or "fever", an illness's,
    /// or before "language", a language's: no actor's, wherever the document writes them ("the Alzheimer's drug").
    @inline(never)
    private static func namesOfIllnessesAndLanguages(among mentions: [EntityMention], in article: Article, hashes: TokenHashes) -> Set<String> {
        var found = Set<String>()
        for index in mentions.indices where mentions[index].tokens.count == 1 {
            let next = mentions[index].tokens.upperBound
            if next + 1 < article.tokens.count, article.tokens[next].kind == .possessive, illnessNouns.contains(hashes.upper[next + 1]) {
                found.insert(mentions[index].text)
            } else if next < article.tokens.count, mentions[index].source != .gazetteer, !mentions[index].isDemonym,
                      languageNouns.contains(hashes.upper[next]) {
                // "a word in the Kimakonde language", "the Nipah virus": a language's or an illness's name.
                found.insert(mentions[index].text)
            }
        }
        return found
    }

    /// The defined acronym that `text` writes as a word, capitalized ("Elecam" after "Elections Cameroon (ELECAM)"):
    /// of four letters or more, since shorter ones are words too ("Who"). Only an organization's name is read so, and
    /// not after a preposition of place: "in Nice" is the city, not NICE, even where the tagger reads an organization.
    @inline(never)
    private func acronym(writtenAsWord text: String, tokenCount: Int, type: String, in names: DocumentNames)
        -> (entity: NodeID, label: String, type: String)? {
        // In ASCII, as acronyms are: a capital, then small letters.
        let utf8 = text.utf8
        guard tokenCount == 1, utf8.count >= 4, utf8.count <= 8, let first = utf8.first, first >= 0x41, first <= 0x5A,
              utf8.dropFirst().allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }), facts(of: type).isOrganization else { return nil }
        return names.acronyms[text.uppercased()]
    }

    /// "World Health Organization (WHO)": the acronym in parentheses right after a name.
    private func definedAcronym(after mention: EntityMention, in article: Article) -> String? {
        definedAcronym(at: mention.tokens.upperBound, in: article)
    }

    /// The acronym defined at token `index`, right after a name (see ``definedAcronym(after:in:)``).
    private func definedAcronym(at index: Int, in article: Article) -> String? {
        let count = article.tokens.count
        /// The token at `k` when it can be an acronym: two to eight characters, at least two of them capitals, and
        /// perhaps a capitalized word after a hyphen ("ALPA-India").
        func acronym(at k: Int) -> String? {
            guard k < count else { return nil }
            let candidate = article.text(of: article.tokens[k])
            let parts = candidate.split(separator: "-", maxSplits: 1, omittingEmptySubsequences: false)
            let initials = parts[0]
            guard initials.count >= 2, initials.count <= 8, initials.first?.isUppercase == true,
                  initials.filter({ $0.isUppercase }).count >= 2 else { return nil }
            if parts.count == 2 {
                guard parts[1].first?.isUppercase == true, parts[1].count <= 12, parts[1].allSatisfy(\.isLetter) else { return nil }
            }
            return candidate
        }
        // "World Health Organization (WHO)", "Africa Centres for Disease Control and Prevention (Africa CDC)".
        if index + 2 < count, Self.isWord("(", at: index, in: article) {
            // "(SENAPRED, by its Spanish initials)" too.
            if Self.isWord(")", at: index + 2, in: article) || Self.isWord(",", at: index + 2, in: article) {
                return acronym(at: index + 1)
            }
            if index + 3 < count, Self.isWord(")", at: index + 3, in: article), article.tokens[index + 1].isCapitalized,
               let last = acronym(at: index + 2) {
                return article.text(of: article.tokens[index + 1]) + " " + last
            }
            return nil
        }
        // "Tehreek-e-Taliban Pakistan, or TTP,".
        if index + 2 < count, Self.isWord(",", at: index, in: article), Self.isWord("or", at: index + 1, in: article),
           let defined = acronym(at: index + 2) {
            return defined
        }
        // "…, known as UKMTO", "known by its Russian initials GKNB", "better known by its French acronym MSF".
        var k = index
        while k < min(count, index + 4), !Self.isWord("known", at: k, in: article), !Self.isWord("initials", at: k, in: article),
              !Self.isWord("acronym", at: k, in: article) {
            k += 1
        }
        guard k < min(count, index + 4) else { return nil }
        for j in (k + 1)..<min(count, k + 8) {
            if let defined = acronym(at: j) {
                // "known as Africa CDC": a capitalized word right before the acronym belongs to it.
                if j - 1 > k, article.tokens[j - 1].isCapitalized, article.tokens[j - 1].kind == .word {
                    return article.text(of: article.tokens[j - 1]) + " " + defined
                }
                return defined
            }
            if article.tokens[j].kind == .punctuation { return nil }
        }
        return nil
    }

    /// The words between spaces of `text`, as `text.split(separator: " ")` gives them. The text is cut at its
    /// space bytes, far cheaper than comparing characters, as long as every space has ASCII bytes on both sides:
    /// a combining mark after a space, or a prepended letter before it, would join the space into a larger
    /// character that is no separator, and such text is split by characters.
    static func words(of text: String) -> [Substring] {
        var words: [Substring] = []
        // Names have a few words: one allocation instead of regrowing from one word to two to four.
        words.reserveCapacity(8)
        let utf8 = text.utf8
        var start: String.Index?
        var previous: UInt8 = 0
        var index = utf8.startIndex
        while index != utf8.endIndex {
            let byte = utf8[index]
            let next = utf8.index(after: index)
            if byte == 0x20 {
                if previous >= 0x80 || (next != utf8.endIndex && utf8[next] >= 0x80) { return text.split(separator: " ") }
                if let wordStart = start { words.append(text[wordStart..<index]) }
                start = nil
            } else if start == nil {
                start = index
            }
            previous = byte
            index = next
        }
        if let wordStart = start { words.append(text[wordStart...]) }
        return words
    }

    /// Whether `text` is one word between spaces, as `text.split(separator: " ").count == 1` says, without the array.
    static func isOneWord(_ text: String) -> Bool {
        var words = 0
        var inWord = false
        for byte in text.utf8 {
            if byte == 0x20 {
                inWord = false
            } else if !inWord {
                inWord = true
                words += 1
                if words > 1 { return false }
            }
        }
        return words == 1
    }

    /// The last word between spaces of `text`, as `text.split(separator: " ").last` gives it, without the array.
    static func lastWord(of text: String) -> Substring? {
        guard let last = text.utf8.lastIndex(where: { $0 != 0x20 }) else { return nil }
        // Right after the last non-space byte comes a space or the end: a character boundary.
        let end = text.utf8.index(after: last)
        let start = text.utf8[..<last].lastIndex(of: 0x20).map { text.utf8.index(after: $0) } ?? text.startIndex
        return text[start..<end]
    }

    /// How many words, one or two and all capitalized, follow the last " of " of a name: the place a name may end
    /// with ("Constitutional Democratic Party of Japan" → 1, "Bank of South Sudan" → 2), whose initials the body's
    /// acronym leaves out (CDP). 0 when there is no such ending. Read from the bytes, without making words.
    static func capitalizedWordsAfterLastOf(in name: String) -> Int {
        let bytes = Array(name.utf8)
        var index = bytes.count - 4
        while index > 0 {
            if bytes[index] == 0x20, bytes[index + 1] == 0x6F, bytes[index + 2] == 0x66, bytes[index + 3] == 0x20 { break }
            index -= 1
        }
        guard index > 0 else { return 0 }
        var words = 0
        var atStart = true
        for byte in bytes[(index + 4)...] {
            if byte == 0x20 {
                atStart = true
            } else {
                if atStart {
                    guard byte >= 0x41, byte <= 0x5A else { return 0 }
                    words += 1
                }
                atStart = false
            }
        }
        return words <= 2 ? words : 0
    }

    /// Initials of the capitalized words of a name: "Centers for Disease Control" → "CDC".
    static func initials(of name: String) -> String {
        var bytes = name
        let ascii = bytes.withUTF8 { bytes in
            // ASCII: a byte is a character, and only A–Z are upper case. The initials are gathered on the
            // stack, and make a small string without an allocation; nil at the first byte that is not ASCII.
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: bytes.count) { initials -> String? in
                var count = 0
                var atStart = true
                for byte in bytes {
                    if byte >= 0x80 { return nil }
                    if byte == 0x20 || byte == 0x2D {
                        atStart = true
                    } else {
                        if atStart, byte >= 0x41, byte <= 0x5A {
                            initials[count] = byte
                            count += 1
                        }
                        atStart = false
                    }
                }
                return String(decoding: UnsafeBufferPointer(rebasing: initials[..<count]), as: UTF8.self)
            }
        }
        if let ascii { return ascii }
        return String(name.split(whereSeparator: { $0 == " " || $0 == "-" }).compactMap { word in
            word.first.flatMap { $0.isUppercase ? $0 : nil }
        })
    }

    /// A gazetteer person whose name is one edit from `name` and who has the same surname or first name.
    /// With `byPartOfName`, a name read as a person's may also be part of the known person's longer name: with a
    /// second surname ("Dina Boluarte Zegarra") or without the first name ("Paz Pereira").
    private func knownPerson(_ name: String, byPartOfName: Bool = false) -> GazetteerEntry? {
        guard name.utf8.count >= 8, let surname = Self.lastWord(of: name), name.count >= 8 else { return nil }
        let foldedName = FoldedName(name)
        let oneEditAway: (FoldedName) -> Bool = { $0.isWithinOneEdit(of: foldedName) }
        if let candidates = peopleBySurname[Self.nameKey(surname)], let found = Self.onlyPerson(among: candidates, named: oneEditAway) {
            return found
        }
        let words = Self.words(of: name)
        // "Dina Boluarte Zegarra", "José Jerí Oré": a Spanish or Portuguese name with its second surname, of the one
        // person known by the name without it ("Raila Odinga Jr." is another person).
        if byPartOfName, words.count >= 3, !Self.generationalSuffixes.contains(words[words.count - 1].lowercased()),
           let candidates = peopleBySurname[Self.nameKey(words[words.count - 2])] {
            let shorter = Self.folded(words.dropLast().joined(separator: " "))
            if let found = Self.onlyPerson(among: candidates, named: { $0.text == shorter }) { return found }
        }
        // "Paz Pereira" for Rodrigo Paz Pereira, "Sharma Oli": the last two words of the one person's longer name.
        if byPartOfName, words.count == 2, let candidates = peopleBySurname[Self.nameKey(words[1])] {
            let ending = " " + Self.folded(name)
            if let found = Self.onlyPerson(among: candidates, named: { $0.text.hasSuffix(ending) }) { return found }
        }
        // The surname misspelled: the people of the same first name.
        guard let first = words.first, let candidates = peopleByFirstName[Self.nameKey(first)] else { return nil }
        return Self.onlyPerson(among: candidates, named: oneEditAway)
    }

    /// The one person of `candidates` with a name that `matches`; nil for none or several.
    private static func onlyPerson(among candidates: [KnownPerson], named matches: (FoldedName) -> Bool) -> GazetteerEntry? {
        // By index: a `for person in candidates` loop copies every person's entry, retaining each of its strings.
        var found: Int?
        for i in candidates.indices where candidates[i].foldedNames.contains(where: matches) {
            if let earlier = found, candidates[earlier].entry.id != candidates[i].entry.id { return nil }
            found = i
        }
        return found.map { candidates[$0].entry }
    }

    /// The name without diacritics ("Erdoğan" → "Erdogan").
    static func folded(_ name: String) -> String {
        if name.isAllASCII { return name }
        let folded = name.folding(options: [.diacriticInsensitive], locale: nil)
        // Searching costs several times the folding; only the dotless i itself matches it.
        guard folded.unicodeScalars.contains("ı") else { return folded }
        return folded.replacingOccurrences(of: "ı", with: "i")
    }

    /// Whether the Unicode scalars of `a` and `b` are at most one typing slip apart: equal, or one scalar substituted,
    /// inserted or deleted, or two neighbouring scalars swapped ("Rajeolina" for "Rajoelina"). One pass over both, with
    /// no distance table to allocate.
    static func isWithinOneEdit(_ a: String, _ b: String) -> Bool {
        // In ASCII text each byte is one scalar, and the bytes are cheaper to step through.
        if a.isAllASCII, b.isAllASCII { return isWithinOneEdit(a.utf8, b.utf8) }
        return isWithinOneEdit(a.unicodeScalars, b.unicodeScalars)
    }

    fileprivate static func isWithinOneEdit<C: BidirectionalCollection>(_ a: C, _ b: C) -> Bool where C.Element: Equatable {
        let (shorter, longer) = a.count <= b.count ? (a, b) : (b, a)
        let sameLength = shorter.count == longer.count
        guard sameLength || shorter.count + 1 == longer.count else { return false }
        var i = shorter.startIndex, j = longer.startIndex
        while i != shorter.endIndex, shorter[i] == longer[j] {
            shorter.formIndex(after: &i)
            longer.formIndex(after: &j)
        }
        guard i != shorter.endIndex else { return true }
        // The first difference is the one edit: a substitution skips a scalar of both, an insertion one of the longer,
        // a swap two of both.
        if sameLength {
            let swapped = shorter.index(after: i), other = longer.index(after: j)
            if swapped != shorter.endIndex, shorter[i] == longer[other], shorter[swapped] == longer[j],
               shorter[shorter.index(after: swapped)...].elementsEqual(longer[longer.index(after: other)...]) {
                return true
            }
            shorter.formIndex(after: &i)
        }
        longer.formIndex(after: &j)
        return shorter[i...].elementsEqual(longer[j...])
    }
}

extension EntityMention {
    /// Makes the mention name `entity`, with its `label` and class `type`, and appends `suffix` (how it was resolved:
    /// "+acronym", "+nickname") to its rule.
    fileprivate mutating func refer(to entity: NodeID?, label: String?, type: String, because suffix: String = "") {
        self.entity = entity
        self.label = label
        self.type = type
        if !suffix.isEmpty { rule += suffix }
    }
}
