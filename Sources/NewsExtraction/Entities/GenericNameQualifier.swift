import KnowledgeGraph
import NewsText

/// Gives a generic organization name its country, so that two countries' ministries do not become one node
/// when articles about both are built into one graph.
///
/// A name made only of generic words ("Foreign Ministry", "Ministry of Health", "Federal Police") belongs to
/// the country named right before it ("Tajikistan's Foreign Ministry", "the Ugandan Health Ministry"), else to
/// the country of the dateline ("KAMPALA, Uganda — The Health Ministry said …"). It becomes the gazetteer's
/// entity of that country when there is one ("Pakistan's Foreign Office" is the Ministry of Foreign Affairs of
/// Pakistan), else an entity named for both: "Ministry of Foreign Affairs of Tajikistan". A generic name with
/// no country stays as it is.
public struct GenericNameQualifier: Sendable {
    /// A gazetteer organization of one country.
    struct Known: Sendable {
        var id: NodeID
        var label: String
        var type: String
    }

    /// Gazetteer organizations by country ID and ``canonicalKey(_:)`` of their generic name.
    private let known: [String: Known]
    /// Gazetteer organizations of a country by country ID and any of their names of two words or more, lower case.
    private let named: [String: Known]
    /// The country of each gazetteer party and person.
    private let homeCountries: [NodeID: NodeID]
    /// Countries by their names, and cities' countries, for names and datelines.
    private let countries: CountryNames
    /// The first word of every name in ``CountryNames/byName``, with a possessive's ending too ("philippines'").
    private let countryFirstWords: Set<String>
    /// The last word of every name in ``CountryNames/byName``.
    private let countryLastWords: Set<String>
    /// The classes, to tell organizations.
    private let schema: GraphSchema

    /// Words a generic organization name may be made of, lower case.
    static let genericWords: Set<String> = [
        "ministry", "ministries", "office", "department", "agency", "police", "army", "navy", "force", "forces", "air",
        "parliament", "court", "supreme", "constitutional", "high", "central", "bank", "committee", "council", "service",
        "services", "security", "intelligence", "national", "federal", "state", "foreign", "health", "defense", "defence",
        "interior", "internal", "home", "finance", "justice", "education", "economy", "economic", "energy", "agriculture",
        "environment", "transport", "trade", "culture", "labor", "labour", "affairs", "emergency", "emergencies",
        "situations", "information", "communications", "public", "prosecutor", "prosecutor's", "prosecution",
        "prosecutors", "general", "attorney", "electoral", "election", "commission", "border", "guard", "customs",
        "immigration", "tax", "revenue", "statistics", "development", "planning", "industry", "mines", "water", "military",
        "coast", "armed", "congress", "senate",
        "of", "for", "and", "the", "&", "'s", "’s",
    ]
    /// Words at least one of which makes a generic name an organization's.
    static let headWords: Set<String> = [
        "ministry", "ministries", "office", "department", "agency", "police", "army", "navy", "force", "forces", "parliament", "court",
        "congress", "senate",
        "bank", "committee", "council", "service", "commission", "guard", "prosecutor's", "prosecution", "prosecutors", "military",
    ]
    /// "Foreign Ministry" is the "Ministry of Foreign Affairs": the domain a ministry's name gives, when it differs.
    static let ministryDomains: [String: String] = ["foreign": "foreign affairs", "defence": "defense", "home": "interior"]

