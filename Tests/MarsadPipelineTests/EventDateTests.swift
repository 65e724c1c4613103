import Foundation
import MarsadCore
import MarsadPipeline
import Testing

/// Which date an event gets, through the standard pipeline. Sentences written for these tests.
@Suite struct EventDateTests {
    /// The coded events (no plain statements unless `statements`) of a text published on `published`.
    func events(statements: Bool = false, _ text: String, published: String) throws -> [Event] {
        let doc = try CodedText.document(text, published: published, id: "dates")
        return doc.events.filter { statements || $0.code.root != "01" }
    }

    func describe(_ events: [Event]) -> String {
        events.map { "\($0.code.code) \($0.date.map { "\($0)" } ?? "-") \($0.datePrecision)" }.joined(separator: "; ")
    }

    @Test func theLeadsDateCarriesOverEvenWithoutATriggerInTheLead() throws {
        let found = try events(
            "افتتحت السفارة السعودية في روما مساء أمس الأول معرضا للخط العربي حضره عدد من الطلاب. "
                + "وأشاد وزير الثقافة الإيطالي بجهود المملكة العربية السعودية في نشر الثقافة.",
            published: "2015-08-09")
        let praise = try #require(found.first { $0.code.root == "05" }, "\(describe(found))")
        #expect(praise.date == CalendarDate(iso: "2015-08-07") && praise.datePrecision == .day, "\(describe(found))")
    }

    @Test func anUndatedLeadTakesTheDayItsNextSentenceNames() throws {
        let found = try events(
            "زار الرئيس الأمريكي باراك أوباما كينيا في أول زيارة لبلد آبائه. "
                + "وحطت طائرة الرئيس الأمريكي في مطار نيروبي يوم الجمعة، حيث كان باستقباله الرئيس الكيني.",
            published: "2015-07-25")
        let visit = try #require(found.first { $0.code.code == "042" }, "\(describe(found))")
        #expect(visit.date == CalendarDate(iso: "2015-07-24") && visit.datePrecision == .day, "\(describe(found))")
    }

    @Test func anUndatedLeadIsNotDatedByTodayOrAYearOfBackground() throws {
        for next in [
            "وأشاد الرئيس الكيني اليوم بالزيارة التاريخية.",
            "وكانت الشرطة الكينية قد اعتقلت عشرات المتظاهرين في 25 يناير 2011.",
        ] {
            let found = try events(
                "زار الرئيس الأمريكي باراك أوباما كينيا في أول زيارة لبلد آبائه. " + next, published: "2015-07-25")
            let visit = try #require(found.first { $0.code.code == "042" }, "\(describe(found))")
            #expect(visit.datePrecision == .unknown, "\(describe(found))")
        }
    }

    /// One dated act per case: the root, and the date expected (`nil`: the publication date, precision unknown).
    struct DatedCase: Sendable, CustomTestStringConvertible {
        var why: String
        var text: String
        var published: String
        var root: String
        var date: String?
        var testDescription: String { why }
    }

