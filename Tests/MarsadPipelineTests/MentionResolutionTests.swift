import Foundation
import MarsadCore
import MarsadPipeline
import Testing

/// How mentions resolve in context: repeated names keep the article's role, «لـ» genitives give a country,
/// «في شمال X» is a place, and a collective after a body is a second actor. Sentences written for these tests.
@Suite struct MentionResolutionTests {
    func run(_ text: String) throws -> Document {
        let doc = try CodedText.annotated(text, published: "2023-07-03", id: "men")
        return doc
    }

    func mention(_ doc: Document, _ text: String) -> Mention? {
        doc.mentions.first { String(doc.text(of: $0.span)) == text }
    }

    /// A known person after a title and a few words is the title's holder only when nothing says otherwise: after «لـ» or
    /// «بـ» he is a preposition's object, and named with his own title and another country he is someone else; a bare
    /// surname of another country's leader after an officer's name is the officer's own name.
    @Test func aPersonAfterATitleIsItsHolderOnlyInApposition() throws {
        let thanks = try run("ووجه وزير الخارجية الأمريكي الشكر للملك سلمان على استضافة المؤتمر.")
        #expect(
            mention(thanks, "وزير الخارجية الأمريكي")?.actor.code == "USAGOV"
                && mention(thanks, "للملك سلمان")?.actor.code == "SAUGOV",
            "\(thanks.mentions.map { "\($0.actor.code) \(thanks.text(of: $0.span))" })")
        let greetings = try run("ونقل وزير الخارجية المصري للرئيس السوداني تحيات الرئيس السيسي.")
        #expect(
            mention(greetings, "للرئيس السوداني")?.actor.code == "SDNGOV"
                && mention(greetings, "الرئيس السيسي")?.actor.code == "EGYGOV",
            "\(greetings.mentions.map { "\($0.actor.code) \(greetings.text(of: $0.span))" })")
        let own = try run("وقال نائب رئيس شرطة كابول سيد غول اغا روحاني إن الانفجار وقع قرب المطار.")
        #expect(
            !own.mentions.contains { $0.actor.code == "IRNGOV" },
            "\(own.mentions.map { "\($0.actor.code) \(own.text(of: $0.span))" })")
    }

    /// A body whose last word has the article («مجلس الوزراء»، «الديوان الملكي») is no person and takes no genitive: a
    /// title or a country right after it is another actor; an indefinite body takes its genitive («حكومة الأردن»), and a
    /// country's name with the article is its adjective («وكالة الأنباء الأردنية»).
    /// A rank after an office is the holder's grade: a minister who is a general stays a minister (GOV); a rank after a
    /// military title or alone keeps MIL.
    /// A noun of members with a pronoun suffix is the group the pronoun points back to: the nearest group before it
    /// whose first word agrees («ـه» masculine, «ـها» feminine, «ـهم» plural); not «قادتها» (also «she led it»).
    @Test func membersWithAPronounAreTheirGroup() throws {
        let raid = try run("وقال حزب الله إن طائرات إسرائيلية شنت غارة على عناصره في سورية.")
        #expect(mention(raid, "عناصره")?.actor.code == "LBNREB", "\(CodedText.mentions(raid))")
        let arrest = try run("وقالت حركة حماس إن الجيش الإسرائيلي اعتقل أحد أعضائها في الخليل.")
        #expect(
            arrest.mentions.contains { $0.actor.code == "PSEREB" && arrest.text(of: $0.span).hasSuffix("أعضائها") },
            "\(CodedText.mentions(arrest))")
        let led = try run("وقال الجيش الأمريكي إن الحملة التي قادتها القوات العراقية نجحت.")
        #expect(mention(led, "قادتها") == nil, "\(CodedText.mentions(led))")
    }

    /// A refugee adjective after people of a country, or after a demonym that follows a plain noun, makes refugees of
    /// that country, not of the country they are in.
    @Test func refugeesOfACountry() throws {
        let families = try run("ووزعت الحملة 500 سلة غذائية على الأسر السورية اللاجئة في لبنان.")
        #expect(mention(families, "الأسر السورية اللاجئة")?.actor.code == "SYRREF", "\(CodedText.mentions(families))")
        let counted = try run("وقدمت الحملة مساعدات للعائلات العراقية النازحة في الأردن.")
        #expect(
            mention(counted, "للعائلات العراقية النازحة")?.actor.code == "IRQREF", "\(CodedText.mentions(counted))")
    }

    @Test func aRankAfterAnOfficeKeepsTheOffice() throws {
        let minister = try run("والتقى وزير الداخلية اليمني اللواء عبده الحذيفي سفير المملكة في عدن.")
        #expect(
            minister.mentions.first?.actor.code == "YEMGOV",
            "\(minister.mentions.map { "\($0.actor.code) \(minister.text(of: $0.span))" })")
        let commander = try run("وقال قائد القوات البرية العراقية اللواء رياض جلال إن القوات تقدمت.")
        #expect(
            commander.mentions.first?.actor.code == "IRQMIL",
            "\(commander.mentions.map { "\($0.actor.code) \(commander.text(of: $0.span))" })")
        let general = try run("وقال اللواء السوري إن القوات تقدمت.")
        #expect(
            general.mentions.first?.actor.code == "SYRMIL",
            "\(general.mentions.map { "\($0.actor.code) \(general.text(of: $0.span))" })")
    }

    @Test func aDefiniteBodyEndsItsMention() throws {
        let title = try run("وهنأ مجلس الوزراء الرئيس التونسي بنجاح الانتخابات.")
        #expect(
            mention(title, "الرئيس التونسي")?.actor.code == "TUNGOV",
            "\(title.mentions.map { "\($0.actor.code) \(title.text(of: $0.span))" })")
        let state = try run("وهنأ مجلس الوزراء جمهورية مصر العربية على افتتاح المشروع.")
        #expect(
            mention(state, "جمهورية مصر العربية")?.actor.code == "EGY",
            "\(state.mentions.map { "\($0.actor.code) \(state.text(of: $0.span))" })")
        let adjective = try run("وأعلنت الجهات الأمنية المسؤولة في الأردن عن القبض على المتهمين.")
        #expect(
            !adjective.mentions.contains { adjective.text(of: $0.span) == "المسؤولة" },
            "\(adjective.mentions.map { "\($0.actor.code) \(adjective.text(of: $0.span))" })")
        let rank = try run("وقال الخبير في شؤون القوات المسلحة العميد المتقاعد سامي الحربي إن الوضع خطير.")
        #expect(
            !rank.mentions.contains { rank.text(of: $0.span).hasPrefix("العميد") },
            "\(rank.mentions.map { "\($0.actor.code) \(rank.text(of: $0.span))" })")
        let genitive = try run("وقالت حكومة الأردن إنها ترحب بالقرار.")
        #expect(
            mention(genitive, "حكومة الأردن")?.actor.code == "JORGOV",
            "\(genitive.mentions.map { "\($0.actor.code) \(genitive.text(of: $0.span))" })")
    }

    /// A title after a known person's lineage is in apposition to him («… آل سعود ولي العهد»); a title in the accusative
    /// is what he was made («… آل سعود نائبًا لرئيس مجلس الوزراء»), and a title after a father's name inside a longer
    /// lineage is the son's, not the father's.
    @Test func aTitleAfterALineage() throws {
        let apposition = try CodedText.annotated(
            "استقبل الأمير محمد بن نايف بن عبدالعزيز آل سعود ولي العهد السفير الفرنسي أمس.", published: "2016-05-02",
            id: "men")
        #expect(
            mention(apposition, "الأمير محمد بن نايف بن عبدالعزيز آل سعود ولي العهد")?.actor.code == "SAUGOV",
            "\(apposition.mentions.map { "\($0.actor.code) \(apposition.text(of: $0.span))" })")
        let predicate = try CodedText.annotated(
            "وصدر أمر ملكي بتعيين الأمير محمد بن نايف بن عبدالعزيز آل سعود نائبًا لرئيس مجلس الوزراء.",
            published: "2016-05-02", id: "men")
        #expect(
            !predicate.mentions.contains { predicate.text(of: $0.span).contains("نايف") && $0.actor.sector == "LEG" },
            "\(predicate.mentions.map { "\($0.actor.code) \(predicate.text(of: $0.span))" })")
    }

    /// A definite agent («الوزير الأمريكي»، «الجيش العراقي») takes no genitive: an organization right after it without
    /// «لـ» is another actor, the verb's object; an indefinite one («عناصر داعش») or one with «لـ»/«باسم» is its member
    /// or officer.
    @Test func anOrganizationAfterADefiniteAgentIsAnotherActor() throws {
        let object = try run("وهدد الجيش العراقي تنظيم داعش بعد هجوم الرمادي.")
        #expect(mention(object, "الجيش العراقي")?.actor.code == "IRQMIL")
        #expect(mention(object, "تنظيم داعش")?.actor.code == "IMGREB")
        #expect(object.events.contains { $0.code.root == "13" && $0.target?.actor.code == "IMGREB" })
        let member = try run("وقتل عناصر داعش ثلاثة مدنيين في الموصل.")
        #expect(mention(member, "عناصر داعش")?.actor.code == "IMGREB")
        let officer = try run("وقال المتحدث باسم تنظيم داعش إن التنظيم سيواصل القتال.")
        #expect(object.mentions.count == 2)
        #expect(officer.mentions.contains { String(officer.text(of: $0.span)).hasPrefix("المتحدث باسم") })
    }

    /// A known name right after «بن» is a father's in someone else's lineage: «علي بن أبي طالب» is not Shinzo Abe, and
    /// «الأمير عبد العزيز بن سلمان» is not King Salman.
    @Test func aNameInsideALineageIsNoPerson() throws {
        let doc = try CodedText.annotated(
            "وتحدث الخطيب عن سيرة علي بن أبي طالب في مسجد الحي.", published: "2015-07-20", id: "men")
        #expect(!doc.mentions.contains { $0.actor.country == "JPN" }, "\(doc.mentions.map(\.actor.code))")
    }

    /// «الأممي» after an envoy or an official names the UN, not the country the envoy is sent to.
    @Test(arguments: [
        "وطالب الرئيس اليمني المبعوث الأممي إلى اليمن بزيارة عدن.", "وقال المسؤول الأممي إن المساعدات لم تصل.",
        "وأكدت البعثة الأممية في ليبيا أن الحوار مستمر.",
    ])
    func theUNAdjectiveNamesTheUN(_ text: String) throws {
        let doc = try run(text)
        let un = doc.mentions.first {
            String(doc.text(of: $0.span)).hasSuffix("الأممي") || String(doc.text(of: $0.span)).hasSuffix("الأممية")
        }
        #expect(un?.actor.code == "IGOUNO", "\(doc.mentions.map { "\($0.actor.code) \(doc.text(of: $0.span))" })")
    }

    /// «صحفي» after a word of speaking is the adjective "press"; elsewhere it is a journalist.
    @Test func pressAfterAWordOfSpeakingIsNoJournalist() throws {
        for text in [
            "وقال وزير الخارجية الأردني خلال مؤتمر صحفي مع نظيره المصري إن الحوار مستمر.",
            "وأكد الوزير في تصريح صحافي أن الزيارة ناجحة.", "وقال في تصريحات صحفية إن المفاوضات تعثرت.",
        ] {
            let doc = try run(text)
            #expect(!doc.mentions.contains { $0.actor.sector == "MED" }, "\(text)")
        }
        let journalist = try run("واعتقلت الشرطة التركية صحفيا أمريكيا في إسطنبول.")
        #expect(journalist.mentions.contains { $0.actor.code == "USAMED" })
        let killed = try run("وأدان الاتحاد مقتل صحفي عراقي في بغداد.")
        #expect(killed.mentions.contains { $0.actor.code == "IRQMED" })
    }

    @Test func repeatedNameKeepsTheRole() throws {
        let doc = try run(
            "التقى قائد قوى الأمن الداخلي الإيراني أحمد رضا رادان نظيره الروسي في موسكو. وقال رادان إن التعاون سيتعزز.")
        #expect(mention(doc, "رادان")?.actor.code == "IRNCOP")
    }

    /// «السورية» after an agent is the adjective of Syria, though «سورية» is also the country's name.
    @Test func theFeminineAdjectiveThatIsAlsoANameQualifiesTheAgent() throws {
        let doc = try run("وأعلنت المعارضة السورية رفضها للخطة، ودعت الحكومة السورية إلى وقف القصف.")
        #expect(mention(doc, "المعارضة السورية")?.actor.code == "SYROPP")
        #expect(
            doc.mentions.contains { String(doc.text(of: $0.span)) == "الحكومة السورية" && $0.actor.code == "SYRGOV" })
        // Alone, after no agent, it still names the country.
        let alone = try run("وقال الوزير إن سورية تواجه أزمة.")
        #expect(alone.mentions.contains { $0.actor.code == "SYR" })
    }

    /// The press quotes a group's name after the kind of group it is; the quotation mark does not split the name.
    @Test(arguments: ["«", "“", "\""])
    func quotedNameAfterTheKindOfGroup(_ quote: String) throws {
        let close = quote == "«" ? "»" : quote == "“" ? "”" : quote
        let doc = try run("وهاجمت جماعة \(quote)الشباب\(close) قاعدة لقوات الاتحاد الإفريقي جنوب مقديشو.")
        let m = doc.mentions.first { String(doc.text(of: $0.span)).hasPrefix("جماعة") }
        #expect(m?.actor.code == "SOMREB", "\(doc.mentions.map { "\($0.actor.code) \(doc.text(of: $0.span))" })")
    }

    /// A country's adjective after a kind of place and its name says where the place is; it is no actor.
    @Test func countryAdjectiveAfterAPlaceNameIsWhereItIs() throws {
        let doc = try run("وقتل طالب سعودي برصاص مجهول داخل جامعة بولاية كانساس الأمريكية أمس.")
        #expect(mention(doc, "الأمريكية") == nil, "\(doc.mentions.map { "\($0.actor.code) \(doc.text(of: $0.span))" })")
        #expect(doc.places.contains { $0.country == "USA" && $0.isLocative })
        // A definite noun before the adjective is not a place name: «الخارجية الفرنسية» stays an actor.
        let other = try run("وانتقدت الخارجية الفرنسية قرار الحكومة.")
        #expect(other.mentions.contains { $0.actor.code == "FRAGOV" })
    }

    /// «رئاسة الإقليم» after «إقليم كردستان العراق» is the presidency of that region, of its country.
    @Test func theRegionRefersBackToTheRegionNamedBefore() throws {
        let doc = try run(
            "طالبت رئاسة إقليم كردستان العراق حزب العمال الكردستاني بإخراج قواعده. وأكد المستشار في رئاسة الإقليم أن الغارات التركية قتلت مدنيين."
        )
        #expect(
            mention(doc, "رئاسة الإقليم")?.actor.code == "IRQGOV",
            "\(doc.mentions.map { "\($0.actor.code) \(doc.text(of: $0.span))" })")
    }

    /// The first two words of a named group told before stand for it («حزب العمال» after «حزب العمال الكردستاني»).
    @Test func theFirstTwoWordsOfAGroupToldBeforeAreThatGroup() throws {
        let doc = try run(
            "قصفت الطائرات التركية مواقع حزب العمال الكردستاني في جبال قنديل. وقال مسؤول إن حزب العمال نقل مقاتليه إلى سوريا."
        )
        let later = doc.mentions.last { String(doc.text(of: $0.span)) == "حزب العمال" }
        #expect(later?.actor.code == "TURREB", "\(doc.mentions.map { "\($0.actor.code) \(doc.text(of: $0.span))" })")
    }

    @Test func genitiveWithLiGivesTheCountry() throws {
        let doc = try run("واستقبل الوزير المستشار الدبلوماسي لرئيس الوزراء الإيطالي في مكتبه.")
        let m = doc.mentions.first { String(doc.text(of: $0.span)).hasPrefix("المستشار") }
        #expect(m?.actor.country == "ITA", "\(doc.mentions.map { "\($0.actor.code) \(doc.text(of: $0.span))" })")
    }

    @Test func regionOfACountryIsAPlace() throws {
        let doc = try run("قصفت طائرات تركية مواقع لحزب العمال الكردستاني في شمال العراق.")
        #expect(mention(doc, "العراق") == nil)
        #expect(doc.places.contains { $0.country == "IRQ" && $0.isLocative })
    }

    @Test func membersOfAnOrganizationAreTheOrganization() throws {
        let doc = try run("وقتل الجيش عشرة مقاتلين من تنظيم داعش في معارك قرب الموصل.")
        #expect(mention(doc, "مقاتلين من تنظيم داعش")?.actor.code == "IMGREB")
    }

    @Test func anAgentWithItsCountryIsNotAMemberOfWhatFollowsMin() throws {
        let doc = try run("وطلبت الحكومة الأردنية من الأمم المتحدة زيادة المساعدات.")
        #expect(mention(doc, "الحكومة الأردنية")?.actor.code == "JORGOV")
        #expect(mention(doc, "الأمم المتحدة")?.actor.code == "IGOUNO")
    }

    @Test func collectiveAfterABodyIsAnotherActor() throws {
        let doc = try run("وقتلت الشرطة مسلحين اثنين في تبادل لإطلاق النار.")
        #expect(doc.mentions.count >= 2, "\(doc.mentions.map { "\($0.actor.code) \(doc.text(of: $0.span))" })")
        let force = doc.events.first { $0.code.root == "18" || $0.code.root == "19" }
        #expect(force?.source?.actor.sector == "COP")
        #expect(force?.target?.actor.sector == "REB")
    }

    /// Members or a number of a group are the group, with or without «في»/«من» (sentences written for this test).
    @Test(arguments: [
        ("ووجه وزير الدفاع العراقي أصابع الاتهام إلى قادة في القوات العراقية.", "قادة في القوات العراقية", "IRQMIL"),
        (
            "واتهمت الحكومة الأفغانية ضباطا في الشرطة الباكستانية بتسهيل الهجوم.", "ضباطا في الشرطة الباكستانية",
            "PAKCOP"
        ),
        ("واعتقل الجيش الأمريكي أحد عناصر حركة طالبان في قندهار.", "أحد عناصر حركة طالبان", "AFGREB"),
        (
            "واعتقلت الشرطة المصرية عددا من قيادات جماعة الإخوان المسلمين.", "عددا من قيادات جماعة الإخوان المسلمين",
            "EGYOPP"
        ),
        ("وقتل الجيش الإسرائيلي ثلاثة من عناصر حركة حماس.", "ثلاثة من عناصر حركة حماس", nil),
        ("واعتقلت الشرطة النيجيرية عناصر من «بوكو حرام» في مايدوغوري.", "عناصر من «بوكو حرام", "NGAREB"),
    ])
    func membersOfAGroupAreTheGroup(_ text: String, _ phrase: String, _ code: String?) throws {
        let doc = try run(text)
        let m = mention(doc, phrase)
        #expect(m != nil, "\(doc.mentions.map { "\($0.actor.code) \(doc.text(of: $0.span))" })")
        if let code { #expect(m?.actor.code == code) }
    }

    @Test func oneOfTwoPartiesIsNotBoth() throws {
        let doc = try run("اجتمع وزير الخارجية الأردني بنظيره المصري. ويتصل أحد الطرفين بالآخر كل أسبوع.")
        #expect(!doc.mentions.contains { $0.kind == .reference })
    }

    /// «بلاده»، «حكومته»، «بلادنا»: the country (or its organ) of the actor the pronoun points back to in its sentence.
    @Test(arguments: [
        ("أعلن وزير الخارجية التركي أن بلاده ستشن غارات على مواقع تنظيم داعش.", "بلاده", "TURGOV"),
        ("وقال قائد الجيش الباكستاني إن بلاده لن تسمح بذلك.", "بلاده", "PAK"),
        ("وقال وزير الخارجية التركي إن حكومته تدين الهجوم على السفارة.", "حكومته", "TURGOV"),
        (
            "وقال وزير الخارجية التركي في مؤتمر صحفي مع نظيره الأمريكي إن بلاده ستواصل دعم المعارضة.", "بلاده",
            "TURGOV"
        ),
        ("وقال وزير الدفاع الروسي: إن بلادنا لن تسمح بذلك.", "بلادنا", "RUSGOV"),
    ])
    func possessiveNounsPointBack(_ text: String, _ word: String, _ code: String) throws {
        let doc = try run(text)
        #expect(
            mention(doc, word)?.actor.code == code,
            "\(doc.mentions.map { "\($0.actor.code) \(doc.text(of: $0.span))" })")
    }

    @Test func possessivesNeedAnAntecedentAClauseOfTheirOwnAndAThirdOrFirstPerson() throws {
        let doc = try run(
            "التقى وزير الخارجية التركي نظيره الأمريكي. إن بلاده تريد السلام. وقال الوزير: إن بلادكم ستدفع الثمن.")
        #expect(mention(doc, "بلاده") == nil)
        #expect(mention(doc, "بلادكم") == nil)
        // A genitive names no actor of its own: the congratulation is the king's, to the president.
        let genitive = try run("وهنأ الملك رئيس السنغال بذكرى استقلال بلاده، وعقد اجتماعا مع الرئيس الفلسطيني.")
        #expect(mention(genitive, "بلاده") == nil)
    }

    /// «التنظيم»، «الجماعة» after the one group of that kind the story named are that group; after two, neither. The
    /// definite «المتطرفون» of a story that named one armed group are that group.
    @Test func aGroupTakenUpAgainByItsKind() throws {
        let one = try CodedText.annotated(
            "اقتحم تنظيم القاعدة قرية في الجنوب. وأحرق التنظيم منازل السكان.", published: "2015-07-20", id: "men")
        #expect(mention(one, "التنظيم")?.actor.code == "IMGREB", "\(one.mentions.map(\.actor.code))")
        let two = try CodedText.annotated(
            "اقتحم تنظيم القاعدة قرية وهاجم تنظيم داعش بلدة أخرى. وأحرق التنظيم منازل السكان.", published: "2015-07-20",
            id: "men")
        #expect(mention(two, "التنظيم") == nil, "\(two.mentions.map(\.actor.code))")
        let extremists = try CodedText.annotated(
            "سيطر تنظيم داعش على الطريق. وفجر المتطرفون الجسر.", published: "2015-07-20", id: "men")
        #expect(mention(extremists, "المتطرفون")?.actor.code == "IMGREB", "\(extremists.mentions.map(\.actor.code))")
    }

    /// A unit «تابعة لـ» an actor is that actor where it heads its clause; after a verbal noun it stays the object.
    @Test func aUnitAffiliatedToAnActorIsThatActor() throws {
        let subject = try CodedText.annotated(
            "وقال المسؤولون إن دورية تابعة للجيش اللبناني اعترضت سيارة مفخخة.", published: "2015-07-20", id: "men")
        #expect(
            mention(subject, "دورية تابعة للجيش اللبناني")?.actor.code == "LBNMIL",
            "\(subject.mentions.map { "\($0.actor.code) \(subject.text(of: $0.span))" })")
        let object = try CodedText.annotated(
            "أعلنت الشرطة تفكيك خلية تابعة لتنظيم القاعدة.", published: "2015-07-20", id: "men")
        #expect(
            !object.mentions.contains { object.text(of: $0.span).hasPrefix("خلية") },
            "\(object.mentions.map { "\($0.actor.code) \(object.text(of: $0.span))" })")
    }

    /// «كونتي» is "County" in American place names: Giuseppe Conte only when the article has named him in full or after a
    /// title.
    @Test func aCountyIsNoItalianPrimeMinister() throws {
        let county = try CodedText.annotated(
            "واعتقلت الشرطة الطالب في مقاطعة وارن كونتي بولاية كنتاكي.", published: "2019-07-20", id: "men")
        #expect(!county.mentions.contains { $0.actor.country == "ITA" }, "\(CodedText.mentions(county))")
        let conte = try CodedText.annotated(
            "التقى رئيس الوزراء الإيطالي جوزيبي كونتي نظيره الفرنسي. وقال كونتي إن المحادثات بناءة.",
            published: "2019-07-20", id: "men")
        #expect(mention(conte, "كونتي")?.actor.code == "ITAGOV", "\(CodedText.mentions(conte))")
    }

    /// Officials «من» a state are its government's, «من» an organization its own.
    @Test func officialsFromAStateAreItsGovernment() throws {
        let doc = try CodedText.annotated(
            "وتستضيف إيران مسؤولين من سوريا هذا الأسبوع. ويعقد دبلوماسيون من الاتحاد الأوروبي اجتماعا.",
            published: "2015-07-20", id: "men")
        #expect(mention(doc, "مسؤولين من سوريا")?.actor.code == "SYRGOV", "\(CodedText.mentions(doc))")
        #expect(mention(doc, "دبلوماسيون من الاتحاد الأوروبي")?.actor.code == "IGOEUREEC", "\(CodedText.mentions(doc))")
    }

    /// Bare armed men «تابعون لـ» a group take its country, in every case of the participle.
    @Test func armedMenAffiliatedToAGroupAreOfItsCountry() throws {
        for text in [
            "وهاجم مسلحون تابعون لجماعة الحوثي مواقع الجيش اليمني.",
            "وقال الجيش إن مسلحين تابعين لجماعة الحوثي هاجموا مواقعه.",
        ] {
            let doc = try CodedText.annotated(text, published: "2015-07-20", id: "men")
            #expect(
                doc.mentions.contains { doc.text(of: $0.span).hasPrefix("مسلح") && $0.actor.code == "YEMREB" },
                "\(doc.mentions.map { "\($0.actor.code) \(doc.text(of: $0.span))" })")
        }
    }

    /// A nationality in brackets after a noun is that noun's («عامل (باكستاني)»); a language in brackets is none.
    @Test func aBracketedNationalityBelongsToTheNounBeforeIt() throws {
        let worker = try RoleTests().events("اعتقلت الشرطة الكويتية عاملا (باكستاني) بتهمة السرقة.", root: "17")
        #expect(worker.contains { $0.1 == "PAK" }, "\(worker)")
        let language = try CodedText.annotated(
            "وقال المدرب إن اللاعبين تحدثوا معه (بالفرنسية) بعد المباراة.", published: "2015-07-20", id: "men")
        #expect(
            !language.mentions.contains { language.text(of: $0.span).contains("(") },
            "\(language.mentions.map { "\($0.actor.code) \(language.text(of: $0.span))" })")
    }
}