    /// A qualifier over the organizations and countries of `ontology`.
    public init(ontology: Ontology) {
        let countries = CountryNames(ontology: ontology)
        var countryForms: [NodeID: [String]] = [:]
        for entry in ontology.entries where entry.type == "Country" {
            countryForms[entry.id] = ([entry.label] + entry.aliases + entry.demonyms).map { $0.lowercased() }
        }
        var known: [String: Known] = [:]
        for entry in ontology.entries where entry.attributes["country"] != nil {
            guard let country = entry.attributes["country"].map(NodeID.init(rawValue:)), let forms = countryForms[country] else { continue }
            for name in [entry.label] + entry.aliases {
                guard let generic = Self.genericPart(of: name.lowercased(), countryForms: forms) else { continue }
                let key = country.rawValue + "|" + Self.canonicalKey(generic)
                if known[key] == nil { known[key] = Known(id: entry.id, label: entry.label, type: entry.type) }
            }
        }
        // "the U.S. National Transportation Safety Board": any name of a country's organization after the country's name.
        var named: [String: Known] = [:]
        for entry in ontology.entries where ontology.schema.family(of: entry.type) == "Organization" {
            guard let country = entry.attributes["country"] else { continue }
            for name in [entry.label] + entry.aliases where name.contains(" ") {
                let key = country + "|" + name.lowercased()
                if named[key] == nil { named[key] = Known(id: entry.id, label: entry.label, type: entry.type) }
            }
        }
        self.known = known
        self.named = named
        var homeCountries: [NodeID: NodeID] = [:]
        for entry in ontology.entries where entry.type == "PoliticalParty" || entry.type == "Person" {
            if let country = entry.attributes["country"] { homeCountries[entry.id] = NodeID(rawValue: country) }
        }
        self.homeCountries = homeCountries
        self.schema = ontology.schema
        self.countries = countries
        var countryFirstWords = Set<String>()
        for name in countries.byName.keys {
            let first = name.split(separator: " ").first.map(String.init) ?? name
            countryFirstWords.formUnion([first, first + "'s", first + "’s", first + "'", first + "’"])
        }
        self.countryFirstWords = countryFirstWords
        countryLastWords = Set(countries.byName.keys.map { name in name.split(separator: " ").last.map(String.init) ?? name })
    }

    /// `mentions` (resolved, in text order) with each generic organization name tied to its country. Mentions
    /// the resolver tied to a generic name (an acronym defined for it, "GKNB") follow it to its country's entity,
    /// unless the document gives that name to two countries. A lower-case body (``OwnedBodyFinder``) that no country
    /// claims is dropped.
    public func qualify(_ mentions: consuming [EntityMention], in article: Article) -> [EntityMention] {
        var datelineCountry: NodeID?? = .none
        var qualified: [(index: Int, entry: Known)] = []
        var renamed: [NodeID: Known?] = [:]
        for index in mentions.indices where mentions[index].source != .gazetteer && !mentions[index].isDemonym
            && schema.family(of: mentions[index].type) == "Organization" {
            // Most organization names start with no country word and hold a word no generic name has: those
            // need no more work.
            let words = mentions[index].text.split(separator: " ")
            guard let first = words.first,
                  countryFirstWords.contains(first.lowercased()) || words.allSatisfy({ Self.genericWords.contains($0.lowercased()) })
                    || words.count >= 4 && Self.headWords.contains(first.lowercased()) && words.contains("of")
            else { continue }
            let text = mentions[index].text.lowercased()
            var generic = text
            let country: NodeID?
            if let (named, rest) = countryInside(text) {
                // "Ugandan Health Ministry", "Afghan Ministry of Defense": the country is part of the name.
                country = named
                generic = rest
            } else if let (named, rest) = countryAfterOf(text) {
                // "Ministry of Public Health of the Democratic Republic of the Congo": the country ends the name.
                country = named
                generic = rest
            } else if isGeneric(text), let named = countryBefore(index, in: mentions, article: article) {
                country = named
            } else if isGeneric(text) {
                if datelineCountry == nil { datelineCountry = .some(countries.datelineCountry(of: article.metadata)?.id) }
                country = datelineCountry ?? nil
            } else {
                continue
            }
            guard let country, let countryLabel = countries.labels[country] else { continue }
            let canonical = Self.canonicalKey(generic)
            let entry: Known
            if let known = known[country.rawValue + "|" + canonical] ?? named[country.rawValue + "|" + generic] {
                entry = known
            } else {
                let label = Self.titleCased(canonical) + " of " + countryLabel
                entry = Known(id: NodeID(kind: "org", name: label), label: label, type: mentions[index].type)
            }
            qualified.append((index, entry))
            if let old = mentions[index].entity {
                // Two countries' entities for one generic name: its other mentions stay as they are.
                if let earlier = renamed[old], earlier?.id != entry.id { renamed[old] = .some(nil) } else { renamed[old] = entry }
            }
        }
        qualified += foreignParties(in: mentions, article: article, datelineCountry: &datelineCountry, renamed: &renamed)
        var isQualified = [Bool](repeating: false, count: mentions.count)
        for (index, entry) in qualified {
            mentions[index].entity = entry.id
            mentions[index].label = entry.label
            mentions[index].type = entry.type
            mentions[index].rule += "+country"
            isQualified[index] = true
        }
        if !renamed.isEmpty {
            for index in mentions.indices where !isQualified[index] {
                guard let old = mentions[index].entity, let entry = renamed[old] ?? nil else { continue }
                mentions[index].entity = entry.id
                mentions[index].label = entry.label
                mentions[index].type = entry.type
            }
        }
        // A lower-case body no country claims ("the health ministry" under a dateline of no known country) names
        // nothing a reader could tell apart.
        var kept = 0
        for index in mentions.indices where isQualified[index] || mentions[index].rule != OwnedBodyFinder.rule {
            if kept != index { mentions.swapAt(kept, index) }
            kept += 1
        }
        mentions.removeLast(mentions.count - kept)
        return mentions
    }

