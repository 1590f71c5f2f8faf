import Foundation

/// Verbs of interaction (`Ontology/patterns/interactions.tsv`) and incident triggers (`incidents.tsv`).
public struct InteractionLexicon: Sendable {
    /// One verb form.
    public struct Verb: Sendable, Equatable {
        /// The relation kind it gives.
        public var relation: String
        /// Its CAMEO event code.
        public var cameo: String
        /// Its CAMEO QuadClass (1–4).
        public var quadClass: String
        /// The word allowed between verb and target ("with", "to"), if any.
        public var preposition: String?
    }

    /// One incident trigger.
    public struct Trigger: Sendable, Equatable {
        /// The trigger's words, lower case.
        public var words: [String]
        /// The incident class it signals.
        public var incidentClass: String
        /// The role the sentence's subject plays (`agent`, `operator`), if any.
        public var subjectRole: String?
    }

    /// Verb forms (lower case) to verbs.
    public var verbs: [String: Verb] = [:]
    /// Triggers, longest first.
    public var triggers: [Trigger] = []

    /// CAMEO names of the codes the lexicon uses (CAMEO codebook, `shared/data/cameo-eventcodes`).
    public static let cameoNames: [String: String] = [
        "040": "Consult", "041": "Discuss by telephone", "042": "Make a visit", "043": "Host a visit",
        "051": "Praise or endorse", "055": "Apologize", "111": "Criticize or denounce", "112": "Accuse",
        "130": "Threaten", "163": "Impose embargo, boycott, or sanctions", "171": "Seize or damage property",
        "173": "Arrest, detain, or charge with legal action", "190": "Use conventional military force",
    ]

    /// An empty lexicon: no verbs, no triggers.
    public init() {}

    /// Loads both files from an ontology folder; missing files give an empty lexicon.
    public static func load(from directory: URL) throws(OntologyError) -> InteractionLexicon {
        var lexicon = InteractionLexicon()
        let patterns = directory.appendingPathComponent("patterns")
        let verbs = patterns.appendingPathComponent("interactions.tsv")
        if FileManager.default.fileExists(atPath: verbs.path) {
            for row in try TSVFile.read(verbs, columns: 5).rows {
                guard ["1", "2", "3", "4"].contains(row.fields[3]) else {
                    throw .malformed(path: verbs.path, line: row.line, message: "quadClass \"\(row.fields[3])\"; expected 1, 2, 3 or 4")
                }
                lexicon.verbs[row.fields[0]] = Verb(relation: row.fields[1], cameo: row.fields[2], quadClass: row.fields[3],
                                                    preposition: row.fields[4] == "-" ? nil : row.fields[4])
            }
        }
        let triggers = patterns.appendingPathComponent("incidents.tsv")
        if FileManager.default.fileExists(atPath: triggers.path) {
            for row in try TSVFile.read(triggers, columns: 3).rows {
                lexicon.triggers.append(Trigger(words: row.fields[0].split(separator: " ").map(String.init),
                                                incidentClass: row.fields[1],
                                                subjectRole: row.fields[2] == "-" ? nil : row.fields[2]))
            }
            lexicon.triggers.sort { $0.words.count > $1.words.count }
        }
        return lexicon
    }
}
