import MarsadCore
import Testing

/// The packed and boxed storage of the model types (session 24's speed pass) reads back what was written.
@Suite struct ModelStorageTests {
    @Test func actorCodePartsReadBackAsWritten() {
        var a = ActorCode(country: "IRN", sector: "COP")
        #expect(a.country == "IRN" && a.sector == "COP" && a.organization == nil)
        #expect(a.code == "IRNCOP")
        a.country = nil
        #expect(a.country == nil && a.code == "---COP")
        a.sector = ""
        // An empty part is not a missing one.
        #expect(a.sector == "" && a.sector != nil && a.code == "---")
        let igo = ActorCode(organization: "IGOEUREEC")
        #expect(igo.organization == "IGOEUREEC" && igo.country == nil && igo.sector == nil)
    }

    @Test func longAndNonASCIIPartsRoundTrip() {
        // Longer than the 15 bytes kept in place: interned, and the same string gives the same code.
        let long = "IGOUNOHRCSPECIALRAPPORTEUR"
        let a = ActorCode(organization: long)
        let b = ActorCode(organization: String(long.reversed().reversed()))
        #expect(a.organization == long && a.code == long)
        #expect(a == b && a.hashValue == b.hashValue)
        #expect(a != ActorCode(organization: long + "X"))
        // Any UTF-8 reads back as written (imported dictionaries may name a country in other scripts).
        let arabic = ActorCode(country: "إيران", sector: "حكومة")
        #expect(arabic.country == "إيران" && arabic.sector == "حكومة")
    }

    @Test func actorCodeEqualityAndHashingFollowTheParts() {
        let codes = [
            ActorCode(country: "SAU"), ActorCode(country: "SAU", sector: "GOV"), ActorCode(country: nil, sector: "GOV"),
            ActorCode(organization: "IGOUNO"), ActorCode(country: "GOV"),
        ]
        #expect(Set(codes).count == codes.count)
        for (i, x) in codes.enumerated() {
            for (j, y) in codes.enumerated() { #expect((x == y) == (i == j)) }
        }
        #expect(Set(codes.map { ActorCode(code: $0.code)! }) == Set(codes))
    }

    @Test func mentionExtrasSetAndClear() {
        var m = Mention(
            span: TextSpan(start: 0, end: 4), tokens: 0..<1, sentence: 0, actor: ActorCode(country: "RUS"),
            kind: .person, name: "لافروف")
        #expect(m.name == "لافروف" && m.also.isEmpty && m.storyHome == nil)
        var copy = m
        copy.storyHome = "SAU"
        copy.also = [ActorCode(country: "IRN")]
        // Writing a copy leaves the original as it was.
        #expect(m.storyHome == nil && m.also.isEmpty)
        #expect(copy.name == "لافروف" && copy.storyHome == "SAU" && copy.also == [ActorCode(country: "IRN")])
        #expect(m != copy)
        copy.storyHome = nil
        copy.also = []
        #expect(m == copy && m.hashValue == copy.hashValue)
        m.name = nil
        #expect(m.name == nil && m != copy)
    }

    @Test func eventCodeLabelsFollowTheirSetters() {
        var code = EventCode(
            code: "057", name: "Sign formal agreement", quadClass: 1, goldstein: 8,
            plover: PLOVERCategory(type: "AGREE"))
        let before = code
        code.plover = PLOVERCategory(type: "AGREE", mode: "verbal")
        #expect(code.name == "Sign formal agreement" && code.plover.mode == "verbal" && before.plover.mode == nil)
        #expect(code != before)
        code.plover = PLOVERCategory(type: "AGREE")
        #expect(code == before && code.hashValue == before.hashValue)
        code.name = "Agree"
        #expect(code.name == "Agree" && code.root == "05")
    }
}
