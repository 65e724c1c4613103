import MarsadCore
import Testing

/// `StagePipeline` with a gate: a document the gate turns away skips the stages after it.
@Suite struct StageGateTests {
    struct Mark: Stage {
        let name: String
        let requires: Set<Annotation> = []
        let provides: Set<Annotation> = []
        func process(_ document: inout Document) throws(MarsadError) { document.title = (document.title ?? "") + name }
    }

    struct LongTextsOnly: StageGate {
        let name = "gate"
        let after = "b"
        func admits(_ document: Document) -> Bool { document.text.count > 5 }
    }

    @Test func closedGateSkipsTheRest() throws {
        let pipeline = try StagePipeline([Mark(name: "a"), Mark(name: "b"), Mark(name: "c")], gate: LongTextsOnly())
        var short = Document(id: "s", text: "قصير")
        try pipeline.run(&short)
        #expect(short.title == "ab")
        #expect(short.provenance == ["a", "b", "gate"])
        var long = Document(id: "l", text: "نص أطول من خمسة أحرف")
        try pipeline.run(&long)
        #expect(long.title == "abc")
        #expect(long.provenance == ["a", "b", "c"])
    }

    @Test func gateAfterAnUnknownStageIsRejected() {
        #expect(throws: MarsadError.self) {
            try StagePipeline([Mark(name: "a")], gate: LongTextsOnly())
        }
    }
}
