import MarsadCore
import Testing

@Suite struct CalendarDateTests {
    @Test func dayNumberRoundTrips() {
        var rng = SystemRandomNumberGenerator()
        for _ in 0..<2000 {
            let n = Int.random(in: -50_000...50_000, using: &rng)
            #expect(CalendarDate(dayNumber: n).dayNumber == n)
        }
    }

    @Test(arguments: [
        ("2023-07-03", 1), ("2023-06-30", 5), ("2024-02-29", 4), ("1970-01-01", 4),
    ])
    func weekday(_ iso: String, _ weekday: Int) {
        #expect(CalendarDate(iso: iso)?.weekday == weekday)
    }

    @Test(arguments: ["2023-02-29", "2023-13-01", "20230703", "", "2023-7-3"])
    func rejectsInvalid(_ iso: String) {
        #expect(CalendarDate(iso: iso) == nil)
    }

    @Test func addsMonthsClamping() {
        #expect(CalendarDate(iso: "2023-03-31")!.adding(months: -1).description == "2023-02-28")
        #expect(CalendarDate(iso: "2023-01-15")!.adding(months: -1).description == "2022-12-15")
    }

    @Test(
        arguments: [("IRNCOP", "IRN", "COP"), ("---REB", nil, "REB"), ("USA", "USA", nil)]
            as [(String, String?, String?)])
    func parsesActorCodes(_ code: String, _ country: String?, _ sector: String?) {
        let a = ActorCode(code: code)
        #expect(a?.country == country)
        #expect(a?.sector == sector)
        #expect(a?.code == code)
    }

    @Test func organizationCodes() {
        #expect(ActorCode(code: "IGOEUREEC")?.primary == "IGOEUR")
        #expect(ActorCode(code: "IRNXYZ") == nil)
    }

    @Test func pipelineReportsEveryMissingRequirement() {
        struct Needs: Stage {
            let name = "needs.v1"
            let requires: Set<Annotation> = [.tokens, .mentions]
            let provides: Set<Annotation> = [.events]
            func process(_ document: inout Document) throws(MarsadError) {}
        }
        #expect(throws: MarsadError.self) { try StagePipeline([Needs()]) }
        do {
            _ = try StagePipeline([Needs()])
        } catch {
            #expect(error.message.contains("mentions, tokens"))
        }
    }
}
