import Foundation
import MarsadCore
import MarsadPipeline
import Testing

/// Which country an agent named without one gets: its own story's, in a digest of stories from several
/// countries; none for unnamed gunmen and bombers. Texts written for these tests.
@Suite struct HomeCountryTests {
    func run(_ text: String) throws -> Document {
        let doc = try CodedText.annotated(text, published: "2023-07-03", id: "home")
        return doc
    }

    func countries(_ doc: Document, _ text: String) -> [String] {
        doc.mentions.filter { String(doc.text(of: $0.span)) == text }.map { $0.actor.country ?? "---" }
    }

    static let digest = """
        الشرطة تعتقل عشرة أشخاص في سريلانكا
        كولومبو - «وكالات»: قالت الشرطة في سريلانكا أمس إنها اعتقلت عشرة أشخاص بعد أعمال شغب في العاصمة. \
        وقال وزير الداخلية إن التحقيق مستمر.

        رئيس الفلبين يزور اليابان
        مانيلا - «وكالات»: قال رئيس الفلبين أمس إنه سيزور اليابان الشهر المقبل. وأضاف وزير الداخلية أن \
        الشرطة ستعزز الأمن في مانيلا خلال الزيارة. وقال رئيس الفلبين إن العلاقات مع اليابان ممتازة.
        """

    /// People counted by number with their nationality («16 حاجا ماليزيا») are travellers where the story happens: they
    /// do not make it their country's; the place where it happens («بجدة») does.
    @Test func countedForeignersDoNotMakeTheStoryTheirs() throws {
        let doc = try run(
            "وصل إلى مطار الملك عبدالعزيز بجدة أمس 16 حاجا ماليزيا على متن الخطوط الماليزية. "
                + "وقال مدير الجوازات إن الجوازات أنهت إجراءات دخولهم، وإن 20 حاجا ماليزيا آخرين يصلون اليوم.")
        #expect(countries(doc, "مدير الجوازات") == ["SAU"], "\(doc.mentions.map(\.actor.code))")
    }

    /// An office that exists in one country only («أمير منطقة»: SAU) makes the story that country's when nothing else
    /// names one; beside another country it counts for nothing (a foreign minister received by a Saudi governor stays
    /// foreign).
    @Test func aOneCountryOfficeIsTheStorysHomeOnlyAlone() throws {
        let alone = try run("استقبل أمير منطقة القصيم مدير الجوازات في مكتبه.")
        #expect(countries(alone, "مدير الجوازات") == ["SAU"], "\(alone.mentions.map(\.actor.code))")
        let visit = try run(
            "استقبل أمير منطقة القصيم وزير الخارجية أمس. ونقل وزير الخارجية تحيات أمير قطر وتمنياته للشعب.")
        #expect(countries(visit, "وزير الخارجية") == ["QAT", "QAT"], "\(visit.mentions.map(\.actor.code))")
    }

    @Test func eachStoryOfADigestHasItsOwnHome() throws {
        let doc = try run(Self.digest)
        #expect(countries(doc, "وزير الداخلية") == ["LKA"] + ["PHL"], "\(doc.mentions.map(\.actor.code))")
        #expect(countries(doc, "الشرطة").last == "PHL")
    }

    /// «وفي العراق، …»: a digest turning to another country without a dateline starts a story there; a sentence opening
    /// with a phrase of time or context («وفي هذا السياق،») does not.
    @Test func aSentenceOpeningWithAnotherCountryStartsAStory() throws {
        let doc = try run(
            """
            دمشق - «وكالات»: قصف الطيران السوري أمس بلدات في ريف حلب، وقال المرصد إن عشرة مدنيين قتلوا. وأكد المرصد \
            أن القصف تواصل على إدلب ودرعا في سوريا. وفي العراق، قال ضابط في الشرطة إن خمسة أشخاص قتلوا في انفجار \
            عبوة ناسفة. وأضاف أن قوات الأمن طوقت المكان.
            """)
        #expect(countries(doc, "قوات الأمن") == ["IRQ"], "\(doc.mentions.map(\.actor.code))")
        let same = try run(
            """
            دمشق - «وكالات»: قصف الطيران السوري أمس بلدات في ريف حلب. وقال المرصد إن عشرة مدنيين قتلوا في العراق \
            وسوريا. وفي هذا السياق، قال ضابط في الشرطة إن القصف تواصل. وأضاف أن قوات الأمن طوقت المكان.
            """)
        #expect(countries(same, "قوات الأمن") == ["SYR"], "\(same.mentions.map(\.actor.code))")
    }

