import KnowledgeGraph
import NewsText

/// Reads typed relations between the entities of an article.
///
/// Structural relations come from titles, appositions and possessives: "Azerbaijan President Ilham Aliyev"
/// (`leaderOf`), "Kremlin spokesman Dmitry Peskov" (`spokespersonFor`), "Anne-Marie Okafor, a CDC
/// epidemiologist" (`holdsPosition`, role epidemiologist), "Kazakhstan's Transport Ministry" (`partOf`),
/// "the Russian city of Yekaterinburg" (`locatedIn`), "Grozny, the capital of Chechnya" (`capitalOf`),
/// "a news agency funded by the Russian state" (`fundedBy`), "his father, Jean" (`familyOf`).
/// Interactions come from verbs between a subject and an object (`criticized`, `summoned`, with their CAMEO
/// code); negated or hypothetical verbs ("stopped short of blaming", "would not say whether … would speak")
/// give no edge.
///
/// Confidence: each rule has a base (how often it is right on news text, set by reading its output), and
/// a relation is only as sure as its weaker end, so `confidence = base × min(source, target)` rounded to
/// four decimals. Evidence that repeats merges in the graph by noisy-or.
public struct RelationExtractor: Sendable {
    let lexicon: PatternLexicon
    let interactions: InteractionLexicon
    let schema: GraphSchema
    let verbs: [UInt64: InteractionLexicon.Verb]
    let ontology: Ontology
    /// Verbs after a capital that make it stand for its government ("Moscow regretted …").
    static let governmentVerbs: Set<String> = [
        "said", "says", "regretted", "insisted", "denied", "demanded", "warned", "accused", "responded", "rejected",
        "urged", "announced", "summoned", "protested", "condemned", "criticized", "blamed", "refused", "claimed",
        "retaliated", "recalled", "expelled", "threatened", "welcomed", "hoped", "wants", "wanted",
    ]

    /// Words that negate or hedge a verb within the few tokens before it.
    static let negations: Set<String> = ["not", "n't", "never", "no", "neither", "nor", "without"]
    /// Words that, before a verb, say the interaction did not (or did not yet) happen.
    static let verbHedges: Set<String> = ["short", "refused", "declined", "denied", "plans", "threatened"]
    static let hedges: Set<String> = ["would", "could", "might", "may", "whether", "if", "should", "will", "unless", "can"]
    static let placeNouns: Set<String> = ["city", "town", "village", "region", "republic", "province", "district", "capital", "port", "state", "oblast"]
    static let pronouns: Set<String> = ["he", "she"]
    /// Prepositions that end the search for a verb's object (unless the verb takes that one: "met with").
    static let prepositions: Set<String> = ["in", "on", "at", "as", "across", "into", "pending", "for", "after", "over",
                                            "since", "during", "amid", "about", "against", "with", "to", "from", "by", "near"]

    /// An extractor with the ontology's titles, role nouns and verbs.
    public init(ontology: Ontology) {
        lexicon = ontology.patterns
        interactions = ontology.interactions
        schema = ontology.schema
        self.ontology = ontology
        var verbs: [UInt64: InteractionLexicon.Verb] = [:]
        for (form, verb) in ontology.interactions.verbs { verbs[TokenHashes.hash(form, upperCased: true)] = verb }
        self.verbs = verbs
    }

    /// Every relation of `article` between its resolved `mentions`.
    public func extract(from article: Article, hashes: TokenHashes, mentions: [EntityMention]) -> [RelationFact] {
        let context = SentenceContext(article: article, hashes: hashes, mentions: mentions, schema: schema)
        var facts: [RelationFact] = []
        var lastPerson: EntityMention?
        for sentence in article.sentences {
            let inSentence = context.mentions(in: sentence)
            guard !inSentence.isEmpty || lastPerson != nil else { continue }
            for mention in inSentence {
                switch context.family(mention) {
                case "Person":
                    facts += titleRelations(of: mention, in: sentence, context)
                    facts += appositionRelations(of: mention, in: sentence, context)
                    facts += familyRelations(of: mention, in: sentence, context, lastPerson: lastPerson)
                case "Organization":
                    facts += organizationRelations(of: mention, in: sentence, context)
                case "Place", "Country":
                    facts += placeRelations(of: mention, in: sentence, context)
                    facts += metonymy(of: mention, in: sentence, context)
                default: break
                }
            }
            facts += interactionRelations(in: sentence, context, lastPerson: lastPerson)
            if let person = inSentence.last(where: { context.family($0) == "Person" }) { lastPerson = person }
        }
        return facts
    }

