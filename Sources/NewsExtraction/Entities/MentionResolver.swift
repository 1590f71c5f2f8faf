import KnowledgeGraph
import NewsText

/// Gives every mention its entity: the gazetteer's ID where known, else an ID made from the type and name.
public struct MentionResolver: Sendable {
    public init() {}

    /// The node-ID kind of a class: `country`, `city`, `region`, `place`, `person`, `org`, `incident`, `group`.
    public static func idKind(for type: String, schema: GraphSchema) -> String {
        if type == "Country" { return "country" }
        if schema.isKind(type, of: "City") || type == "City" { return "city" }
        if schema.isKind(type, of: "Region") || type == "Region" { return "region" }
        switch schema.family(of: type) {
        case "Place": return "place"
        case "Person": return "person"
        case "Organization": return "org"
        case "Incident": return "incident"
        case "Group": return "group"
        default: return type.lowercased()
        }
    }

    /// Mentions with ``EntityMention/entity`` set.
    public func resolve(_ mentions: [EntityMention], in article: Article) -> [EntityMention] {
        mentions.map { mention in
            var mention = mention
            if mention.entity == nil {
                let label = mention.label ?? mention.text
                mention.label = label
                mention.entity = NodeID(kind: mention.type.lowercased(), name: label)
            }
            return mention
        }
    }
}
