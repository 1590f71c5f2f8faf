import Foundation
import Testing
@testable import NewsTagger

/// Smoke tests of the model shipped in `Ontology/models/ner-tagger.bin` (skipped when absent).
@Suite("Shipped model")
struct ShippedModelTests {
    static let ontology = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Ontology")
    static let modelURL = ontology.appendingPathComponent("models/ner-tagger.bin")
    static let present = FileManager.default.fileExists(atPath: modelURL.path)

    @Test("Loads and tags a news sentence", .enabled(if: present))
    func tagsNews() throws {
        let gazetteers = Self.ontology.appendingPathComponent("gazetteers")
        let lexicon = try TaggerLexicon.load(gazetteerDirectory: gazetteers, nameListDirectory: gazetteers.appendingPathComponent("names"))
        // How fast it loads is reported by `newsgraph-benchmark` (setup), not asserted here.
        let tagger = try NameTagger.load(contentsOf: Self.modelURL, lexicon: lexicon)
        #expect(tagger.header.tags.count == 9)
        #expect(tagger.header.devReports.first?.name == "eng.testa")
        let tagged = tagger.tag(document: [
            ["German", "Chancellor", "Angela", "Merkel", "met", "officials", "of", "the", "European", "Commission", "in", "Brussels", "on", "Monday", "."],
        ])[0].map(\.tag)
        #expect(tagged == ["B-MISC", "O", "B-PER", "I-PER", "O", "O", "O", "O", "B-ORG", "I-ORG", "O", "B-LOC", "O", "O", "O"])
    }

    @Test("Curly quotes are tagged as straight ones", .enabled(if: present))
    func curlyQuotesAreStraightOnes() throws {
        let gazetteers = Self.ontology.appendingPathComponent("gazetteers")
        let lexicon = try TaggerLexicon.load(gazetteerDirectory: gazetteers, nameListDirectory: gazetteers.appendingPathComponent("names"))
        let tagger = try NameTagger.load(contentsOf: Self.modelURL, lexicon: lexicon)
        /// The tags of `words`, written one after another with a space between.
        func tags(_ words: [String]) -> [String] {
            var text: [UInt8] = [], tokens: [Range<Int>] = []
            for word in words {
                if !text.isEmpty { text.append(0x20) }
                tokens.append(text.count..<(text.count + word.utf8.count))
                text += Array(word.utf8)
            }
            return tagger.tag(utf8: text, tokens: tokens, sentences: [0..<tokens.count]).map(\.tag)
        }
        let curly = tags(["Gang", "leader", "Jimmy", "“", "Barbecue", "”", "Chérizier", "spoke", "to", "‘", "Reuters", "’", "."])
        let straight = tags(["Gang", "leader", "Jimmy", "\"", "Barbecue", "\"", "Chérizier", "spoke", "to", "'", "Reuters", "'", "."])
        #expect(curly == straight)
        #expect(curly[2] == "B-PER")
    }
}

/// A session remembers words from document to document; its tags and confidences must be exactly those
/// of tagging every document afresh, with the memory warm, cold, copied, or full and starting again.
@Suite("Tagging session")
struct TaggingSessionTests {
    /// The fixture and sample articles as UTF-8, their tokens (runs of letters and digits, single other
    /// characters) and sentences (cut after ".", "?" and "!").
    static func documents() throws -> [(text: [UInt8], tokens: [Range<Int>], sentences: [Range<Int>])] {
        let root = ShippedModelTests.ontology.deletingLastPathComponent()
        var documents: [(text: [UInt8], tokens: [Range<Int>], sentences: [Range<Int>])] = []
        for folder in ["Examples/articles", "Tests/Fixtures/articles"] {
            let url = root.appendingPathComponent(folder)
            for name in try FileManager.default.contentsOfDirectory(atPath: url.path).sorted() where name.hasSuffix(".txt") {
                let text = Array(try Data(contentsOf: url.appendingPathComponent(name)))
                var tokens: [Range<Int>] = [], sentences: [Range<Int>] = []
                var i = 0, sentenceStart = 0
                func isWordByte(_ b: UInt8) -> Bool { b >= 0x80 || (b | 0x20 >= 0x61 && b | 0x20 <= 0x7A) || (b >= 0x30 && b <= 0x39) }
                while i < text.count {
                    if text[i] == 0x20 || text[i] == 0x0A { i += 1; continue }
                    var j = i + 1
                    if isWordByte(text[i]) { while j < text.count && isWordByte(text[j]) { j += 1 } }
                    tokens.append(i..<j)
                    if j == i + 1, [0x2E, 0x3F, 0x21].contains(text[i]) {
                        sentences.append(sentenceStart..<tokens.count)
                        sentenceStart = tokens.count
                    }
                    i = j
                }
                if sentenceStart < tokens.count { sentences.append(sentenceStart..<tokens.count) }
                documents.append((text, tokens, sentences))
            }
        }
        return documents
    }

    @Test("A session tags as the model does without memory", .enabled(if: ShippedModelTests.present))
    func sameTags() throws {
        let gazetteers = ShippedModelTests.ontology.appendingPathComponent("gazetteers")
        let lexicon = try TaggerLexicon.load(gazetteerDirectory: gazetteers, nameListDirectory: gazetteers.appendingPathComponent("names"))
        let tagger = try NameTagger.load(contentsOf: ShippedModelTests.modelURL, lexicon: lexicon)
        let documents = try Self.documents()
        #expect(documents.count >= 8)
        // Twice through, so that the second round meets only remembered words; a memory of 64 words fills
        // and starts again many times.
        var warm = tagger.makeSession()
        var small = NameTagger.Session(tagger: tagger, memoryCapacity: 64)
        for document in documents + documents {
            let infos = document.sentences.flatMap { sentence in
                document.text.withUnsafeBufferPointer { bytes in
                    sentence.map { TokenAnalyzer.analyze(TokenAnalyzer.taggingForm(of: UnsafeBufferPointer(rebasing: bytes[document.tokens[$0]]))) }
                }
            }
            var ranges: [Range<Int>] = [], start = 0
            for sentence in document.sentences {
                ranges.append(start..<(start + sentence.count))
                start += sentence.count
            }
            // The tagger's lexicon: with the word clusters the model reads beside itself.
            let context = DocumentContext(analyzed: infos, sentences: ranges, lexicon: tagger.lexicon, focus: true)
            let expected = tagger.model.tag(context, withConfidence: true)
            // A copy shares the memory until one of the two tags: then it starts its own.
            var copy = warm
            for tagged in [warm.tag(utf8: document.text, tokens: document.tokens, sentences: document.sentences),
                           copy.tag(utf8: document.text, tokens: document.tokens, sentences: document.sentences),
                           small.tag(utf8: document.text, tokens: document.tokens, sentences: document.sentences)] {
                // In document order: every token is in one sentence, in order.
                #expect(tagged.map(\.code) == expected.tags)
                #expect(tagged.map(\.confidence) == expected.confidences)
            }
        }
    }
}
