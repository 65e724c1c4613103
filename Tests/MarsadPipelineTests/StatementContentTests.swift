import MarsadCoding
import MarsadCore
import Testing

/// A statement coded as what it says (option `says`, `EventCoder.recodeStatement`): the speaker criticizes, threatens
/// or means to cooperate, and a plain statement stays a statement. Sentences written for these tests.
@Suite struct StatementContentTests {
    /// Every event of the text as (code, source, target).
    func events(_ text: String) throws -> [(String, String, String)] {
        var doc = Document(id: "says", text: text, published: CalendarDate(iso: "2015-07-20"))
        try RoleTests.pipeline.run(&doc)
        return doc.events.map { ($0.code.code, $0.source?.actor.code ?? "-", $0.target?.actor.code ?? "-") }
    }

    @Test(arguments: [
        (
            "a word judging an act condemns its doer, the story's last one",
            """
            وهاجم مسلحون من تنظيم داعش مسجدا في الكويت وقتلوا 27 شخصا. وقال وزير الخارجية الأردني إن هذا العمل \
            الجبان يستهدف وحدة المسلمين.
            """, "111", "JORGOV", "IMGREB"
        ),
        (
            "hostility the speaker sees in another's words is criticism of them",
            "وقال وزير الخارجية الإماراتي إن تصريحات المسؤولين الإيرانيين العدائية تهدد أمن المنطقة.", "111", "AREGOV",
            "IRNGOV"
        ),
        (
            "an act the speaker calls a breach criticizes whoever did it",
            "وقال الأمين العام لجامعة الدول العربية إن الاستيطان الإسرائيلي يعد خرقا للاتفاقات الموقعة.", "111",
            "IGOMEAARL", "ISR"
        ),
        (
            "an act the speaker calls unacceptable criticizes whoever did it",
            "وقال وزير الخارجية النرويجي إن قرار الحكومة الإسرائيلية بناء مستوطنات جديدة غير مقبول.", "111",
            "NORGOV", "ISRGOV"
        ),
        (
            "a threat that names no one, made by a ministry",
            "وقالت وزارة الداخلية البحرينية إن كل من يعبث بأمن المملكة سيكون مصيره السجن.", "130", "BHRGOV", "-"
        ),
        (
            "a firm response announced against a named group is a threat to it",
            "وقال وزير الداخلية التونسي إن الحكومة ستتعامل بحزم مع الجماعات المتطرفة.", "130", "TUNGOV", "---REB"
        ),
        (
            "a firm response announced against whoever would act is a threat with no one named",
            "وقالت وزارة الداخلية الكويتية إن أي تجمع غير مرخص سيتم التعامل معه بكل حزم.", "130", "KWTGOV", "-"
        ),
        (
            "a response in force announced is a threat",
            "وقال المتحدث باسم الجيش المصري إن القوات سترد بحزم على أي هجوم من جانب المسلحين.", "130", "EGYMIL", "-"
        ),
        (
            "a response announced to any attack is a threat",
            "وقال وزير الدفاع الأردني إن بلاده سترد على أي اعتداء على حدودها.", "130", "JORGOV", "-"
        ),
        (
            "ready to cooperate with a partner is an intent to cooperate",
            "وقال وزير الخارجية الروسي إن بلاده مستعدة للتعاون مع السعودية في مكافحة الإرهاب.", "030", "RUSGOV", "SAU"
        ),
        (
            "a warning to whoever would act, from a state body",
            "وحذرت وزارة الداخلية المصرية كل من يحاول الإخلال بالأمن العام.", "130", "EGYGOV", "-"
        ),
        (
            "hostility the speaker sees in another's policy is criticism of it",
            "وأكد المتحدث باسم الحكومة الإيرانية أن السياسات الأمريكية معادية لبلاده.", "111", "IRNGOV", "USA"
        ),
        (
            "a policy called racist criticizes whoever makes it",
            "وقال المتحدث باسم الرئاسة الفلسطينية إن إسرائيل تنتهج سياسات عنصرية بحق الأسرى.", "111", "PSEGOV",
            "ISR"
        ),
        (
            "a decision called a grave mistake criticizes whoever made it",
            "وقال الرئيس الفرنسي إن قرار الحكومة البريطانية كان خطأ فادحا.", "111", "FRAGOV", "GBRGOV"
        ),
        (
            "tampering with a country's security is an accusation of the content's subject",
            "وقال الوزير اليمني إن الميليشيات الحوثية تعبث بأمن البلاد.", "112", "YEMGOV", "YEMREB"
        ),
        (
            "practising terror is an accusation of the content's subject",
            "وقال وزير الخارجية القطري إن الحكومة الإيرانية تمارس إرهاب الدولة.", "112", "QATGOV", "IRNGOV"
        ),
        (
            "bearing the responsibility for a crime is an accusation of the one who bears it",
            "وقال الرئيس الفلسطيني إن الاحتلال يتحمل المسؤولية الكاملة عن هذه الجريمة.", "112", "PSEGOV", "ISRMIL"
        ),
        (
            "crimes the speaker says someone commits accuse the doer named after the relative verb",
            "وقال وزير الخارجية اليمني إن الجرائم التي ترتكبها الميليشيات الحوثية بحق المدنيين لن تمر.", "112",
            "YEMGOV", "YEMREB"
        ),
        (
            "obstructing an agreement is an accusation of the content's subject",
            "وقال وزير الخارجية المصري إن إثيوبيا تعرقل تنفيذ الاتفاق.", "112", "EGYGOV", "ETH"
        ),
    ])
    func saysWhatItIs(_ construction: String, _ text: String, _ code: String, _ source: String, _ target: String)
        throws
    {
        let found = try events(text)
        #expect(
            found.contains { $0.0 == code && $0.1 == source && $0.2 == target }, "\(construction): \(found)")
    }

    /// The same words where they say nothing of the speaker's own: negated, conditional, in a relative clause, in a
    /// question, of what has not happened, about victims, with no one to criticize, or by a private person with no one
    /// named.
    @Test(arguments: [
        ("negated", "وقال وزير الخارجية الأردني إن الحكومة لا ترى في تصريحات المسؤولين الإيرانيين أي لهجة عدائية."),
        ("conditional", "وقال وزير الخارجية الأردني إنه إذا ثبت أن تصريحات المسؤولين الإيرانيين عدائية فسيرد الأردن."),
        ("relative clause", "وقال وزير الخارجية الأردني إن الجماعة التي تمثل تهديدا عدائيا للمنطقة هي داعش."),
        ("question", "وتساءل وزير الخارجية الأردني: هل تصريحات المسؤولين الإيرانيين عدائية؟"),
        ("not yet done", "وقال وزير الخارجية الإيراني إن أي عقوبات أمريكية جديدة ستعد انتهاكا للاتفاق النووي."),
        ("victims are no target", "وقال وزير الداخلية الأردني إن الجريمة النكراء بحق المواطنين الأردنيين لن تمر."),
        ("nothing named to criticize", "وقال وزير الخارجية الأردني إن العمل الجبان لا يمثل الإسلام."),
        ("a private threat", "وقال شاهد عيان إن كل من يتكلم سيكون مصيره السجن."),
        ("a side of a war, not a judgement", "وقالت مصادر في القوات المعادية للحوثيين إن الجندي قتل في عدن."),
        ("a mistake warned of", "وقال الوزير الأمريكي إن إسرائيل سترتكب خطأ جسيما إذا هاجمت إيران."),
        ("racism as a phenomenon", "وقال الوزير الأردني إن المجتمع الدولي يواجه التطرف والعنصرية والكراهية."),
        ("crimes of no one named", "وقال المتحدث باسم الشرطة الأردنية إن جرائم القتل ارتفعت في العاصمة."),
        ("what others feel", "وقال الباحث الأمريكي إن المشاعر المعادية للمهاجرين تتزايد في أوروبا."),
        ("an answer, not a response in force", "وقال وزير الخارجية الأردني إنه سيرد على أسئلة النواب غدا."),
        ("firmness of routine work, not ahead", "وقالت وزارة الداخلية الكويتية إنه يتم التعامل مع البلاغات بحزم."),
        (
            "the police praised with an iron hand",
            "وقال المواطن إن رجال الأمن يضربون بيد من حديد على المفسدين."
        ),
    ])
    func saysNothingOwn(_ why: String, _ text: String) throws {
        let found = try events(text).filter { ["11", "13"].contains(String($0.0.prefix(2))) }
        #expect(found.isEmpty, "\(why): \(found)")
    }
}
