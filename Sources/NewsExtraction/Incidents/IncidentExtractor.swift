import KnowledgeGraph
import NewsText

/// Finds incidents (crashes, raids, arrests, summonses, calls, meetings, killings, wars, outbreaks, …) and
/// makes one node per real event.
///
/// Trigger words (`Ontology/patterns/incidents.tsv`) are grouped by class within an article: one crash
/// story has one crash however many sentences mention it, and "the disaster", "the incident", "the
/// tragedy" refer back to the latest incident. Each incident gets a place (the first place after "near",
/// "in", "at", "over" in its sentences), a date (resolved against the article date by ``DateResolver``),
/// participants with roles (the subject of the trigger as `agent` or `operator`, the object as `target`
/// or `victim`, whoever "said" it as `reportedBy`) and figures ("killing 38 of the 67 people aboard").
/// Its ID joins class, place and date, so the same event read in two articles is one node.
public struct IncidentExtractor: Sendable {
    let interactions: InteractionLexicon
    let schema: GraphSchema
    let triggersByFirstWord: [UInt64: [InteractionLexicon.Trigger]]

    static let anaphora: Set<String> = ["disaster", "incident", "tragedy", "accident", "catastrophe"]
    static let anaphoraWords = WordSet(anaphora)
    static let placePrepositionWords = WordSet(placePrepositions)
    static let subjectBreaks: WordSet = [";", "that", "which", "who", "when", "after", "before", "said", "says", "told", "reported"]
    static let objectBreaks: WordSet = [";", ".", ",", "that", "which", "who", "for", "after", "because", "about", "over", "since",
                                        "following", "amid", "against", "critical", "with", "to", "by"]
    static let reportingVerbs: WordSet = ["said", "reported", "says", "announced", "estimated"]
    static let to: WordSet = ["to"]
    static let according: WordSet = ["according"]
    static let the: WordSet = ["the"]
    /// Triggers that are verbs: only their subject plays the trigger's subject role ("police raided …").
    static let verbalTriggers: Set<String> = [
        "crashed", "went", "raided", "arrested", "detained", "summoned", "telephoned", "met", "visited", "killed",
        "attacked", "launched", "announced", "shot",
    ]
    /// Words before a trigger that say it did not (yet) happen.
    static let hedges: Set<String> = ["planned", "canceled", "cancelled", "postponed", "proposed", "possible", "potential",
                                      "formal", "lodge", "threatened", "future", "short", "off"]
    static let placePrepositions: Set<String> = ["near", "in", "at", "over", "outside", "off", "across"]
    static let objectRoles: [String: String] = [
        "Raid": "target", "Arrest": "victim", "Killing": "victim", "Summons": "target", "Attack": "target",
        "PhoneCall": "participant", "Meeting": "participant", "Visit": "target",
    ]
    static let nouns: [String: String] = [
        "Crash": "crash", "Raid": "raid", "Arrest": "arrests", "Summons": "summons", "PhoneCall": "phone call",
        "Meeting": "meeting", "Visit": "visit", "Killing": "killings", "Attack": "attack", "War": "war",
        "MilitaryCampaign": "offensive", "Outbreak": "outbreak", "Parade": "parade", "Protest": "protests",
        "Election": "election", "Trial": "trial", "Announcement": "announcement",
    ]
    static let figureWords: [String: String] = [
        "killed": "killed", "dead": "deaths", "died": "deaths", "deaths": "deaths", "injured": "injured",
        "wounded": "injured", "illnesses": "illnesses", "cases": "cases", "hospitalizations": "hospitalizations",
        "hospitalized": "hospitalizations", "aboard": "aboard", "passengers": "aboard", "arrested": "arrested",
        "detained": "arrested", "survivors": "survivors", "survived": "survivors", "missing": "missing",
    ]

    /// An extractor with the ontology's triggers.
    public init(ontology: Ontology) {
        interactions = ontology.interactions
        schema = ontology.schema
        var index: [UInt64: [InteractionLexicon.Trigger]] = [:]
        for trigger in ontology.interactions.triggers {
            index[TokenHashes.hash(trigger.words[0], upperCased: true), default: []].append(trigger)
        }
        triggersByFirstWord = index
    }

