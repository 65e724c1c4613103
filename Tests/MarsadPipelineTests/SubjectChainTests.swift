import Foundation
import MarsadCoding
import MarsadCore
import MarsadPipeline
import Testing

/// Condemnations whose subject or statement runs long before the object: a chain of titles closed by a name, the
/// day and the statement the reaction was told in. Sentences written for these tests.
@Suite struct SubjectChainTests {
    /// One construction per row: the source and target of the root-11 event.
    @Test(arguments: [
        (
            "a title chain closed by a rank and a name is the subject of «وصف … بالإجرامي», not its object",
            "ووصف رئيس مجلس النواب اليمني نائب رئيس اللجنة العليا للحوار الوطني الشيخ ناصر بن صالح آل عمر الهجوم على المعسكر بالعمل الإجرامي.",
            "YEMLEG", "---REB"
        ),
        (
            "the name in apposition, a comma and «بشدة» come before the object of «أدان»",
            "وأدان أمين عام جامعة الدول العربية الدكتور نبيل بن أحمد، بشدة التفجير الإرهابي الذي استهدف المصلين في الكويت.",
            "IGOMEAARL", "---REB"
        ),
        (
            "the statement, its time and «بأشد العبارات» between commas come before the object of «دان»",
            "ودان مجلس الأمن الدولي في بيان صدر عنه في ساعة متأخرة من مساء أمس، بأشد العبارات، التفجير الإرهابي في العاصمة الصومالية.",
            "IGOUNO", "---REB"
        ),
        (
            "the speech the reaction was told in comes before the object of «استنكر»",
            "واستنكر وزير الداخلية البحريني في كلمة ألقاها أمام المؤتمر التفجير الإرهابي الذي استهدف مركز الشرطة.",
            "BHRGOV", "---REB"
        ),
        (
            "the day and the statement do not count against the gap of «وصف … إجرامي»",
            "ووصف وزير الخارجية القطري أمس في بيان صحفي مساء الثلاثاء الماضي الهجوم على المعسكر بأنه عمل إجرامي.",
            "QATGOV", "---REB"
        ),
        (
            "a rank, an unknown name and an office in apposition are one condemner",
            "وأدان العميد سالم الحربي مدير شرطة منطقة تبوك التفجير الإرهابي الذي استهدف المصلين.", "SAUCOP", "---REB"
        ),
        (
            "titles joined to the office up to a comma are the condemner's, not the object",
            "إلى ذلك استنكر الشيخ سالم حسين المفتي العام للقدس والديار الفلسطينية وخطيب المسجد الأقصى المبارك، قيام مستوطن إسرائيلي بتمزيق المصحف.",
            "PSEREL", "ISRCVL"
        ),
    ])
    func condemnation(_ construction: String, _ text: String, _ source: String, _ target: String) throws {
        let found = try RoleTests().events(text, root: "11")
        #expect(found.contains { $0.0 == source && $0.1 == target }, "\(construction): \(found)")
    }

    /// A title right after the subject of a verb that is no act in words stays its object.
    @Test func titleAfterHostIsObject() throws {
        let found = try RoleTests().events("واستقبل وزير الخارجية المصري رئيس الوزراء الليبي في القاهرة.", root: "04")
        #expect(found.contains { $0.0 == "EGYGOV" && $0.1 == "LBYGOV" }, "\(found)")
    }

    /// A chain of titles with no name to close it does not swallow the object: «رئيس الوزراء» is condemned.
    @Test func chainWithoutNameKeepsObject() throws {
        let found = try RoleTests().events("وانتقد زعيم المعارضة التركية رئيس الوزراء التركي بسبب الأزمة.", root: "11")
        #expect(found.contains { $0.0 == "TUROPP" && $0.1 == "TURGOV" }, "\(found)")
    }
}
