import Foundation
import Testing
import TestSupport
import NewsGraph
@testable import NewsExtraction

/// Typed relations and incidents on an article written with the traps news text sets: negation, hedging,
/// reported speech, two incidents in one paragraph, pronouns and anaphora.
@Suite struct RelationAndIncidentTests {
    static let graph: KnowledgeGraph = {
        var builder = NewsGraphBuilder(ontology: Fixtures.ontology)
        let url = Fixtures.root.appendingPathComponent("Tests/Fixtures/relations/armenia-georgia-talks.txt")
        do { try builder.add(data: Data(contentsOf: url), id: "armenia-georgia-talks.txt") } catch {
            preconditionFailure("\(error)")
        }
        return builder.graph
    }()

    func id(_ raw: String) -> NodeID { NodeID(rawValue: raw) }

    @Test func readsLeadersFromTitles() throws {
        let edge = try #require(Self.graph.edge(id("person/nikol-pashinyan"), "leaderOf", id("country/ARM")))
        #expect(edge.attributes["office"] == "Prime Minister")
        #expect(edge.evidence.contains { $0.rule == "title:Prime Minister" && $0.sentence.contains("Armenian Prime Minister Nikol Pashinyan") })
        #expect(Self.graph.edge(id("person/emmanuel-macron"), "leaderOf", id("country/FRA")) != nil)
    }

    @Test func readsSpokespeopleForOrganizationsAndPeople() {
        #expect(Self.graph.edge(id("person/dmitry-peskov"), "spokespersonFor", id("org/kremlin")) != nil)
        #expect(Self.graph.edge(id("person/nazeli-baghdasaryan"), "spokespersonFor", id("person/nikol-pashinyan")) != nil)
    }

    @Test func readsPositionsFromPossessiveAndApposition() throws {
        let edge = try #require(Self.graph.edge(id("person/ashot-smbatyan"), "holdsPosition", id("country/ARM")))
        #expect(edge.attributes["role"] == "Ambassador")
    }

    @Test func codesInteractionsWithCAMEO() throws {
        let summons = try #require(Self.graph.edges.first { $0.relation == "summoned" })
        #expect(summons.source.rawValue.hasPrefix("org/ministry-of-foreign-affairs-of-georgia"))
        #expect(summons.target == id("person/ashot-smbatyan"))  // "summoned Armenia's ambassador, Ashot Smbatyan"
        #expect(summons.attributes["cameo"] == "040" && summons.attributes["quadClass"] == "1")
        #expect(Self.graph.edge(id("person/nikol-pashinyan"), "met", id("person/mikheil-kavelashvili")) != nil)
    }

    @Test func drawsNoEdgeForNegatedHedgedOrReportedClaims() {
        let relations = Set(Self.graph.edges.map(\.relation))
        #expect(!relations.contains("criticized"))   // "did not criticize"
        #expect(!relations.contains("threatened"))   // "denied that Russia had threatened"
        #expect(!relations.contains("accused"))      // "stopped short of blaming"
        #expect(!relations.contains("supported"))    // "said he had expressed support"
        #expect(!relations.contains("telephoned"))   // "would not say whether the two leaders would speak"
    }

    @Test func makesOneNodePerIncidentWithPlaceFiguresAndParticipants() throws {
        let incidents = Self.graph.nodes.filter { Self.graph.schema.family(of: $0.type) == "Incident" }
        #expect(Set(incidents.map(\.type)) == ["Meeting", "Summons", "Arrest", "Crash"])
        let crash = try #require(incidents.first { $0.type == "Crash" })
        #expect(crash.label == "Crash near Gori")
        #expect(crash.attributes["killed"] == "4" && crash.attributes["aboard"] == "31")
        #expect(crash.mentionCount == 2)  // "crashed" and "The crash"
        #expect(Self.graph.edge(crash.id, "occurredIn", id("city/gori")) != nil)
        let arrest = try #require(incidents.first { $0.type == "Arrest" })
        #expect(Self.graph.edge(arrest.id, "occurredIn", id("city/tbilisi")) != nil)
        let meeting = try #require(incidents.first { $0.type == "Meeting" })
        // Both sides of a meeting take part in it; neither carried it out.
        #expect(Self.graph.edge(meeting.id, "participant", id("person/nikol-pashinyan")) != nil)
        #expect(Self.graph.edge(meeting.id, "participant", id("person/mikheil-kavelashvili")) != nil)
        #expect(Self.graph.edge(meeting.id, "agent", id("person/nikol-pashinyan")) == nil)
    }

    @Test func keepsEvidenceOnEveryEdge() {
        for edge in Self.graph.edges {
            #expect(!edge.evidence.isEmpty, "\(edge.key)")
            #expect(edge.confidence > 0 && edge.confidence <= 1, "\(edge.key)")
        }
    }

    @Test func resolvesDatesAgainstTheArticleDate() {
        var builder = NewsGraphBuilder(ontology: Fixtures.ontology)
        builder.add(text: """
            Updated 10:02 AM GMT, July 1, 2025
            MOSCOW (AP) — Police raided the offices of Meydan TV in Baku on Monday. A plane crashed near Aktau on Dec. 25.
            """, id: "t")
        let incidents = builder.graph.nodes.filter { builder.graph.schema.family(of: $0.type) == "Incident" }
        #expect(incidents.first { $0.type == "Raid" }?.attributes["startDate"] == "2025-06-30")
        #expect(incidents.first { $0.type == "Crash" }?.attributes["startDate"] == "2024-12-25")
    }
}

@Suite struct PossessiveRelationTests {
    @Test func readsMembershipAndNationalityFromPossessives() {
        var builder = NewsGraphBuilder(ontology: Fixtures.ontology)
        builder.add(text: "Britain's Tim Henman lost in Paris. Petrobras's Magda Chambriard spoke next.", id: "t")
        let graph = builder.graph
        #expect(graph.edge(NodeID(rawValue: "person/tim-henman"), "nationality", NodeID(rawValue: "country/GBR")) != nil)
        #expect(graph.edges.contains { $0.relation == "worksFor" && $0.source.rawValue == "person/magda-chambriard" })
    }
}

/// Incidents on short texts: which class, which sides and which place a sentence gives them.
@Suite struct IncidentReadingTests {
    /// The incident nodes of `text`, read by rules alone.
    func incidents(_ text: String) -> (graph: KnowledgeGraph, nodes: [Node]) {
        var builder = NewsGraphBuilder(ontology: Fixtures.ontology)
        builder.add(text: text, id: "t")
        let graph = builder.graph
        return (graph, graph.nodes.filter { graph.schema.family(of: $0.type) == "Incident" })
    }

