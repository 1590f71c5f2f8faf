import KnowledgeGraph
import NewsText

/// Finds names that no gazetteer knows, from the cues news writing gives: titles ("President Emmanuel
/// Macron", "Kremlin spokesman Dmitry Peskov"), role nouns and appositions ("Leyla Gurbanli, a political
/// analyst"), organization head words ("Transport Ministry", "Ministry of Health", "Meydan TV, an
/// independent outlet"), place cue words ("Red Square", "Kursk region") and common first names.
///
/// It works on runs of capitalized tokens ("chunks") in sentences that are not all capitals. A chunk
/// with no cue becomes a ``EntityMention/Source/candidate``: it survives only if resolution ties it to
/// an entity of the document (a surname, a first name, an acronym).
public struct PatternMatcher: MentionFinder {
    /// The cue words.
    public let lexicon: PatternLexicon
    /// The classes the matcher types names with.
    public let schema: GraphSchema

    /// Lower-case words that join the parts of a name ("Ursula von der Leyen", "Lula da Silva").
    static let particles: Set<String> = [
        "de", "da", "do", "dos", "das", "van", "von", "der", "den", "del", "della", "di", "du", "la", "le",
        "bin", "ibn", "al", "el", "ben", "ter", "y", "bint", "abu",
    ]
    /// Lower-case words that join the parts of an organization's name after a head word ("Ministry of Health").
    static let connectors: Set<String> = ["of", "for", "and", "to", "on", "the", "de", "&"]
    /// Nouns that, in an apposition, make a name an organization, with the subtype they suggest.
    static let organizationNouns: [String: String] = [
        "agency": "Organization", "outlet": "MediaOrganization", "broadcaster": "MediaOrganization",
        "newspaper": "MediaOrganization", "channel": "MediaOrganization", "website": "MediaOrganization",
        "daily": "MediaOrganization", "magazine": "MediaOrganization", "network": "MediaOrganization",
        "station": "MediaOrganization", "tabloid": "MediaOrganization", "company": "Company", "firm": "Company",
        "group": "Organization", "organization": "Organization", "organisation": "Organization",
        "ministry": "Ministry", "party": "PoliticalParty", "airline": "Airline", "carrier": "Airline",
        "bank": "Company", "charity": "NonprofitOrganization", "watchdog": "NonprofitOrganization",
        "nonprofit": "NonprofitOrganization", "ngo": "NonprofitOrganization", "body": "Organization",
        "institute": "EducationalOrganization", "university": "EducationalOrganization", "union": "Organization",
        "alliance": "Organization", "coalition": "Organization", "movement": "Organization", "militia": "ArmedGroup",
        "manufacturer": "Company", "maker": "Company", "producer": "Company", "operator": "Company",
        "conglomerate": "Company", "startup": "Company", "insurer": "Company", "bloc": "Organization",
    ]
    /// Prepositions of place: a capitalized word with no other cue after them is a place ("in Silivri").
    static let locatives: Set<String> = ["in", "near", "outside", "across", "around", "from", "via", "toward", "towards"]
    /// Verbs of speech that follow a person's name ("…, Smith said").
    static let speechVerbs: Set<String> = ["said", "says", "told", "added", "wrote", "tweeted", "stated", "noted", "argued"]
    /// Family nouns: "his father, Jean" introduces another person, not a back-reference.
    static let familyNouns: Set<String> = [
        "father", "mother", "son", "daughter", "brother", "sister", "wife", "husband", "uncle", "aunt", "cousin",
        "grandson", "granddaughter", "grandfather", "grandmother", "nephew", "niece", "widow", "stepson",
    ]

    /// A matcher over these cue words.
    public init(lexicon: PatternLexicon, schema: GraphSchema) {
        self.lexicon = lexicon
        self.schema = schema
    }

    /// Names found by cues in the sentences that are not all capitals; `previous` holds the gazetteer's.
    public func findMentions(in article: Article, hashes: TokenHashes, previous: [EntityMention]) -> [EntityMention] {
        var known = [Int32](repeating: -1, count: article.tokens.count)
        for (index, mention) in previous.enumerated() {
            for token in mention.tokens { known[token] = Int32(index) }
        }
        var context = Context(article: article, hashes: hashes, previous: previous, known: known)
        var results: [EntityMention] = []
        for sentence in article.sentences where !sentence.isAllCaps {
            var index = sentence.tokens.lowerBound
            while index < sentence.tokens.upperBound {
                guard context.isNameToken(index) else { index += 1; continue }
                let end = extendChunk(from: index, in: sentence, &context)
                results += analyze(index..<end, in: sentence, &context)
                index = end
            }
        }
        return results
    }

