import Foundation
import MarsadCore
import Testing

/// Actors named through a person the dictionaries do not know: a name in apposition with an office, a leader «في» a
/// group, and the religious offices of Jerusalem. Sentences written for these tests.
@Suite struct ApposedActorTests {
    /// An unknown name right after the verb, then the office it holds: the office-holder is the subject, and the actor
    /// after the office the object.
    @Test(arguments: [
        ("اتهم جوزيف دي سانتوس وزير خارجية البرازيل، الأرجنتين بخرق الاتفاق التجاري.", "11", "BRAGOV", "ARG"),
        ("انتقد ماركو فيلاني وزير الداخلية الإيطالي الحكومة الفرنسية بشدة.", "11", "ITAGOV", "FRA"),
    ])
    func nameBeforeOfficeIsTheSubject(_ text: String, _ root: String, _ source: String, _ target: String) throws {
        let found = try RoleTests().events(text, root: root)
        #expect(found.contains { $0.0 == source && $0.1.hasPrefix(target) }, "\(found)")
    }

    /// A leader «في» a party or an armed group, with his name or an adjective between, is that group.
    @Test(arguments: [
        ("انتقد القيادي في حركة حماس السلطة الفلسطينية بسبب الاعتقالات.", "PSEREB"),
        ("وانتقد القيادي البارز في حركة حماس السلطة الفلسطينية بسبب الاعتقالات.", "PSEREB"),
        ("انتقد القيادي سامر عودة في حركة حماس السلطة الفلسطينية بسبب الاعتقالات.", "PSEREB"),
    ])
    func leaderInAGroupIsTheGroup(_ text: String, _ source: String) throws {
        let found = try RoleTests().events(text, root: "11")
        #expect(found.contains { $0.0 == source }, "\(found)")
    }

    /// The adjective «القيادي» after a definite noun is no leader: the council is not the movement.
    @Test func leadershipAdjectiveIsNoLeader() throws {
        let doc = try CodedText.annotated(
            "وعقد المجلس القيادي في حركة حماس اجتماعا في غزة.", published: "2015-07-20")
        #expect(
            !doc.mentions.contains { m in
                doc.text(of: m.span).hasPrefix("القيادي")
            }, "\(doc.mentions.map { doc.text(of: $0.span) })")
    }

    /// A demonym right after a given name or a kunya is a nisba surname, no country; after a title it is the country.
    @Test func demonymAfterAGivenNameIsASurname() throws {
        let doc = try CodedText.annotated(
            "وقال خالد التركي إن اللجنة ستجتمع غدا. وأضاف أبو حمزة المصري أن الاجتماع مهم.", published: "2015-07-20")
        #expect(
            !doc.mentions.contains { $0.actor.country == "TUR" || $0.actor.country == "EGY" },
            "\(doc.mentions.map { ($0.actor.code, doc.text(of: $0.span)) })")
        let titled = try CodedText.annotated("وقال الرئيس التركي إن بلاده ستدعم الاتفاق.", published: "2015-07-20")
        #expect(titled.mentions.contains { $0.actor.code == "TURGOV" })
    }

    /// The mufti of Jerusalem and the preacher of al-Aqsa are Palestinian clerics, though Jerusalem is coded ISR.
    @Test(arguments: [
        "ندد مفتي القدس بقيام مستوطنين باقتحام ساحات المسجد.",
        "وأدان خطيب المسجد الأقصى اعتداء المستوطنين على المصلين.",
    ])
    func jerusalemClericsArePalestinian(_ text: String) throws {
        let found = try RoleTests().events(text, root: "11")
        #expect(found.contains { $0.0 == "PSEREL" }, "\(found)")
    }
}
