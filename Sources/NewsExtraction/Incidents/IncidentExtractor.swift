import KnowledgeGraph
import NewsText

/// Finds incidents (crashes, raids, arrests, summonses, calls, meetings, killings, wars, outbreaks, protests and
/// strikes, elections, disasters, …) and makes one node per real event.
///
/// Trigger words (`Ontology/patterns/incidents.tsv`) are grouped by class within an article: one crash
/// story has one crash however many sentences mention it, and "the disaster", "the incident", "the
/// tragedy" refer back to the latest incident; an event of another year ("the 1979 crash of …", "were arrested
/// in November 2023") is apart, and a "killed" with no actor in its clause is the toll of the latest disaster,
/// crash or attack. Words in quotation marks, hedged or future triggers ("would call an early election") make
/// none. Each incident gets a place (the first place after "near", "in", "at", "over" in its sentences; for an
/// election, protest, outbreak or disaster else the place that owns its name or the dateline's country), a date
/// (resolved against the article date by ``DateResolver``), participants with roles (the subject of the trigger as
/// `agent` or `operator`, the object as `target` or `victim`, whoever "said" it as `reportedBy`, unless a head of state or
/// government, whose words are a reaction) and figures
/// ("killing 38 of the 67 people aboard"). Its ID joins class, place and date (a named storm: its name), so the
/// same event read in two articles is one node.
public struct IncidentExtractor: Sendable {
    let schema: GraphSchema
    /// Triggers by the hash of their first word, longest first.
    let triggersByFirstWord: WordMap<[Pattern]>
    /// The first words of triggers and the anaphora: a token that is neither starts no hit.
    let startWords: WordSet
    let hasTriggers: Bool
    /// Countries by their names, and cities' countries: for the country of a dateline.
    let countries: CountryNames
    /// The heads of state and government the gazetteer knows: what one says of an incident is a reaction, not a report
    /// of it ("Trump said the strikes were a success").
    let leaders: Set<NodeID>

    /// A trigger with what the rules ask of it, worked out once.
    struct Pattern: Sendable {
        var trigger: InteractionLexicon.Trigger
        /// The upper-cased hashes of its words.
        var hashes: [UInt64]
        /// Its words joined by spaces.
        var phrase: String
        /// Whether its first word is one of ``verbalTriggers``.
        var isVerbal: Bool

        init(_ trigger: InteractionLexicon.Trigger) {
            self.trigger = trigger
            hashes = trigger.words.map { TokenHashes.hash($0, upperCased: true) }
            phrase = trigger.words.joined(separator: " ")
            isVerbal = IncidentExtractor.verbalTriggers.contains(trigger.words[0])
        }
    }