    /// Words and per-token facts of one article, computed lazily.
    struct Context {
        let article: Article
        let hashes: TokenHashes
        let previous: [EntityMention]
        let known: [Int32]
        /// The text of each token once it was asked for.
        var words: [String?]

        init(article: Article, hashes: TokenHashes, previous: [EntityMention], known: [Int32]) {
            self.article = article
            self.hashes = hashes
            self.previous = previous
            self.known = known
            words = [String?](repeating: nil, count: article.tokens.count)
        }

        mutating func word(_ index: Int) -> String {
            if let word = words[index] { return word }
            let word = article.text(of: article.tokens[index])
            words[index] = word
            return word
        }

        /// A capitalized word token, or a lower-case particle prefix such as "al-Sharaa".
        func isNameToken(_ index: Int) -> Bool {
            let token = article.tokens[index]
            guard token.kind == .word else { return false }
            if token.isCapitalized { return token.range.count > 1 || article.cleanText[token.range.lowerBound] != UInt8(ascii: "I") }
            // al-Assad, el-Sisi, bin-Salman
            let bytes = article.cleanText
            let start = token.range.lowerBound
            if token.shape.contains(.hasHyphen), token.range.count > 4,
               (bytes[start] == UInt8(ascii: "a") && bytes[start + 1] == UInt8(ascii: "l")) || (bytes[start] == UInt8(ascii: "e") && bytes[start + 1] == UInt8(ascii: "l")),
               bytes[start + 2] == UInt8(ascii: "-"), bytes[start + 3] >= 0x41, bytes[start + 3] <= 0x5A {
                return true
            }
            return false
        }

        func knownMention(_ index: Int) -> EntityMention? {
            let k = known[index]
            return k >= 0 ? previous[Int(k)] : nil
        }

        /// Whether an earlier stage's mention covers token `index`.
        func isKnown(_ index: Int) -> Bool { known[index] >= 0 }

        /// The tokens of the earlier stage's mention that covers token `index` (without copying the mention).
        func knownTokens(_ index: Int) -> Range<Int>? {
            let k = known[index]
            return k >= 0 ? previous[Int(k)].tokens : nil
        }
    }

    /// The end of the chunk that starts at `start`.
    private func extendChunk(from start: Int, in sentence: Sentence, _ context: inout Context) -> Int {
        var end = start + 1
        var sawHead = isOrganizationStart(context.word(start))
        var extendedByConnector = false
        while end < sentence.tokens.upperBound {
            let token = context.article.tokens[end]
            if token.newlinesBefore > 0 { break }
            if context.isNameToken(end) {
                if isOrganizationStart(context.word(end)) { sawHead = true }
                end += 1
                continue
            }
            guard token.kind == .word, end + 1 < sentence.tokens.upperBound else { break }
            let word = context.word(end)
            // Particles, possibly several: "van der", "de la", "bin".
            var afterParticles = end
            while afterParticles < sentence.tokens.upperBound - 1, afterParticles - end < 3,
                  Self.particles.contains(context.word(afterParticles)) {
                afterParticles += 1
            }
            if afterParticles > end, context.isNameToken(afterParticles),
               !context.article.tokens[afterParticles].shape.contains(.allCaps) {
                end = afterParticles
                continue
            }
            // "to" joins only campaigning bodies' names ("Committee to Protect Journalists").
            if sawHead, Self.connectors.contains(word), word != "and" || extendedByConnector,
               word != "to" || ["Committee", "Campaign", "Movement", "Alliance", "Coalition"].contains(context.word(start)) {
                var next = end + 1
                if context.word(next) == "the", next + 1 < sentence.tokens.upperBound { next += 1 }
                if context.isNameToken(next), !lexicon.nonEntities.contains(context.word(next)) {
                    extendedByConnector = true
                    end = next
                    continue
                }
            }
            // "Secretary of State Marco Rubio": a title that runs over "of".
            if word == "of", let title = titleMatch(at: start, limit: sentence.tokens.upperBound, &context),
               start + title.words.count > end {
                end = start + title.words.count
                continue
            }
            break
        }
        return end
    }

    private func isOrganizationStart(_ word: String) -> Bool {
        guard let head = lexicon.organizationHeads[word] else { return false }
        return head.position != .end
    }