    /// Gazetteer parties named in another country's story: many countries have a "Liberal Party" or a "Democratic
    /// Party", and the gazetteer has one of each name. A party is another country's when that country's name with a
    /// possessive, or its adjective, comes before it ("South Korea's main opposition Democratic Party", "Canada's
    /// governing Liberal Party"), or when the document never names the party's own country and its dateline is another's
    /// ("OTTAWA — … the Liberal Party") and none of its gazetteer people. It becomes that country's party of the same name.
    private func foreignParties(in mentions: [EntityMention], article: Article, datelineCountry: inout NodeID??,
                                renamed: inout [NodeID: Known?]) -> [(index: Int, entry: Known)] {
        var result: [(index: Int, entry: Known)] = []
        for index in mentions.indices where mentions[index].source == .gazetteer && mentions[index].type == "PoliticalParty" {
            // A name of one word ("Likud", "SPD") is one party's.
            guard let party = mentions[index].entity, let home = homeCountries[party], mentions[index].text.contains(" ") else { continue }
            var country = owningCountry(before: index, in: mentions, article: article)
            if country == nil, !mentions.contains(where: { mention in
                mention.entity.map { $0 == home || mention.type == "Person" && homeCountries[$0] == home } ?? false }) {
                if datelineCountry == nil { datelineCountry = .some(countries.datelineCountry(of: article.metadata)?.id) }
                country = datelineCountry ?? nil
            }
            guard let country, country != home, let countryLabel = countries.labels[country] else { continue }
            // The name as written: the gazetteer's may hold its own country ("Social Democratic Party of Germany").
            let name = mentions[index].text
            let entry = named[country.rawValue + "|" + name.lowercased()] ?? {
                let label = name + " of " + countryLabel
                return Known(id: NodeID(kind: "org", name: label), label: label, type: "PoliticalParty")
            }()
            result.append((index, entry))
            if let earlier = renamed[party], earlier?.id != entry.id { renamed[party] = .some(nil) } else { renamed[party] = entry }
        }
        return result
    }

    /// The country whose possessive or adjective opens the noun phrase that mention `index` ends, past up to three words in
    /// lower case ("South Korea's main opposition", "the Japanese ruling").
    private func owningCountry(before index: Int, in mentions: [EntityMention], article: Article) -> NodeID? {
        guard index > 0, let entity = mentions[index - 1].entity, entity.kind == "country" else { return nil }
        var start = mentions[index - 1].tokens.upperBound
        if !mentions[index - 1].isDemonym {
            guard start < article.tokens.count, article.tokens[start].kind == .possessive else { return nil }
            start += 1
        }
        let gap = start..<mentions[index].tokens.lowerBound
        guard gap.count <= 3, gap.allSatisfy({ article.tokens[$0].kind == .word && !article.tokens[$0].isCapitalized }) else { return nil }
        return entity
    }

    /// The country a name starts with and the rest of it: "ugandan health ministry" → (Uganda, "health ministry"),
    /// "philippines' department of migrant workers" → (Philippines, "department of migrant workers"), "u.s. national
    /// transportation safety board" → (United States, "national transportation safety board"); nil when the name does
    /// not start with a country's name or demonym, or the rest is neither generic nor the name of one of the country's
    /// organizations, and the country no possessive.
    private func countryInside(_ text: String) -> (NodeID, String)? {
        let words = text.split(separator: " ")
        guard words.count >= 2 else { return nil }
        for length in (1...min(4, words.count - 1)).reversed() {
            var name = words.prefix(length).joined(separator: " ")
            // "Philippines' Department of Migrant Workers": a possessive owner owns whatever follows.
            var isPossessive = true
            if name.hasSuffix("'s") || name.hasSuffix("’s") {
                name.removeLast(2)
            } else if name.hasSuffix("'") || name.hasSuffix("’") {
                name.removeLast()
            } else {
                isPossessive = false
            }
            guard let country = countries.byName[name] else { continue }
            let rest = words.dropFirst(length).joined(separator: " ")
            return isPossessive || isGeneric(rest) || named[country.id.rawValue + "|" + rest] != nil ? (country.id, rest) : nil
        }
        return nil
    }

