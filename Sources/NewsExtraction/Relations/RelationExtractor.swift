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
    let schema: GraphSchema
    let verbs: WordMap<InteractionLexicon.Verb>
    /// The verbs and ``phraseStarts``: a word that is neither starts no interaction.
    let verbStarts: WordSet
    /// ``PatternLexicon/titlesByLastWord`` in a ``WordMap``.
    let titlesByLastWord: WordMap<[(title: PatternLexicon.Title, hashes: [UInt64])]>
    let ontology: Ontology
    /// Verbs after a capital that make it stand for its government ("Moscow regretted …").
    static let governmentVerbs: WordSet = [
        "said", "says", "regretted", "insisted", "denied", "demanded", "warned", "accused", "responded", "rejected",
        "urged", "announced", "summoned", "protested", "condemned", "criticized", "blamed", "refused", "claimed",
        "retaliated", "recalled", "expelled", "threatened", "welcomed", "hoped", "wants", "wanted",
    ]

    /// Words that, before a verb, say the interaction did not (or did not yet) happen.
    static let verbHedges: WordSet = ["short", "refused", "declined", "denied", "plans", "threatened"]
    static let placeNouns: WordSet = ["city", "town", "village", "region", "republic", "province", "district", "capital", "port", "state", "oblast"]
    static let pronouns: WordSet = ["he", "she"]
    /// Pronouns that stand for a speaker in the clause after their verb of speech ("Apple said it would …").
    static let subjectPronouns: WordSet = ["he", "she", "it", "they"]
    static let speechVerbs: WordSet = ["said", "says", "told"]
    /// Prepositions that end the search for a verb's object (unless the verb takes that one: "met with").
    static let prepositions: WordSet = ["in", "on", "at", "as", "across", "into", "pending", "for", "after", "over",
                                       "since", "during", "amid", "about", "against", "with", "to", "from", "by", "near"]
    /// Participles that, followed by "by", name who funds or owns an organization.
    static let fundingVerbs: WordSet = ["funded", "financed", "owned", "run", "controlled", "backed"]
    static let ownershipVerbs: WordSet = ["owned", "controlled"]
    /// Prepositions before a capital that make it a place, not its government ("in Moscow").
    static let locatives: WordSet = ["in", "at", "from", "near", "to"]
    static let articles: WordSet = ["a", "an", "the"]
    static let possessivePronouns: WordSet = ["its", "their"]
    /// Words between an owner and a title that name a part of the owner ("Taliban government spokesman").
    static let ownerBranches: WordSet = ["government", "military", "army", "police", "security", "defense", "defence",
                                         "foreign", "interior", "health", "state", "party", "group", "movement", "campaign"]
    static let personalPossessives: WordSet = ["his", "her"]
    static let ownerPrepositions: WordSet = ["of", "at", "for"]
    static let inOrOf: WordSet = ["in", "of"]
    /// Words that end the search for a verb's object: punctuation, a relative pronoun, and words that start another clause
    /// ("welcomed the offer but said Kyiv would not accept").
    static let objectBreaks: WordSet = [",", ";", ".", "that", "which", "but", "said", "says", "while", "although", "because"]
    /// Words that start a clause of its own after a verb's object ("warned Palestinian militants that Israel would …").
    static let clauseStarts: WordSet = ["that", "which", "who", ";", "."]
    static let comma: WordSet = [","]
    static let hyphen: WordSet = ["-"]
    static let the: WordSet = ["the"]
    static let of: WordSet = ["of"]
    static let by: WordSet = ["by"]
    static let and: WordSet = ["and"]
    static let between: WordSet = ["between"]
    static let capital: WordSet = ["capital"]
    static let russian: WordSet = ["russian"]

    /// An extractor with the ontology's titles, role nouns and verbs.
    public init(ontology: Ontology) {
        lexicon = ontology.patterns
        schema = ontology.schema
        self.ontology = ontology
        verbs = WordMap(ontology.interactions.verbs.map { (TokenHashes.hash($0.key, upperCased: true), $0.value) })
        verbStarts = WordSet(Array(ontology.interactions.verbs.keys) + Self.phraseStarts)
        titlesByLastWord = WordMap(ontology.patterns.titlesByLastWord.map { ($0.key, $0.value) })
    }

    /// Every relation of `article` between its resolved `mentions`.
    public func extract(from article: Article, hashes: TokenHashes, mentions: [EntityMention]) -> [RelationFact] {
        let context = SentenceContext(article: article, hashes: hashes, mentions: mentions, schema: schema)
        var facts: [RelationFact] = []
        var lastPerson: Int?
        // The last organization of the sentence before, which "Its spokesman, …" at the start of a sentence may mean.
        var previousOrganization: Int?
        for sentence in article.sentences {
            let inSentence = context.mentions(in: sentence)
            defer { previousOrganization = inSentence.last { context.families[$0] == .organization } }
            guard !inSentence.isEmpty || lastPerson != nil else { continue }
            for mention in inSentence {
                switch context.families[mention] {
                case .person:
                    titleRelations(of: mention, in: sentence, context, previousOrganization: previousOrganization, into: &facts)
                    appositionRelations(of: mention, in: sentence, context, into: &facts)
                    familyRelations(of: mention, in: sentence, context, lastPerson: lastPerson, into: &facts)
                case .organization:
                    organizationRelations(of: mention, in: sentence, context, into: &facts)
                case .place, .country:
                    placeRelations(of: mention, in: sentence, context, into: &facts)
                    metonymy(of: mention, in: sentence, context, into: &facts)
                case .other: break
                }
            }
            interactionRelations(in: sentence, context, lastPerson: lastPerson, into: &facts)
            if let person = inSentence.last(where: { context.families[$0] == .person }) { lastPerson = person }
        }
        return facts
    }

    // MARK: Titles and appositions

    /// The longest title ending right before `end` (case-insensitive), with its start.
    private func title(endingBefore end: Int, from lower: Int, _ context: SentenceContext) -> (PatternLexicon.Title, Int)? {
        guard end > lower, let candidates = titlesByLastWord[context.hashes.upper[end - 1]] else { return nil }
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

    /// Appends the relation from mention `source` to mention `target`, unless they are the same entity or
    /// one is unresolved.
    private func add(_ source: Int, _ target: Int, _ relation: String, base: Double, rule: String,
                     attributes: [String: String] = [:], sentence: Sentence, _ context: SentenceContext,
                     into facts: inout [RelationFact]) {
        let source = context.mentions[source], target = context.mentions[target]
        guard let a = source.entity, let b = target.entity, a != b else { return }
        let confidence = (base * min(source.confidence, target.confidence) * 10_000).rounded() / 10_000
        facts.append(RelationFact(source: a, target: b, relation: relation, attributes: attributes, confidence: confidence,
                                  rule: rule, sentence: sentence.range))
    }

    /// "Russian President Vladimir Putin", "Kremlin spokesman Dmitry Peskov", "Azerbaijan's ambassador, Rahman Mustafayev".
    private func titleRelations(of person: Int, in sentence: Sentence, _ context: SentenceContext, previousOrganization: Int?,
                                into facts: inout [RelationFact]) {
        let name = context.mentions[person].tokens
        var end = name.lowerBound
        let isApposed = end > sentence.tokens.lowerBound && context.isWord(end - 1, in: Self.comma)
        if isApposed { end -= 1 }
        // Skip courtesy titles right before the name ("Commissioner Dr. Mary Bassett").
        while let (courtesy, start) = title(endingBefore: end, from: sentence.tokens.lowerBound, context), courtesy.role == "courtesy" {
            end = start
        }
        guard var (title, start) = title(endingBefore: end, from: sentence.tokens.lowerBound, context), title.role != "courtesy" else {
            // "a spokesman for China's Foreign Ministry, Lin Jian", "the head of Africa CDC, Jean Kaseya": a title with
            // its owner after a preposition, and the name in apposition.
            if isApposed, let (title, owner) = titleOfOwner(endingBefore: end, in: sentence, context) {
                add(person, owner, relation(forTitleRole: title.role), base: 0.8, rule: "title-of:" + title.office,
                    attributes: ["role": title.office], sentence: sentence, context, into: &facts)
                return
            }
            // "Arsenal's Ian Wright", "Britain's Tim Henman": a possessive owner with no title.
            if !isApposed, context.isPossessive(name.lowerBound - 1),
               let owner = context.mention(endingBefore: name.lowerBound), !context.mentions[owner].isDemonym {
                switch context.families[owner] {
                case .organization: add(person, owner, "worksFor", base: 0.7, rule: "possessive", sentence: sentence, context, into: &facts)
                case .country: add(person, owner, "nationality", base: 0.7, rule: "possessive", sentence: sentence, context, into: &facts)
                default: break
                }
            }
            return
        }
        // "military spokesman Brig. Gen. Yahya Saree": a rank after an office; the office names the relation.
        if context.mention(endingBefore: start) == nil,
           let (office, officeStart) = self.title(endingBefore: start, from: sentence.tokens.lowerBound, context), office.role != "courtesy" {
            (title, start) = (office, officeStart)
        }
        var ownerEnd = start
        // "Taliban government spokesman", "Houthi military spokesman": a word that says which part of the owner.
        if context.mention(endingBefore: ownerEnd) == nil, ownerEnd > sentence.tokens.lowerBound + 1,
           context.isWord(ownerEnd - 1, in: Self.ownerBranches) {
            ownerEnd -= 1
        }
        // "its director, Ulvi Hasanli": the organization the sentence just named, or at the start of a sentence the last
        // one the sentence before named ("India's Ministry of External Affairs said … . Its spokesman, Randhir Jaiswal").
        if ownerEnd > sentence.tokens.lowerBound, context.isWord(ownerEnd - 1, in: Self.possessivePronouns) {
            let opensSentence = ownerEnd - 1 == sentence.tokens.lowerBound
            guard let owner = context.mentions(in: sentence).last(where: {
                context.mentions[$0].tokens.upperBound <= ownerEnd && context.families[$0] == .organization })
                ?? (opensSentence ? previousOrganization : nil) else { return }
            add(person, owner, relation(forTitleRole: title.role), base: 0.7, rule: "title:its",
                attributes: ["role": title.office], sentence: sentence, context, into: &facts)
            return
        }
        let before = context.mention(endingBefore: ownerEnd)
        let ownerBefore = before.flatMap { mention in
            [.country, .organization, .place].contains(context.families[mention])
                || (context.families[mention] == .person && context.isPossessive(ownerEnd - 1)) ? mention : nil
        }
        // "Prime Minister Ralph Gonsalves of St. Vincent and the Grenadines": the owner after the name, when no name stands
        // before the title.
        guard let owner = ownerBefore ?? (before == nil && !isApposed ? Self.owner(after: name, in: sentence, context) : nil) else { return }
        var attributes = ["role": title.office]
        if title.role == "headOfState" || title.role == "headOfGovernment" { attributes["office"] = title.office }
        let base = isApposed ? 0.8 : 0.9
        add(person, owner, relation(forTitleRole: title.role), base: base, rule: "title:" + title.office,
            attributes: attributes, sentence: sentence, context, into: &facts)
    }

    /// The title and its owner in "<title> for|of|at [the] <owner>" ending right before `end`: "a spokesman for China's
    /// Foreign Ministry", "the head of Africa CDC". The owner is an organization or a country, perhaps after its own
    /// country's possessive.
    private func titleOfOwner(endingBefore end: Int, in sentence: Sentence,
                              _ context: SentenceContext) -> (PatternLexicon.Title, Int)? {
        guard let owner = context.mention(endingBefore: end), !context.mentions[owner].isDemonym,
              [.organization, .country].contains(context.families[owner]) else { return nil }
        var k = context.mentions[owner].tokens.lowerBound
        // "China's Foreign Ministry": the possessive country before the owner.
        if let country = Self.possessiveCountry(before: k, in: sentence, context) { k = context.mentions[country].tokens.lowerBound }
        if k > sentence.tokens.lowerBound, context.isWord(k - 1, in: Self.the) { k -= 1 }
        // "the president of Kenya", not "Amnesty International's director for Britain": a country owns a title after "of".
        guard k > sentence.tokens.lowerBound + 1, context.isWord(k - 1, in: Self.ownerPrepositions),
              context.families[owner] != .country || context.isWord(k - 1, in: Self.of),
              let (title, _) = title(endingBefore: k - 1, from: sentence.tokens.lowerBound, context),
              title.role != "courtesy" else { return nil }
        return (title, owner)
    }

    /// The country, organization or place named right after "of" (and "the") after a titled person's name: "President
    /// William Ruto of Kenya", "Director Jane Roe of the National Cancer Institute".
    private static func owner(after name: Range<Int>, in sentence: Sentence, _ context: SentenceContext) -> Int? {
        var k = name.upperBound
        guard k + 1 < sentence.tokens.upperBound, context.isWord(k, in: of) else { return nil }
        k += 1
        if context.isWord(k, in: the) { k += 1 }
        guard let mention = context.mention(at: k), context.mentions[mention].tokens.lowerBound == k,
              !context.mentions[mention].isDemonym,
              [.country, .organization, .place].contains(context.families[mention]) else { return nil }
        return mention
    }

    /// "Anne-Marie Okafor, a CDC epidemiologist", "Tedros, director-general of the World Health Organization".
    private func appositionRelations(of person: Int, in sentence: Sentence, _ context: SentenceContext, into facts: inout [RelationFact]) {
        var index = context.mentions[person].tokens.upperBound
        guard index + 1 < sentence.tokens.upperBound, context.isWord(index, in: Self.comma) else { return }
        index += 1
        if context.isWord(index, in: Self.articles) { index += 1 }
        var owner: Int?
        var role: [Int] = []
        var steps = 0
        while index < sentence.tokens.upperBound, steps < 8 {
            steps += 1
            if let mention = context.mention(at: index) {
                // "Keir Starmer, French President Emmanuel Macron and …": a title before another person's name is that
                // person's, in a list; no apposition.
                if context.families[mention] == .person { return }
                guard owner == nil, [.organization, .country].contains(context.families[mention]) else { break }
                let chosen = Self.body(ownedBy: mention, context) ?? mention
                owner = chosen
                index = context.mentions[chosen].tokens.upperBound
                if context.isPossessive(index) { index += 1 }
                continue
            }
            if context.article.tokens[index].kind == .punctuation && !context.isWord(index, in: Self.hyphen) { break }
            if context.isWord(index, in: Self.ownerPrepositions) {
                if let target = context.mention(at: index + 1) ?? (context.isWord(index + 1, in: Self.the) ? context.mention(at: index + 2) : nil),
                   [.organization, .country].contains(context.families[target]), !role.isEmpty {
                    owner = Self.body(ownedBy: target, context) ?? target
                }
                break
            }
            role.append(index)
            index += 1
        }
        guard let owner, !role.isEmpty else { return }
        let words = role.map { context.lower($0) }
        guard let last = words.last, lexicon.roleNouns.contains(last) || lexicon.titles.contains(where: { $0.words.last == last }) else { return }
        let roleText = words.joined(separator: " ").replacingOccurrences(of: " - ", with: "-")
        let matchingTitle = lexicon.titles.first { $0.words == words }
        let kind = matchingTitle.map { self.relation(forTitleRole: $0.role) } ?? "holdsPosition"
        add(person, owner, kind, base: 0.8, rule: "apposition:" + roleText, attributes: ["role": roleText],
            sentence: sentence, context, into: &facts)
    }

    /// The country whose possessive stands right before token `start`: "Russia's" before "Foreign Ministry".
    private static func possessiveCountry(before start: Int, in sentence: Sentence, _ context: SentenceContext) -> Int? {
        guard start - 1 > sentence.tokens.lowerBound, context.isPossessive(start - 1),
              let country = context.mention(endingBefore: start), context.families[country] == .country else { return nil }
        return country
    }

    /// The organization named right after a country's possessive: "Russia's Foreign Ministry"; the inverse of
    /// ``possessiveCountry(before:in:_:)``.
    private static func body(ownedBy country: Int, _ context: SentenceContext) -> Int? {
        let end = context.mentions[country].tokens.upperBound
        guard context.families[country] == .country, context.isPossessive(end), let body = context.mention(at: end + 1),
              context.families[body] == .organization else { return nil }
        return body
    }

    /// "his father, Jean", "Aliyev's son, Heydar".
    private func familyRelations(of person: Int, in sentence: Sentence, _ context: SentenceContext, lastPerson: Int?,
                                 into facts: inout [RelationFact]) {
        let start = context.mentions[person].tokens.lowerBound
        guard start >= sentence.tokens.lowerBound + 3, let relative = context.mentions[person].attributes["family"] else { return }
        let ownerIndex = start - 3
        var other: Int?
        if context.isWord(ownerIndex, in: Self.personalPossessives) {
            other = context.mentions(in: sentence).last {
                context.mentions[$0].tokens.upperBound <= ownerIndex && context.families[$0] == .person } ?? lastPerson
        } else if let mention = context.mention(endingBefore: ownerIndex + 1), context.families[mention] == .person {
            other = mention
        }
        guard let other else { return }
        add(person, other, "familyOf", base: 0.75, rule: "family:" + relative, attributes: ["relation": relative],
            sentence: sentence, context, into: &facts)
    }

    // MARK: Organizations and places

    /// "Kazakhstan's Transport Ministry" (partOf), "a news agency funded by the Russian state" (fundedBy).
    private func organizationRelations(of organization: Int, in sentence: Sentence, _ context: SentenceContext,
                                       into facts: inout [RelationFact]) {
        let name = context.mentions[organization].tokens
        if context.mentions[organization].source != .gazetteer,
           let owner = Self.possessiveCountry(before: name.lowerBound, in: sentence, context) {
            add(organization, owner, "partOf", base: 0.85, rule: "possessive", sentence: sentence, context, into: &facts)
        }
        // "funded by", "owned by", "run by" within the apposition that follows.
        var index = name.upperBound
        var steps = 0
        while index + 1 < sentence.tokens.upperBound, steps < 10 {
            steps += 1
            if context.owner[index] >= 0, steps > 1, !context.isWord(index, in: Self.russian) { break }
            if context.isWord(index, in: Self.fundingVerbs), context.isWord(index + 1, in: Self.by) {
                var targetIndex = index + 2
                if context.isWord(targetIndex, in: Self.the) { targetIndex += 1 }
                if let target = context.mention(at: targetIndex) {
                    let relation = context.isWord(index, in: Self.ownershipVerbs) ? "ownedBy" : "fundedBy"
                    add(organization, target, relation, base: 0.8, rule: context.lower(index) + " by", sentence: sentence,
                        context, into: &facts)
                }
                break
            }
            index += 1
        }
    }

    /// "the Russian city of Yekaterinburg", "Grozny, the capital of Chechnya", "Aktau, Kazakhstan".
    private func placeRelations(of place: Int, in sentence: Sentence, _ context: SentenceContext, into facts: inout [RelationFact]) {
        guard context.families[place] == .place else { return }
        let start = context.mentions[place].tokens.lowerBound
        // the <Country/demonym> city of <Place>
        if start >= sentence.tokens.lowerBound + 3, context.isWord(start - 1, in: Self.of),
           context.isWord(start - 2, in: Self.placeNouns),
           let country = context.mention(endingBefore: start - 2), [.country, .place].contains(context.families[country]) {
            add(place, country, "locatedIn", base: 0.9, rule: "the-city-of", sentence: sentence, context, into: &facts)
        }
        let end = context.mentions[place].tokens.upperBound
        guard end + 1 < sentence.tokens.upperBound, context.isWord(end, in: Self.comma) else { return }
        // <Place>, the capital of <Place>
        if end + 4 < sentence.tokens.upperBound, context.isWord(end + 1, in: Self.the), context.isWord(end + 2, in: Self.capital),
           context.isWord(end + 3, in: Self.of) {
            var index = end + 4
            // The first place that is not a possessive owner ("the capital of Russia's Chechnya region").
            var region: Int?
            while index < min(sentence.tokens.upperBound, end + 10) {
                if let mention = context.mention(at: index) {
                    let tokens = context.mentions[mention].tokens
                    if !context.isPossessive(tokens.upperBound), !context.mentions[mention].isDemonym { region = mention; break }
                    index = tokens.upperBound
                }
                index += 1
            }
            if let region, [.country, .place].contains(context.families[region]) {
                add(place, region, "capitalOf", base: 0.9, rule: "the-capital-of", sentence: sentence, context, into: &facts)
            }
        } else if end + 3 < sentence.tokens.upperBound, context.isWord(end + 1, in: Self.articles),
                  context.isWord(end + 2, in: Self.placeNouns) {
            // <Place>, a city in (central) <Country>
            var index = end + 3
            while index < min(sentence.tokens.upperBound, end + 7), context.mention(at: index) == nil { index += 1 }
            if index > end + 3, context.isWord(end + 3, in: Self.inOrOf),
               let container = context.mention(at: index), !context.mentions[container].isDemonym,
               [.country, .place].contains(context.families[container]) {
                add(place, container, "locatedIn", base: 0.85, rule: "a-city-in", sentence: sentence, context, into: &facts)
            }
        } else if let container = context.mention(at: end + 1), context.mentions[container].tokens.lowerBound == end + 1,
                  !context.mentions[container].isDemonym,
                  context.families[container] == .country
                    || (context.families[container] == .place && context.mentions[container].type == "Region"),
                  context.mentions[place].type == "City" || context.mentions[place].type == "Place" {
            // <City>, <Country>
            add(place, container, "locatedIn", base: 0.85, rule: "place-comma-place", sentence: sentence, context, into: &facts)
        }
    }

    /// "Moscow regretted Baku's reaction", "a quarrel between Baku and Moscow": a capital standing for its government.
    /// The city keeps its node; a `metonymFor` edge says whom it stood for.
    private func metonymy(of city: Int, in sentence: Sentence, _ context: SentenceContext, into facts: inout [RelationFact]) {
        let tokens = context.mentions[city].tokens
        guard context.mentions[city].type == "City", !context.isPossessive(tokens.upperBound) else { return }
        // The cue first: it needs only token hashes, the capital test a look-up in the ontology.
        let isLocative = tokens.lowerBound > sentence.tokens.lowerBound && context.isWord(tokens.lowerBound - 1, in: Self.locatives)
        var cue: String?
        if tokens.upperBound < sentence.tokens.upperBound, context.isWord(tokens.upperBound, in: Self.governmentVerbs), !isLocative {
            cue = "verb:" + context.lower(tokens.upperBound)
        } else if tokens.lowerBound > sentence.tokens.lowerBound, context.isWord(tokens.lowerBound - 1, in: Self.between) {
            cue = "between"
        } else if tokens.lowerBound >= sentence.tokens.lowerBound + 2, context.isWord(tokens.lowerBound - 1, in: Self.and),
                  let other = context.mention(endingBefore: tokens.lowerBound - 1), context.mentions[other].type == "City",
                  context.isWord(max(sentence.tokens.lowerBound, context.mentions[other].tokens.lowerBound - 1), in: Self.between) {
            cue = "between"
        }
        guard let cue, let id = context.mentions[city].entity, let entry = ontology.entry(id), entry.attributes["capital"] == "true",
              let country = entry.partOf else { return }
        let confidence = (0.75 * context.mentions[city].confidence * 10_000).rounded() / 10_000
        facts.append(RelationFact(source: id, target: country, relation: "metonymFor", attributes: [:], confidence: confidence,
                                  rule: "metonymy:" + cue, sentence: sentence.range))
    }

    // MARK: Interactions

    private func interactionRelations(in sentence: Sentence, _ context: SentenceContext, lastPerson: Int?, into facts: inout [RelationFact]) {
        for index in sentence.tokens {
            // Most words are neither a verb nor the start of a verb phrase: one look-up each rules them out.
            let hash = context.hashes.upper[index]
            guard verbStarts.contains(hash), context.isFreeWord(index) else { continue }
            let verb: InteractionLexicon.Verb
            var phrase: (verb: InteractionLexicon.Verb, length: Int)?
            if let direct = verbs[hash] {
                verb = direct
            } else if let found = phraseVerb(at: index, in: sentence, context) {
                verb = found.verb
                phrase = found
            } else {
                continue
            }
            if context.isNegatedOrHedged(before: index, in: sentence, window: 4, extra: Self.verbHedges) { continue }
            // "Trump-backed Asfura", "the U.S.-backed Syrian Democratic Forces": a participle joined by a hyphen to a name
            // before it is an adjective whose agent is that name, not the clause's subject.
            let isCompound = index > sentence.tokens.lowerBound + 1 && context.isWord(index - 1, in: Self.hyphen)
                && context.article.tokens[index - 1].range.upperBound == context.article.tokens[index].range.lowerBound
            let passive = !isCompound && IncidentExtractor.isPassive(at: index, in: sentence, context)
            var subject = isCompound ? context.mention(endingBefore: index - 1)
                : self.subject(before: index, in: sentence, context, lastPerson: lastPerson)
            var object = self.object(after: index + (phrase?.length ?? 1) - 1, verb: verb, in: sentence, context)
            if passive {
                // "X was arrested by Y": Y acts on X.
                if index + 2 < sentence.tokens.upperBound, context.isWord(index + 1, in: Self.by),
                   let agent = context.mention(at: index + 2) ?? context.mention(at: index + 3) {
                    object = subject
                    subject = agent
                } else {
                    continue
                }
            }
            guard let source = subject, let target = object, isActor(source, context), isActor(target, context) else { continue }
            // "arrested 12 Indian nationals": an arrest is of people or groups (the relation's range), not of a people's country.
            if verb.relation == "arrested", context.mentions[target].isDemonym { continue }
            // "Lula, who hosted the G20 last year": a host of an organization hosted its meeting, and met no one by it.
            if context.isWord(index, in: Self.hostVerbs), context.families[target] == .organization { continue }
            let word = context.lower(index)
            var attributes = ["cameo": verb.cameo, "quadClass": verb.quadClass, "verb": word]
            if let name = InteractionLexicon.cameoNames[verb.cameo] { attributes["cameoName"] = name }
            if let date = context.article.metadata.date { attributes["reported"] = date }
            add(source, target, verb.relation, base: 0.7, rule: "verb:" + word, attributes: attributes, sentence: sentence,
                context, into: &facts)
        }
    }

    /// Verbs that need the words around them: "spoke with X by phone" (041), "held talks with" (040); `index` is
    /// one of ``phraseStarts``.
    private func phraseVerb(at index: Int, in sentence: Sentence, _ context: SentenceContext) -> (verb: InteractionLexicon.Verb, length: Int)? {
        guard index + 2 < sentence.tokens.upperBound else { return nil }
        if context.isWord(index, in: Self.spoke), context.isTalkByPhone(after: index + 1, in: sentence) {
            // "spoke by phone with Putin", "spoke on the phone with Putin": the object follows the means; "spoke with
            // Bazoum by phone", "spoke to Goita by phone": it comes first, after its preposition.
            if let end = context.endOfPhoneMeans(at: index + 1) { return (Self.telephoned, end - index) }
            return (context.isWord(index + 1, in: Self.to) ? Self.telephonedTo : Self.telephoned, 1)
        }
        let talks = context.isWord(index + 1, in: Self.talks)
        if context.isWord(index, in: Self.held), talks || context.isWord(index + 1, in: Self.a) && context.isWord(index + 2, in: Self.meeting) {
            return (Self.met, talks ? 2 : 3)
        }
        return nil
    }

    static let phraseStarts = ["spoke", "talked", "spoken", "held", "hold", "holds"]
    static let spoke: WordSet = ["spoke", "talked", "spoken"]
    static let to: WordSet = ["to"]
    static let hostVerbs: WordSet = ["hosted", "hosts", "host", "hosting"]
    static let held: WordSet = ["held", "hold", "holds"]
    static let talks: WordSet = ["talks"]
    static let a: WordSet = ["a"]
    static let meeting: WordSet = ["meeting"]
    static let telephoned = InteractionLexicon.Verb(relation: "telephoned", cameo: "041", quadClass: "1", preposition: "with")
    static let telephonedTo = InteractionLexicon.Verb(relation: "telephoned", cameo: "041", quadClass: "1", preposition: "to")
    static let met = InteractionLexicon.Verb(relation: "met", cameo: "040", quadClass: "1", preposition: "with")

    /// People, organizations, countries and cities (standing for their governments) can interact.
    private func isActor(_ mention: Int, _ context: SentenceContext) -> Bool {
        context.families[mention].isActor || context.mentions[mention].type == "City"
    }

    /// Words that open a new clause: the subject of a verb is looked for after the last of them.
    static let clauseBreaks: WordSet = [";", "said", "says", "told", "that", "which", "who", "when", "after", "while",
                                        "because", "before", "since", "—", "“", "\""]

    /// The subject of the verb: the first actor of its clause (people, organizations, countries; a possessive
    /// owner gives way to what it owns), or, for "he"/"she", the sentence's first person or the last person met.
    private func subject(before index: Int, in sentence: Sentence, _ context: SentenceContext, lastPerson: Int?) -> Int? {
        // "Abdourahamane Tiani, who seized power in Niger in 2023, spoke to Goita": the one the relative clause is about, and
        // "Hakan Fidan, who met Sharaa in December": the one the relative clause that the verb opens is about.
        if let actor = context.actor(beforeRelativeClauseEndingAt: index - 1, in: sentence) { return actor }
        if index - 2 > sentence.tokens.lowerBound, let actor = context.actor(openingRelativeClauseAt: index - 1) { return actor }
        var clauseStart = sentence.tokens.lowerBound
        var k = index - 1
        while k >= sentence.tokens.lowerBound {
            if context.owner[k] < 0, context.isWord(k, in: Self.clauseBreaks) { clauseStart = k + 1; break }
            k -= 1
        }
        var pronoun = false
        var position = clauseStart
        var demonym: Int?
        var first: Int?
        var person: Int?
        while position < index {
            // "Apple said it would appeal the ruling to the General Court and accused Spotify": the speaker (the subject of the
            // verb of speech) is the subject of the clause it opens with a pronoun, not a name later in it.
            if first == nil, person == nil, context.isWord(position, in: Self.subjectPronouns), clauseStart > sentence.tokens.lowerBound,
               context.isWord(clauseStart - 1, in: Self.speechVerbs),
               let speaker = subject(before: clauseStart - 1, in: sentence, context, lastPerson: nil) {
                return speaker
            }
            if let mention = context.mention(at: position) {
                position = context.mentions[mention].tokens.upperBound
                if context.isPossessive(position) { continue }
                // "Armenian Prime Minister Nikol Pashinyan met …": the adjective gives way to the person.
                if context.mentions[mention].isDemonym { demonym = demonym ?? mention; continue }
                if context.families[mention] == .person { person = mention }
                if first == nil, context.families[mention].isActor { first = mention }
                continue
            }
            if context.isWord(position, in: Self.pronouns) { pronoun = true }
            position += 1
        }
        // "U.S. Secretary of State Marco Rubio spoke …": a person of the clause is its subject before a country.
        if let person { return person }
        if let first { return first }
        guard pronoun else { return demonym }
        return context.mentions(in: sentence).first {
            context.mentions[$0].tokens.upperBound <= index && context.families[$0] == .person } ?? lastPerson
    }

    /// The first actor after the verb (and its preposition), within a few words.
    private func object(after index: Int, verb: InteractionLexicon.Verb, in sentence: Sentence, _ context: SentenceContext) -> Int? {
        var k = index + 1
        let limit = min(sentence.tokens.upperBound, index + 8)
        var place: Int?
        while k < limit {
            if let mention = context.mention(at: k) {
                let end = context.mentions[mention].tokens.upperBound
                // "met Georgian President Mikheil Kavelashvili": look past the adjective and the title, not past a
                // preposition ("summoned the Venezuelan ambassador in Georgetown" summoned Venezuela's envoy).
                if context.mentions[mention].isDemonym, let next = (end..<min(limit + 3, sentence.tokens.upperBound))
                    .lazy.compactMap({ context.mention(at: $0) }).first, !context.mentions[next].isDemonym,
                   context.mentions[next].tokens.lowerBound - end <= 3,
                   !(end..<context.mentions[next].tokens.lowerBound).contains(where: {
                       context.isWord($0, in: Self.prepositions) || context.isWord($0, in: Self.clauseStarts) }) {
                    return next
                }
                // "Egypt's foreign minister, Badr Abdelatty": the person the owner introduces.
                if context.isPossessive(end),
                   let named = (end..<min(sentence.tokens.upperBound, end + 7))
                    .lazy.compactMap({ context.mention(at: $0) }).first(where: { context.families[$0] == .person }) {
                    return named
                }
                if context.families[mention].isActor { return context.titledPerson(after: mention, in: sentence) ?? mention }
                if place == nil { place = mention }
                k = end
                continue
            }
            if context.isWord(k, in: Self.objectBreaks) { break }
            if context.isWord(k, in: Self.prepositions),
               verb.preposition.map({ TokenHashes.hash($0, upperCased: true) }) != context.hashes.upper[k] { break }
            k += 1
        }
        guard let place, context.mentions[place].type == "City" else { return nil }
        return place
    }
}
