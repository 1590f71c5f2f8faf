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
    /// Serving people of the gazetteer by surname (unique surnames only).
    private let surnames: [String: GazetteerEntry]
    /// Gazetteer people by surname, for typo matching.
    private let peopleBySurname: [String: [GazetteerEntry]]

    /// A resolver that knows the people of `ontology`.
    public init(ontology: Ontology) {
        schema = ontology.schema
        var bySurname: [String: [GazetteerEntry]] = [:]
        var serving: [String: [GazetteerEntry]] = [:]
        for entry in ontology.entries where entry.type == "Person" {
            var seen = Set<String>()
            for name in [entry.label] + entry.aliases {
                guard let last = name.split(separator: " ").last.map({ Self.folded(String($0)).lowercased() }), last.count >= 3,
                      seen.insert(last).inserted else { continue }
                bySurname[last, default: []].append(entry)
                let role = entry.attributes["role"] ?? ""
                if !role.isEmpty, role != "formerLeader", entry.attributes["status"] != "unverified" {
                    serving[last, default: []].append(entry)
                }
            }
        }
        peopleBySurname = bySurname
        surnames = serving.compactMapValues { $0.count == 1 ? $0[0] : nil }.filter { $0.key.count >= 4 }
    }

    /// A resolver with no gazetteer people.
    public init(schema: GraphSchema = GraphSchema()) {
        self.schema = schema
        surnames = [:]
        peopleBySurname = [:]
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

    /// Mentions with ``EntityMention/entity`` set, in text order; unresolved candidates are left out.
    public func resolve(_ mentions: [EntityMention], in article: Article) -> [EntityMention] {
        var mentions = mentions
        // Full names first, so that short forms can refer back to them.
        var people: [Person] = []
        var organizations: [(entity: NodeID, label: String)] = []
        var acronyms: [String: (entity: NodeID, label: String, type: String)] = [:]
        var slugs: [String: NodeID] = [:]
        for index in mentions.indices where mentions[index].source != .candidate && mentions[index].type != TaggerStage.miscellaneous {
            var mention = mentions[index]
            if mention.entity == nil, mention.tokens.count >= 2, let known = knownPerson(mention.text) {
                mention.type = "Person"
                mention.entity = known.id
                mention.label = known.label
                mention.rule += "+spelling"
                mention.confidence *= 0.9
            }
            // "Von der Leyen", "Lula da Silva": the end of a full name met earlier in the document.
            if mention.source != .gazetteer, mention.source != .candidate, mention.tokens.count >= 2, !people.isEmpty,
               schema.family(of: mention.type) == "Person",
               case let words = mention.text.lowercased().split(separator: " ").map(String.init),
               let full = people.first(where: { $0.tokens.count > mention.tokens.count
                   && $0.tokens.suffix(mention.tokens.count).map { $0.lowercased() } == words }) {
                mention.entity = full.entity
                mention.label = full.label
                mention.rule = "pattern:back-reference"
            }
            if mention.entity == nil {
                let kind = Self.idKind(for: mention.type, schema: schema)
                let name = mention.label ?? mention.text
                let key = kind + "\u{0}" + name
                if let cached = slugs[key] {
                    mention.entity = cached
                } else {
                    let id = NodeID(kind: kind, name: name)
                    slugs[key] = id
                    mention.entity = id
                }
            }
            mentions[index] = mention
            guard let entity = mention.entity else { continue }
            let family = schema.family(of: mention.type)
            if family == "Person", !mention.isDemonym {
                let words = (mention.label ?? mention.text).split(separator: " ").map(String.init)
                if words.count >= 2, !people.contains(where: { $0.entity == entity }) {
                    people.append(Person(tokens: words, entity: entity, label: mention.label ?? mention.text))
                }
            } else if family == "Organization" {
                let label = mention.label ?? mention.text
                organizations.append((entity, label))
                if let acronym = definedAcronym(after: mention, in: article) {
                    acronyms[acronym] = (entity, label, mention.type)
                }
            }
        }
        var resolved: [EntityMention] = []
        for (position, var mention) in mentions.enumerated() {
            // "brothers Huseyn and Ziyaddin Safarov": a lone first name shares the surname of the full name it is
            // coordinated with.
            if mention.tokens.count == 1, mention.source != .gazetteer, schema.family(of: mention.type) == "Person",
               position + 1 < mentions.count, case let next = mentions[position + 1],
               next.tokens.lowerBound == mention.tokens.upperBound + 1, next.tokens.count >= 2,
               schema.family(of: next.type) == "Person", article.text(of: article.tokens[mention.tokens.upperBound]) == "and",
               let surname = (next.label ?? next.text).split(separator: " ").last {
                let full = mention.text + " " + surname
                mention.label = full
                mention.entity = NodeID(kind: "person", name: full)
                mention.rule += "+shared-surname"
                resolved.append(mention)
                continue
            }
            if mention.source == .candidate, mention.tokens.count >= 2, let known = knownPerson(mention.text) {
                mention.entity = known.id
                mention.label = known.label
                mention.source = .pattern
                mention.confidence = 0.6
                mention.rule = "pattern:spelling"
                resolved.append(mention)
                continue
            }
            let isShortName = mention.tokens.count == 1 && !isGazetteer(mention)
                && (schema.family(of: mention.type) == "Person" || mention.source == .tagger)
            if mention.source == .candidate || isShortName {
                guard let target = backReference(mention, people: people, organizations: organizations, acronyms: acronyms) else {
                    if mention.source == .candidate { continue }
                    resolved.append(mention)
                    continue
                }
                mention.entity = target.entity
                mention.label = target.label
                mention.type = target.type
                if mention.source == .candidate {
                    mention.source = .pattern
                    mention.confidence = 0.6
                    mention.rule = "pattern:back-reference"
                }
            }
            resolved.append(mention)
        }
        return resolved
    }

    private func isGazetteer(_ mention: EntityMention) -> Bool { mention.source == .gazetteer }

    /// What a short form refers to: a surname or first name of a full name, an acronym, a serving official.
    /// A full name met in the document, with the folded keys its parts are looked up by.
    struct Person {
        var tokens: [String]
        var entity: NodeID
        var label: String
        var firstKey: String
        var lastKey: String

        init(tokens: [String], entity: NodeID, label: String) {
            self.tokens = tokens
            self.entity = entity
            self.label = label
            firstKey = tokens.first.map { MentionResolver.folded($0).lowercased() } ?? ""
            lastKey = tokens.last.map { MentionResolver.folded($0).lowercased() } ?? ""
        }
    }

    private func backReference(_ mention: EntityMention, people: [Person],
                               organizations: [(entity: NodeID, label: String)],
                               acronyms: [String: (entity: NodeID, label: String, type: String)]) -> (entity: NodeID, label: String, type: String)? {
        let text = mention.text
        if mention.attributes["family"] != nil { return nil }
        if let acronym = acronyms[text] { return acronym }
        let words = text.split(separator: " ").map(String.init)
        if words.count == 1 {
            // Case-insensitive, so that a headline's "MILEI" is Javier Milei.
            let key = Self.folded(text).lowercased()
            let bySurname = people.filter { $0.lastKey == key }
            if bySurname.count == 1 { return (bySurname[0].entity, bySurname[0].label, "Person") }
            let byFirstName = people.filter { $0.firstKey == key }
            // A first name alone, or a family name written first ("Kim" for Kim Jong Un): the person introduced first.
            if let first = byFirstName.first, bySurname.isEmpty { return (first.entity, first.label, "Person") }
            if text.count >= 2, text.allSatisfy({ $0.isUppercase }) {
                let matches = organizations.filter { Self.initials(of: $0.label) == text }
                if let first = matches.first, matches.allSatisfy({ $0.entity == first.entity }) {
                    return (first.entity, first.label, "Organization")
                }
            }
            if bySurname.isEmpty, let entry = surnames[key] { return (entry.id, entry.label, "Person") }
        }
        return nil
    }

    /// "World Health Organization (WHO)": the acronym in parentheses right after a name.
    private func definedAcronym(after mention: EntityMention, in article: Article) -> String? {
        let index = mention.tokens.upperBound
        guard index + 2 < article.tokens.count, article.text(of: article.tokens[index]) == "(",
              article.text(of: article.tokens[index + 2]) == ")" else { return nil }
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
        let words = name.split(separator: " ").map(String.init)
        guard let surname = words.last, name.count >= 8 else { return nil }
        var candidates = peopleBySurname[Self.folded(surname).lowercased()] ?? []
        if candidates.isEmpty {
            // A typo in the surname: compare with people who share the first name.
            return nil
        }
        let foldedName = Self.folded(name)
        candidates = candidates.filter { entry in
            ([entry.label] + entry.aliases).contains { Self.editDistance(Self.folded($0), foldedName, limit: 2) <= 1 }
        }
        return candidates.count == 1 ? candidates[0] : nil
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
