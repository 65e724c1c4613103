import MarsadCore
import MarsadText
import Testing

@testable import MarsadCoding

@Suite struct DomainVocabularyTests {
    static func hash(_ word: String) -> UInt64 { FormHash.hash(FoldedText.fold(word)) }

    @Test func readsDomainsAndFoldsSpellings() throws {
        let domains = try DomainVocabulary(
            text: "# comment\n[sport]\nمباراة  لاعب\nالمدرب الأولمبي\n[screen]\nفيلم\n", file: "t.txt")
        #expect(domains.names == ["sport", "screen"])
        #expect(domains.domain(of: Self.hash("الاولمبي")) == "sport")
        #expect(domains.domain(of: Self.hash("المدرب")) == "sport")
        #expect(domains.domain(of: Self.hash("فيلم")) == "screen")
        #expect(domains.domain(of: Self.hash("الحكومة")) == nil)
    }

    /// «[titles]» is no domain: its words are titles, not domain words.
    @Test func titlesAreNoDomain() throws {
        let domains = try DomainVocabulary(text: "[titles]\nرئيس قائد\n[sport]\nمباراة\n", file: "t.txt")
        #expect(domains.names == ["sport"])
        #expect(domains.titles.contains(Self.hash("رئيس")))
        #expect(domains.domain(of: Self.hash("رئيس")) == nil)
        #expect(!domains.titles.contains(Self.hash("مباراة")))
        let bundled = try TriggerLexicon.bundled().domains
        #expect(bundled.titles.contains(Self.hash("قائد")))
        #expect(!bundled.titles.contains(Self.hash("وزير")))
    }

    @Test func errorsNameTheFileAndLine() {
        #expect {
            try DomainVocabulary(text: "مباراة\n[sport]\n", file: "t.txt")
        } throws: { ($0 as? MarsadError)?.location == "t.txt:1" }
        #expect {
            try DomainVocabulary(text: "[sport]\nمباراة\n[رياضة]\n", file: "t.txt")
        } throws: { ($0 as? MarsadError)?.location == "t.txt:3" }
        #expect {
            try DomainVocabulary(text: "[sport]\n[sport]\n", file: "t.txt")
        } throws: { ($0 as? MarsadError)?.message.contains("twice") ?? false }
    }

    /// Words that political news uses in another sense stay out of the bundled lists.
    @Test func theBundledFileLeavesOutPoliticalSenses() throws {
        let domains = try TriggerLexicon.bundled().domains
        #expect(domains.names.contains("sport"))
        #expect(domains.domain(of: Self.hash("مباراة")) == "sport")
        #expect(domains.domain(of: Self.hash("فيلم")) == "screen")
        for word in ["المنتخب", "الفريق", "الدوري", "النصر", "الاتحاد", "المهاجم", "الجماهير", "هدف", "ممثل", "الفرق"] {
            #expect(domains.domain(of: Self.hash(word)) == nil, "\(word)")
        }
    }
}
