import Foundation
import Testing
import TestSupport
@testable import GraphExport
import KnowledgeGraph

/// Every exporter passes the same contract.
@Suite struct ExporterContractTests {
    @Test(arguments: ExportFormat.allCases)
    func isDeterministic(format: ExportFormat) {
        #expect(format.exporter.export(SampleGraphs.crisis) == format.exporter.export(SampleGraphs.crisis))
        #expect(format.exporter.export(SampleGraphs.hostile) == format.exporter.export(SampleGraphs.hostile))
    }

    @Test(arguments: ExportFormat.allCases)
    func exportsAnEmptyGraph(format: ExportFormat) {
        let text = format.exporter.export(KnowledgeGraph())
        #expect(!text.isEmpty && text.hasSuffix("\n"))
    }

    @Test(arguments: ExportFormat.allCases)
    func namesEveryNode(format: ExportFormat) {
        let text = format.exporter.export(SampleGraphs.crisis)
        for label in ["Azerbaijan", "Russia", "Ilham Aliyev", "Ministry of Foreign Affairs"] {
            #expect(text.contains(label))
        }
    }

    @Test func parsesFormatNames() throws {
        #expect(try ExportFormat.named("GraphML") == .graphml)
        #expect(ExportFormat(fileExtension: "gv") == .dot)
        #expect(throws: ExportError.unknownFormat("gml")) { try ExportFormat.named("gml") }
        #expect(ExportError.unknownFormat("gml").description == "unknown format \"gml\"; expected one of: dot, jsonld, graphml")
    }

    @Test(.enabled(if: Interop.isAvailable, Interop.skipReason))
    func realConsumersAcceptHostileNames() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("hostile-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        var files: [URL] = []
        for format in ExportFormat.allCases {
            let url = directory.appendingPathComponent("hostile.\(format.fileExtension)")
            try format.exporter.export(SampleGraphs.hostile).write(to: url, atomically: true, encoding: .utf8)
            files.append(url)
        }
        // Tabs become spaces in DOT labels, so names with tabs are checked in the other formats only.
        let (status, output) = try Interop.check(files, names: Fixtures.hostileNames.filter { !$0.contains("\t") })
        #expect(status == 0, "\(output)")
        let (tabStatus, tabOutput) = try Interop.check(files.filter { $0.pathExtension != "dot" },
                                                       names: Fixtures.hostileNames.filter { $0.contains("\t") })
        #expect(tabStatus == 0, "\(tabOutput)")
    }

    @Test(.enabled(if: Interop.isAvailable, Interop.skipReason))
    func realConsumersAcceptTheCrisisGraph() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("crisis-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let files = try ExportFormat.allCases.map { format -> URL in
            let url = directory.appendingPathComponent("crisis.\(format.fileExtension)")
            try format.exporter.export(SampleGraphs.crisis).write(to: url, atomically: true, encoding: .utf8)
            return url
        }
        let (status, output) = try Interop.check(files, names: ["Azerbaijan", "Ilham Aliyev"])
        #expect(status == 0, "\(output)")
    }
}

@Suite struct DOTExporterTests {
    @Test func quotesAndEscapes() {
        func quoted(_ text: String) -> String {
            var out = ExportBuffer()
            DOTExporter().appendQuoted(text, to: &out)
            return out.takeText()
        }
        #expect(quoted("a\"b\\c\nd") == "\"a\\\"b\\\\c\\nd\"")
        #expect(quoted("node") == "\"node\"")
        #expect(quoted("x\u{01}y") == "\"xy\"")
    }

    @Test func drawsSymmetricRelationsWithoutArrows() {
        let text = DOTExporter().export(SampleGraphs.crisis)
        #expect(text.contains("\"country/AZE\" -> \"country/RUS\" [label=\"mentioned with ×2\", dir=\"none\""))
        #expect(text.contains("\"person/ilham-aliyev\" -> \"country/AZE\" [label=\"leader of\""))
        #expect(text.contains("\"legend\""))
    }
}

@Suite struct GraphMLExporterTests {
    @Test func declaresEveryKeyWithAType() {
        let text = GraphMLExporter().export(SampleGraphs.crisis)
        #expect(text.contains("<key id=\"n_confidence\" for=\"node\" attr.name=\"confidence\" attr.type=\"double\"/>"))
        #expect(text.contains("<key id=\"na_alpha2\" for=\"node\" attr.name=\"alpha2\" attr.type=\"string\"/>"))
        #expect(text.contains("<data key=\"n_labels\">:Organization:GovernmentOrganization:Ministry</data>"))
        #expect(text.contains("<data key=\"e_label\">leaderOf</data>"))
    }

    @Test func escapesMarkupAndDropsForbiddenCharacters() {
        var out = ExportBuffer()
        out.append("<a & \"b\">\u{0}\u{1B}", escaping: .xml)
        #expect(out.takeText() == "&lt;a &amp; &quot;b&quot;&gt;")
    }
}