    struct Hit { var trigger: InteractionLexicon.Trigger; var tokens: Range<Int>; var sentence: Sentence }

    /// The incidents of `article`, one per class (and anaphoric mentions joined to the latest).
    public func extract(from article: Article, hashes: TokenHashes, mentions: [EntityMention]) -> [IncidentFact] {
        guard !triggersByFirstWord.isEmpty else { return [] }
        let context = SentenceContext(article: article, hashes: hashes, mentions: mentions, schema: schema)
        var groups: [String: [Hit]] = [:]
        var order: [String] = []
        var latest: String?
        for sentence in article.sentences where !sentence.isAllCaps {
            var sentenceHits: [Hit] = []
            var index = sentence.tokens.lowerBound
            while index < sentence.tokens.upperBound {
                defer { index += 1 }
                guard context.owner[index] < 0, article.tokens[index].kind == .word else { continue }
                if let latestKey = latest, index > sentence.tokens.lowerBound, context.isWord(index, in: Self.anaphoraWords),
                   context.isWord(index - 1, in: Self.the), let latestClass = groups[latestKey]?.first?.trigger.incidentClass {
                    let trigger = InteractionLexicon.Trigger(words: [context.lower(index)], incidentClass: latestClass, subjectRole: nil)
                    groups[latestKey, default: []].append(Hit(trigger: trigger, tokens: index..<(index + 1), sentence: sentence))
                    continue
                }
                guard let candidates = triggersByFirstWord[hashes.upper[index]] else { continue }
                for trigger in candidates where matches(trigger, at: index, in: sentence, context) {
                    if !context.isNegatedOrHedged(before: index, in: sentence, window: 3, extra: Self.hedges) {
                        sentenceHits.append(Hit(trigger: trigger, tokens: index..<(index + trigger.words.count), sentence: sentence))
                    }
                    break
                }
            }
            // "killing 38 of the 67 people aboard" in a crash sentence is the crash's toll, not another incident.
            if sentenceHits.contains(where: { $0.trigger.incidentClass != "Killing" }) {
                sentenceHits.removeAll { $0.trigger.incidentClass == "Killing" }
            }
            for hit in sentenceHits {
                // Two summonses (or raids) by different agents are two events.
                var key = hit.trigger.incidentClass
                if Self.verbalTriggers.contains(hit.trigger.words[0]),
                   let agent = actor(before: hit.tokens.lowerBound, in: sentence, context)?.entity,
                   ["Summons", "Raid", "Arrest", "Visit", "Attack"].contains(key) {
                    let existing = order.first { $0.hasPrefix(key + "|") && $0.hasSuffix("|" + agent.rawValue) }
                    key = existing ?? key + "|" + agent.rawValue
                } else if let existing = order.last(where: { $0 == key || $0.hasPrefix(key + "|") }) {
                    key = existing
                }
                if groups[key] == nil { order.append(key) }
                groups[key, default: []].append(hit)
                latest = key
            }
        }
        return order.compactMap { key in
            guard let hits = groups[key], let first = hits.first else { return nil }
            let agent = key.split(separator: "|").dropFirst().first.map(String.init)
            return incident(of: first.trigger.incidentClass, hits: hits, agentKey: agent, context)
        }
    }

    private func matches(_ trigger: InteractionLexicon.Trigger, at index: Int, in sentence: Sentence, _ context: SentenceContext) -> Bool {
        guard index + trigger.words.count <= sentence.tokens.upperBound else { return false }
        for (k, word) in trigger.words.enumerated() where context.lower(index + k) != word { return false }
        return true
    }