    func id(_ raw: String) -> NodeID { NodeID(rawValue: raw) }

    @Test func tellsAMissileLaunchFromAnAttackAndFromOtherLaunches() throws {
        let launch = incidents("North Korea fired a ballistic missile toward the sea on Wednesday.")
        let test = try #require(launch.nodes.first)
        #expect(launch.nodes.map(\.type) == ["MissileLaunch"])
        #expect(launch.graph.edge(test.id, "agent", id("country/PRK")) != nil)

        let attack = incidents("Russia launched missiles at Kyiv overnight.")
        let strike = try #require(attack.nodes.first)
        #expect(attack.nodes.map(\.type) == ["Attack"])
        #expect(attack.graph.edge(strike.id, "agent", id("country/RUS")) != nil)
        #expect(attack.graph.edge(strike.id, "occurredIn", id("city/kyiv")) != nil)

        #expect(incidents("Prosecutors in Paris launched an investigation into the company and fired its auditor.").nodes.isEmpty)
    }

    @Test func namesTheSidesOfAWarAndNotAPlaceOfAnotherClause() throws {
        let war = incidents("Analysts in Seoul say North Korea is helping Russia's war against Ukraine.")
        let node = try #require(war.nodes.first)
        #expect(node.label == "Russia–Ukraine war")
        #expect(war.graph.edge(node.id, "participant", id("country/RUS")) != nil)
        #expect(war.graph.edge(node.id, "participant", id("country/UKR")) != nil)
        #expect(war.graph.edge(node.id, "occurredIn", id("city/seoul")) == nil)
        // "The war between A and B": both sides after "between", past a people's name.
        let between = incidents("The war between the Sudanese army and the Rapid Support Forces erupted in April 2023.")
        let sides = try #require(between.nodes.first { $0.type == "War" }, "\(between.nodes.map(\.label))")
        #expect(sides.label.hasPrefix("Army of Sudan–Rapid Support Forces war"), "\(sides.label)")
    }

    @Test func readsNoIncidentInARehearsalOrAThreat() {
        #expect(incidents("Pyongyang calls the drills rehearsals for an invasion. Officials warned of an attack in Seoul.").nodes.isEmpty)
    }

    @Test func placesAnIncidentWithTheLastPrepositionBeforeThePlace() throws {
        let meeting = incidents("Javier Milei and Luiz Inácio Lula da Silva met at a summit in Buenos Aires on Friday.")
        #expect(try #require(meeting.nodes.first { $0.type == "Meeting" }).label.hasSuffix("in Buenos Aires"))
        let protests = incidents("The mayor was jailed pending trial as protests spread across Turkey.")
        #expect(protests.nodes.map(\.type) == ["Protest"])
    }

    /// A call or a meeting that says how the clause's subject did something ("discussed … in a phone call") has the subject
    /// as its sides, past a people's name in the second one's title.
    @Test func takesTheSubjectOfACallTheClauseToldAsItsSides() throws {
        let call = incidents("Turkish President Recep Tayyip Erdogan and Russian President Vladimir Putin discussed the grain corridor in a phone call on Tuesday.")
        let node = try #require(call.nodes.first { $0.type == "PhoneCall" }, "\(call.nodes.map(\.label))")
        #expect(call.graph.edge(node.id, "participant", id("person/vladimir-putin")) != nil, "\(node.label)")
        #expect(node.label.contains("–"), "\(node.label)")
    }

    /// A weapon that struck, hit or pounded a place is an attack there; a deal struck or a quake that hit is none.
    @Test func readsAWeaponThatStruckAPlaceAsAnAttackThere() throws {
        for (text, place) in [("Russian drones struck the city of Kharkiv overnight, killing seven people.", "Kharkiv"),
                              ("Israeli airstrikes pounded Gaza City overnight, killing 20 people.", "Gaza City")] {
            let attack = try #require(incidents(text).nodes.first { $0.type == "Attack" }, "\(text)")
            #expect(attack.label == "Attack in " + place, "\(attack.label)")
        }
        #expect(!incidents("The two sides struck a deal in Geneva.").nodes.contains { $0.type == "Attack" })
        #expect(!incidents("Inflation hit a record in Argentina.").nodes.contains { $0.type == "Attack" })
        // A stoppage of work that hit production is no attack either.
        #expect(!incidents("Union leaders said the strike hit production in Detroit.").nodes.contains { $0.type == "Attack" })
    }

    /// "Was also detained" is passive: its subject was arrested. The subject of a relative clause ("Kim, who is accused …")
    /// is no subject of a verb after ", and" ("…, and police raided the office").
    @Test func readsPassivesWithAdverbsAndClausesAfterARelativeOne() throws {
        let detained = incidents("The head of the National Police Agency, Cho Ji-ho, was also detained in Seoul.")
        let arrest = try #require(detained.nodes.first { $0.type == "Arrest" })
        #expect(detained.graph.edges.contains { $0.source == arrest.id && $0.relation == "victim" }, "\(arrest.label)")
        #expect(!detained.graph.edges.contains { $0.source == arrest.id && $0.relation == "agent" }, "\(arrest.label)")
        let raided = incidents("Prosecutors arrested former Defense Minister Kim Yong-hyun, who is accused of recommending the decree, "
            + "and police raided the presidential office in Seoul on Wednesday.")
        let raid = try #require(raided.nodes.first { $0.type == "Raid" })
        #expect(!raided.graph.edges.contains { $0.source == raid.id && $0.relation == "agent" }, "\(raid.label)")
    }

    /// A title before a name and the country or body after "of" make the relation ("Prime Minister Ralph Gonsalves of St.
    /// Vincent and the Grenadines"); the person, not the country, is the subject of the verb after them.
    @Test func readsTheOwnerOfATitleAfterTheName() throws {
        let text = "Prime Minister Jomo Mbeki of Kenya met the delegation in Nairobi. Acting President Choi Sang-mok declared "
            + "mourning in South Korea. Director Jane Roe of the National Cancer Institute said the trial failed."
        let result = incidents(text)
        let graph = result.graph
        let mbeki = try #require(graph.nodes.first { $0.label == "Jomo Mbeki" })
        let roe = try #require(graph.nodes.first { $0.label == "Jane Roe" })
        #expect(graph.edge(mbeki.id, "leaderOf", id("country/KEN")) != nil)
        #expect(graph.edges.contains { $0.source == roe.id && $0.relation == "holdsPosition" })
        let meeting = try #require(result.nodes.first { $0.type == "Meeting" })
        #expect(graph.edge(meeting.id, "participant", mbeki.id) != nil, "\(meeting.label)")
        #expect(graph.edge(meeting.id, "participant", id("country/KEN")) == nil, "\(meeting.label)")
    }