    // MARK: Titles and appositions

    /// The longest title ending right before `end` (case-insensitive), with its start.
    private func title(endingBefore end: Int, from lower: Int, _ context: SentenceContext) -> (PatternLexicon.Title, Int)? {
        guard end > lower, let candidates = lexicon.titlesByLastWord[context.hashes.upper[end - 1]] else { return nil }
        for (title, hashes) in candidates {
            let start = end - hashes.count
            guard start >= lower else { continue }
            var matches = true
            for (k, hash) in hashes.enumerated() where context.hashes.upper[start + k] != hash {
                matches = false
                break
            }
            if matches { return (title, start) }
        }
        return nil
    }

    private func relation(forTitleRole role: String) -> String {
        switch role {
        case "headOfState", "headOfGovernment": return "leaderOf"
        case "spokesperson": return "spokespersonFor"
        default: return "holdsPosition"
        }
    }

    private func fact(_ source: EntityMention, _ target: EntityMention, _ relation: String, base: Double, rule: String,
                      attributes: [String: String] = [:], sentence: Sentence) -> RelationFact? {
        guard let a = source.entity, let b = target.entity, a != b else { return nil }
        let confidence = (base * min(source.confidence, target.confidence) * 10_000).rounded() / 10_000
        return RelationFact(source: a, target: b, relation: relation, attributes: attributes, confidence: confidence,
                            rule: rule, sentence: sentence.range)
    }

    /// "Russian President Vladimir Putin", "Kremlin spokesman Dmitry Peskov", "Azerbaijan's ambassador, Rahman Mustafayev".
    private func titleRelations(of person: EntityMention, in sentence: Sentence, _ context: SentenceContext) -> [RelationFact] {
        var end = person.tokens.lowerBound
        let isApposed = end > sentence.tokens.lowerBound && context.word(end - 1) == ","
        if isApposed { end -= 1 }
        // Skip courtesy titles right before the name ("Commissioner Dr. Mary Bassett").
        while let (courtesy, start) = title(endingBefore: end, from: sentence.tokens.lowerBound, context), courtesy.role == "courtesy" {
            end = start
        }
        guard let (title, start) = title(endingBefore: end, from: sentence.tokens.lowerBound, context), title.role != "courtesy" else {
            // "Arsenal's Ian Wright", "Britain's Tim Henman": a possessive owner with no title.
            if !isApposed, context.isPossessive(person.tokens.lowerBound - 1),
               let owner = context.mention(endingBefore: person.tokens.lowerBound), !owner.isDemonym {
                switch context.family(owner) {
                case "Organization": return [fact(person, owner, "worksFor", base: 0.7, rule: "possessive", sentence: sentence)].compactMap { $0 }
                case "Country": return [fact(person, owner, "nationality", base: 0.7, rule: "possessive", sentence: sentence)].compactMap { $0 }
                default: return []
                }
            }
            return []
        }
        let ownerEnd = start
        // "its director, Ulvi Hasanli": the organization the sentence just named.
        if ownerEnd > sentence.tokens.lowerBound, ["its", "their"].contains(context.lower(ownerEnd - 1)) {
            guard let owner = context.mentions(in: sentence).last(where: {
                $0.tokens.upperBound <= ownerEnd && context.family($0) == "Organization" }) else { return [] }
            return [fact(person, owner, relation(forTitleRole: title.role), base: 0.7, rule: "title:its",
                         attributes: ["role": title.office], sentence: sentence)].compactMap { $0 }
        }
        guard let owner = context.mention(endingBefore: ownerEnd),
              ["Country", "Organization", "Place"].contains(context.family(owner))
                || (context.family(owner) == "Person" && context.isPossessive(ownerEnd - 1)) else { return [] }
        var attributes = ["role": title.office]
        if title.role == "headOfState" || title.role == "headOfGovernment" { attributes["office"] = title.office }
        let base = isApposed ? 0.8 : 0.9
        return [fact(person, owner, relation(forTitleRole: title.role), base: base, rule: "title:" + title.office,
                     attributes: attributes, sentence: sentence)].compactMap { $0 }
    }