    static let anaphoraWords = ["disaster", "incident", "tragedy", "accident", "catastrophe"]
    static let anaphora = WordSet(anaphoraWords)
    static let subjectBreaks: WordSet = [";", "that", "which", "who", "when", "after", "before", "said", "says", "told", "reported"]
    static let objectBreaks: WordSet = [";", ".", ",", "that", "which", "who", "for", "after", "because", "about", "over", "since",
                                        "following", "amid", "against", "critical", "with", "to", "by", "her", "his", "their",
                                        "its", "our", "my", "your", "as", "while", "when", "but", "and"]
    static let reportingVerbs: WordSet = ["said", "reported", "says", "announced", "estimated"]
    static let to: WordSet = ["to"]
    static let according: WordSet = ["according"]
    static let the: WordSet = ["the"]
    static let indefiniteArticles: WordSet = ["a", "an"]
    static let and: WordSet = ["and"]
    static let counterpart: WordSet = ["counterpart"]
    /// Triggers that are verbs: only their subject plays the trigger's subject role ("police raided …").
    static let verbalTriggers: Set<String> = [
        "crashed", "collided", "went", "raided", "arrested", "detained", "summoned", "telephoned", "met", "visited", "killed",
        "attacked", "launched", "fired", "test-fired", "announced", "shot", "stormed", "opened", "elected", "sentenced",
        "convicted", "acquitted", "annulled", "upheld", "seized", "spoke", "re-elected", "reelected", "stabbed", "abducted",
        "kidnapped", "talked", "overthrew", "overthrown", "skidded", "slid", "veered", "overshot", "overran", "crash-landed", "burst",
        "shelled", "bombarded", "ambushed", "rammed",
    ]
    /// Nouns of bodies and offices after a trigger that make it part of their name or title: "Chief Election Commissioner
    /// Gyanesh Kumar", "the election commission", "the Crash Investigation Board".
    static let bodyNouns: WordSet = ["commission", "commissioner", "commissioners", "committee", "council", "office", "board",
                                     "tribunal", "authority", "court"]
    /// Words before a trigger that say it did not (yet) happen.
    static let hedges: WordSet = ["planned", "canceled", "cancelled", "postponed", "proposed", "possible", "potential",
                                  "formal", "lodge", "threatened", "future", "short", "off", "rehearsal", "rehearsals",
                                  "preparing", "preparations", "risk", "fears", "threat", "warned", "plans", "next", "upcoming",
                                  "will", "would", "could", "might", "should", "shall", "urged", "urging", "join", "fresh",
                                  "promised", "promises", "pledged", "pledges"]
    /// Verbs that, with "for", ask for an incident rather than report one: "called for protests in Yerevan".
    static let callVerbs: WordSet = ["called", "calls", "call", "calling", "appealed", "pressed", "pushed", "pushing", "branded",
                                     "described", "denounced"]
    static let forWord: WordSet = ["for"]
    /// Words after "landslide" that make it an election's ("a landslide victory"), and before it ("won by a landslide").
    static let landslideWins: WordSet = ["victory", "win", "winner", "majority", "margin", "re-election", "reelection"]
    static let landslideOpeners: WordSet = ["by", "won", "win", "wins", "winning", "for", "toward", "towards"]
    /// Words after "coup" that make it no coup that happened: "an alleged coup plot", "coup rumors".
    static let coupPlots: WordSet = ["plot", "plots", "plotters", "plotting", "rumors", "rumours", "fears", "threat"]
    /// Words before "election" that put it in the future: "called for an election", "before a snap general election",
    /// "set elections for March 5".
    static let electionHedges: WordSet = ["before", "ahead", "set", "call", "calls", "called", "calling", "early", "snap", "due",
                                          "demand", "demanded", "demanding", "toward", "towards", "prepare", "for"]
    /// Words before a meeting's noun that make it one not held: "ready to host new talks", "called for talks", "a
    /// proposed summit".
    static let meetingHedges: WordSet = ["host", "hosting", "offer", "offered", "offers", "ready", "propose", "proposed",
                                         "proposes", "proposing", "plan", "plans", "planned", "upcoming", "possible", "potential",
                                         "call", "calls", "called", "calling", "urged", "seek", "seeks", "seeking", "push", "pushed"]
    /// Words after "election" that put it in the future: "the election is due in April", "elections scheduled for May",
    /// "the vote will be held", "municipal elections next month"; a form of "be" may stand between.
    static let electionAfterHedges: WordSet = ["due", "scheduled", "slated", "set", "will", "would", "next"]
    static let beForms: WordSet = ["is", "are", "was", "were"]
    /// Verbs of winning before a number of seats: "won 202 of the 243 seats", "secured 89 seats".
    static let seatWins: WordSet = ["won", "wins", "winning", "win", "secured", "securing", "took", "taking", "captured", "gained",
                                    "swept", "clinched"]
    static let placePrepositions: WordSet = ["near", "in", "at", "over", "outside", "off", "across"]
    /// Words before a verbal trigger that make it an adjective: "the most visited museum", "a much attacked plan", "those
    /// killed".
    static let adjectivalOpeners: WordSet = ["most", "least", "more", "much", "the", "a", "an", "widely", "frequently", "those"]
    /// Nouns after a verbal trigger that make it an adjective of their holders: "elected officials", "an elected government".
    /// ("was elected president" is an election: a title in the singular is what the person was elected.)
    static let officeNouns: WordSet = ["officials", "representatives", "leaders", "members", "lawmakers", "legislators",
                                       "government", "governments", "bodies", "councillors", "councilors", "mayors", "governors"]
    /// Words before "strike" that make it a military one ("an Israeli air strike", "a drone strike") and words after it
    /// that aim it at something ("a strike on a hospital").
    static let militaryStrikeWords: WordSet = ["air", "drone", "missile", "rocket", "military", "artillery", "retaliatory",
                                               "precision", "airborne", "naval", "nuclear", "preemptive", "pre-emptive"]
    static let strikeAims: WordSet = ["on", "against", "targeting", "that", "which", "hit", "killed"]
    /// Words before "strike" that make it a stoppage of work: "a general strike", "a two-day strike", "went on strike".
    static let laborStrikeWords: WordSet = ["general", "nationwide", "national", "labor", "labour", "transport", "workers",
                                            "teachers", "doctors", "nurses", "two-day", "one-day", "three-day", "24-hour",
                                            "48-hour", "indefinite", "day-long", "on", "union", "unions", "machinists", "rail",
                                            "hunger", "tanker", "truckers", "drivers", "port", "dockworkers", "miners"]
    static let strikeWords: Set<String> = ["strike", "strikes"]
    /// Endings of a length of time before "strike" that make it a stoppage of work: "a seven-week strike", "a weeklong
    /// strike" (no military strike is told by how long it lasted).
    static let durationEndings = ["-day", "-week", "-month", "-hour", "-year", "long"]
    /// Words before "fire" that make it a noun, the fire itself ("a fire at the nightclub", "the building caught fire"),
    /// and verbs after it that do ("Fire swept through the market"); any other "fire" is a weapon's ("troops opened
    /// fire", "police fire at protesters").
    static let fireOpeners: WordSet = ["a", "an", "the", "huge", "massive", "deadly", "large", "major", "big", "devastating",
                                       "raging", "overnight", "fatal", "caught", "electrical", "its", "this"]
    static let fireVerbs: WordSet = ["broke", "swept", "tore", "ripped", "spread", "engulfed", "gutted", "destroyed", "razed",
                                     "raged", "erupted", "started", "killed"]
    /// Words near "rally" that make it no demonstration: a market's ("oil prices extended a rally", "a rally in shares"), a
    /// campaign's ("a campaign rally"), or a speech's ("speaking at a rally", "told a rally").
    static let rallyMarketWords: WordSet = ["prices", "price", "shares", "stocks", "stock", "markets", "market", "oil", "crude",
                                            "bonds", "bond", "currency", "dollar", "rupee", "yen", "euro", "index", "indexes",
                                            "indices", "gold", "equities", "extended", "extending", "extends", "relief"]
    static let rallyCampaignWords: WordSet = ["campaign", "election", "electoral", "pre-election", "political"]
    static let rallySpeechWords: WordSet = ["speaking", "spoke", "speaks", "addressing", "addressed", "addresses", "told", "telling",
                                            "tells"]
    /// Words before "protest" that make it a demonstration ("in protest", "their protest" too), and nouns after it that do.
    static let protestOpeners: WordSet = ["a", "an", "the", "this", "that", "mass", "street", "large", "big", "huge", "peaceful",
                                          "nationwide", "student", "youth", "opposition", "anti-government", "silent", "weekly",
                                          "daily", "another", "first", "latest", "biggest", "largest", "violent", "small", "in",
                                          "their", "his", "her", "its", "our"]
    static let protestNouns: WordSet = ["march", "marches", "rally", "rallies", "movement", "movements", "camp", "camps",
                                        "leaders", "organizers", "organisers", "vigil"]
    /// Attack triggers that name who killed or what came before a killing; with a killing, the sentence tells the killing.
    static let killersAndKidnappings: Set<String> = ["gunman", "gunmen", "abducted", "kidnapped", "abduction", "kidnapping"]
    /// Words up to three before "protest", and one after, that make it a diplomatic note ("lodged a formal protest", "a
    /// protest note").
    static let noteOpeners: WordSet = ["lodged", "lodge", "lodges", "lodging", "filed", "formal", "diplomatic", "official",
                                       "strong", "written", "verbal", "sent", "delivered", "handed"]
    static let noteWords: WordSet = ["note", "notes"]
    /// Incidents a fire that follows them is part of ("The plane crashed … a fire broke out on its wing").
    static let fireBearingClasses: Set<String> = ["Crash", "Attack"]
    /// Nouns after "fire" that make it part of another name ("the fire department", "a fire truck", "the fire season").
    static let fireCompounds: WordSet = [
        "department", "departments", "brigade", "brigades", "service", "services", "station", "stations", "chief", "chiefs",
        "truck", "trucks", "engine", "engines", "crew", "crews", "officials", "fighter", "fighters", "alarm", "alarms",
        "safety", "exit", "exits", "escape", "hydrant", "extinguisher", "extinguishers", "season", "ant", "ants", "power",
        "risk", "hazard", "code", "codes", "drill", "weather", "ban", "marshal", "inspector", "inspection", "regulations",
        "suppression", "line", "lines", "fight", "control", "authorities", "rescue",
    ]
    /// Classes whose incident happens in the place that owns its name ("Moldova's parliamentary election", "the
    /// Czech election", "Canada's measles outbreak") or, without one, in the dateline's country (a coup, too).
    static let ownedPlaceClasses: Set<String> = ["Election", "Protest", "Outbreak", "Disaster", "Coup", "Outage"]
    /// Classes whose trigger word says what the event was and labels it ("earthquake in Myanmar", "blackout in Spain").
    static let namedByTrigger: Set<String> = ["Disaster", "Outage"]
    /// Classes of incidents between parties: without one they are no event worth a node ("met in Bucharest").
    static let partyClasses: Set<String> = ["Meeting", "Visit", "PhoneCall", "Summons"]
    /// A crash happens where its flight left too: "crashed after takeoff from Ahmedabad".
    static let crashPlacePrepositions: WordSet = ["near", "in", "at", "over", "outside", "off", "across", "from"]
    /// Verbs that launch weapons, triggers only when one of ``weapons`` follows ("fired a ballistic missile",
    /// "launched drones"): "launched an investigation" and "fired the coach" are no incidents.
    static let launchVerbs: Set<String> = ["launched", "fired", "test-fired"]
    static let weapons: WordSet = ["missile", "missiles", "rocket", "rockets", "drone", "drones", "projectile", "projectiles",
                                   "shells", "salvo", "barrage"]
    /// Verbs of a weapon's impact, triggers only after one of ``weapons`` (``launchedWeapon(_:at:in:_:)``).
    static let impactVerbs: Set<String> = ["struck", "hit", "slammed", "pounded"]
    /// Verbs of a vehicle leaving its way, crash triggers only about a vehicle (``isVehicleMishap(_:at:in:_:)``):
    /// "the jet slid off the runway", not "shares slid off their highs" or "rebels overran the town".
    static let mishapVerbs: Set<String> = ["skidded off", "slid off", "veered off", "overshot", "overran", "burst into"]
    /// Vehicles that crash, for ``mishapVerbs``.
    static let crashVehicles: WordSet = ["plane", "planes", "jet", "jets", "jetliner", "airliner", "aircraft", "airplane",
                                         "aeroplane", "helicopter", "flight", "bus", "minibus", "train", "car", "truck",
                                         "lorry", "van", "ferry", "boat", "tanker"]
    /// Ways a vehicle leaves ("overshot the runway"), and what a vehicle bursts into ("burst into flames").
    static let vehicleWays: WordSet = ["runway", "road", "highway", "tracks", "track", "bridge", "cliff"]
    static let flames: WordSet = ["flames", "flame", "fire"]
    /// Other arms that strike: "Israeli airstrikes pounded Gaza City", "shelling hit the town".
    static let strikingArms: WordSet = ["airstrikes", "bombs", "shelling", "artillery", "warplanes", "jets", "bombers"]
    /// Words after a launched weapon that make the launch an attack on what follows ("missiles at Kyiv").
    static let attackPrepositions: WordSet = ["at", "on", "into", "against", "targeting"]
    /// The word before both sides of a war: "the war between Israel and Iran".
    static let between: WordSet = ["between"]
    /// Words after "war" that introduce the other side ("Russia's war against Ukraine").
    static let warOpponents: WordSet = ["against", "on", "with"]
    /// Words that end the clause of a trigger: a place beyond them belongs to another clause.
    static let clauseBreaks: WordSet = [";", "said", "says", "told", "who", "which", "while", "but", "whose", "where", "as",
                                        "because", "although", "though", "whereas", "until", "when"]
    static let comma: WordSet = [","]
    /// Words that open another name between commas (", known locally as Tino,", ", also called …").
    static let otherNameOpeners: WordSet = ["known", "also", "called", "dubbed", "nicknamed", "formerly"]
    /// Classes whose label may take the word before their trigger ("dengue outbreak").
    static let modifiedClasses: Set<String> = ["Outbreak", "Parade", "War", "Election", "MilitaryCampaign", "Protest"]
    static let objectRoles: [String: String] = [
        "Raid": "target", "Arrest": "victim", "Killing": "victim", "Summons": "target", "Attack": "target",
        "PhoneCall": "participant", "Meeting": "participant", "Visit": "target", "Trial": "participant", "Election": "participant",
        "Coup": "target",
    ]
    /// Triggers that name a storm when a capitalized name follows: "Cyclone Ditwah", "Storm Boris".
    static let stormTriggers: Set<String> = ["cyclone", "typhoon", "hurricane", "tropical storm", "storm"]
    /// Classes whose deaths a "killed" without an actor in its clause counts ("the quake killed 2,200 people").
    static let tollClasses: Set<String> = ["Disaster", "Crash", "Attack"]
    /// Words between "killing" and its number: "killing at least 13 people".
    static let approximations: WordSet = ["at", "least", "more", "than", "nearly", "about", "some", "over", "almost",
                                          "around", "up", "to", "roughly", "an", "estimated"]
    /// Prepositions that introduce the object of a trigger that is a noun: "the arrest of", "a raid on", "a visit to"; and
    /// the other party of a meeting or a call: "talks with".
    static let objectPrepositions: WordSet = ["of", "on", "against", "into", "at", "to"]
    static let partyPrepositions: WordSet = ["with", "between"]
    /// Words before a year that make it name a trigger's event: "the 1979 crash", "Turkey's 2023 earthquake".
    static let yearOpeners: WordSet = ["the", "a", "an", "its", "their", "'s", "’s"]
    static let nouns: [String: String] = [
        "Disaster": "disaster", "Outage": "outage", "Coup": "coup", "Crash": "crash", "Raid": "raid", "Arrest": "arrests", "Summons": "summons", "PhoneCall": "phone call",
        "Meeting": "meeting", "Visit": "visit", "Killing": "killings", "Attack": "attack", "War": "war",
        "MilitaryCampaign": "offensive", "Outbreak": "outbreak", "Parade": "parade", "Protest": "protests",
        "Election": "election", "Trial": "trial", "Announcement": "announcement", "MissileLaunch": "missile launch",
    ]
    /// Words after a number that say what it counts, by token hash: "38 killed", "67 passengers".
    static let figureWords = WordMap([
        "killed": "killed", "dead": "deaths", "died": "deaths", "deaths": "deaths", "injured": "injured",
        "wounded": "injured", "illnesses": "illnesses", "cases": "cases", "hospitalizations": "hospitalizations",
        "hospitalized": "hospitalizations", "aboard": "aboard", "passengers": "aboard", "arrested": "arrested",
        "detained": "arrested", "survivors": "survivors", "survived": "survivors", "missing": "missing",
    ].map { (TokenHashes.hash($0.key, upperCased: true), $0.value) })
    /// Words after a number that multiply it: "2 million".
    static let multipliers = WordMap([("million", 1_000_000.0), ("thousand", 1_000), ("billion", 1_000_000_000)]
        .map { (TokenHashes.hash($0.0, upperCased: true), $0.1) })
    static let killing: WordSet = ["killing", "killed"]
    static let by: WordSet = ["by"]
    static let inWord: WordSet = ["in"]
    static let thatWord: WordSet = ["that"]
    /// Relative pronouns: a clause they open still belongs to the trigger after it ("who in 1976 took …").
    static let monthWords = WordSet(DateParser.months.keys.flatMap { [$0, $0 + "."] })
    static let who: WordSet = ["who"]
    static let of: WordSet = ["of"]
    static let when: WordSet = ["when"]
    /// Pronouns of an owner whose arms or forces a clause's subject is ("its warplanes", "their forces").
    static let ownerPronouns: WordSet = ["its", "their"]
    /// Words before a year that a "when" clause tells about: "since 2012, when …", "in 2012, when …".
    static let yearPrepositions: WordSet = ["in", "since", "until", "before", "after"]
    static let on: WordSet = ["on"]
    static let board: WordSet = ["board"]
    static let beVerbs: WordSet = ["was", "were", "been", "being", "is", "are", "be"]
    /// Words that end a trigger's modifier ("the dengue outbreak" → "dengue").
    static let weekdays = WordSet(DateResolver.weekdays)
    /// Words that name a group by its ties to another: "loyal to", "allied with", "linked to", "backed by", "close to".
    static let tieWords: WordSet = ["loyal", "allied", "linked", "backed", "close", "affiliated", "aligned"]
    static let tiePrepositions: WordSet = ["to", "with", "by"]
    static let modifierStops: WordSet = ["the", "a", "an", "this", "that", "its", "their", "his", "her", "of", "in", "and", "to",
                                         "was", "were", "is", "had", "has", "as", "by", "for", "on", "at", "with", "pending", "after",
                                         "before", "ahead", "during", "since", "over", "amid", "against", "from", "into", "about",
                                         "toward", "towards", "across", "near", "under", "between", "among", "without", "through",
                                         // A relative clause's verb before its object ("who faces municipal elections").
                                         "who", "which", "whose", "faces", "face", "win", "wins", "won", "lose", "loses", "lost",
                                         "hold", "holds", "held", "will", "would", "could", "can", "should", "must", "may",
                                         // A count: "led it in five presidential elections" tells no kind of election.
                                         "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "several", "many",
                                         "some", "few", "multiple", "numerous", "dozens", "hundreds", "thousands",
                                         // Words that place an event among others, not say what kind it is ("the largest protests",
                                         // "an earlier outbreak", "the second election", "similar protests").
                                         "most", "least", "worst", "best", "largest", "biggest", "deadliest", "bloodiest", "costliest",
                                         "heaviest", "strongest", "fiercest", "greatest", "longest", "widest", "smallest", "more",
                                         "fewer", "larger", "bigger", "smaller", "round", "another", "other", "similar", "such", "same",
                                         "earlier", "later", "recent", "current", "new", "previous", "past", "last", "latest", "next",
                                         "further",
                                         "fresh", "renewed", "ongoing", "single", "first", "second", "third", "fourth", "fifth",
                                         // Joining words and verbs of the clause ("rules out new elections", "or protests", "has been
                                         // an election", "to quell protests").
                                         "or", "but", "nor", "until", "when", "where", "while", "if", "than", "then", "also", "not",
                                         "even", "only", "just", "still", "already", "be", "been", "being", "are", "out", "say",
                                         "says", "said", "began", "begin", "begins", "end", "ends", "quell", "contain", "stir",
                                         "spark", "sparks", "trigger", "triggers", "call", "calls", "lead", "leads", "led", "stage",
                                         "stages", "organize", "organizes", "organise", "organises", "known", "seen", "saw", "see",
                                         "made", "make", "took", "take", "taken", "country", "government"]