    private func incident(of incidentClass: String, hits: [Hit], agentKey: String?, _ context: SentenceContext) -> IncidentFact? {
        guard !hits.isEmpty else { return nil }
        let resolver = DateResolver(articleDate: context.article.metadata.date)
        var place: EntityMention?
        var date: String?
        var participants: [IncidentFact.Participant] = []
        var figures: [String: String] = [:]
        var seenSentences = Set<Int>()
        var agentLabel: String?
        var targetLabel: String?
        var modifier: String?
        for hit in hits {
            let sentence = hit.sentence
            let isNewSentence = seenSentences.insert(sentence.range.lowerBound).inserted
            if place == nil { place = self.place(after: hit.tokens.upperBound, in: sentence, context) }
            if date == nil, isNewSentence {
                // Only the few words around a month, weekday or "last" are read as a date.
                for k in sentence.tokens where Self.dateWords.contains(context.hashes.upper[k]) {
                    let window = max(sentence.tokens.lowerBound, k - 1)..<min(sentence.tokens.upperBound, k + 4)
                    if let found = resolver.date(in: window.map { context.lower($0) }) { date = found; break }
                }
            }
            if modifier == nil, ["Outbreak", "Parade", "War", "Election", "MilitaryCampaign", "Protest"].contains(incidentClass) {
                modifier = self.modifier(before: hit.tokens.lowerBound, in: sentence, context)
            }
            if isNewSentence { figures.merge(self.figures(in: sentence, context)) { old, _ in old } }
            let isPassive = Self.isPassive(at: hit.tokens.lowerBound, in: sentence, context)
            if isPassive, let role = Self.objectRoles[incidentClass],
               let subject = actor(before: hit.tokens.lowerBound, in: sentence, context), let entity = subject.entity {
                // "Two reporters were arrested by police": the subject suffered it.
                participants.append(.init(entity: entity, role: role, confidence: subject.confidence * 0.7))
                if targetLabel == nil { targetLabel = subject.label }
            } else if let role = hit.trigger.subjectRole, Self.verbalTriggers.contains(hit.trigger.words[0]),
               let subject = actor(before: hit.tokens.lowerBound, in: sentence, context),
               let entity = subject.entity {
                let actualRole = incidentClass == "Crash" && subject.type != "Airline" && context.family(subject) != "Organization" ? "participant" : role
                participants.append(.init(entity: entity, role: actualRole, confidence: subject.confidence * 0.8))
                if agentLabel == nil, actualRole == role { agentLabel = subject.label }
            }
            if !isPassive, let role = Self.objectRoles[incidentClass], let object = actor(after: hit.tokens.upperBound, in: sentence, context),
               let entity = object.entity, role != "victim" || context.family(object) != "Country" {
                participants.append(.init(entity: entity, role: role, confidence: object.confidence * 0.7))
                if targetLabel == nil { targetLabel = object.label }
            }
            if incidentClass == "Crash" {
                for mention in context.mentions(in: sentence) where mention.type == "Airline" {
                    if let entity = mention.entity { participants.append(.init(entity: entity, role: "operator", confidence: mention.confidence * 0.85)) }
                    if agentLabel == nil { agentLabel = mention.label }
                }
            }
            for reporter in reporters(in: sentence, context) {
                if let entity = reporter.entity { participants.append(.init(entity: entity, role: "reportedBy", confidence: reporter.confidence * 0.7)) }
            }
        }
        // An incident with nothing known but its word ("a series of killings") is not worth a node.
        guard place != nil || participants.contains(where: { $0.role != "reportedBy" }) || !figures.isEmpty else { return nil }
        let placeLabel = place?.label
        let triggerNoun = hits.first { $0.trigger.words.count > 1 && !Self.verbalTriggers.contains($0.trigger.words[0]) }
            .map { $0.trigger.words.joined(separator: " ") }
        var label = Self.label(incidentClass, agent: agentLabel, target: targetLabel, modifier: triggerNoun ?? modifier,
                               place: placeLabel, preposition: incidentClass == "Crash" ? "near" : "in")
        if let when = date.flatMap(Self.monthAndYear) { label += ", " + when }
        // Class, agent (when two agents did the same kind of thing) and place: the same event read in two
        // articles gets one ID, whatever date each resolves.
        let agentPart = agentKey.map { NodeID(rawValue: $0).key }.map(String.init)
        let key = [incidentClass, agentPart ?? "", place?.entity.map { String($0.key) } ?? ""].filter { !$0.isEmpty }
        let idName = place != nil ? key.joined(separator: " ") : incidentClass + " " + label
        // Keep the first of each (entity, role), in order.
        var seen = Set<String>()
        participants = participants.filter { seen.insert($0.entity.rawValue + "|" + $0.role).inserted && $0.entity != place?.entity }
        let confidence = min(0.95, 0.5 + 0.1 * Double(hits.count))
        return IncidentFact(
            id: NodeID(kind: "incident", name: idName), incidentClass: incidentClass, label: label, date: date,
            place: place?.entity, participants: participants, figures: figures,
            mentions: hits.map { hit in
                let range = context.article.tokens[hit.tokens.lowerBound].range.lowerBound..<context.article.tokens[hit.tokens.upperBound - 1].range.upperBound
                return (range, hit.sentence.range, hit.trigger.words.joined(separator: " "))
            },
            confidence: (confidence * 10_000).rounded() / 10_000)
    }

