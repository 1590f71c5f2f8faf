import Foundation
import Testing
import TestSupport
@testable import NewsExtraction
import NewsGraph

/// A country's bodies written in lower case after it, as wire services write them.
@Suite struct OwnedBodyFinderTests {
    /// The organization nodes of `text` (rules alone): label → its aliases.
    func organizations(_ text: String) -> [String: [String]] {
        var builder = NewsGraphBuilder(ontology: Fixtures.ontology)
        builder.add(text: text, id: "t")
        let graph = builder.graph
        var result: [String: [String]] = [:]
        for node in graph.nodes where graph.schema.family(of: node.type) == "Organization" { result[node.label] = node.aliases }
        return result
    }

    @Test func findsABodyAfterACountrysPossessiveOrDemonym() {
        let found = organizations("""
            Russia's defence ministry said its air defences downed 40 drones, while Ukraine's air force reported \
            25 launches. The Kenyan police arrested 12 people, and the Chilean navy evacuated residents.
            """)
        #expect(found["Ministry of Defence of Russia"] != nil, "\(found)")
        #expect(found["Air Force of Ukraine"] != nil, "\(found)")
        #expect(found["Police of Kenya"] != nil, "\(found)")
        #expect(found["Navy of Chile"] != nil, "\(found)")
        #expect(found.count == 4, "\(found)")
        // Lower-case words name the body only with the country before them: they are no alias.
        #expect(found.values.allSatisfy { $0.allSatisfy(EntityMention.isWrittenAsName) }, "\(found)")
    }

    @Test func needsADomainAndAHeadRightAfterTheCountry() {
        let found = organizations("""
            Kenya's government said the Russian ministry had not replied. Russia's new defence plans worry Ukraine's \
            allies, and nobody asked the army.
            """)
        #expect(found.isEmpty, "\(found)")
    }

    @Test func takesTheDatelineCountryForABodyAfterThe() {
        let withDateline = organizations("""
            KAMPALA, Uganda (Reuters) - The health ministry said 14 people had died, and the interior ministry \
            closed schools. The police said little.
            """)
        #expect(withDateline.keys.sorted() == ["Ministry of Health of Uganda", "Ministry of Interior of Uganda"], "\(withDateline)")
        #expect(organizations("The health ministry said 14 people had died.").isEmpty)
    }

    @Test func aFormalNameGivenToTheBodyIsItsName() {
        let found = organizations("""
            Argentina's central bank kept rates on hold. The bank, formally the Banco Central de la República Argentina, \
            or BCRA, has kept the peso steady. The BCRA said reserves rose.
            """)
        #expect(found.keys.sorted() == ["Central Bank of Argentina"], "\(found)")
    }

    @Test func tellsANameFromLowerCaseWords() {
        #expect(!EntityMention.isWrittenAsName("defence ministry"))
        #expect(EntityMention.isWrittenAsName("al-Shabab's Ahmed"))
        #expect(EntityMention.isWrittenAsName("Ürümqi"))
    }
}