    /// "Anne-Marie Okafor, a CDC epidemiologist", "Tedros, director-general of the World Health Organization".
    private func appositionRelations(of person: EntityMention, in sentence: Sentence, _ context: SentenceContext) -> [RelationFact] {
        var index = person.tokens.upperBound
        guard index + 1 < sentence.tokens.upperBound, context.word(index) == "," else { return [] }
        index += 1
        if ["a", "an", "the"].contains(context.lower(index)) { index += 1 }
        var owner: EntityMention?
        var role: [String] = []
        var steps = 0
        while index < sentence.tokens.upperBound, steps < 8 {
            steps += 1
            if let mention = context.mention(at: index) {
                guard owner == nil, ["Organization", "Country"].contains(context.family(mention)) else { break }
                owner = mention
                index = mention.tokens.upperBound
                if context.isPossessive(index) { index += 1 }
                continue
            }
            let word = context.lower(index)
            if context.article.tokens[index].kind == .punctuation && word != "-" { break }
            if word == "of" || word == "at" || word == "for" {
                if let target = context.mention(at: index + 1) ?? (context.lower(index + 1) == "the" ? context.mention(at: index + 2) : nil),
                   ["Organization", "Country"].contains(context.family(target)), !role.isEmpty {
                    owner = target
                }
                break
            }
            role.append(word)
            index += 1
        }
        guard let last = role.last, lexicon.roleNouns.contains(last) || lexicon.titles.contains(where: { $0.words.last == last }),
              let owner else { return [] }
        let roleText = role.joined(separator: " ").replacingOccurrences(of: " - ", with: "-")
        let matchingTitle = lexicon.titles.first { $0.words == role }
        let kind = matchingTitle.map { self.relation(forTitleRole: $0.role) } ?? "holdsPosition"
        return [fact(person, owner, kind, base: 0.8, rule: "apposition:" + roleText,
                     attributes: ["role": roleText], sentence: sentence)].compactMap { $0 }
    }

    /// "his father, Jean", "Aliyev's son, Heydar".
    private func familyRelations(of person: EntityMention, in sentence: Sentence, _ context: SentenceContext,
                                 lastPerson: EntityMention?) -> [RelationFact] {
        guard let relative = person.attributes["family"], person.tokens.lowerBound >= sentence.tokens.lowerBound + 3 else { return [] }
        let ownerIndex = person.tokens.lowerBound - 3
        var other: EntityMention?
        if ["his", "her"].contains(context.lower(ownerIndex)) {
            other = context.mentions(in: sentence).last { $0.tokens.upperBound <= ownerIndex && context.family($0) == "Person" } ?? lastPerson
        } else if let mention = context.mention(endingBefore: ownerIndex + 1), context.family(mention) == "Person" {
            other = mention
        }
        guard let other else { return [] }
        return [fact(person, other, "familyOf", base: 0.75, rule: "family:" + relative,
                     attributes: ["relation": relative], sentence: sentence)].compactMap { $0 }
    }

    // MARK: Organizations and places