    /// "Azerbaijan Airlines crash near Aktau", "raid on Sputnik Azerbaijan", "dengue outbreak in Dhaka".
    static func label(_ incidentClass: String, agent: String?, target: String?, modifier: String?, place: String?, preposition: String) -> String {
        var words: [String] = []
        let noun = nouns[incidentClass] ?? incidentClass.lowercased()
        switch incidentClass {
        case "Raid", "Attack", "Visit":
            if let agent { words.append(agent) }
            words.append(noun)
            if let target { words += ["on", target] } else if let place { words += [preposition, place] }
        case "Summons":
            if let agent { words.append(agent) }
            words.append(noun)
            if let target { words.append(target + "’s envoy") }
        case "Arrest", "Killing":
            words.append(noun)
            if let target { words += ["of", target] } else if let place { words += [preposition, place] }
        case "PhoneCall", "Meeting":
            if let agent, let target { words.append(agent + "–" + target) } else if let agent { words.append(agent) }
            words.append(noun)
        default:
            if let agent { words.append(agent) }
            if let modifier, agent == nil || modifier.contains(" ") {
                // "flu season", "dengue outbreak": the modifier names the event better than the class.
                words.append(modifier)
                if !modifier.contains(noun) && !["Outbreak"].contains(incidentClass) || modifier.split(separator: " ").count == 1 {
                    words.append(noun)
                }
            } else {
                words.append(noun)
            }
            if let place { words += [preposition, place] }
        }
        let text = words.joined(separator: " ")
        return text.prefix(1).uppercased() + text.dropFirst()
    }

    /// Hashes of the words a date expression contains; sentences without one skip date resolution.
    static let dateWords: Set<UInt64> = Set((DateParser.months.keys.flatMap { [$0, $0 + "."] } + DateResolver.weekdays
        + ["last", "yesterday", "today"]).map { TokenHashes.hash($0, upperCased: true) })