    /// «الوزارة»، «السفارة» named again alone are the ministry or embassy the story last named in full, of its country;
    /// with none named before, the story's home country.
    @Test func aMinistryNamedAgainIsTheOneNamedBefore() throws {
        let doc = try run(
            """
            كابول - «وكالات»: قال مسؤولون أفغان إن الحكومة الأفغانية ستواصل محادثات السلام في كابول مع حركة طالبان. \
            وأعلنت وزارة الدفاع الأمريكية أن غارة قتلت قياديا في تنظيم القاعدة شرق أفغانستان. وأوضحت الوزارة أن \
            العملية جرت الأسبوع الماضي.
            """)
        #expect(countries(doc, "الوزارة") == ["USA"], "\(doc.mentions.map(\.actor.code))")
        let home = try run(
            """
            كابول - «وكالات»: قال مسؤولون أفغان إن الحكومة الأفغانية ستواصل محادثات السلام في كابول مع حركة طالبان. \
            وأوضحت الوزارة أن الجولة المقبلة ستعقد في أفغانستان.
            """)
        #expect(countries(home, "الوزارة") == ["AFG"], "\(home.mentions.map(\.actor.code))")
    }

    /// A long title right after a named person is his, in apposition: a Saudi minister's titles in a story from Cairo
    /// are Saudi, not the story's.
    @Test func aLongTitleAfterANamedPersonIsHis() throws {
        let doc = try run(
            "القاهرة - «وكالات»: وصل الأمير خالد بن سلمان وزير الدفاع النائب الثاني لرئيس مجلس الوزراء إلى القاهرة أمس."
        )
        #expect(
            countries(doc, "النائب الثاني لرئيس مجلس الوزراء") == ["SAU"],
            "\(doc.mentions.map { ($0.actor.code, doc.text(of: $0.span)) })")
    }

    @Test func oneStoryArticleHasOneHome() throws {
        let doc = try run(
            """
            بغداد - «وكالات»: قال رئيس الوزراء العراقي إن الحكومة العراقية ستواصل الإصلاحات. وقال وزير الداخلية إن \
            قوات الأمن اعتقلت خمسة أشخاص في البصرة. وقال مسؤول في الوزارة إن إيران لم ترد على الطلب.
            """)
        #expect(countries(doc, "وزير الداخلية") == ["IRQ"])
        #expect(countries(doc, "قوات الأمن") == ["IRQ"])
    }

    @Test func unnamedGunmenKeepNoCountry() throws {
        let doc = try run(
            "بغداد - «وكالات»: قال وزير الداخلية العراقي إن مسلحين أطلقوا النار على نقطة تفتيش وإن انتحاريا فجر نفسه في السوق."
        )
        #expect(countries(doc, "مسلحين") == ["---"])
        #expect(countries(doc, "انتحاريا") == ["---"])
        #expect(countries(doc, "وزير الداخلية العراقي") == ["IRQ"])
    }

    /// A digest whose second story's place is unknown to the gazetteer («كاليندو») and ambiguous («الكونغو»):
    /// the agency after the mark still makes the line a dateline, and the country the story names with the
    /// dateline's word («جمهورية الكونغو الديمقراطية») weighs as its dateline against Rwanda named twice.
    static let unknownPlaceDigest = """
        الجيش التشادي يقتل مسلحين قرب البحيرة
        نجامينا - أ.ف.ب: قال الجيش التشادي أمس إنه قتل سبعة مسلحين قرب بحيرة تشاد. وقال وزير الدفاع التشادي \
        إن العملية مستمرة.

        خطف ستة أشخاص في شرق الكونغو
        كاليندو (الكونغو) - د.ب.أ: قال حاكم إقليم في جمهورية الكونغو الديمقراطية أمس إن المتمردين خطفوا ستة \
        أشخاص. وقالت الشرطة إنها تبحث عنهم. ونفت رواندا أي صلة لها بالخاطفين، وقالت حكومة رواندا إن الحدود مغلقة.
        """

    @Test func aDatelineWithAnUnknownPlaceStartsAStory() throws {
        let doc = try run(Self.unknownPlaceDigest)
        #expect(countries(doc, "المتمردين") == ["COD"], "\(doc.mentions.map(\.actor.code))")
        #expect(countries(doc, "الشرطة") == ["COD"])
    }

    @Test func aQuotedNewspaperSignsADateline() throws {
        let doc = try run(
            """
            * أنقرة - «الشرق الأوسط»: قال وزير الخارجية التركي أمس إن الحكومة التركية ستواصل المحادثات. وقالت \
            الشرطة إنها اعتقلت خمسة أشخاص.
            * جزيرة كاستيلو - «الشرق الأوسط»: قال رئيس وزراء اليونان أمس إن الحكومة اليونانية سترسل سفنا \
            إلى الجزيرة. وقالت الشرطة إنها أنقذت مائة مهاجر.
            """)
        #expect(countries(doc, "الشرطة") == ["TUR", "GRC"], "\(doc.mentions.map(\.actor.code))")
    }

    @Test func anAgencyNamedInsideASentenceStartsNoStory() throws {
        let doc = try run(
            """
            بغداد - «وكالات»: قال رئيس الوزراء العراقي إن الحكومة العراقية ستواصل الإصلاحات.
            وقال مسؤول إيراني لوكالة - رويترز - إن طهران لم ترد. وقالت الشرطة إنها اعتقلت خمسة أشخاص.
            """)
        #expect(countries(doc, "الشرطة") == ["IRQ"], "\(doc.mentions.map(\.actor.code))")
    }

    /// The title after a known person's lineage is his («الأمير محمد بن نايف بن عبدالعزيز آل سعود ولي العهد»), and the
    /// same title later in the story is him again, not the story's home (Afghanistan, named most).
    @Test func aRepeatedTitleIsThePersonTheStoryGaveItTo() throws {
        let doc = try CodedText.annotated(
            """
            بعث الأمير محمد بن نايف بن عبدالعزيز آل سعود ولي العهد برقية تهنئة إلى الرئيس الأفغاني بمناسبة ذكرى \
            استقلال أفغانستان. وعبر ولي العهد عن أطيب تمنياته لأفغانستان وللشعب الأفغاني بالتقدم.
            """, published: "2016-08-19", id: "home")
        #expect(countries(doc, "ولي العهد") == ["SAU"], "\(doc.mentions.map(\.actor.code))")
        #expect(
            doc.mentions.filter { doc.text(of: $0.span).hasSuffix("ولي العهد") }.allSatisfy {
                $0.actor.country == "SAU"
            })
    }

    /// «الرئيس …» is not the head of «رئيس الوزراء الإسرائيلي» told before: one-word titles are left to the home.
    @Test func aOneWordTitleIsNotTakenFromALongerOne() throws {
        let doc = try run(
            """
            القاهرة - «وكالات»: انتقد رئيس الوزراء الإسرائيلي الاتفاق أمس. وقال الرئيس في كلمة بالقاهرة إن مصر \
            ترحب بالاتفاق، وقالت الحكومة المصرية إن الاتفاق يخدم المنطقة.
            """)
        #expect(countries(doc, "الرئيس") == ["EGY"], "\(doc.mentions.map(\.actor.code))")
    }

    /// A title given in one story of a digest does not name the same title in the next story.
    @Test func aTitleDoesNotCrossIntoTheNextStory() throws {
        let doc = try run(
            """
            وزير الداخلية العراقي يزور البصرة
            بغداد - «وكالات»: زار وزير الداخلية العراقي البصرة أمس وقال إن الأمن مستتب.

            الشرطة الأردنية تعتقل مهربين
            عمان - «وكالات»: قالت الحكومة الأردنية إن الشرطة الأردنية اعتقلت خمسة مهربين. وقال وزير الداخلية إن \
            الأردن سيواصل حماية حدوده.
            """)
        #expect(countries(doc, "وزير الداخلية") == ["JOR"], "\(doc.mentions.map(\.actor.code))")
    }

    /// «حكومة وشعب جمهورية كولومبيا»: two nouns in construct share the genitive after the second.
    @Test func nounsInConstructShareTheirGenitive() throws {
        let doc = try run(
            """
            الرياض - «واس»: هنأ وزير الخارجية السعودي نظيره الكولومبي بذكرى الاستقلال، وتمنى لحكومة وشعب جمهورية \
            كولومبيا التقدم. وقالت الوزارة إن المملكة حريصة على علاقاتها مع أمريكا اللاتينية.
            """)
        #expect(countries(doc, "لحكومة") == ["COL"], "\(doc.mentions.map(\.actor.code))")
    }

    /// «الرئيس [name] رئيس جمهورية بيرو»: a title, a name and the same title of a country are one man of that country.
    @Test func aTitleANameAndTheSameTitleOfACountry() throws {
        let doc = try run(
            """
            الرياض - «واس»: بعث وزير الخارجية السعودي برقية تهنئة إلى الرئيس أولانتا أومالا رئيس جمهورية بيرو \
            بمناسبة ذكرى الاستقلال. وقالت الوزارة إن المملكة حريصة على علاقاتها مع دول أمريكا الجنوبية.
            """)
        #expect(countries(doc, "الرئيس") == ["PER"], "\(doc.mentions.map(\.actor.code))")
    }

    /// «الجبيل» is the Saudi city; Lebanon's «جبيل» (Byblos) is written without the article.
    @Test func jubailIsSaudi() throws {
        let doc = try run("قال محافظ الجبيل أمس إن الأمطار غزيرة في الجبيل منذ الصباح، وإن الدفاع المدني مستعد.")
        #expect(countries(doc, "محافظ") == ["SAU"], "\(doc.mentions.map(\.actor.code))")
    }

    /// A bare «التحالف» is the coalition the text names in full, not its home country's army.
    @Test func bareCoalitionIsTheOneTheTextNames() throws {
        let doc = try run(
            """
            بغداد - «وكالات»: قال الجيش العراقي إن قوات التحالف الدولي نفذت أمس عشر غارات قرب الموصل. \
            وأضاف أن طائرات التحالف دمرت مخزنا للأسلحة في المدينة.
            """)
        #expect(
            doc.mentions.filter { doc.text(of: $0.span).contains("طائرات التحالف") }.map(\.actor.code) == ["USAMIL"])
    }

    @Test func bareCoalitionTakesTheNearestNamedBeforeIt() throws {
        let doc = try run(
            """
            عدن - «وكالات»: قال مسؤول يمني إن التحالف العربي بقيادة السعودية قصف مواقع للحوثيين. وقال إن طيران التحالف \
            دمر مخزنا للذخيرة قرب المطار.
            """)
        #expect(doc.mentions.filter { doc.text(of: $0.span).hasSuffix("التحالف") }.map(\.actor.code).last == "SAUMIL")
    }

    @Test func bareCoalitionInATextNamingNoneKeepsItsHome() throws {
        let doc = try run("القاهرة - «وكالات»: قال التحالف في بيان أمس إنه سيواصل التظاهر في الميادين.")
        #expect(doc.mentions.filter { doc.text(of: $0.span).hasSuffix("التحالف") }.map(\.actor.code) == ["EGYMIL"])
    }

    /// «التحالف الوطني» is a political bloc: it does not become the military coalition the text names.
    @Test func aPoliticalAllianceIsNoMilitaryCoalition() throws {
        let doc = try run(
            """
            بغداد - «وكالات»: قال الجيش العراقي إن التحالف الدولي ضد داعش نفذ أمس عشر غارات قرب الموصل. \
            وأعلن التحالف الوطني في البرلمان رفضه تمرير القانون.
            """)
        #expect(
            !doc.mentions.contains { $0.actor.code == "USAMIL" && $0.sentence == 1 },
            "\(doc.mentions.map(\.actor.code))")
    }

    /// «التنظيم الإرهابي»، «عناصر التنظيم» are the armed organization the text names (ISIS in a story about Turkey),
    /// not the home country's rebels.
    @Test func bareOrganizationIsTheOneTheTextNames() throws {
        let doc = try run(
            """
            أنقرة - «وكالات»: قالت الشرطة التركية إن تنظيم داعش نفذ الهجوم أمس. \
            وهاجم التنظيم الإرهابي أمس مركزا للشرطة في مدينة سروج.
            """)
        #expect(
            doc.mentions.filter { doc.text(of: $0.span).contains("التنظيم الإرهابي") }.map(\.actor.code) == ["IMGREB"],
            "\(doc.mentions.map(\.actor.code))")
    }

    /// The plural «التنظيمات الإرهابية» is generic and names no country (not ISIS either); a text naming no
    /// organization leaves «التنظيم» to its home.
    @Test func genericOrUnnamedOrganization() throws {
        let plural = try run(
            """
            الرياض - «وكالات»: قالت الشرطة إن تنظيم داعش يجند الشباب عبر الإنترنت. \
            وأضافت أن التنظيمات الإرهابية تستغل مواقع التواصل.
            """)
        #expect(
            plural.mentions.filter { plural.text(of: $0.span).contains("التنظيمات الإرهابية") }.map(\.actor.code)
                == ["---REB"], "\(plural.mentions.map(\.actor.code))")
        let unnamed = try run("الرياض - «وكالات»: قالت الشرطة إن التنظيم الإرهابي خطط لتفجير مسجد في المدينة.")
        #expect(
            unnamed.mentions.filter { unnamed.text(of: $0.span).contains("التنظيم الإرهابي") }.map(\.actor.code)
                == ["SAUREB"], "\(unnamed.mentions.map(\.actor.code))")
    }

    /// «موالون لروسيا»، «الموالية للحكومة»: the side a group is loyal to is no actor of the sentence's act.
    @Test func theSideAGroupIsLoyalToIsNoActor() throws {
        let doc = try run(
            "كييف - «وكالات»: تبادلت الحكومة الأوكرانية وانفصاليون موالون لروسيا الاتهامات بقصف الأحياء السكنية أمس.")
        #expect(!doc.mentions.contains { $0.actor.code == "RUS" }, "\(doc.mentions.map(\.actor.code))")
        let seized = try run(
            "عدن - «وكالات»: سيطرت القوات الموالية للحكومة اليمنية أمس على مطار عدن بعد معارك مع الحوثيين.")
        let targets = seized.events.filter { $0.code.root == "19" }.compactMap { $0.target?.actor.code }
        #expect(!targets.contains("YEMGOV"), "\(targets)")
    }

    /// «المستوطنون» are Israel's civilians whatever country the story is about (agents.ar.txt gives the collective its
    /// country), and that country does not vote for the story's home: a Palestinian story naming settlers often keeps
    /// its own ministry.
    @Test func settlersAreIsraeliWithoutMakingTheStoryIsraeli() throws {
        let doc = try run(
            """
            رام الله - «وكالات»: قالت وزارة الخارجية إن مستوطنين هاجموا منزلا في قرية قرب نابلس أمس. \
            وأضافت الوزارة أن المستوطنين أحرقوا سيارتين وأن مستوطنا أطلق النار على المزارعين. \
            وطالبت الوزارة بمحاسبة المستوطنين.
            """)
        #expect(countries(doc, "مستوطنين") == ["ISR"], "\(doc.mentions.map(\.actor.code))")
        #expect(countries(doc, "مستوطنا") == ["ISR"])
        #expect(countries(doc, "المستوطنين").allSatisfy { $0 == "ISR" })
        #expect(countries(doc, "وزارة الخارجية") == ["PSE"], "\(doc.mentions.map(\.actor.code))")
        #expect(countries(doc, "الوزارة").allSatisfy { $0 == "PSE" })
    }

    /// In a story about another country the settlers stay Israel's; a demonym after them still gives theirs.
    @Test func settlersKeepTheirCountryAbroadAndTakeAnAdjective() throws {
        let doc = try run("الرياض - واس: أدان مجلس الوزراء اعتداءات المستوطنين على المصلين في المسجد الأقصى.")
        #expect(countries(doc, "المستوطنين") == ["ISR"], "\(doc.mentions.map(\.actor.code))")
        #expect(countries(doc, "مجلس الوزراء") == ["SAU"], "\(doc.mentions.map(\.actor.code))")
        let arrested = try CodedText.document(
            "وألقت الشرطة الإسرائيلية القبض على ثلاثة مستوطنين في الضفة الغربية أمس.", published: "2015-08-01")
        let targets = arrested.events.filter { $0.code.root == "17" }.compactMap { $0.target?.actor.code }
        #expect(targets == ["ISRCVL"], "\(arrested.events.map { "\($0.code) \($0.target?.actor.code ?? "-")" })")
    }

    /// «ولي ولي العهد»، «أمير منطقة …»: offices that exist in Saudi Arabia only are Saudi in a story about another
    /// country, and do not make that story Saudi.
    @Test func officesOfOneCountryKeepItsCountry() throws {
        let doc = try run(
            """
            عدن - «وكالات»: أشاد وزير الخارجية بدعم ولي ولي العهد للحكومة اليمنية، وقال إن أمير منطقة جازان \
            زار الجرحى اليمنيين.
            """)
        #expect(countries(doc, "ولي ولي العهد") == ["SAU"], "\(doc.mentions.map(\.actor.code))")
        #expect(countries(doc, "أمير منطقة") == ["SAU"], "\(doc.mentions.map(\.actor.code))")
        #expect(countries(doc, "وزير الخارجية") == ["YEM"], "\(doc.mentions.map(\.actor.code))")
    }

    /// «وزير الخارجية بجمهورية مصر العربية»: «بـ» and a state's full name after an office give the office its country.
    @Test func anOfficeTakesTheStateAfterBi() throws {
        func minister(_ doc: Document) -> String? {
            doc.mentions.first { doc.text(of: $0.span).hasPrefix("وزير") }?.actor.code
        }
        let doc = try run(
            "الرياض - واس: استقبل خادم الحرمين الشريفين أمس وزير الداخلية بمملكة البحرين والوفد المرافق له.")
        #expect(minister(doc) == "BHRGOV", "\(doc.mentions.map(\.actor.code))")
        let qatar = try run("الرياض - واس: وصل إلى جدة أمس وزير الخارجية بدولة قطر في زيارة رسمية.")
        #expect(minister(qatar) == "QATGOV", "\(qatar.mentions.map(\.actor.code))")
    }

    /// «رئيس نادي الطلاب السعوديين في ملبورن»: the head of a students' club abroad is a student, of the club's
    /// country, not the government of the city it is in.
    @Test func aStudentClubHeadIsNoGovernment() throws {
        let doc = try run("ملبورن - واس: شكر رئيس نادي الطلاب السعوديين في ملبورن الملحق الثقافي على دعمه.")
        let head = doc.mentions.first { doc.text(of: $0.span).hasPrefix("رئيس نادي") }
        #expect(head?.actor.code == "SAUEDU", "\(doc.mentions.map(\.actor.code))")
    }

    /// «وزير الأوقاف والشؤون الدينية الفلسطيني»: the rest of a ministry's name joined by «و» stands between the
    /// minister's title and his country's adjective, which is still his.
    @Test func aMinistrysFullNameKeepsItsAdjective() throws {
        let doc = try run(
            """
            عمّان - «وكالات»: قال وزير الشؤون الاجتماعية والعمل اللبناني أمس إن الحكومة الأردنية وافقت على \
            استقبال العمال.
            """)
        let minister = doc.mentions.first { doc.text(of: $0.span).hasPrefix("وزير") }
        #expect(minister?.actor.code == "LBNGOV", "\(doc.mentions.map(\.actor.code))")
        #expect(!doc.mentions.contains { $0.actor.code == "LBN" }, "\(doc.mentions.map(\.actor.code))")
    }

    /// «رئيس نادي الشباب»، «رئيس النادي»: a club's head is civil society, not the government.
    @Test func aClubHeadIsCivil() throws {
        let doc = try run("الرياض - واس: قال رئيس نادي الشباب أمس إن الفريق سيشارك في البطولة الآسيوية.")
        let head = doc.mentions.first { doc.text(of: $0.span).hasPrefix("رئيس نادي") }
        #expect(head?.actor.code == "SAUCVL", "\(doc.mentions.map(\.actor.code))")
    }

    /// «خادم الحرمين» without «الشريفين» is the Saudi king's title too, in any story: his call, and his ambassador in
    /// Cairo (Saudi, not Egyptian).
    @Test func theKingsTitleWithoutItsLastWordIsSaudi() throws {
        let call = try CodedText.document(
            "القاهرة - واس: واستعرض خادم الحرمين خلال اتصال أجراه أمس بالرئيس المصري العلاقات بين البلدين.",
            published: "2015-07-20"
        ).events
        #expect(
            call.contains { $0.code.code == "041" && $0.source?.actor.code == "SAUGOV" }, "\(call.map(\.code.code))")
        let doc = try run("القاهرة - واس: وقال سفير خادم الحرمين في القاهرة أحمد قطان إن العلاقات بين البلدين قوية.")
        let ambassador = doc.mentions.first { doc.text(of: $0.span).hasPrefix("سفير") }?.actor.code
        #expect(ambassador == "SAUGOV", "\(doc.mentions.map(\.actor.code))")
    }

    /// An agent in the construct state before a city or region («أمين منطقة الباحة»، «مدير شرطة منطقة جازان»،
    /// «مدير الشرطة بمحافظة جدة») is that place's country's, not the country of a story about somewhere else;
    /// a place with a preposition of its own («القنصلية بجدة»), or after a word with the article (the verb's object:
    /// «وهنأ مجلس الوزراء جمهورية مصر العربية»), tells nothing of whose the agent is.
    @Test func anAgentOfACityOrRegionIsThatPlacesCountrys() throws {
        for (text, phrase, country) in [
            ("صنعاء - واس: ورفع أمين منطقة الباحة الشكر لخادم الحرمين الشريفين على دعمه لليمن.", "أمين", "SAU"),
            ("صنعاء - واس: وأشاد مدير شرطة منطقة جازان بجهود الحكومة اليمنية.", "مدير", "SAU"),
            ("صنعاء - واس: وأشاد مدير الشرطة بمحافظة جدة بجهود الحكومة اليمنية.", "مدير", "SAU"),
            ("جاكرتا - واس: وأشاد سكان دبي بقرار الحكومة الإندونيسية.", "سكان", "ARE"),
            ("جاكرتا - واس: وأشادت القنصلية بجدة بقرار الحكومة الإندونيسية.", "القنصلية", "IDN"),
            ("الرياض - واس: وهنأ مجلس الوزراء جمهورية مصر العربية بافتتاح القناة الجديدة.", "مجلس", "SAU"),
        ] {
            let doc = try run(text)
            let m = doc.mentions.first { doc.text(of: $0.span).hasPrefix(phrase) }
            #expect(m?.actor.country == country, "\(doc.mentions.map(\.actor.code))")
        }
    }
}