    /// An extractor with the ontology's triggers.
    public init(ontology: Ontology) {
        schema = ontology.schema
        var index: [UInt64: [Pattern]] = [:]
        var order: [UInt64] = []
        for trigger in ontology.interactions.triggers {
            let pattern = Pattern(trigger)
            if index[pattern.hashes[0]] == nil { order.append(pattern.hashes[0]) }
            index[pattern.hashes[0], default: []].append(pattern)
        }
        triggersByFirstWord = WordMap(order.map { ($0, index[$0] ?? []) })
        startWords = WordSet(ontology.interactions.triggers.map { $0.words[0] } + Self.anaphoraWords)
        hasTriggers = !ontology.interactions.triggers.isEmpty
        countries = CountryNames(ontology: ontology)
        leaders = Set(ontology.entries.lazy.filter(\.isServingLeader).map(\.id))
    }

    struct Hit {
        var pattern: Pattern
        var tokens: Range<Int>
        var sentence: Sentence
        /// The event's own name, when the text gives one ("Cyclone Ditwah").
        var name: String?
        var trigger: InteractionLexicon.Trigger { pattern.trigger }
    }

    /// The incidents of `article`, one per class (and anaphoric mentions joined to the latest).
    public func extract(from article: Article, hashes: TokenHashes, mentions: [EntityMention]) -> [IncidentFact] {
        guard hasTriggers else { return [] }
        let context = SentenceContext(article: article, hashes: hashes, mentions: mentions, schema: schema)
        var groups: [String: [Hit]] = [:]
        var order: [String] = []
        var latest: String?
        var latestStrikeClass: String?
        for sentence in article.sentences where !sentence.isAllCaps {
            var sentenceHits: [Hit] = []
            var index = sentence.tokens.lowerBound
            while index < sentence.tokens.upperBound {
                defer { index += 1 }
                guard startWords.contains(hashes.upper[index]), context.isWordOutsideActors(index) else { continue }
                if let latestKey = latest, index > sentence.tokens.lowerBound, context.isWord(index, in: Self.anaphora),
                   context.isWord(index - 1, in: Self.the), let latestClass = groups[latestKey]?.first?.trigger.incidentClass {
                    let trigger = InteractionLexicon.Trigger(words: [context.lower(index)], incidentClass: latestClass, subjectRole: nil)
                    groups[latestKey, default: []].append(Hit(pattern: Pattern(trigger), tokens: index..<(index + 1), sentence: sentence))
                    continue
                }
                guard let candidates = triggersByFirstWord[hashes.upper[index]] else { continue }
                for pattern in candidates where matches(pattern.hashes, at: index, in: sentence, context) {
                    let end = index + pattern.hashes.count
                    if end < sentence.tokens.upperBound, context.isWord(end, in: Self.bodyNouns) { break }
                    // A word in quotation marks is a speaker's ("an attack on the right to vote"); a verb after "the most"
                    // an adjective ("the most visited museum").
                    if isQuoted(index, in: sentence, context)
                        || pattern.isVerbal && index > sentence.tokens.lowerBound && context.isWord(index - 1, in: Self.adjectivalOpeners)
                        || pattern.isVerbal && end < sentence.tokens.upperBound && context.isWord(end, in: Self.officeNouns) {
                        break
                    }
                    let isAskedFor = index - 2 >= sentence.tokens.lowerBound && context.isWord(index - 1, in: Self.forWord)
                        && context.isWord(index - 2, in: Self.callVerbs)
                    if !isAskedFor, !context.isNegatedOrHedged(before: index, in: sentence, window: 3, extra: Self.hedges),
                       let launch = launchedWeapon(pattern, at: index..<end, in: sentence, context),
                       let hit = refined(launch, in: sentence, latestStrikeClass: &latestStrikeClass, context) {
                        sentenceHits.append(hit)
                        index = hit.tokens.upperBound - 1
                    }
                    break
                }
            }
            // "killing 38 of the 67 people aboard" in a crash sentence is the crash's toll, not another incident.
            // A killing told with its gunmen or a kidnapping ("Gunmen shot dead the lawyer", "kidnapped in 1990 and killed
            // the following year") is the killing.
            if sentenceHits.contains(where: { $0.trigger.incidentClass == "Killing" }),
               sentenceHits.allSatisfy({ $0.trigger.incidentClass == "Killing" || Self.killersAndKidnappings.contains($0.pattern.phrase) }) {
                sentenceHits.removeAll { $0.trigger.incidentClass != "Killing" }
            }
            if sentenceHits.contains(where: { $0.trigger.incidentClass != "Killing" }) {
                sentenceHits.removeAll { $0.trigger.incidentClass == "Killing" }
            }
            // Hits of one class in one sentence are one event ("seized power in a 1970 coup").
            var sentenceKeys: [(incidentClass: String, key: String)] = []
            for hit in sentenceHits {
                if let same = sentenceKeys.first(where: { $0.incidentClass == hit.trigger.incidentClass }) {
                    groups[same.key, default: []].append(hit)
                    continue
                }
                if let latestKey = latest, hit.pattern.phrase == "blaze"
                    || hit.pattern.phrase == "fire" && (!context.isWord(hit.tokens.lowerBound - 1, in: Self.indefiniteArticles)
                        || groups[latestKey]?.first.map({ Self.fireBearingClasses.contains($0.trigger.incidentClass) }) == true) {
                    // "Firefighters fought the blaze", "the prison caught fire": the fire of the latest incident (a crash,
                    // a strike), as is "a fire broke out on the wing" after a crash or an attack; "a fire" after neither
                    // is one of its own.
                    groups[latestKey, default: []].append(hit)
                    continue
                }
                // Two summonses (or raids) by different agents are two events.
                var key = hit.trigger.incidentClass
                let subject = actor(before: hit.tokens.lowerBound, in: sentence, context)
                if key == "Killing", hit.pattern.isVerbal, subject == nil, let latestKey = latest,
                   let latestClass = groups[latestKey]?.first?.trigger.incidentClass, Self.tollClasses.contains(latestClass) {
                    // "The quake killed 2,200 people", "13 people were killed": the toll of the latest disaster, crash
                    // or attack, not a killing of its own.
                    groups[latestKey, default: []].append(hit)
                    continue
                }
                if let year = namedYear(of: hit.tokens, in: sentence, context, articleDate: article.metadata.date) {
                    // "The 1979 crash of American Airlines Flight 191": an event of another year, named for comparison.
                    key += "|year:" + String(year)
                } else if hit.pattern.isVerbal, !Self.isPassive(at: hit.tokens.lowerBound, in: sentence, context),
                   let agent = subject.flatMap({ context.mentions[$0].entity }),
                   ["Summons", "Raid", "Arrest", "Visit", "Attack", "PhoneCall"].contains(key) {
                    let existing = order.first { $0.hasPrefix(key + "|") && $0.hasSuffix("|" + agent.rawValue) }
                    key = existing ?? key + "|" + agent.rawValue
                } else if let existing = order.last(where: { $0 == key || $0.hasPrefix(key + "|") && !$0.contains("|year:") }) {
                    key = existing
                }
                if groups[key] == nil { order.append(key) }
                sentenceKeys.append((hit.trigger.incidentClass, key))
                groups[key, default: []].append(hit)
                latest = key
            }
        }
        guard !order.isEmpty else { return [] }
        let resolver = DateResolver(articleDate: article.metadata.date)
        return order.compactMap { key in
            guard let hits = groups[key], let first = hits.first else { return nil }
            // Split as bytes: splitting the String would compare Characters.
            let part = key.utf8.split(separator: UInt8(ascii: "|")).dropFirst().first.map { String(Substring($0)) }
            let year = part.flatMap { $0.hasPrefix("year:") ? String($0.dropFirst(5)) : nil }
            return incident(of: first.trigger.incidentClass, hits: hits, agentKey: year == nil ? part : nil, year: year,
                            resolver: resolver, context)
        }
    }