    static let monthNames = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                             "October", "November", "December"]

    /// "2024-12-25" or "2024-12" → "December 2024"; nil for anything else.
    static func monthAndYear(_ date: String) -> String? {
        let parts = date.split(separator: "-")
        guard parts.count >= 2, parts[0].count == 4, let year = Int(parts[0]), let month = Int(parts[1]),
              (1...12).contains(month) else { return nil }
        return "\(monthNames[month - 1]) \(year)"
    }

    /// A descriptive word right before a trigger: "dengue outbreak", "flu season", "Victory Day parade".
    private func modifier(before index: Int, in sentence: Sentence, _ context: SentenceContext) -> String? {
        var start = index
        let stop: Set<String> = ["the", "a", "an", "this", "that", "its", "their", "his", "her", "of", "in", "and", "to",
                                 "was", "were", "is", "had", "has", "as", "by", "for", "on", "at", "with", "pending", "after"]
        while start > sentence.tokens.lowerBound, start > index - 3, context.article.tokens[start - 1].kind == .word,
              context.owner[start - 1] < 0 {
            let word = context.lower(start - 1)
            if stop.contains(word) || word.hasSuffix("ed") || word.hasSuffix("ing") || word.hasSuffix("ly") { break }
            start -= 1
        }
        guard start < index else { return nil }
        let words = (start..<index).map { context.word($0) }
        let joined = words.joined(separator: " ")
        return joined.count <= 30 ? joined : nil
    }

    /// "was arrested", "were formally detained".
    static func isPassive(at index: Int, in sentence: Sentence, _ context: SentenceContext) -> Bool {
        var k = index - 1
        while k >= sentence.tokens.lowerBound, k >= index - 3 {
            let word = context.lower(k)
            if ["was", "were", "been", "being", "is", "are", "be"].contains(word) { return true }
            guard word.hasSuffix("ly") else { return false }
            k -= 1
        }
        return false
    }

    /// The place introduced by "near", "in", "at", … closest to the trigger; a city or region beats a country.
    private func place(after index: Int, in sentence: Sentence, _ context: SentenceContext) -> EntityMention? {
        var best: (mention: EntityMention, distance: Int)?
        for k in sentence.tokens where context.owner[k] < 0 && context.isWord(k, in: Self.placePrepositionWords) {
            var j = k + 1
            while j < min(sentence.tokens.upperBound, k + 6) {
                if let mention = context.mention(at: j) {
                    if !mention.isDemonym, !context.isPossessive(mention.tokens.upperBound),
                       ["Place", "Country"].contains(context.family(mention)) {
                        let distance = abs(j - index) + (context.family(mention) == "Country" ? 40 : 0)
                        if best == nil || distance < best!.distance { best = (mention, distance) }
                        break
                    }
                    j = mention.tokens.upperBound
                    continue
                }
                j += 1
            }
        }
        return best?.mention
    }

    private func actor(before index: Int, in sentence: Sentence, _ context: SentenceContext) -> EntityMention? {
        var k = index - 1
        while k >= sentence.tokens.lowerBound, k >= index - 10 {
            if let mention = context.mention(at: k), !mention.isDemonym,
               ["Person", "Organization", "Country"].contains(context.family(mention)) { return mention }
            if context.isWord(k, in: Self.subjectBreaks) { return nil }
            k -= 1
        }
        return nil
    }

    private func actor(after index: Int, in sentence: Sentence, _ context: SentenceContext) -> EntityMention? {
        var k = index
        while k < min(sentence.tokens.upperBound, index + 7) {
            if let mention = context.mention(at: k), !mention.isDemonym,
               ["Person", "Organization", "Country"].contains(context.family(mention)) { return mention }
            if context.isWord(k, in: Self.objectBreaks) { return nil }
            k += 1
        }
        return nil
    }

    /// "…, the agency said", "X said", "according to X".
    private func reporters(in sentence: Sentence, _ context: SentenceContext) -> [EntityMention] {
        var result: [EntityMention] = []
        for mention in context.mentions(in: sentence) where ["Organization", "Person"].contains(context.family(mention)) {
            let after = mention.tokens.upperBound
            if after < sentence.tokens.upperBound, context.isWord(after, in: Self.reportingVerbs) {
                result.append(mention)
            } else if mention.tokens.lowerBound >= sentence.tokens.lowerBound + 2,
                      context.isWord(mention.tokens.lowerBound - 1, in: Self.to), context.isWord(mention.tokens.lowerBound - 2, in: Self.according) {
                result.append(mention)
            }
        }
        return result
    }

    /// "killing 38 of the 67 people aboard", "2 million illnesses", "30,000 hospitalizations".
    private func figures(in sentence: Sentence, _ context: SentenceContext) -> [String: String] {
        var figures: [String: String] = [:]
        let tokens = context.article.tokens
        for index in sentence.tokens where tokens[index].kind == .number {
            guard var value = Double(context.word(index).replacingOccurrences(of: ",", with: "")) else { continue }
            var next = index + 1
            if next < sentence.tokens.upperBound {
                switch context.lower(next) {
                case "million": value *= 1_000_000; next += 1
                case "thousand": value *= 1_000; next += 1
                case "billion": value *= 1_000_000_000; next += 1
                default: break
                }
            }
            let number = value == value.rounded() ? String(Int(value)) : String(value)
            if index > sentence.tokens.lowerBound, ["killing", "killed"].contains(context.lower(index - 1)) {
                figures["killed"] = figures["killed"] ?? number
                continue
            }
            var k = next
            while k < min(sentence.tokens.upperBound, next + 3) {
                let word = context.lower(k)
                if let figure = Self.figureWords[word] {
                    // "67 people on board" / "67 people aboard"
                    figures[figure] = figures[figure] ?? number
                    break
                }
                if word == "on", k + 1 < sentence.tokens.upperBound, context.lower(k + 1) == "board" {
                    figures["aboard"] = figures["aboard"] ?? number
                    break
                }
                k += 1
            }
        }
        return figures
    }
}
