import Foundation
import MarsadCoding
import MarsadCore
import MarsadPipeline
import Testing

/// Source and target in constructions the coder learned this round. Sentences written for these tests.
@Suite struct RoleTests {
    static let pipeline = try! MarsadPipeline.standard()

    func events(_ text: String, root: String) throws -> [(String, String)] {
        var doc = Document(id: "roles", text: text, published: CalendarDate(iso: "2015-07-20"))
        try Self.pipeline.run(&doc)
        return doc.events.filter { $0.code.root == root }.map {
            ($0.source?.actor.code ?? "-", $0.target?.actor.code ?? "-")
        }
    }

    /// One construction per row (sentences written for these tests): the root and the source and target it gives.
    @Test(arguments: [
        (
            "two suspects named with the dual are the target of their arrest",
            "وتمكنت الشرطة الأردنية من القبض على الجانيين بعد يومين من الحادث.", "17", "JORCOP", "JORCVL"
        ),
        (
            "Southeast Asian nations named as a group are ASEAN",
            "وانتقدت دول جنوب شرقي آسيا الصين بسبب أنشطتها في بحر الصين الجنوبي.", "11", "IGOSEAASN", "CHN"
        ),
        (
            "two offenders named with the dual are the object of the arrest verb",
            "واعتقلت الشرطة الأردنية الجانيين بعد يومين من الحادث.", "17", "JORCOP", "JORCVL"
        ),
        (
            "a request is made of who comes after «من»",
            "وطلبت الحكومة الأردنية من الأمم المتحدة زيادة المساعدات المقدمة للاجئين.", "02", "JORGOV", "IGOUNO"
        ),
        (
            "a demand made «من» an actor right after the verb and its subject is made of that actor",
            "وطالبت الحكومة العراقية من الحكومة التركية سحب قواتها من شمال العراق فورا.", "10", "IRQGOV", "TURGOV"
        ),
        (
            "a first-person demand «من» an actor in the speaker's words",
            "وقال الوزير العراقي إننا نطالب من الأمم المتحدة إرسال مراقبين إلى الحدود.", "10", "IRQGOV", "IGOUNO"
        ),
        (
            "praise of cooperation with a partner is praise of the partner",
            "أشاد وزير الخارجية المصري بالتنسيق القائم مع الأردن في ملف اللاجئين.", "05", "EGYGOV", "JOR"
        ),
        (
            "«أقدم … على» + verbal noun is the act", "وأقدم مسلحون من تنظيم داعش على إعدام عشرة مدنيين في الموصل.",
            "18", "IMGREB", "IRQCVL"
        ),
        (
            "«عمد … إلى» + verbal noun is the act", "وعمدت عناصر من حركة الشباب إلى اختطاف صحفي كيني قرب الحدود.",
            "18", "SOMREB", "KENMED"
        ),
        (
            "«تمكن … من» + verbal noun is the act",
            "وتمكنت القوات العراقية من اعتقال ثلاثة من قادة تنظيم داعش في الأنبار.",
            "17", "IRQMIL", "IMGREB"
        ),
        (
            "a known person's name then another country's title: host and guest, not one man",
            "واستقبل مسعود بارزاني وزير الخارجية القطري في أربيل أمس.", "04", "IRQGOV", "QATGOV"
        ),
        (
            "«رئيس جمهورية» + a state whose bare name is a common word («بنين» sons, «مالي» financial): that state's",
            "واستقبل خادم الحرمين الشريفين رئيس جمهورية مالي في قصر السلام أمس.", "04", "SAUGOV", "MLIGOV"
        ),
        (
            "a title, an honorific and an unknown name, then the office with the state: the state's head",
            "وبعث خادم الحرمين الشريفين برقية تهنئة لفخامة الرئيس الدكتور أحمد سالم رئيس جمهورية بنين بمناسبة اليوم الوطني.",
            "05", "SAUGOV", "BENGOV"
        ),
        (
            "«، وقال:» goes on with the subject of the sentence's verb, not the doer named in its object",
            "دان وزير الخارجية السعودي جريمة حرق منزل فلسطيني على يد مستوطنين إسرائيليين، وقال: \"نحمل إسرائيل "
                + "المسؤولية الكاملة عن هذه الجريمة\".", "11", "SAUGOV", "ISR"
        ),
        (
            "a host verb with an object pronoun: the counterpart after it receives the visitor named before",
            "وصل وزير الخارجية الإيراني محمد جواد ظريف إلى مسقط أمس. واستقبله نظيره العماني يوسف بن علوي في المطار.",
            "04", "OMNGOV", "IRNGOV"
        ),
        (
            "«والتقاه» (weak verb with an object pronoun): the ruler after it meets the visitor",
            "وصل وزير الخارجية الإيراني محمد جواد ظريف إلى مسقط أمس. والتقاه السلطان قابوس بن سعيد في قصر العلم.",
            "04", "OMNGOV", "IRNGOV"
        ),
        (
            "«وهنأه»: the congratulated is the one named before",
            "فاز الرئيس التركي رجب طيب أردوغان بالانتخابات. وهنأه الرئيس الروسي فلاديمير بوتين في اتصال هاتفي.", "05",
            "RUSGOV", "TURGOV"
        ),
        (
            "an international organisation's office, then a country's title: host and guest, not one actor",
            "والتقى الأمين العام لمنظمة التعاون الإسلامي وزير الخارجية الماليزي في جدة أمس.", "04", "IGOMOSOIC",
            "MYSGOV"
        ),
        (
            "a known UN official's name, then a country's title with its name: two people",
            "واستقبل الأمين العام للأمم المتحدة بان كي مون وزير الخارجية الإيراني محمد جواد ظريف في نيويورك أمس.",
            "04", "IGOUNO", "IRNGOV"
        ),
        (
            "an international office, then an ambassador of a named country",
            "واستقبل الأمين العام لجامعة الدول العربية سفير الصين لدى مصر في القاهرة أمس.", "04", "IGOMEAARL", "CHNGOV"
        ),
        (
            "the object right after a subject whose name starts with «بـ»",
            "وانتقد بوتين الرئيس الأوكراني بسبب تصريحاته الأخيرة حول القرم.", "11", "RUSGOV", "UKRGOV"
        ),
        (
            "a verb-or-noun word opening its clause is the verb, with its subject and accusative object",
            "خطف مسلحون مجهولون مصورا فرنسيا في شمال الصومال أمس.", "18", "---REB", "FRAMED"
        ),
        (
            "unknown people («مجهولين») are the doers", "وأفادت الشرطة بأن مجهولين اختطفوا صحفيا يابانيا في كابول.",
            "18", "---REB", "JPNMED"
        ),
        (
            "an indefinite accusative right after a verb of force is its object; the subject is the clause's",
            "وأعلنت الشرطة المصرية أن قواتها قتلت مسلحا في شمال سيناء.", "18", "EGYCOP", "---REB"
        ),
        (
            "the people a toll names as killed by a named doer's act are its victims, not the place's civilians",
            "قتل خمسة جنود باكستانيين في هجوم شنته حركة طالبان قرب بيشاور.", "19", "AFGREB", "PAKMIL"
        ),
        (
            "a partitive «من» after the toll's number names the victims",
            "قتل ثلاثة من رجال الشرطة العراقية في هجوم انتحاري في الموصل.", "18", "---REB", "IRQCOP"
        ),
        (
            "in an act of force, «من» after a counted object names the ones counted",
            "وكانت حركة طالبان قد خطفت 23 من الكوريين الجنوبيين في ولاية غزني.", "18", "AFGREB", "KOR"
        ),
        (
            "an origin in the accusative qualifies the object", "اعتقلت الشرطة التركية صحفيا أمريكيا في إسطنبول أمس.",
            "17", "TURCOP", "USAMED"
        ),
        (
            "a verb after a comma opens a clause and is no part of a name",
            "وعلى هامش الاجتماع مع وزراء خارجية الجامعة العربية في القاهرة، سيلتقي كيري نظيره المصري سامح شكري.", "03",
            "USAGOV", "EGYGOV"
        ),
        (
            "greetings conveyed to someone named with «لـ» before them: the receiver is the target, not the sender",
            "ونقل وزير الخارجية الأمريكي لولي العهد السعودي تحيات الرئيس الأمريكي وتمنياته.", "05", "USAGOV",
            "SAUGOV"
        ),
        (
            "members of a group after «في» are the target of the preposition before them",
            "ووجه وزير الدفاع العراقي أصابع الاتهام إلى قادة في القوات العراقية.", "11", "IRQGOV", "IRQMIL"
        ),
        (
            "«الجانبان» praising: each party praised the other (first direction)",
            "التقى وزير الخارجية السعودي نظيره الإيطالي في روما. وأثنى الجانبان على تطور العلاقات الثنائية.", "05",
            "SAUGOV", "ITAGOV"
        ),
        (
            "«الجانبان» praising: each party praised the other (second direction)",
            "التقى وزير الخارجية السعودي نظيره الإيطالي في روما. وأثنى الجانبان على تطور العلاقات الثنائية.", "05",
            "ITAGOV", "SAUGOV"
        ),
        (
            "the two parties after «بين» a few words after the noun",
            "ورحب الوزير بالاجتماع الذي عقد أمس بين وزير الخارجية الأردني ونظيره المصري.", "04", "JORGOV", "EGYGOV"
        ),
        (
            "«في الوقت الذي» is \"while\": the clause after it reports, and a first-person verb is the speaker's",
            "وقال وزير الخارجية الأردني: في الوقت الذي ندين فيه القصف الإسرائيلي نطالب المجتمع الدولي بالتحرك.",
            "11", "JORGOV", "ISR"
        ),
        (
            "a place taken by force: the loser is the armed party it was taken from, not the place's civilians",
            "وحرر الجيش العراقي مدينة تكريت من مقاتلي تنظيم داعش بعد معارك استمرت أسبوعين.", "19", "IRQMIL", "IMGREB"
        ),
        (
            "a first-person verb has its subject in the verb; the actor after it is its object",
            "وبحسب بيان وزارة الخارجية الأردنية فإنه «في الوقت الذي ندين فيه العدوان نطالب الحكومة الإسرائيلية بوقف الاستيطان».",
            "10", "JORGOV", "ISRGOV"
        ),
        (
            "an actor right before a verb that opens its clause is the subject; the actor in the phrase's gap its object",
            "وقال المتحدث إن الحكومة العراقية تطالب الحكومة التركية بسحب قواتها من بعشيقة.", "10", "IRQGOV", "TURGOV"
        ),
        (
            "a verb joined by «و» in a speaker's clause accuses the clause's subject, not the earlier verb's object",
            "وقال وزير الخارجية الإماراتي إن إيران ما زالت تمول الحوثيين، وتقاتل في سوريا إلى جانب النظام.", "11",
            "AREGOV", "IRN"
        ),
        (
            "the loser may be named before the act, after the winner, and have the winner's code",
            "وأعلنت المقاومة الشعبية المديرية خالية من الحوثيين بعدما استعادت السيطرة على مركزها.", "19", "YEMREB",
            "YEMREB"
        ),
        (
            "an actor after the phrase's last word is its object, not a subject after the verb",
            "وقال الوزير إن القوات العراقية بدأت بقتال تنظيم داعش في الرمادي.", "19", "IRQMIL", "IMGREB"
        ),
        (
            "the prosecution in subject position is not the place a case is referred to",
            "أحالت النيابة العامة المصرية قادة جماعة الإخوان إلى المحاكمة.", "17", "EGYJUD", "EGYOPP"
        ),
        (
            "a call received is made by the one after «من», to the verb's subject",
            "وتلقى الرئيس المصري اتصالا هاتفيا من العاهل الأردني.", "04", "JORGOV", "EGYGOV"
        ),
        (
            "«في الوقت الذي» is while: the verb after it keeps its own subject and object",
            "وفي الوقت الذي استقبل فيه الرئيس المصري نظيره اليمني، أعلنت الحكومة خطة جديدة.", "04", "EGYGOV", "YEMGOV"
        ),
        (
            "a number and its noun after a verb of protest are the protesters, not its object",
            "واعتصم مئات الطلاب المصريين أمام وزارة التعليم.", "14", "EGYEDU", "EGYGOV"
        ),
        (
            "the rest of the subject's name and a prayer after it do not push the received out of reach (session 26)",
            "استقبل الأمير محمد بن نايف بن عبدالعزيز آل سعود - حفظه الله - في قصر السلام امس، أصحاب السمو الأمراء والوزراء.",
            "04", "SAUGOV", "SAUGOV"
        ),
        (
            "a named person in apposition to the receiving title is the host, not the received (session 26)",
            "استقبل نائب خادم الحرمين الشريفين صاحب السمو الملكي الأمير محمد بن نايف بن عبدالعزيز آل سعود في قصر السلام بجدة امس، الوزراء وجموعا من المواطنين.",
            "04", "SAUGOV", "SAUGOV"
        ),
        (
            "an actor right after «كانت» is the subject of the past verb after it, the actor after the verb its object",
            "وكانت الحكومة العراقية دعت تركيا إلى سحب قواتها من شمال العراق.", "02", "IRQGOV", "TUR"
        ),
        (
            "an actor in a relative clause on the named source, closed by a comma, is no target (session 30)",
            "أدان المجلس الوطني الفلسطيني الذي يتخذ من العاصمة الأردنية عمان مقرا له، بشدة، مصادقة كنيست الاحتلال على القانون.",
            "11", "PSELEG", "ISRLEG"
        ),
        (
            "the relative clause that holds the act itself keeps its object (session 30)",
            "ويتولى الملا منصور الذي ينتقد الحكومة الأفغانية، قيادة الحركة منذ أسبوعين.", "11", "AFGREB", "AFGGOV"
        ),
        (
            "the guest of a country is the one named right after it (session 30)",
            "ورحب الرئيس المصري في كلمته خلال الحفل بضيف مصر الأمير محمد بن سلمان ولي ولي العهد.", "05", "EGYGOV",
            "SAUGOV"
        ),
        (
            "a condemned deed's doer in the genitive of its noun is the target (session 30)",
            "واستنكرت الحكومة الأردنية قرار السلطات الإسرائيلية إغلاق المسجد الأقصى أمام المصلين.", "11", "JORGOV",
            "ISRGOV"
        ),
        (
            "a second reaction verb past a word of degree shares its subject; the actor after is the deed's (session 30)",
            "ودان المجلس الوطني الفلسطيني واستنكر بشدة مصادقة كنيست الاحتلال على قانون جديد.", "11", "PSELEG", "ISRLEG"
        ),
        (
            "more offices of the subject in apposition before the adverbials and the one met (session 30)",
            "التقى الأمير محمد بن سلمان ولي ولي العهد النائب الثاني لرئيس مجلس الوزراء وزير الدفاع في جدة أمس الرئيس الفرنسي.",
            "04", "SAUGOV", "FRAGOV"
        ),
        (
            "an office of the subject's own country after it is no one met (session 30)",
            "استقبل الأمير محمد بن سلمان ولي ولي العهد في جدة أمس وزير الداخلية.", "04", "SAUGOV", "SAUGOV"
        ),
        (
            "an actor right after a date is the subject of the verb after it (session 30)",
            "وفي يوم الأربعاء 4 مارس الرئيس المصري استقبل رئيس وزراء باكستان في القاهرة.", "04", "EGYGOV", "PAKGOV"
        ),
        (
            "a place where the subject is may stand between it and the verb (session 30)",
            "وكانت الحكومة المحلية في محافظة الأنبار دعت أهالي الفلوجة إلى مغادرة المدينة.", "02", "IRQGOV", "IRQCVL"
        ),
        (
            "an actor right after «كان» criticizes the one after the verb (pluperfect, session 26)",
            "وكان الرئيس الروسي انتقد سياسات الولايات المتحدة تجاه بلاده.", "11", "RUSGOV", "USA"
        ),
        (
            "an invitation to visit is addressed to who comes after «لـ»",
            "ووجه الملك سلمان دعوة للرئيس الفرنسي لزيارة المملكة.",
            "03", "SAUGOV", "FRAGOV"
        ),
        (
            "an escalation announced for the future is a threat of force by the announcer",
            "وأعلن حزب العمال الكردستاني أنه سيصعد الهجمات على قوات الجيش التركي.", "13", "TURREB", "TURMIL"
        ),
        (
            "condemning an act targets the doer a nisba adjective of the act names",
            "أدان الرئيس الفرنسي القصف الروسي على المدن السورية.", "11", "FRAGOV", "RUS"
        ),
        (
            "denouncing an act targets the doer a relative verb after the act names, not its attributive adjective",
            "واستنكرت الحكومة العراقية التفجير الإرهابي الذي نفذه تنظيم داعش في بغداد.", "11", "IRQGOV", "IMGREB"
        ),
        (
            "condemning «this bombing» targets the doer of the story's last act of force",
            "شنت الطائرات الإسرائيلية غارات على مواقع في جنوب لبنان. وأدانت الحكومة اللبنانية هذا القصف بشدة.",
            "11", "LBNGOV", "ISRMIL"
        ),
        (
            "«ندد بـ» an act of force targets the doer of the story's last such act",
            "قصفت القوات التركية قرى كردية في شمال العراق. وندد البرلمان العراقي بالقصف.", "11", "IRQLEG", "TURMIL"
        ),
        (
            "the victims in a relative clause on the condemned act are not the condemnation's target: its doer is",
            "قصفت الطائرات التركية قرية في شمال العراق. وأدان الرئيس العراقي القصف الذي أدى إلى مقتل مدنيين.",
            "11", "IRQGOV", "TURMIL"
        ),
        (
            "a past relative verb with an object pronoun has the antecedent as object and its subject after it",
            "وأفرجت السلطات عن الصحفيين الأتراك الذين اعتقلتهم الشرطة المصرية الأسبوع الماضي.", "17", "EGYCOP",
            "TURMED"
        ),
        (
            "the host named after a relative «استقبله» receives the antecedent",
            "ووصل وزير الخارجية الإيراني الذي استقبله نظيره العماني في مسقط أمس.", "04", "OMNGOV", "IRNGOV"
        ),
        (
            "a round of talks named ahead before the meeting's noun is an intent to meet",
            "وأعلنت الحكومة اليمنية أن الجولة المقبلة من محادثات السلام مع الحوثيين ستعقد في جنيف.", "03", "YEMGOV",
            "YEMREB"
        ),
        (
            "the African Union's high-level panel is the AU",
            "والتقى الرئيس السوداني في الخرطوم أمس رئيس الآلية الأفريقية رفيعة المستوى.", "04", "SDNGOV", "IGOAFRAFU"
        ),
        (
            "statements «ضد» a party: their author, named after «صدرت عن», accuses it",
            "وتابع المجلس التصريحات التي صدرت عن رئيس الوزراء الإسرائيلي ضد الحكومة الأردنية.", "11", "ISRGOV",
            "JORGOV"
        ),
        (
            "«الموفد الخاص» is an envoy's title like «المبعوث الخاص»: the UN's envoy condemns",
            "وقتل خمسة أشخاص في تفجير نفذته حركة الشباب في مقديشو. وندد الموفد الخاص للأمم المتحدة بالتفجير.", "11",
            "IGOUNO", "SOMREB"
        ),
        (
            "the International Islamic Fiqh Academy is an OIC body",
            "وأدان مجمع الفقه الإسلامي الدولي الاعتداء الإسرائيلي على المصلين في المسجد الأقصى.", "11", "IGOMOSOIC",
            "ISR"
        ),
        (
            "PJAK fights Iran: an Iranian armed group",
            "واتهم حزب الحياة الحرة الكردستاني الحرس الثوري الإيراني بقصف القرى الحدودية.", "11", "IRNREB", "IRNMIL"
        ),
        (
            "the humanitarian coordinator of a country is a UN office",
            "دعا منسق الشؤون الإنسانية في اليمن الحوثيين إلى فتح الطرق أمام قوافل الإغاثة.", "02", "IGOUNO", "YEMREB"
        ),
        (
            "a reception told from the guest: the host named after «كان في استقباله» receives the sentence's subject",
            "وصل رئيس الوزراء الأردني إلى الرياض مساء أمس، وكان في استقباله لدى وصوله المطار وزير الخارجية السعودي.",
            "04", "SAUGOV", "JORGOV"
        ),
        (
            "«حيث كان باستقباله» after the guest's arrival: the host receives the guest",
            "ووصل الرئيس الفرنسي إلى القاهرة مساء أمس، حيث كان باستقباله الرئيس المصري.", "04", "EGYGOV", "FRAGOV"
        ),
        (
            "the guest named right after «في استقبال» and the host after him",
            "وكان في استقبال وزير الخارجية التركي لدى وصوله بغداد رئيس الوزراء العراقي.", "04", "IRQGOV", "TURGOV"
        ),
        (
            "a relative verb with an object pronoun may stand before a second verb of the same subject",
            "وقتل ستة من المقاتلين السوريين الذين سلحتهم ودربتهم الولايات المتحدة.", "07", "USA", "SYRREB"
        ),
        (
            "«أنه» after the sentence's second statement verb points to that verb's subject, not the first speaker's",
            "وقال المتحدث باسم الحكومة السورية إن الهجمات لم تقع، وأعلن وزير الخارجية الأمريكي جون كيري أنه توصل إلى "
                + "اتفاق مع نظيره الروسي سيرغي لافروف.", "05", "USAGOV", "RUSGOV"
        ),
        (
            "«نظيره/نظراءه» right after a verb is its object: the subject is the clause's actor before it",
            "ومن القاهرة سينتقل وزير الخارجية الأمريكي إلى الدوحة حيث سيلتقي نظراءه في دول مجلس التعاون الخليجي.",
            "03", "USAGOV", "IGOPGSGCC"
        ),
        (
            "«مواقع لـX» after a verb of force names the object's owner, before an actor of a later clause",
            "وقصفت طائرات أردنية مواقع لتنظيم داعش في سوريا وسمحت عمان للتحالف باستخدام قواعدها الجوية.", "19",
            "JORMIL", "IMGREB"
        ),
        (
            "who reaffirms («جدد التأكيد») speaks on: «خلال لقائه» in the next sentence is his meeting",
            "جدد الرئيس التونسي التأكيد على أهمية الحوار الليبي. وأكد خلال لقائه أمس المبعوث الأممي إلى ليبيا ضرورة "
                + "التوافق.", "04", "TUNGOV", "IGOUNO"
        ),
        (
            "an actor after the act of force a reaction names qualifies the act: it is not the reaction's subject",
            "الحكومة الأردنية تدين التفجير الإرهابي في عسير.", "11", "JORGOV", "---REB"
        ),
        (
            "the act a reaction names is an event too: its doer from the relative verb, its target after «على»",
            "أدانت الحكومة الأردنية الهجوم الذي شنه تنظيم داعش على الجيش العراقي في الأنبار.", "19", "IMGREB",
            "IRQMIL"
        ),
        (
            "the act a reaction names is an event too: its doer from the nisba adjective, with «ندد بـ»",
            "ندد الاتحاد الأوروبي بالقصف الروسي على حلب.", "19", "RUS", "SYRCVL"
        ),
        (
            "seizing aid, in the speaker's «إن» clause, is the speaker's accusation of its doer",
            "وقال المتحدث باسم الحكومة اليمنية إن الحوثيين يستولون على المساعدات الإنسانية في الحديدة.", "11",
            "YEMGOV", "YEMREB"
        ),
        (
            "seizing aid named by a verbal noun after «يقوم بـ»: the accused is the subject of «يقوم»",
            "وأكد وزير الإعلام اليمني أن الميليشيات الحوثية تقوم بالاستيلاء على المواد الإغاثية المخصصة للمدنيين.",
            "11", "YEMGOV", "YEMREB"
        ),
        (
            "terrorism that an actor supports, in a relative clause: the accused is the relative verb's subject",
            "وقال وزير الخارجية السعودي إن بلاده لن تتسامح مع الإرهاب الذي تدعمه إيران في المنطقة.", "11", "SAUGOV",
            "IRN"
        ),
        (
            "a vow to go on fighting threatens the party «ضد» names",
            "وتعهدت جماعة الحوثي في بيان بمواصلة القتال ضد القوات الحكومية.", "13", "YEMREB", "YEMMIL"
        ),
        (
            "praise of the efforts a party makes («بالجهود التي تبذلها X») targets that party",
            "أشاد وزير الخارجية المصري بالجهود التي تبذلها الكويت لاستضافة مؤتمر المانحين.", "05", "EGYGOV", "KWT"
        ),
        (
            "thanks for the role a party plays («للدور الذي تقوم به X») target that party",
            "وأعرب الرئيس الفرنسي عن تقديره للدور الذي تقوم به الأردن في استقبال اللاجئين.", "05", "FRAGOV", "JOR"
        ),
        (
            "a meeting noun with its doer in the genitive, after a word of time, takes a direct object",
            "جاء ذلك خلال استقبال وزير الخارجية الأردني في عمان أمس وزير الخارجية الياباني.", "04", "JORGOV",
            "JPNGOV"
        ),
        (
            "a coalition named by its leader, without «الذي» («لتحالف تقوده الولايات المتحدة»)",
            "وسمحت أنقرة لتحالف تقوده الولايات المتحدة باستخدام قواعدها الجوية في ضرب التنظيم.", "06", "TUR", "USAMIL"
        ),
        (
            "the Arab coalition led by «المملكة» is the Saudi one",
            "وشن طيران التحالف العربي الذي تقوده المملكة غارات على مواقع الحوثيين في صعدة.", "19", "SAUMIL", "YEMREB"
        ),
        (
            "the one to be persuaded is the object of the purpose noun «لإقناع»",
            "وسعى وزير الخارجية التركي لإقناع الحكومة الألمانية بتخفيف شروط التأشيرة.", "02", "TURGOV", "DEUGOV"
        ),
        (
            "a decision to defend someone is an intent to protect the one after «عن»",
            "قالت مصادر إن الحكومة البريطانية قررت إرسال قوات للدفاع عن الحكومة العراقية.", "03", "GBRGOV", "IRQGOV"
        ),
        (
            "a future act of cooperation is an intent to cooperate (031)",
            "وقال الرئيس الكيني إن بلاده ستتعاون مع إثيوبيا في حماية الحدود.", "03", "KENGOV", "ETH"
        ),
        (
            "a future act of support is an intent to support (032)",
            "وقال وزير الخارجية الكندي إن بلاده ستقف إلى جانب الأردن في مواجهة الإرهاب.", "03", "CANGOV", "JOR"
        ),
        (
            "two parties that agreed on terms negotiated them (046)",
            "واتفقت كوريا الجنوبية واليابان بعد جولتين على آلية لتعويض ضحايا الحرب.", "04", "KOR", "JPN"
        ),
        (
            "a summoned ambassador named from the pattern's last word is the target (option object)",
            "واستدعت طهران السفير الفرنسي أمس.", "11", "IRN", "FRAGOV"
        ),
        (
            "the same after the verbal noun, whose subject comes before it",
            "وأعلنت وزارة الخارجية الكويتية استدعاء السفير العراقي لديها.", "11", "KWTGOV", "IRQGOV"
        ),
        (
            "an expelled chargé d'affaires is the target",
            "وطردت الحكومة الليبية القائم بالأعمال التركي من طرابلس.", "16", "LBYGOV", "TURGOV"
        ),
        (
            "a title with its own country after a body that has one is another actor",
            "استدعت وزارة الخارجية الهولندية السفير الروسي بعد الحادث.", "11", "NLDGOV", "RUSGOV"
        ),
        (
            "a place where the act happened ends its phrase: the actor after it is the object",
            "استقبل الرئيس المصري في القاهرة رئيس الوزراء الإيطالي أمس.", "04", "EGYGOV", "ITAGOV"
        ),
        (
            "an indefinite accusative word after the subject is the object, not part of the subject",
            "وخطفت جماعة مسلحة صحفيا فرنسيا في شمال مالي.", "18", "MLIREB", "FRAMED"
        ),
        (
            "an actor right after a lone circumstantial participle is the one it addresses",
            "وانتقد رئيس الوزراء العراقي تأخر الإصلاحات، داعيا البرلمان العراقي إلى إقرار القوانين.", "02", "IRQGOV",
            "IRQLEG"
        ),
        (
            "strikes aimed at a target are an air or artillery attack",
            "ووجه الجيش الأردني ضربات موجعة إلى مواقع تنظيم داعش في الرقة.", "19", "JORMIL", "IMGREB"
        ),
        (
            "a passive threat of force: its doer after «من قبل», the threatened before it",
            "وقال الجيش الأردني إن المهربين سيتم التصدي لهم من قبل قوات حرس الحدود.", "13", "JORCOP", "JORCVL"
        ),
        (
            "a passive threat of force after «سوف»",
            "وقال المتحدث باسم الجيش اليمني إن المسلحين الحوثيين سوف يتم التصدي لهم من قبل قوات التحالف.", "13",
            "SAUMIL", "YEMREB"
        ),
        (
            "a passive with its doer after «من قبل»: the counted people before it suffer it",
            "وأكدت مصادر محلية أن 300 شخص خطفوا من قبل تنظيم داعش في الموصل.", "18", "IMGREB", "IRQCVL"
        ),
        (
            "a passive with its doer after «من قبل»: its subject after it suffers it",
            "وأفادت مصادر بأن الناشط اعتقل من قبل قوات الأمن السورية أمس.", "17", "SYRCOP", "SYRCVL"
        ),
        (
            "«تم» and a verbal noun with its doer after «من قبل»: the genitive suffers it",
            "وتم اعتقال الناشط من قبل قوات الأمن السورية أمس.", "17", "SYRCOP", "SYRCVL"
        ),
        (
            "a verbal noun with a pronoun and its doer after «من قبل»: the pronoun's antecedent suffers it",
            "وصعد تنظيم داعش هجماته بعد اتهامه من قبل الحكومة العراقية بتفجير المسجد.", "11", "IRQGOV",
            "IMGREB"
        ),
        (
            "who claims an act of force named after «مسؤوليته عن» did it",
            "وأعلن تنظيم داعش مسؤوليته عن هجوم انتحاري استهدف مسجدا في الكويت أمس.", "18", "IMGREB", "KWTCVL"
        ),
        (
            "a place taken from a group in the phrase's gap: that group, not the winner named again, lost it",
            "وانتزع المقاتلون من قوات «داعش»، السيطرة على معبر حدودي، فيما خاض المقاتلون معارك أخرى في الحسكة.", "19",
            "SYRREB", "IMGREB"
        ),
        (
            "two named armed groups of one country fight each other",
            "هاجمت المقاومة الشعبية الحوثيين في تعز أمس.", "19", "YEMREB", "YEMREB"
        ),
        (
            "two named armed groups of one country clash «مع» each other",
            "واشتبكت حركة أحرار الشام مع جبهة النصرة في إدلب.", "19", "SYRREB", "SYRREB"
        ),
        (
            "a present relative light verb after an act's noun names its doer, the preposition its target",
            "وأسفرت الغارات التي ينفذها الطيران الأمريكي على مواقع تنظيم داعش عن مقتل عشرين مسلحا.", "19", "USA",
            "IMGREB"
        ),
        (
            "«يشنه» after a bombardment names its doer; the toll is its victim",
            "وقتل ثلاثة مدنيين في القصف الذي يشنه الجيش العراقي على مواقع التنظيم في الفلوجة.", "19", "IRQMIL",
            "IRQCVL"
        ),
        (
            "«أجرتها» after talks names who held them, «مع» the other side",
            "وانتقد الوزير المحادثات التي أجرتها واشنطن مع طهران.", "04", "USA", "IRN"
        ),
        (
            "«ـه» on a verbal noun is not the country next to it but the man who speaks",
            "وقال وزير الخارجية الأمريكي في جنيف إن إسرائيل انتقدت زيارته لسلطنة عمان.", "04", "USAGOV", "OMN"
        ),
        (
            "«ـه» after a country in the speaker's words points back to the speaker",
            "وأكد الملك عبدالله الثاني أن إيران تهدد المنطقة، مشيرا إلى أن لقاءه مع أوباما كان مثمرا.", "04",
            "JORGOV", "USAGOV"
        ),
        (
            "a verbal noun's genitive is its doer, and the actor with «لـ» after it its object",
            "وجاء توبيخ الخارجية الألمانية للسفير التركي بعد تصريحاته.", "11", "DEUGOV", "TURGOV"
        ),
        (
            "an agentive noun of threat: the genitive threatens, the actor with «لـ» right after it is threatened",
            "وانتقدت موسكو تهديدات حلف الناتو لروسيا.", "13", "IGOWSTNAT", "RUS"
        ),
        (
            "an agentive noun of warning with a country in the genitive",
            "وأثار تحذير الولايات المتحدة لإيران غضب طهران.", "13", "USA", "IRN"
        ),
        (
            "an agentive noun of support", "وتطرق الجانبان إلى مساندة المملكة لليمن في مواجهة الانقلاب.", "05", "SAU",
            "YEM"
        ),
        (
            "an agentive noun with «ـه»: the pronoun is the man who warned, not the country next to it",
            "وحذر الرئيس الروسي الولايات المتحدة أمس، وجاء ذلك بعد ساعات من تهديده لأوكرانيا.", "13", "RUSGOV", "UKR"
        ),
        (
            "«خاضتها» after battles names who fought them, «ضد» the enemy",
            "وأسفرت المعارك التي خاضتها القوات العراقية ضد تنظيم داعش عن مقتل عشرات المسلحين.", "19", "IRQMIL",
            "IMGREB"
        ),
        (
            "«قدمتها» after aid names the giver, «لـ» the receiver",
            "ووصلت إلى عدن شحنة المساعدات التي قدمتها الإمارات لليمن.", "07", "ARE", "YEM"
        ),
        (
            "an actor after «مع» following «عقده» is the other party, not the one who held the meeting",
            "واختتم وزير الخارجية القطري زيارته إلى بغداد، وقال في مؤتمر صحافي مشترك عقده مع وزير الداخلية العراقي إن "
                + "التعاون مستمر.", "04", "QATGOV", "IRQGOV"
        ),
        (
            "«لـ» after an indefinite attack noun names its doer when the noun's «على» follows",
            "وأسفر هجوم لتنظيم داعش على نقطة للجيش العراقي عن مقتل خمسة جنود.", "19", "IMGREB", "IRQMIL"
        ),
        (
            "«لـ» names the doer of a bombardment that kills civilians «على» a place",
            "وقتل ثلاثة أطفال بقصف لميليشيا الحوثي على حي سكني في تعز.", "19", "YEMREB", "YEMCVL"
        ),
        (
            "an act a reaction names, with its doer in the genitive and its object after it, is told as done",
            "وأدانت مصر اعتداء المستوطنين الإسرائيليين على الفلسطينيين في الخليل.", "18", "ISRCVL", "PSE"
        ),
        (
            "a verb of force in a relative clause on a bombing called terrorist tells the bombing, by unnamed militants",
            "وأدانت فرنسا التفجير الإرهابي الذي استهدف قوات الأمن العراقية في بغداد أمس.", "18", "---REB", "IRQCOP"
        ),
        (
            "the same on a deed called criminal, named by a noun of crime",
            "واستنكر الوزير العمل الإجرامي الجبان الذي استهدف الجيش اللبناني في طرابلس.", "18", "---REB", "LBNMIL"
        ),
        (
            "«تحرير … من»: freeing a place from an armed party is fighting the party named after «من»",
            "وتمكن الجيش العراقي من تحرير قضاء هيت من تنظيم داعش بعد معارك استمرت أسبوعا.", "19", "IRQMIL", "IMGREB"
        ),
        (
            "«تطهير … من» after a verb of achieving: its subject freed the place",
            "وأكدت الحكومة اليمنية أن المقاومة الشعبية أنجزت تطهير محافظة الضالع من الميليشيات الحوثية.", "19",
            "YEMREB",
            "YEMREB"
        ),
        (
            "the doer of a passive killing is the genitive after «برصاص», the victim its subject",
            "وقتل شاب فلسطيني صباح اليوم برصاص الجيش الإسرائيلي قرب نابلس.", "18", "ISRMIL", "PSECVL"
        ),
        (
            "«استشهد … برصاص»: a death told with the bullets of its doer",
            "واستشهد طفل فلسطيني برصاص الجيش الإسرائيلي في مخيم جنين.", "18", "ISRMIL", "PSECVL"
        ),
        (
            "«أصيب … بنيران»: a wounding told with the fire of its doer",
            "وأصيب خمسة مدنيين يمنيين بنيران ميليشيا الحوثي في حي سكني بتعز.", "19", "YEMREB", "YEMCVL"
        ),
        (
            "«مصرع … بنيران»: the noun of a death with the fire of its doer",
            "وأعلنت الشرطة مصرع جندي عراقي بنيران تنظيم داعش غرب الرمادي.", "19", "IMGREB", "IRQMIL"
        ),
        (
            "a plural verb after a comma carries its subject: the actor after it is its object",
            "ووصل المسلحون الحوثيون إلى أطراف المدينة فجر أمس، واستهدفوا الجيش اليمني بالقذائف.", "19", "YEMREB",
            "YEMMIL"
        ),
        (
            "a plural verb of appeal after the clause of its subject addresses the actor after it",
            "وأشاد النواب الكويتيون بالقرار، ودعوا الحكومة الكويتية إلى تنفيذه في أسرع وقت.", "02", "KWTLEG", "KWTGOV"
        ),
        (
            "«مجموعة من» and a class of people right after the verb are its subject",
            "وانتقدت مجموعة من الناشطين المصريين الحكومة المصرية بسبب قانون التظاهر.", "11", "EGYCVL", "EGYGOV"
        ),
        (
            "«عدد من» and a class of people right after a verb of praise are its subject",
            "وأشاد عدد من المواطنين الكويتيين بجهود وزارة الداخلية الكويتية في ضبط الخلية.", "05", "KWTCVL", "KWTGOV"
        ),
        (
            "«عدد من» and a class of people right after «قال» are the speakers",
            "وقال عدد من المسؤولين العراقيين إن الحكومة الإيرانية تتدخل في شؤون العراق.", "01", "IRQGOV", "IRNGOV"
        ),
        (
            "a definite plural title and its demonym end before a definite body: two parties, not one mention",
            "وانتقد المسؤولون الإيرانيون الحكومة الأمريكية بسبب العقوبات الجديدة.", "11", "IRNGOV", "USAGOV"
        ),
        (
            "a definite plural title right before a definite body: subject and object",
            "وطالب النواب الحكومة الكويتية بوقف الهدر في الميزانية.", "10", "KWTLEG", "KWTGOV"
        ),
        (
            "a plural verb of meeting after «حيث» meets the actor after it",
            "ووصل المسؤولون الأمريكيون أمس إلى جنيف، حيث التقوا وزير الخارجية الإيراني.", "04", "USAGOV", "IRNGOV"
        ),
        (
            "solidarity affirmed with its owner named is with the actor after «مع», not with the owner",
            "وأكد الوزير وقوف المملكة جنبا إلى جنب مع الحكومة التونسية في مواجهة الإرهاب.", "05", "SAUGOV", "TUNGOV"
        ),
        (
            "standing with someone, the owner named, is the owner's, with the actor after «مع»",
            "وأدان وزير الخارجية الباكستاني التفجير، مؤكدا وقوف باكستان مع الكويت في مواجهة الإرهاب.", "05", "PAK",
            "KWT"
        ),
        (
            "after a known person named in full, a title of another sector is the one he receives, not his own title",
            "استقبل الأمير فيصل بن بندر مدير الجوازات في مكتبه بالرياض.", "04", "SAUGOV", "SAUCOP"
        ),
        (
            "a prince's style after the place of the source's office opens the source's own name, not the one received",
            "استقبل أمير منطقة القصيم الأمير فيصل بن مشعل مدير الجوازات في مكتبه.", "04", "SAUGOV", "SAUCOP"
        ),
        (
            "two offices with the first one's place between them are host and guest in a reception",
            "استقبل أمير منطقة القصيم محافظ عنيزة في مكتبه.", "04", "SAUGOV", "SAUGOV"
        ),
        (
            "an office marked by «بـ» after another office and its place is the one welcomed",
            "ورحب أمير منطقة عسير بمحافظ المؤسسة العامة للتدريب التقني في مكتبه.", "05", "SAUGOV", "SAUGOV"
        ),
        (
            "the martyrs' families thank «القيادة الرشيدة», the home country's rulers",
            "وأعرب ذوو الشهداء في جازان عن شكرهم للقيادة الرشيدة على مواساتهم.", "05", "SAUCVL", "SAUGOV"
        ),
        (
            "a counted group right after an office-holder's meeting verb is the one met",
            "والتقى الرئيس اليمني عبد ربه منصور هادي عددا من المستشارين في مقر إقامته.", "04", "YEMGOV", "YEMGOV"
        ),
        (
            "an act of force on a group's members named by a pronoun hits the group the pronoun agrees with",
            "ورفض حزب الله التعليق على الغارة التي شنتها طائرات إسرائيلية على بعض عناصره في سورية.", "19", "ISRMIL",
            "LBNREB"
        ),
        (
            "thanks raised past the subject's office, place and honorific name (an act in words: they fill no gap)",
            "رفع أمين منطقة الباحة السابق المهندس محمد بن مبارك المجلي أسمى الشكر والتقدير لخادم الحرمين الشريفين الملك سلمان.",
            "05", "SAUGOV", "SAUGOV"
        ),
        (
            "an agreement signed past its place and time",
            "وقعت المملكة العربية السعودية في نيويورك الثلاثاء الماضي مع جمهورية ناميبيا على بروتوكول لإقامة علاقات دبلوماسية.",
            "05", "SAU", "NAM"
        ),
        (
            "a group counted in figures, past the subject's place, is the one met",
            "والتقى السفير الإسرائيلي في واشنطن 40 عضوا من أعضاء الكونغرس الأمريكي.", "04", "ISRGOV", "USALEG"
        ),
        (
            "a counted group after «مع» is the one an office-holder meets",
            "وأوضح الرئيس اليمني، خلال اجتماعه مع عدد من المستشارين أمس، أن الحكومة ماضية في عملها.", "04", "YEMGOV",
            "YEMGOV"
        ),
        (
            "a source's name whose first letter reads as a proclitic («كارتر»: ك) does not make the actor after it a genitive",
            "ودعا كارتر الكونغرس إلى دعم الاتفاق النووي مع إيران.", "02", "USAGOV", "USALEG"
        ),
        (
            "standing by a party named after «إلى جانب» is with that party, not with the owner of «وقوف»",
            "أكد الرئيس المصري وقوف بلاده إلى جانب الشعب اليمني في محنته.", "05", "EGYGOV", "YEMCVL"
        ),
        (
            "standing by a party named after «بجانب» is with that party, not with the owner of «وقوف»",
            "وأكد الناطق باسم الحكومة الأردنية وقوف الأردن بجانب السعودية في حربها على الإرهاب.", "05", "JORGOV", "SAU"
        ),
        (
            "an actor right before «سوف» is the subject of the verb after it, the actor after the verb its object",
            "وذكرت مصادر دبلوماسية أن وزير الخارجية الأردني سوف يزور القاهرة الأسبوع المقبل.", "03", "JORGOV", "EGY"
        ),
        (
            "a meeting decided on («تقرر عقد») between two parties is an intent to meet",
            "وأعلنت الخارجية أنه تقرر عقد اجتماع بين وزير الخارجية العماني ونظيره الإيراني في مسقط.", "03", "OMNGOV",
            "IRNGOV"
        ),
        (
            "a summit in preparation («الإعداد لعقد») between two parties is an intent to meet",
            "ويجري حاليا الإعداد لعقد قمة بين الرئيس التونسي والرئيس الجزائري في العاصمة التونسية.", "03", "TUNGOV",
            "DZAGOV"
        ),
        (
            "driving an armed group out of a place («طردت … من») is fighting it",
            "وطردت القوات العراقية مسلحي تنظيم داعش من بلدة في محافظة الأنبار.", "19", "IRQMIL", "IMGREB"
        ),
        (
            "a meeting's subject with his own unknown name, then a time word, then the office met: the office is the target",
            "التقى وزير الصحة الأردني محمود الشياب أمس وزير الصحة المصري في عمان.", "04", "JORGOV", "EGYGOV"
        ),
        (
            "the same with the honorific written «د.»",
            "التقى وزير الصحة الأردني د. محمود الشياب أمس وزير الصحة المصري في عمان.", "04", "JORGOV", "EGYGOV"
        ),
        (
            "strikes launched «ضد» an armed group are made on it",
            "وشنت الطائرات الأردنية غارات ضد مواقع تنظيم داعش في جنوب سوريا.", "19", "JORMIL", "IMGREB"
        ),
        (
            "Houthi fighters counted in the accusative («15 حوثيا») are the Houthis",
            "قتلت المقاومة الشعبية 15 حوثيا في تعز.", "18", "YEMREB", "YEMREB"
        ),
        (
            "a time of two words and a comma between a meeting verb and its subject",
            "التقى مساء أمس، وزير الخارجية الأردني بنظيره المصري في عمان.", "04", "JORGOV", "EGYGOV"
        ),
        (
            "a time and a comma between a reception verb and its subject; the object follows the subject",
            "استقبل صباح اليوم، رئيس الوزراء التونسي وزير الداخلية الفرنسي.", "04", "TUNGOV", "FRAGOV"
        ),
        (
            "«عبر» opening the sentence is the verb of «عبر عن تقديره», not the preposition «via»",
            "عبر وزير الخارجية الكويتي عن تقديره للحكومة الأردنية على استضافة المؤتمر.", "05", "KWTGOV", "JORGOV"
        ),
        (
            "«كل من» opens the list of signatories: its «من» marks no object",
            "ووقعت كل من تونس والمغرب اتفاقية للتعاون في مجال النقل.", "05", "TUN", "MAR"
        ),
        (
            "«كل من» opens the two parties to a phone call",
            "وأجرى كل من الرئيس التونسي ونظيره الجزائري اتصالا هاتفيا تناول العلاقات الثنائية.", "04", "TUNGOV",
            "DZAGOV"
        ),
    ])
    func sourceAndTarget(_ construction: String, _ text: String, _ root: String, _ source: String, _ target: String)
        throws
    {
        let found = try events(text, root: root)
        #expect(found.contains { $0.0 == source && $0.1 == target }, "\(construction): \(found)")
    }

