import Testing
@testable import NewsTagger

@Suite("Entity evaluator (conlleval semantics)")
struct EvaluatorTests {
    @Test("Exact matches only; wrong type and wrong span both count as errors")
    func handMade() {
        // Gold: "Peter Blackburn" PER, "Brussels" LOC, "European Commission" ORG.
        let gold = [["B-PER", "I-PER", "O", "B-LOC"], ["O", "B-ORG", "I-ORG", "O"]]
        // Predicted: person right; Brussels typed ORG (wrong); only "European" marked ORG (wrong span).
        let predicted = [["B-PER", "I-PER", "O", "B-ORG"], ["O", "B-ORG", "O", "O"]]
        let r = EntityEvaluator.evaluate(gold: gold, predicted: predicted)
        #expect(r.score(for: .person) == TypeScore(type: "PER", gold: 1, predicted: 1, correct: 1))
        #expect(r.score(for: .location) == TypeScore(type: "LOC", gold: 1, predicted: 0, correct: 0))
        #expect(r.score(for: .organization) == TypeScore(type: "ORG", gold: 1, predicted: 2, correct: 0))
        // 1 correct of 3 predicted and 3 gold entities.
        #expect(r.headline.correct == 1 && r.headline.gold == 3 && r.headline.predicted == 3)
        #expect(abs(r.headline.precision - 1.0 / 3.0) < 1e-12)
        #expect(abs(r.headline.f1 - 1.0 / 3.0) < 1e-12)
        #expect(r.tokens == 8)
        #expect(abs(r.tokenAccuracy - 6.0 / 8.0) < 1e-12)
    }

    @Test("MISC is reported but excluded from the PER/LOC/ORG headline")
    func miscExcluded() {
        let gold = [["B-MISC", "O", "B-PER"]]
        let predicted = [["O", "O", "B-PER"]]
        let r = EntityEvaluator.evaluate(gold: gold, predicted: predicted)
        #expect(r.headline.f1 == 1.0)
        #expect(r.score(for: .miscellaneous)?.recall == 0)
        #expect(r.overall.gold == 2 && r.overall.correct == 1)
        #expect(abs(r.overall.f1 - 2.0 / 3.0) < 1e-12)
    }

    @Test("An I- tag after O starts an entity, like conlleval")
    func danglingInside() {
        let spans = EntityEvaluator.spans(["O", "I-LOC", "I-LOC", "B-LOC", "I-PER"])
        #expect(spans.map { [$0.start, $0.end] } == [[1, 3], [3, 4], [4, 5]])
        let r = EntityEvaluator.evaluate(gold: [["O", "B-LOC", "I-LOC"]], predicted: [["O", "I-LOC", "I-LOC"]])
        #expect(r.headline.f1 == 1.0)
    }

    @Test("Adjacent entities of the same type are separate")
    func adjacent() {
        let r = EntityEvaluator.evaluate(gold: [["B-PER", "B-PER"]], predicted: [["B-PER", "I-PER"]])
        #expect(r.score(for: .person) == TypeScore(type: "PER", gold: 2, predicted: 1, correct: 0))
    }

    @Test("No predictions and no gold give zeros, not NaN")
    func empty() {
        let r = EntityEvaluator.evaluate(gold: [["O"]], predicted: [["O"]])
        #expect(r.headline.f1 == 0 && r.headline.precision == 0 && r.headline.recall == 0)
        #expect(r.description.contains("PER/LOC/ORG"))
    }
}