@Suite struct JSONLDExporterTests {
    @Test func inlinesTheContextAndUsesAbsoluteIRIs() {
        let text = JSONLDExporter().export(SampleGraphs.crisis)
        #expect(text.contains("\"@context\": {"))
        #expect(!text.contains("\"@context\": \"http"))
        #expect(text.contains("\"@id\": \"https://newsgraph.dev/id/country/AZE\""))
        #expect(text.contains("\"schema:memberOf\": ["))
        #expect(text.contains("\"@type\": \"rdf:Statement\""))
    }

    @Test func percentEncodesIRIs() {
        #expect(JSONLDExporter.iri(NodeID(rawValue: "person/zoë q")) == "https://newsgraph.dev/id/person/zo%C3%AB%20q")
    }
}

@Suite struct JSONLDTriplesTests {
    @Test(.enabled(if: Interop.isAvailable, Interop.skipReason))
    func rdflibAndPyldReadTheIntendedTriples() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("triples-\(UUID().uuidString).jsonld")
        defer { try? FileManager.default.removeItem(at: url) }
        try JSONLDExporter().export(SampleGraphs.crisis).write(to: url, atomically: true, encoding: .utf8)
        let (status, output) = Interop.checkTriples(url, [
            "id:country/AZE rdf:type schema:Country",
            "id:country/AZE rdf:type ng:Country",
            "id:country/AZE schema:name \"Azerbaijan\"",
            "id:country/AZE schema:alternateName \"Azerbaijani\"",
            "id:country/AZE ng:alpha2 \"AZ\"",
            "id:person/ilham-aliyev ng:leaderOf id:country/AZE",
            "id:org/mfa-aze schema:memberOf id:country/AZE",
            "id:org/mfa-aze rdf:type schema:GovernmentOrganization",
            "id:statement/person/ilham-aliyev/leaderOf/country/AZE rdf:subject id:person/ilham-aliyev",
            "id:statement/person/ilham-aliyev/leaderOf/country/AZE rdf:predicate ng:leaderOf",
            "id:statement/person/ilham-aliyev/leaderOf/country/AZE ng:confidence \"0.9\"",
        ])
        #expect(status == 0, "\(output)")
    }
}

@Suite struct ExportBufferTests {
    @Test func appendsLiteralsBytesAndNumbersAcrossGrowth() {
        var out = ExportBuffer(capacity: 1)
        let one: StaticString = "x"
        out.append(one)
        out.append("")
        out.append("—é")
        out.append(byte: UInt8(ascii: " "))
        out.append(integer: -1_234_567_890)
        out.append(byte: UInt8(ascii: "."), count: 100)
        out.append(number: 0.75)
        #expect(out.takeText() == "x—é -1234567890" + String(repeating: ".", count: 100) + "0.75")
    }

    @Test func appendsIntegersAtTheirLimits() {
        var generator = SeededGenerator(seed: 11)
        let values = [9, 10, 99, 100, Int.max, Int.min, Int.max - 1, 1_000_000_007, 9_999_999_999_999_999]
            + Array(-1_000...20_000) + (0..<2_000).map { _ in Int.random(in: .min ... .max, using: &generator) >> Int.random(in: 0...62, using: &generator) }
        var out = ExportBuffer(capacity: 1)
        for value in values {
            out.append(integer: value)
            out.append(byte: UInt8(ascii: " "))
        }
        #expect(out.takeText() == values.map { String($0) + " " }.joined())
    }

    /// Numbers written from their ten-thousandths against ``ExportText/number(_:)``, which goes through `Double.description`.
    @Test func appendsNumbersAsExportTextWritesThem() {
        func appended(_ value: Double) -> String {
            var out = ExportBuffer()
            out.append(number: value)
            return out.takeText()
        }
        var values: [Double] = [0, -0.0, 0.00004, 0.00005, -0.00005, 0.0001, 0.3 + 0.6, 0.1 + 0.2, 1.4000000000000001, 0.6 + 2.4,
                                99_999_999_999.9999, 1e11, 123_456_789_012.5, 1e15, -1e15, 1e18, .nan, .ulpOfOne]
        for tenThousandths in -30_000...30_000 {
            let value = Double(tenThousandths) / 10_000
            values += [value, value.nextUp, value.nextDown, value + 0.00004, value - 0.00004]
        }
        var generator = SeededGenerator(seed: 7)
        for _ in 0..<20_000 {
            let scale = (0..<Int.random(in: 0...18, using: &generator)).reduce(1e-6) { product, _ in product * 10 }
            values.append(Double.random(in: -1...1, using: &generator) * scale)
        }
        for value in values {
            #expect(appended(value) == ExportText.number(value), "\(value)")
        }
    }
}