    /// The longest title whose words start at `index` (case-insensitive).
    private func titleMatch(at index: Int, limit: Int, _ context: inout Context) -> PatternLexicon.Title? {
        guard let candidates = lexicon.titlesByFirstWord[context.hashes.upper[index]] else { return nil }
        for (title, hashes) in candidates where index + hashes.count <= limit {
            var matches = true
            for k in 1..<max(1, hashes.count) where context.hashes.upper[index + k] != hashes[k] {
                matches = false
                break
            }
            if matches { return title }
        }
        return nil
    }

    /// A title or role noun that ends right before `index` ("spokesman", "health minister", "analyst").
    private func cueBefore(_ index: Int, in sentence: Sentence, _ context: inout Context) -> (role: String, office: String)? {
        guard index > sentence.tokens.lowerBound else { return nil }
        for length in (1...4).reversed() {
            let start = index - length
            guard start >= sentence.tokens.lowerBound else { continue }
            if let title = titleMatch(at: start, limit: index, &context), title.words.count == length {
                return (title.role, title.office)
            }
        }
        let previous = context.word(index - 1)
        if context.article.tokens[index - 1].kind == .word, !context.article.tokens[index - 1].isCapitalized,
           lexicon.roleNouns.contains(previous) {
            return ("role", previous)
        }
        // "Azerbaijan's ambassador, Rahman Mustafayev", "its director, Ulvi Hasanli".
        if previous == ",", index - 2 >= sentence.tokens.lowerBound {
            let noun = context.word(index - 2)
            if context.article.tokens[index - 2].kind == .word, !context.article.tokens[index - 2].isCapitalized,
               Self.familyNouns.contains(noun) {
                return ("family", noun)
            }
            if context.article.tokens[index - 2].kind == .word, !context.article.tokens[index - 2].isCapitalized,
               lexicon.roleNouns.contains(noun) {
                return ("role", noun)
            }
            if Self.organizationNouns[noun] != nil { return ("organization", noun) }
        }
        return nil
    }

    /// What follows a chunk after a comma: a role noun (a person) or an organization noun.
    private func apposition(after end: Int, in sentence: Sentence, _ context: inout Context) -> (isPerson: Bool, subtype: String, noun: String)? {
        guard end + 1 < sentence.tokens.upperBound, context.word(end) == "," else { return nil }
        var index = end + 1
        let determiners: Set<String> = ["a", "an", "the", "its", "his", "her", "their", "another", "one"]
        if determiners.contains(context.word(index)) { index += 1 }
        var seen = 0
        while index < sentence.tokens.upperBound, seen < 6 {
            let token = context.article.tokens[index]
            let word = context.word(index).lowercased()
            if token.kind == .punctuation, word != "-" { break }
            if word == "of" || word == "who" || word == "which" || word == "that" || word == "at" || word == "for" { break }
            let next = index + 1 < sentence.tokens.upperBound ? context.word(index + 1).lowercased() : ""
            // The head noun is the last word before "of", a comma or a verb-like break.
            let isHead = next == "of" || next == "," || next == "." || next == "at" || next == "for" || next == "who"
                || next == "with" || next == "in" || next == "and" || next == "said" || next == "based" || next == "funded"
                || next == "which" || next == "that" || next == "run" || next == "owned" || next == ")" || next == "—"
            if isHead || index + 1 == sentence.tokens.upperBound {
                if let subtype = Self.organizationNouns[word] { return (false, subtype, word) }
                if lexicon.roleNouns.contains(word), !Self.organizationNouns.keys.contains(word) { return (true, "", word) }
            }
            index += 1
            seen += 1
        }
        return nil
    }