    /// «بين X و Y من جهة، و Z من جهة أخرى»: X and Y are one side, each fighting Z; never X against Y.
    /// «وقال العقيد فلان، المتحدث الرسمي …»: a rank, an unknown name and an office in apposition are one speaker, the
    /// office's holder; the office is no target of the statement.
    @Test(arguments: [
        "وأكد العقيد فهد السبيعي، المتحدث باسم قوات التحالف، أن طائرات التحالف دمرت مخازن أسلحة.",
        "قال اللواء سالم الدوسري المتحدث باسم قوات التحالف إن الطائرات دمرت مخازن أسلحة.",
        "وقال الرائد سعد بن فهد المطيري، المتحدث باسم قوات التحالف، إن الطائرات دمرت مخازن أسلحة.",
    ])
    func anOfficeInAppositionToARankAndANameSpeaks(_ text: String) throws {
        let found = try events(text, root: "01")
        #expect(found.contains { $0.0 == "SAUMIL" })
        #expect(!found.contains { $0.1 == "SAUMIL" })
    }

    /// «الناطق الإعلامي لشرطة …»: a spokesman speaks for the body after him with «لـ/بـ» (its sector), and a rank after
    /// his office opens his own name, no target.
    @Test func aSpokesmanSpeaksForTheBodyNamedAfterHim() throws {
        let said = try events("وقال الناطق الإعلامي لشرطة منطقة الرياض إن الدوريات أوقفت المتهمين.", root: "01")
        #expect(said.contains { $0.0.hasSuffix("COP") })
        #expect(!said.contains { $0.0.hasSuffix("GOV") })
    }