    static let datedCases: [DatedCase] = [
        // A byline that names the news site «عين اليوم» gives the story no date (not today).
        DatedCase(
            why: "a masthead in the byline is no date",
            text: "عين اليوم – متابعات\nوصل وزير الخارجية الفرنسي إلى طهران في أول زيارة منذ سنوات.",
            published: "2015-07-25", root: "04", date: nil),
        // «اليوم الأربعاء» in a paper dated Tuesday: the weekday tells the day (the paper's date lags), not last year's.
        DatedCase(
            why: "today with a weekday just after the paper's date is that day",
            text: "وأدان وزير الخارجية الأردني اليوم الأربعاء الهجوم الإسرائيلي على قطاع غزة.", published: "2015-07-21",
            root: "11", date: "2015-07-22"),
        // A date counted forward in a sentence told in the past is a plan's: the act is not moved to last year.
        DatedCase(
            why: "a forward date is never last year",
            text: "ودعا وزير الخارجية الفرنسي إيران إلى الإفراج عن الصحفيين قبل الشهر المقبل.", published: "2015-07-21",
            root: "02", date: nil),
        // «منذ ثلاثة أيام» tells how long ago something began; it is not the time of what the next sentences tell.
        DatedCase(
            why: "a time ago with «منذ» does not carry over",
            text: "شكا أهالي الحي من انقطاع المياه منذ ثلاثة أيام، وأكدوا أن البلدية لم تتدخل. وقال أحد سكان الحي إن "
                + "وزير الخارجية الأردني انتقد الحكومة الإسرائيلية بسبب الحصار.",
            published: "2015-07-21", root: "11", date: nil),
        // A date before the «أن» that opens the words said is the saying's; the act inside them takes its own date.
        DatedCase(
            why: "an act in the words said takes its own date",
            text:
                "وقال الجيش الأمريكي أمس السبت إن طائرات التحالف قصفت مواقع لتنظيم داعش قرب الموصل يوم الخميس الماضي.",
            published: "2015-07-26", root: "19", date: "2015-07-23"),
    ]