    /// `hit` as the words around it say: a strike as an attack or a stoppage of work (one they do not tell is the
    /// article's last strike, if any), a storm with its name ("Cyclone Ditwah"); nil for an election's landslide ("won by
    /// a landslide", "a landslide victory", "González landslide"), an election to come ("would call an early election"),
    /// a coup plot and "storm" without a name.
    private func refined(_ hit: Hit, in sentence: Sentence, latestStrikeClass: inout String?, _ context: SentenceContext) -> Hit? {
        var hit = hit
        let index = hit.tokens.lowerBound, end = hit.tokens.upperBound
        let phrase = hit.pattern.phrase
        if Self.strikeWords.contains(phrase) {
            guard let strikeClass = strikeClass(at: index, in: sentence, context) ?? latestStrikeClass else { return nil }
            latestStrikeClass = strikeClass
            var trigger = hit.trigger
            trigger.incidentClass = strikeClass
            trigger.subjectRole = strikeClass == "Attack" ? "agent" : nil
            hit.pattern = Pattern(trigger)
        }
        // "A protest outside parliament", "a mass protest", "protest marches": a demonstration is a noun after an article
        // or an adjective of crowds, or before a noun of one; "summoned the ambassador to protest remarks" is none, nor
        // is a diplomatic note ("lodged a formal protest with the ambassador").
        if phrase == "protest", !(index > sentence.tokens.lowerBound && context.isWord(index - 1, in: Self.protestOpeners)
                                  || end < sentence.tokens.upperBound && context.isWord(end, in: Self.protestNouns))
            || (max(sentence.tokens.lowerBound, index - 3)..<index).contains(where: { context.isWord($0, in: Self.noteOpeners) })
            || end < sentence.tokens.upperBound && context.isWord(end, in: Self.noteWords) {
            return nil
        }
        // "Blinken spoke with Bazoum by phone": a talk is a call only by phone ("spoke by video to the parliament" is none).
        if phrase == "spoke" || phrase == "talked" || phrase == "spoke by", !context.isTalkByPhone(after: end, in: sentence) {
            return nil
        }
        if phrase == "rally" || phrase == "rallies" {
            let before = max(sentence.tokens.lowerBound, index - 3)..<index
            if before.contains(where: { context.isWord($0, in: Self.rallyMarketWords) || context.isWord($0, in: Self.rallySpeechWords) })
                || before.suffix(2).contains(where: { context.isWord($0, in: Self.rallyCampaignWords) })
                || end + 1 < sentence.tokens.upperBound && context.isWord(end, in: Self.placePrepositions)
                    && context.isWord(end + 1, in: Self.rallyMarketWords) {
                return nil
            }
        }
        if phrase == "fire" {
            let opened = index > sentence.tokens.lowerBound && context.isWord(index - 1, in: Self.fireOpeners)
            let atEnd = end >= sentence.tokens.upperBound
            guard atEnd ? opened : opened && !context.isWord(end, in: Self.fireCompounds) || context.isWord(end, in: Self.fireVerbs)
            else { return nil }
        }
        // "A landslide victory", "won by a landslide", "González landslide", "Labor Landslide": an election's landslide is
        // the election; after a country ("Papua New Guinea landslide") it tells nothing.
        let named = phrase == "landslide" ? context.mention(endingBefore: index).map { context.families[$0] } : nil
        if named == .country { return nil }
        if phrase == "landslide",
           end < sentence.tokens.upperBound && context.isWord(end, in: Self.landslideWins)
            || index - 2 >= sentence.tokens.lowerBound && context.isWord(index - 2, in: Self.landslideOpeners)
            || named == .person || named == .organization {
            var trigger = hit.trigger
            trigger.incidentClass = "Election"
            trigger.subjectRole = nil
            hit.pattern = Pattern(trigger)
        }
        // "The NDA won 202 of the 243 seats": seats tell an election when a verb of winning and a number come before them;
        // "seats in the chamber", "the seats it holds" tell none.
        if phrase == "seats" {
            let before = max(sentence.tokens.lowerBound, index - 6)..<index
            guard let win = before.last(where: { context.isWord($0, in: Self.seatWins) }),
                  ((win + 1)..<index).contains(where: { context.article.tokens[$0].kind == .number }) else { return nil }
        }
        // "Ready to host new talks", "offered to host a summit", "called for talks": a meeting not held.
        if hit.trigger.incidentClass == "Meeting", !hit.pattern.isVerbal,
           context.isNegatedOrHedged(before: index, in: sentence, window: 4, extra: Self.meetingHedges) {
            return nil
        }
        if hit.trigger.incidentClass == "Election",
           context.isNegatedOrHedged(before: index, in: sentence, window: 4, extra: Self.electionHedges)
            || isToCome(after: end, in: sentence, context) {
            return nil
        }
        // "An alleged coup plot", "moves his opponents call a coup": no coup that happened.
        if phrase == "coup", end < sentence.tokens.upperBound && context.isWord(end, in: Self.coupPlots)
            || context.isNegatedOrHedged(before: index, in: sentence, window: 4, extra: Self.callVerbs) {
            return nil
        }
        if Self.stormTriggers.contains(phrase) {
            let tokens = context.article.tokens
            if tokens[index].isCapitalized, end < sentence.tokens.upperBound, context.isWordOutsideActors(end),
               tokens[end].isCapitalized, !context.isWord(end, in: Self.clauseBreaks) {
                hit.tokens = index..<(end + 1)
                hit.name = (index...end).map { context.word($0) }.joined(separator: " ")
            } else if phrase == "storm" {
                return nil
            }
        }
        return hit
    }

    /// Whether token `index` is inside quotation marks in its sentence.
    private func isQuoted(_ index: Int, in sentence: Sentence, _ context: SentenceContext) -> Bool {
        var open = false
        let text = context.article.cleanText
        for k in sentence.tokens.lowerBound..<index where context.article.tokens[k].kind == .punctuation {
            let range = context.article.tokens[k].range
            var b = range.lowerBound
            while b < range.upperBound {
                if text[b] == UInt8(ascii: "\"") {
                    open.toggle()
                } else if text[b] == 0xE2, b + 2 < range.upperBound, text[b + 1] == 0x80 {
                    // “ (E2 80 9C) opens, ” (E2 80 9D) closes.
                    if text[b + 2] == 0x9C { open = true } else if text[b + 2] == 0x9D { open = false }
                }
                b += 1
            }
        }
        return open
    }

    /// What the strike at `index` is: `Attack` for a military one ("an air strike", "Israeli strikes on Beirut"), `Protest`
    /// for a stoppage of work ("a general strike", "went on strike", "a strike by nurses"); nil when the words do not say.
    private func strikeClass(at index: Int, in sentence: Sentence, _ context: SentenceContext) -> String? {
        let next = index + 1
        if next < sentence.tokens.upperBound, context.isWord(next, in: Self.by) { return "Protest" }
        if index > sentence.tokens.lowerBound {
            let before = index - 1
            if context.isWord(before, in: Self.laborStrikeWords) { return "Protest" }
            let word = context.lower(before)
            if Self.durationEndings.contains(where: { word.count > $0.count && word.hasSuffix($0) }) { return "Protest" }
            if context.isWord(before, in: Self.militaryStrikeWords) { return "Attack" }
            // "Israeli strikes", "Russia's strikes": an actor's strikes.
            if let mention = context.mention(endingBefore: index), context.families[mention].isActor || context.mentions[mention].isDemonym {
                return "Attack"
            }
        }
        // "The strike hit a hospital"; not "the strike hit production", a stoppage's toll.
        if next < sentence.tokens.upperBound, context.isWord(next, in: Self.strikeAims),
           !(next + 1 < sentence.tokens.upperBound && context.isWord(next + 1, in: Self.workNouns)) {
            return "Attack"
        }
        return nil
    }

    /// What a stoppage of work hits: "the strike hit production", "hit exports".
    static let workNouns: WordSet = ["production", "output", "exports", "operations", "services", "flights", "supplies", "traffic",
                                     "schools", "trade", "shipping", "deliveries", "sales", "transport"]

    /// The country an event of the article with no place of its own is in: the dateline's, unless the text never names
    /// it nor one of its cities and names another country at least twice; then that one (the first named of equals). A
    /// reporter may file from a neighbour ("DUBAI, United Arab Emirates" over a story on Iran). Without a dateline there
    /// is none: an event told in passing with no place ("during the pandemic") is not the article's country's.
    private func defaultCountry(_ context: SentenceContext) -> (id: NodeID, label: String)? {
        guard let dateline = countries.datelineCountry(of: context.article.metadata) else { return nil }
        var counts: [NodeID: Int] = [:]
        var order: [NodeID] = []
        for mention in context.mentions {
            let country = mention.type == "Country" ? mention.entity
                : mention.type == "City" ? mention.label.flatMap { countries.cityCountries[$0.lowercased()] } : nil
            guard let country else { continue }
            if country == dateline.id { return dateline }
            if mention.type != "Country" || mention.isDemonym { continue }
            if counts[country] == nil { order.append(country) }
            counts[country, default: 0] += 1
        }
        // The most named; of equals, the first named.
        var best: NodeID?
        for country in order where best == nil || counts[country]! > counts[best!]! { best = country }
        guard let best, counts[best]! >= 2, let label = countries.labels[best] else { return dateline }
        return (best, label)
    }

    /// The country whose voters held an election or a referendum, named in the few words before its trigger: "Venezuelan
    /// voters approved a referendum", "Chile's voters rejected the draft in a referendum".
    private func votersCountry(before index: Int, in sentence: Sentence, _ context: SentenceContext) -> Int? {
        let lower = max(sentence.tokens.lowerBound + 1, index - 8)
        guard lower < index, let voters = (lower..<index).last(where: { context.isWord($0, in: Self.voterWords) }),
              let mention = context.mention(endingBefore: voters),
              context.families[mention] == .country || context.families[mention] == .place,
              context.mentions[mention].isDemonym || context.isPossessive(voters - 1) else { return nil }
        return mention
    }

    static let voterWords: WordSet = ["voters", "electorate", "electors"]

    /// The place that owns an incident's name, just before its trigger: "Moldova's parliamentary election", "the Czech
    /// election", "Canada's measles outbreak".
    private func owningPlace(before index: Int, in sentence: Sentence, _ context: SentenceContext) -> Int? {
        var end = index
        // Over a few lower-case words ("parliamentary", "measles").
        while end > sentence.tokens.lowerBound, end > index - 3, context.isFreeWord(end - 1),
              !context.article.tokens[end - 1].isCapitalized,
              !context.isWord(end - 1, in: Self.modifierStops) {
            end -= 1
        }
        guard let mention = context.mention(endingBefore: end), context.families[mention] == .place || context.families[mention] == .country,
              context.mentions[mention].isDemonym || context.isPossessive(end - 1) else { return nil }
        return mention
    }


    /// The year of an event of another year than the article's date: the year its trigger's phrase opens with ("the 1979
    /// crash", "the 2004 Indian Ocean tsunami", "Turkey's 2023 earthquake") or that follows it ("were arrested in November
    /// 2023"); nil when there is none, or it is the article's year.
    private func namedYear(of trigger: Range<Int>, in sentence: Sentence, _ context: SentenceContext, articleDate: String?) -> Int? {
        guard let year = namedYear(before: trigger.lowerBound, in: sentence, context) ?? year(after: trigger.upperBound, in: sentence, context)
                // "In September 2024 police arrested …": a sentence that opens with a year.
                ?? year(after: sentence.tokens.lowerBound, in: sentence, context)
                ?? clauseYear(before: trigger.lowerBound, in: sentence, context) else { return nil }
        return articleDate.map({ $0.hasPrefix(String(year)) }) == true ? nil : year
    }

    /// The year of "in 2023" or "in November 2023" at `index`: right after a trigger, or opening its sentence.
    private func year(after index: Int, in sentence: Sentence, _ context: SentenceContext) -> Int? {
        guard index + 1 < sentence.tokens.upperBound, context.isWord(index, in: Self.inWord) else { return nil }
        var k = index + 1
        if context.isWord(k, in: Self.monthWords) { k += 1 }
        guard k < sentence.tokens.upperBound else { return nil }
        return fourDigitYear(at: k, context)
    }

