import Foundation
import Hummingbird
import MarsadCore
import MarsadStore
import NIOCore

/// The web UI, rendered on the server: `/` (filters, timeline, network, dyads, stories, events) and
/// `/articles/{id}` (the evidence view).
struct UIRoutes: Sendable {
    let store: any EventStore

    func add(to router: Router<BasicRequestContext>) {
        router.get("/") { request, _ in
            do {
                return html(try await dashboard(QueryParameters(request.uri.query)))
            } catch let e as MarsadError {
                return html(HTML.page(title: "خطأ", body: "<p>\(HTML.escape(e.message))</p>"), status: e.httpStatus)
            } catch {
                return html(HTML.page(title: "خطأ", body: "<p>تعذر تنفيذ الطلب.</p>"), status: .internalServerError)
            }
        }
        router.get("/articles/:id") { _, context in
            guard let id = context.parameters.get("id", as: Int64.self),
                let article = try await store.article(id: id)
            else { return html(HTML.page(title: "غير موجود", body: "<p>لا يوجد هذا المقال.</p>"), status: .notFound) }
            return html(articlePage(article))
        }
    }

    func html(_ text: String, status: HTTPResponse.Status = .ok) -> Response {
        Response(
            status: status, headers: [.contentType: "text/html; charset=utf-8"],
            body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
    }

    func dashboard(_ params: QueryParameters) async throws -> String {
        let query = try params.eventQuery(defaultLimit: 50)
        async let stats = store.stats()
        async let timeline = store.timeline(query)
        var dyadQuery = query
        dyadQuery.limit = 40
        async let dyads = store.dyads(dyadQuery)
        async let events = store.events(query)
        async let stories = store.stories(
            StoryQuery(root: query.root, country: query.country, from: query.from, to: query.to, limit: 10))
        let s = try await stats
        let dyadList = try await dyads
        let eventPage = try await events
        var body = filterForm(params)
        body += """
            <section class="stats"><div><b>\(s.articles)</b>مقال</div><div><b>\(s.events)</b>حدث</div>\
            <div><b>\(s.stories)</b>قصة</div><div><b>\(s.sources)</b>مصدر</div>\
            <div><b>\(eventPage.total)\(eventPage.totalExact ? "" : "+")</b>حدث مطابق</div></section>
            <section><h2>الأحداث عبر الزمن</h2>\(SVGCharts.legend())\(SVGCharts.timeline(try await timeline))</section>
            <section><h2>شبكة الفاعلين</h2>\(SVGCharts.network(dyadList))</section>
            """
        body +=
            "<section><h2>أكثر الثنائيات</h2><table><tr><th>المصدر</th><th>الهدف</th><th>أحداث</th><th>متوسط غولدستين</th></tr>"
        for d in dyadList.prefix(10) {
            body +=
                "<tr class=\"dyad\"><td>\(filterLink(params, "country", d.source))</td>"
                + "<td>\(filterLink(params, "country", d.target))</td><td>\(d.count)</td>"
                + "<td><bdi dir=\"ltr\">\(d.meanGoldstein)</bdi></td></tr>"
        }
        body += "</table></section>"
        body +=
            "<section><h2>القصص</h2><table><tr><th>الجذر</th><th>الثنائي</th><th>التاريخ</th><th>مقالات</th><th>مصادر</th><th>أول تقرير</th></tr>"
        for story in try await stories.items {
            let report =
                story.earliestReport.map {
                    "<a href=\"/articles/\($0.articleID)\">\(HTML.escape($0.source ?? $0.docID))</a> \(HTML.escape($0.published ?? ""))"
                } ?? ""
            body +=
                "<tr class=\"story\"><td><a href=\"/?story=\(story.id)\"><bdi class=\"code\">"
                + "\(HTML.escape(story.root))</bdi></a></td>"
                + "<td><bdi class=\"code\">\(HTML.escape(story.sourceCountry)) → \(HTML.escape(story.targetCountry))</bdi></td>"
                + "<td>\(HTML.escape(story.firstDate ?? "؟"))</td><td>\(story.articleCount)</td>"
                + "<td>\(story.sourceCount)</td><td>\(report)</td></tr>"
        }
        body += "</table></section>"
        body +=
            "<section><h2>الأحداث</h2><table class=\"events\"><tr><th>التاريخ</th><th>المصدر</th><th>الهدف</th><th>الرمز</th><th>الدليل</th></tr>"
        for e in eventPage.items {
            body +=
                "<tr class=\"event q\(e.quadClass)-row\"><td>\(HTML.escape(e.date ?? "؟"))</td>"
                + "<td>\(e.source.map { filterLink(params, "actor", $0.code) } ?? "—")</td>"
                + "<td>\(e.target.map { filterLink(params, "actor", $0.code) } ?? "—")</td>"
                + "<td>\(filterLink(params, "code", e.code))</td>"
                + "<td><a class=\"evidence\" href=\"/articles/\(e.articleID)#s\(e.sentenceIndex)\">"
                + EvidenceMarkup.html(sentence: e.sentence, events: [e]) + "</a></td></tr>"
        }
        body += "</table>\(pager(params, eventPage))</section>"
        return HTML.page(title: "لوحة الأحداث", body: body)
    }

    /// A code that links to the dashboard with `key` set to it (other filters kept, back to the first page).
    func filterLink(_ p: QueryParameters, _ key: String, _ code: String) -> String {
        "<a class=\"filter\" href=\"\(p.link([key: code, "offset": nil]))\"><bdi class=\"code\">\(HTML.escape(code))</bdi></a>"
    }

    /// «events 51–100 of 2,804», with links to the pages before and after (filters kept).
    func pager(_ p: QueryParameters, _ page: Page<StoredEvent>) -> String {
        guard !page.items.isEmpty else { return "<p class=\"pager muted\">لا أحداث مطابقة.</p>" }
        let first = page.offset + 1
        let last = page.offset + page.items.count
        let more = last < page.total || !page.totalExact
        var html = "<p class=\"pager\">"
        if page.offset > 0 {
            let previous = max(0, page.offset - max(page.limit, 1))
            html +=
                "<a rel=\"prev\" href=\"\(p.link(["offset": previous == 0 ? nil : String(previous)]))\">→ السابق</a> "
        }
        html += "الأحداث <bdi>\(first)–\(last)</bdi> من <bdi>\(page.total)\(page.totalExact ? "" : "+")</bdi>"
        if more && page.limit > 0 {
            html += " <a rel=\"next\" href=\"\(p.link(["offset": String(last)]))\">التالي ←</a>"
        }
        return html + "</p>"
    }

    func filterForm(_ p: QueryParameters) -> String {
        func field(_ name: String, _ label: String, _ placeholder: String = "") -> String {
            "<label>\(label)<input name=\"\(name)\" value=\"\(HTML.escape(p[name] ?? ""))\" placeholder=\"\(placeholder)\"></label>"
        }
        return "<form class=\"filters\" method=\"get\" action=\"/\">" + field("q", "بحث في النص")
            + field("actor", "فاعل", "IRNGOV") + field("country", "بلد", "IRN") + field("root", "جذر", "05")
            + field("quad_class", "الفئة", "1-4") + field("from", "من", "YYYY-MM-DD") + field("to", "إلى", "YYYY-MM-DD")
            + field("source", "المصدر") + "<button type=\"submit\">عرض</button></form>"
    }

    func articlePage(_ a: StoredArticle) -> String {
        let events = a.events ?? []
        var body = "<section><h1>\(HTML.escape(a.title ?? a.docID))</h1><p class=\"muted\">"
        body += [a.source, a.published, a.docID].compactMap { $0 }.map { HTML.escape($0) }.joined(separator: " · ")
        if let dateline = a.dateline { body += " · <span class=\"dateline\">\(HTML.escape(dateline))</span>" }
        if let url = a.url, url.hasPrefix("http://") || url.hasPrefix("https://") {
            body += " · <a href=\"\(HTML.escape(url))\" rel=\"noopener noreferrer\">الأصل</a>"
        }
        body += "</p></section><section class=\"article-text\">"
        for s in a.sentences ?? [] {
            let here = events.filter { $0.sentenceIndex == s.index }
            let cls = here.isEmpty ? "sentence" : "sentence has-event"
            body += "<p id=\"s\(s.index)\" class=\"\(cls)\">\(EvidenceMarkup.html(sentence: s.text, events: here))</p>"
        }
        body +=
            "</section><section><h2>الأحداث</h2><table><tr><th>الرمز</th><th>المصدر</th><th>الهدف</th><th>التاريخ</th><th>المكان</th><th>القاعدة</th><th>الثقة</th></tr>"
        for e in events {
            body +=
                "<tr class=\"event\"><td><bdi class=\"code\">\(HTML.escape(e.code))</bdi></td>"
                + "<td>\(HTML.escape(e.source?.text ?? "—")) <bdi class=\"code\">\(HTML.escape(e.source?.code ?? ""))</bdi></td>"
                + "<td>\(HTML.escape(e.target?.text ?? "—")) <bdi class=\"code\">\(HTML.escape(e.target?.code ?? ""))</bdi></td>"
                + "<td>\(HTML.escape(e.date ?? "؟")) (\(HTML.escape(e.datePrecision)))</td>"
                + "<td>\(HTML.escape(e.location?.name ?? ""))</td><td><code>\(HTML.escape(e.rule))</code></td>"
                + "<td>\(e.confidence)</td></tr>"
        }
        body += "</table><p class=\"muted\">\(HTML.escape((a.provenance ?? []).joined(separator: " → ")))</p></section>"
        return HTML.page(title: a.title ?? a.docID, body: body)
    }
}