    private func analyze(_ chunk: Range<Int>, in sentence: Sentence, _ context: inout Context) -> [EntityMention] {
        var lower = chunk.lowerBound, upper = chunk.upperBound
        // Words capitalized by position or page furniture do not start or end a name.
        while lower < upper, !context.isKnown(lower), lexicon.nonEntities.contains(context.word(lower)),
              titleMatch(at: lower, limit: upper, &context) == nil {
            lower += 1
        }
        while upper > lower, !context.isKnown(upper - 1),
              lexicon.nonEntities.contains(context.word(upper - 1)) || !context.isNameToken(upper - 1) {
            upper -= 1
        }
        guard lower < upper else { return [] }
        // A gazetteer name that covers the chunk needs nothing more.
        if let first = context.knownTokens(lower), first.lowerBound <= lower, first.upperBound >= upper {
            return []
        }
        var results: [EntityMention] = []

        // A title inside the chunk: "Russian President Vladimir Putin", "EU Energy Commissioner Dan Jørgensen",
        // "State Health Commissioner Dr. Mary Bassett".
        var position = lower
        while position < upper - 1 {
            if let known = context.knownTokens(position), known.lowerBound == position {
                position = known.upperBound
                continue
            }
            guard var title = titleMatch(at: position, limit: upper, &context) else { position += 1; continue }
            var nameStart = position + title.words.count
            // A courtesy title after an office ("Commissioner Dr. Mary Bassett").
            while nameStart < upper, let courtesy = titleMatch(at: nameStart, limit: upper, &context),
                  courtesy.role == "courtesy" || nameStart + courtesy.words.count < upper {
                if title.role == "courtesy" { title = courtesy }
                nameStart += courtesy.words.count
            }
            let remainder = (nameStart..<upper).map { context.word($0) }
            guard nameStart < upper, context.isNameToken(nameStart), let last = remainder.last, remainder.count <= 4,
                  lexicon.organizationHeads[last] == nil, lexicon.placeCues[last] == nil,
                  !remainder.allSatisfy({ lexicon.nonEntities.contains($0) }) else { position += 1; continue }
            if let known = context.knownTokens(nameStart), known.upperBound >= upper {
                return results  // "President Ilham Aliyev": the gazetteer has the person.
            }
            var mention = make(nameStart..<upper, type: "Person", confidence: title.role == "courtesy" ? 0.8 : 0.85,
                               rule: "title:" + (title.office.isEmpty ? title.words.joined(separator: " ") : title.office), &context)
            mention.attributes["title"] = title.office
            mention.attributes["titleRole"] = title.role
            return results + [mention]
        }
        let words = (lower..<upper).map { context.word($0) }
        let lastWord = words[words.count - 1]

        // Organizations by head word: "Transport Ministry", "Ministry of Health", "Meydan TV".
        if words.count >= 2 {
            if let head = lexicon.organizationHeads[lastWord], head.position != .start {
                return [make(lower..<upper, type: head.subtype, confidence: 0.75, rule: "org-head:" + lastWord, &context)]
            }
            // "Ministry of Health", "Indian Council of Medical Research": a head word before a connector.
            if let head = lexicon.organizationHeads[words[0]], head.position != .end {
                return [make(lower..<upper, type: head.subtype, confidence: 0.75, rule: "org-head:" + words[0], &context)]
            }
            for (offset, word) in words.enumerated().dropLast() where Self.connectors.contains(words[offset + 1]) {
                if let head = lexicon.organizationHeads[word], head.position != .end {
                    return [make(lower..<upper, type: head.subtype, confidence: 0.75, rule: "org-head:" + word, &context)]
                }
            }
            if let cue = lexicon.placeCues[lastWord], cue.position == .end {
                return [make(lower..<upper, type: cue.type, confidence: 0.75, rule: "place-cue:" + lastWord, &context)]
            }
            if let cue = lexicon.placeCues[words[0]], cue.position == .start {
                return [make(lower..<upper, type: cue.type, confidence: 0.75, rule: "place-cue:" + words[0], &context)]
            }
        }
        // Leave parts the gazetteer knows to the gazetteer; look at what is left.
        var parts: [Range<Int>] = []
        var start = lower
        var index = lower
        while index < upper {
            if let known = context.knownTokens(index) {
                if index > start { parts.append(start..<index) }
                index = max(index + 1, known.upperBound)
                start = index
            } else {
                index += 1
            }
        }
        if start < upper { parts.append(start..<upper) }
        for part in parts {
            if let mention = classify(part, chunkEnd: upper, in: sentence, &context) { results.append(mention) }
        }
        return results
    }

