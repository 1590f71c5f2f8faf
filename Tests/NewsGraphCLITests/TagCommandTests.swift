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
}