    /// An incident told in a "when" clause after a year is of that year: "since 2012, when a cargo plane overshot the runway".
    @Test func datesAnIncidentOfAWhenClauseByItsYear() throws {
        let text = "A Ghana Air Force helicopter crashed near Obuasi on Wednesday, killing eight people. It was the deadliest air "
            + "accident in Ghana since 2012, when a cargo plane of Allied Air overshot the runway in Accra."
        let crashes = incidents(text).nodes.filter { $0.type == "Crash" }
        #expect(crashes.count == 2, "\(crashes.map(\.label))")
        #expect(crashes.contains { $0.label.hasSuffix(", 2012") }, "\(crashes.map(\.label))")
    }

    /// A referendum that a country's voters held is in their country, not in the dateline's.
    @Test func placesAVoteInTheCountryOfItsVoters() throws {
        let result = incidents("KINGSTOWN, St. Vincent (AP) — Venezuelan voters approved a referendum on the Essequibo region on Sunday.")
        let vote = try #require(result.nodes.first { $0.type == "Election" })
        #expect(result.graph.edge(vote.id, "occurredIn", id("country/VEN")) != nil, "\(vote.label)")
    }

    /// The subject of a clause that tells where in a meeting it was ("at the start of the talks", "on the sidelines of a
    /// summit") took part in it.
    @Test func readsTheSidesOfAMeetingTheyWereAtThePartOf() throws {
        for text in ["Nicolas Maduro and Irfaan Ali shook hands at the start of the talks in Argys Vale.",
                     "Nicolas Maduro and Irfaan Ali spoke briefly on the sidelines of a summit in Brasilia."] {
            let result = incidents(text)
            let meeting = try #require(result.nodes.first { $0.type == "Meeting" }, "\(text)")
            #expect(result.graph.edges.filter { $0.source == meeting.id && $0.relation == "participant" }.count == 2, "\(meeting.label)")
        }
    }

    /// A talk by phone is a call between the speaker and the one spoken with or to, wherever "by phone" stands, and the
    /// speaker telephoned the other; a talk by video link is none.
    @Test func readsTalksByPhoneAsCallsBetweenBothSides() throws {
        for text in ["Antony Blinken spoke with Mohamed Bazoum by phone on Thursday.",
                     "Antony Blinken spoke by phone with Mohamed Bazoum on Thursday.",
                     "Antony Blinken spoke on the phone with Mohamed Bazoum on Thursday.",
                     "Antony Blinken, who arrived in Niamey in March, spoke to Mohamed Bazoum by phone on Thursday."] {
            let result = incidents(text)
            let call = try #require(result.nodes.first { $0.type == "PhoneCall" }, "\(text)")
            #expect(call.label.hasPrefix("Antony Blinken–Mohamed Bazoum phone call"), "\(call.label)")
            #expect(result.graph.edge(id("person/antony-blinken"), "telephoned", id("person/mohamed-bazoum")) != nil, "\(text)")
        }
        for text in ["Volodymyr Zelenskyy spoke by video to the European Parliament on Tuesday.",
                     "Emmanuel Macron talked about the phone ban in schools with Friedrich Merz."] {
            let result = incidents(text)
            #expect(result.nodes.isEmpty && !result.graph.edges.contains { $0.relation == "telephoned" }, "\(text)")
        }
    }

    /// "spoke with U.S. President Donald Trump": the side is the person the country's name introduces; a hedge inside a
    /// relative clause ("who is due in Beijing next month") does not reach the verb after it.
    @Test func takesThePersonATitleIntroducesAndNoHedgeOfARelativeClause() throws {
        let titled = incidents("Sanae Takaichi spoke by phone with U.S. President Donald Trump on Monday.")
        let call = try #require(titled.nodes.first { $0.type == "PhoneCall" })
        #expect(call.label.hasPrefix("Sanae Takaichi–Donald Trump"), "\(call.label)")
        #expect(titled.graph.edge(id("person/sanae-takaichi"), "telephoned", id("person/donald-trump")) != nil)
        let clause = incidents("""
            President Luiz Inácio Lula da Silva, who is due to travel to Beijing next month, spoke with Xi Jinping by phone on \
            Wednesday.
            """)
        #expect(clause.nodes.contains { $0.type == "PhoneCall" }, "\(clause.nodes.map(\.label))")
    }