    /// The year of "in 1976" earlier in the trigger's clause: "who in 1976 took samples from the outbreak at Yambuku"; and
    /// the year a "when" clause is about: "since 2012, when a cargo plane overshot the runway".
    private func clauseYear(before index: Int, in sentence: Sentence, _ context: SentenceContext) -> Int? {
        var k = index - 1
        while k > sentence.tokens.lowerBound, k >= index - 12 {
            if context.isWord(k, in: Self.comma) || context.isWord(k, in: Self.clauseBreaks) && !context.isWord(k, in: SentenceContext.relativeOpeners) {
                if context.isWord(k, in: Self.when), k - 3 >= sentence.tokens.lowerBound, context.isWord(k - 1, in: Self.comma),
                   let year = fourDigitYear(at: k - 2, context),
                   context.isWord(k - 3, in: Self.yearPrepositions) || context.isWord(k - 3, in: Self.monthWords) {
                    return year
                }
                return nil
            }
            if context.isWord(k - 1, in: Self.inWord), let year = fourDigitYear(at: k, context) { return year }
            k -= 1
        }
        return nil
    }

    /// The number at `index` when it is a year of four digits.
    private func fourDigitYear(at index: Int, _ context: SentenceContext) -> Int? {
        let token = context.article.tokens[index]
        guard token.kind == .number else { return nil }
        let digits = context.article.cleanText[token.range]
        guard digits.count == 4, let year = Int(String(decoding: digits, as: UTF8.self)), (1800...2100).contains(year) else { return nil }
        return year
    }

    /// The year right before a trigger's phrase, after "the", "a" or a possessive.
    private func namedYear(before index: Int, in sentence: Sentence, _ context: SentenceContext) -> Int? {
        var k = index - 1
        while k > sentence.tokens.lowerBound, k >= index - 4 {
            let token = context.article.tokens[k]
            if token.kind == .number {
                guard let year = fourDigitYear(at: k, context),
                      context.isWord(k - 1, in: Self.yearOpeners) || context.isPossessive(k - 1) else { return nil }
                return year
            }
            guard token.kind == .word, context.owner[k] < 0 || context.mentions[Int(context.owner[k])].type != "Person",
                  !context.isWord(k, in: Self.clauseBreaks), !context.isWord(k, in: Self.yearOpeners) else { return nil }
            k -= 1
        }
        return nil
    }

    /// Whether a verb of ``mishapVerbs`` tells a crash: one of ``crashVehicles`` stands within ten words before it, or
    /// a way ("the runway") within three words after it; "burst into" only before flames.
    private func isVehicleMishap(_ pattern: Pattern, at tokens: Range<Int>, in sentence: Sentence, _ context: SentenceContext) -> Bool {
        let after = tokens.upperBound..<min(sentence.tokens.upperBound, tokens.upperBound + 3)
        if pattern.phrase == "burst into", !(after.first.map { context.isWord($0, in: Self.flames) } ?? false) { return false }
        let before = max(sentence.tokens.lowerBound, tokens.lowerBound - 10)..<tokens.lowerBound
        return before.contains { context.isWord($0, in: Self.crashVehicles) } || after.contains { context.isWord($0, in: Self.vehicleWays) }
    }

    /// The hit of `pattern` at `tokens`; for a launch verb, only when a weapon follows within four words, and an
    /// ``Attack`` rather than a launch when the weapon is aimed "at", "on" or "into" something within six words
    /// ("fired missiles and a drone boat at a cargo ship").
    /// A verb of impact ("struck", "hit") is a hit only after a weapon (or ``strikingArms``) within three words: "Russian
    /// drones struck the city", not "struck a deal" or "an earthquake hit".
    private func launchedWeapon(_ pattern: Pattern, at tokens: Range<Int>, in sentence: Sentence, _ context: SentenceContext) -> Hit? {
        if Self.mishapVerbs.contains(pattern.phrase) {
            return isVehicleMishap(pattern, at: tokens, in: sentence, context) ? Hit(pattern: pattern, tokens: tokens, sentence: sentence) : nil
        }
        if Self.impactVerbs.contains(pattern.phrase) {
            let before = max(sentence.tokens.lowerBound, tokens.lowerBound - 3)..<tokens.lowerBound
            return before.contains { context.isWord($0, in: Self.weapons) || context.isWord($0, in: Self.strikingArms) }
                ? Hit(pattern: pattern, tokens: tokens, sentence: sentence) : nil
        }
        guard Self.launchVerbs.contains(pattern.phrase) else { return Hit(pattern: pattern, tokens: tokens, sentence: sentence) }
        let limit = min(sentence.tokens.upperBound, tokens.upperBound + 4)
        guard let weapon = (tokens.upperBound..<limit).first(where: { context.isWord($0, in: Self.weapons) }) else { return nil }
        let after = (weapon + 1)..<min(sentence.tokens.upperBound, weapon + 7)
        // Aimed at something, not at a time ("on Wednesday").
        guard after.contains(where: { context.isWord($0, in: Self.attackPrepositions)
            && $0 + 1 < sentence.tokens.upperBound && !context.isWord($0 + 1, in: Self.dateWords) }) else {
            return Hit(pattern: pattern, tokens: tokens, sentence: sentence)
        }
        var trigger = pattern.trigger
        trigger.incidentClass = "Attack"
        return Hit(pattern: Pattern(trigger), tokens: tokens, sentence: sentence)
    }

    /// Whether the trigger with word hashes `words` starts at token `index`.
    private func matches(_ words: [UInt64], at index: Int, in sentence: Sentence, _ context: SentenceContext) -> Bool {
        guard index + words.count <= sentence.tokens.upperBound else { return false }
        for (k, word) in words.enumerated() where context.hashes.upper[index + k] != word { return false }
        return true
    }