    @Test func aRankAfterTheSpeakersOfficeIsNoTarget() throws {
        let appeals = try events(
            "ودعا الناطق الإعلامي لجوازات المنطقة الشرقية، العقيد فهد العتيبي، المسافرين إلى مراجعة الجوازات.",
            root: "02")
        #expect(appeals.contains { $0.1.hasSuffix("CVL") })
        #expect(!appeals.contains { $0.1.hasSuffix("MIL") })
    }

    @Test func theSidesOfAFightAreMarkedWithMinJiha() throws {
        let found = try events(
            "واندلعت اشتباكات عنيفة أمس بين الجيش السوري وحزب الله من جهة، وتنظيم داعش من جهة أخرى قرب تدمر.",
            root: "19")
        #expect(found.contains { $0.0 == "SYRMIL" && $0.1 == "IMGREB" }, "\(found)")
        #expect(found.contains { $0.0 == "LBNREB" && $0.1 == "IMGREB" }, "\(found)")
        #expect(!found.contains { $0.0 == "SYRMIL" && $0.1 == "LBNREB" }, "\(found)")
    }

    /// «من جهة» after a few words of the last party («والقوات الموالية للرئيس السابق من جهة»), and «من طرف»: still one
    /// side against the other; never the two allies against each other.
    @Test func theSideMarkerMayFollowTheLastPartysWords() throws {
        let found = try events(
            "وقتل عشرة مسلحين خلال مواجهات في مأرب بين الحوثيين والقوات الموالية للرئيس اليمني السابق من جهة، والمقاومة الشعبية من جهة أخرى.",
            root: "19")
        #expect(found.contains { $0.0 == "YEMREB" && $0.1 == "YEMREB" }, "\(found)")
        #expect(found.contains { $0.0 == "YEMMIL" && $0.1 == "YEMREB" }, "\(found)")
        #expect(!found.contains { $0.1 == "YEMMIL" }, "\(found)")
        let byTaraf = try events(
            "وتستمر الاشتباكات في ريف درعا بين قوات النظام السوري وحزب الله من طرف، وفصائل المعارضة السورية من طرف آخر.",
            root: "19")
        #expect(byTaraf.contains { $0.0 == "SYRMIL" && $0.1 == "SYRREB" }, "\(byTaraf)")
        #expect(byTaraf.contains { $0.0 == "LBNREB" && $0.1 == "SYRREB" }, "\(byTaraf)")
        #expect(!byTaraf.contains { $0.1 == "LBNREB" }, "\(byTaraf)")
    }

    /// «بين» set off from the noun of fighting by a comma and a time, ending a relative clause of taking place, or
    /// repeated before the second side («وبين»): the sides are still the parties.
    @Test(arguments: [
        "تصاعدت حدة المعارك، مساء الأحد، بين المقاومة الشعبية والجيش الوطني من جهة، والمتمردين الحوثيين من جهة أخرى في مأرب.",
        "وقتل عشرون حوثيا في المواجهات التي دارت في المديرية بين المقاومة الشعبية وبين الميليشيات الحوثية.",
        "واندلعت مواجهات عنيفة بين المقاومة الشعبية وبين الحوثيين في محافظة الجوف.",
    ])
    func farOrRepeatedBaynaNamesTheSides(_ text: String) throws {
        let found = try events(text, root: "19")
        #expect(found.contains { $0.0 == "YEMREB" && $0.1 == "YEMREB" }, "\(found)")
        #expect(!found.contains { $0.0 == "---" || $0.1 == "YEMCVL" }, "\(found)")
    }

