import Foundation
import Testing
import TestSupport
@testable import NewsExtraction
import NewsGraph

/// Generic organization names tied to their country, and names the document itself defines.
@Suite struct GenericNameQualifierTests {
    /// The organization nodes of `text` (rules alone): label → ID.
    func organizations(_ text: String) -> [String: String] {
        var builder = NewsGraphBuilder(ontology: Fixtures.ontology)
        builder.add(text: text, id: "t")
        let graph = builder.graph
        var result: [String: String] = [:]
        for node in graph.nodes where graph.schema.family(of: node.type) == "Organization" { result[node.label] = node.id.rawValue }
        return result
    }

    @Test func namesAGenericMinistryForTheCountryBeforeIt() {
        let found = organizations("Tajikistan's Foreign Ministry protested. Kyrgyzstan's Foreign Ministry said nothing.")
        #expect(found["Ministry of Foreign Affairs of Tajikistan"] == "org/ministry-of-foreign-affairs-of-tajikistan")
        #expect(found["Ministry of Foreign Affairs of Kyrgyzstan"] != nil)
        #expect(found["Foreign Ministry"] == nil)
    }

    @Test func takesTheGazetteersBodyOfThatCountryWhenThereIsOne() {
        let found = organizations("Pakistan's Foreign Office summoned the envoy.")
        #expect(found["Ministry of Foreign Affairs of Pakistan"] == "org/ministry-of-foreign-affairs-of-pakistan")
        #expect(found["Foreign, Commonwealth and Development Office"] == nil)
    }

    @Test func takesTheCountryFromADemonymOrTheDateline() {
        let found = organizations("""
            KAMPALA, Uganda (AP) — The Health Ministry said on Monday that cases rose. The Ugandan Health Ministry \
            later gave more figures, and the Afghan Ministry of Defense denied it.
            """)
        #expect(found["Ministry of Health of Uganda"] == "org/ministry-of-health-of-uganda")
        #expect(found["Ministry of Defense of Afghanistan"] != nil)
        #expect(found.count == 2, "\(found)")
    }

    /// A country's name before the name of one of its gazetteer organizations names that organization; before another
    /// country's organization it makes a body of its own ("the Kenya Red Cross" is not the movement).
    @Test func takesTheGazetteersBodyAfterItsCountrysName() {
        let found = organizations("""
            Investigators from the U.S. National Transportation Safety Board arrived on Monday. The Kenya Red Cross \
            sent ambulances.
            """)
        #expect(found["National Transportation Safety Board"] == "org/national-transportation-safety-board", "\(found)")
        #expect(found["U.S. National Transportation Safety Board"] == nil, "\(found)")
        #expect(found["Kenya Red Cross"] != nil, "\(found)")
    }

    /// A gazetteer party of a name many countries' parties have is another country's when that country owns it in the text
    /// or the dateline is that country's and the text names neither the party's own country nor one of its people.
    @Test func givesAPartyOfASharedNameToTheCountryOfTheStory() {
        let canada = organizations("""
            OTTAWA, Canada (AP) — Prime Minister Mark Carney said on Monday that his Liberal Party would table the budget. \
            The Conservative Party called it reckless.
            """)
        #expect(canada["Liberal Party of Canada"] == "org/liberal-party-of-canada", "\(canada)")
        #expect(canada["Conservative Party of Canada"] != nil, "\(canada)")
        let korea = organizations("""
            SEOUL, South Korea (AP) — South Korea's main opposition Democratic Party said it would file a motion, a move U.S. \
            officials watched.
            """)
        #expect(korea["Democratic Party of South Korea"] != nil, "\(korea)")
        // The party's own country, or one of its people, named: the gazetteer's party.
        #expect(organizations("KYIV, Ukraine (AP) — Donald Trump said the Republican Party would back more aid.")["Republican Party"]
                == "org/republican-party")
        #expect(organizations("WASHINGTON (AP) — The Democratic Party chose a new chair on Saturday.")["Democratic Party"]
                == "org/democratic-party")
    }

    @Test func leavesAGenericNameWithoutACountryAsItIs() {
        #expect(organizations("The Health Ministry said on Monday that cases rose.").keys.contains("Health Ministry"))
    }

    @Test func definedAcronymsFollowTheBodyTheyWereDefinedFor() {
        let found = organizations("""
            Kyrgyzstan's State Committee for National Security, known by its Russian initials GKNB, said two men \
            were held. GKNB officers met them. The Africa Centres for Disease Control and Prevention, known as \
            Africa CDC, warned of the virus. Africa CDC sent experts.
            """)
        #expect(found.keys.contains("State Committee for National Security of Kyrgyzstan"))
        #expect(found.keys.contains("Africa Centres for Disease Control and Prevention"))
        #expect(found["Centers for Disease Control and Prevention"] == nil, "Africa CDC is not the U.S. CDC")
        #expect(found.count == 2, "\(found)")
    }
}
