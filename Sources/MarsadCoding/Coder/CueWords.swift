import MarsadText

/// Small closed classes of function words the coder reasons with, as hashes of their folded forms.
///
/// NB: these are grammar, not vocabulary: negators, conditionals, modal and future particles and the
/// prepositions that keep an actor out of subject position. Vocabulary lives in the data files.
enum CueWords {
    /// A lookup table of folded word forms (`FormTable` indexes by the hash bits, no SipHash per lookup).
    static func set(_ words: [String]) -> FormTable { table(hashes(words)) }
    static func table(_ hashes: some Sequence<UInt64>) -> FormTable {
        var builder = FormTable.Builder()
        for h in hashes { builder.add(h, entry: 0) }
        return builder.build()
    }
    static func hashes(_ words: [String]) -> Set<UInt64> { FormHash.folded(words) }

    /// Negate the verb that follows («لم يوقع»، «لن يزور»، «لا يدعم»).
    static let verbNegators = set(["لم", "لن", "لا", "ليس", "ليست", "لما"])
    /// «لا يزال»، «ما زالت»، «لم يزل»: "still" — the negator before them does not negate the verb after them
    /// («لا تزال تعتقل العشرات»: they are still holding them).
    static let still = set([
        "يزال", "تزال", "نزال", "ازال", "يزالون", "تزالون", "يزالان", "تزالان", "زال", "زالت", "زالوا", "يزل", "تزل",
    ])
    /// «كان» before a present verb makes it a past progressive («كانت القوات تطوق المكان»): an act going on then.
    static let was = set(["كان", "كانت", "كانوا", "كانا", "كانتا", "وكان", "وكانت", "وكانوا"])
    /// «حضر الاستقبال»، «وحضر اللقاء»: those present at a meeting already told; the noun after them is that
    /// meeting named again, not a new one, and they are not its parties.
    static let attended = set(["حضر", "حضره", "حضرها", "حضرت", "حضروا", "يحضر", "تحضر"])
    /// Reflexive objects («فجر نفسه»): the one who acts and the one acted on are the same.
    static let reflexives = set(["نفسه", "نفسها", "انفسهم", "انفسهما", "نفسيهما", "انفسهن"])
    /// «فهد العتيبي – سعودي الجنسية –»: "by nationality" after a demonym that tells a person's country («لجنسية» is a
    /// common misspelling in official statements).
    static let nationality = set(["الجنسية", "لجنسية"])
    /// «ساير بن لافي بن ساير»: the words that join the parts of one person's name.
    static let nameJoiners = set(NameWords.joiners)
    /// «قامت القوات باعتقال …»: "did" + ب + verbal noun is the act itself, told as having happened.
    /// «استقبال» with the pronoun of the one received: «وكان في استقباله»، «حيث كان باستقبالهم».
    /// «وكان في الاستقبال»: those at the reception, with no guest named.
    static let theReception = set(["الاستقبال", "بالاستقبال"])
    static let receivingHim = set([
        "استقباله", "استقبالها", "استقبالهم", "استقبالهما", "استقبالهن", "باستقباله",
        "باستقبالها", "باستقبالهم",
        "باستقبالهما", "باستقبالهن",
    ])
    static let lightVerbs = set(["قام", "قامت", "قاموا", "قاما", "قامتا"])
    /// «التابع لـ»: belonging to («الطيران التابع للنظام السوري»).
    static let affiliated = set(["التابع", "التابعة", "التابعين", "التابعون"])
    /// «ورد الجيش بقصف مواقع المسلحين»، «انتقم الحوثيون بقصف الأحياء»: "responded/avenged" + ب + the noun of an act of
    /// force tells that act as done by the verb's subject, as «قام» does. NB: past forms only; not «ردا» (also the
    /// noun of «ردا على»).
    static let responseVerbs = set(["رد", "ردت", "ردوا", "ردتا", "انتقم", "انتقمت", "انتقموا", "انتقما"])
    /// «إن سلاح الطيران … نفذ ضربة جوية»: a support verb right before a noun of an act; the act is told as done, and
    /// its doer is the verb's subject, as far back as a verb's.
    static let supportVerbs = set([
        "نفذ", "نفذت", "نفذوا", "ينفذ", "تنفذ", "شن", "شنت", "شنوا", "يشن", "تشن", "وجه", "وجهت", "وجهوا", "يوجه",
        "توجه", "ارتكب", "ارتكبت", "ارتكبوا", "يرتكب", "ترتكب",
    ])
    /// «تعرضت الدورية لهجوم من مسلحين»: "was subjected to"; its subject suffers the act named after «لـ».
    static let exposed = set([
        "تعرض", "تعرضت", "تعرضوا", "تعرضا", "تعرضتا", "يتعرض", "تتعرض", "يتعرضون", "يتعرضان", "تتعرضان", "تعرضن",
    ])
    /// «من»، «قبل» (of «من قبل»)، «يد/أيدي» (of «على يد»): words right before the doer of an act suffered.
    static let agentMarkers = set(["من", "قبل", "يد", "ايدي", "يدي"])
    /// «قبل» of «من قبل» and «يد»/«أيدي» of «على يد»: the doer of a passive follows («خطف … من قبل أربعة مسلحين»).
    static let byAgent = FormHash.hash(FoldedText.fold("قبل"))
    static let byHands = set(["يد", "ايدي"])
    /// «برصاص»، «بنيران»، «بقذيفة» … : "by the bullets / fire / shell of"; the doer of a killing or wounding told in
    /// the passive follows as their genitive («قتل شاب برصاص الجيش»، «أصيب ثلاثة بنيران المليشيات»).
    static let byFire = set(["برصاص", "برصاصة", "بنيران", "بقذيفة", "بقذائف", "بصاروخ", "بصواريخ"])
    /// «قتل»، «استشهد»، «أصيب»، «مقتل»، «مصرع» … : the heads of a death or wound suffered, whose doer «برصاص» or
    /// «بنيران» names (not «قصفوا المدينة بصواريخ …», whose subject fired them).
    static let sufferedHeads = set([
        "قتل", "قتلوا", "قتلا", "قتلت", "استشهد", "استشهدت", "استشهدوا", "استشهدا", "اصيب", "اصيبت", "اصيبوا", "اصيبا",
        "مقتل", "مصرع", "استشهاد", "اصابة", "اصابت", "اصابه",
    ])
    /// «مقتل»، «مصرع»، «استشهاد»، «إصابة»: the nouns of a death or wound, whose genitive is who suffered it.
    static let casualtyHeads = set(["مقتل", "مصرع", "استشهاد", "اصابة", "إصابة"])
    /// «بينهم»: "among them", counting someone among the people just named (the casualties of a toll).
    static let among = set(["بينهم", "بينهما", "بينهن", "وبينهم"])
    /// «التحالف بقيادة السعودية»، «حل سياسي بقيادة ليبيا»: the leader named after these words describes the group or
    /// thing before them; it is no party of its own to the act. NB: not «الحملة التي تقودها الولايات المتحدة»: who is
    /// criticized for a campaign it leads is the target.
    static let ledBy = set(["بقيادة", "بزعامة"])
    /// «مسؤوليته عن …»: the word of a claim of responsibility before «عن» and the act claimed.
    static let responsibility = set([
        "مسؤولية", "مسئولية", "مسؤوليته", "مسئوليته", "مسؤوليتها", "مسئوليتها", "مسؤوليتهم", "مسئوليتهم", "المسؤولية",
        "المسئولية",
    ])
    static let an = FormHash.hash(FoldedText.fold("عن"))
    /// «أعلن تنظيم داعش مسؤوليته»، «تبنت الحركة مسؤولية …»: the verbs of a claim, before the claimant.
    static let claimVerbs = set(["اعلن", "اعلنت", "اعلنوا", "تبنى", "تبنت", "تبنوا"])
    /// «أي» ("any"): an act named after it is a possibility («صد أي هجوم»).
    static let anyOf = set(["اي", "لاي", "باي"])
    /// «أقدم مسلحون على إعدام …»: "went as far as" + «على» + verbal noun is the act itself, as with «قام بـ».
    /// «تم تفجير مقر الشرطة»، «وتمت مهاجمة القافلة»: "was done", the past passive light verb right before an act's noun.
    /// NB: not «يتم/سيتم» (habit or plan).
    static let passiveLightVerbs = set(["تم", "تمت"])
    /// «وتم القبض على …»، «وجرى توقيف 30 شخصا»: the light verbs of an arrest told in the passive (see
    /// `agentlessAuthority`; «جرى» only here: before other nouns it is also "took place", «جرى اللقاء»).
    static let passiveArrestVerbs = set(["تم", "تمت", "جرى"])
    /// «أعلنت وزارة الداخلية القبض على …»: the verbs of announcing an arrest the announcer's side made (see
    /// `agentlessAuthority`).
    static let announcing = set(["اعلن", "اعلنت", "يعلن", "تعلن", "اعلنوا"])
    static let lightVerbsAla = set(["اقدم", "اقدمت", "اقدموا", "اقدما", "اقدمتا"])
    static let ala = FormHash.hash(FoldedText.fold("على"))
    /// «على بلدة …»، «أماكن في المدينة»: nouns of inhabited places, the aim of an act of force that names no actor
    /// (see `aimsAtPlace`). NB: whole words only («بهدف»، «لمنطقة» are not aims).
    static let inhabitedPlaces = set([
        "بلدة", "البلدة", "بلدات", "البلدات", "قرية", "القرية", "قرى", "القرى", "مدينة", "المدينة", "مدن", "المدن",
        "منطقة", "المنطقة", "مناطق", "المناطق", "أماكن", "الأماكن", "أحياء", "الأحياء", "حي", "الحي",
    ])
    /// «عمد مسلحون إلى إطلاق النار على الحافلة»: "set about" + «إلى» + verbal noun is the act itself too.
    static let lightVerbsIla = set(["عمد", "عمدت", "عمدوا", "عمدا", "عمدتا"])
    static let ila = FormHash.hash(FoldedText.fold("إلى"))
    static let fi = FormHash.hash(FoldedText.fold("في"))
    /// «نفذت … حكم القتل»، «تنفيذ حكم القتل»: the words that open a sentence carried out.
    static let executions = set(["تنفيذ", "نفذ", "نفذت"])
    /// «تمكنت القوات من اعتقال …»: "managed to" + «من» + verbal noun is the act itself, told as done. NB: the past
    /// only («لم تتمكن القوات من …» did not).
    static let lightVerbsMin = set(["تمكن", "تمكنت", "تمكنوا", "تمكنا", "تمكنتا"])
    /// «التحالف الذي يقوم بقصف …»: the light verb in the present tense, which after a relative pronoun describes.
    static let presentLightVerbs = set(["يقوم", "تقوم", "يقومون", "يقومان", "تقومان"])
    /// «من» as "whoever" («كل من قام بـ»), and the «من» of «تمكن من».
    static let man = FormHash.hash(FoldedText.fold("من"))
    /// «كل» of «كل من X و Y» ("both X and Y"), which opens a list of parties.
    static let each = set(["كل", "وكل"])
    /// «جهة» and «طرف» of «من جهة/من طرف … ومن جهة/طرف أخرى»: the marker closing one side of a fight.
    static let sides = set(["جهة", "طرف"])
    /// Verbs of a fight taking place after a relative pronoun («المعارك التي دارت …»، «المواجهات التي شهدتها …»).
    static let battleOccurrences = set([
        "دارت", "دار", "تدور", "اندلعت", "اندلع", "تندلع", "وقعت", "وقع", "تقع", "جرت", "جرى", "تجري", "شهدتها",
        "شهدها", "تشهدها", "يشهدها", "استمرت", "تستمر", "تجددت",
    ])
    /// Places that lie between two others («الحدود بين البلدين»، «الطريق الرابط بين المدينتين»): a «بين» after them
    /// names no parties to a fight.
    static let dividedPlaces = set([
        "الحدود", "الحدودي", "الحدودية", "الطريق", "الرابط", "الرابطة", "الواقعة", "الواقع", "الفاصل", "الفاصلة",
        "المسافة", "المنطقة",
    ])
    /// Nouns of members heading a party after «بين» («بين مقاتلي المقاومة و…»، «بين عناصر التنظيم و…»).
    static let memberHeads = set(["مقاتلي", "عناصر", "مسلحي", "افراد", "رجال", "قوات", "ميليشيات", "مليشيات", "وحدات"])
    /// Words that name the cause of a toll («قتل خمسة في هجوم»، «جراء انفجار»، «إثر غارة»).
    static let causes = set(["في", "جراء", "اثر", "عقب", "خلال", "بسبب", "نتيجة"])
    /// «بعد»: "after", and right after a toll verb also "in" («50 شخصا قتلوا بعد تفجيرين انتحاريين»).
    static let after = FormHash.hash(FoldedText.fold("بعد"))
    /// Words of number or series between a cause word and an act («في سلسلة من الضربات»، «في موجة من التفجيرات»).
    static let series = set(["سلسلة", "موجة", "عدة", "من", "سلسله", "موجه"])
    /// Negate the verbal noun that follows («عدم التوقيع»، «دون اتفاق»).
    static let nounNegators = set(["عدم", "دون", "بدون", "غياب"])
    /// «طائرة بدون طيار»: "without a pilot" (a drone); the negator before it belongs to the compound.
    static let pilot = set(["طيار"])
    /// Deny what follows in their clause («نفى أن يكون التقى»).
    /// «استبعد أن يكون الهجوم انتحاريا»: ruling out is denying.
    static let deniers = set([
        "نفى", "نفت", "ينفي", "تنفي", "نفوا", "ونفى", "ونفت", "نافيا", "نافية", "وينفي", "استبعد", "استبعدت",
        "استبعدوا",
        "يستبعد", "تستبعد", "مستبعدا", "مستبعدة",
    ])
    /// What a denier denies when it names the report itself («نفى صحة التقارير التي تفيد بأن …»، «استبعد إمكانية أن
    /// يكون …»): all that follows in the sentence is denied, not only its next words.
    static let deniedReports = set([
        "صحة", "إمكانية", "امكانية", "احتمال", "تقارير", "التقارير", "أنباء", "انباء", "الأنباء", "الانباء",
    ])
    /// Evidence, proof: negated («لا يوجد أدلة على أن»، «ليس هناك دليل على أن»، «دون أدلة على أن») they deny what
    /// follows in their clause.
    static let evidence = set(["ادلة", "دليل", "الادلة", "الدليل", "براهين", "برهان", "اثبات", "يثبت"])
    /// Open a condition or hypothesis («إذا هاجمت»، «لو وقع»).
    static let conditionals = set(["اذا", "لو", "لولا", "حال", "حالة", "ربما"])
    /// «قد» + present = may (modal); «قد» + past = has (assertive).
    static let qad = FormHash.hash(FoldedText.fold("قد"))
    /// «برأيي»، «في رأيي»، «باعتقادي»: "in my opinion".
    static let myOpinion = set(["برأيي", "رأيي", "ورأيي", "باعتقادي", "اعتقادي", "بظني"])
    /// «أعتقد»، «أظن»: "I think" (first person only with the hamza written: «اعتقد» is also "he believed").
    static let iThink = set(["أعتقد", "وأعتقد", "فأعتقد", "أظن", "وأظن", "فأظن"])
    /// «قد»، «وقد»، «فقد»: with «و»/«ف» it is still «قد» («وقد تدعو دول أوبك …»: may call).
    static let qadForms = set(["قد", "وقد", "فقد"])
    static let sawfa = FormHash.hash(FoldedText.fold("سوف"))
    /// «سوف» with its conjunctions, between a subject and its verb («الوزير سوف يزور …»).
    static let sawfaForms = set(["سوف", "وسوف", "فسوف"])
    /// «إلى»، «على»: the prepositions of a verb that takes an act as its aim («لجأ إلى القصف»، «أقدم على الهجوم»).
    static let towards = set(["الى", "إلى", "على"])
    /// «ألا» ("that … not") before a present verb; folded, the same as «إلا» ("except").
    static let anLa = FormHash.hash(FoldedText.fold("ألا"))
    /// «كي»: "so that" before a present verb; also the middle of «بان كي مون».
    static let kay = FormHash.hash(FoldedText.fold("كي"))
    /// «قيد الاعتقال»، «قيد التحقيق»: "under" a process — a state someone is in, not an act reported.
    static let under = FormHash.hash(FoldedText.fold("قيد"))
    /// «ميدان»، «ساحة» («ساحة المعركة»): the field of a fight, a place.
    static let fieldOf = set(["ميدان", "ساحة", "ميادين", "ساحات"])
    /// «معركة»، «معارك»: battle, the noun that «ساحة»/«ميدان» makes a place («مدفعية الميدان» is field artillery).
    static let battles = set(["معركة", "معارك"])
    /// «عمليات»، «أعمال» written whole (not «بعمليات» of «قام بعمليات»): before an act's noun they name a kind of act.
    static let operations = set([
        "عمليات", "العمليات", "وعمليات", "أعمال", "اعمال", "الأعمال", "الاعمال", "وأعمال", "واعمال",
    ])
    /// «الذكرى»: the anniversary of an act («في الذكرى العاشرة لتفجير …»).
    static let anniversary = set(["ذكرى", "الذكرى"])
    /// «عقوبة الإعدام»: "the penalty of" — the act after it is a penalty named (in a law, a charge, a verdict). Whole
    /// forms: «بعقوبة» is also the Iraqi city (Baquba).
    static let penalty = set(["عقوبة", "العقوبة", "لعقوبة", "وعقوبة", "عقوبات", "العقوبات"])
    /// Prepositions: an actor right after one is not a subject.
    static let prepositions = set([
        "في", "من", "الى", "على", "عن", "مع", "ضد", "بين", "حول", "لدى", "نحو", "تجاه", "بحق", "عبر", "خلال", "امام",
        "بعد", "قبل", "منذ", "حتى", "مثل", "بسبب", "لصالح", "باسم", "ازاء", "قبل",
    ])
    /// «ضيف مصر»: the guest of a country (see `EventCoder.guestNamed`).
    static let guests = set(["ضيف", "ضيوف"])
    /// «مصدر أمني»، «مصادر أمنية»: sources, who report an act and do not do it.
    static let reportingSources = set(["مصدر", "مصادر"])
    /// «برحيل الرئيس»، «إلى انسحاب القوات»، «بدفع الجالية فدية»: verbal nouns of an act that take its doer, not its
    /// object, as their genitive (intransitive acts, and «قيام»/«دفع»/«تحمل» with their object after the doer).
    static let doerActs = set([
        "رحيل", "تنحي", "استقالة", "انسحاب", "قيام", "التزام", "اعتذار", "تدخل", "تحرك", "تحمل", "دفع", "كف", "امتناع",
        "توقف",
    ])
    /// «المعارضة»: the opposition as a whole (see `EventCoder.armedOpposition`).
    static let opposition = set(["معارضة"])
    /// Words of direction or nearness right before a place («جنوب اليمن»، «شمالي بغداد»، «قرب دمشق»، «ضواحي كابل»):
    /// the place tells where something is, it is no party to an act.
    static let directions = set([
        "جنوب", "شمال", "شرق", "غرب", "جنوبي", "شمالي", "شرقي", "غربي", "وسط", "قرب", "بالقرب", "ضواحي", "اطراف",
        "محيط", "جنوبا", "شمالا", "شرقا", "غربا",
    ])
    /// Adjectives that end a country's or a state body's name («جمهورية كوريا الجنوبية»، «الإمارات العربية المتحدة»): after a
    /// mention they belong to it, they are no object noun.
    static let nameAdjectives = set([
        "الجنوبية", "الشمالية", "الشرقية", "الغربية", "الجنوبي", "الشمالي", "الشرقي", "الغربي", "الوسطى", "المتحدة",
        "الديمقراطية", "الشعبية", "الاتحادية", "العربية", "الاسلامية", "الإسلامية", "الهاشمية",
    ])
    /// «آخر»/«أخرى»: in a sentence's first words they open a new subject («من جهة أخرى»).
    static let another = set(["اخر", "اخري", "آخر", "أخرى"])
    /// Prepositions that open an oblique phrase between a verb and what follows («أفرج عن ثمانية أشخاص»);
    /// «على» and «نحو» are left out: they also belong to verb phrases («أقدم على») and mean "about".
    static let obliquePrepositions = set(["عن", "من", "في", "الى", "مع", "ضد", "لدى", "بحق"])
    /// Plural titles («الأمراء»، «الوزراء»): a group of office-holders, never one person's title. (The actor stage
    /// keeps the same words, without «و», as `MentionFinder.pluralTitles`; these are whole forms.)
    static let pluralTitles = set([
        "الأمراء", "الوزراء", "العلماء", "السفراء", "المشايخ", "الأعيان", "المسؤولين", "المسؤولون", "القادة",
        "والأمراء", "والوزراء", "والعلماء", "والسفراء", "والمشايخ", "والأعيان", "والمسؤولين", "والقادة",
    ])
    /// Relative pronouns: the subject of the verb after them is their antecedent.
    static let relatives = set(["الذي", "التي", "الذين", "اللذان", "اللتان", "اللذين", "اللتين", "اللواتي", "اللاتي"])
    /// The same with «و» («والذي اغتالته إسرائيل»): a second relative clause on the same antecedent.
    static let joinedRelatives = set([
        "والذي", "والتي", "والذين", "واللذان", "واللتان", "واللذين", "واللتين", "واللواتي", "واللاتي",
    ])
    /// Nouns that make «الذي» part of a conjunction rather than a relative pronoun: «في الوقت الذي» ("while").
    static let conjunctiveAntecedents = set(["الوقت", "وقت"])
    /// Compound prepositions of company («بحضور»، «بمشاركة»، «برفقة»، «بقيادة»، «بدعم»): the actor after them is there,
    /// leads or helps; their «ب» does not introduce a target («التقى الجبير لافروف بحضور كيري»).
    static let companions = set([
        "بحضور", "بمشاركة", "برفقة", "بمرافقة", "بقيادة", "بدعم", "بمساعدة", "باشراف", "بإشراف", "بتنسيق", "بالتنسيق",
        "بالتعاون", "بحضورهم", "بحضوره",
    ])
    /// «بحضور»، «بمشاركة»: the actor after them attends a meeting, and so takes part in it.
    static let attendance = set(["بحضور", "بمشاركة"])
    /// Number words that can stand where an actor would («قتل سبعة متشددين»).
    static let numberWords = set([
        "واحد", "اثنان", "اثنين", "ثلاثة", "ثلاث", "اربعة", "اربع", "خمسة", "خمس", "ستة", "ست", "سبعة", "سبع", "ثمانية",
        "ثماني", "تسعة", "تسع", "عشرة", "عشر", "عشرات", "مئات", "الاف", "آلاف", "مئة", "مائة", "الف", "عشرين", "ثلاثين",
        "اربعين", "خمسين", "عدد", "العشرات", "المئات", "عشرون", "ثلاثون", "اربعون", "خمسون", "ستون", "ستين", "سبعون",
        "سبعين", "ثمانون", "ثمانين", "تسعون", "تسعين",
    ])
    /// Numbers that follow the noun they count («شهر واحد»، «رجلان اثنان»), so never stand before a counted word.
    static let postposedNumbers = set(["واحد", "واحدة", "اثنان", "اثنين", "اثنتان", "اثنتين"])
    /// Words after which a verb-like word is a verbal noun («تم فرض»، «بمثابة فرض»، «هو شن»).
    static let nounIntroducers = set(["تم", "يتم", "جرى", "يجري", "بمثابة", "هو", "هي", "اي", "أي", "كل", "عملية"])
    /// «إن»، «أن»، «بأن»: they open what a speaker says.
    static let complementizers = set(["ان", "بان", "وان", "إن", "أن", "بأن"])
    /// Words that make «أن» a conjunction of time or cause rather than the opening of someone's words («بعد أن
    /// ترتكب»، «قبل أن»، «منذ أن»).
    static let conjunctionHeads = set(["بعد", "وبعد", "قبل", "وقبل", "منذ", "ومنذ", "بعدما", "حتى", "بمجرد", "لمجرد"])
    /// A complementizer with a subject pronoun («إنه يطالب»، «أنها ستواصل»): the verb after it has that
    /// pronoun as subject.
    static let pronounComplementizers = set(["انه", "انها", "بانه", "بانها", "وانه", "وانها", "انهم", "بانهم"])
    /// «أنهم»، «بأنهم»: the plural pronoun points back to a group named before, not to the speaker («قال المصدر إن
    /// الشرطة داهمت المنزل، مشيرا إلى أنهم اعتقلوا …»).
    static let theyComplementizers = set(["انهم", "بانهم", "وانهم", "لانهم"])
    /// «عدد من النواب»، «مجموعة من الناشطين»: words of quantity that, with «من», count a class of people.
    static let quantities = set(["عدد", "عددا", "مجموعة", "مجموعات"])
    /// «الذين سبق لهم أن قاتلوا»، «سبق أن زاروا»: an act done before, told as background.
    static let already = set(["سبق", "وسبق", "سبقت", "سبقه", "سبقها"])
    /// Words that open another clause after a verb's own phrase: subordinating conjunctions («إذ»، «حيث»، «فيما»،
    /// «بينما»، «كما»، «لكن») and the circumstantial participles of speaking («مشيرا»، «مؤكدا»، «داعيا»). An actor after
    /// them is no party to the act before them.
    static let clauseOpeners = table(hashes(subordinators).union(hashes(speakingParticiples)))
    /// The subordinators alone.
    static let subordinatorForms = set(subordinators)
    static let subordinators = [
        "اذ", "حيث", "فيما", "وفيما", "بينما", "وبينما", "كما", "وكما", "لكن", "ولكن", "لكنه", "لكنها",
    ]
    static let speakingParticiples = [
        "مشيرا", "مشيرة", "مؤكدا", "مؤكدة", "موضحا", "موضحة", "مضيفا", "مضيفة", "لافتا", "لافتة", "معتبرا", "معتبرة",
        "داعيا", "داعية", "مطالبا", "مطالبة",
    ]
    /// The participles alone: the verb before them is still their subject's act.
    static let participleOpeners = set(speakingParticiples)
    /// Heads of compound prepositions with «إلى» or «لـ» that do not point at a party: «بالنسبة لـ» ("as for"),
    /// «بالإضافة إلى» ("besides"), «إلى جانب» ("alongside"), «استنادا إلى»، «نظرا إلى».
    static let compoundHeads = set([
        "بالنسبة", "نسبة", "بالاضافة", "اضافة", "وبالاضافة", "واضافة", "جانب", "استنادا", "نظرا", "وفقا", "طبقا",
    ])
    /// Demonstratives before a noun («هذا الهجوم»، «هذه الهجمات»، «تلك الاعتداءات»).
    /// «خلال»، «أثناء»: during (an act: «خلال زيارته»).
    static let during = set(["خلال", "أثناء", "اثناء"])
    static let demonstratives = set(["هذا", "هذه", "هذين", "هاتين", "هؤلاء", "ذلك", "تلك", "هذان", "هاتان"])
    /// «نظيره»، «نظراءه»: "his counterpart(s)" point back to the clause's subject, so they are never the subject of
    /// the verb they follow («سيلتقي نظراءه الخليجيين»: he will meet them).
    static let counterparts = set([
        "نظيره", "نظيرها", "نظيريه", "نظيريها", "نظراءه", "نظرائه", "نظراءها", "نظرائها", "نظيرته", "نظيرتها",
    ])
    /// Nouns that name a deed without saying what it was («العمل»، «الجريمة»، «الحادث»، «العملية»): as the object of a
    /// reaction verb they are the act reacted to («أدانت الوزارة العمل الإرهابي»، «ونددت بالحادث»).
    static let crimeNouns = set(crimeNounWords)
    static let crimeNounWords = [
        "عمل", "أعمال", "جريمة", "جرائم", "حادث", "حادثة", "حوادث", "عملية", "عمليات", "فعل", "أفعال",
    ]
    /// The acts a characterisation judges («وصف الهجوم بأنه إرهابي»، «اعتبر التفجير عملا إجراميا»): the nouns of crime
    /// and of force, which the characterisation's phrase covers (so they are no triggers of their own).
    static let judgedActs = set(
        crimeNounWords + [
            "هجوم", "هجمات", "تفجير", "تفجيرات", "اعتداء", "اعتداءات", "قصف", "غارة", "غارات", "انفجار", "مجزرة",
            "مذبحة",
            "اغتيال",
        ])
    /// Words that call an act terrorist or criminal, or judge it as such in the news' set phrases («التفجير
    /// الإرهابي»، «العمل الإجرامي»، «الاعتداء الآثم»، «الهجوم الجبان»، «العمل الغادر»).
    static let terrorAdjectives = set([
        "إرهابي", "إرهابية", "إرهابيا", "إجرامي", "إجرامية", "إجراميا", "آثم", "آثمة", "جبان", "جبانة", "غادر",
        "غادرة", "غاشم", "غاشمة", "دنيء", "دنيئة", "شنيع", "شنيعة", "نكراء", "خسيس", "خسيسة",
    ])
    /// Verbs that call their object something («وصف الوزير الهجوم بأنه …»، «اعتبرت الحكومة التفجير عملا …»): the
    /// first word of a characterisation phrase (see `EventCoder.isCharacterisation`).
    static let characterisers = set(["وصف", "وصفت", "وصفوا", "اعتبر", "اعتبرت", "اعتبروا"])
    /// «أن» opening a clause, bare or with its subject pronoun, as written (not «بأنه»: «وصفه بأنه …» is the judgement).
    static let thatWords = set(["أن", "أنه", "أنها", "أنهم", "إن", "إنه", "إنها", "إنهم", "وأن", "وأنه", "وأنها"])
    /// The nouns of disapproval a reaction phrase ends in («أعرب عن إدانته/استنكاره …»), in their owned forms too.
    static let reactionNouns = set([
        "إدانة", "ادانة", "إدانته", "إدانتها", "إدانتهم", "استنكار", "استنكاره", "استنكارها", "استنكارهم", "شجب",
        "شجبه", "شجبها", "رفض", "رفضه", "رفضها", "تنديد", "تنديده", "تنديدها", "إدانتهما", "استنكارهما", "شجبهم",
        "شجبهما", "تنديدهم", "إدانتنا", "استنكارنا",
    ])
    /// Nouns of statements a reaction may name as its object («استنكرت المنظمة التصريحات»).
    static let statementNouns = set([
        "تصريحات", "التصريحات", "تصريح", "التصريح", "أقوال", "الأقوال", "ادعاءات", "الادعاءات", "مزاعم", "المزاعم",
        "إساءات", "الإساءات",
    ])
    /// Words of degree after a reaction's noun («إدانته الشديدة»، «استنكارها البالغ»).
    static let reactionDegrees = set([
        "شديد", "شديدة", "شديدين", "شديدتين", "قوي", "قوية", "بالغ", "بالغة", "تام", "تامة", "كامل", "كاملة",
        "مطلق", "مطلقة", "عميق", "عميقة",
    ])
    /// What a reaction is told in («في بيان له»، «في تصريح»): the noun after «في» (see `reactionObject`).
    static let statementVehicles = set(["بيان", "تصريح", "كلمة", "رسالة", "برقية", "تغريدة", "بيانات", "تصريحات"])
    /// «له»، «لها»: "of its own", after the statement a reaction is told in.
    static let itsOwn = set(["له", "لها", "لهم", "لهما"])
    /// Nouns of an incident that name the act after them («حادث التفجير»، «حادثة الاعتداء»).
    static let incidents = set(["حادث", "حادثة", "الحادث", "الحادثة"])
    /// «أعرب فيه/فيها عن …»: "in it", the call, cable or speech just named.
    static let inIt = set(["فيه", "فيها"])
    /// Parts of the day before a date word («مساء أمس»، «صباح اليوم»).
    static let dayParts = set(["مساء", "صباح", "ظهر", "عصر", "ليلة", "ليل", "فجر"])
    /// Honorifics that open a name in apposition to a title («وزير العمل الدكتور مفرج الحقباني»).
    static let honorifics = set([
        "الدكتور", "د", "المهندس", "الأستاذ", "الاستاذ", "الشيخ", "اللواء", "العميد", "الفريق",
    ])
    /// Ranks and honorifics that open a person's name («وقال العقيد ناصر الحربي، المتحدث الرسمي …»).
    static let ranks = set(NameWords.ranks)
    /// Styles of address that open a dignitary's name and titles («صاحب السمو الملكي الأمير …»، «معالي الوزير»).
    static let stylesOfAddress = set(["صاحب", "معالي", "سعادة", "فخامة", "سماحة", "فضيلة", "سمو"])
    /// Ranks, honorifics and «الأمير» (a prince's style), which open the name of an office-holder after his office and
    /// its place («أمير منطقة القصيم الأمير فيصل بن مشعل»، «مدير شرطة المنطقة الشرقية اللواء …»).
    static let styles = set(NameWords.ranks + ["الأمير", "الامير"])
    /// Adverbs of degree right after a verb of disapproval («تدين بشدة»، «استنكر بقوة»).
    static let intensifiers = set(["بشدة", "بقوة", "بشده"])
    /// «بأشد العبارات»، «بأقسى الكلمات»: in the strongest terms, the first word (see `phrasings`).
    static let strongest = set(strongestWords)
    private static let strongestWords = ["بأشد", "بأقسى", "بأقوى"]
    /// The second word of «بأشد العبارات».
    static let phrasings = set(["العبارات", "عبارات", "الكلمات", "الألفاظ"])
    /// «آل» in a person's name («عبدالعزيز آل الشيخ»): the family, joined like «بن».
    static let family = set(NameWords.family)
    /// Words of time, honour and manner that do not count against a pattern's gap («دان المجلس في وقت مبكر من صباح
    /// أمس، بأقسى العبارات، التفجير»، «وصف سماحة المفتي الحادث بالإجرامي»).
    static let gapWords = set(
        dayWords + ["مساء", "صباح", "ظهر", "عصر", "فجر", "الماضي", "الماضية", "الجاري", "وقت", "مبكر", "متأخر"]
            + strongestWords + ["العبارات", "الكلمات", "الألفاظ", "بشدة", "بقوة", "سماحة", "معالي", "فضيلة"])
    /// The day a reaction is told on, between its verb and its object («ونددت الوزارة أمس بالهجوم»).
    static let reactionDays = set(dayWords)
    private static let dayWords = [
        "أمس", "اليوم", "السبت", "الأحد", "الاثنين", "الإثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة",
    ]
}
