import Foundation

/// Reads whole files as bytes, transparently un-gzipping `.gz` content.
enum DataFile {
    static func bytes(of url: URL) throws -> [UInt8] {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw TaggerError.cannotRead(file: url.path, reason: "\(error.localizedDescription)")
        }
        let raw = [UInt8](data)
        return Gzip.isGzip(raw) ? try Gzip.decompress(raw, file: url.path) : raw
    }

    /// Splits bytes into lines (without the terminator; a trailing `\r` is dropped).
    static func lines(_ bytes: [UInt8]) -> [ArraySlice<UInt8>] {
        var result: [ArraySlice<UInt8>] = []
        result.reserveCapacity(bytes.count / 16)
        var start = 0
        for i in 0..<bytes.count where bytes[i] == 0x0A {
            var end = i
            if end > start, bytes[end - 1] == 0x0D { end -= 1 }
            result.append(bytes[start..<end])
            start = i + 1
        }
        if start < bytes.count {
            var end = bytes.count
            if bytes[end - 1] == 0x0D { end -= 1 }
            result.append(bytes[start..<end])
        }
        return result
    }
}

/// Converts IOB1 tags (`I-X` everywhere, `B-X` only between adjacent same-type entities)
/// to IOB2 (every entity starts with `B-X`). Already-IOB2 input is returned unchanged.
public enum IOBConversion {
    /// Returns the IOB2 form of one sentence's tags.
    public static func iob1ToIOB2(_ tags: [String]) -> [String] {
        var result = tags
        var previousType: Substring? = nil
        for i in 0..<tags.count {
            let tag = tags[i]
            if tag == "O" || tag.count < 3 {
                previousType = nil
                continue
            }
            let type = tag.dropFirst(2)
            if tag.hasPrefix("I-"), previousType != type {
                result[i] = "B-" + type
            }
            previousType = type
        }
        return result
    }
}

/// Reader for the CoNLL-2003 column format: one `token POS chunk tag` line per token
/// (only the first and the last column are used), blank lines between sentences,
/// `-DOCSTART-` lines between documents. Tags are IOB1 and are converted to IOB2.
public enum CoNLLReader {
    /// Reads a CoNLL file (optionally gzipped) into documents.
    public static func read(contentsOf url: URL) throws -> [LabeledDocument] {
        try parse(bytes: DataFile.bytes(of: url), fileName: url.path)
    }

    /// Parses CoNLL text into documents. `fileName` is used in error messages.
    public static func parse(_ text: String, fileName: String) throws -> [LabeledDocument] {
        try parse(bytes: Array(text.utf8), fileName: fileName)
    }

    static let validTypes: Set<String> = ["PER", "LOC", "ORG", "MISC"]

    static func parse(bytes: [UInt8], fileName: String) throws -> [LabeledDocument] {
        var documents: [LabeledDocument] = []
        var sentences: [LabeledSentence] = []
        var tokens: [String] = []
        var tags: [String] = []
        func endSentence() {
            if !tokens.isEmpty {
                sentences.append(LabeledSentence(tokens: tokens, tags: IOBConversion.iob1ToIOB2(tags)))
                tokens.removeAll(keepingCapacity: true)
                tags.removeAll(keepingCapacity: true)
            }
        }
        func endDocument() {
            endSentence()
            if !sentences.isEmpty {
                documents.append(LabeledDocument(sentences: sentences))
                sentences.removeAll()
            }
        }
        for (lineIndex, line) in DataFile.lines(bytes).enumerated() {
            let fields = line.split(whereSeparator: { $0 == 0x20 || $0 == 0x09 })
            if fields.isEmpty {
                endSentence()
                continue
            }
            let first = String(decoding: fields[0], as: UTF8.self)
            if first == "-DOCSTART-" {
                endDocument()
                continue
            }
            guard fields.count >= 2 else {
                throw TaggerError.malformedLine(file: fileName, line: lineIndex + 1,
                    reason: "expected at least 2 columns (token … tag), found 1: '\(first)'")
            }
            let tag = String(decoding: fields[fields.count - 1], as: UTF8.self)
            if tag != "O" {
                let ok = tag.count > 2 && (tag.hasPrefix("I-") || tag.hasPrefix("B-"))
                    && validTypes.contains(String(tag.dropFirst(2)))
                guard ok else {
                    throw TaggerError.malformedLine(file: fileName, line: lineIndex + 1,
                        reason: "invalid entity tag '\(tag)' (expected O, I-X or B-X with X in PER, LOC, ORG, MISC)")
                }
            }
            tokens.append(first)
            tags.append(tag)
        }
        endDocument()
        return documents
    }
}

/// Reader for the GMB-derived "Entity Annotated Corpus" CSV (`Sentence #,Word,POS,Tag`,
/// IOB2 tags geo/gpe/per/org/tim/art/eve/nat), mapped onto the CoNLL types.
public enum GMBReader {
    /// How GMB tag types map onto CoNLL entity types (nil = not an entity, tagged O).
    public struct TagMapping: Sendable, Equatable, Codable {
        /// Mapping from GMB type (`geo`, `gpe`, …) to a CoNLL type or nil.
        public var types: [String: EntityType?]

