import Foundation

extension TaggerLexicon {
    /// Loads the ontology gazetteers (`*.tsv` directly inside `gazetteerDirectory`) and the name
    /// lists `first-names.txt` and `surnames.txt` inside `nameListDirectory`. Missing directories
    /// or files contribute nothing; malformed lines throw ``TaggerError/malformedLine(file:line:reason:)``.
    ///
    /// Gazetteer format: `#` comments, else 7 tab-separated columns
    /// `id type label aliases demonyms partOf attributes` (`aliases`, `demonyms` `|`-joined).
    /// Country/City/Region/Place/Continent/State/Province/Location types → LOC, Person → PER,
    /// every other type → ORG; demonyms → MISC. Name lists: one name per line, most frequent
    /// first (further whitespace-separated columns are ignored).
    ///
    /// Files are read as bytes (bytes that are not UTF-8 become U+FFFD) and lines end at `\n`, with a `\r` before
    /// it dropped.
    ///
    /// The gazetteers (`*.tsv`) of the `supplementaryDirectories` are marked too, for tagging only (see
    /// ``marking(_:)``): they are not part of the ``fingerprint``.
    public static func load(gazetteerDirectory: URL?, nameListDirectory: URL?, supplementaryDirectories: [URL] = []) throws -> TaggerLexicon {
        var surfaces = SurfaceForms()
        var sources: [String] = []
        let fm = FileManager.default
        // Reads the gazetteers of a folder and returns what each gave ("gazetteers/cities.tsv 1837").
        func readGazetteers(in dir: URL, into surfaces: inout SurfaceForms) throws -> [String] {
            guard let names = try? fm.contentsOfDirectory(atPath: dir.path) else { return [] }
            var read: [String] = []
            for name in names.sorted() where name.hasSuffix(".tsv") {
                let before = surfaces.count
                try readGazetteer(dir.appendingPathComponent(name), into: &surfaces)
                read.append("\(dir.lastPathComponent)/\(name) \(surfaces.count - before)")
            }
            return read
        }
        if let dir = gazetteerDirectory { sources += try readGazetteers(in: dir, into: &surfaces) }
        var first: [ArraySlice<UInt8>] = [], last: [ArraySlice<UInt8>] = []
        if let dir = nameListDirectory {
            let f = dir.appendingPathComponent("first-names.txt"), s = dir.appendingPathComponent("surnames.txt")
            if fm.fileExists(atPath: f.path) {
                first = try readNameList(f)
                sources.append("\(dir.lastPathComponent)/first-names.txt \(first.count)")
            }
            if fm.fileExists(atPath: s.path) {
                last = try readNameList(s)
                sources.append("\(dir.lastPathComponent)/surnames.txt \(last.count)")
            }
        }
        let lexicon = TaggerLexicon(surfaces: surfaces, firstNames: first, surnames: last, sources: sources)
        guard !supplementaryDirectories.isEmpty else { return lexicon }
        var supplement = SurfaceForms()
        for dir in supplementaryDirectories { _ = try readGazetteers(in: dir, into: &supplement) }
        return lexicon.marking(supplement)
    }

    static let locationTypes: Set<String> = [
        "country", "city", "region", "place", "continent", "state", "province", "location",
        "territory", "county", "district", "island", "town", "village", "capital",
    ]

    /// The entity class of an ontology type name.
    static func entityType(ontologyType: String) -> EntityType {
        let t = ontologyType.lowercased()
        if locationTypes.contains(t) { return .location }
        if t == "person" { return .person }
        return .organization
    }

    /// The bytes of a file as valid UTF-8: bytes that are not become U+FFFD, as `String(decoding:as:)` makes them.
    private static func text(_ url: URL) throws -> [UInt8] {
        let bytes = try DataFile.bytes(of: url)
        return Array(String(decoding: bytes, as: UTF8.self).utf8)
    }

    private static func readGazetteer(_ url: URL, into surfaces: inout SurfaceForms) throws {
        let bytes = try text(url)
        // The few type names of a file, each trimmed, lower-cased and looked up once.
        var types: [ArraySlice<UInt8>: EntityType] = [:]
        var starts: [Int] = []
        for (index, line) in DataFile.lines(bytes).enumerated() {
            if line.first == 0x23 || line.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { continue }  // '#' or blank
            // Where each tab-separated column starts; a column ends a byte before the next starts.
            starts.removeAll(keepingCapacity: true)
            starts.append(line.startIndex)
            for offset in line.indices where line[offset] == 0x09 { starts.append(offset + 1) }
            guard starts.count >= 3 else {
                throw TaggerError.malformedLine(file: url.path, line: index + 1,
                    reason: "expected 7 tab-separated columns (id type label aliases demonyms partOf attributes), found \(starts.count)")
            }
            func column(_ number: Int) -> ArraySlice<UInt8> {
                line[starts[number]..<(number + 1 < starts.count ? starts[number + 1] - 1 : line.endIndex)]
            }
            let type: EntityType
            if let known = types[column(1)] {
                type = known
            } else {
                type = entityType(ontologyType: String(decoding: column(1), as: UTF8.self).trimmingCharacters(in: .whitespaces))
                types[column(1)] = type
            }
            // The `|`-separated parts of a column that hold more than spaces.
            func add(_ field: ArraySlice<UInt8>, _ type: EntityType) {
                var start = field.startIndex
                for offset in field.startIndex...field.endIndex where offset == field.endIndex || field[offset] == 0x7C {
                    let part = field[start..<offset]
                    start = offset + 1
                    guard part.contains(where: { $0 != 0x20 }) else { continue }
                    part.withUnsafeBufferPointer { surfaces.add($0, type: type) }
                }
            }
            add(column(2), type)
            if starts.count > 3 { add(column(3), type) }
            if starts.count > 4 { add(column(4), .miscellaneous) }
        }
    }

    /// The first whitespace-separated field of every line that is not a `#` comment.
    private static func readNameList(_ url: URL) throws -> [ArraySlice<UInt8>] {
        let bytes = try text(url)
        var names: [ArraySlice<UInt8>] = []
        names.reserveCapacity(bytes.count / 8)
        for line in DataFile.lines(bytes) where line.first != 0x23 {
            let isSeparator = { (byte: UInt8) in byte == 0x20 || byte == 0x09 || byte == 0x0D }
            guard let start = line.firstIndex(where: { !isSeparator($0) }) else { continue }
            names.append(line[start..<(line[start...].firstIndex(where: isSeparator) ?? line.endIndex)])
        }
        return names
    }
}