    /// A strike its doer made on a place, told after a clash between two sides, is another act, not the clash again.
    @Test func aOneSidedStrikeAfterAClashIsItsOwnAct() throws {
        let found = try events(
            "واندلعت اشتباكات عنيفة في تعز بين المقاومة الشعبية والحوثيين. وقصف الحوثيون أحياء سكنية في مدينة تعز بقذائف الهاون.",
            root: "19")
        #expect(found.contains { $0.0 == "YEMREB" && $0.1 == "YEMCVL" }, "\(found)")
    }

    /// «طيران التحالف الذي تقوده المملكة»: the subject of a relative clause on the source tells who leads it, it is not
    /// the target of the strike; a clause on a place still names who holds it.
    @Test func theLeaderInARelativeClauseOnTheSourceIsNoTarget() throws {
        let found = try events(
            "وقصفت طائرات التحالف العربي، الذي تقوده المملكة العربية السعودية، أمس مواقع للمتمردين الحوثيين في صعدة.",
            root: "19")
        #expect(found.contains { $0.0 == "SAUMIL" && $0.1 == "YEMREB" }, "\(found)")
        #expect(!found.contains { $0.1.hasPrefix("SAU") }, "\(found)")
    }

    /// «بين» past a border or a road names the places it lies between, and «بين» after another noun than one of
    /// fighting names no sides: no fight between the two countries.
    @Test(arguments: [
        "واندلعت اشتباكات عنيفة أمس على الحدود بين السعودية واليمن.",
        "وجاء الهجوم الانتحاري، الذي وقع قبل جولة المحادثات بين الحكومة الأفغانية وحركة طالبان.",
    ])
    func baynaOfAPlaceOrAnotherNounNamesNoSides(_ text: String) throws {
        let found = try events(text, root: "19") + (try events(text, root: "18"))
        #expect(!found.contains { $0.0 == "SAU" && $0.1 == "YEM" }, "\(found)")
        #expect(!found.contains { $0.0 == "AFGGOV" }, "\(found)")
    }

    /// «وإنهم خطفوا …»: after «أنهم» a plural verb's subject is the group its sentence named before, not the speaker.
    @Test func aPluralVerbAfterAnnahumActsForTheGroupNamedBefore() throws {
        let found = try events("وقال مسؤول عراقي إن جنودا أمريكيين نفذوا الغارة وإنهم خطفوا مواطنا عراقيا.", root: "18")
        #expect(found.contains { $0.0 == "USAMIL" && $0.1 == "IRQCVL" }, "\(found)")
        #expect(!found.contains { $0.0 == "IRQGOV" }, "\(found)")
    }

    /// «ومنحوا الركاب الهدايا، والتقوا …»: the object of an earlier plural verb is not a later plural verb's subject;
    /// the search goes back to an actor that may be one.
    @Test func anEarlierPluralVerbsObjectIsNoSubject() throws {
        let found = try events(
            "واستقبل المسؤولون الأمريكيون الطائرة في المطار ومنحوا الركاب الهدايا، والتقوا بوفد الشركة الإيرانية.",
            root: "04")
        #expect(found.contains { $0.0 == "USAGOV" && $0.1 == "IRNBUS" }, "\(found)")
        #expect(!found.contains { $0.0 == "USACVL" }, "\(found)")
    }

    /// «من استخدام المتطرفين للإنترنت وحثوا …»: the genitive of a verbal noun is not a plural verb's subject.
    @Test func aVerbalNounsGenitiveIsNoPluralVerbsSubject() throws {
        let found = try events(
            "وأعرب الوزراء الأوروبيون عن قلقهم من استخدام المتطرفين للإنترنت وحثوا الشركات الأمريكية على التعاون.",
            root: "02")
        #expect(!found.isEmpty && !found.contains { $0.0.hasSuffix("REB") }, "\(found)")
    }

    /// «تحرير … من» with a comma in between: the «من» belongs to another clause and names no enemy.
    @Test func freeingAPlaceNamesNoEnemyAcrossAComma() throws {
        let found = try events("وفي اليمن تم تحرير المكلا، وإضعاف التمرد المدعوم من إيران.", root: "19")
        #expect(!found.contains { $0.1 == "IRN" }, "\(found)")
    }

    /// A death or wound told with the means fired («برصاص»، «بنيران») and no doer named right after them has no
    /// source: never its victim.
    @Test(arguments: [
        "وقتل جندي تركي بنيران أطلقت من الجانب الآخر من الحدود.",
        "وأصيب شاب عراقي برصاص طائش في حفل زفاف ببغداد.",
    ])
    func aDeathByFireWithNoDoerNamedHasNoSource(_ text: String) throws {
        for root in ["18", "19"] {
            let found = try events(text, root: root)
            #expect(!found.contains { $0.0 == "TURMIL" || $0.0 == "IRQCVL" }, "\(found)")
        }
    }

    /// An agentive noun of threat («تهديد») needs its doer in the genitive and its object with «لـ» right after it: no
    /// doer, a «لـ» that completes a title («المرشد الأعلى لإيران»), or a predicate («يمثل … تهديدا لـ») is no threat.
    @Test(arguments: [
        "وقال التقرير إن التهديدات الأمنية للمنطقة تتزايد.",
        "وتحدث الخبير عن تهديدات المرشد الأعلى لإيران في خطابه.",
        "ويمثل الإرهاب تهديدا لدول المنطقة كلها.",
    ])
    func aThreatNounNeedsItsDoerAndItsObject(_ text: String) throws {
        let found = try events(text, root: "13")
        #expect(found.isEmpty, "\(found)")
    }

    /// One armed group named twice, by two of its names, is one party: no act of it against itself.
    /// After a verb and its subject comes the object: a word that is both a verb and a verbal noun («قصف») is the noun
    /// there, not a second verb whose subject is the first verb's.
    @Test func aVerbalNounAfterAVerbAndItsSubjectIsNoVerb() throws {
        let found = try events(
            "وأدان الائتلاف الوطني السوري قصف الطيران الروسي لمواقع المعارضة في ريف حمص.", root: "19")
        #expect(!found.contains { $0.0 == "SYROPP" }, "\(found)")
        let verb = try events("وقصف الجيش الروسي مواقع المعارضة السورية في ريف حمص.", root: "19")
        #expect(verb.contains { $0.0 == "RUSMIL" }, "\(verb)")
    }

    @Test func anArmedGroupNamedTwiceIsOneParty() throws {
        let found = try events("وقصف تنظيم داعش مواقع تنظيم الدولة في الرقة.", root: "19")
        #expect(!found.contains { $0.0 == "IMGREB" && $0.1 == "IMGREB" }, "\(found)")
    }

    /// A city in the dateline is where the news was filed, never the source of the first sentence's act («عمان» is
    /// also read as Oman).
    @Test func aDatelineCityIsNoSource() throws {
        let found = try events(
            "عمان - بترا: استنكرت الهيئة العامة للشباب التفجير الذي نفذه تنظيم داعش في الكرك.", root: "11")
        #expect(!found.contains { $0.0 == "OMN" || $0.0 == "JOR" }, "\(found)")
    }

    /// A country right after a colon opens a quotation («قال المراسل: إيران …»), not a dateline: it stays an actor.
    @Test func aCountryAfterAColonIsNoDateline() throws {
        let found = try events("(قال المراسل: إيران هي مصدر التطرف العنيف).", root: "01")
        #expect(found.contains { $0.1 == "IRN" }, "\(found)")
    }

    /// A year and a dash open an entry of a chronology: the country after them is the subject, not a dateline.
    @Test func aChronologyEntryIsNoDateline() throws {
        let found = try events("1998 - الصين وروسيا توقعان اتفاقا لترسيم الحدود بينهما.", root: "05")
        #expect(found.contains { $0.0 == "CHN" && $0.1 == "RUS" }, "\(found)")
    }

    /// A claim of an act told before («عن الهجوم») is no new act of force.
    @Test func aClaimOfTheAttackToldBeforeIsNoNewAttack() throws {
        let found =
            try events("وأعلنت جماعة متطرفة مسؤوليتها عن الهجوم.", root: "18")
            + events("وأعلنت جماعة متطرفة مسؤوليتها عن الهجوم.", root: "19")
        #expect(found.isEmpty, "\(found)")
    }

    /// The leader named after «بقيادة» describes what comes before it: it is no party met or acted on.
    @Test func theLeaderAfterBiqiyadaIsNoTarget() throws {
        let found = try events(
            "وشدد المبعوث الأممي خلال لقاءاته على الحاجة إلى حل سياسي للأزمة بقيادة ليبيا.", root: "04")
        #expect(!found.contains { $0.1 == "LBY" }, "\(found)")
    }

    /// «من قبل» is also the adverb "before": with no actor after it, it names no doer.
    @Test func theAdverbMinQablNamesNoDoer() throws {
        let found = try events("وقالت الحكومة العراقية إن المدينة لم تشهد هجوما مثل هذا من قبل.", root: "19")
        #expect(!found.contains { $0.0 != "-" && $0.0 != "---" }, "\(found)")
    }

    /// A passive threat whose threatened party is not named: the speaker who opens the sentence is not it.
    @Test func aPassiveThreatDoesNotThreatenItsSpeaker() throws {
        let found = try events(
            "وقال قائد الشرطة المصرية إن كل من يشارك في مسيرة غير مرخصة ستتم مواجهته من قبل قوات الأمن.", root: "13")
        #expect(!found.contains { $0.1 == "EGYCOP" }, "\(found)")
    }

    /// Asking for help with no helper named is an appeal by a state or its bodies; a person asking is no event.
    @Test func anAppealForHelpNeedsNoHelperButAPublicSource() throws {
        let state = try events("طلبت الصومال مساعدة الدول المانحة لمواجهة موجة الجفاف.", root: "02")
        #expect(state.contains { $0.0 == "SOM" && $0.1 == "-" }, "\(state)")
        let person = try events("قال المواطن إنه يطلب مساعدة أهل الخير لعلاج ابنه.", root: "02")
        #expect(person.isEmpty, "\(person)")
    }

    /// An undated lead told in the past takes the day of the statement that opens the next sentence.
    @Test func anUndatedLeadTakesTheDayOfTheStatementAfterIt() throws {
        func appealDate(_ text: String) throws -> CalendarDate? {
            var doc = Document(id: "dates", text: text, published: CalendarDate(iso: "2015-08-02"))
            try Self.pipeline.run(&doc)
            return doc.events.first { $0.code.root == "02" }?.date
        }
        let told = try appealDate(
            "طلبت الحكومة العراقية مساعدة الدول المانحة. وعبر في بيان أمس السبت عن إدانته للهجوم.")
        #expect(told == CalendarDate(iso: "2015-08-01"), "\(String(describing: told))")
        // A day inside the words said is theirs, not the statement's.
        let quoted = try appealDate(
            "طلبت الحكومة العراقية مساعدة الدول المانحة. وقال المتحدث إن الجيش قصف المدينة يوم 20 يوليو.")
        #expect(quoted == CalendarDate(iso: "2015-08-02"), "\(String(describing: quoted))")
    }

    /// A relative verb in the present tense describes its antecedent, also with an object pronoun; without an object
    /// pronoun the antecedent is the subject.
    @Test func aRelativeVerbWithoutAnObjectPronounOrInThePresentKeepsItsReading() throws {
        #expect(try events("وهذه هي الجماعة التي تدعمها إيران منذ سنوات.", root: "07").isEmpty)
        let attack = try events("وأدان الأردن الهجوم الذي استهدف السفارة السعودية.", root: "11")
        #expect(attack.contains { $0.0 == "JOR" && $0.1 == "SAUGOV" }, "\(attack)")
        let subject = try events("وأشاد الوزير بالقوات العراقية التي حررت مدينة الرمادي من تنظيم داعش.", root: "19")
        #expect(!subject.contains { $0.1 == "IRQMIL" }, "\(subject)")
    }

    /// The act a reaction names is coded once: not again after the sentence that told it, not when it is only
    /// possible, not without a doer its own phrase names.
    @Test func theActAReactionNamesIsCodedOnceAndOnlyAsDone() throws {
        let again = try events(
            "قصفت الطائرات التركية قرية في شمال العراق. وأدان الرئيس العراقي القصف التركي على القرية.", root: "19")
        #expect(again.count == 1 && again[0].0 == "TURMIL", "\(again)")
        let possible = try events("أدانت الحكومة العراقية القصف الإسرائيلي المحتمل على غزة.", root: "19")
        #expect(possible.isEmpty, "\(possible)")
        let text = "أدان الأمين العام للأمم المتحدة الهجوم على السفارة السعودية في طهران."
        let anonymous = try events(text, root: "18") + events(text, root: "19")
        #expect(anonymous.isEmpty, "\(anonymous)")
    }

    @Test func aReactionToAnActWithNoKnownDoerIsLeftAsItWas() throws {
        // No act of force before it: no target to give.
        #expect(try events("أدان وزير الخارجية السعودي الهجوم.", root: "11").isEmpty)
        // The victim after «على» is the target the sentence gives; it stays.
        let victim = try events("أدان الأمين العام للأمم المتحدة الهجوم على السفارة السعودية في طهران.", root: "11")
        #expect(victim.allSatisfy { $0.1 == "SAUGOV" } && !victim.isEmpty, "\(victim)")
        // An act of force too many sentences back is another story.
        let far = try events(
            "قصفت القوات الروسية مواقع في سوريا. والتقى وزير الخارجية السعودي نظيره الأمريكي. وبحثا الأزمة في اليمن. "
                + "وناقشا العلاقات الثنائية. وأكدا أهمية الحل السياسي. وأدان الوزير الهجوم.", root: "11")
        #expect(!far.contains { $0.1.hasPrefix("RUS") }, "\(far)")
        // The reactor's own state's forces are not taken from an earlier sentence as the doer, and the actor
        // after the verb stays its subject (no object-first reading: the act's noun is the object).
        let own = try events("قصفت القوات المصرية مواقع في سيناء. وأدانت الحكومة المصرية الهجوم.", root: "11")
        #expect(own.isEmpty, "\(own)")
        // A reaction whose object is no act of force takes nothing from the act before it.
        let other = try events(
            "قصفت القوات التركية قرى كردية في شمال العراق. وأدان البرلمان العراقي القرار.", root: "11")
        #expect(!other.contains { $0.1 == "TURMIL" }, "\(other)")
    }

    /// A reaction to an act called terrorist or criminal, or to an assault, whose doer nothing in the story names
    /// targets unnamed militants (`---REB`); a deed named by a noun of crime («العمل»، «الجريمة»، «الحادث») is reacted
    /// to as a noun of force is, and the victims its relative clause names are not the target.
    @Test func aReactionToATerroristActWithNoNamedDoerTargetsUnnamedMilitants() throws {
        let bombing = try events("أدانت الحكومة الأردنية التفجير الذي استهدف مسجدا في الكويت.", root: "11")
        #expect(bombing.count == 1 && bombing[0] == ("JORGOV", "---REB"), "\(bombing)")
        let crime = try events(
            "واستنكرت وزارة الخارجية المصرية بشدة العمل الإرهابي الجبان الذي استهدف رجال الأمن في سيناء.", root: "11")
        #expect(crime.count == 1 && crime[0] == ("EGYGOV", "---REB"), "\(crime)")
        let told = try events("فجر انتحاري نفسه داخل مسجد في الكويت. وأدانت الحكومة الأردنية الحادث.", root: "11")
        #expect(told.count == 1 && told[0] == ("JORGOV", "---REB"), "\(told)")
        // A doer the story or the relative clause names is the target.
        let named = try events("قصفت الطائرات الإسرائيلية مواقع في غزة. وأدانت الحكومة المصرية هذا العمل.", root: "11")
        #expect(named.count == 1 && named[0] == ("EGYGOV", "ISRMIL"), "\(named)")
        let relative = try events(
            "واستنكرت الحكومة الأردنية الجريمة النكراء التي ارتكبها المستوطنون الإسرائيليون في الخليل.", root: "11")
        #expect(relative.count == 1 && relative[0] == ("JORGOV", "ISRCVL"), "\(relative)")
        // Nothing calls it terrorist and nothing before it names a doer: no target to give.
        #expect(try events("وأدانت الحكومة الأردنية الحادث.", root: "11").isEmpty)
        #expect(try events("أدانت الحكومة الأردنية عمل اللجنة.", root: "11").isEmpty)
    }

    /// A characterisation («وصف الهجوم بأنه إرهابي»، «اعتبر التفجير عملا إجراميا») criticises the doer of the act it
    /// judges as a reaction does: the doer the story names, else unnamed militants when it calls the act terrorist or
    /// criminal; not the victims its relative clause names, and no one when it judges no act or party.
    @Test func aCharacterisationOfAnActCriticisesItsDoer() throws {
        let described = try events(
            "ووصفت الحكومة الكويتية الهجوم الذي استهدف السفارة بأنه عمل إرهابي جبان.", root: "11")
        #expect(described.count == 1 && described[0] == ("KWTGOV", "---REB"), "\(described)")
        let considered = try events("واعتبر وزير الداخلية المصري التفجير عملا إجراميا.", root: "11")
        #expect(considered.count == 1 && considered[0] == ("EGYGOV", "---REB"), "\(considered)")
        let named = try events(
            "قصفت الطائرات الإسرائيلية مواقع في غزة. واعتبرت الحكومة الأردنية القصف عملا إجراميا.", root: "11")
        #expect(named.count == 1 && named[0] == ("JORGOV", "ISRMIL"), "\(named)")
        #expect(try events("ووصف وزير المالية الكويتي الوضع الاقتصادي بأنه صعب.", root: "11").isEmpty)
    }

