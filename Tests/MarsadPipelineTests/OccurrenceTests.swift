import Foundation
import MarsadCore
import MarsadPipeline
import Testing

/// Acts of force and protests reported without a named actor are events (roots 14, 18–20); nouns need an
/// occurrence word nearby; an act coded with its actors is not coded again without them. Sentences written
/// for these tests.
@Suite struct OccurrenceTests {
    func events(_ text: String) throws -> [Event] {
        let doc = try CodedText.document(text, published: "2024-03-10", id: "occ")
        return doc.events.filter { $0.code.root != "01" }
    }

    @Test(arguments: [
        ("قتل عشرون شخصا وأصيب ستون آخرون حين انفجرت سيارة مفخخة قرب سوق شعبي أمس.", "18"),
        ("تظاهر آلاف الطلاب أمس وسط العاصمة احتجاجا على رفع أسعار الوقود.", "14"),
        ("وأسفر هجوم انتحاري على نقطة تفتيش عن مقتل خمسة من رجال الأمن.", "18"),
        ("واندلعت اشتباكات عنيفة فجر اليوم في الأحياء الشرقية للمدينة.", "19"),
        // A toll, then its cause three words on («في سلسلة من»).
        ("وقتل 40 مدنيا على الأقل في سلسلة من الضربات الجوية شرق البلاد.", "19"),
        ("قال مسؤول محلي إن ثمانية أشخاص قتلوا جراء غارة جوية على قرية.", "19"),
        // People counted right after a weak verb; an object pronoun on an inflected past; a toll «أكثر من 20».
        ("وأضرم عشرات الشبان النار في مبنى البلدية.", "14"),
        ("وحاصرت قوة خاصة المسلحين في المزرعة وقتلتهم جميعا.", "18"),
        ("وقتل أكثر من 20 شخصا في هجمات انتحارية استهدفت أسواقا شعبية.", "19"),
        // An explosion timed to a passing convoy; «بدون طيار» does not negate the launch after it.
        ("وانفجرت سيارة متوقفة لدى مرور موكب الوزير في العاصمة.", "18"),
        ("وقامت طائرة بدون طيار بإطلاق صاروخ على سيارة في الصحراء.", "19"),
        // People counted after a one-word subject; «واحد» follows its noun and counts nothing after it.
        ("وخطفت العصابة خمسة تجار من السوق المركزي.", "18"),
        ("ولكن بعد أسبوع واحد اغتيل القاضي أمام منزله.", "18"),
        // An actor in the accusative right after «قتلت» is its object: the verb is active.
        ("وقالت الشرطة إن دورية قتلت مسلحا على الحدود.", "18"),
        // A protest named with its organizer's relative verb.
        ("وشارك الوزير في مظاهرة نظمها الحزب.", "14"),
        // A toll in a consequence clause «مما أدى إلى …» further on than the usual reach.
        ("وتسبب انفجار عبوة ناسفة مخبأة داخل حاوية قمامة قرب مدخل السوق، مما أدى إلى إصابة سبعة أشخاص.", "18"),
        // Renewed: «تجددت» tells the act took place again.
        ("وتجددت المظاهرات في العاصمة أمس ضد الحكومة العسكرية.", "14"),
        ("وتجددت المعارك العنيفة في المدينة بعد ظهر اليوم.", "19"),
    ])
    func actorlessActIsCoded(_ text: String, _ root: String) throws {
        let found = try events(text)
        #expect(found.contains { $0.code.root == root }, "\(found.map { "\($0.code.code) \($0.rule)" })")
    }

    @Test(arguments: [
        "وتعهدت الحكومة بمكافحة سياسة الاغتيالات التي تنتهجها الجماعات المتطرفة.",
        "ويتضمن المقرر الدراسي فصلا عن تاريخ المظاهرات الطلابية في القرن الماضي.",
        "هاجم المهاجم الشاب مرمى الفريق المنافس طوال الشوط الثاني.",
        "وقع انفجار في مستودع للألعاب النارية بسبب ماس كهربائي.",
        // «عدم» with a word between still negates; a possessive noun spelled like a verb with its object.
        "وطالب المجلس بعدم تكرار قصف المدن في المستقبل.",
        "وبعد إحكام سيطرتها على الطرق، أعلنت السلطات فتح المعابر.",
        // A consequence clause without a toll does not tell the act as done.
        "وتسبب انفجار عبوة ناسفة مخبأة داخل حاوية قمامة قرب مدخل السوق، مما أدى إلى إغلاق الطريق.",
    ])
    func backgroundNounOrOtherSenseIsNotCoded(_ text: String) throws {
        let found = try events(text).filter { ["14", "18", "19", "20"].contains($0.code.root) }
        #expect(found.isEmpty, "\(found.map { "\($0.code.code) \($0.rule)" })")
    }