    /// The country that ends a generic name after "of" ("ministry of public health of the democratic republic of the
    /// congo"), and the generic name before it; nil when none does.
    private func countryAfterOf(_ text: String) -> (NodeID, String)? {
        let words = text.split(separator: " ")
        guard let last = words.last, countryLastWords.contains(String(last)) else { return nil }
        for index in words.indices.dropFirst() where words[index] == "of" && index + 1 < words.count {
            var tail = words[(index + 1)...]
            if tail.first == "the", tail.count > 1 { tail = tail.dropFirst() }
            guard let country = countries.byName[tail.joined(separator: " ")] else { continue }
            let rest = words[..<index].joined(separator: " ")
            return isGeneric(rest) ? (country.id, rest) : nil
        }
        return nil
    }

    /// Whether a name is made of generic words only, with a head word among them.
    func isGeneric(_ text: String) -> Bool {
        let words = text.lowercased().split(separator: " ")
        return words.count <= 6 && words.allSatisfy { Self.genericWords.contains(String($0)) }
            && words.contains { Self.headWords.contains(String($0)) }
    }

    /// The country of the mention right before mention `index` when it names that one's owner: a country with
    /// a possessive ("Tajikistan's Foreign Ministry") or a country's demonym ("the Ugandan Health Ministry").
    private func countryBefore(_ index: Int, in mentions: [EntityMention], article: Article) -> NodeID? {
        guard index > 0, let entity = mentions[index - 1].entity, entity.kind == "country" else { return nil }
        let gap = mentions[index - 1].tokens.upperBound..<mentions[index].tokens.lowerBound
        if mentions[index - 1].isDemonym { return gap.isEmpty ? entity : nil }
        return gap.count == 1 && article.tokens[gap.lowerBound].kind == .possessive ? entity : nil
    }

    /// The generic part of a gazetteer name of a country's organization, lower case: "pakistan's foreign office" →
    /// "foreign office", "ministry of foreign affairs of pakistan" → "ministry of foreign affairs"; nil when the
    /// name is not the country's name or demonym and a generic name.
    static func genericPart(of name: String, countryForms: [String]) -> String? {
        for form in countryForms where !form.isEmpty {
            for prefix in [form + "'s ", form + "’s ", form + "' ", form + "’ ", form + " "] where name.hasPrefix(prefix) {
                let rest = String(name.dropFirst(prefix.count))
                if isGenericLower(rest) { return rest }
            }
            for suffix in [" of " + form, " of the republic of " + form] where name.hasSuffix(suffix) {
                let rest = String(name.dropLast(suffix.count))
                if isGenericLower(rest) { return rest }
            }
        }
        return nil
    }

    private static func isGenericLower(_ text: String) -> Bool {
        let words = text.split(separator: " ")
        return !words.isEmpty && words.allSatisfy { genericWords.contains(String($0)) } && words.contains { headWords.contains(String($0)) }
    }

    /// The form two generic names share when they name the same body, lower case: "foreign ministry" and
    /// "ministry of foreign affairs" are both "ministry of foreign affairs"; "health ministry" is "ministry of health".
    static func canonicalKey(_ text: String) -> String {
        var words = text.split(separator: " ").map(String.init).filter { $0 != "the" }
        if words.count >= 2, words.last == "ministry", !words.contains("of") {
            words.removeLast()
            let domain = words.joined(separator: " ")
            return "ministry of " + (ministryDomains[domain] ?? domain)
        }
        if words.count >= 3, words[0] == "ministry", words[1] == "of" {
            let domain = words.dropFirst(2).joined(separator: " ")
            return "ministry of " + (ministryDomains[domain] ?? domain)
        }
        return words.joined(separator: " ")
    }

    /// "ministry of foreign affairs" → "Ministry of Foreign Affairs".
    static func titleCased(_ text: String) -> String {
        text.split(separator: " ").map { word in
            ["of", "for", "and", "&"].contains(word) ? String(word) : word.prefix(1).uppercased() + word.dropFirst()
        }.joined(separator: " ")
    }
}