    /// Calling a party's visit or meeting historic or fruitful praises the party it names (051); with no party named
    /// there is no event. A judgement of a pronoun («ووصفتها الحكومة بأنها عدائية») judges what came before: the
    /// actors after the verb (its subject, words of the judgement) are not its target.
    @Test func aPositiveCharacterisationPraisesThePartyItNames() throws {
        let visit = try events("ووصف الرئيس المصري زيارة ولي العهد السعودي بأنها تاريخية.", root: "05")
        #expect(visit.count == 1 && visit[0] == ("EGYGOV", "SAUGOV"), "\(visit)")
        #expect(try events("ووصف وزير الخارجية الأردني المباحثات بأنها مثمرة.", root: "05").isEmpty)
        let pronoun = try events(
            "وأدلى المرشد الإيراني بتصريحات عن البحرين، ووصفتها الحكومة البحرينية بأنها عدائية تجاه الشعب البحريني.",
            root: "11")
        #expect(!pronoun.contains { $0.1 == "BHRCVL" }, "\(pronoun)")
    }

    /// A reaction told by a phrase that ends in its noun («أعرب عن استنكاره لـ…»، «عبر عن إدانة بلاده الشديدة لـ…»)
    /// names the act after «لـ» as a reaction verb names its object; said «فيه» (in a call or cable) it is the sender's.
    @Test func aReactionPhraseNamesItsActAfterLiAndAMessageSpeaksForItsSender() throws {
        let phrase = try events(
            "وأعرب مجلس الوزراء الأردني عن استنكاره للحادث الإجرامي الذي استهدف مسجدا في الكويت.", root: "11")
        #expect(phrase.count == 1 && phrase[0] == ("JORGOV", "---REB"), "\(phrase)")
        let owned = try events(
            "وعبر وزير الخارجية الأردني عن إدانة بلاده الشديدة للتفجير الذي استهدف مسجدا في الكويت.", root: "11")
        #expect(owned.count == 1 && owned[0] == ("JORGOV", "---REB"), "\(owned)")
        let call = try events(
            "تلقى العاهل الأردني اتصالا هاتفيا من أمير الكويت أعرب فيه عن استنكاره للتفجير الإرهابي في عمان.",
            root: "11")
        #expect(call.count == 1 && call[0] == ("KWTGOV", "---REB"), "\(call)")
    }

    /// Two nouns of disapproval joined («عن إدانتها واستنكارها للتفجير»), a word of degree before the noun («عن بالغ
    /// إدانته») and a reaction shown («أبدت استنكارها») name the act after «لـ» too; between a reaction verb and its
    /// object, the words «بأشد العبارات» and the day («أمس») do not hide the act.
    @Test func aReactionNamesItsActPastJoinedNounsDegreesAndTheDay() throws {
        let joined = try events(
            "وأعربت دولة الكويت عن إدانتها واستنكارها الشديدين للتفجير الإجرامي في عمان.", root: "11")
        #expect(joined.count == 1 && joined[0] == ("KWT", "---REB"), "\(joined)")
        let degree = try events(
            "وعبر وزير الداخلية الكويتي عن بالغ إدانته واستنكاره لهذا العمل الإجرامي الذي استهدف رجال الأمن.",
            root: "11")
        #expect(degree.count == 1 && degree[0] == ("KWTGOV", "---REB"), "\(degree)")
        let shown = try events("وأبدت الحكومة الأردنية استنكارها للتفجير الذي استهدف مسجدا في الكويت.", root: "11")
        #expect(shown.count == 1 && shown[0] == ("JORGOV", "---REB"), "\(shown)")
        let strongest = try events(
            "ونددت وزارة الخارجية المصرية أمس بأشد العبارات بالتفجير الذي استهدف مسجدا في الكويت.", root: "11")
        #expect(strongest.count == 1 && strongest[0] == ("EGYGOV", "---REB"), "\(strongest)")
        // «الأمانة العامة لهيئة كبار العلماء»: the council's secretariat is the council.
        let council = try events(
            "أدانت الأمانة العامة لهيئة كبار العلماء بشدة العمل الإجرامي الذي استهدف مسجدا في المدينة.", root: "11")
        #expect(council.count == 1 && council[0] == ("SAUREL", "---REB"), "\(council)")
        // A word of degree on its own is no reaction: «أبدى» names what is shown.
        #expect(try events("وأبدت الحكومة الأردنية استعدادها للتعاون مع الكويت.", root: "11").isEmpty)
    }

    /// A condemnation affirmed with «أكد» and the noun («وأكدت الحكومة إدانتها …») names the act after «لـ» as voiced
    /// ones do; a court that affirms the conviction of defendants makes no reaction.
    @Test func aCondemnationDeclaredNamesItsAct() throws {
        let confirmed = try events(
            "وأكدت الحكومة الأردنية في بيان لها إدانتها واستنكارها للتفجير الذي استهدف مسجدا في الكويت.", root: "11")
        #expect(confirmed.count == 1 && confirmed[0] == ("JORGOV", "---REB"), "\(confirmed)")
        let named = try events(
            "وأكد مجلس الوزراء الكويتي إدانته الشديدة للهجوم الذي نفذه تنظيم داعش على مسجد في عمان.", root: "11")
        #expect(named.count == 1 && named[0] == ("KWTGOV", "IMGREB"), "\(named)")
        #expect(try events("وأكدت المحكمة الكويتية إدانة المتهمين بتهريب المخدرات.", root: "11").isEmpty)
    }

    /// Between a reaction verb and its object, the statement it was told in («في بيان له») is skipped; «حادث التفجير»
    /// names the bombing; «استنكاره المطلق» is a degree. A noun of statements after «في» names no act of its own.
    @Test func aReactionToldInAStatementNamesTheIncident() throws {
        let told = try events(
            "وأدان مجلس الوزراء الأردني في بيان له اليوم حادث التفجير الذي استهدف مسجدا في الكويت.", root: "11")
        #expect(told.count == 1 && told[0] == ("JORGOV", "---REB"), "\(told)")
        let incident = try events("وأدان مجلس الوزراء الأردني حادث التفجير الذي استهدف مسجدا في الكويت.", root: "11")
        #expect(incident.count == 1 && incident[0] == ("JORGOV", "---REB"), "\(incident)")
        let absolute = try events(
            "وعبر وزير الخارجية الأردني عن استنكاره المطلق لهذا العمل الجبان الذي استهدف مسجدا في الكويت.", root: "11")
        #expect(absolute.count == 1 && absolute[0] == ("JORGOV", "---REB"), "\(absolute)")
        let decision = try events("وأدان وزير الخارجية الأردني في بيان القرار الإسرائيلي.", root: "11")
        #expect(decision.count == 1 && decision[0] == ("JORGOV", "ISR"), "\(decision)")
    }

    /// A reaction verb whose object is statements with no author after them («واستنكرت الوزارة التصريحات») targets the
    /// speaker of the statements the story named last; an author the statements' own phrase names stays the target,
    /// and with no statements named before there is no target to give.
    @Test func condemnedStatementsWithNoAuthorAreTheStorysLast() throws {
        let before = try events(
            "وكان وزير الخارجية الإيراني قد أطلق تصريحات ضد البحرين، بينما استنكرت وزارة الخارجية الكويتية التصريحات "
                + "وعدتها تدخلا سافرا.", root: "11")
        #expect(before.contains { $0 == ("KWTGOV", "IRNGOV") }, "\(before)")
        let named = try events(
            "أدلى وزير الخارجية الإيراني بتصريحات عن البحرين. واستنكرت وزارة الخارجية الكويتية التصريحات التي أدلى بها "
                + "رئيس البرلمان الإيراني.", root: "11")
        #expect(named.count == 1 && named[0] == ("KWTGOV", "IRNLEG"), "\(named)")
        #expect(try events("واستنكرت وزارة الخارجية الكويتية التصريحات.", root: "11").isEmpty)
    }

    /// «الاجتماع المقبل مع نظيره»، «المحادثات المقبلة مع الحكومة»: a meeting the text places ahead is an intent to meet
    /// (036), not a meeting held (040).
    @Test func aMeetingPlacedAheadIsAnIntentToMeet() throws {
        let ahead = try CodedText.document(
            "وقال وزير الخارجية الكيني إن الأمن سيكون محور الاجتماع المقبل مع نظيره الإثيوبي.")
        #expect(ahead.events.contains { $0.code.code == "036" } && !ahead.events.contains { $0.code.root == "04" })
        let held = try CodedText.document("وقال وزير الخارجية الكيني إن الأمن كان محور الاجتماع مع نظيره الإثيوبي.")
        #expect(held.events.contains { $0.code.code == "040" } && !held.events.contains { $0.code.code == "036" })
    }

    /// «واتفق الرئيسان في اتصال هاتفي على العمل معا»: agreeing to act together is an intent to cooperate (030), and the
    /// call in the phrase's gap is coded too; agreeing on terms stays a negotiation (046).
    @Test func agreeingToActTogetherIsAnIntentAndTheCallInItIsCoded() throws {
        let agreed = try events(
            "واتفق الرئيس الكيني ونظيره التنزاني في اتصال هاتفي أمس على العمل معا لمكافحة التهريب.", root: "03")
        #expect(agreed.count == 1 && agreed[0] == ("KENGOV", "TZAGOV"), "\(agreed)")
        let call = try events(
            "واتفق الرئيس الكيني ونظيره التنزاني في اتصال هاتفي أمس على العمل معا لمكافحة التهريب.", root: "04")
        #expect(call.count == 1, "\(call)")
        let terms = try events("واتفقت اليابان وكوريا الجنوبية على قواعد جديدة للصيد.", root: "03")
        #expect(terms.isEmpty, "\(terms)")
    }

    /// «التقى وزير العمل أمس، وزير العدل»: two offices with only a time word between them are two people of one
    /// government, each an actor; an office right before a name is still one person.
    @Test func twoOfficesWithATimeWordBetweenThemAreTwoPeople() throws {
        let met = try events("التقى وزير العمل الأردني أمس، وزير العدل الأردني في عمان.", root: "04")
        #expect(met.count == 1 && met[0] == ("JORGOV", "JORGOV"), "\(met)")
        let bare = try events("التقى وزير العمل الأردني مساء أمس وزير العدل الأردني.", root: "04")
        #expect(bare.count == 1 && bare[0] == ("JORGOV", "JORGOV"), "\(bare)")
        let titled = try events("التقى وزير الخارجية الأردني ناصر جودة أمس في عمان.", root: "04")
        #expect(titled.isEmpty, "\(titled)")
    }

    /// «التقى الرئيس أمس في عمان نظيره …» (V S ADV O): time words, a place with «في»/«بـ» and the subject's name after
    /// an honorific stand between the subject and the object; another preposition inside, an indefinite noun right
    /// before the actor (its genitive) or a country after the place are no object.
    @Test func adverbialsBetweenSubjectAndObject() throws {
        let place = try events("التقى الرئيس الأردني أمس في عمان نظيره التونسي.", root: "04")
        #expect(place.count == 1 && place[0] == ("JORGOV", "TUNGOV"), "\(place)")
        let venue = try events("التقى وزير الداخلية الأردني صباح اليوم في مقر الوزارة، السفير الكندي.", root: "04")
        #expect(venue.count == 1 && venue[0] == ("JORGOV", "CANGOV"), "\(venue)")
        let named = try events("التقى وزير العمل الأردني الدكتور سامر النعيمي وزير العدل الأردني.", root: "04")
        #expect(named.count == 1 && named[0] == ("JORGOV", "JORGOV"), "\(named)")
        let genitive = try events("التقى الرئيس الأردني أمس في مقر سفارة المغرب.", root: "04")
        #expect(genitive.isEmpty, "\(genitive)")
        let topic = try events("التقى الرئيس الأردني في قضايا كثيرة من بينها الملف السوري.", root: "04")
        #expect(topic.isEmpty, "\(topic)")
        // «خلال زيارته تلك»: the subject's own act, closed by a demonstrative, tells when.
        let during = try events("والتقى الرئيس اليمني خلال زيارته تلك وزير الخارجية الأمريكي.", root: "04")
        #expect(during.contains { $0 == ("YEMGOV", "USAGOV") }, "\(during)")
    }

    /// People received by the count («استقبل المستشفى 40 جريحا»، «استقبلت الجوازات 16 حاجا ماليزيا») are admitted, not
    /// guests of a visit; a counted delegation's head is still hosted by name («استقبل الملك رئيس جمهورية مالي»).
    @Test func peopleReceivedByTheCountAreNoVisit() throws {
        #expect(try events("واستقبلت وزارة الصحة العراقية 40 جريحا أمس.", root: "04").isEmpty)
        #expect(try events("واستقبلت جوازات المطار في جدة 16 حاجا ماليزيا.", root: "04").isEmpty)
        let king = try events("واستقبل خادم الحرمين الشريفين رئيس جمهورية مالي في قصر السلام أمس.", root: "04")
        #expect(king.contains { $0 == ("SAUGOV", "MLIGOV") }, "\(king)")
    }

    /// «توعد الرئيس بسحق جماعة بوكو حرام»، «هدد التنظيم بقتل رئيس البرلمان»: the actor right after the act a threat
    /// names with «بـ» is the one threatened, not an actor further on; past a non-actor noun («بضرب مواقع الحزب») the
    /// usual roles apply.
    @Test func theOneThreatenedIsTheThreatenedActsGenitive() throws {
        let crush = try events(
            "وتوعد الرئيس النيجيري بسحق جماعة بوكو حرام ويجري تشكيل قوة تضم 8700 جندي من نيجيريا.", root: "13")
        #expect(crush.contains { $0 == ("NGAGOV", "NGAREB") } && !crush.contains { $0.1 == "NGAMIL" }, "\(crush)")
        let kill = try events("وهدد تنظيم داعش بقتل رئيس مجلس النواب العراقي.", root: "13")
        #expect(kill.contains { $0 == ("IMGREB", "IRQLEG") }, "\(kill)")
        let strike = try events("وهدد الرئيس التركي بضرب مواقع حزب العمال الكردستاني.", root: "13")
        #expect(strike.contains { $0 == ("TURGOV", "TURREB") }, "\(strike)")
    }

    /// «التقى الرئيس، أمس في عمان، جون سميث السفير الكندي»: past the adverbials, an unknown name of up to three words
    /// before an office names the office's holder, the object; with no adverbial between, a name after the subject is
    /// the subject's own, and a preposition before the office is no name (a number and «من» count a group met, see
    /// `a group counted in figures`).
    @Test func anUnknownNameBeforeTheObjectsOffice() throws {
        let commas = try events("التقى الرئيس الأردني، أمس في عمان، جون سميث السفير الكندي لدى الأردن.", root: "04")
        #expect(commas.count == 1 && commas[0] == ("JORGOV", "CANGOV"), "\(commas)")
        let time = try events("التقى الرئيس الأردني أمس بيتر فان در برغ السفير الهولندي.", root: "04")
        #expect(time.count == 1 && time[0] == ("JORGOV", "NLDGOV"), "\(time)")
        let behalf = try events("التقى الرئيس الأردني أمس في عمان نيابة عن السفير الهولندي.", root: "04")
        #expect(behalf.isEmpty, "\(behalf)")
    }

    /// «يلتقي الرئيس نظيره … الأسبوع المقبل»: a meeting or a visit set ahead with a present-tense verb is an intent to
    /// meet (036), not a meeting; the same verb dated in the past is the meeting.
    @Test func aMeetingSetAheadIsAnIntentToMeet() throws {
        let ahead = try events("يلتقي الرئيس الكيني نظيره الأوغندي في نيروبي الأسبوع المقبل.", root: "03")
        #expect(ahead.count == 1 && ahead[0] == ("KENGOV", "UGAGOV"), "\(ahead)")
        let visit = try events("يزور وزير الخارجية الهندي طهران يوم الأحد المقبل.", root: "03")
        #expect(visit.count == 1 && visit[0] == ("INDGOV", "IRN"), "\(visit)")
        let held = try events("التقى الرئيس الكيني نظيره الأوغندي في نيروبي الأسبوع الماضي.", root: "04")
        #expect(held.count == 1, "\(held)")
        let plan = try events("ينظم الاتحاد العام للعمال مسيرة في نيروبي يوم الأحد المقبل.", root: "03")
        #expect(plan.isEmpty, "\(plan)")
    }