    @Test func actCodedWithActorsIsNotRepeatedWithout() throws {
        let found = try events(
            "قصفت طائرات تركية مواقع لحزب العمال الكردستاني في شمال العراق أمس، وأسفر القصف عن مقتل عشرة مسلحين.")
        let force = found.filter { $0.code.root == "19" }
        #expect(force.count == 1, "\(force.map { "\($0.code.code) \($0.source?.actor.code ?? "-") \($0.rule)" })")
        #expect(force.first?.source?.actor.country == "TUR")
    }

    @Test func oneActorlessEventPerRootInASentence() throws {
        let found = try events("قتل سبعة أشخاص وأصيب تسعة عشر آخرون جراء انفجار سيارة ملغومة في وسط المدينة.")
        #expect(found.filter { $0.code.root == "18" }.count == 1, "\(found.map { "\($0.code.code) \($0.rule)" })")
    }
}

/// Announced future acts: a future act of force in someone's words is a threat of force (138); without an
/// announcement it is a plan and not coded.
@Suite struct AnnouncedForceTests {
    func events(_ text: String) throws -> [Event] {
        let doc = try CodedText.document(text, published: "2024-03-10", id: "future")
        return doc.events.filter { $0.code.root != "01" }
    }

    @Test func announcedAttackIsAThreat() throws {
        let found = try events("وقال المتحدث باسم الحكومة الإسرائيلية إن إسرائيل ستقصف مواقع حزب الله في جنوب لبنان.")
        let threat = try #require(found.first { $0.code.code == "138" }, "\(found.map(\.code.code))")
        #expect(threat.source?.actor.country == "ISR")
        #expect(found.allSatisfy { !["18", "19", "20"].contains($0.code.root) })
    }

    @Test func unannouncedFutureAttackIsNotCoded() throws {
        let found = try events("ستقصف الطائرات الإسرائيلية مواقع حزب الله في جنوب لبنان.")
        #expect(found.allSatisfy { !["13", "18", "19", "20"].contains($0.code.root) }, "\(found.map(\.code.code))")
    }
}

/// What someone says an actor does («إن إيران تدعم الإرهاب») is the speaker's accusation of that actor.
@Suite struct ReportedAccusationTests {
    func events(_ text: String) throws -> [Event] {
        let doc = try CodedText.document(text, published: "2024-03-10", id: "rep")
        return doc.events.filter { $0.code.root == "11" }
    }

    @Test func speakerAccusesTheActor() throws {
        let found = try events("وقال وزير الخارجية البحريني إن إيران تدعم الإرهاب في المنطقة.")
        let e = try #require(found.first, "no accusation")
        #expect(e.code.code == "112")
        #expect(e.source?.actor.country == "BHR")
        #expect(e.target?.actor.country == "IRN")
    }

    @Test func noSpeakerNoAccusation() throws {
        #expect(try events("إيران تدعم الإرهاب في المنطقة منذ سنوات.").isEmpty)
    }
}

/// A bare «هجوم» is an event only where the text says it took place.
@Suite struct BareAttackTests {
    func roots(_ text: String) throws -> [String] {
        let doc = try CodedText.document(text, published: "2024-03-10", id: "attack")
        return doc.events.map(\.code.root)
    }

    @Test func attackWithCasualtiesIsCoded() throws {
        #expect(try roots("وأسفر هجوم على نقطة عسكرية قرب الحدود فجر اليوم عن مقتل ثلاثة جنود أتراك.").contains("19"))
    }

    @Test func figurativeAttackIsNot() throws {
        let found = try roots("وشن النائب الفرنسي هجوما حادا على سياسة الحكومة الألمانية في مقابلة تلفزيونية.")
        #expect(!found.contains("19") && !found.contains("18"), "\(found)")
    }
}