    /// "Kazakhstan's Transport Ministry" (partOf), "a news agency funded by the Russian state" (fundedBy).
    private func organizationRelations(of organization: EntityMention, in sentence: Sentence, _ context: SentenceContext) -> [RelationFact] {
        var facts: [RelationFact] = []
        if organization.source != .gazetteer, let owner = context.mention(endingBefore: organization.tokens.lowerBound),
           context.family(owner) == "Country", context.isPossessive(organization.tokens.lowerBound - 1) {
            facts += [fact(organization, owner, "partOf", base: 0.85, rule: "possessive", sentence: sentence)].compactMap { $0 }
        }
        // "funded by", "owned by", "run by" within the apposition that follows.
        var index = organization.tokens.upperBound
        var steps = 0
        while index + 1 < sentence.tokens.upperBound, steps < 10 {
            steps += 1
            let word = context.lower(index)
            if context.mention(at: index) != nil, steps > 1, word != "russian" { break }
            if ["funded", "financed", "owned", "run", "controlled", "backed"].contains(word), context.lower(index + 1) == "by" {
                var targetIndex = index + 2
                if context.lower(targetIndex) == "the" { targetIndex += 1 }
                if let target = context.mention(at: targetIndex) {
                    let relation = word == "owned" || word == "controlled" ? "ownedBy" : "fundedBy"
                    facts += [fact(organization, target, relation, base: 0.8, rule: word + " by", sentence: sentence)].compactMap { $0 }
                }
                break
            }
            index += 1
        }
        return facts
    }

    /// "the Russian city of Yekaterinburg", "Grozny, the capital of Chechnya", "Aktau, Kazakhstan".
    private func placeRelations(of place: EntityMention, in sentence: Sentence, _ context: SentenceContext) -> [RelationFact] {
        guard context.family(place) == "Place" else { return [] }
        var facts: [RelationFact] = []
        let start = place.tokens.lowerBound
        // the <Country/demonym> city of <Place>
        if start >= sentence.tokens.lowerBound + 3, context.lower(start - 1) == "of",
           Self.placeNouns.contains(context.lower(start - 2)),
           let country = context.mention(endingBefore: start - 2), ["Country", "Place"].contains(context.family(country)) {
            facts += [fact(place, country, "locatedIn", base: 0.9, rule: "the-city-of", sentence: sentence)].compactMap { $0 }
        }
        let end = place.tokens.upperBound
        guard end + 1 < sentence.tokens.upperBound, context.word(end) == "," else { return facts }
        // <Place>, the capital of <Place>
        if end + 4 < sentence.tokens.upperBound, context.lower(end + 1) == "the", context.lower(end + 2) == "capital",
           context.lower(end + 3) == "of" {
            var index = end + 4
            // The first place that is not a possessive owner ("the capital of Russia's Chechnya region").
            var region: EntityMention?
            while index < min(sentence.tokens.upperBound, end + 10) {
                if let mention = context.mention(at: index) {
                    if !context.isPossessive(mention.tokens.upperBound), !mention.isDemonym { region = mention; break }
                    index = mention.tokens.upperBound
                }
                index += 1
            }
            if let region, ["Country", "Place"].contains(context.family(region)) {
                facts += [fact(place, region, "capitalOf", base: 0.9, rule: "the-capital-of", sentence: sentence)].compactMap { $0 }
            }
        } else if end + 3 < sentence.tokens.upperBound, ["a", "an", "the"].contains(context.lower(end + 1)),
                  Self.placeNouns.contains(context.lower(end + 2)) {
            // <Place>, a city in (central) <Country>
            var index = end + 3
            while index < min(sentence.tokens.upperBound, end + 7), context.mention(at: index) == nil { index += 1 }
            if index > end + 3, context.lower(end + 3) == "in" || context.lower(end + 3) == "of",
               let container = context.mention(at: index), !container.isDemonym,
               ["Country", "Place"].contains(context.family(container)) {
                facts += [fact(place, container, "locatedIn", base: 0.85, rule: "a-city-in", sentence: sentence)].compactMap { $0 }
            }
        } else if let container = context.mention(at: end + 1), container.tokens.lowerBound == end + 1, !container.isDemonym,
                  context.family(container) == "Country" || (context.family(container) == "Place" && container.type == "Region"),
                  place.type == "City" || place.type == "Place" {
            // <City>, <Country>
            facts += [fact(place, container, "locatedIn", base: 0.85, rule: "place-comma-place", sentence: sentence)].compactMap { $0 }
        }
        return facts
    }