    /// «عقد الرئيس التونسي، ونائب رئيس الوزراء الأردني وزير الخارجية …، جلسة محادثات»: a list of subjects before a
    /// meeting's noun goes on past a title in apposition to the last one; the meeting is between the first two.
    @Test func aListOfSubjectsWithATitleInApposition() throws {
        let found = try events(
            "عقد الرئيس التونسي، ونائب رئيس الوزراء الأردني وزير الخارجية ناصر جودة، جلسة محادثات ثنائية.", root: "04")
        #expect(found.contains { $0 == ("TUNGOV", "JORGOV") }, "\(found)")
    }

    @Test func anActThatIsNotJointByBothSidesGoesEachWay() throws {
        let text =
            "استقبل وزير الخارجية السعودي نظيره الإيطالي في الرياض. وأثنى الجانبان على تطور العلاقات بين البلدين."
        let praise = try events(text, root: "05")
        #expect(praise.contains { $0.0 == "SAUGOV" && $0.1 == "ITAGOV" }, "\(praise)")
        #expect(praise.contains { $0.0 == "ITAGOV" && $0.1 == "SAUGOV" }, "\(praise)")
        // A joint act (a meeting) of «الجانبان» stays one event.
        let meeting = try events(
            "استقبل وزير الخارجية السعودي نظيره الإيطالي في الرياض. وتبادل الجانبان وجهات النظر حول اليمن.", root: "04")
        #expect(meeting.filter { $0.0 == "ITAGOV" }.isEmpty, "\(meeting)")
    }

    /// «بحضور X»: X attends the meeting, so it meets the source too; its «ب» does not make X the target instead.
    @Test func anAttendantOfAMeetingTakesPartInIt() throws {
        let found = try events(
            "والتقى وزير الخارجية الأردني نظيره المصري في عمان بحضور وزير الخارجية الأمريكي جون كيري.", root: "04")
        #expect(found.contains { $0.0 == "JORGOV" && $0.1 == "EGYGOV" }, "\(found)")
        #expect(found.contains { $0.0 == "JORGOV" && $0.1 == "USAGOV" }, "\(found)")
        let praise = try events("وأشاد وزير الخارجية الأردني بالتعاون مع مصر بحضور السفير الأمريكي.", root: "05")
        #expect(!praise.contains { $0.1.hasPrefix("USA") }, "\(praise)")
    }

    @Test func directObjectOfAVerbThatAlsoTakesAPreposition() throws {
        let found = try events(
            "والتقى وزير الخارجية الأمريكي جون كيري نظيره الروسي سيرغي لافروف في ماليزيا.", root: "04")
        #expect(found.contains { $0.0.hasPrefix("USA") && $0.1.hasPrefix("RUS") }, "\(found)")
    }

    /// A meeting noun takes a direct object only in construct state with its doer, after a word of time, and never
    /// visitors or civilians: a purpose («لاستقبال الزوار») or a definite noun is no meeting between two actors.
    @Test func aMeetingNounTakesAnObjectOnlyAsAnAct() throws {
        let purpose = try events(
            "وأعلنت أمانة المدينة أن الحدائق جاهزة لاستقبال الزوار طوال أيام العيد بإشراف وزير الشؤون البلدية.",
            root: "04")
        #expect(purpose.isEmpty, "\(purpose)")
        let definite = try events("ورافق الوزير خلال الزيارة رئيس الإدارة الإعلامية بوزارة الخارجية.", root: "04")
        #expect(definite.isEmpty, "\(definite)")
    }

    /// Calling on one's own country's mission abroad is no visit to the host country; another country's mission is.
    @Test func aVisitToOnesOwnEmbassyIsNoVisitToTheHost() throws {
        let own = try events("وزار وزير الخارجية المصري سفارة بلاده في لندن والتقى العاملين فيها.", root: "04")
        #expect(!own.contains { $0.1.hasPrefix("GBR") || $0.1.hasPrefix("EGY") }, "\(own)")
        let named = try events("وزار وزير الخارجية المصري السفارة المصرية في لندن.", root: "04")
        #expect(named.isEmpty, "\(named)")
        let other = try events("وزار وزير الخارجية المصري السفارة الأمريكية في القاهرة.", root: "04")
        #expect(other.contains { $0.0 == "EGYGOV" && $0.1.hasPrefix("USA") }, "\(other)")
    }

    /// «اتفقوا على أن …» is agreeing that something is so, not an agreement between parties.
    @Test func agreeingThatIsNoNegotiation() throws {
        let found = try events("واتفق الرئيس الأمريكي ونظيره الصيني على أن الاتفاق النووي يخدم الاستقرار.", root: "04")
        #expect(found.isEmpty, "\(found)")
    }

    /// A plain meeting and the same meeting told «على هامش» a summit are one event, with the more precise code.
    @Test func aMeetingToldAgainOnTheSidelinesIsOneMeeting() throws {
        var doc = Document(
            id: "roles",
            text: "وقال وزير الخارجية التركي خلال لقاء مع نظيره الأمريكي إن بلاده ستفتح قواعدها. "
                + "والتقى الوزيران التركي والأمريكي في فندق على هامش قمة إقليمية في كوالالمبور.",
            published: CalendarDate(iso: "2015-07-20"))
        try Self.pipeline.run(&doc)
        let meetings = doc.events.filter { $0.code.root == "04" }.map(\.code.code)
        #expect(meetings == ["044"], "\(meetings)")
    }

    /// Aid told by its general code («لتقديم المساعدات للشعب الأردني») and by a precise one («الطائرة الإغاثية»)
    /// between the same parties, one named by its country alone, is one act with the precise code.
    @Test func aidToldInGeneralAndPreciselyIsOneAct() throws {
        var doc = Document(
            id: "roles",
            text: "تنفيذا لتوجيهات الرئيس الكويتي لتقديم المساعدات العاجلة للشعب الأردني، "
                + "وصلت الطائرة الإغاثية الكويتية الثالثة إلى مطار عمان محملة بالأدوية.",
            published: CalendarDate(iso: "2015-07-20"))
        try Self.pipeline.run(&doc)
        let aid = doc.events.filter { $0.code.root == "07" }.map(\.code.code)
        #expect(aid == ["073"], "\(aid)")
    }

    /// «غادر X المدينة متوجها إلى Y»: the city left is not visited; the host is after «إلى» or nowhere.
    @Test func thePlaceLeftIsNotTheHostOfAVisit() throws {
        let left = try events(
            "غادر وزير الخارجية الأمريكي جون كيري واشنطن متوجها إلى منطقة الشرق الأوسط في جولة.", root: "04")
        #expect(left.isEmpty, "\(left)")
        let host = try events("غادر الرئيس المصري القاهرة متوجها إلى الرياض في زيارة رسمية.", root: "04")
        #expect(host.contains { $0.0 == "EGYGOV" && $0.1 == "SAU" } && !host.contains { $0.1 == "EGY" }, "\(host)")
    }

    @Test func aVerbJoinedByWawSharesTheEarlierVerbsSubject() throws {
        // The embassy is the object of «هاجم», not the subject of «اشتبكوا».
        let found = try events(
            "هاجم مسلحون مجهولون فجر اليوم السفارة الفرنسية في طرابلس واشتبكوا مع الشرطة الليبية لساعتين.", root: "19")
        #expect(found.contains { $0.0 == "---REB" && $0.1.hasPrefix("LBY") }, "\(found)")
        #expect(!found.contains { $0.0.hasPrefix("FRA") }, "\(found)")
    }

    @Test func aHostileActASpeakerSaysAnotherCountryKeepsDoingIsTheSpeakersAccusation() throws {
        let found = try events("وقال وزير الخارجية السعودي إن إيران تقاتل في سوريا إلى جانب قوات النظام.", root: "11")
        #expect(found.contains { $0.0.hasPrefix("SAU") && $0.1 == "IRN" }, "\(found)")
        // What a government says its own forces do is a report, not an accusation.
        let own = try events("وقال وزير الدفاع التركي إن القوات التركية تقصف مواقع المتمردين.", root: "11")
        #expect(own.isEmpty, "\(own)")
    }

    @Test func aDemonymQualifyingAThingIsNotTheSubject() throws {
        let found = try events("وتحدث وزير الخارجية السعودي عن الملف الإيراني، وقال إن الحوار مستمر.", root: "01")
        #expect(!found.contains { $0.0 == "IRN" }, "\(found)")
        #expect(found.contains { $0.0.hasPrefix("SAU") }, "\(found)")
    }

    @Test func anObjectPronounPointsBackToTheLastOtherActor() throws {
        let found = try events(
            "وشارك عشرات من أعضاء جماعة الإخوان المسلمين في مسيرة وسط القاهرة. "
                + "وكانت قوات الأمن المصرية قد اعتقلتهم بعد ساعات في ميدان التحرير.", root: "17")
        #expect(found.contains { $0.0 == "EGYCOP" && $0.1 == "EGYOPP" }, "\(found)")
    }

    @Test func aCivilianSpeakerIsNotTheDoerOfTheForceANounNames() throws {
        let found = try events("وقال مسؤولون أمريكيون إن اشتباكات عنيفة وقعت أمس قرب القاعدة.", root: "19")
        #expect(!found.contains { $0.0.hasPrefix("USA") }, "\(found)")
    }

    @Test func aDocumentSpeaksForTheStorysSpeaker() throws {
        let found = try events(
            "وقال الرئيس العراقي إن بلاده تدين القصف. "
                + "ودعا البيان الحكومة التركية وحزب العمال الكردستاني إلى العودة إلى عملية السلام.", root: "02")
        #expect(found.contains { $0.0.hasPrefix("IRQ") && $0.1 == "TURGOV" }, "\(found)")
    }

    /// A number before a past verb with the feminine «ـت» («موقع 24 أوضحت») counts nothing: the verb speaks, and its
    /// subject is the speaker a later document («البيان») speaks for.
    @Test func aNumberBeforeAFemininePastVerbIsNoCount() throws {
        let found = try events(
            "وبحسب موقع 24 أوضحت حركة حماس أن الغارات استهدفت منازل المدنيين. "
                + "واتهم البيان إسرائيل بارتكاب جرائم حرب.", root: "11")
        #expect(found.contains { $0.0.hasPrefix("PSE") && $0.1 == "ISR" }, "\(found)")
    }

    /// An actor inside what is called for («دعا إلى "ترشيق الوزارات"») is no object of the call, quoted or not.
    @Test func anActorInsideAQuotedCallIsNotItsTarget() throws {
        let quoted = try events("ودعا رئيس الوزراء العراقي إلى \"ترشيق الوزارات\" وتقليص النفقات.", root: "02")
        #expect(quoted.isEmpty, "\(quoted)")
        let object = try events("ودعا رئيس الوزراء العراقي الحكومة التركية إلى \"وقف القصف\" فورا.", root: "02")
        #expect(object.contains { $0.0 == "IRQGOV" && $0.1.hasPrefix("TUR") }, "\(object)")
    }

    @Test func possessiveNounWithHamzaSeat() throws {
        let found = try events(
            "وقال وزير الخارجية الأمريكي غداة لقائه وزير الخارجية الروسي إن الاتفاق قريب.", root: "04")
        #expect(found.contains { $0.0.hasPrefix("USA") && $0.1.hasPrefix("RUS") }, "\(found)")
    }

    @Test func possessiveNounTakesTheStorySubjectAndADirectObject() throws {
        let found = try events(
            "أكد ولي عهد أبوظبي الشيخ محمد بن زايد أن العلاقات متينة. وقال سموه لدى استقباله في أبوظبي أمس وزير الخارجية السعودي عادل الجبير إن الرؤية واحدة.",
            root: "04")
        #expect(found.contains { $0.0.hasPrefix("ARE") && $0.1.hasPrefix("SAU") }, "\(found)")
    }

    @Test func obligationIsTheSpeakersDemandNotANearerActors() throws {
        let found = try events(
            "وقال وزير الخارجية الفرنسي في مؤتمر صحفي مع نظيره الروسي إنه يجب على إيران وقف دعمها للحوثيين.", root: "10"
        )
        #expect(found.contains { $0.0.hasPrefix("FRA") && $0.1 == "IRN" }, "\(found)")
        #expect(!found.contains { $0.0.hasPrefix("RUS") }, "\(found)")
    }

    @Test func obligationInReportedSpeechIsADemand() throws {
        let found = try events("وقال وزير الخارجية السعودي إنه يجب على إيران وقف تدخلها في المنطقة.", root: "10")
        #expect(found.contains { $0.0.hasPrefix("SAU") && $0.1 == "IRN" }, "\(found)")
    }

    /// «أنه على X أن …»: «على» + actor after «أنه» in someone's words is an obligation the speaker puts on X.
    @Test func obligationAfterThatIsADemand() throws {
        let found = try events("وأوضح وزير الخارجية البريطاني أنه على الحكومة الإيرانية وقف دعم الحوثيين.", root: "10")
        #expect(found.contains { $0.0 == "GBRGOV" && $0.1 == "IRNGOV" }, "\(found)")
        // «أنه على استعداد»: no actor right after «على», no demand.
        let ready = try events("وأكد الوزير البريطاني أنه على استعداد للضغط على إيران.", root: "10")
        #expect(ready.isEmpty, "\(ready)")
    }

    /// The actor a phrase's own preposition governs is the one right after it, not one further on.
    @Test func obligationTargetsTheActorRightAfterItsPreposition() throws {
        let found = try events(
            "وقال وزير الخارجية الفرنسي إنه يجب على المجتمع الدولي الضغط على إيران لوقف دعمها للحوثيين.", root: "10")
        #expect(!found.contains { $0.1 == "IRN" }, "\(found)")
    }

    @Test func aDateBeforeTheVerbIsNotANumberOfPeople() throws {
        let found = try events("وفي 12 مارس 2015 فجر أربعة انتحاريين أنفسهم قرب مركز للشرطة في بغداد.", root: "18")
        #expect(found.contains { $0.0.hasSuffix("REB") }, "\(found)")
    }

    @Test func lightVerbWithAVerbalNounIsTheAct() throws {
        let arrest = try events("وقامت القوات الإسرائيلية باعتقال عشرة فلسطينيين في الخليل أمس.", root: "17")
        #expect(arrest.contains { $0.0 == "ISRMIL" && $0.1.hasPrefix("PSE") }, "\(arrest)")
        let kidnap = try events("وقام مسلحون مجهولون بخطف رئيس بلدية الموصل أمس.", root: "18")
        #expect(kidnap.contains { $0.0.hasSuffix("REB") && $0.1.hasSuffix("GOV") }, "\(kidnap)")
    }

    @Test func aTollThenItsCauseReportsTheAct() throws {
        let found = try events("وقتل خمسة أشخاص، بينهم شرطيان، أمس في انفجار سيارة مفخخة وسط بغداد.", root: "18")
        #expect(!found.isEmpty, "\(found)")
        let none = try events("وحذر الوزير من أن السيارات المفخخة تهدد أمن العاصمة.", root: "18")
        #expect(none.isEmpty, "\(none)")
    }

    @Test func deployedForcesAreNotTheTarget() throws {
        let found = try events("نشرت الولايات المتحدة اليوم مقاتلات إضافية في قاعدة إنجرليك.", root: "15")
        #expect(found.contains { $0.0 == "USA" && $0.1 == "-" }, "\(found)")
    }

    @Test func pastActDatedAfterPublicationIsLastYears() throws {
        var doc = Document(
            id: "date", text: "وفضت قوات الأمن المصرية اعتصام جماعة الإخوان المسلمين يوم 14 أغسطس بالقوة.",
            published: CalendarDate(iso: "2015-08-11"))
        try Self.pipeline.run(&doc)
        let e = try #require(doc.events.first { $0.code.root == "17" }, "\(doc.events.map(\.code.code))")
        #expect(e.date == CalendarDate(iso: "2014-08-14"))
    }
    @Test func anAttackByAnOfficeIsMadeInWords() throws {
        let minister = try events(
            "وهاجم وزير الخارجية البريطاني إيران قائلا إن تدخلها يزعزع استقرار المنطقة.", root: "11")
        #expect(minister.contains { $0.0.hasPrefix("GBR") && $0.1 == "IRN" }, "\(minister)")
        let speaker = try events("شن رئيس البرلمان العراقي هجوما على الحكومة العراقية بسبب تأخر الإصلاحات.", root: "11")
        #expect(speaker.contains { $0.0 == "IRQLEG" && $0.1 == "IRQGOV" }, "\(speaker)")
        #expect(try events("شن رئيس البرلمان العراقي هجوما على الحكومة العراقية.", root: "19").isEmpty)
    }

    @Test func anAttackByAForceIsMadeWithArms() throws {
        let found = try events("وهاجم الجيش السوري مواقع المعارضة المسلحة في ريف حلب.", root: "19")
        #expect(found.contains { $0.0 == "SYRMIL" }, "\(found)")
    }

    @Test func aFutureMeetingIsAnIntentToMeet() throws {
        let text = "وسيلتقي وزير الخارجية الأمريكي نظيره الروسي في جنيف الأسبوع المقبل."
        let intent = try events(text, root: "03")
        #expect(intent.contains { $0.0.hasPrefix("USA") && $0.1.hasPrefix("RUS") }, "\(intent)")
        #expect(try events(text, root: "04").isEmpty)
    }

