import Foundation
import MarsadCore
import MarsadPipeline
import Testing

/// A named office-holder is coded by the article date: in office, the role's code; outside the dates of the
/// role, only the country; a name shared by two roles takes the one current at the date. Sentences written
/// for these tests.
@Suite struct PersonDateTests {
    /// The code of the first mention holding `name`, and all the mentions (for the failure message).
    func code(_ text: String, published: String, of name: String) throws -> (String?, String) {
        let doc = try CodedText.annotated(text, published: published, id: "people")
        let m = doc.mentions.first { String(doc.text(of: $0.span)).contains(name) }
        return (
            m?.actor.code,
            doc.mentions.map { "\($0.actor.code) «\(doc.text(of: $0.span))» \($0.kind)" }.joined(separator: ", ")
        )
    }

    @Test(arguments: [
        // In office: the role's code.
        ("وقال أيمن الصفدي إن الأردن يرفض تهجير الفلسطينيين.", "2020-05-01", "أيمن الصفدي", "JORGOV"),
        ("وأكد لافروف أن موسكو سترد على العقوبات الجديدة.", "2015-03-10", "لافروف", "RUSGOV"),
        ("وقال مروان المعشر إن عمان تدعم خطة السلام.", "2003-04-01", "مروان المعشر", "JORGOV"),
        // Before or after the role: the country only, never the role.
        ("وقال أيمن الصفدي إن الأردن يرفض تهجير الفلسطينيين.", "2012-05-01", "أيمن الصفدي", "JOR"),
        ("وقال مروان المعشر إن عمان تدعم خطة السلام.", "2010-04-01", "مروان المعشر", "JOR"),
        // Office-holders of the countries added in session 6.
        ("وأكد ماريانو راخوي أن مدريد لن تقبل الانفصال.", "2015-10-01", "ماريانو راخوي", "ESPGOV"),
        ("وأكد ماريانو راخوي أن مدريد لن تقبل الانفصال.", "2020-10-01", "ماريانو راخوي", "ESP"),
        ("وقال حمادي الجبالي إن الحكومة ستواصل الحوار.", "2012-06-01", "حمادي الجبالي", "TUNGOV"),
        ("وقال حمادي الجبالي إن الحكومة ستواصل الحوار.", "2015-08-09", "حمادي الجبالي", "TUN"),
        ("وبحث فايز الطراونة مع السفير الأمريكي الأوضاع في المنطقة.", "2012-07-01", "فايز الطراونة", "JORGOV"),
        ("وأعلن حسن علي خيري تشكيل حكومة جديدة.", "2017-03-21", "حسن علي خيري", "SOMGOV"),
        ("واستقبل محمد بن أحمد البواردي وفدا عسكريا.", "2019-11-01", "البواردي", "AREGOV"),
    ])
    func roleHoldsOnlyWithinItsDates(_ text: String, _ published: String, _ name: String, _ expected: String) throws {
        let (coded, mentions) = try code(text, published: published, of: name)
        #expect(coded == expected, "«\(name)» on \(published): \(mentions)")
    }

    /// Two terms in the same office (two lines with one code) and one name in two offices.
    @Test(arguments: [
        ("وقال رمطان لعمامرة إن الجزائر تدعم الحوار الليبي.", "2015-06-01", "لعمامرة", "DZAGOV"),
        ("وقال رمطان لعمامرة إن الجزائر تدعم الحوار الليبي.", "2022-06-01", "لعمامرة", "DZAGOV"),
        ("وقال رمطان لعمامرة إن الجزائر تدعم الحوار الليبي.", "2019-06-01", "لعمامرة", "DZA"),
        ("ودعا غوتيريش إلى وقف فوري لإطلاق النار.", "2020-02-01", "غوتيريش", "IGOUNO"),
        ("ودعا غوتيريش إلى حماية اللاجئين السوريين.", "2012-02-01", "غوتيريش", "IGOUNOREFHCR"),
        ("وقال دونالد توسك إن وارسو تقف مع كييف.", "2024-03-01", "توسك", "POLGOV"),
        ("وقال دونالد توسك إن أوروبا تقف مع كييف.", "2016-03-01", "توسك", "IGOEUREEC"),
        ("وقال عبدالقادر بن صالح إن المجلس سيصادق على القانون.", "2010-05-01", "بن صالح", "DZALEG"),
        ("وقال عبدالقادر بن صالح إن الانتخابات ستجرى في موعدها.", "2019-06-01", "بن صالح", "DZAGOV"),
        ("وقال الحموشي إن الأجهزة فككت خلية إرهابية.", "2010-05-01", "الحموشي", "MARSPY"),
        ("وقال الحموشي إن الأجهزة فككت خلية إرهابية.", "2020-05-01", "الحموشي", "MARCOP"),
        ("وحذر تيدروس أدهانوم من انتشار الوباء.", "2020-03-01", "تيدروس", "IGOUNOHLHWHO"),
        ("وزار تيدروس أدهانوم مستشفى في أديس أبابا.", "2014-03-01", "تيدروس", "ETHGOV"),
        ("وقال فولفغانغ شويبله إن برلين لن تقدم تنازلات.", "2015-07-20", "شويبله", "DEUGOV"),
        ("وافتتح فولفغانغ شويبله جلسة البرلمان.", "2019-01-20", "شويبله", "DEULEG"),
    ])
    func sharedNameTakesTheRoleCurrentAtTheDate(
        _ text: String, _ published: String, _ name: String, _ expected: String
    ) throws {
        let (coded, mentions) = try code(text, published: published, of: name)
        #expect(coded == expected, "«\(name)» on \(published): \(mentions)")
    }

    /// A name does not take the article: «الرئيسي» is the adjective "main", not Raisi.
    @Test func aNameWithTheArticleIsAnAdjective() throws {
        let (main, mentions) = try code(
            "وقال المستشار إن المسبب الرئيسي للأزمة هو الحكومة.", published: "2022-06-01", of: "الرئيسي")
        #expect(main == nil, "\(mentions)")
        // NB: «رئيسي» alone is also "main" (marked «~» in people.ar.txt): after a title it is the president.
        let (name, _) = try code("وقال الرئيس رئيسي إن طهران لن تتراجع.", published: "2022-06-01", of: "رئيسي")
        #expect(name == "IRNGOV")
    }

    /// An IGO office-holder out of office has no country to fall back on: no actor at all, not the IGO.
    @Test func formerIGOOfficialNamesNoActor() throws {
        let text = "وقال كوفي عنان إن الحل في سوريا سياسي."
        let (now, _) = try code(text, published: "2004-06-01", of: "كوفي عنان")
        #expect(now == "IGOUNO")
        let (later, mentions) = try code(text, published: "2015-06-01", of: "كوفي عنان")
        #expect(later == nil, "\(mentions)")
    }
}
