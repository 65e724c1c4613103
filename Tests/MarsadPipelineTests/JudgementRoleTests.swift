import Foundation
import MarsadCoding
import MarsadCore
import MarsadPipeline
import Testing

/// Judgements told without the usual verbs of blame, sentence or threat: who judges whom. Sentences written for these
/// tests.
@Suite struct JudgementRoleTests {
    /// One construction per row: the root and the source and target it gives.
    @Test(arguments: [
        (
            "«المسؤول عن» a harm «هو» X, in someone's words, accuses X",
            "وقال وزير الداخلية العراقي إن المسؤول عن التفجير هو تنظيم داعش.", "11", "IRQGOV", "IMGREB"
        ),
        (
            "«المسبب … هو» X, in someone's words, accuses X",
            "وقال المتحدث باسم الحكومة التركية إن المسبب الرئيسي للأزمة هو حزب العمال الكردستاني.", "11", "TURGOV",
            "TURREB"
        ),
        (
            "«ألقى باللائمة على» blames the actor after «على»", "وتلقي بكين باللائمة على الحكومة الأفغانية في الهجمات.",
            "11", "CHN", "AFGGOV"
        ),
        (
            "a sentence passed «على» someone without a court is the judiciary of their country's",
            "وصدر على زعيم جماعة الإخوان المسلمين محمد بديع حكم بالإعدام.", "11", "EGYJUD", "EGYOPP"
        ),
        (
            "a sentence passed «بحق» people", "وصدرت بحق ثلاثة صحفيين أتراك أحكام بالسجن المؤبد.", "11", "TURJUD",
            "TURMED"
        ),
        (
            "the subject of the passive «عوقب» is the one sentenced",
            "وعوقب الناشط السعودي رائف بدوي بالجلد والسجن عشر سنوات.", "11", "SAUJUD", "SAUCVL"
        ),
        (
            "the passive «حكم على» names the one sentenced", "وحكم على المعارض البحريني علي سلمان بالسجن أربع سنوات.",
            "11", "BHRJUD", "BHR"
        ),
        (
            "a pronoun after a passive court verb names the last actor before it that is no authority",
            "وقبضت الشرطة على المواطن السعودي، وبعد إحالته إلى المحكمة صدر بحقه صك شرعي يقضي بسجنه.", "11",
            "SAUJUD", "SAUCVL"
        ),
        (
            "brandishing force («لوح باستخدام القوة») threatens with it",
            "ولوحت الولايات المتحدة باستخدام القوة ضد النظام السوري.", "13", "USA", "SYRGOV"
        ),
        (
            "«أنذر» warns its object", "وأنذرت الحكومة اليمنية المتمردين الحوثيين بضرورة الانسحاب من صنعاء.", "13",
            "YEMGOV", "YEMREB"
        ),
    ])
    func sourceAndTarget(_ construction: String, _ text: String, _ root: String, _ source: String, _ target: String)
        throws
    {
        let found = try RoleTests().events(text, root: root)
        #expect(found.contains { $0.0 == source && $0.1 == target }, "\(construction): \(found)")
    }

    /// Look-alikes that judge nobody, or no one the text names: an office named with «المسؤول عن», an act denied for want
    /// of evidence, a pronoun's antecedent or a place named near a passive sentence, «ينذر ب» (portends), a foreigner
    /// named by nationality (tried abroad, by a court the text leaves unnamed).
    @Test(arguments: [
        ("وقال رئيس النادي إن المسؤول عن تحديد القيم المالية هو اتحاد الكرة السعودي.", "11"),
        ("وقالت روسيا إنه لا يوجد أدلة دامغة على أن إيران تدعم الإرهاب في المنطقة.", "11"),
        ("وقالت موسكو إنه لا يوجد دليل على أن القوات السورية قصفت المستشفى.", "19"),
        (
            "وكان أبو حمزة مطلوبا من السلطات اليمنية والأميركية، والذي حكم عليه لاحقا بعد تسليمه للولايات المتحدة بالسجن مدى الحياة.",
            "11"
        ),
        ("وقال الخبير إن ارتفاع الأسعار في مصر ينذر بكارثة اقتصادية.", "13"),
        ("وحكم بالسجن سبع سنوات على الأسترالي بيتر جريست الذي رحل إلى بلاده.", "11"),
        ("وقال المحامي إن المتهم السوري قد يحكم عليه بالسجن عشرين عاما إذا أدين.", "11"),
    ])
    func noJudgement(_ text: String, _ root: String) throws {
        let found = try RoleTests().events(text, root: root)
        #expect(found.isEmpty, "\(found)")
    }
}