    private func incident(of incidentClass: String, hits: [Hit], agentKey: String?, year: String?, resolver: DateResolver,
                          _ context: SentenceContext) -> IncidentFact? {
        guard !hits.isEmpty else { return nil }
        var place: Int?
        var preposition = "in"
        var participants: [IncidentFact.Participant] = []
        var figures: [String: String] = [:]
        // The hits' sentences, each once: hits come in text order, so a sentence is new when it is not the last.
        var sentences: [Sentence] = []
        var agentLabel: String?
        var targetLabel: String?
        var modifier: String?
        let hasModifier = Self.modifiedClasses.contains(incidentClass)
        let objectRole = Self.objectRoles[incidentClass]
        // Mentions are read by index: binding one to a constant would copy it with all its strings.
        let mentions = context.mentions
        for hit in hits {
            let sentence = hit.sentence
            let isNewSentence = sentence.range.lowerBound != sentences.last?.range.lowerBound
            if isNewSentence { sentences.append(sentence) }
            // An election is the country's: a place another sentence names is another matter's ("voters in Moldova").
            if place == nil, incidentClass != "Election" || sentences.count == 1,
               let found = self.place(of: hit.tokens, isVerbal: hit.pattern.isVerbal, in: sentence,
                                                    prepositions: incidentClass == "Crash" ? Self.crashPlacePrepositions : Self.placePrepositions,
                                                    context) {
                place = found.mention
                preposition = found.preposition
            }
            // "Drones struck Kharkiv", "missiles hit the city of Dnipro": the place a weapon struck.
            if place == nil, Self.impactVerbs.contains(hit.pattern.phrase),
               let struck = placeStruck(after: hit.tokens.upperBound, in: sentence, context) {
                place = struck
                preposition = "in"
            }
            if modifier == nil, hasModifier {
                modifier = self.modifier(before: hit.tokens.lowerBound, in: sentence, context)
            }
            if isNewSentence { figures.merge(self.figures(in: sentence, context)) { old, _ in old } }
            let isPassive = Self.isPassive(at: hit.tokens.lowerBound, in: sentence, context)
            let byOwnedArms = isImpactOfOwnedArms(hit, in: sentence, context)
            if isPassive, let role = objectRole, let subject = actor(before: hit.tokens.lowerBound, in: sentence, context),
               let entity = mentions[subject].entity {
                // "Two reporters were arrested by police": the subject suffered it.
                participants.append(.init(entity: entity, role: role, confidence: mentions[subject].confidence * 0.7))
                if targetLabel == nil { targetLabel = mentions[subject].label }
            } else if let role = hit.trigger.subjectRole ?? (byOwnedArms ? "agent" : nil),
               let clauseEnd = hit.pattern.isVerbal || byOwnedArms ? hit.tokens.lowerBound
                   : adverbialStart(of: hit, incidentClass, in: sentence, context),
               let subject = actor(before: clauseEnd, in: sentence, context),
               let entity = mentions[subject].entity {
                let actualRole = incidentClass == "Crash" && mentions[subject].type != "Airline" && context.families[subject] != .organization
                    ? "participant" : role
                participants.append(.init(entity: entity, role: actualRole, confidence: mentions[subject].confidence * 0.8))
                // The sides of a meeting or a call name it ("Milei–Lula meeting"); the winner of an election does not.
                if agentLabel == nil, actualRole == role, role != "participant" || Self.partyClasses.contains(incidentClass) {
                    agentLabel = mentions[subject].label
                }
                // "Japarov and his Tajik counterpart, Emomali Rahmon, spoke by telephone": both sides are the subject.
                if Self.partyClasses.contains(incidentClass), role == "participant",
                   let other = coordinatedActor(before: subject, in: sentence, context), let otherEntity = mentions[other].entity {
                    participants.append(.init(entity: otherEntity, role: role, confidence: mentions[other].confidence * 0.8))
                    if targetLabel == nil, agentLabel == mentions[subject].label {
                        agentLabel = mentions[other].label
                        targetLabel = mentions[subject].label
                    }
                }
            }
            // A noun's object follows a preposition ("the arrest of", "a raid on"): "the latest arrest as President
            // Claudia Sheinbaum tries …" names no one arrested.
            let prepositions = objectRole == "participant" ? Self.partyPrepositions : Self.objectPrepositions
            // A verb's object follows it, or its preposition of parties, past the means of a call ("spoke with Bazoum by
            // phone", "spoke by phone with Putin", "spoke to Goita by phone").
            var after = hit.tokens.upperBound
            if incidentClass == "PhoneCall", let end = context.endOfPhoneMeans(at: after) ?? context.endOfPhoneMeans(at: after - 1) {
                after = end  // past "by phone" after "spoke", or past "phone" after "spoke by"
            }
            let afterPreposition = after < sentence.tokens.upperBound && (context.isWord(after, in: prepositions)
                || hit.pattern.isVerbal && incidentClass == "PhoneCall" && context.isWord(after, in: Self.to))
            let objectStart = afterPreposition ? after + 1 : hit.pattern.isVerbal ? after : nil
            if !isPassive, let role = objectRole, let objectStart, let index = actor(after: objectStart, in: sentence, context),
               let entity = mentions[index].entity, role != "victim" || context.families[index] != .country {
                participants.append(.init(entity: entity, role: role, confidence: mentions[index].confidence * 0.7))
                if targetLabel == nil { targetLabel = mentions[index].label }
            }
            if incidentClass == "War", let (agent, opponent) = warSides(of: hit.tokens, in: sentence, context) {
                // "Russia's war against Ukraine", "Israel's war with Hamas": both sides take part in a war; the one who
                // wages it is named first.
                if let agent, let entity = mentions[agent].entity {
                    participants.append(.init(entity: entity, role: "participant", confidence: mentions[agent].confidence * 0.8))
                    if agentLabel == nil { agentLabel = mentions[agent].label }
                }
                if let opponent, let entity = mentions[opponent].entity {
                    participants.append(.init(entity: entity, role: "participant", confidence: mentions[opponent].confidence * 0.8))
                    if targetLabel == nil { targetLabel = mentions[opponent].label }
                }
            }
            if incidentClass == "Crash" {
                for index in context.mentions(in: sentence) where mentions[index].type == "Airline" {
                    if let entity = mentions[index].entity {
                        participants.append(.init(entity: entity, role: "operator", confidence: mentions[index].confidence * 0.85))
                    }
                    if agentLabel == nil { agentLabel = mentions[index].label }
                }
            }
            for reporter in reporters(in: sentence, context) {
                if let entity = mentions[reporter].entity {
                    participants.append(.init(entity: entity, role: "reportedBy", confidence: mentions[reporter].confidence * 0.7))
                }
            }
        }
        // A nationwide event is the country's, not the city's that its clause names ("a nationwide power outage in
        // Barcelona, Spain").
        var countryPlace: (id: NodeID, label: String)?
        if let index = place, mentions[index].type == "City", hits.contains(where: { isNationwide($0, context) }),
           let city = mentions[index].label, let country = countries.cityCountries[city.lowercased()],
           let label = countries.labels[country] {
            place = nil
            countryPlace = (country, label)
            preposition = "in"
        }
        // An election, protest, outbreak, disaster or coup whose place the text does not give is in the place that owns
        // its name ("Moldova's parliamentary election"), else in the article's country (``defaultCountry(_:)``).
        if place == nil, countryPlace == nil, Self.ownedPlaceClasses.contains(incidentClass) {
            place = hits.lazy.compactMap { self.owningPlace(before: $0.tokens.lowerBound, in: $0.sentence, context)
                ?? (incidentClass == "Election" ? self.votersCountry(before: $0.tokens.lowerBound, in: $0.sentence, context) : nil) }.first
            if place == nil { countryPlace = defaultCountry(context) }
            preposition = "in"
        }
        // An incident with nothing known but its word ("a series of killings") is not worth a node, nor a killing by
        // no one of no one (most are the toll of another event: a flood, a protest), nor a meeting of no one.
        let hasActors = participants.contains { $0.role != "reportedBy" }
        guard place != nil || countryPlace != nil || hasActors || !figures.isEmpty,
              hasActors || incidentClass != "Killing" && !Self.partyClasses.contains(incidentClass) else { return nil }
        // An event of another year is of that year, whatever other date its sentences give.
        let resolved = sentences.lazy.compactMap { self.date(in: $0, resolver, context) }.first
        let date = year.map { year in resolved.flatMap { $0.hasPrefix(year) ? $0 : nil } ?? year } ?? resolved
        let placeEntity = place.flatMap { mentions[$0].entity } ?? countryPlace?.id
        let placeLabel = place.flatMap { mentions[$0].label } ?? countryPlace?.label
        // A storm's name names the event; a disaster's trigger says what it was ("earthquake", "floods"), unless it is a word
        // any incident is called ("air disaster").
        let name = hits.lazy.compactMap(\.name).first
        let triggerNoun = Self.namedByTrigger.contains(incidentClass)
            ? name ?? hits.first(where: { !Self.anaphoraWords.contains($0.pattern.phrase) })?.pattern.phrase
            : hits.first { $0.trigger.words.count > 1 && !$0.pattern.isVerbal && !Self.anaphoraWords.contains($0.trigger.words[1]) }
                .map(\.pattern.phrase)
        // A protest that is a stoppage of work is a strike ("general strike in Buenos Aires"), named by the word for its
        // kind before it, if any.
        let noun = incidentClass == "Protest" && Self.strikeWords.contains(hits[0].pattern.phrase) ? "strike" : nil
        if noun != nil {
            let before = hits[0].tokens.lowerBound - 1
            modifier = before >= hits[0].sentence.tokens.lowerBound && context.isWord(before, in: Self.laborStrikeWords)
                && !context.isWord(before, in: Self.on) ? context.lower(before) : nil
        }
        // "Crash near Louisville" for a flight that crashed after takeoff from there.
        var label = Self.label(incidentClass, agent: agentLabel, target: targetLabel, modifier: triggerNoun ?? modifier,
                               place: placeLabel, preposition: preposition == "from" ? "near" : preposition, noun: noun)
        if let year, date == year {
            label += ", " + year
        } else if let when = date.flatMap(Self.monthAndYear) {
            label += ", " + when
        }
        // Class, agent (when two agents did the same kind of thing), year (of an event named for comparison) and
        // place: the same event read in two articles gets one ID, whatever date each resolves. A named storm is
        // the same storm wherever it struck.
        let agentPart = agentKey.map { NodeID(rawValue: $0).key }.map(String.init)
        let key = [incidentClass, agentPart ?? "", year ?? "", placeEntity.map { String($0.key) } ?? ""].filter { !$0.isEmpty }
        // Without a place, the label is the key; a label that names no one ("Killings", "Meeting") says nothing that two
        // articles' events could share, so such an event is its article's alone.
        let namesActor = [agentLabel, targetLabel].contains { $0.map(label.contains) ?? false }
        let idName = name.map { incidentClass + " " + $0 } ?? (placeEntity != nil ? key.joined(separator: " ")
            : incidentClass + " " + label + (namesActor ? "" : " in " + context.article.id))
        participants = Self.firstOfEachRole(participants, except: placeEntity)
        let confidence = min(0.95, 0.5 + 0.1 * Double(hits.count))
        return IncidentFact(
            id: NodeID(kind: "incident", name: idName), incidentClass: incidentClass, label: label, date: date,
            place: placeEntity, participants: participants, figures: figures,
            mentions: hits.map { hit in
                let range = context.article.tokens[hit.tokens.lowerBound].range.lowerBound..<context.article.tokens[hit.tokens.upperBound - 1].range.upperBound
                return (range, hit.sentence.range, hit.pattern.phrase)
            },
            confidence: (confidence * 10_000).rounded() / 10_000)
    }

    /// Whether the words from `end` put the trigger before them in the future (``electionAfterHedges``): right after it
    /// or after a form of "be", within five words and before a comma or another clause ("the election in Benin is due").
    private func isToCome(after end: Int, in sentence: Sentence, _ context: SentenceContext) -> Bool {
        for k in end..<min(end + 5, sentence.tokens.upperBound) {
            if context.isWord(k, in: Self.comma) || context.isWord(k, in: Self.clauseBreaks) { return false }
            if context.isWord(k, in: Self.electionAfterHedges), k == end || context.isWord(k - 1, in: Self.beForms) { return true }
        }
        return false
    }

    /// Words before a trigger that make its event the whole country's: "a nationwide strike", "a countrywide blackout".
    static let nationwideWords: WordSet = ["nationwide", "countrywide", "national"]

    /// Whether one of ``nationwideWords`` is among the two words before `hit`'s trigger.
    private func isNationwide(_ hit: Hit, _ context: SentenceContext) -> Bool {
        let start = max(hit.sentence.tokens.lowerBound, hit.tokens.lowerBound - 2)
        return (start..<hit.tokens.lowerBound).contains { context.isWord($0, in: Self.nationwideWords) }
    }

    /// The first participant of each (entity, role), in order, leaving out `place`: an incident has a
    /// handful of participants, so comparing them beats hashing strings.
    static func firstOfEachRole(_ participants: [IncidentFact.Participant], except place: NodeID?) -> [IncidentFact.Participant] {
        var kept: [IncidentFact.Participant] = []
        kept.reserveCapacity(participants.count)
        for participant in participants where participant.entity != place
            && !kept.contains(where: { $0.entity == participant.entity && $0.role == participant.role }) {
            kept.append(participant)
        }
        return kept
    }

    /// Words that name an event by themselves at the end of a trigger of two words ("presidential vote").
    static let eventWords: Set<String> = ["vote", "bombing", "shelling", "blast", "explosion"]

    /// "Azerbaijan Airlines crash near Aktau", "raid on Sputnik Azerbaijan", "dengue outbreak in Dhaka".
    static func label(_ incidentClass: String, agent: String?, target: String?, modifier: String?, place: String?, preposition: String,
                      noun: String? = nil) -> String {
        var words: [String] = []
        let noun = noun ?? nouns[incidentClass] ?? incidentClass.lowercased()
        switch incidentClass {
        case "Raid", "Attack", "Visit":
            if let agent { words.append(agent) }
            words.append(noun)
            if let target {
                words += [incidentClass == "Visit" ? "to" : "on", target]
            } else if let place, place != agent {
                words += [preposition, place]
            }
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
            if let place { words += [preposition, place] }
        case "War" where agent != nil && target != nil:
            words += [agent! + "–" + target!, noun]
        case "Disaster", "Outage":
            words.append(modifier ?? noun)
            if let place { words += [preposition, place] }
        default:
            if let agent { words.append(agent) }
            if let modifier, agent == nil || modifier.contains(" ") {
                // "flu season", "dengue outbreak": the modifier names the event better than the class.
                words.append(modifier)
                // "Presidential vote in Romania", not "Presidential vote election": a trigger that ends in a word for the event
                // names it whole.
                let namesEvent = modifier.split(separator: " ").last.map { eventWords.contains(String($0)) } ?? false
                if modifier != noun, !namesEvent, !modifier.contains(noun) && !["Outbreak"].contains(incidentClass)
                    || modifier.split(separator: " ").count == 1 {
                    words.append(noun)
                }
            } else {
                words.append(noun)
            }
            // "Bangladesh trial", not "Bangladesh trial in Bangladesh".
            if let place, place != agent { words += [preposition, place] }
        }
        let text = words.joined(separator: " ")
        return text.prefix(1).uppercased() + text.dropFirst()
    }

    /// Hashes of the words a date expression contains; sentences without one skip date resolution.
    static let dateWords = WordSet(DateParser.months.keys.flatMap { [$0, $0 + "."] } + DateResolver.weekdays
        + ["last", "yesterday", "today"])