    /// Shelling, bombarding, ambushing and ramming are attacks.
    @Test func readsShellingAndAmbushesAsAttacks() {
        for text in ["Paramilitary fighters shelled a displacement camp outside El Fasher on Friday, killing at least 40 people.",
                     "Insurgents ambushed a military convoy in Borno state on Tuesday, killing 12 soldiers.",
                     "A coast guard ship rammed a supply boat near Scarborough Shoal on Saturday, injuring three sailors."] {
            #expect(incidents(text).nodes.map(\.type) == ["Attack"], "\(text)")
        }
        let agent = incidents("The Rapid Support Forces shelled a camp outside El Fasher on Friday.")
        #expect(agent.graph.edges.contains { $0.relation == "agent" && $0.target.rawValue.hasSuffix("rapid-support-forces") },
                "\(agent.nodes.map(\.label))")
        // Gunmen loyal to a leader are not the leader.
        let loyalists = incidents("The violence began when gunmen loyal to Bashar al-Assad ambushed security forces near Jableh.")
        #expect(!loyalists.graph.edges.contains { $0.relation == "agent" }, "\(loyalists.nodes.map(\.label))")
    }

    /// A host of an organization hosted its meeting and met no one by it; a host of a person met that person.
    @Test func meetsTheGuestAndNotTheOrganizationAHostHosted() {
        let graph = incidents("""
            Luiz Inácio Lula da Silva, who hosted the G20 in Rio de Janeiro last year, praised the talks. Xi Jinping hosted \
            Vladimir Putin in Beijing on Friday.
            """).graph
        let met = graph.edges.filter { $0.relation == "met" }.map { "\($0.source.rawValue) \($0.target.rawValue)" }
        #expect(met == ["person/vladimir-putin person/xi-jinping"], "\(met)")
    }

    /// An arrest is of people or groups: "arrested 12 Indian nationals" did not arrest India.
    @Test func drawsNoArrestOfAPeoplesCountry() {
        let graph = incidents("The Sri Lanka Navy arrested 12 Indian nationals on Sunday.").graph
        #expect(!graph.edges.contains { $0.relation == "arrested" }, "\(graph.edges.map(\.relation))")
    }

    /// Soldiers who overthrew a president staged a coup against him.
    @Test func readsAnOverthrowAsACoupAgainstTheOverthrown() throws {
        let result = incidents("Soldiers in Niger said on Wednesday that they had overthrown President Mohamed Bazoum.")
        let coup = try #require(result.nodes.first { $0.type == "Coup" })
        #expect(result.graph.edges.contains { $0.source == coup.id && $0.relation == "target" }, "\(coup.label)")
    }

    /// A clause that a pronoun opens after a verb of speech has the speaker as its subject: "Boeing said it would appeal the
    /// ruling to the General Court and accused Airbus" is Boeing's accusation, not the court's.
    @Test func readsTheSpeakerAsTheSubjectOfAPronounsClause() throws {
        let graph = incidents("Boeing said it would appeal the ruling to the General Court in Luxembourg and accused Airbus of bad faith.").graph
        let accusations = graph.edges.filter { $0.relation == "accused" }
        let labels = accusations.map { "\(graph[$0.source]?.label ?? "?") → \(graph[$0.target]?.label ?? "?")" }
        #expect(labels == ["Boeing → Airbus"], "\(labels)")
    }

    /// "The Israeli military said its warplanes struck weapons depots near Damascus": the speaker attacked.
    @Test func readsTheSpeakerWhoseArmsStruckAsTheAttacker() throws {
        let result = incidents("The Israeli military said its warplanes struck weapons depots near Damascus on Monday.")
        let attack = try #require(result.nodes.first { $0.type == "Attack" })
        #expect(result.graph.edges.contains { $0.source == attack.id && $0.relation == "agent" }, "\(attack.label)")
    }

    /// A vehicle that left its way is a crash without the word "crash"; "slid" or "overran" about no vehicle is none, and
    /// "air disaster" names no crash of its own.
    @Test func readsAVehicleThatLeftTheRunwayAsACrash() throws {
        let text = "A Jeju Air passenger jet slid off the runway at Muan International Airport on Sunday and burst into flames. "
            + "It was the deadliest air disaster in the country."
        let crash = try #require(incidents(text).nodes.first { $0.type == "Crash" })
        #expect(crash.label == "Jeju Air crash at Muan International Airport", "\(crash.label)")
        for other in ["Rebels overran the town of Sake in eastern Congo on Sunday.",
                      "Shares of Samsung slid off their highs in Seoul on Monday.",
                      "The crowd burst into applause in Nairobi."] {
            #expect(!incidents(other).nodes.contains { $0.type == "Crash" }, "\(other)")
        }
    }

    /// "Held talks" has its subject as its sides; talks offered, proposed or called for were not held.
    @Test func readsTalksHeldAndNoTalksOffered() throws {
        let held = incidents("Russia and Ukraine held talks in Istanbul on Friday.")
        let node = try #require(held.nodes.first { $0.type == "Meeting" }, "\(held.nodes.map(\.label))")
        #expect(held.graph.edge(node.id, "participant", id("country/UKR")) != nil, "\(node.label)")
        for text in ["Erdogan told Putin that Turkey was ready to host new talks between Russia and Ukraine in Istanbul.",
                     "Erdogan offered to host a summit between Putin and Zelenskyy in Ankara.",
                     "Foreign Minister Manouchehr Mottaki was to hold talks with Saudi officials in Jeddah on Wednesday."] {
            #expect(!incidents(text).nodes.contains { $0.type == "Meeting" }, "\(text)")
        }
    }

    /// A title after a comma that comes before another person's name is that person's: a list of leaders makes no
    /// apposition ("Keir Starmer, French President Emmanuel Macron").
    @Test func readsNoAppositionInAListOfTitledLeaders() {
        let text = "European leaders, including British Prime Minister Keir Starmer, French President Emmanuel Macron and German Chancellor Friedrich Merz, were invited."
        let graph = incidents(text).graph
        #expect(graph.edge(id("person/keir-starmer"), "leaderOf", id("country/FRA")) == nil)
        #expect(graph.edge(id("person/emmanuel-macron"), "leaderOf", id("country/FRA")) != nil)
    }

    /// A verb's object is in its own clause: "welcomed the offer but said Kyiv would not accept" praises no Kyiv.
    @Test func readsNoObjectOfAVerbInTheNextClause() {
        let text = "Ukrainian Foreign Minister Andrii Sybiha welcomed the offer but said Kyiv would not accept a ceasefire."
        #expect(!incidents(text).graph.edges.contains { $0.relation == "praised" })
    }

    /// A rally is a demonstration, but not a market's, a campaign's or one a speaker addresses.
    @Test func readsARallyAsAProtestOnlyWhenItIsADemonstration() {
        #expect(incidents("Thousands of supporters held a rally outside parliament in Chisinau on Monday.").nodes.map(\.type) == ["Protest"])
        for text in ["Oil prices extended a rally in London on Tuesday.", "There was a rally in stocks in Tokyo.",
                     "President William Ruto, speaking at a rally in Eldoret, blamed officials.", "Biya held a campaign rally in Maroua."] {
            #expect(incidents(text).nodes.isEmpty, "\(text)")
        }
    }

    @Test func takesNoCountryWhereAMeetingWasHeldForASideOfIt() throws {
        for text in ["Leaders of the G7 met in Canada on Monday.", "NATO foreign ministers met in the United States on Monday."] {
            let meeting = incidents(text)
            let node = try #require(meeting.nodes.first { $0.type == "Meeting" }, "\(text)")
            #expect(!node.label.contains("–"), "\(node.label)")
            #expect(node.label.hasSuffix("meeting in Canada") || node.label.hasSuffix("meeting in United States"), "\(node.label)")
        }
    }

    @Test func readsADisasterByItsNameAndItsDeadAsItsToll() throws {
        let storm = incidents("Typhoon Yagi hit northern Vietnam on Saturday. The storm killed at least 59 people.")
        let node = try #require(storm.nodes.first)
        #expect(storm.nodes.count == 1, "\(storm.nodes.map(\.label))")
        #expect(node.type == "Disaster" && node.label == "Typhoon Yagi")
        #expect(node.attributes["killed"] == "59")
        // The same storm in another article is the same node, wherever it struck.
        #expect(node.id == id("incident/disaster-typhoon-yagi"))
        // A landslide win is no disaster.
        #expect(incidents("Gonzalez won by a landslide, the opposition said.").nodes.isEmpty)
    }

    /// A count, a superlative or a word that ranks an event among others is no kind of incident, nor is a verb of the
    /// clause: "five presidential elections" labels no "Five … election", "the largest protests" no "Largest protests".
    @Test func labelsAnIncidentOnlyWithWordsThatSayWhatKindItIs() throws {
        let labels = [
            "Raila Odinga ran in five presidential elections in Kenya and lost each one.",
            "The largest protests in Sofia since 1997 drew crowds on Monday.",
            "An earlier outbreak in Siliguri killed 45 people, officials said.",
            "The president rules out new elections in Georgia, his office said.",
            "Police used lethal force against demonstrators in Dhaka in July.",
        ].flatMap { incidents($0).nodes.map(\.label) }
        #expect(labels == ["Presidential election in Kenya", "Protests in Sofia", "Outbreak in Siliguri", "Election in Georgia",
                           "Protests in Dhaka"], "\(labels)")
    }

    /// Seats won tell an election; seats held or sat in do not, nor does an election commissioner's title or an election's
    /// landslide.
    @Test func readsSeatsWonAsAnElection() {
        let won = incidents("""
            PATNA: The ruling National Democratic Alliance won 202 of the 243 seats in the Bihar assembly, final results \
            showed on Saturday, as counting put the alliance on course for a landslide.
            """)
        #expect(won.nodes.map(\.type) == ["Election"], "\(won.nodes.map(\.label))")
        for text in ["The party holds 40 seats in the chamber, officials in Patna said.",
                     "PATNA, India (AP) — Chief Election Commissioner Gyanesh Kumar called the polls peaceful on Monday.",
                     "Fans filled 40,000 seats at the stadium in Patna on Sunday."] {
            #expect(incidents(text).nodes.isEmpty, "\(text): \(incidents(text).nodes.map(\.label))")
        }
    }

    /// A trigger of two words that ends in a word for the event names it whole: "Presidential vote in Romania".
    @Test func labelsAnElectionByItsVoteAlone() {
        let vote = incidents("Romanians cast ballots in a presidential vote in Romania on Sunday.")
        #expect(vote.nodes.map(\.label) == ["Presidential vote in Romania"])
        // A day before the verb is no kind of election.
        let elected = incidents("TOKYO (AP) — Japan's governing party on Saturday elected Sanae Takaichi as its leader.")
        #expect(elected.nodes.map(\.label) == ["Election in Japan"], "\(elected.nodes.map(\.label))")
    }

    /// An incident's label names its place once: an agent that is the place is not repeated after a preposition.
    @Test func namesTheAgentThatIsThePlaceOnce() {
        #expect(IncidentExtractor.label("Trial", agent: "Bangladesh", target: nil, modifier: nil, place: "Bangladesh",
                                        preposition: "in") == "Bangladesh trial")
        #expect(IncidentExtractor.label("Raid", agent: "Police", target: nil, modifier: nil, place: "Lagos",
                                        preposition: "in") == "Police raid in Lagos")
    }

    /// Who says an incident happened reports it; a head of state or government who speaks of it reacts to it.
    @Test func takesNoHeadOfStateForAReporterOfAnIncident() throws {
        let arrests = incidents("""
            Police arrested 12 protesters in Chisinau on Sunday, Moldova's Interior Ministry said. President Maia Sandu said the arrests \
            in Chisinau were lawful.
            """)
        let node = try #require(arrests.nodes.first { $0.type == "Arrest" })
        let reporters = arrests.graph.unorderedEdges.filter { $0.source == node.id && $0.relation == "reportedBy" }.map(\.target)
        #expect(!reporters.isEmpty && !reporters.contains(id("person/maia-sandu")), "\(reporters)")
    }

    /// Two articles' killings with neither place nor victim are two events; a call between the same two leaders
    /// read in two articles is one.
    @Test func keepsTheEventsOfTwoArticlesApartWhenTheirLabelNamesNoOne() {
        var builder = NewsGraphBuilder(ontology: Fixtures.ontology)
        builder.add(text: "Taliban militants killed three policemen on Monday, officials said.", id: "a")
        builder.add(text: "Hamas fighters killed two soldiers on Tuesday, the army said.", id: "b")
        builder.add(text: "Vladimir Putin spoke with Ilham Aliyev by phone on Monday.", id: "c")
        builder.add(text: "Vladimir Putin spoke with Ilham Aliyev by phone on Monday, the Kremlin said.", id: "d")
        let graph = builder.graph
        let labels = graph.nodes.filter { graph.schema.family(of: $0.type) == "Incident" }.map(\.label).sorted()
        #expect(labels == ["Killings", "Killings", "Vladimir Putin–Ilham Aliyev phone call"], "\(labels)")
    }

    /// A visit is to the place or the person visited.
    @Test func labelsAVisitWithWhatItIsTo() throws {
        #expect(incidents("Indian Home Minister Amit Shah visited Bhutan on Friday.").nodes.map(\.label) == ["Amit Shah visit to Bhutan"])
    }

    @Test func readsABlackoutAsAnOutageOfTheWholeCountryWhenItIsNationwide() throws {
        let blackout = incidents("Crowds gathered in the streets during a nationwide power outage in Barcelona, Spain, on Monday.")
        let node = try #require(blackout.nodes.first)
        #expect(blackout.nodes.count == 1, "\(blackout.nodes.map(\.label))")
        #expect(node.type == "Outage" && node.label == "Power outage in Spain")
        #expect(blackout.graph.edge(node.id, "occurredIn", id("country/ESP")) != nil)
        // Without "nationwide", the city's own blackout stays in the city.
        let local = incidents("A blackout in Barcelona stranded commuters on Monday after a fire at a substation.")
        #expect(local.nodes.map(\.label) == ["Blackout in Barcelona"])
    }

    @Test func readsABlastAsAnAttackWithItsToll() throws {
        let blast = incidents("A car explosion killed 13 people near the Red Fort in New Delhi on Monday.")
        #expect(blast.nodes.map(\.type) == ["Attack"], "\(blast.nodes.map(\.label))")
        #expect(blast.nodes.first?.attributes["killed"] == "13")
        // A source is no subject: "According to the Red Cross, gunmen killed …" names no killer.
        let sourced = incidents("According to the Red Cross, gunmen killed 13 people in Kabul on Monday.")
        #expect(!sourced.nodes.contains { node in sourced.graph.edges.contains { $0.source == node.id && $0.relation == "agent" } },
                "\(sourced.nodes.map(\.label))")
        let bomber = incidents("A suicide bomber blew himself up outside a court in Islamabad on Tuesday.")
        #expect(bomber.nodes.map(\.type) == ["Attack"], "\(bomber.nodes.map(\.label))")
        let collision = incidents("An American Airlines jet collided with a helicopter over the Potomac River in January.")
        #expect(collision.nodes.map(\.type) == ["Crash"], "\(collision.nodes.map(\.label))")
    }

    @Test func datesASentenceThatOpensWithAnotherYearAndEndsAnObjectAtAClause() throws {
        let arrests = incidents("""
            Police arrested 14 soldiers in Cotonou on Monday. In September 2024 police arrested Olivier Boko in Cotonou.
            """)
        #expect(arrests.nodes.count == 2, "\(arrests.nodes.map(\.label))")
        #expect(arrests.nodes.contains { $0.label.hasSuffix("September 2024") }, "\(arrests.nodes.map(\.label))")
        // "as" opens another clause: the bloc is no one arrested.
        let headline = incidents("Fourteen people arrested in Cotonou as ECOWAS orders its standby force to deploy.")
        let node = try #require(headline.nodes.first)
        #expect(headline.graph.edge(node.id, "victim", id("org/economic-community-of-west-african-states")) == nil)
        #expect(!node.label.contains("ECOWAS") && !node.label.contains("Economic Community"), "\(node.label)")
    }

    @Test func keepsAnEventOfAYearNamedInItsClauseApartAndNoSpeakersPlace() throws {
        let outbreaks = incidents("""
            Congo declared an Ebola outbreak in Kasai province on Thursday. Muyembe, who in 1976 took samples from the \
            outbreak in Kinshasa, led the team. Kaseya said at a briefing in Addis Ababa that the outbreak could be contained.
            """)
        #expect(outbreaks.nodes.count == 2, "\(outbreaks.nodes.map(\.label))")
        let old = try #require(outbreaks.nodes.first { $0.label.hasSuffix(", 1976") })
        #expect(old.label == "Outbreak in Kinshasa, 1976")
        let now = try #require(outbreaks.nodes.first { $0.id != old.id })
        #expect(!now.label.contains("Addis Ababa"), "\(now.label)")
    }

    @Test func readsNoElectionThatIsDueOrInElectedOfficials() throws {
        #expect(incidents("The presidential election in Benin is due in April.").nodes.isEmpty)
        #expect(incidents("The party lacked enough sponsorships from elected officials in Benin.").nodes.isEmpty)
        // A title in the singular is what someone was elected.
        #expect(incidents("Patrice Talon was elected president of Benin in 2016.").nodes.map(\.type) == ["Election"])
    }

    @Test func keepsAnEventOfAnotherYearApart() throws {
        let crashes = incidents("""
            The cargo plane crashed after takeoff from Louisville on Tuesday, killing at least 13 people. Experts recalled \
            the 1979 crash of American Airlines Flight 191 at O'Hare International Airport in Chicago.
            """)
        #expect(crashes.nodes.count == 2, "\(crashes.nodes.map(\.label))")
        let now = try #require(crashes.nodes.first { $0.label == "Crash near Louisville" })
        #expect(crashes.graph.edge(now.id, "occurredIn", id("city/louisville")) != nil)
        #expect(now.attributes["killed"] == "13")
        let then = try #require(crashes.nodes.first { $0.label.hasSuffix(", 1979") })
        #expect(crashes.graph.edge(then.id, "operator", id("org/american-airlines")) != nil)
        #expect(crashes.graph.edge(then.id, "occurredIn", id("city/louisville")) == nil)
    }

    @Test func tellsAStoppageOfWorkFromAMilitaryStrike() throws {
        let strikes = incidents("Unions staged a general strike in Buenos Aires on Thursday. An Israeli air strike hit a building in Beirut.")
        #expect(Set(strikes.nodes.map(\.label)) == ["General strike in Buenos Aires", "Attack in Beirut"])
        #expect(strikes.nodes.first { $0.label.hasPrefix("General") }?.type == "Protest")
    }

    @Test func readsAStrikeToldByHowLongItLastedAsAStoppageOfWork() throws {
        let strike = incidents("Machinists in Seattle ended a seven-week strike that halted production on Monday.")
        #expect(strike.nodes.map(\.type) == ["Protest"], "\(strike.nodes.map(\.label))")
    }

    @Test func readsAFireAsADisasterButNotAWeaponsFireOrAFireDepartment() throws {
        let fire = incidents("A fire at a nightclub in Skopje killed 12 people on Sunday, the fire department said.")
        #expect(fire.nodes.map(\.type) == ["Disaster"], "\(fire.nodes.map(\.label))")
        #expect(fire.nodes.first?.label.hasPrefix("Fire") == true, "\(fire.nodes.map(\.label))")
        let shots = incidents("Police fire at protesters in Nairobi. The fire department sent two trucks to Mombasa.")
        #expect(!shots.nodes.contains { $0.type == "Disaster" }, "\(shots.nodes.map(\.label))")
        // A fire that breaks out in a crash is the crash's.
        let crash = incidents("A cargo plane crashed on takeoff in Louisville on Tuesday. A fire broke out on its left wing.")
        #expect(crash.nodes.map(\.type) == ["Crash"], "\(crash.nodes.map(\.label))")
    }

    @Test func readsAbductionsAndProtestsButNotADiplomaticProtest() throws {
        let abduction = incidents("Armed men kidnapped 25 schoolgirls from a school in Maga on Monday.")
        #expect(abduction.nodes.map(\.type) == ["Attack"], "\(abduction.nodes.map(\.label))")
        let protest = incidents("Thousands joined a protest outside parliament in Sofia on Monday.")
        #expect(protest.nodes.map(\.type) == ["Protest"], "\(protest.nodes.map(\.label))")
        let note = incidents("Japan lodged a protest with North Korea through its embassy in Beijing.")
        #expect(note.nodes.isEmpty, "\(note.nodes.map(\.label))")
        let verb = incidents("Tokyo said it would protest the remarks made by a lawmaker in Seoul.")
        #expect(verb.nodes.isEmpty, "\(verb.nodes.map(\.label))")
    }

    @Test func readsAKillingToldWithItsGunmenAsTheKilling() throws {
        let killing = incidents("Gunmen shot dead the lawyer Elvino Dias in Maputo on Saturday.")
        #expect(killing.nodes.map(\.type) == ["Killing"], "\(killing.nodes.map(\.label))")
    }

    @Test func readsALandslideVictoryOrAReElectionAsAnElection() throws {
        let landslide = incidents("The Labour Party won a landslide victory in New Zealand on Saturday.")
        #expect(landslide.nodes.map(\.type) == ["Election"], "\(landslide.nodes.map(\.label))")
        let reElected = incidents("President Adaeze Okafor was re-elected in Nigeria on Sunday.")
        #expect(reElected.nodes.map(\.type) == ["Election"], "\(reElected.nodes.map(\.label))")
        let disaster = incidents("Hundreds may lie under the Papua New Guinea landslide, officials said.")
        #expect(!disaster.nodes.contains { $0.type == "Election" }, "\(disaster.nodes.map(\.label))")
    }

    @Test func readsBothSidesOfACallFromASubjectOfTwo() throws {
        for text in ["President Sadyr Japarov and his Tajik counterpart, Emomali Rahmon, spoke by telephone on Tuesday.",
                     "President Sadyr Japarov and President Emomali Rahmon spoke by phone on Tuesday."] {
            let call = incidents(text)
            let node = try #require(call.nodes.first { $0.type == "PhoneCall" }, "\(text)")
            #expect(node.label == "Sadyr Japarov–Emomali Rahmon phone call")
            #expect(call.graph.edge(node.id, "participant", id("person/sadyr-japarov")) != nil)
            #expect(call.graph.edge(node.id, "participant", id("person/emomali-rahmon")) != nil)
        }
    }

    @Test func readsStormingsAndTalks() throws {
        let storming = incidents("Protesters stormed the Federal Parliament in Kathmandu on Tuesday.")
        let attack = try #require(storming.nodes.first { $0.type == "Attack" })
        #expect(storming.graph.edge(attack.id, "occurredIn", id("city/kathmandu")) != nil)
        let talks = incidents("Treasury Secretary Scott Bessent held trade talks with Chinese Vice Premier Li Qiang in Geneva on Saturday.")
        let meeting = try #require(talks.nodes.first { $0.type == "Meeting" })
        #expect(talks.graph.edge(meeting.id, "participant", id("person/li-qiang")) != nil)
    }

    @Test func readsTheElectedAndTheSentenced() throws {
        let vote = incidents("DUBLIN (AP) — Catherine Connolly was elected president of Ireland on Saturday.")
        let election = try #require(vote.nodes.first)
        #expect(election.type == "Election")
        #expect(vote.graph.edge(election.id, "participant", id("person/catherine-connolly")) != nil)
        #expect(vote.graph.edge(election.id, "occurredIn", id("country/IRL")) != nil)
        let verdict = incidents("A court in Istanbul sentenced Ekrem Imamoglu to two years in prison.")
        let trial = try #require(verdict.nodes.first)
        #expect(trial.type == "Trial")
        #expect(verdict.graph.edge(trial.id, "participant", id("person/ekrem-imamoglu")) != nil)
    }

    @Test func readsACoupButNotOneCalledSoOrPlotted() throws {
        let coups = incidents("""
            BANGKOK (AP) — Thaksin Shinawatra was ousted in a 2006 military coup. His opponents called the ruling a coup. \
            Moraes oversees an inquiry into an alleged coup plot. Min Aung Hlaing seized power in a coup in February 2021.
            """)
        #expect(coups.nodes.map(\.type) == ["Coup", "Coup"], "\(coups.nodes.map(\.label))")
        let thai = try #require(coups.nodes.first { $0.label.hasSuffix("2006") })
        #expect(coups.graph.edge(thai.id, "occurredIn", id("country/THA")) != nil)
        let myanmar = try #require(coups.nodes.first { $0.id != thai.id })
        #expect(coups.graph.edge(myanmar.id, "agent", id("person/min-aung-hlaing")) != nil)
    }

    @Test func readsNoIncidentInQuotationsOrInAnElectionToCome() {
        #expect(incidents(#"Samson Itodo called the violence in Lagos "an attack on the right to vote.""#).nodes.isEmpty)
        #expect(incidents("President Aleksandar Vucic said he would call an early election.").nodes.isEmpty)
        #expect(incidents("The Louvre, home of the Mona Lisa and the most visited museum in the world, reopened.").nodes.isEmpty)
        #expect(incidents("Pashinyan has promised a referendum. The opposition called for protests in Yerevan.").nodes.isEmpty)
    }

    /// Another name between commas is no clause of its own: the place after it is still the event's. A train that
    /// derailed crashed. An election next month is to come; a relative clause's verb is no part of an election's label.
    @Test func readsPastAnotherNameDerailmentsAndElectionsNextMonth() throws {
        let storm = incidents("The number of people killed by Typhoon Kalmaegi, known locally as Tino, rose past 180, most of them in Cebu.")
        #expect(storm.graph.unorderedEdges.contains { $0.relation == "occurredIn" && storm.graph[$0.target]?.label == "Cebu" },
                "\(storm.graph.edges.map { ($0.relation, $0.target) })")
        #expect(incidents("A passenger train derailed near Hamburg on Monday, police said.").nodes.contains { $0.type == "Crash" })
        #expect(incidents("LISBON, Portugal (AP) — Moedas, who faces municipal elections next month, said he would stay.").nodes.isEmpty)
        let vote = incidents("The mayor, who won municipal elections in Lisbon in 2021, said he would not resign.")
        #expect(!vote.nodes.contains { $0.label.lowercased().contains("won") }, "\(vote.nodes.map(\.label))")
    }

    @Test func placesAnElectionInTheCountryOfTheDateline() throws {
        let vote = incidents("CHISINAU, Moldova (AP) — The governing party held on to its majority in Sunday's election, results showed Monday.")
        let node = try #require(vote.nodes.first)
        #expect(vote.graph.edge(node.id, "occurredIn", id("country/MDA")) != nil)
        // Filed from a neighbour: the story's country is the one it names, not the dateline's.
        let protests = incidents("""
            DUBAI, United Arab Emirates (AP) — Iran detained dozens of people on Monday. Khamenei has called the 2022 \
            protests riots stirred up by Iran's foes.
            """)
        let protest = try #require(protests.nodes.first { $0.type == "Protest" })
        #expect(protests.graph.edge(protest.id, "occurredIn", id("country/IRN")) != nil, "\(protests.graph.edges.map(\.target))")
        #expect(protest.label == "Protests in Iran, 2022")
    }

    @Test func readsTheObjectOfANounAfterItsPrepositionAndTheSubjectOfARelativeClause() throws {
        let arrest = incidents("""
            Forces captured a cartel commander in Culiacan, the latest arrest as President Claudia Sheinbaum tries to ease \
            pressure from Washington.
            """)
        #expect(!arrest.graph.unorderedEdges.contains { $0.relation == "victim" }, "\(arrest.graph.edges.map(\.relation))")
        let visit = incidents("Business Secretary Peter Kyle, who visited a supplier in Coventry, said the money would help.")
        let node = try #require(visit.nodes.first)
        #expect(visit.graph.edge(node.id, "agent", id("person/peter-kyle")) != nil)
    }

    @Test func placesWhatTheSubjectDidWhereTheSentenceOpens() throws {
        let summons = incidents("In Moscow, the Russian Foreign Ministry summoned Azerbaijan's ambassador to complain about the arrests in Baku.")
        let node = try #require(summons.nodes.first { $0.type == "Summons" })
        #expect(summons.graph.edge(node.id, "occurredIn", id("city/moscow")) != nil)
        #expect(summons.graph.edge(node.id, "occurredIn", id("city/baku")) == nil)
    }

    /// A participle joined to a name by a hyphen is an adjective whose agent is that name: in "Turkey says many died in a
    /// Russian-backed Armenian uprising" Russia, not Turkey, backed it.
    @Test func readsTheAgentOfAHyphenatedParticipleBeforeIt() {
        let graph = incidents("Turkey insists that many Turks died in a Russian-backed Armenian uprising.").graph
        let supported = graph.edges.filter { $0.relation == "supported" }.map { "\($0.source.rawValue) \($0.target.rawValue)" }
        #expect(supported == ["country/RUS country/ARM"], "\(supported)")
    }

    /// "summoned the Venezuelan ambassador in Georgetown": the envoy's country is summoned, not the city after "in".
    @Test func summonsTheCountryOfAnEnvoyNamedByItsPeople() throws {
        let result = incidents("Foreign Minister Hugh Todd summoned the Venezuelan ambassador in Georgetown on Friday.")
        let node = try #require(result.nodes.first { $0.type == "Summons" })
        #expect(result.graph.edge(node.id, "target", id("country/VEN")) != nil, "\(node.label)")
        let summoned = result.graph.edges.filter { $0.relation == "summoned" }.map(\.target)
        #expect(summoned == [id("country/VEN")], "\(summoned)")
    }
}

