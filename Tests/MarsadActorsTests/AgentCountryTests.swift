import Foundation
import MarsadActors
import MarsadCore
import Testing

/// The optional fixed country of a collective in agents.ar.txt («CVL@ISR»). Lines written for these tests.
@Suite struct AgentCountryTests {
    @Test func aSectorMayCarryTheCollectivesCountry() throws {
        var dict = ActorDictionary()
        try dict.load(text: "CVL@ISR\tpeople\tالمستوطنين\nCVL\tpeople\tالمزارعين\n", file: "agents.test.txt")
        #expect(
            dict.entries == [
                .agent(sector: "CVL", kind: .people, country: "ISR"), .agent(sector: "CVL", kind: .people),
            ])
    }

    @Test(arguments: ["CVL@IS\tpeople\tالمستوطنين", "CVL@isr\tpeople\tالمستوطنين", "CVL@ISR@PSE\tpeople\tالمستوطنين"])
    func aBadCountryIsAnError(_ line: String) {
        var dict = ActorDictionary()
        #expect(throws: MarsadError.self) { try dict.load(text: line + "\n", file: "agents.test.txt") }
    }

    /// The bundled file gives the settlers Israel's country.
    @Test func theBundledSettlersAreIsraels() throws {
        let dict = try ActorDictionary.bundled()
        #expect(dict.entries.contains(.agent(sector: "CVL", kind: .people, country: "ISR")))
    }
}