    @Test(arguments: datedCases)
    func theActIsDatedAsTheTextTells(_ c: DatedCase) throws {
        let found = try events(c.text, published: c.published)
        let event = try #require(found.first { $0.code.root == c.root }, "\(describe(found))")
        if let date = c.date {
            #expect(event.date == CalendarDate(iso: date), "\(describe(found))")
        } else {
            #expect(
                event.date == CalendarDate(iso: c.published) && event.datePrecision == .unknown, "\(describe(found))")
        }
    }

    @Test func aPlannedDateIsNotTheAnnouncementsDate() throws {
        let found = try events(
            "وأعلن وزير الخارجية الألماني أنه سيزور السعودية خلال شهر سبتمبر المقبل.", published: "2015-08-10")
        try #require(!found.isEmpty)
        for e in found { #expect(e.date == CalendarDate(iso: "2015-08-10"), "\(describe(found))") }
    }

    @Test func anActSetAfterPublicationIsAPlanNotAnEvent() throws {
        let planned = try events(
            "وينظم أنصار الحزب الشيوعي مسيرة ضد الحكومة اللبنانية مساء غد الخميس في وسط بيروت.", published: "2015-08-12"
        )
        #expect(!planned.contains { $0.code.root == "14" }, "\(describe(planned))")
        // The same act told for yesterday is an event; an announcement about tomorrow is one too.
        let done = try events(
            "ونظم أنصار الحزب الشيوعي مسيرة ضد الحكومة اللبنانية مساء أمس في وسط بيروت.", published: "2015-08-12")
        #expect(done.contains { $0.code.root == "14" }, "\(describe(done))")
        let threat = try events(
            "وهدد الحزب الشيوعي الحكومة اللبنانية بتنظيم مسيرة مساء غد الخميس.", published: "2015-08-12")
        #expect(threat.contains { $0.code.root == "13" }, "\(describe(threat))")
    }

    /// A date in another clause («… في 30 يوليو لكن …») does not set the act of this one in the future.
    @Test func aFutureDateBeyondAContrastIsNotTheActsDate() throws {
        let found = try events(
            "القمة مقررة في 30 سبتمبر لكن المشاورات مستمرة بين الأردن ومصر.", published: "2015-08-10")
        #expect(found.contains { $0.code.root == "04" }, "\(describe(found))")
        let plan = try events("المشاورات بين الأردن ومصر مقررة في 30 سبتمبر.", published: "2015-08-10")
        #expect(!plan.contains { $0.code.root == "04" }, "\(describe(plan))")
    }

    @Test func aYearlessDayTakesTheYearOfTheArticlesOtherMentionOfIt() throws {
        let found = try events(
            "وشارك أنصار الإخوان المسلمين في اعتصام استمر من 21 يونيو 2013 حتى 14 أغسطس من نفس العام. "
                + "وفضت قوات الأمن المصرية اعتصام جماعة الإخوان المسلمين يوم 14 أغسطس بالقوة.",
            published: "2015-08-11")
        let dispersal = found.filter { $0.code.root == "17" }
        try #require(!dispersal.isEmpty, "\(describe(found))")
        for e in dispersal { #expect(e.date == CalendarDate(iso: "2013-08-14"), "\(describe(found))") }
    }

    @Test func aFollowingCameThatSentenceDatesTheOnesBefore() throws {
        let found = try events(
            statements: true,
            "أكد وزير العدل السعودي دعم وزارة العدل لاستراتيجية وزارة الإسكان. "
                + "جاء ذلك خلال استقبال وزير العدل السعودي أمس وزير الإسكان السعودي.",
            published: "2015-08-06")
        let first = found.filter { $0.sentence == 0 }
        try #require(!first.isEmpty, "\(describe(found))")
        for e in first { #expect(e.date == CalendarDate(iso: "2015-08-05"), "\(describe(found))") }
    }

    @Test func aBracketGlossReplacesTheQuotedDay() throws {
        let found = try events(
            "قصفت الطائرات التركية مواقع حزب العمال الكردستاني فجر اليوم (أمس السبت).", published: "2015-08-02")
        try #require(!found.isEmpty)
        for e in found { #expect(e.date == CalendarDate(iso: "2015-08-01"), "\(describe(found))") }
    }

    @Test func theDayAfterAMeetingDatesTheMeetingTheDayBefore() throws {
        let found = try events(
            "وقال وزير الخارجية الأمريكي غداة لقائه وزير الخارجية الروسي في ماليزيا إن الاتفاق قريب.",
            published: "2015-08-06")
        let meetings = found.filter { $0.code.root == "04" }
        try #require(!meetings.isEmpty, "\(describe(found))")
        for e in meetings { #expect(e.date == CalendarDate(iso: "2015-08-05"), "\(describe(found))") }
    }

    @Test func theStoryTimeIsTheMainClausesDate() throws {
        let found = try events(
            "طالب رئيس البرلمان العراقي أمس الاثنين الحكومة العراقية بإقالة الوزراء ضمن إصلاحات أقرتها "
                + "الحكومة أول أمس الأحد. ودعا رئيس البرلمان العراقي الكتل السياسية إلى تأييد الإصلاحات.",
            published: "2015-08-11")
        try #require(!found.isEmpty)
        for e in found { #expect(e.date == CalendarDate(iso: "2015-08-10"), "\(describe(found))") }
    }

    @Test func anOngoingActOnTwoJoinedDaysIsOnTheLaterOne() throws {
        let found = try events(
            "يعقد وزير الخارجية الروسي اجتماعا ثلاثيا مع نظيريه السعودي والأمريكي في قطر، أمس واليوم.",
            published: "2015-08-03")
        try #require(!found.isEmpty)
        for e in found { #expect(e.date == CalendarDate(iso: "2015-08-03"), "\(describe(found))") }
    }

    @Test func aDateAfterSinceAndANounDatesTheNoun() throws {
        let found = try events(
            "قصفت القوات اليمنية مواقع الحوثيين أمس. "
                + "وتقطع القوات اليمنية إمدادات الحوثيين منذ بدء عمليات التحالف قبل أربعة أشهر.",
            published: "2015-08-04")
        try #require(!found.isEmpty)
        for e in found { #expect(e.date == CalendarDate(iso: "2015-08-03"), "\(describe(found))") }
    }

    @Test func theNextDayIsTheDayAfterTheStorysDay() throws {
        let found = try events(
            "قصفت الطائرات التركية مواقع حزب العمال الكردستاني يوم الأحد الماضي. "
                + "وفي اليوم التالي اجتمع وزير الخارجية التركي مع نظيره الإيراني في أنقرة.",
            published: "2015-08-06")
        let meetings = found.filter { $0.sentence == 1 }
        try #require(!meetings.isEmpty, "\(describe(found))")
        for e in meetings { #expect(e.date == CalendarDate(iso: "2015-08-03"), "\(describe(found))") }
        // With no story day before it, the next day says nothing more than the story's (publication) date.
        let alone = try events(
            "وفي اليوم التالي اجتمع وزير الخارجية التركي مع نظيره الإيراني في أنقرة.", published: "2015-08-06")
        try #require(!alone.isEmpty)
        for e in alone {
            #expect(e.date == CalendarDate(iso: "2015-08-06") && e.datePrecision == .unknown, "\(describe(alone))")
        }
    }

    @Test func theNextDayAfterANounQualifiesTheNounNotTheAct() throws {
        // «برامج اليوم التالي» are the next day's programmes; the meeting is on the story's day.
        let found = try events(
            "قصفت الطائرات التركية مواقع حزب العمال الكردستاني يوم الأحد الماضي. "
                + "واستعرض وزير الخارجية التركي برامج اليوم التالي واجتمع مع نظيره الإيراني في أنقرة.",
            published: "2015-08-06")
        let meetings = found.filter { $0.sentence == 1 && $0.code.root == "04" }
        try #require(!meetings.isEmpty, "\(describe(found))")
        for e in meetings { #expect(e.date == CalendarDate(iso: "2015-08-02"), "\(describe(found))") }
    }

    /// What a speaker does in speaking (a circumstantial «داعيا», an accusation coded from the words said) is done when
    /// the statement is made, not on a day named inside the words said.
    @Test func theSpeakersActIsDatedByTheStatementNotByItsWords() throws {
        let found = try events(
            "وقال رئيس البرلمان العراقي في بيان مساء أمس الثلاثاء إن الأزمة طويلة، وأضاف أن اليوم يخرج الشعب إلى "
                + "الشوارع، داعيا الحكومة العراقية إلى الاستقالة.",
            published: "2015-08-05")
        let appeal = try #require(found.first { $0.code.root == "02" }, "\(describe(found))")
        #expect(appeal.date == CalendarDate(iso: "2015-08-04") && appeal.datePrecision == .day, "\(describe(found))")
        // The day named right after the second statement verb is its own.
        let own = try events(
            "وقال رئيس البرلمان العراقي في بيان مساء أمس الثلاثاء إن الأزمة طويلة، وأضاف اليوم أن الشعب غاضب، "
                + "داعيا الحكومة العراقية إلى الاستقالة.",
            published: "2015-08-05")
        let later = try #require(own.first { $0.code.root == "02" }, "\(describe(own))")
        #expect(later.date == CalendarDate(iso: "2015-08-05"), "\(describe(own))")
    }

    /// An act whose doer is the speaker named before the words said («أكد … الثلاثاء أن …، ودعا …») is done when the
    /// statement is made, not at a time the words name.
    @Test func theSpeakersNextVerbIsDatedByTheStatement() throws {
        let found = try events(
            "أكد رئيس البنك الدولي الثلاثاء أن القضاء على الفقر ممكن بحلول العام 2030، ودعا إلى نزع سلاح الميليشيات في "
                + "جنوب السودان.",
            published: "2015-08-01")
        let appeal = try #require(found.first { $0.code.root == "02" }, "\(describe(found))")
        #expect(appeal.date == CalendarDate(iso: "2015-07-28") && appeal.datePrecision == .day, "\(describe(found))")
    }

    /// «ليلة السبت» is Friday night.
    @Test func theEveOfAWeekdayIsTheDayBefore() throws {
        let found = try events(
            "واندلعت اشتباكات عنيفة ليلة السبت بين القوات الحكومية والمتمردين الحوثيين في مدينة تعز.",
            published: "2015-08-01")
        let fight = try #require(found.first { $0.code.root == "19" }, "\(describe(found))")
        #expect(fight.date == CalendarDate(iso: "2015-07-31"), "\(describe(found))")
    }
}