@Suite struct TitleRelationTests {
    @Test func readsTheOwnerOfATitleAcrossABranchWordAndARank() {
        var builder = NewsGraphBuilder(ontology: Fixtures.ontology)
        builder.add(text: "Houthi military spokesman Brig. Gen. Yahya Saree said it. Taliban government spokesman Ahmad Wali agreed.",
                    id: "t")
        let graph = builder.graph
        #expect(graph.edge(NodeID(rawValue: "person/yahya-saree"), "spokespersonFor", NodeID(rawValue: "org/houthis")) != nil)
        #expect(graph.edge(NodeID(rawValue: "person/ahmad-wali"), "spokespersonFor", NodeID(rawValue: "org/taliban")) != nil)
    }

    /// "a spokesman for China's Foreign Ministry, Lin Jian": the title, its owner after a preposition, the name in
    /// apposition. A name after a list of owners is no one's title holder.
    @Test func readsATitleWithItsOwnerBeforeTheNameInApposition() throws {
        var builder = NewsGraphBuilder(ontology: Fixtures.ontology)
        builder.add(text: "A spokesman for China's Foreign Ministry, Lin Jian, urged calm. The delegation met the Taliban, Ahmad Wali "
                    + "and others.", id: "t")
        let graph = builder.graph
        let ministry = try #require(graph.edges.first { $0.source == NodeID(rawValue: "person/lin-jian") && $0.relation == "spokespersonFor" })
        #expect(graph.nodes.first { $0.id == ministry.target }?.type == "Ministry")
        #expect(!graph.edges.contains { $0.source == NodeID(rawValue: "person/ahmad-wali") && $0.relation == "spokespersonFor" })
    }

