import Foundation
import MarsadCore
import Testing

/// People named by their nationality («مقيم من الجنسية الباكستانية»، «– يمني الجنسية –»، «وافدين إثيوبيين»): civilians of
/// that country, arrested, tried and executed by the country where the story happens. Sentences written for these tests.
@Suite struct NationalityTests {
    func events(_ text: String, root: String) throws -> [(String, String)] {
        try CodedText.document(text, published: "2015-07-20", id: "nationality").events.filter { $0.code.root == root }
            .map { ($0.source?.actor.code ?? "-", $0.target?.actor.code ?? "-") }
    }

    @Test func peopleOfANationalityPhraseAreOfThatCountry() throws {
        let found = try events(
            "الدمام - واس: قبضت شرطة المنطقة الشرقية على أربعة وافدين من الجنسية البنغالية بتهمة سرقة المنازل.",
            root: "17")
        #expect(found.contains { $0 == ("SAUCOP", "BGDCVL") })
    }

    @Test func peopleHoldingANationalityAreOfThatCountry() throws {
        let doc = try CodedText.annotated("وكشف المتحدث أن بين الموقوفين مقيمين يحملون الجنسية السودانية.")
        #expect(doc.mentions.contains { $0.actor.code == "SDNCVL" && $0.isNationality })
    }

    @Test func aNationalityToldOfANameIsACivilianEverywhere() throws {
        let found = try events(
            "الرياض - واس: اعتقلت الشرطة المدعو كريم رحمن - بنغلاديشي الجنسية - بعد مطاردة قصيرة.", root: "17")
        #expect(found.contains { $0 == ("SAUCOP", "BGDCVL") })
    }

    @Test func aForeignerArrestedInThePassiveIsArrestedByTheStorysPolice() throws {
        let found = try events(
            "الرياض - واس: أعلنت شرطة منطقة الرياض ضبط عصابة لسرقة السيارات. وتم القبض على ثلاثة مقيمين من الجنسية "
                + "اليمنية في حي السويدي.",
            root: "17")
        #expect(found.contains { $0 == ("SAUCOP", "YEMCVL") })
    }

    @Test func theExecutedOneAfterFiIsTheTarget() throws {
        let found = try events(
            "الرياض - واس: نفذت وزارة الداخلية اليوم حكم القتل تعزيرا في جانيين نيجيريين بمنطقة مكة المكرمة لتهريبهما الكوكايين.",
            root: "18")
        #expect(found.contains { $0 == ("SAUGOV", "NGACVL") })
    }

    @Test func theExecutedOnesNationalityAfterHisNameIsWhoHeIs() throws {
        let found = try events(
            "الرياض - واس: وقد تم تنفيذ حكم القتل تعزيرا بالجاني / راجيش كومار - هندي الجنسية - اليوم بمحافظة الخرج.",
            root: "18")
        #expect(found.contains { $0 == ("SAUGOV", "INDCVL") })
    }

    @Test func anExecutionToldAgainByAnotherPatternIsOneAct() throws {
        let found = try events(
            "الرياض - واس: نفذت وزارة الداخلية اليوم حكم القتل قصاصا في جان تشادي بمنطقة الرياض، أقدم على طعن آخر. "
                + "وقد تم تنفيذ حكم القتل قصاصا بالجاني / آدم محمد - تشادي الجنسية - اليوم بمدينة الرياض.",
            root: "18")
        #expect(found.filter { $0 == ("SAUGOV", "TCDCVL") }.count == 1)
    }

    @Test func aForeignerSentencedIsSentencedByTheStorysCourt() throws {
        let found = try events(
            "جدة - واس: ضبطت شرطة جدة مروجا للمخدرات. وقد صدر بحق المقيم من الجنسية الإثيوبية حكم بالسجن عشر سنوات.",
            root: "11")
        #expect(found.contains { $0 == ("SAUJUD", "ETHCVL") })
    }
    @Test func peopleNamedAgainByTheirWordAreOfTheNationalityToldBefore() throws {
        let found = try events(
            "الرياض - واس: نفذت وزارة الداخلية اليوم حكم القتل تعزيرا في جانيين نيجيريين بمنطقة الرياض. وقد تمكنت سلطات "
                + "الأمن من القبض على الجانيين المذكورين وأحيلا إلى المحكمة.",
            root: "17")
        #expect(found.contains { $0 == ("SAUCOP", "NGACVL") })
    }

    @Test func citizensNamedAgainAreTheStorysOwn() throws {
        let doc = try CodedText.annotated(
            "الرياض - واس: أصيب مواطن يمني في حادث سير. ودعت شرطة الرياض المواطنين إلى التقيد بأنظمة المرور.")
        #expect(doc.mentions.contains { $0.actor.code == "SAUCVL" })
    }

    @Test func aPassiveArrestOfANameToldByNationalityAndTheSentencePassedOnHim() throws {
        let doc = try CodedText.document(
            "الرياض - واس: تم القبض على المدعو/ رام بهادور -نيبالي الجنسية- عند قيامه بتهريب الحشيش إلى المملكة، وبإحالته "
                + "إلى المحكمة العامة صدر بحقه صك شرعي يقضي بسجنه.",
            published: "2015-07-20", id: "nationality")
        let found = doc.events.map { ($0.code.code, $0.source?.actor.code ?? "-", $0.target?.actor.code ?? "-") }
        #expect(found.contains { $0 == ("173", "SAUCOP", "NPLCVL") })
        #expect(found.contains { $0.0.hasPrefix("11") && $0.1 == "SAUJUD" && $0.2 == "NPLCVL" })
    }

    @Test func theColonOfEachOfOpensTheListOfDoersInTheGap() throws {
        let found = try events(
            "أقدم كل من: أحمد علي وخالد عمر - تشاديي الجنسية - على قتل سعيد حسن - تشادي الجنسية - بضربه بعصا.",
            root: "18")
        #expect(found.contains { $0 == ("TCDCVL", "TCDCVL") })
    }

    @Test func theNamesANationalityIsToldOfDoNotCountAgainstTheGap() throws {
        let found = try events(
            "أقدم كل من: عبدالله آدم إسحاق يوسف، وموسى عثمان حامد ـ تشاديي الجنسية ـ على قتل إدريس صالح ـ تشادي الجنسية ـ "
                + "بضربه بعصا.",
            root: "18")
        #expect(found.contains { $0 == ("TCDCVL", "TCDCVL") })
    }

    @Test func peopleArrestedNamedByTheirDemonymsAreCivilians() throws {
        let found = try events(
            "روما - أ ف ب: اعتقلت الشرطة الإيطالية اليوم مغربيا وجزائريا للاشتباه في تخطيطهما لهجمات.", root: "17")
        #expect(found.contains { $0 == ("ITACOP", "MARCVL") })
        #expect(found.contains { $0 == ("ITACOP", "DZACVL") })
    }

    @Test func newPeopleArrestedInAnotherSentenceAreAnotherArrest() throws {
        let found = try events(
            "رام الله - واس: اعتقلت قوات الاحتلال الإسرائيلي فجر اليوم شابا من مخيم جنين. كما اعتقلت قوات الاحتلال ثلاثة "
                + "أطفال من بلدة بيت أمر. وقال نادي الأسير إن قوات الاحتلال اعتقلت الأطفال خلال مداهمة منازلهم.",
            root: "17")
        #expect(found.filter { $0 == ("ISRMIL", "PSECVL") }.count == 2)
    }
}
