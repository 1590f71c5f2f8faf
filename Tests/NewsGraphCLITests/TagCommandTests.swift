import Foundation
import Testing
import TestSupport
@testable import NewsGraphCLI

@Suite struct TagCommandTests {
    let ontology = ["--ontology", Fixtures.ontologyDirectory.path]

    /// The predicted tag (last column) of each token line of `conll`, tagged by rules alone.
    func tags(_ conll: String) -> [String] {
        let io = CapturingTerminal(input: conll)
        #expect(io.run(["tag", "--conll", "-", "--tagger", "off"] + ontology) == 0)
        return io.output.split(separator: "\n").filter { !$0.hasPrefix("-DOCSTART-") }.compactMap { $0.split(separator: " ").last.map(String.init) }
    }

    @Test func tagsANameInsideAHyphenatedAdjectiveAsMISC() {
        let conll = """
            -DOCSTART- -X- O O

            The O
            London-based I-MISC
            bank O
            left O
            London I-LOC
            . O

            """
        #expect(tags(conll) == ["O", "B-MISC", "O", "O", "B-LOC", "O"])
    }

    /// The graph has Russia's defence ministry; CoNLL-2003 tags only names, and "defence ministry" is none.
    @Test func tagsNoLowerCaseBody() {
        let conll = """
            -DOCSTART- -X- O O

            Russia I-LOC
            's O
            defence O
            ministry O
            said O
            . O

            """
        #expect(tags(conll) == ["B-LOC", "O", "O", "O", "O", "O"])
    }
}

@Suite struct CoNLLDocumentTests {
    @Test func joinsTokensAsNewsWritesThem() throws {
        let document = try #require(CoNLLDocument.parse("""
            -DOCSTART- -X- O O

            Beijing NNP I-NP I-LOC
            's POS B-NP O
            square NN I-NP O

            It PRP I-NP O
            rained VBD I-VP O

            """).first)
        let (text, ranges) = document.text
        #expect(text == "Beijing's square\nIt rained")
        let bytes = Array(text.utf8)
        #expect(ranges.map { String(decoding: bytes[$0], as: UTF8.self) } == ["Beijing", "'s", "square", "It", "rained"])
    }
}