    /// "Its spokesman, …" opening a sentence speaks for the organization the sentence before named last; in the middle of
    /// a sentence "its" is an organization of that sentence.
    @Test func readsTheOwnerOfItsTitleInTheSentenceBefore() {
        var builder = NewsGraphBuilder(ontology: Fixtures.ontology)
        builder.add(text: "India's Ministry of External Affairs said it had noted the verdict. Its spokesman, Randhir Jaiswal, said more.",
                    id: "t")
        let graph = builder.graph
        #expect(graph.edges.contains { $0.source == NodeID(rawValue: "person/randhir-jaiswal") && $0.relation == "spokespersonFor"
            && $0.target == NodeID(rawValue: "org/ministry-of-external-affairs-of-india") }, "\(graph.edges.map(\.relation))")
    }

    /// "Russia's Foreign Ministry" names the country and its ministry: both are nodes, the ministry part of the country,
    /// and a spokeswoman for it speaks for the ministry.
    @Test func readsACountrysPossessiveBeforeItsBodyAsTwoActors() throws {
        var builder = NewsGraphBuilder(ontology: Fixtures.ontology)
        builder.add(text: "Maria Zakharova, the spokeswoman for Russia's Foreign Ministry, said the talks failed.", id: "t")
        let graph = builder.graph
        let ministry = NodeID(rawValue: "org/ministry-of-foreign-affairs-of-russia")
        #expect(graph.edge(ministry, "partOf", NodeID(rawValue: "country/RUS")) != nil)
        #expect(graph.edge(NodeID(rawValue: "person/maria-zakharova"), "spokespersonFor", ministry) != nil)
    }
}