    @Test func aVerbalNounAfterAWordOfTimeIsTheClauseSubjects() throws {
        let found = try events(
            "أعلن وزير الخارجية التركي أن بلاده ستواصل قتال تنظيم داعش، خلال لقاء مع نظيره الأمريكي في أنقرة.",
            root: "04")
        #expect(found.contains { $0.0.hasPrefix("TUR") && $0.1.hasPrefix("USA") }, "\(found)")
        #expect(!found.contains { $0.0 == "IMGREB" }, "\(found)")
    }
    @Test func theSubjectOfExposedSuffersTheActAndMinNamesItsDoer() throws {
        let vso = try events("وتعرضت دورية للجيش العراقي أمس لهجوم من مسلحي تنظيم داعش قرب الموصل.", root: "19")
        #expect(vso.contains { $0.0 == "IMGREB" && $0.1 == "IRQMIL" }, "\(vso)")
        #expect(!vso.contains { $0.0.hasPrefix("IRQ") }, "\(vso)")
        // Without a named doer the attack is still reported, on its target.
        let svo = try events("السفارة البريطانية تعرضت لهجوم بقذائف الهاون مساء الأحد.", root: "19")
        #expect(svo.contains { ($0.0 == "-" || $0.0 == "---") && $0.1.hasPrefix("GBR") }, "\(svo)")
        let words = try events("وتعرضت الحكومة الأردنية لانتقادات حادة من نواب المعارضة.", root: "11")
        #expect(words.contains { $0.0.hasPrefix("JOR") && $0.1 == "JORGOV" }, "\(words)")
        #expect(!words.contains { $0.0 == "JORGOV" }, "\(words)")
    }

    @Test func aPresentLightVerbAfterARelativeDescribes() throws {
        let found = try events(
            "ولم تطلق القوات الروسية النار على الطائرات الفرنسية التي تقوم بقصف مواقع تنظيم داعش.", root: "19")
        #expect(found.isEmpty, "\(found)")
        // The past light verb reports the act.
        let past = try events("وقامت الطائرات الفرنسية أمس بقصف مواقع المتشددين في الرقة.", root: "19")
        #expect(!past.isEmpty, "\(past)")
    }

    @Test func aWordOfThePatternIsNotItsActor() throws {
        // «منظمة إرهابية» is what the police declared the party, not who declared it.
        let found = try events("واعتقلت الشرطة الأردنية عشرات من أعضاء حزب التحرير وأعلنته منظمة إرهابية.", root: "17")
        #expect(found.contains { $0.0 == "JORCOP" && $0.1 == "JOROPP" }, "\(found)")
        #expect(!found.contains { $0.0.hasSuffix("REB") }, "\(found)")
    }

    @Test func baynaWithAPronounIsNoPrepositionBi() throws {
        // «من بينها الملف اليمني»: «بينها» does not introduce a target with «ب».
        let found = try events(
            "وفي الرياض، سيلتقي لافروف نظيره السعودي عادل الجبير حيث سيبحثان قضايا عدة من بينها الملف اليمني.",
            root: "03")
        #expect(found.contains { $0.0 == "RUSGOV" && $0.1 == "SAUGOV" }, "\(found)")
        #expect(!found.contains { $0.1 == "YEM" }, "\(found)")
    }

    @Test func aCognateVerbalNounIsTheSameActAsItsVerb() throws {
        // A lexicon where the noun «رفض» alone would give an event (the bundled one marks it weak).
        var triggers = try TriggerLexicon(
            text: "120\tverb\tرفض|رفضت/يرفض\n120\tnoun\tرفض\ttarget=ل\n", file: "t.txt", codebook: .bundled())
        triggers.cues = try TriggerLexicon.bundled().cues
        let pipeline = try MarsadPipeline(actors: .bundled(), triggers: triggers, places: .bundled())
        var doc = Document(
            id: "cognate", text: "ويرفض البرلمان الأردني رفضا قاطعا للتدخل الإيراني في البحرين.",
            published: CalendarDate(iso: "2015-07-20"))
        try pipeline.run(&doc)
        let rejections = doc.events.filter { $0.code.root == "12" }
        #expect(rejections.count == 1, "\(rejections.map(\.trigger))")
    }

    @Test func anIndefiniteBodyAfterAnActorWithItsCountryIsANewPhrase() throws {
        // «ضربات جوية» is the act, not part of «الجيش المصري».
        let found = try events("وشن الجيش المصري ضربات جوية على مواقع للمتشددين في سيناء.", root: "19")
        #expect(found.contains { $0.0 == "EGYMIL" }, "\(found)")
    }

    @Test func aJointActOfThePairIsOneEvent() throws {
        let found = try events(
            "اجتمع وزير الخارجية السعودي مع نظيره التركي. ووقع الجانبان مذكرة تفاهم في مجال الطاقة.", root: "05")
        #expect(found.count == 1, "\(found)")
    }

    /// An agreement or a meeting reported again with the parties named by their countries is the same act; praise
    /// said again is said twice.
    @Test func anActReportedAgainByCountryIsOneEvent() throws {
        let signed = try events(
            "وقع وزير الخارجية المصري ونظيره الأردني اتفاقية للتعاون في مجال الطاقة. "
                + "وقال بيان إن الأردن ومصر وقعتا الاتفاقية بعد محادثات استمرت يومين.", root: "05")
        #expect(signed.filter { $0.0.hasPrefix("EGY") || $0.1.hasPrefix("EGY") }.count == 1, "\(signed)")
        let met = try events(
            "التقى الرئيس الفرنسي نظيره الروسي في باريس أمس. وقالت الرئاسة إن فرنسا التقت روسيا لبحث الأزمة.",
            root: "04")
        #expect(met.count == 1, "\(met)")
        let praised = try events(
            "أشاد وزير الخارجية المصري بدور الأردن في المنطقة. وأشاد وزير الخارجية المصري بدور الأردن في المنطقة.",
            root: "05")
        #expect(praised.count == 1, "\(praised)")
        let again = try events(
            "أشاد وزير الخارجية المصري بدور الأردن في دعم اللاجئين. وفي الجلسة الثانية أشادت مصر بالأردن مجددا.",
            root: "05")
        #expect(again.count == 2, "\(again)")
    }

    /// Strikes and clashes between the same parties recur: another act of force in another sentence is another
    /// event; the same act told again in the same words is one.
    @Test func anotherActOfForceBetweenTheSamePartiesIsAnotherEvent() throws {
        let two = try events(
            "سيطر الجيش اليمني أمس على مواقع للحوثيين في مأرب. وفي تعز شن الجيش اليمني هجوما على الحوثيين.",
            root: "19")
        #expect(two.count == 2 && two.allSatisfy { $0 == ("YEMMIL", "YEMREB") }, "\(two)")
        let once = try events(
            "سيطر الجيش اليمني أمس على مواقع للحوثيين في مأرب. وقال مصدر إن الجيش اليمني سيطر على مواقع الحوثيين.",
            root: "19")
        #expect(once.count == 1, "\(once)")
        // In one sentence, two patterns of one act («شنت … غارات») are one event.
        let one = try events("وشنت طائرات التحالف العربي غارات عنيفة على مواقع الحوثيين في صنعاء.", root: "19")
        #expect(one.count == 1, "\(one)")
    }

    @Test func aCountedGroupBeforeANounOfForceIsItsTollNotItsDoer() throws {
        let found = try events("وقتل أربعة عناصر من الشرطة التركية في انفجار قنبلة جنوب شرق البلاد.", root: "18")
        #expect(!found.isEmpty)
        #expect(!found.contains { $0.0.hasPrefix("TUR") }, "\(found)")
        // The speaker does not become the doer either, nor do the soldiers.
        let reported = try events("وأعلنت الشرطة العراقية مقتل ثلاثة جنود في انفجار عبوة ناسفة.", root: "18")
        #expect(!reported.isEmpty && !reported.contains { $0.0.hasPrefix("IRQ") }, "\(reported)")
    }

    /// A relative verb after an act's noun names its doer, also over the unnamed bomber the noun phrase holds.
    @Test func aDoerNamedAfterASuicideBombingIsItsSource() throws {
        let found = try events(
            "وأسفر تفجير انتحاري نفذته حركة طالبان قرب مقر للشرطة الأفغانية عن مقتل 25 شخصا.", root: "18")
        #expect(found.map(\.0) == ["AFGREB"], "\(found)")
        // A claim after the act's noun («هجوم تبنته الحركة») names the doer of the act it reports.
        let claimed = try events("وقتل ستة جنود في هجوم تبنته حركة طالبان على قاعدة عسكرية قرب قندهار.", root: "19")
        #expect(claimed.map(\.0) == ["AFGREB"], "\(claimed)")
        // Without a doer named, the bomber stays unnamed.
        let unnamed = try events("وأسفر تفجير انتحاري قرب مقر للشرطة الأفغانية عن مقتل 25 شخصا.", root: "18")
        #expect(unnamed.map(\.0) == ["---REB"], "\(unnamed)")
    }

    /// The dual of a nisba gives its country («مسلحان عراقيان»، «مصدران رسميان فرنسيان»).
    @Test func aDualNisbaGivesTheCountry() throws {
        let gunmen = try events("وأطلق مسلحان عراقيان النار على دورية للشرطة في الموصل.", root: "19")
        #expect(gunmen.map(\.0) == ["IRQREB"], "\(gunmen)")
        let women = try events("وهاجمت امرأتان مسلحتان سوريتان حاجزا للشرطة التركية.", root: "19")
        #expect(women.map(\.0) == ["SYRREB"], "\(women)")
    }

    /// A definite act noun with no actor («الهجوم») points back to the act the article told, however far back; an
    /// indefinite one far from it («هجوم») may be another act.
    @Test func aDefiniteActNounWithNoActorIsTheActToldBefore() throws {
        let story =
            "قتل 21 شخصا في هجوم تبنته حركة طالبان في ولاية قندوز. وقال حاكم الولاية إن الضحايا مدنيون. "
            + "وأضاف أن السلطات فتحت تحقيقا. وأعلنت الحكومة الحداد. وتابع الحاكم أن القوات تعزز انتشارها. "
            + "وكان الهجوم قد أسفر عن دمار كبير في السوق."
        let found = try events(story, root: "19")
        #expect(found.count == 1 && found[0].0 == "AFGREB", "\(found)")
    }

    /// A label and the article's title again at its end («رابط الخبر بصحيفة …: <title>») tell nothing new.
    @Test func theTitleRepeatedAfterALabelIsNotCodedAgain() throws {
        let title = "مقتل ثلاثة جنود في تفجير لغم بجنوب شرق تركيا"
        let text =
            "قتل ثلاثة جنود أتراك عندما فجر مسلحون أكراد لغما محلي الصنع في ولاية شرناق. "
            + "وقالت مصادر أمنية إن الجيش بدأ عملية تمشيط في المنطقة.\nرابط الخبر بصحيفة الوئام: \(title)"
        var doc = Document(id: "title", text: text, published: CalendarDate(iso: "2015-07-20"))
        doc.title = title
        try Self.pipeline.run(&doc)
        #expect(!doc.events.contains { $0.sentence == doc.sentences.count - 1 }, "\(doc.events.map(\.rule))")
        // Without the title, that last line is coded like any other.
        var untitled = Document(id: "untitled", text: text, published: CalendarDate(iso: "2015-07-20"))
        try Self.pipeline.run(&untitled)
        #expect(untitled.events.contains { $0.sentence == untitled.sentences.count - 1 })
    }

    /// A clash told again with its sides the other way round is one clash, kept where it is told most completely.
    @Test func aClashToldAgainTheOtherWayRoundIsOneClash() throws {
        let story =
            "مقتل سبعة عناصر من حركة الشباب في مواجهات مع الجيش الصومالي.\n"
            + "قتل سبعة مسلحين وجرح جنديان أمس في مواجهات بين الجيش الصومالي وحركة الشباب قرب مدينة بيدوة، بحسب مصدر أمني."
        let found = try events(story, root: "19")
        #expect(found.count == 1 && found[0] == ("SOMMIL", "SOMREB"), "\(found)")
    }

    @Test func aCountedGroupInAFightWithAnotherPartyIsOneSide() throws {
        let found = try events("مقتل سبعة عناصر من حركة الشباب في مواجهات مع الجيش الصومالي.", root: "19")
        #expect(found.contains { $0.0 == "SOMREB" && $0.1 == "SOMMIL" }, "\(found)")
    }

    /// Coordinated subjects of praise or support act each on their own: none is another's target.
    @Test func coordinatedSupportersAreNotEachOthersTargets() throws {
        let found = try events("وقالت الصحيفة إن ألمانيا وفرنسا وإيطاليا تؤيد الخطة الأوروبية الجديدة.", root: "05")
        #expect(!found.contains { $0.1 == "FRA" || $0.1 == "ITA" }, "\(found)")
    }

    /// A long list of subjects of a joint act may push its partner after «مع» past the usual window: the partner is
    /// still the target of each subject, and the subjects are not each other's targets.
    @Test func aJointActsPartnerAfterALongListOfSubjects() throws {
        let found = try events(
            "وأبرمت ألمانيا وفرنسا وإيطاليا وإسبانيا والبرتغال بعد مفاوضات طويلة استمرت عدة أشهر في مدينة صغيرة في العاشر من مايو الماضي اتفاقا مع تركيا.",
            root: "05")
        #expect(found.contains { $0.0 == "DEU" && $0.1 == "TUR" }, "\(found)")
        #expect(!found.contains { $0.1 == "FRA" || $0.1 == "ITA" }, "\(found)")
    }

    /// Coordinated subjects before a noun of fighting fight on one side; a joint act's subjects still meet.
    @Test func coordinatedSubjectsBeforeABattleNounAreAllies() throws {
        let battle = try events(
            "وقال المتحدث إن الجيش العراقي وقوات البيشمركة يتقدمان في معركة استعادة الموصل.", root: "19")
        #expect(!battle.contains { $0.0 == "IRQMIL" && $0.1 == "IRQMIL" }, "\(battle)")
        let meeting = try events("والتقى وزير الخارجية الأردني ونظيره المصري في القاهرة أمس.", root: "04")
        #expect(meeting.contains { $0.0 == "JORGOV" && $0.1 == "EGYGOV" }, "\(meeting)")
    }

    /// A place right after a word of direction («شمالي بغداد»، «شمال سوريا») tells where the act happened; the target
    /// is the other actor the clause names. A country that is the object itself still is the target.
    @Test(arguments: [
        ("واستهدف هجوم انتحاري بسيارة مفخخة دورية للجيش العراقي في بلدة صغيرة شمالي بغداد.", "IRQMIL", "IRQ"),
        ("وصدت القوات الحكومية في محافظة إدلب، شمال سوريا، هجوما لمسلحي المعارضة.", "SYRREB", "SYR"),
    ])
    func aPlaceAfterADirectionIsNoTarget(_ text: String, _ target: String, _ place: String) throws {
        let found = try events(text, root: "19")
        #expect(found.contains { $0.1 == target } && !found.contains { $0.1 == place }, "\(found)")
    }

    /// What an appeal asks for is its content: an actor inside it («إلى دعم الجيش اللبناني») is not the one appealed
    /// to.
    @Test func anActorInsideAnAppealsContentIsNotItsTarget() throws {
        let found = try events("ودعت الحكومة الأردنية إلى دعم الجيش اللبناني في مواجهة الإرهاب.", root: "02")
        #expect(!found.contains { $0.1 == "LBNMIL" }, "\(found)")
    }

    /// A group counted with a number and «من» a word or two before it («ثلاثة من كبار قادة تنظيم داعش») is the toll of
    /// the act named after it, not its doer.
    @Test(arguments: [
        ("وذكرت مصادر محلية مقتل ثلاثة من كبار قادة تنظيم داعش في غارة جوية قرب الرقة أمس.", "19", "IMGREB"),
        (
            "وقالت مصادر عسكرية إن أربعة من مقاتلي حركة طالبان قتلوا في تفجير عبوة ناسفة استهدفت دورية للجيش الأفغاني.",
            "18", "AFGREB"
        ),
    ])
    func aCountedGroupIsNotTheDoer(_ text: String, _ root: String, _ counted: String) throws {
        let found = try events(text, root: root)
        #expect(!found.isEmpty && !found.contains { $0.0 == counted }, "\(found)")
    }

    /// A verb opening its sentence with one actor after it is verb + object only when no object noun follows:
    /// in «وأدانت الولايات المتحدة العنف» the actor is the subject, not the object of the sentence before's speaker.
    @Test func anActorBeforeADefiniteObjectNounIsTheSubject() throws {
        let found = try events(
            "وقال الرئيس البوروندي إن المعارضة تقف وراء الاضطرابات في العاصمة. وأدانت الولايات المتحدة العنف وحثت على الحوار.",
            root: "11")
        #expect(!found.contains { $0.1 == "USA" }, "\(found)")
        let object = try events(
            "وقال وزير الخارجية السعودي إن المملكة تتابع الوضع في اليمن. وطالب إيران بوقف التدخل في الشؤون العربية.",
            root: "10")
        #expect(object.contains { $0.0 == "SAUGOV" && $0.1 == "IRN" }, "\(object)")
        // An adjective ending a country's name («كوريا الجنوبية») is no object noun.
        let guest = try events(
            "وقال خادم الحرمين الشريفين الملك سلمان إن العلاقات مع آسيا متينة. واستقبل رئيسة جمهورية كوريا الجنوبية في الرياض.",
            root: "04")
        #expect(guest.contains { $0.0 == "SAUGOV" && $0.1 == "KORGOV" }, "\(guest)")
    }

