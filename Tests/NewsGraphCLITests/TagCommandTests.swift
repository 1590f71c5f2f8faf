import Foundation
import Testing
import TestSupport
@testable import NewsGraphCLI

@Suite struct TagCommandTests {
    let ontology = ["--ontology", Fixtures.ontologyDirectory.path]

    /// The predicted tag (last column) of each token line of `conll`, tagged by rules alone (`--tagger off`) or as
    /// `tagger` says.
    func tags(_ conll: String, tagger: String = "off") -> [String] {
        let io = CapturingTerminal(input: conll)
        #expect(io.run(["tag", "--conll", "-", "--tagger", tagger] + ontology) == 0)
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

    /// `--tagger alone` gives the trained tagger's own tags, for comparison with the combined pipeline: a person no
    /// list knows, whom the rules alone leave out.
    @Test func tagsWithTheTaggerAlone() {
        let conll = """
            -DOCSTART- -X- O O

            Striker O
            Tomasz I-PER
            Wielgosz I-PER
            scored O
            for O
            Ajax I-ORG
            in O
            Amsterdam I-LOC
            . O

            """
        #expect(tags(conll, tagger: "alone") == ["O", "B-PER", "I-PER", "O", "O", "B-ORG", "O", "B-LOC", "O"])
        let io = CapturingTerminal(input: conll)
        #expect(io.run(["tag", "--conll", "-", "--tagger", "sometimes"] + ontology) == 64)
    }

    /// The ontology writes some names with lower-case words ("Interfax news agency", "U.S. military"); CoNLL-2003
    /// tags the name alone, with the type of what is left ("U.S." a place).
    @Test func tagsANameWithoutTheLowerCaseWordsTheOntologyWritesWithIt() {
        let conll = """
            -DOCSTART- -X- O O

            Interfax I-ORG
            news O
            agency O
            said O
            the O
            U.S. I-LOC
            military O
            left O
            . O

            """
        #expect(tags(conll) == ["B-ORG", "O", "O", "O", "O", "B-LOC", "O", "O", "O"])
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
