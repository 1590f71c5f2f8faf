import Foundation

/// Precision, recall and F1 for one entity type (or a micro-average over several).
public struct TypeScore: Sendable, Codable, Equatable {
    /// The type name (`PER`, `LOC`, `ORG`, `MISC`) or an aggregate name.
    public var type: String
    /// Number of gold entities.
    public var gold: Int
    /// Number of predicted entities.
    public var predicted: Int
    /// Number of predicted entities whose span and type exactly match a gold entity.
    public var correct: Int

    /// Creates a score from counts.
    public init(type: String, gold: Int, predicted: Int, correct: Int) {
        self.type = type
        self.gold = gold
        self.predicted = predicted
        self.correct = correct
    }

    /// correct / predicted (0 when nothing was predicted).
    public var precision: Double { predicted == 0 ? 0 : Double(correct) / Double(predicted) }
    /// correct / gold (0 when there is no gold entity).
    public var recall: Double { gold == 0 ? 0 : Double(correct) / Double(gold) }
    /// Harmonic mean of precision and recall.
    public var f1: Double {
        let p = precision, r = recall
        return p + r == 0 ? 0 : 2 * p * r / (p + r)
    }
}

/// Entity-level evaluation results in the style of `conlleval`.
public struct EvaluationReport: Sendable, Codable, Equatable, CustomStringConvertible {
    /// A label for the evaluated data, e.g. `eng.testa`.
    public var name: String
    /// Scores per type, in the order PER, LOC, ORG, MISC.
    public var types: [TypeScore]
    /// Micro-average over PER, LOC and ORG: the headline figure.
    public var headline: TypeScore
    /// Micro-average over all four types (the usual conlleval "overall" line).
    public var overall: TypeScore
    /// Number of tokens evaluated.
    public var tokens: Int
    /// Fraction of tokens whose tag was exactly right.
    public var tokenAccuracy: Double

    /// Creates a report.
    public init(name: String, types: [TypeScore], headline: TypeScore, overall: TypeScore, tokens: Int, tokenAccuracy: Double) {
        self.name = name
        self.types = types
        self.headline = headline
        self.overall = overall
        self.tokens = tokens
        self.tokenAccuracy = tokenAccuracy
    }

    /// The score of one type, or nil if the type did not occur at all.
    public func score(for type: EntityType) -> TypeScore? {
        types.first { $0.type == type.rawValue }
    }

    /// A small table: one line per type, then PER/LOC/ORG and overall.
    public var description: String {
        func line(_ s: TypeScore) -> String {
            func f(_ x: Double) -> String { String(format: "%6.2f", x * 100) }
            let name = s.type.padding(toLength: 12, withPad: " ", startingAt: 0)
            return "\(name) P \(f(s.precision))  R \(f(s.recall))  F1 \(f(s.f1))  (gold \(s.gold), predicted \(s.predicted), correct \(s.correct))"
        }
        var lines = ["\(name): \(tokens) tokens, token accuracy \(String(format: "%.2f", tokenAccuracy * 100))%"]
        lines += types.map(line)
        lines.append(line(headline))
        lines.append(line(overall))
        return lines.joined(separator: "\n")
    }

    /// One compact line: headline and per-type F1.
    public var summary: String {
        let per = types.map { "\($0.type) \(String(format: "%.2f", $0.f1 * 100))" }.joined(separator: " ")
        return "\(name): PER/LOC/ORG F1 \(String(format: "%.2f", headline.f1 * 100)) (P \(String(format: "%.2f", headline.precision * 100)) R \(String(format: "%.2f", headline.recall * 100))); \(per); all F1 \(String(format: "%.2f", overall.f1 * 100))"
    }
}

/// conlleval-style entity evaluation on IOB2 tags: an entity counts as correct only when its
/// type and its exact span match a gold entity. Like conlleval, an `I-X` that does not continue
/// an `X` entity starts a new entity.
public enum EntityEvaluator {
    /// One entity span: start token, end token (exclusive) and type.
    struct Span: Hashable {
        var start: Int
        var end: Int
        var type: Substring
    }

    /// Extracts the entity spans of one sentence's tags.
    static func spans(_ tags: [String]) -> [Span] {
        var result: [Span] = []
        var current: Span? = nil
        for (i, tag) in tags.enumerated() {
            let isEntity = tag != "O" && tag.count > 2
            let type = isEntity ? tag.dropFirst(2) : ""
            let continues = isEntity && tag.hasPrefix("I-") && current?.type == type
            if !continues, let c = current {
                result.append(Span(start: c.start, end: i, type: c.type))
                current = nil
            }
            if isEntity && !continues { current = Span(start: i, end: i + 1, type: type) }
        }
        if let c = current { result.append(Span(start: c.start, end: tags.count, type: c.type)) }
        return result
    }

    /// Evaluates predicted against gold tags (one array per sentence; same shapes).
    /// Sentences whose lengths differ are compared over the shorter length.
    public static func evaluate(gold: [[String]], predicted: [[String]], name: String = "evaluation") -> EvaluationReport {
        var goldCount: [Substring: Int] = [:]
        var predCount: [Substring: Int] = [:]
        var correctCount: [Substring: Int] = [:]
        var tokens = 0, rightTokens = 0
        for (g, p) in zip(gold, predicted) {
            let n = min(g.count, p.count)
            let gs = spans(Array(g[..<n])), ps = spans(Array(p[..<n]))
            for s in gs { goldCount[s.type, default: 0] += 1 }
            for s in ps { predCount[s.type, default: 0] += 1 }
            let goldSet = Set(gs)
            for s in ps where goldSet.contains(s) { correctCount[s.type, default: 0] += 1 }
            tokens += n
            for i in 0..<n where g[i] == p[i] { rightTokens += 1 }
        }
        let known: [Substring] = ["PER", "LOC", "ORG", "MISC"]
        let others = Set(goldCount.keys).union(predCount.keys).subtracting(known).sorted()
        var types: [TypeScore] = []
        for t in known + others where goldCount[t] != nil || predCount[t] != nil || known.contains(t) {
            types.append(TypeScore(type: String(t), gold: goldCount[t] ?? 0, predicted: predCount[t] ?? 0, correct: correctCount[t] ?? 0))
        }
        func sum(_ name: String, _ filter: (TypeScore) -> Bool) -> TypeScore {
            let sel = types.filter(filter)
            return TypeScore(type: name, gold: sel.reduce(0) { $0 + $1.gold },
                             predicted: sel.reduce(0) { $0 + $1.predicted },
                             correct: sel.reduce(0) { $0 + $1.correct })
        }
        let headline = sum("PER/LOC/ORG") { ["PER", "LOC", "ORG"].contains($0.type) }
        let overall = sum("overall") { _ in true }
        return EvaluationReport(name: name, types: types, headline: headline, overall: overall,
                                tokens: tokens, tokenAccuracy: tokens == 0 ? 0 : Double(rightTokens) / Double(tokens))
    }
}
