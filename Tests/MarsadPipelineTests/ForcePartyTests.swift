import Foundation
import MarsadCore
import MarsadPipeline
import Testing

/// Acts of force whose parties the text leaves unnamed: unknown attacker, the place's civilians as victims.
/// Sentences written for these tests.
@Suite struct ForcePartyTests {
    func events(_ text: String) throws -> [Event] {
        let doc = try CodedText.document(text, published: "2023-07-03", id: "force")
        return doc.events.filter { ["18", "19", "20"].contains($0.code.root) }
    }

    @Test func unnamedBombingHitsThePlacesCivilians() throws {
        let e = try events("وأسفر انفجار سيارة مفخخة في سوق بمدينة الموصل أمس عن مقتل خمسة أشخاص.")
        #expect(e.count == 1)
        #expect(e.first?.source?.actor.code == "---")
        #expect(e.first?.target?.actor.code == "IRQCVL")
    }

    @Test func securitySourcesReportAnAttackAndDoNotDoIt() throws {
        let e = try events(
            "وأوضحت المصادر الأمنية أن الهجوم وقع في منطقة الخلفاء على أطراف مدينة العريش مستهدفا حافلة للشرطة.")
        #expect(!e.isEmpty)
        #expect(e.allSatisfy { $0.source?.actor.sector != "COP" })
    }

    @Test func aSecurityForceThatSpeaksStillDoesItsOwnStrikes() throws {
        let e = try events("وقال الجيش العراقي إن غارات جوية استهدفت مواقع تنظيم داعش في الرمادي.")
        #expect(e.contains { $0.source?.actor.code == "IRQMIL" })
    }

    @Test func aGroupJoinedByItsHeadNounSharesTheAttack() throws {
        let e = try events(
            "ويشن الجيش السوري وجماعة حزب الله المتحالفة مع النظام هجوما لانتزاع السيطرة على البلدة من المعارضة.")
        let dyads = Set(e.map { "\($0.source?.actor.code ?? "-")>\($0.target?.actor.code ?? "-")" })
        #expect(dyads == ["SYRMIL>SYRREB", "LBNREB>SYRREB"])
    }

    @Test func strikesInACountryAreNotThatCountrysForces() throws {
        let doc = try CodedText.document(
            "واتهم زعيم حزب الشعب الجمهوري التركي الحكومة التركية بشن الضربات الجوية في سوريا على تنظيم داعش.",
            published: "2015-07-28", id: "force")
        #expect(!doc.mentions.contains { $0.actor.code == "SYRMIL" }, "\(CodedText.mentions(doc))")
    }

    @Test func namedTargetIsKept() throws {
        let e = try events("قصفت الطائرات التركية مواقع حزب العمال الكردستاني في شمال العراق.")
        #expect(e.first?.source?.actor.country == "TUR")
        #expect(e.first?.target?.actor.code != "IRQCVL")
    }

    /// A town the gazetteer does not know, aimed at after «على» or as the object: the event stands on its source, and
    /// its victims are the civilians of the place the sentence names.
    @Test(arguments: [
        "وألقت مروحيات الجيش العراقي براميل متفجرة على بلدة الكرمة الصغيرة في ريف الأنبار.",
        "وقصفت قوات الجيش العراقي أماكن في محافظة الأنبار صباح اليوم.",
        "وألقى الطيران المروحي العراقي برميلين متفجرين على مناطق في بلدة الكرمة بمحافظة الأنبار.",
    ])
    func anUnknownTownAimedAtGivesThePlacesCivilians(_ text: String) throws {
        let e = try events(text)
        #expect(e.count == 1, "\(e.map { ($0.code.code, $0.source?.actor.code, $0.target?.actor.code) })")
        #expect(e.first?.source?.actor.code == "IRQMIL")
        #expect(e.first?.target?.actor.code == "IRQCVL")
    }

    @Test func aWeakForceVerbWithoutTargetOrPlaceStaysDropped() throws {
        #expect(try events("وألقت مروحيات الجيش العراقي براميل متفجرة أمس.").isEmpty)
    }

    @Test func withoutAPlaceNothingIsInvented() throws {
        let e = try events("وأطلق مسلحون النار على حافلة أمس.")
        #expect(
            e.first.map { $0.target == nil } ?? false, "\(e.map { ($0.source?.actor.code, $0.target?.actor.code) })")
    }

    /// A dateline of a country the article names nowhere else (a paper's desk abroad) says nothing of whose civilians
    /// were hit; a dateline of the country the story is about still places the act.
    @Test func aForeignDeskDatelineGivesNoVictims() throws {
        func forceEvents(_ text: String, dateline: String) throws -> [Event] {
            var doc = Document(id: "dateline", text: text, published: CalendarDate(iso: "2023-07-03"))
            doc.dateline = dateline
            try CodedText.pipeline.run(&doc)
            return doc.events.filter { ["18", "19", "20"].contains($0.code.root) }
        }
        let e = try forceEvents("وأسفر انفجار سيارة مفخخة في سوق شعبي أمس عن مقتل خمسة أشخاص.", dateline: "لندن")
        #expect(!e.contains { $0.target?.actor.code == "GBRCVL" }, "\(e.map { $0.target?.actor.code })")
        let h = try forceEvents(
            "وأسفر انفجار سيارة مفخخة في سوق شعبي أمس عن مقتل خمسة جنود عراقيين.", dateline: "بغداد")
        #expect(h.contains { $0.target?.actor.country == "IRQ" }, "\(h.map { $0.target?.actor.code })")
    }
}