    @Test func aCountryAttackedIsStillTheTarget() throws {
        let found = try events("وقصفت الطائرات التركية شمال العراق أمس.", root: "19")
        #expect(found.contains { $0.0 == "TURMIL" && $0.1 == "IRQ" }, "\(found)")
    }

    /// A plural title right after the source («استقبل ولي العهد … الأمراء») is the people received, not the source's
    /// own title split from its name.
    @Test func aPluralTitleAfterTheSourceIsTheTarget() throws {
        let found = try events("استقبل أمير الكويت الشيخ صباح الأحمد الوزراء في قصر بيان.", root: "04")
        #expect(found.contains { $0.0 == "KWTGOV" && $0.1 == "KWTGOV" }, "\(found)")
        // Nor does it join a source that has its country («وزير الخارجية الأردني الوزراء» is two parties).
        let chained = try events("استقبل وزير الخارجية الأردني السفراء في مكتبه.", root: "04")
        #expect(chained.contains { $0.0 == "JORGOV" && $0.1 == "JORGOV" }, "\(chained)")
    }

    /// A list of office-holders received goes on past a title and name in apposition («سفير الهند رئيس المجموعة
    /// الآسيوية سالم أحمد، وسفير البرازيل»), and «وهم كل من» names the members of the plural before it; a title right
    /// after the object without a comma is the object's own title, not a list item.
    @Test func aListOfEnvoysGoesOnPastAnApposition() throws {
        let apposed = try events(
            "استقبل وزير الخارجية الأردني سفير الهند رئيس المجموعة الآسيوية سالم أحمد، وسفير البرازيل، وسفير كندا.",
            root: "04")
        #expect(Set(apposed.map(\.1)) == ["INDGOV", "BRAGOV", "CANGOV"], "\(apposed)")
        let members = try events(
            "استقبل وزير الخارجية الأردني سفير اليونان، ورؤساء البعثات المعتمدين لدى الأردن، وهم كل من سفير كينيا، وسفير البيرو.",
            root: "04")
        #expect(Set(members.map(\.1)) == ["GRCGOV", "KENGOV", "PERGOV"], "\(members)")
        let own = try events(
            "هنأ رئيس الوزراء الكويتي ولي العهد نائب رئيس مجلس الوزراء ووزير الدفاع الأردني بنجاح الخطة.", root: "05")
        #expect(!own.contains { $0.0 == "JORGOV" }, "\(own)")
    }

    /// «كل من» opens a subject list only: past another clause («، وامتنعت كل من …») the list is that verb's subject, no
    /// object of the verb before; and a time with a comma after a verb of force does not make the next actor its doer
    /// («أن انفجارا استهدف، صباح أمس، دورية للشرطة»: the patrol was hit). Sentences written for this test.
    @Test func listsAndTimesDoNotMakeParties() throws {
        let opposed = try events(
            "وأيدت القرار عشرون دولة وعارضته كندا، وامتنعت كل من تشيلي وبيرو عن التصويت.", root: "11")
        #expect(!opposed.contains { $0.1 == "CHL" || $0.1 == "PER" }, "\(opposed)")
        let hit = try events("وأعلنت الشرطة الأردنية أن انفجارا استهدف، صباح أمس، دورية للشرطة في الزرقاء.", root: "19")
        #expect(!hit.contains { $0.0 == "JORCOP" && $0.1 == "JOR" }, "\(hit)")
        #expect(!hit.contains { $0.0 == "JORCOP" && $0.1 == "-" }, "\(hit)")
    }
}

/// A circumstantial participle acts for the clause's subject, not for a nearer actor.
@Suite struct CircumstantialTests {
    /// «مشيدا» praises for the subject of its clause's verb — also when the sentence before has another speaker
    /// («أكد … دعم» is coded 051, not a statement).
    @Test(arguments: [
        "وأكد وزير الخارجية المصري دعم بلاده للحكومة الليبية، مشيدا بجهود الأمم المتحدة في الوساطة.",
        "وقال المتحدث باسم الحكومة التركية إن أنقرة تتابع الوضع في ليبيا. "
            + "وأكد وزير الخارجية المصري دعم بلاده للحكومة الليبية، مشيدا بجهود الأمم المتحدة في الوساطة.",
    ])
    func participleTakesItsClauseVerbsSubject(_ text: String) throws {
        var doc = Document(id: "hal", text: text, published: CalendarDate(iso: "2015-07-20"))
        try RoleTests.pipeline.run(&doc)
        let praise = doc.events.filter { $0.rule.contains("مشيدا") }
        #expect(
            praise.contains { $0.source?.actor.code == "EGYGOV" && $0.target?.actor.code == "IGOUNO" },
            "\(praise.map { "\($0.source?.actor.code ?? "-")>\($0.target?.actor.code ?? "-")" })")
    }

    /// A lone participle with no target preposition («مطالبا»، «محملا»، «منتقدا»، «مناشدا»، «متوعدا») acts
    /// for its clause's subject on the actor right after it, its object (sentences written for these tests).
    @Test(arguments: [
        (
            "وقال وزير الخارجية الليبي إن المفاوضات تعثرت، مطالبا الأمم المتحدة بتعيين مبعوث جديد.", "10", "LBYGOV",
            "IGOUNO"
        ),
        ("وأكد وزير الإعلام اليمني أن الهدنة انهارت، محملا الحوثيين مسؤولية سقوط الضحايا.", "11", "YEMGOV", "YEMREB"),
        (
            "وقال محافظ الأنبار إن آلاف الأسر نزحت من الرمادي، مناشدا الحكومة العراقية إرسال المساعدات.", "02",
            "IRQGOV", "IRQGOV"
        ),
        ("وقال زعيم المعارضة التركية إن الانتخابات لم تكن نزيهة، منتقدا الحكومة التركية.", "11", "TUROPP", "TURGOV"),
        (
            "وقال وزير الخارجية الإسباني إن المحادثات كانت بناءة، معربا في هذا الصدد عن تقديره لدور الأردن.", "05",
            "ESPGOV", "JOR"
        ),
        (
            "وأشاد وزير الخارجية الإماراتي بالدور السعودي، مهنئا الشعب المصري على إنجاز القناة.", "05", "AREGOV",
            "EGYCVL"
        ),
        ("وأكد الرئيس المصري أهمية التعاون، شاكرا الحكومة الأردنية على دعمها.", "05", "EGYGOV", "JORGOV"),
        ("وأكد الرئيس المصري أهمية الزيارة، مجددا الشكر لولي العهد السعودي على زيارته.", "05", "EGYGOV", "SAUGOV"),
        ("وأكد الرئيس المصري أهمية التعاون، مقدما شكره للمملكة على دعمها.", "05", "EGYGOV", "SAU"),
    ])
    func loneParticipleTakesTheActorAfterIt(_ text: String, _ root: String, _ source: String, _ target: String) throws {
        let found = try RoleTests().events(text, root: root)
        #expect(found.contains { $0.0 == source && $0.1 == target }, "\(found)")
    }

    /// The object is the actor right after the participle or none: «محملة بالمساعدات» is "loaded with aid", and an
    /// actor further on is not the object («مطالبا بإنشاء منظمة على غرار منظمة أوبك»).
    @Test(arguments: [
        "وقال وزير الخارجية الأردني إن القافلة وصلت إلى عدن، محملة بالمساعدات الطبية للمستشفيات.",
        "وقال وزير الزراعة المصري إن القمح سلعة استراتيجية، مطالبا بإنشاء منظمة للمصدرين على غرار منظمة أوبك.",
    ])
    func loneParticipleWithoutObjectIsNoEvent(_ text: String) throws {
        let found = try RoleTests().events(text, root: "11") + RoleTests().events(text, root: "10")
        #expect(found.isEmpty, "\(found)")
    }

    /// An actor after «إذ»، «فيما»، «بينما»، «لكن» belongs to another clause: it is no target of the verb before it
    /// (sentences written for these tests).
    @Test(arguments: [
        ("وطالب المزارعون الأردنيون بخفض أسعار الأعلاف، إذ تستغل الشركات التركية الأزمة.", "10", "TURBUS"),
        ("ودعا وزير الداخلية المغربي إلى الحذر فيما تواصل السلطات الإسبانية البحث عن المفقودين.", "02", "ESPGOV"),
        ("وانتقد رئيس البرلمان الكويتي الاتفاق، لكن الحكومة الإيرانية رحبت به.", "11", "IRNGOV"),
        ("وحث الرئيس التونسي على الهدوء، بينما أعلنت الحكومة الليبية حالة الطوارئ.", "02", "LBYGOV"),
    ])
    func noTargetPastAnotherClause(_ text: String, _ root: String, _ other: String) throws {
        let found = try RoleTests().events(text, root: root)
        #expect(!found.contains { $0.1 == other }, "\(found)")
    }

    /// An actor after a participle of speaking is the participle's, not the verb's: the verb is told with no target,
    /// and the participle keeps the verb's subject.
    @Test func noTargetPastAParticipleOfSpeaking() throws {
        let text = "وانتقد وزير الخارجية الأردني القرار، مشيرا إلى دور الحكومة الإسرائيلية في الأزمة."
        let found = try RoleTests().events(text, root: "11")
        #expect(found.contains { $0.0 == "JORGOV" && $0.1 == "-" } && !found.contains { $0.1 == "ISRGOV" }, "\(found)")
    }

    /// A body right after a named person with the same code is the verb's object, not the person's title split off.
    @Test(arguments: [
        ("وطالب العبادي الحكومة بتسريع الإصلاحات في البصرة.", "10", "IRQGOV", "الحكومة"),
        ("وطالب العبادي مجلس الوزراء بتسريع الإصلاحات، ودعا مجلس النواب إلى دعمها.", "10", "IRQGOV", "مجلس الوزراء"),
        ("وانتقد أردوغان الحكومة السابقة بشدة أمس.", "11", "TURGOV", "الحكومة"),
    ])
    func aBodyAfterAPersonIsHisObject(_ text: String, _ root: String, _ code: String, _ targetText: String) throws {
        var doc = Document(id: "roles", text: text, published: CalendarDate(iso: "2015-07-20"))
        try RoleTests.pipeline.run(&doc)
        let found = doc.events.filter { $0.code.root == root }.map {
            ($0.source?.actor.code ?? "-", $0.target?.actor.code ?? "-", $0.target?.text ?? "")
        }
        #expect(found.contains { $0.0 == code && $0.1 == code && $0.2 == targetText }, "\(found)")
    }

    /// An actor after a compound preposition that names no party («بالنسبة لـ»، «بالإضافة إلى») is no target.
    @Test func noTargetAfterACompoundPreposition() throws {
        let text = "وأكد المحلل أن زيارة وزير الخارجية الأردني مهمة حتى بالنسبة للمواطنين المصريين."
        let found = try RoleTests().events(text, root: "04")
        #expect(!found.contains { $0.1 == "EGYCVL" }, "\(found)")
    }

    /// The verb's own object before such a clause stays its target.
    @Test func objectBeforeAnotherClauseStaysTarget() throws {
        let found = try RoleTests().events(
            "وطالب وزير الزراعة الأردني الحكومة المصرية بخفض الرسوم، إذ تستغل الشركات التركية الأزمة.", root: "10")
        #expect(found.contains { $0.0 == "JORGOV" && $0.1.hasPrefix("EGY") }, "\(found)")
    }

    /// Aid: the giver named by a relative verb after the aid noun, and the receiver after it; an actor of the giver's
    /// own country before the noun (the carrier) is not the receiver.
    @Test(arguments: [
        (
            "وأشاد الوزير بالمساعدات الإنسانية التي تقدمها الإمارات للاجئين السوريين في الأردن.", "ARE",
            "SYRREF"
        ),
        (
            "ووصلت إلى عدن طائرات تابعة للقوات الجوية السعودية لنقل المساعدات الإغاثية التي يقدمها مركز الملك سلمان للإغاثة والأعمال الإنسانية.",
            "SAUGOV", "-"
        ),
    ])
    func aidNamedWithItsGiversRelativeVerb(_ text: String, _ source: String, _ target: String) throws {
        let found = try RoleTests().events(text, root: "07")
        if target == "-" {
            #expect(!found.contains { $0.1.hasPrefix("SAU") }, "\(found)")
        } else {
            #expect(found.contains { $0.0 == source && $0.1 == target }, "\(found)")
        }
    }

    /// A ship or plane of aid: a demonym after the noun gives, the party after «إلى» receives.
    @Test func aShipOfAidIsGivenByItsDemonym() throws {
        let found = try RoleTests().events("ورست في ميناء المكلا سفينة إغاثية كويتية متجهة إلى اليمن.", root: "07")
        #expect(found.contains { $0.0 == "KWT" && $0.1 == "YEM" }, "\(found)")
    }

    /// Aid carried to a place abroad with no party named is given to the place's country; a place at home is no
    /// receiver.
    @Test(arguments: [
        ("ووصلت أمس طائرة مساعدات أردنية إلى مطار أربيل محملة بالأدوية.", "JOR", "IRQ"),
        ("ووصلت سفينة إغاثة تركية إلى ميناء طرطوس.", "TUR", "SYR"),
        ("ووصلت طائرة إغاثة سعودية إلى مطار جازان.", "", ""),
        ("وحطت في مطار أربيل أمس طائرة إغاثة أردنية.", "JOR", "IRQ"),
        ("ووصلت إلى ميناء طرطوس أمس سفينة إغاثية تركية.", "TUR", "SYR"),
        ("ووصلت إلى مطار جازان طائرة إغاثة سعودية.", "", ""),
        // A port before the aid with no verb of arrival right before it is no destination.
        ("والتقى الوزير في مطار أربيل وفدا أردنيا لبحث المساعدات الإغاثية.", "", ""),
    ])
    func aidCarriedToAPlaceAbroadGoesToItsCountry(_ text: String, _ source: String, _ target: String) throws {
        let found = try RoleTests().events(text, root: "07")
        if source.isEmpty {
            #expect(found.isEmpty, "\(found)")
        } else {
            #expect(found.contains { $0.0 == source && $0.1 == target }, "\(found)")
        }
    }

    /// Aid handed out («وزع … على»، «سلم … لـ»): the subject gives, the party after the preposition receives — with a
    /// relief body whose name ends in «للإغاثة» as subject, with the aid's adjective, and with displaced families.
    @Test(arguments: [
        ("ووزع مركز الملك سلمان للإغاثة مساعدات على النازحين السوريين في لبنان.", "SAUGOV", "SYRREF"),
        ("ووزعت الحكومة الكويتية مساعدات غذائية على العائلات النازحة في الأنبار.", "KWTGOV", "IRQREF"),
        ("وسلم مركز الملك سلمان للإغاثة مساعدات طبية لوزارة الصحة اليمنية.", "SAUGOV", "YEMGOV"),
    ])
    func aidHandedOutGoesToThePartyAfterThePreposition(_ text: String, _ source: String, _ target: String) throws {
        let found = try RoleTests().events(text, root: "07")
        #expect(found.contains { $0.0 == source && $0.1 == target }, "\(found)")
    }

    /// «الأشقاء» (the brotherly people) of a country receive aid as its civilians, and brotherly refugees as refugees.
    @Test(arguments: [
        ("وقدمت الكويت مساعدات إنسانية للأشقاء في العراق.", "KWT", "IRQCVL"),
        ("وقدمت الكويت مساعدات إنسانية للأشقاء العراقيين.", "KWT", "IRQCVL"),
        ("وقدمت العيادات الكويتية الخدمات الطبية للأشقاء اللاجئين السوريين في الأردن.", "KWT", "SYRREF"),
    ])
    func brotherlyPeopleReceiveAid(_ text: String, _ source: String, _ target: String) throws {
        let found = try RoleTests().events(text, root: "07")
        #expect(found.contains { $0.0.hasPrefix(source) && $0.1 == target }, "\(found)")
    }

    /// Refugees named before an act of aid receive it; they are never its giver.
    @Test func refugeesAreNoGiverOfAid() throws {
        let found = try RoleTests().events(
            "ناقش المؤتمر أوضاع النازحين العراقيين، ورأى أن مساعدة النازحين واجب إنساني.", root: "07")
        #expect(!found.contains { $0.0.hasSuffix("REF") }, "\(found)")
    }

    /// A pattern whose last word heads its object takes a counted object named after «من» («170 من اللاجئين»).
    @Test(arguments: [
        ("واستقبلت تركيا نحو 170 من اللاجئين السوريين.", "07", "TUR", "SYRREF"),
        ("وطردت موسكو ثلاثة من الدبلوماسيين الأمريكيين.", "16", "RUS", "USAGOV"),
    ])
    func aCountedObjectAfterMinIsTheTarget(_ text: String, _ root: String, _ source: String, _ target: String) throws {
        let found = try RoleTests().events(text, root: root)
        #expect(found.contains { $0.0 == source && $0.1 == target }, "\(found)")
    }
}