        /// Creates a mapping.
        public init(types: [String: EntityType?]) {
            self.types = types
        }

        /// geo, gpe → LOC; per → PER; org → ORG; art, eve, nat → MISC; tim → O.
        public static let standard = TagMapping(types: [
            "geo": .location, "gpe": .location, "per": .person, "org": .organization,
            "art": .miscellaneous, "eve": .miscellaneous, "nat": .miscellaneous, "tim": nil,
        ])

        /// Like ``standard`` but gpe → MISC: GMB uses `gpe` mostly for nationality adjectives
        /// ("Iraqi", "British"), which CoNLL-2003 annotates as MISC.
        public static let gpeAsMisc = TagMapping(types: [
            "geo": .location, "gpe": .miscellaneous, "per": .person, "org": .organization,
            "art": .miscellaneous, "eve": .miscellaneous, "nat": .miscellaneous, "tim": nil,
        ])
    }

    /// The number of data rows at which the published CSV was cut off (Excel's row limit);
    /// a file with exactly this many rows has a truncated last sentence, which is dropped.
    static let excelRowLimit = 1_048_575

    /// Reads the CSV (optionally gzipped) into sentences with IOB2 CoNLL-type tags.
    public static func read(contentsOf url: URL, mapping: TagMapping = .standard) throws -> [LabeledSentence] {
        try parse(bytes: DataFile.bytes(of: url), fileName: url.path, mapping: mapping)
    }

    /// Parses CSV text. `fileName` is used in error messages.
    public static func parse(_ text: String, fileName: String, mapping: TagMapping = .standard) throws -> [LabeledSentence] {
        try parse(bytes: Array(text.utf8), fileName: fileName, mapping: mapping)
    }

    /// Splits sentences into a training part and a dev part: the last `devFraction` of the
    /// sentences (contiguous, so documents do not leak across the split).
    public static func split(_ sentences: [LabeledSentence], devFraction: Double = 0.1) -> (train: [LabeledSentence], dev: [LabeledSentence]) {
        let devCount = Int((Double(sentences.count) * devFraction).rounded())
        let cut = max(0, sentences.count - devCount)
        return (Array(sentences[..<cut]), Array(sentences[cut...]))
    }

    /// Splits one CSV line into fields (RFC 4180 quoting, `""` escapes a quote).
    static func fields(_ line: ArraySlice<UInt8>) -> [String]? {
        var result: [String] = []
        var field: [UInt8] = []
        var i = line.startIndex
        var inQuotes = false
        var wasQuoted = false
        while i < line.endIndex {
            let b = line[i]
            if inQuotes {
                if b == 0x22 {
                    if i + 1 < line.endIndex, line[i + 1] == 0x22 {
                        field.append(0x22)
                        i += 1
                    } else {
                        inQuotes = false
                    }
                } else {
                    field.append(b)
                }
            } else if b == 0x2C {
                result.append(String(decoding: field, as: UTF8.self))
                field.removeAll(keepingCapacity: true)
                wasQuoted = false
            } else if b == 0x22, field.isEmpty, !wasQuoted {
                inQuotes = true
                wasQuoted = true
            } else {
                field.append(b)
            }
            i += 1
        }
        if inQuotes { return nil }
        result.append(String(decoding: field, as: UTF8.self))
        return result
    }

    static func parse(bytes: [UInt8], fileName: String, mapping: TagMapping) throws -> [LabeledSentence] {
        var sentences: [LabeledSentence] = []
        var tokens: [String] = []
        var tags: [String] = []
        var dataRows = 0
        func endSentence() {
            if !tokens.isEmpty {
                sentences.append(LabeledSentence(tokens: tokens, tags: IOBConversion.iob1ToIOB2(tags)))
                tokens.removeAll(keepingCapacity: true)
                tags.removeAll(keepingCapacity: true)
            }
        }
        for (lineIndex, line) in DataFile.lines(bytes).enumerated() {
            if line.isEmpty { continue }
            if lineIndex == 0, line.starts(with: Array("Sentence #".utf8)) { continue }
            guard let f = fields(line), f.count == 4 else {
                throw TaggerError.malformedLine(file: fileName, line: lineIndex + 1,
                    reason: "expected 4 CSV fields (Sentence #,Word,POS,Tag)")
            }
            dataRows += 1
            if !f[0].isEmpty { endSentence() }
            let tag = f[3]
            var mapped = "O"
            if tag != "O" {
                guard tag.count > 2, tag.hasPrefix("B-") || tag.hasPrefix("I-"),
                      let entry = mapping.types[String(tag.dropFirst(2))] else {
                    throw TaggerError.malformedLine(file: fileName, line: lineIndex + 1,
                        reason: "invalid GMB tag '\(tag)'")
                }
                if let type = entry { mapped = String(tag.prefix(2)) + type.rawValue }
            }
            guard !f[1].isEmpty else {
                throw TaggerError.malformedLine(file: fileName, line: lineIndex + 1, reason: "empty word field")
            }
            tokens.append(f[1])
            tags.append(mapped)
        }
        if dataRows == excelRowLimit {
            tokens.removeAll()  // the last sentence was cut off by the export: drop it
        }
        endSentence()
        return sentences
    }
}
