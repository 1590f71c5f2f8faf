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
    /// Gazetteer people by the ``nameKey(_:)`` of their surname, for typo matching.
    private let peopleBySurname: WordMap<[KnownPerson]>
    /// What resolution needs to know about each class of the schema, looked up once per mention.
    private let classes: [String: ClassFacts]

    /// A gazetteer person with the folded forms of their names, for typo matching.
    struct KnownPerson: Sendable {
        var entry: GazetteerEntry
        /// The label and aliases without diacritics.
        var foldedNames: [String]
    }

    /// The family and node-ID kind of one class.
    struct ClassFacts: Sendable {
        var isPerson: Bool
        var isOrganization: Bool
        /// See ``MentionResolver/idKind(for:schema:)``.
        var kind: String

        init(_ type: String, schema: GraphSchema) {
            let family = schema.family(of: type)
            isPerson = family == "Person"
            isOrganization = family == "Organization"
            kind = MentionResolver.idKind(for: type, schema: schema)
        }
    }

    /// A resolver that knows the people of `ontology`.
    public init(ontology: Ontology) {
        schema = ontology.schema
        classes = Self.facts(of: schema)
        var bySurname: [String: [KnownPerson]] = [:]
        var serving: [String: [GazetteerEntry]] = [:]
        for entry in ontology.entries where entry.type == "Person" {
            var seen = Set<String>()
            let person = KnownPerson(entry: entry, foldedNames: ([entry.label] + entry.aliases).map(Self.folded))
            for name in [entry.label] + entry.aliases {
                guard let last = name.split(separator: " ").last.map({ Self.folded(String($0)).lowercased() }), last.count >= 3,
                      seen.insert(last).inserted else { continue }
                bySurname[last, default: []].append(person)
                let role = entry.attributes["role"] ?? ""
                if !role.isEmpty, role != "formerLeader", entry.attributes["status"] != "unverified" {
                    serving[last, default: []].append(entry)
                }
            }
        }
        // The keys are already folded and in lower case, what ``nameKey(_:)`` hashes.
        peopleBySurname = WordMap(bySurname.map { (TokenHashes.hash($0.key, upperCased: true), $0.value) })
        surnames = WordMap(serving.compactMap {
            $0.key.count >= 4 && $0.value.count == 1 ? (TokenHashes.hash($0.key, upperCased: true), $0.value[0]) : nil
        })
    }

    /// A resolver with no gazetteer people.
    public init(schema: GraphSchema = GraphSchema()) {
        self.schema = schema
        classes = Self.facts(of: schema)
        surnames = WordMap([])
        peopleBySurname = WordMap([])
    }

    private static func facts(of schema: GraphSchema) -> [String: ClassFacts] {
        var facts: [String: ClassFacts] = [:]
        for type in schema.classes.keys { facts[type] = ClassFacts(type, schema: schema) }
        return facts
    }

    /// The facts of class `type`, also for a class the schema does not list.
    @inline(__always)
    private func facts(of type: String) -> ClassFacts {
        classes[type] ?? ClassFacts(type, schema: schema)
    }

    /// The key a word is compared by, case- and diacritic-insensitive: the upper-cased token hash of the word
    /// without diacritics, in lower case ("Erdoğan", "ERDOGAN" and "erdogan" share one).
    static func nameKey(_ word: some StringProtocol) -> UInt64 {
        if word.utf8.allSatisfy({ $0 < 0x80 }) { return TokenHashes.hash(word, upperCased: true) }
        return TokenHashes.hash(folded(String(word)).lowercased(), upperCased: true)
    }

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

    /// A node ID cache key: the kind and the name, compared without building a combined string.
    private struct SlugKey: Hashable {
        var kind: String
        var name: String
    }

    /// What the first pass collects: the full names, organizations and acronyms of a document.
    private struct DocumentNames {
        var people: [Person] = []
        var organizations: [(entity: NodeID, label: String)] = []
        var acronyms: [String: (entity: NodeID, label: String, type: String)] = [:]
        var slugs: [SlugKey: NodeID] = [:]
    }

    /// Mentions with ``EntityMention/entity`` set, in text order; unresolved candidates are left out.
    public func resolve(_ mentions: [EntityMention], in article: Article) -> [EntityMention] {
        var mentions = mentions
        // Full names first, so that short forms can refer back to them.
        var names = DocumentNames()
        for index in mentions.indices where mentions[index].source != .candidate && mentions[index].type != TaggerStage.miscellaneous {
            resolveName(&mentions[index], in: article, names: &names)
        }
        // Then short forms, in place; `kept` mentions are moved to the front.
        var kept = 0
        for position in mentions.indices {
            // Only a lone word looks at the mention after it, which the loop has not touched yet.
            let next = mentions[position].tokens.count == 1 && position + 1 < mentions.count ? mentions[position + 1] : nil
            let keep = resolveShortForm(&mentions[position], next: next, in: article, names: names)
            if keep {
                if kept != position { mentions.swapAt(kept, position) }
                kept += 1
            }
        }
        mentions.removeLast(mentions.count - kept)
        return mentions
    }

    /// Gives a name that is not a candidate its entity, and records full names, organizations and acronyms.
    private func resolveName(_ mention: inout EntityMention, in article: Article, names: inout DocumentNames) {
        if mention.entity == nil, mention.tokens.count >= 2, let known = knownPerson(mention.text) {
            mention.type = "Person"
            mention.entity = known.id
            mention.label = known.label
            mention.rule += "+spelling"
            mention.confidence *= 0.9
        }
        let typeFacts = facts(of: mention.type)
        // "Von der Leyen", "Lula da Silva": the end of a full name met earlier in the document.
        if mention.source != .gazetteer, mention.source != .candidate, mention.tokens.count >= 2, !names.people.isEmpty,
           typeFacts.isPerson, case let count = mention.tokens.count,
           case let words = mention.text.lowercased().split(separator: " "),
           let full = names.people.first(where: { $0.tokens.count > count && $0.lowerTokens.suffix(count).elementsEqual(words, by: ==) }) {
            mention.entity = full.entity
            mention.label = full.label
            mention.rule = "pattern:back-reference"
        }
        if mention.entity == nil {
            let key = SlugKey(kind: typeFacts.kind, name: mention.label ?? mention.text)
            if let cached = names.slugs[key] {
                mention.entity = cached
            } else {
                let id = NodeID(kind: key.kind, name: key.name)
                names.slugs[key] = id
                mention.entity = id
            }
        }
        guard let entity = mention.entity else { return }
        if typeFacts.isPerson, !mention.isDemonym {
            let name = mention.label ?? mention.text
            let words = name.split(separator: " ")
            if words.count >= 2, !names.people.contains(where: { $0.entity == entity }) {
                names.people.append(Person(tokens: words.map(String.init), entity: entity, label: name))
            }
        } else if typeFacts.isOrganization {
            let label = mention.label ?? mention.text
            names.organizations.append((entity, label))
            if let acronym = definedAcronym(after: mention, in: article) {
                names.acronyms[acronym] = (entity, label, mention.type)
            }
        }
    }

    /// Resolves a short form or candidate against the document's names; false when the mention is dropped.
    private func resolveShortForm(_ mention: inout EntityMention, next: EntityMention?, in article: Article,
                                  names: DocumentNames) -> Bool {
        // "brothers Huseyn and Ziyaddin Safarov": a lone first name shares the surname of the full name it is
        // coordinated with.
        if mention.tokens.count == 1, mention.source != .gazetteer, let next,
           next.tokens.lowerBound == mention.tokens.upperBound + 1, next.tokens.count >= 2,
           facts(of: mention.type).isPerson, facts(of: next.type).isPerson,
           Self.isWord("and", at: mention.tokens.upperBound, in: article),
           let surname = (next.label ?? next.text).split(separator: " ").last {
            let full = mention.text + " " + surname
            mention.label = full
            mention.entity = NodeID(kind: "person", name: full)
            mention.rule += "+shared-surname"
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
        let isShortName = mention.tokens.count == 1 && mention.source != .gazetteer
            && (mention.source == .tagger || facts(of: mention.type).isPerson)
        guard mention.source == .candidate || isShortName else { return true }
        guard let target = backReference(mention, names: names) else { return mention.source != .candidate }
        mention.entity = target.entity
        mention.label = target.label
        mention.type = target.type
        if mention.source == .candidate {
            mention.source = .pattern
            mention.confidence = 0.6
            mention.rule = "pattern:back-reference"
        }
        return true
    }

    /// Whether token `index` of `article` is exactly `word` (ASCII), compared without building a string.
    private static func isWord(_ word: StaticString, at index: Int, in article: Article) -> Bool {
        let range = article.tokens[index].range
        guard range.count == word.utf8CodeUnitCount else { return false }
        return word.withUTF8Buffer { expected in
            var offset = 0
            for byte in article.cleanText[range] {
                if byte != expected[offset] { return false }
                offset += 1
            }
            return true
        }
    }

    /// A full name met in the document, with the keys its parts are looked up by.
    struct Person {
        var tokens: [String]
        /// The tokens in lower case, for matching the end of the name.
        var lowerTokens: [String]
        var entity: NodeID
        var label: String
        /// ``MentionResolver/nameKey(_:)`` of the first and last token.
        var firstKey: UInt64
        var lastKey: UInt64

        init(tokens: [String], entity: NodeID, label: String) {
            self.tokens = tokens
            lowerTokens = tokens.map { $0.lowercased() }
            self.entity = entity
            self.label = label
            firstKey = MentionResolver.nameKey(tokens.first ?? "")
            lastKey = MentionResolver.nameKey(tokens.last ?? "")
        }
    }

    /// What a short form refers to: a surname or first name of a full name, an acronym, a serving official.
    private func backReference(_ mention: EntityMention, names: DocumentNames) -> (entity: NodeID, label: String, type: String)? {
        let text = mention.text
        if !mention.attributes.isEmpty, mention.attributes["family"] != nil { return nil }
        if !names.acronyms.isEmpty, let acronym = names.acronyms[text] { return acronym }
        guard text.split(separator: " ").count == 1 else { return nil }
        // Case-insensitive, so that a headline's "MILEI" is Javier Milei.
        let key = Self.nameKey(text)
        var bySurname: Person?
        var surnameCount = 0
        var byFirstName: Person?
        for person in names.people {
            if person.lastKey == key {
                surnameCount += 1
                bySurname = person
            }
            if byFirstName == nil, person.firstKey == key { byFirstName = person }
        }
        if surnameCount == 1, let person = bySurname { return (person.entity, person.label, "Person") }
        // A first name alone, or a family name written first ("Kim" for Kim Jong Un): the person introduced first.
        if let first = byFirstName, surnameCount == 0 { return (first.entity, first.label, "Person") }
        if text.count >= 2, text.allSatisfy({ $0.isUppercase }) {
            let matches = names.organizations.filter { Self.initials(of: $0.label) == text }
            if let first = matches.first, matches.allSatisfy({ $0.entity == first.entity }) {
                return (first.entity, first.label, "Organization")
            }
        }
        if surnameCount == 0, let entry = surnames[key] { return (entry.id, entry.label, "Person") }
        return nil
    }

    /// "World Health Organization (WHO)": the acronym in parentheses right after a name.
    private func definedAcronym(after mention: EntityMention, in article: Article) -> String? {
        let index = mention.tokens.upperBound
        guard index + 2 < article.tokens.count, Self.isWord("(", at: index, in: article),
              Self.isWord(")", at: index + 2, in: article) else { return nil }
        let candidate = article.text(of: article.tokens[index + 1])
        guard candidate.count >= 2, candidate.count <= 8, candidate.first?.isUppercase == true,
              candidate.filter({ $0.isUppercase }).count >= 2 else { return nil }
        return candidate
    }

    /// Initials of the capitalized words of a name: "Centers for Disease Control" → "CDC".
    static func initials(of name: String) -> String {
        String(name.split(whereSeparator: { $0 == " " || $0 == "-" }).compactMap { word in
            word.first.flatMap { $0.isUppercase ? $0 : nil }
        })
    }

    /// A gazetteer person whose name is one edit from `name` and who has the same surname or first name.
    private func knownPerson(_ name: String) -> GazetteerEntry? {
        guard name.utf8.count >= 8, let surname = name.split(separator: " ").last, name.count >= 8,
              let candidates = peopleBySurname[Self.nameKey(surname)] else { return nil }
        let foldedName = Self.folded(name)
        var found: GazetteerEntry?
        for person in candidates where person.foldedNames.contains(where: { Self.editDistance($0, foldedName, limit: 2) <= 1 }) {
            if found != nil { return nil }
            found = person.entry
        }
        return found
    }

    /// The name without diacritics ("Erdoğan" → "Erdogan").
    static func folded(_ name: String) -> String {
        if name.utf8.allSatisfy({ $0 < 0x80 }) { return name }
        return name.folding(options: [.diacriticInsensitive], locale: nil).replacingOccurrences(of: "ı", with: "i")
    }

    /// Levenshtein distance, giving up above `limit`.
    static func editDistance(_ a: String, _ b: String, limit: Int) -> Int {
        let x = Array(a.unicodeScalars), y = Array(b.unicodeScalars)
        if abs(x.count - y.count) > limit { return limit + 1 }
        var previous = Array(0...y.count)
        var current = [Int](repeating: 0, count: y.count + 1)
        for i in 1...max(1, x.count) where !x.isEmpty {
            current[0] = i
            var rowMinimum = current[0]
            for j in 1...max(1, y.count) where !y.isEmpty {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1))
                rowMinimum = min(rowMinimum, current[j])
            }
            if rowMinimum > limit { return limit + 1 }
            swap(&previous, &current)
        }
        return previous[y.count]
    }
}