    /// "Moscow regretted Baku's reaction", "a quarrel between Baku and Moscow": a capital standing for its government.
    /// The city keeps its node; a `metonymFor` edge says whom it stood for.
    private func metonymy(of city: EntityMention, in sentence: Sentence, _ context: SentenceContext) -> [RelationFact] {
        guard city.type == "City", let id = city.entity, let entry = ontology.entry(id), entry.attributes["capital"] == "true",
              let country = entry.partOf else { return [] }
        let index = city.tokens.upperBound
        if context.isPossessive(index) { return [] }
        let before = city.tokens.lowerBound > sentence.tokens.lowerBound ? context.lower(city.tokens.lowerBound - 1) : ""
        var cue: String?
        if index < sentence.tokens.upperBound, Self.governmentVerbs.contains(context.lower(index)),
           !["in", "at", "from", "near", "to"].contains(before) {
            cue = "verb:" + context.lower(index)
        } else if city.tokens.lowerBound > sentence.tokens.lowerBound, context.lower(city.tokens.lowerBound - 1) == "between" {
            cue = "between"
        } else if city.tokens.lowerBound >= sentence.tokens.lowerBound + 2, context.lower(city.tokens.lowerBound - 1) == "and",
                  context.mention(endingBefore: city.tokens.lowerBound - 1)?.type == "City",
                  context.lower(max(sentence.tokens.lowerBound, (context.mention(endingBefore: city.tokens.lowerBound - 1)?.tokens.lowerBound ?? 1) - 1)) == "between" {
            cue = "between"
        }
        guard let cue else { return [] }
        let confidence = (0.75 * city.confidence * 10_000).rounded() / 10_000
        return [RelationFact(source: id, target: country, relation: "metonymFor", attributes: [:], confidence: confidence,
                             rule: "metonymy:" + cue, sentence: sentence.range)]
    }

    // MARK: Interactions

    private func interactionRelations(in sentence: Sentence, _ context: SentenceContext, lastPerson: EntityMention?) -> [RelationFact] {
        var facts: [RelationFact] = []
        for index in sentence.tokens where context.article.tokens[index].kind == .word && context.owner[index] < 0 {
            let phrase = verbs[context.hashes.upper[index]] == nil ? phraseVerb(at: index, in: sentence, context) : nil
            guard let verb = verbs[context.hashes.upper[index]] ?? phrase?.verb else { continue }
            if context.isNegatedOrHedged(before: index, in: sentence, window: 4, extra: Self.verbHedges) { continue }
            let passive = IncidentExtractor.isPassive(at: index, in: sentence, context)
            var subject = self.subject(before: index, in: sentence, context, lastPerson: lastPerson)
            var object = self.object(after: index + (phrase?.length ?? 1) - 1, verb: verb, in: sentence, context)
            if passive {
                // "X was arrested by Y": Y acts on X.
                if index + 2 < sentence.tokens.upperBound, context.lower(index + 1) == "by",
                   let agent = context.mention(at: index + 2) ?? context.mention(at: index + 3) {
                    object = subject
                    subject = agent
                } else {
                    continue
                }
            }
            guard let source = subject, let target = object, isActor(source, context), isActor(target, context) else { continue }
            var attributes = ["cameo": verb.cameo, "quadClass": verb.quadClass, "verb": context.lower(index)]
            if let name = InteractionLexicon.cameoNames[verb.cameo] { attributes["cameoName"] = name }
            if let date = context.article.metadata.date { attributes["reported"] = date }
            facts += [fact(source, target, verb.relation, base: 0.7, rule: "verb:" + context.lower(index),
                           attributes: attributes, sentence: sentence)].compactMap { $0 }
        }
        return facts
    }

    /// Verbs that need the words after them: "spoke by phone with" (041), "held talks with" (040).
    private func phraseVerb(at index: Int, in sentence: Sentence, _ context: SentenceContext) -> (verb: InteractionLexicon.Verb, length: Int)? {
        guard index + 2 < sentence.tokens.upperBound, context.isWord(index, in: Self.phraseStarts) else { return nil }
        let next = context.lower(index + 1), after = context.lower(index + 2)
        if ["spoke", "talked", "spoken"].contains(context.lower(index)), next == "by" || next == "on",
           ["phone", "telephone", "the"].contains(after) {
            return (InteractionLexicon.Verb(relation: "telephoned", cameo: "041", quadClass: "1", preposition: "with"), after == "the" ? 4 : 3)
        }
        if ["held", "hold", "holds"].contains(context.lower(index)), next == "talks" || next == "a" && after == "meeting" {
            return (InteractionLexicon.Verb(relation: "met", cameo: "040", quadClass: "1", preposition: "with"), next == "talks" ? 2 : 3)
        }
        return nil
    }

