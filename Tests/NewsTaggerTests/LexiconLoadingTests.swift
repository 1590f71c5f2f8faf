import Foundation
import Testing
@testable import NewsTagger

@Suite struct LexiconLoadingTests {
    /// Gazetteers and name lists with what a byte reader can get wrong: non-ASCII names, upper-case letters that
    /// lower-case to more bytes (İ), Greek capital sigma, combining marks, no-break and ideographic spaces, parts
    /// of only spaces, outer punctuation and curly quotes, comments, blank lines, CRLF line ends in a gazetteer,
    /// a byte that is not UTF-8, repeated names in a list, further columns after a name.
    static func writeHostileFixture() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("lexicon-hostile-\(UUID().uuidString)")
        let names = dir.appendingPathComponent("names")
        try FileManager.default.createDirectory(at: names, withIntermediateDirectories: true)
        var gazetteer = Data("""
        # comment\tline
        country/TUR\tCountry\tTürkiye\tTurkey| Republic of Türkiye |TÜRKİYE|  \tTurkish|Turks\t\t
        city/ist\t City \tİstanbul\t"Constantinople"|(Byzantium)|‘Stamboul’|“Tsargrad”,\t\tcountry/TUR\t

        person/x\tPerson\tΣΩΚΡΑΤΗΣ ΣΩΚΡΑΤΗΣ\tZoë  O’Neil|Jose\u{301} Marti\u{301}|\u{A0}Ana\u{3000}Paz\u{2003}\t\t\t
        org/a\tGovernmentAgency\tU.S. Department of State\tState Dept.|[The] Agency;\tagency's\t\t
        org/b\tmediaorganization\tAl Jazeera\t\u{301}x y\u{301}|a \u{301}b\tJazeeran
        region/r\tREGION\tKashmir\t\t\t\t\r
        place/p\tPlace\t   \t \t\t\t\r

        """.utf8)
        gazetteer.append(contentsOf: [0x6F, 0x72, 0x67, 0x2F, 0x63, 0x09, 0x4F, 0x72, 0x67, 0x09, 0x42, 0xFF, 0x61, 0x64, 0x0A])
        try gazetteer.write(to: dir.appendingPathComponent("a.tsv"))
        try Data("org/d\tOrganization\tTürkiye\t\t\t\t\n".utf8).write(to: dir.appendingPathComponent("b.tsv"))
        try Data("# first names\nJAMES\nMARY 2.6 2.6 1\nJames\n\tJOSÉ\n ZOË\tx\n#MARY\n\nİLKER\nJAMES\n".utf8)
            .write(to: names.appendingPathComponent("first-names.txt"))
        try Data("SMITH 1.006 1.006 1\nJOHNSON\nO'NEIL\nSMITH\nGARCÍA\n".utf8).write(to: names.appendingPathComponent("surnames.txt"))
        return dir
    }

    /// The fingerprint, marks and name buckets the `String`-based loader gave for the fixture (recorded with it
    /// before loading read bytes): a model's lexicon check and its features depend on them.
    @Test func loadsWhatTheStringLoaderLoaded() throws {
        let dir = try Self.writeHostileFixture()
        defer { try? FileManager.default.removeItem(at: dir) }
        let lexicon = try TaggerLexicon.load(gazetteerDirectory: dir, nameListDirectory: dir.appendingPathComponent("names"))
        #expect(lexicon.fingerprint.description == "25 entries, 5 first names, 4 surnames, hash b10b182dd2c91ab1")
        #expect(lexicon.fingerprint.sources == ["\(dir.lastPathComponent)/a.tsv 25", "\(dir.lastPathComponent)/b.tsv 1",
                                                "names/first-names.txt 7", "names/surnames.txt 5"])
        let sentences = [
            ["Türkiye", "and", "İstanbul", "(", "Byzantium", ")", "."],
            ["TURKEY", "turkish", "ΣΩΚΡΑΤΗΣ", "σωκρατης", "Zoë", "O’Neil"],
            ["Jose\u{301}", "Marti\u{301}", "Ana", "Paz", "State", "Dept.", "agency's", "[The]", "Agency"],
            ["\u{301}x", "y\u{301}", "a", "\u{301}b", "Jazeeran", "Kashmir", "JAMES", "Zoë", "José", "İlker", "García", "O'Neil", "Johnson"],
        ].map { $0.map(TokenAnalyzer.analyze) }
        #expect(sentences.map { lexicon.marks($0) } == [
            [2176, 0, 128, 16, 32, 64, 0], [128, 32768, 0, 0, 1, 4], [1, 4, 1, 4, 256, 1024, 32768, 0, 0],
            [256, 1024, 0, 0, 32768, 128, 0, 0, 0, 0, 0, 0, 0],
        ])
        let buckets = sentences.map { $0.map { lexicon.nameBuckets($0.lower) }.map { [$0.firstName, $0.surname] } }
        #expect(buckets[0].allSatisfy { $0 == [0, 0] } && buckets[2].allSatisfy { $0 == [0, 0] })
        #expect(buckets[1] == [[0, 0], [0, 0], [0, 0], [0, 0], [1, 0], [0, 0]])
        #expect(buckets[3] == [[0, 0], [0, 0], [0, 0], [0, 0], [0, 0], [0, 0], [1, 0], [1, 0], [1, 0], [1, 0], [0, 1], [0, 1], [0, 1]])
    }

    /// The gazetteers of a supplementary folder are marked for tagging and leave the fingerprint as it was, so that a
    /// model trained without them still loads as trained with its lexicon.
    @Test func marksSupplementaryGazetteersOutsideTheFingerprint() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("lexicon-supplement-\(UUID().uuidString)")
        let extra = dir.appendingPathComponent("divisions")
        try FileManager.default.createDirectory(at: extra, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        try Data("city/x\tCity\tPuno\t\t\t\t\n".utf8).write(to: dir.appendingPathComponent("cities.tsv"))
        try Data("region/y\tRegion\tAgusan del Sur\t\t\t\t\n".utf8).write(to: extra.appendingPathComponent("divisions.tsv"))
        let base = try TaggerLexicon.load(gazetteerDirectory: dir, nameListDirectory: nil)
        let supplemented = try TaggerLexicon.load(gazetteerDirectory: dir, nameListDirectory: nil, supplementaryDirectories: [extra])
        #expect(supplemented.fingerprint == base.fingerprint)
        let sentence = ["Puno", "and", "Agusan", "del", "Sur"].map(TokenAnalyzer.analyze)
        let before = base.marks(sentence), after = supplemented.marks(sentence)
        #expect(before[0] != 0 && before[2...].allSatisfy { $0 == 0 }, "\(before)")
        #expect(after[0] == before[0] && after[1] == 0 && after[2...].allSatisfy { $0 != 0 }, "\(after)")
    }

    /// Scalars that are whitespace split a surface form (U+0085, U+2028, no-break and ideographic spaces; not
    /// the ASCII separators U+001C–U+001F), and outer brackets, quotes, commas and semicolons come off.
    @Test func tokenizesAsTheScalarTokenizerDid() {
        let surfaces = ["“Tsargrad”,", "(Byzantium)", "‘Stamboul’", " a  b ", "\u{A0}Ana\u{3000}Paz\u{2003}", "((x))", "\"",
                        "a\u{85}b", "x\u{2028}y", "\u{1C}z\u{1F}", "", "  "]
        #expect(surfaces.map(TaggerLexicon.tokenize) == [
            ["“", "Tsargrad", "”", ","], ["(", "Byzantium", ")"], ["‘", "Stamboul", "’"], ["a", "b"], ["Ana", "Paz"],
            ["(", "(", "x", ")", ")"], ["\""], ["a", "b"], ["x", "y"], ["\u{1C}z\u{1F}"], [], [],
        ])
        for value in 0..<0x80 {
            let scalar = Unicode.Scalar(UInt8(value))
            let split = TaggerLexicon.tokenize("a\(scalar)b") == ["a", "b"]
            #expect(split == scalar.properties.isWhitespace, "U+\(String(value, radix: 16))")
        }
    }

    /// A `Character` reader took `\r\n` for one character, so a CRLF name list was one long name; it is read as
    /// lines now, as the gazetteers always were.
    @Test func readsCRLFNameLists() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("lexicon-crlf-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        try Data("# c\r\nJAMES\r\nMARY 1\r\n".utf8).write(to: dir.appendingPathComponent("first-names.txt"))
        let lexicon = try TaggerLexicon.load(gazetteerDirectory: nil, nameListDirectory: dir)
        #expect(lexicon.fingerprint.firstNames == 2)
        #expect(lexicon.nameBuckets(TokenAnalyzer.analyze("Mary").lower).firstName == 1)
    }
}
