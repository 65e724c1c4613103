import Foundation
import MarsadCore
import Testing

@testable import MarsadStore

@Suite struct SearchTests {
    static let texts: [(String, String)] = [
        ("definite", "وقّع الطرفان الاتفاقيةَ في موسكو."),
        ("conjunction", "واتفاقية التعاون تشمل الطاقة."),
        ("bare-tatweel", "أعلنوا عن اتفاقـية جديدة."),
        ("other", "قصفت الطائرات مواقع في الجنوب."),
        ("alef", "إعلان مشترك بين البلدين."),
    ]

    @Test(arguments: [
        ("اتفاقية", ["definite", "conjunction", "bare-tatweel"]),
        ("الاتفاقية", ["definite", "conjunction", "bare-tatweel"]),
        ("اتفاقيّة موسكو", ["definite"]),
        ("اعلان", ["alef"]),
        ("الطائرات", ["other"]),
        ("\"OR\" NEAR(", []),
    ])
    func arabicNormalizedSearch(query: String, expected: [String]) async throws {
        let (store, dir) = try StoreFixtures.temporaryStore()
        defer { try? FileManager.default.removeItem(at: dir) }
        try await store.insert(Self.texts.map { StoreFixtures.article($0.0, text: $0.1) })
        let found = try await store.articles(EventQuery(text: query))
        #expect(Set(found.items.map(\.docID)) == Set(expected))
    }

    @Test func indexFormsAreFoldedAndStripped() {
        let forms = SearchTerms.indexText("وبالاتفاقيةِ").split(separator: " ").map(String.init)
        #expect(forms.first == "وبالاتفاقية")
        #expect(forms.contains("اتفاقية"))
        #expect(!forms.contains { $0.unicodeScalars.contains { (0x064B...0x065F).contains($0.value) } })
    }

    @Test func queriesWithoutWordsMatchNothing() {
        #expect(SearchTerms.matchExpression(" ، . ") == nil)
        #expect(SearchTerms.matchExpression("Moscow") == "\"moscow\"")
    }
}
