import Foundation
import Testing
@testable import NewsTagger

@Suite("Corpus readers")
struct ReaderTests {
    static let conll = """
    -DOCSTART- -X- O O

    EU NNP I-NP I-ORG
    rejects VBZ I-VP O
    German JJ I-NP I-MISC
    call NN I-NP O

    Peter NNP I-NP I-PER
    Blackburn NNP I-NP I-PER
    Clinton NNP I-NP B-PER
    Paris NNP I-NP I-LOC

    -DOCSTART- -X- O O

    BRUSSELS NNP I-NP I-LOC
    1996-08-22 CD I-NP O

    """

    @Test("CoNLL documents, sentences and IOB1 → IOB2")
    func conllStructure() throws {
        let docs = try CoNLLReader.parse(Self.conll, fileName: "mini.conll")
        #expect(docs.count == 2)
        #expect(docs[0].sentences.count == 2)
        #expect(docs[0].sentences[0].tokens == ["EU", "rejects", "German", "call"])
        #expect(docs[0].sentences[0].tags == ["B-ORG", "O", "B-MISC", "O"])
        // I-PER I-PER B-PER I-LOC: the B-PER starts a second person, I-LOC after a PER starts a location.
        #expect(docs[0].sentences[1].tags == ["B-PER", "I-PER", "B-PER", "B-LOC"])
        #expect(docs[1].sentences[0].tags == ["B-LOC", "O"])
    }

    @Test("IOB2 input is left unchanged")
    func iob2Unchanged() {
        let tags = ["B-PER", "I-PER", "O", "B-LOC", "B-LOC", "I-LOC"]
        #expect(IOBConversion.iob1ToIOB2(tags) == tags)
        #expect(IOBConversion.iob1ToIOB2(["I-ORG", "I-ORG", "O", "I-ORG"]) == ["B-ORG", "I-ORG", "O", "B-ORG"])
    }

    @Test("A line with only one column is reported with file and line")
    func malformedLine() {
        let text = "-DOCSTART- -X- O O\n\nEU NNP I-NP I-ORG\nrejects\n"
        do {
            _ = try CoNLLReader.parse(text, fileName: "bad.conll")
            Issue.record("expected an error")
        } catch let error as TaggerError {
            #expect(error == .malformedLine(file: "bad.conll", line: 4, reason: "expected at least 2 columns (token … tag), found 1: 'rejects'"))
            #expect(error.description.hasPrefix("bad.conll:4: error: "))
        } catch {
            Issue.record("unexpected error \(error)")
        }
    }

    @Test("An unknown tag is reported with file and line")
    func badTag() {
        #expect(throws: TaggerError.self) { try CoNLLReader.parse("EU NNP I-NP I-GPE\n", fileName: "x") }
        do {
            _ = try CoNLLReader.parse("a b c O\nEU NNP I-NP X-ORG\n", fileName: "tags.conll")
        } catch {
            #expect("\(error)".hasPrefix("tags.conll:2: error: invalid entity tag 'X-ORG'"))
        }
    }

    static let gmb = """
    Sentence #,Word,POS,Tag
    Sentence: 1,Thousands,NNS,O
    ,marched,VBD,O
    ,in,IN,O
    ,New,NNP,B-geo
    ,York,NNP,I-geo
    ,on,IN,O
    ,Monday,NNP,B-tim
    ,night,NN,I-tim
    ,".",.,O
    Sentence: 2,"10,000",CD,O
    ,Iraqi,JJ,B-gpe
    ,troops,NNS,O
    ,of,IN,O
    ,the,DT,O
    ,U.N.,NNP,B-org
    Sentence: 3,Obama,NNP,B-per
    ,spoke,VBD,O

    """

    @Test("GMB CSV: forward-filled sentences, quoted fields, tag mapping")
    func gmbParse() throws {
        let sentences = try GMBReader.parse(Self.gmb, fileName: "gmb.csv")
        #expect(sentences.count == 3)
        #expect(sentences[0].tokens == ["Thousands", "marched", "in", "New", "York", "on", "Monday", "night", "."])
        #expect(sentences[0].tags == ["O", "O", "O", "B-LOC", "I-LOC", "O", "O", "O", "O"])
        #expect(sentences[1].tokens[0] == "10,000")
        #expect(sentences[1].tags == ["O", "B-LOC", "O", "O", "O", "B-ORG"])
        #expect(sentences[2].tags == ["B-PER", "O"])
        let misc = try GMBReader.parse(Self.gmb, fileName: "gmb.csv", mapping: .gpeAsMisc)
        #expect(misc[1].tags[1] == "B-MISC")
        let split = GMBReader.split(sentences, devFraction: 1.0 / 3.0)
        #expect(split.train.count == 2 && split.dev.count == 1)
        #expect(split.dev[0].tokens == ["Obama", "spoke"])
    }

    @Test("GMB malformed rows name the line")
    func gmbMalformed() {
        do {
            _ = try GMBReader.parse("Sentence #,Word,POS,Tag\nSentence: 1,a,DT,O\n,b,NN\n", fileName: "g.csv")
            Issue.record("expected an error")
        } catch {
            #expect("\(error)".hasPrefix("g.csv:3: error: expected 4 CSV fields"))
        }
        do {
            _ = try GMBReader.parse("Sentence: 1,a,DT,B-xyz\n", fileName: "g.csv")
            Issue.record("expected an error")
        } catch {
            #expect("\(error)" == "g.csv:1: error: invalid GMB tag 'B-xyz'")
        }
    }

    @Test("Gzipped input is inflated")
    func gzip() throws {
        let base64 = "H4sIAAAAAAACA0WOMQ+CMBCF9/4KUtcnKY6O6AJRICnRuaENdKCHpQ7+e1sDcbu77+W7J40Lxg0mO+BJXqNrJXo1Mrndz1mBfqL3qpxe0TQSLcOs/DAZjUd5Tat1qJo03MhpcjHVoTyOhhhoR/eI1GdDwc4MPOfII/p/OoEXAkIIjstPXHn1sqjrZFsMQ/BEy97iC93eYgi6AAAA"
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("newstagger-gmb-\(UUID().uuidString).csv.gz")
        try #require(Data(base64Encoded: base64)).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let sentences = try GMBReader.read(contentsOf: url)
        #expect(sentences.count == 2)
        #expect(sentences[0].tokens == ["Thousands", "marched", "in", "London", "on", "Monday", "."])
        #expect(sentences[0].tags == ["O", "O", "O", "B-LOC", "O", "O", "O"])
        #expect(sentences[1].tokens == ["10,000", "Iraqi", "troops"])
    }

    @Test("A missing corpus file names the file")
    func missingFile() {
        do {
            _ = try CoNLLReader.read(contentsOf: URL(fileURLWithPath: "/nonexistent/eng.train"))
            Issue.record("expected an error")
        } catch {
            #expect("\(error)".hasPrefix("/nonexistent/eng.train: error: cannot read"))
        }
    }
}