    /// A part of a chunk with no gazetteer name in it.
    private func classify(_ part: Range<Int>, chunkEnd: Int, in sentence: Sentence, _ context: inout Context) -> EntityMention? {
        let words = part.map { context.word($0) }
        let isSentenceStart = part.lowerBound == sentence.tokens.lowerBound
            || context.article.tokens[part.lowerBound - 1].kind == .punctuation
                && ["“", "\"", "—", "(", "‘", "'"].contains(context.word(part.lowerBound - 1))
        if let cue = cueBefore(part.lowerBound, in: sentence, &context) {
            if cue.role == "organization" {
                return make(part, type: Self.organizationNouns[cue.office] ?? "Organization", confidence: 0.7,
                            rule: "apposition:" + cue.office, &context)
            }
            let isRole = cue.role == "role" || cue.role == "family"
            var mention = make(part, type: "Person", confidence: isRole ? 0.75 : 0.85,
                               rule: (isRole ? "role:" : "title:") + cue.office, &context)
            if cue.role == "family" { mention.attributes["family"] = cue.office }
            if !isRole, cue.role != "courtesy" {
                mention.attributes["title"] = cue.office
                mention.attributes["titleRole"] = cue.role
            }
            return mention
        }
        if part.upperBound == chunkEnd, let apposition = apposition(after: part.upperBound, in: sentence, &context) {
            if apposition.isPerson {
                return make(part, type: "Person", confidence: 0.75, rule: "apposition:" + apposition.noun, &context)
            }
            return make(part, type: apposition.subtype, confidence: 0.7, rule: "apposition:" + apposition.noun, &context)
        }
        let allCaps = part.allSatisfy { context.article.tokens[$0].shape.contains(.allCaps) }
        if words.count >= 2, words.count <= 4, !allCaps, lexicon.firstNames.contains(words[0].uppercased()),
           !(isSentenceStart && lexicon.nonEntities.contains(words[0])) {
            return make(part, type: "Person", confidence: 0.7, rule: "first-name:" + words[0], &context)
        }
        // "Kamala Harris", "Igor Kartavykh"? A common surname at the end of two or three capitalized words.
        if (2...3).contains(words.count), !allCaps, let last = words.last, lexicon.surnames.contains(last.uppercased()),
           !lexicon.nonEntities.contains(words[0]), lexicon.organizationHeads[last] == nil, lexicon.placeCues[last] == nil {
            return make(part, type: "Person", confidence: 0.6, rule: "surname:" + last, &context)
        }
        if words.count >= 2, part.upperBound < sentence.tokens.upperBound,
           Self.speechVerbs.contains(context.word(part.upperBound)) {
            return make(part, type: "Person", confidence: 0.6, rule: "speaker", &context)
        }
        if part.lowerBound >= sentence.tokens.lowerBound + 2, ["called", "named"].contains(context.word(part.lowerBound - 1)),
           let subtype = Self.organizationNouns[context.word(part.lowerBound - 2).lowercased()] {
            return make(part, type: subtype, confidence: 0.7, rule: "called", &context)
        }
        // "in Silivri", "near Barishal", "cities such as Chattogram": a place.
        if part.lowerBound > sentence.tokens.lowerBound, !allCaps {
            let before = context.word(part.lowerBound - 1)
            let after = part.upperBound < sentence.tokens.upperBound ? context.word(part.upperBound) : ""
            if Self.locatives.contains(before), after != "'s", after != "’s",
               !(words.count == 1 && lexicon.nonEntities.contains(words[0])) {
                return make(part, type: "Place", confidence: 0.5, rule: "locative:" + before, &context)
            }
            if before == "and" || before == ",", part.lowerBound - 2 >= sentence.tokens.lowerBound,
               words.count == 1 || !lexicon.firstNames.contains(words[0].uppercased()),
               let neighbour = context.knownMention(part.lowerBound - 2), schema.family(of: neighbour.type) == "Place",
               !neighbour.isDemonym {
                return make(part, type: "Place", confidence: 0.5, rule: "list-of-places", &context)
            }
        }
        // No cue: a candidate that resolution may tie to a known entity.
        if words.count == 1, isSentenceStart, lexicon.nonEntities.contains(words[0]) { return nil }
        var candidate = make(part, type: "Person", confidence: 0.3, rule: "candidate", &context)
        candidate.source = .candidate
        if part.lowerBound > sentence.tokens.lowerBound {
            let before = context.word(part.lowerBound - 1).lowercased()
            if before == ",", part.lowerBound >= sentence.tokens.lowerBound + 2,
               Self.familyNouns.contains(context.word(part.lowerBound - 2).lowercased()) {
                candidate.attributes["family"] = context.word(part.lowerBound - 2).lowercased()
            }
        }
        return candidate
    }

    private func make(_ tokens: Range<Int>, type: String, confidence: Double, rule: String, _ context: inout Context) -> EntityMention {
        let article = context.article
        let range = article.tokens[tokens.lowerBound].range.lowerBound..<article.tokens[tokens.upperBound - 1].range.upperBound
        let text = article.text(of: range)
        return EntityMention(tokens: tokens, range: range, text: text, type: type, label: text,
                             confidence: confidence, source: .pattern, rule: "pattern:" + rule)
    }
}
