import Foundation
import MarsadCoding
import MarsadCore
import MarsadPipeline
import Testing

/// Who gives and who receives in the aid, yield and intent phrasings of the rec07 round. Sentences written for
/// these tests.
@Suite struct AidYieldRoleTests {
    /// Training named with its trainer in the genitive is military aid from the trainer to the trained.
    @Test func trainingWithItsTrainerIsMilitaryAid() throws {
        let found = try RoleTests().events(
            "وقال المتحدث إن تدريب الولايات المتحدة لمقاتلي المعارضة السورية بدأ في الأردن.", root: "07")
        #expect(found.contains { $0.0 == "USA" && $0.1 == "SYRREB" }, "\(found)")
    }

    /// Support or aid received: the party after «من» gives, the verb's subject receives.
    @Test(arguments: [
        ("تلقت الحكومة العراقية أسلحة من ألمانيا الأسبوع الماضي.", "DEU", "IRQGOV"),
        ("تلقت الحكومة الأفغانية مساعدات من اليابان لإعادة بناء المدارس.", "JPN", "AFGGOV"),
        // The phrase's own two words («دعما عسكريا») are no words of the subject's gap.
        ("تلقى الجيش اليمني دعما عسكريا من السعودية.", "SAU", "YEMMIL"),
        ("وتقدمت القوات العراقية بعد تلقيها دعما عسكريا من روسيا.", "RUS", "IRQMIL"),
    ])
    func whatIsReceivedComesFromThePartyAfterMin(_ text: String, _ source: String, _ target: String) throws {
        let found = try RoleTests().events(text, root: "07")
        #expect(found.contains { $0.0 == source && $0.1 == target }, "\(found)")
    }

    /// An aid body's programme is aid to the refugees it names after the phrase; a programme for others is none.
    @Test func aProgrammeForRefugeesIsAid() throws {
        let refugees = try RoleTests().events(
            "وينفذ مركز الملك سلمان للإغاثة والأعمال الإنسانية حاليا برنامجا لإعادة 1400 لاجئ يمني في جيبوتي إلى اليمن.",
            root: "07")
        #expect(refugees.contains { $0 == ("SAUGOV", "YEMREF") }, "\(refugees)")
        let teachers = try RoleTests().events(
            "ونفذت وزارة التعليم السعودية برنامجا تدريبيا للمعلمين في الرياض.", root: "07")
        #expect(teachers.isEmpty, "\(teachers)")
    }

    /// Hospitals receiving patients hold no meeting; patients treated for refugees are aid only where refugees are named.
    @Test func patientsReceivedAreNoMeeting() throws {
        let text = "وقال المتحدث الرسمي بصحة جدة إن مستشفيات المحافظة استقبلت خلال العيد 300 حالة من الأطفال."
        #expect(try RoleTests().events(text, root: "04").isEmpty)
    }

    /// A sale of arms approved goes to the buyer after «لـ».
    @Test func anArmsSaleApprovedGoesToTheBuyer() throws {
        let found = try RoleTests().events("وافقت وزارة الخارجية الأمريكية على صفقة صواريخ للكويت.", root: "07")
        #expect(found.contains { $0.0 == "USAGOV" && $0.1 == "KWT" }, "\(found)")
    }

    /// A truce declared in the past tense by a state's body is coded with no other party; the present tense after a
    /// modal (a demand) is not.
    @Test func aTruceDeclaredNeedsNoOtherParty() throws {
        let declared = try RoleTests().events("أعلنت الحكومة الكولومبية وقفا لإطلاق النار لمدة شهر.", root: "08")
        #expect(declared.contains { $0.0 == "COLGOV" && $0.1 == "-" }, "\(declared)")
        let demanded = try RoleTests().events(
            "وقال النائب التركي إنه يجب أن يرفع الحزب اصبعه عن الزناد ويعلن وقف إطلاق النار.", root: "08")
        #expect(demanded.isEmpty, "\(demanded)")
    }

    /// A truce ended, broken or said to have failed (a word in the phrase's gap, option `unlessGap`) is no truce.
    @Test(arguments: [
        "وأعلن المقاتلون الأكراد انتهاء الهدنة مع الجيش التركي.",
        "وأعلن المتحدث باسم الجيش أن الهدنة فقدت معناها بعد خروقات المتمردين.",
        "وأعلنت الحكومة انهيار وقف إطلاق النار في الشمال.",
    ])
    func aTruceEndedIsNoTruce(_ text: String) throws {
        let found = try RoleTests().events(text, root: "08")
        #expect(found.isEmpty, "\(found)")
    }

    /// A visit after a word of time tells when a call was made: no invitation, and the words are left to the call
    /// itself (the phrase that `unlessGap` drops gives way to the shorter pattern inside it).
    @Test func aCallMadeDuringAVisitIsNoInvitation() throws {
        let text = "وقال مسؤول إن رئيس الوزراء اليمني دعا خلال زيارته تلك أهالي عدن إلى العودة إلى منازلهم."
        #expect(try RoleTests().events(text, root: "03").isEmpty)
        #expect(try RoleTests().events(text, root: "02").contains { $0 == ("YEMGOV", "YEMCVL") })
    }
}