    static let monthNames = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                             "October", "November", "December"]

    /// "2024-12-25" or "2024-12" → "December 2024"; nil for anything else.
    static func monthAndYear(_ date: String) -> String? {
        let parts = date.utf8.split(separator: UInt8(ascii: "-")).map(Substring.init)
        guard parts.count >= 2, parts[0].count == 4, let year = Int(parts[0]), let month = Int(parts[1]),
              (1...12).contains(month) else { return nil }
        return "\(monthNames[month - 1]) \(year)"
    }

    /// The first date in `sentence`: only the few words around a month, weekday or "last" are read as one.
    private func date(in sentence: Sentence, _ resolver: DateResolver, _ context: SentenceContext) -> String? {
        for k in sentence.tokens where context.isWord(k, in: Self.dateWords) {
            let window = max(sentence.tokens.lowerBound, k - 1)..<min(sentence.tokens.upperBound, k + 4)
            if let found = resolver.date(in: window.map { context.lower($0) }) { return found }
        }
        return nil
    }

    /// A descriptive word right before a trigger: "dengue outbreak", "flu season", "Victory Day parade".
    private func modifier(before index: Int, in sentence: Sentence, _ context: SentenceContext) -> String? {
        var start = index
        while start > sentence.tokens.lowerBound, start > index - 3, context.isFreeWord(start - 1) {
            let word = start - 1
            // A day names no kind: "on Saturday elected" (the date says when).
            if context.isWord(word, in: Self.modifierStops) || context.isWord(word, in: Self.weekdays) || context.hasSuffix(word, "ed")
                || context.hasSuffix(word, "ing") || context.hasSuffix(word, "ly") { break }
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
            if context.isWord(k, in: beVerbs) { return true }
            guard context.hasSuffix(k, "ly") || context.isWord(k, in: adverbs) else { return false }
            k -= 1
        }
        return false
    }

    /// Adverbs without "-ly" that stand between a form of "be" and its participle ("was also detained", "were later
    /// released").
    static let adverbs: WordSet = ["also", "later", "then", "since", "first", "soon", "again", "already", "never", "not",
                                   "still", "just", "even", "allegedly", "reportedly", "subsequently"]

    /// The place of the trigger at `trigger`, with the preposition that introduces it: the one introduced by
    /// "near", "in", "at", … after the trigger within its clause (the nearest; a city or region before a
    /// country), else one in the few words before the trigger ("an explosion in Kabul killed"). A place in
    /// another clause of the sentence is another matter's ("Analysts in Seoul say … the war").
    ///
    /// What the subject of a verbal trigger did, it did where the sentence says it stands: "In Moscow, the
    /// Foreign Ministry summoned the ambassador to complain about the arrests in Baku" is a summons in Moscow,
    /// unless a place follows the trigger closely ("… crashed near Aktau").
    private func place(of trigger: Range<Int>, isVerbal: Bool, in sentence: Sentence, prepositions: WordSet,
                       _ context: SentenceContext) -> (mention: Int, preposition: String)? {
        let found = place(of: trigger, in: sentence, prepositions: prepositions, context)
        guard isVerbal, let framing = framingPlace(of: sentence, context), framing.mention != found?.mention,
              found.map({ context.mentions[$0.mention].tokens.lowerBound - trigger.upperBound > 4 }) ?? true else { return found }
        return framing
    }

    /// The place a sentence opens with: "In Moscow, …", "At the border, near Torkham, …".
    private func framingPlace(of sentence: Sentence, _ context: SentenceContext) -> (mention: Int, preposition: String)? {
        let start = sentence.tokens.lowerBound
        guard start + 2 < sentence.tokens.upperBound, context.owner[start] < 0, context.isWord(start, in: Self.placePrepositions),
              let mention = context.mention(at: start + 1), !context.mentions[mention].isDemonym,
              context.families[mention] == .place || context.families[mention] == .country,
              context.mentions[mention].tokens.upperBound < sentence.tokens.upperBound,
              context.isWord(context.mentions[mention].tokens.upperBound, in: Self.comma) else { return nil }
        return (mention, context.lower(start))
    }

    private func place(of trigger: Range<Int>, in sentence: Sentence, prepositions: WordSet,
                       _ context: SentenceContext) -> (mention: Int, preposition: String)? {
        var best: (mention: Int, preposition: Int, distance: Int)?
        /// The place mention within five words after the preposition at `k`, before `limit`.
        func consider(_ k: Int, limit: Int, distance: (Int) -> Int) {
            var j = k + 1
            while j < min(limit, k + 6) {
                guard let mention = context.mention(at: j) else { j += 1; continue }
                let family = context.families[mention]
                if !context.mentions[mention].isDemonym, !context.isPossessive(context.mentions[mention].tokens.upperBound),
                   family == .place || family == .country, context.mentions[mention].tokens.upperBound <= limit {
                    let score = distance(j) + (family == .country ? 40 : 0)
                    // "at a summit in Buenos Aires": the place's own preposition is the last one before it.
                    let own = (k..<j).last { context.isWord($0, in: prepositions) } ?? k
                    if best == nil || score < best!.distance { best = (mention, own, score) }
                    return
                }
                j = context.mentions[mention].tokens.upperBound
            }
        }
        let forward = min(sentence.tokens.upperBound, trigger.upperBound + 30)
        var k = trigger.upperBound
        while k < forward, !context.isWord(k, in: Self.clauseBreaks) {
            // "killed by Typhoon Kalmaegi, known locally as Tino, rose …, most of them in Cebu": another name between
            // commas is no clause of its own.
            if context.isWord(k, in: Self.comma), k + 1 < forward, context.isWord(k + 1, in: Self.otherNameOpeners),
               let close = ((k + 2)..<min(forward, k + 10)).first(where: { context.isWord($0, in: Self.comma) }) {
                k = close + 1
                continue
            }
            if context.owner[k] < 0, context.isWord(k, in: prepositions) {
                consider(k, limit: sentence.tokens.upperBound) { $0 - trigger.upperBound }
            }
            k += 1
        }
        // "raided the Baku offices of …": a city named in the object, right after "the", is where it happened.
        if trigger.upperBound + 2 < sentence.tokens.upperBound, context.isWord(trigger.upperBound, in: Self.the),
           let mention = context.mention(at: trigger.upperBound + 1), context.mentions[mention].type == "City",
           context.mentions[mention].tokens.upperBound < sentence.tokens.upperBound,
           context.mention(at: context.mentions[mention].tokens.upperBound) == nil,
           context.article.tokens[context.mentions[mention].tokens.upperBound].kind == .word, best.map({ $0.distance > 1 }) ?? true {
            best = (mention, trigger.upperBound, 1)
            return (mention, "in")
        }
        if best == nil {
            k = trigger.lowerBound - 1
            // "said at a briefing in Addis Ababa that the outbreak …": a place before "that" is the speaker's.
            while k >= max(sentence.tokens.lowerBound, trigger.lowerBound - 6), !context.isWord(k, in: Self.clauseBreaks),
                  !context.isWord(k, in: Self.comma), !context.isWord(k, in: Self.thatWord) {
                if context.owner[k] < 0, context.isWord(k, in: prepositions) {
                    consider(k, limit: trigger.lowerBound) { trigger.lowerBound - $0 }
                }
                k -= 1
            }
        }
        return best.map { ($0.mention, context.lower($0.preposition)) }
    }

    /// The place that a verb of impact at `end` has as its object, within four lower-case words ("the southern city of").
    private func placeStruck(after end: Int, in sentence: Sentence, _ context: SentenceContext) -> Int? {
        var k = end
        while k < min(sentence.tokens.upperBound, end + 5) {
            if let mention = context.mention(at: k) {
                return context.families[mention] == .place && !context.mentions[mention].isDemonym ? mention : nil
            }
            guard context.article.tokens[k].kind == .word, !context.article.tokens[k].isCapitalized else { return nil }
            k += 1
        }
        return nil
    }

    /// The sides of a war named around its trigger: the possessor before it ("Russia's war") and the actor after
    /// "against", "on" or "with" ("… against Ukraine"); nil when neither is named.
    private func warSides(of trigger: Range<Int>, in sentence: Sentence, _ context: SentenceContext) -> (agent: Int?, opponent: Int?)? {
        var agent: Int?
        if let before = context.mention(endingBefore: trigger.lowerBound), context.isPossessive(context.mentions[before].tokens.upperBound),
           context.families[before].isActor {
            agent = before
        }
        // "The war between the army and the RSF": both sides after "between".
        if agent == nil, trigger.upperBound + 1 < sentence.tokens.upperBound, context.isWord(trigger.upperBound, in: Self.between),
           let first = side(at: trigger.upperBound + 1, in: sentence, context) {
            let and = context.mentions[first].tokens.upperBound
            if and + 1 < sentence.tokens.upperBound, context.isWord(and, in: Self.and),
               let second = side(at: and + 1, in: sentence, context), second != first {
                return (first, second)
            }
        }
        var opponent: Int?
        if trigger.upperBound + 1 < sentence.tokens.upperBound, context.isWord(trigger.upperBound, in: Self.warOpponents),
           let after = context.mention(at: trigger.upperBound + 1) ?? context.mention(at: min(trigger.upperBound + 2, sentence.tokens.upperBound - 1)),
           context.families[after].isActor, !context.mentions[after].isDemonym {
            opponent = after
        }
        return agent == nil && opponent == nil ? nil : (agent, opponent)
    }

    /// The actor named at `index`, after "the" and a people's name: "the army", "the Sudanese army", "Russia".
    private func side(at index: Int, in sentence: Sentence, _ context: SentenceContext) -> Int? {
        var k = index
        if k < sentence.tokens.upperBound, context.isWord(k, in: Self.the) { k += 1 }
        if let demonym = context.mention(at: k), context.mentions[demonym].isDemonym { k = context.mentions[demonym].tokens.upperBound }
        guard k < sentence.tokens.upperBound, let mention = context.mention(at: k), context.families[mention].isActor,
              !context.mentions[mention].isDemonym else { return nil }
        return mention
    }

    /// The nearest actor (person, organization, country) before `index` within its clause.
    private func actor(before index: Int, in sentence: Sentence, _ context: SentenceContext) -> Int? {
        if let person = context.actor(beforeRelativeClauseEndingAt: index - 1, in: sentence) { return person }
        var k = index - 1
        while k >= sentence.tokens.lowerBound, k >= index - 12 {
            // "summoned the Venezuelan ambassador": a people's name before an envoy is its country.
            if let country = Self.country(ofEnvoyAt: k, in: sentence, context) { return country }
            if let mention = context.mention(at: k), !context.mentions[mention].isDemonym, context.families[mention].isActor {
                // "According to the Environment Ministry, bears killed 13 people": the source, not the subject.
                if isAccordingTo(context.mentions[mention].tokens.lowerBound, in: sentence, context) { return nil }
                // "gunmen loyal to Assad ambushed …": the subject is named by its ties to the mention, not the mention.
                let start = context.mentions[mention].tokens.lowerBound
                if start - 2 >= sentence.tokens.lowerBound, context.isWord(start - 2, in: Self.tieWords),
                   context.isWord(start - 1, in: Self.tiePrepositions) { return nil }
                // "President William Ruto of Kenya met …": the person the country's name follows.
                return person(before: mention, in: sentence, context) ?? mention
            }
            if context.isWord(k, in: Self.subjectBreaks) {
                // "The Israeli military said its warplanes struck depots": the speaker, whose arms the clause's subject are.
                if context.isWord(k, in: Self.reportingVerbs), k + 1 < index, context.isWord(k + 1, in: Self.ownerPronouns),
                   let speaker = context.mention(endingBefore: k), !context.mentions[speaker].isDemonym, context.families[speaker].isActor {
                    return speaker
                }
                // "Peter Kyle, who visited …", "Steinmeier, who as head of state …, met …": the one the clause is about.
                if context.isWord(k, in: Self.who), k - 1 > sentence.tokens.lowerBound, context.isWord(k - 1, in: Self.comma),
                   let mention = context.mention(endingBefore: k - 1), context.families[mention] == .person {
                    return mention
                }
                return nil
            }
            // "…, who is accused of recommending the decree, and police raided the office": a clause of its own.
            if context.isWord(k, in: Self.and), k > sentence.tokens.lowerBound, context.isWord(k - 1, in: Self.comma) { return nil }
            k -= 1
        }
        return nil
    }

    /// Whether `hit` is a verb of impact after an owner's arms ("its warplanes struck", "their rockets hit"): the owner
    /// the clause names before them (``actor(before:in:_:)``) attacked.
    private func isImpactOfOwnedArms(_ hit: Hit, in sentence: Sentence, _ context: SentenceContext) -> Bool {
        let index = hit.tokens.lowerBound
        return Self.impactVerbs.contains(hit.pattern.phrase) && index - 2 >= sentence.tokens.lowerBound
            && context.isWord(index - 2, in: Self.ownerPronouns)
            && (context.isWord(index - 1, in: Self.weapons) || context.isWord(index - 1, in: Self.strikingArms))
    }

    /// The person named right before "of" (and "the") before the country or organization `mention`: "President William
    /// Ruto of Kenya".
    private func person(before mention: Int, in sentence: Sentence, _ context: SentenceContext) -> Int? {
        guard context.families[mention] != .person else { return nil }
        var k = context.mentions[mention].tokens.lowerBound - 1
        if k > sentence.tokens.lowerBound, context.isWord(k, in: Self.the) { k -= 1 }
        guard k > sentence.tokens.lowerBound, context.isWord(k, in: Self.of),
              let person = context.mention(endingBefore: k), context.families[person] == .person else { return nil }
        return person
    }

    /// Where a meeting's or a call's noun that tells how the clause's subject did something starts: at "in" of "discussed
    /// the corridor in a phone call", "during talks", "at a summit", or at a verb of holding ("held talks"); the subject
    /// took part. Nil for other nouns.
    private func adverbialStart(of hit: Hit, _ incidentClass: String, in sentence: Sentence, _ context: SentenceContext) -> Int? {
        guard incidentClass == "Meeting" || incidentClass == "PhoneCall" else { return nil }
        var k = hit.tokens.lowerBound - 1
        if k >= sentence.tokens.lowerBound, context.isWord(k, in: Self.articles) { k -= 1 }
        // "at the start of the talks", "on the sidelines of a summit": the meeting the clause's subject was at.
        if k - 3 >= sentence.tokens.lowerBound, context.isWord(k, in: Self.of), context.isWord(k - 1, in: Self.meetingParts),
           context.isWord(k - 2, in: Self.the) {
            k -= 3
            return context.isWord(k, in: Self.adverbialPrepositions) || context.isWord(k, in: Self.on) ? k : nil
        }
        // "Was to hold talks", "agreed to hold talks": talks to come.
        guard k > sentence.tokens.lowerBound else { return nil }
        let holds = context.isWord(k, in: Self.holdVerbs) && !context.isWord(k - 1, in: Self.to)
        return context.isWord(k, in: Self.adverbialPrepositions) || holds ? k : nil
    }

    static let articles: WordSet = ["a", "an", "the"]
    /// Parts of a meeting that its sides were at: "at the start of the talks", "on the sidelines of a summit".
    static let meetingParts: WordSet = ["start", "end", "opening", "close", "sidelines", "margins", "margin", "beginning"]
    /// Prepositions before a meeting's or a call's noun that tell how the clause's subject did something ("in a phone call").
    static let adverbialPrepositions: WordSet = ["in", "during", "at"]
    /// Verbs whose subject takes part in the meeting they govern: "Russia and Ukraine held talks", "attended a summit".
    static let holdVerbs: WordSet = ["held", "hold", "holds", "holding", "had", "attended", "attend", "attends", "attending"]

    /// The actor joined by "and" to the subject `mention`: "Japarov and Rahmon", "Japarov and President Rahmon" (a title
    /// of up to three capitalized words between), "Japarov and his Tajik counterpart, Emomali Rahmon" (an apposition of
    /// "counterpart" between them).
    private func coordinatedActor(before mention: Int, in sentence: Sentence, _ context: SentenceContext) -> Int? {
        var k = context.mentions[mention].tokens.lowerBound - 1
        let titleLimit = max(sentence.tokens.lowerBound, k - 3)
        // "Erdogan and Russian President Vladimir Putin": a people's name may open the title.
        while k > titleLimit, context.article.tokens[k].kind == .word, context.article.tokens[k].isCapitalized,
              context.mention(at: k).map({ context.mentions[$0].isDemonym }) ?? true { k -= 1 }
        if k >= sentence.tokens.lowerBound, context.isWord(k, in: Self.comma) {
            // ", Emomali Rahmon": back past "his Tajik counterpart" to the "and" before it.
            k -= 1
            guard k >= sentence.tokens.lowerBound, context.isWord(k, in: Self.counterpart) else { return nil }
            let limit = max(sentence.tokens.lowerBound, k - 4)
            while k > limit, !context.isWord(k, in: Self.and) { k -= 1 }
        }
        guard k > sentence.tokens.lowerBound, context.isWord(k, in: Self.and),
              let other = context.mention(endingBefore: k), other != mention,
              context.families[other] == context.families[mention], context.families[other].isActor,
              !context.mentions[other].isDemonym else { return nil }
        return other
    }

    /// Whether "according to" (and perhaps "the") stands right before token `start`.
    private func isAccordingTo(_ start: Int, in sentence: Sentence, _ context: SentenceContext) -> Bool {
        var k = start - 1
        if k >= sentence.tokens.lowerBound, context.isWord(k, in: Self.the) { k -= 1 }
        return k - 1 >= sentence.tokens.lowerBound && context.isWord(k, in: Self.to) && context.isWord(k - 1, in: Self.according)
    }

    /// The nearest actor (person, organization, country) from `index` on, before the object's phrase ends.
    private func actor(after index: Int, in sentence: Sentence, _ context: SentenceContext) -> Int? {
        var k = index
        while k < min(sentence.tokens.upperBound, index + 7) {
            // "summoned the Venezuelan ambassador": a people's name before an envoy is its country.
            if let country = Self.country(ofEnvoyAt: k, in: sentence, context) { return country }
            // "The G7 met in Canada": a country after a preposition of place is where the event was, not a side of it.
            if let mention = context.mention(at: k), !context.mentions[mention].isDemonym, context.families[mention].isActor {
                let before = k - 1 > index && context.isWord(k - 1, in: Self.the) ? k - 2 : k - 1
                guard before >= index, context.families[mention] == .country, context.isWord(before, in: Self.placePrepositions) else {
                    // "spoke with U.S. President Donald Trump": the person, not the country.
                    return context.titledPerson(after: mention, in: sentence) ?? mention
                }
                k = max(k, context.mentions[mention].tokens.upperBound - 1)
            }
            if context.isWord(k, in: Self.objectBreaks) { return nil }
            k += 1
        }
        return nil
    }

    /// Nouns of a country's diplomats.
    static let envoys: WordSet = ["ambassador", "envoy", "diplomat", "diplomats", "charge", "chargé", "consul"]

    /// The country of the envoy that a people's name at `index` introduces: "the Venezuelan ambassador".
    private static func country(ofEnvoyAt index: Int, in sentence: Sentence, _ context: SentenceContext) -> Int? {
        guard let mention = context.mention(at: index), context.mentions[mention].isDemonym, context.families[mention] == .country,
              case let end = context.mentions[mention].tokens.upperBound, end < sentence.tokens.upperBound,
              context.isWord(end, in: envoys) else { return nil }
        return mention
    }

    /// "…, the agency said", "X said", "according to X"; not a head of state or government (``leaders``).
    private func reporters(in sentence: Sentence, _ context: SentenceContext) -> [Int] {
        var result: [Int] = []
        for mention in context.mentions(in: sentence) where context.families[mention] == .organization || context.families[mention] == .person {
            if let entity = context.mentions[mention].entity, leaders.contains(entity) { continue }
            let tokens = context.mentions[mention].tokens
            if tokens.upperBound < sentence.tokens.upperBound, context.isWord(tokens.upperBound, in: Self.reportingVerbs) {
                result.append(mention)
            } else if tokens.lowerBound >= sentence.tokens.lowerBound + 2,
                      context.isWord(tokens.lowerBound - 1, in: Self.to), context.isWord(tokens.lowerBound - 2, in: Self.according) {
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
            var next = index + 1
            let multiplier = next < sentence.tokens.upperBound ? Self.multipliers[context.hashes.upper[next]] : nil
            if multiplier != nil { next += 1 }
            // What the number counts first: most numbers count nothing, and then need no parsing.
            guard let figure = figure(after: index, from: next, in: sentence, context), figures[figure] == nil,
                  let number = Self.number(at: index, times: multiplier ?? 1, context) else { continue }
            figures[figure] = number
        }
        return figures
    }

    /// What the number at `index` counts: "killed" after "killing", else a figure word (or "on board") within
    /// three words from `next`.
    private func figure(after index: Int, from next: Int, in sentence: Sentence, _ context: SentenceContext) -> String? {
        var before = index - 1
        while before > sentence.tokens.lowerBound, before >= index - 3, context.isWord(before, in: Self.approximations) { before -= 1 }
        if before >= sentence.tokens.lowerBound, context.isWord(before, in: Self.killing) { return "killed" }
        var k = next
        while k < min(sentence.tokens.upperBound, next + 3) {
            if let figure = Self.figureWords[context.hashes.upper[k]] { return figure }
            // "67 people on board" / "67 people aboard"
            if context.isWord(k, in: Self.on), k + 1 < sentence.tokens.upperBound, context.isWord(k + 1, in: Self.board) {
                return "aboard"
            }
            k += 1
        }
        return nil
    }

    /// The number token at `index` without its thousands commas, times `multiplier`: "30000", "2000000", "1.5".
    private static func number(at index: Int, times multiplier: Double, _ context: SentenceContext) -> String? {
        let digits = context.article.cleanText[context.article.tokens[index].range].filter { $0 != UInt8(ascii: ",") }
        guard let value = Double(String(decoding: digits, as: UTF8.self)).map({ $0 * multiplier }) else { return nil }
        return value == value.rounded() ? String(Int(value)) : String(value)
    }
}
