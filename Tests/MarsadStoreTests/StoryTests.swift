import Foundation
import MarsadCore
import Testing

@testable import MarsadStore

@Suite struct StoryTests {
    typealias Item = StoryClusterer.Item

    static func item(_ root: String, _ s: String, _ t: String, _ date: String?, _ place: String? = nil) -> Item {
        Item(
            root: root, source: s, target: t, day: date.flatMap { CalendarDate(iso: $0)?.dayNumber },
            locationCountry: place)
    }

    @Test(arguments: [
        // Same root and dyad two days apart: one story.
        ([item("05", "IRN", "RUS", "2023-07-01"), item("05", "IRN", "RUS", "2023-07-03")], [[0, 1]]),
        // Symmetric root 05: the dyad is unordered.
        ([item("05", "IRN", "RUS", "2023-07-01"), item("05", "RUS", "IRN", "2023-07-02")], [[0, 1]]),
        // Root 19 is ordered: who attacks whom matters.
        ([item("19", "ISR", "LBN", "2023-07-01"), item("19", "LBN", "ISR", "2023-07-01")], [[0], [1]]),
        // Outside the window (from the story's first date, not chained).
        (
            [
                item("05", "IRN", "RUS", "2023-07-01"), item("05", "IRN", "RUS", "2023-07-03"),
                item("05", "IRN", "RUS", "2023-07-05"),
            ], [[0, 1], [2]]
        ),
        // Different roots never merge.
        ([item("05", "IRN", "RUS", "2023-07-01"), item("04", "IRN", "RUS", "2023-07-01")], [[0], [1]]),
        // Incompatible places split; an unknown place joins.
        (
            [
                item("19", "ISR", "PSE", "2023-07-01", "PSE"), item("19", "ISR", "PSE", "2023-07-01", "LBN"),
                item("19", "ISR", "PSE", "2023-07-02"),
            ], [[0, 2], [1]]
        ),
        // Undated events and unknown dyads stand alone.
        ([item("05", "IRN", "RUS", nil), item("05", "IRN", "RUS", nil)], [[0], [1]]),
        ([item("14", "---", "---", "2023-07-01"), item("14", "---", "---", "2023-07-01")], [[0], [1]]),
    ])
    func clustering(items: [Item], expected: [[Int]]) {
        #expect(StoryClusterer(windowDays: 3).cluster(items) == expected)
    }

    @Test func storiesCountArticlesAndSourcesAndKeepTheEarliestReport() async throws {
        let (store, dir) = try StoreFixtures.temporaryStore()
        defer { try? FileManager.default.removeItem(at: dir) }
        try await store.insert([
            StoreFixtures.article(
                "late", text: "وقعت روسيا وإيران اتفاقية.", url: "https://b.example/1", published: "2023-07-03",
                events: [
                    StoreFixtures.event("late#0.1", code: "057", source: "RUSGOV", target: "IRNGOV", date: "2023-07-02")
                ]),
            StoreFixtures.article(
                "early", text: "إيران وروسيا توقعان اتفاقية.", url: "https://a.example/1", published: "2023-07-02",
                events: [
                    StoreFixtures.event("early#0.1", code: "057", source: "IRNGOV", target: "RUS", date: "2023-07-02")
                ]),
            StoreFixtures.article(
                "same-source", text: "تفاصيل الاتفاقية بين طهران وموسكو.", url: "https://a.example/2",
                published: "2023-07-04",
                events: [
                    StoreFixtures.event(
                        "same#0.1", code: "057", source: "IRN", target: "RUSGOV", date: "2023-07-03", confidence: 0.95)
                ]),
            StoreFixtures.article(
                "other", text: "قصف.", url: "https://c.example/1", published: "2023-07-03",
                events: [
                    StoreFixtures.event(
                        "other#0.1", code: "190", quad: 4, source: "ISRMIL", target: "LBNREB", date: "2023-07-03")
                ]),
        ])
        #expect(try await store.rebuildSummaries(windowDays: 3) == 2)
        let page = try await store.stories(StoryQuery(minArticles: 2))
        #expect(page.total == 1)
        let story = try #require(page.items.first)
        #expect(story.root == "05" && story.eventCount == 3 && story.articleCount == 3 && story.sourceCount == 2)
        #expect(story.earliestReport?.docID == "early" && story.earliestReport?.published == "2023-07-02")
        #expect(story.firstDate == "2023-07-02" && story.lastDate == "2023-07-03")
        #expect(story.headline?.eventID == "same#0.1")
        let members = try await store.events(EventQuery(storyID: story.id))
        #expect(members.total == 3)
        // Rebuilding gives the same grouping.
        #expect(try await store.rebuildSummaries(windowDays: 3) == 2)
        #expect(try await store.stories(StoryQuery()).total == 2)
        #expect(try await store.stories(StoryQuery(root: "19")).items.first?.articleCount == 1)
    }
}
