/// Words around people's names that both the actor finder (MarsadActors) and the coder (MarsadCoding) read: one list
/// here, a lookup table built from it on each side.
public enum NameWords {
    /// «ساير بن لافي بن ساير»: the words that join the parts of one person's name.
    public static let joiners = ["بن", "بنت", "ابن"]
    /// «آل سعود»: the link to a family name, the last of a lineage.
    public static let family = ["آل"]
    /// Ranks and honorifics that open a person's name («العقيد ناصر الحربي»، «الدكتور عزام الدخيل»).
    public static let ranks = [
        "العقيد", "اللواء", "العميد", "الفريق", "المقدم", "الرائد", "النقيب", "الملازم", "الشيخ", "الدكتور", "المهندس",
        "الأستاذ", "الاستاذ",
    ]
}