    static let phraseStarts: WordSet = ["spoke", "talked", "spoken", "held", "hold", "holds"]

    private func isActor(_ mention: EntityMention, _ context: SentenceContext) -> Bool {
        ["Person", "Organization", "Country"].contains(context.family(mention)) || (mention.type == "City" && mention.attributes["metonymFor"] != nil)
            || mention.type == "City"
    }

    /// Words that open a new clause: the subject of a verb is looked for after the last of them.
    static let clauseBreaks: Set<String> = [";", "said", "says", "told", "that", "which", "who", "when", "after", "while",
                                            "because", "before", "since", "—", "“", "\""]

    /// The subject of the verb: the first actor of its clause (people, organizations, countries; a possessive
    /// owner gives way to what it owns), or, for "he"/"she", the sentence's first person or the last person met.
    private func subject(before index: Int, in sentence: Sentence, _ context: SentenceContext, lastPerson: EntityMention?) -> EntityMention? {
        var clauseStart = sentence.tokens.lowerBound
        var k = index - 1
        while k >= sentence.tokens.lowerBound {
            if context.owner[k] < 0, Self.clauseBreaks.contains(context.lower(k)) { clauseStart = k + 1; break }
            k -= 1
        }
        var pronoun = false
        var position = clauseStart
        var demonym: EntityMention?
        var first: EntityMention?
        var person: EntityMention?
        while position < index {
            if let mention = context.mention(at: position) {
                position = mention.tokens.upperBound
                if context.isPossessive(position) { continue }
                // "Armenian Prime Minister Nikol Pashinyan met …": the adjective gives way to the person.
                if mention.isDemonym { demonym = demonym ?? mention; continue }
                if context.family(mention) == "Person" { person = mention }
                if first == nil, ["Person", "Organization", "Country"].contains(context.family(mention)) { first = mention }
                continue
            }
            if Self.pronouns.contains(context.lower(position)) { pronoun = true }
            position += 1
        }
        // "U.S. Secretary of State Marco Rubio spoke …": a person of the clause is its subject before a country.
        if let person { return person }
        if let first { return first }
        guard pronoun else { return demonym }
        return context.mentions(in: sentence).first { $0.tokens.upperBound <= index && context.family($0) == "Person" } ?? lastPerson
    }

    /// The first actor after the verb (and its preposition), within a few words.
    private func object(after index: Int, verb: InteractionLexicon.Verb, in sentence: Sentence, _ context: SentenceContext) -> EntityMention? {
        var k = index + 1
        let limit = min(sentence.tokens.upperBound, index + 8)
        var place: EntityMention?
        while k < limit {
            if let mention = context.mention(at: k) {
                // "met Georgian President Mikheil Kavelashvili": look past the adjective and the title.
                if mention.isDemonym, let next = (mention.tokens.upperBound..<min(limit + 3, sentence.tokens.upperBound))
                    .lazy.compactMap({ context.mention(at: $0) }).first, !next.isDemonym,
                   next.tokens.lowerBound - mention.tokens.upperBound <= 3 {
                    return next
                }
                // "Egypt's foreign minister, Badr Abdelatty": the person the owner introduces.
                if context.isPossessive(mention.tokens.upperBound),
                   let named = (mention.tokens.upperBound..<min(sentence.tokens.upperBound, mention.tokens.upperBound + 7))
                    .lazy.compactMap({ context.mention(at: $0) }).first(where: { context.family($0) == "Person" }) {
                    return named
                }
                if ["Person", "Organization", "Country"].contains(context.family(mention)) { return mention }
                if place == nil { place = mention }
                k = mention.tokens.upperBound
                continue
            }
            let word = context.lower(k)
            if word == "," || word == ";" || word == "." || word == "that" || word == "which" { break }
            if Self.prepositions.contains(word), word != verb.preposition { break }
            k += 1
        }
        return place?.type == "City" ? place : nil
    }
}
