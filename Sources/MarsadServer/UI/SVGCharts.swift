import Foundation
import MarsadStore

/// Server-side SVG charts: the timeline by QuadClass and the actor network. Every mark has a class
/// (`mark`, `q1`…`q4`, `node`, `edge`) so that tests and the browser check can count them.
enum SVGCharts {
    static let quadNames = [1: "تعاون لفظي", 2: "تعاون مادي", 3: "صراع لفظي", 4: "صراع مادي"]

    /// Stacked bars: one per period, one segment per QuadClass.
    static func timeline(_ buckets: [TimelineBucket], width: Int = 1000, height: Int = 220) -> String {
        let periods = Array(Set(buckets.map(\.period))).sorted()
        guard !periods.isEmpty else { return #"<p class="muted">لا أحداث مؤرخة.</p>"# }
        var totals: [String: Int] = [:]
        for b in buckets { totals[b.period, default: 0] += b.count }
        let maxTotal = max(1, totals.values.max() ?? 1)
        let left = 40
        let bottom = 30
        let plotH = height - bottom - 10
        let slot = Double(width - left - 10) / Double(periods.count)
        let barW = max(1.0, slot * 0.8)
        // NB: the SVG is drawn left to right (time runs left to right even in an RTL page).
        var svg = """
            <svg xmlns="http://www.w3.org/2000/svg" class="timeline" viewBox="0 0 \(width) \(height)" \
            width="100%" direction="ltr" role="img" aria-label="الأحداث عبر الزمن حسب الفئة">
            <line x1="\(left)" y1="\(10 + plotH)" x2="\(width - 10)" y2="\(10 + plotH)" stroke="#999"/>
            <text x="\(left - 4)" y="16" font-size="11" text-anchor="end">\(maxTotal)</text>
            """
        for (i, period) in periods.enumerated() {
            let x = Double(left) + Double(i) * slot + (slot - barW) / 2
            var y = Double(10 + plotH)
            for quad in 1...4 {
                let count = buckets.first { $0.period == period && $0.quadClass == quad }?.count ?? 0
                guard count > 0 else { continue }
                let h = Double(plotH) * Double(count) / Double(maxTotal)
                y -= h
                svg += """
                    <rect class="mark q\(quad)" x="\(fmt(x))" y="\(fmt(y))" width="\(fmt(barW))" height="\(fmt(h))">\
                    <title>\(HTML.escape(period)) — \(quadNames[quad] ?? ""): \(count)</title></rect>

                    """
            }
            let labelEvery = max(1, periods.count / 12)
            if i % labelEvery == 0 {
                svg += """
                    <text x="\(fmt(x + barW / 2))" y="\(height - 10)" font-size="10" text-anchor="middle">\
                    \(HTML.escape(period))</text>

                    """
            }
        }
        return svg + "</svg>"
    }

    static func legend() -> String {
        "<p class=\"legend\">"
            + (1...4).map { "<span class=\"q\($0)\"></span>\(quadNames[$0] ?? "")" }.joined(separator: " ") + "</p>"
    }

    /// The actor network: countries (and IGOs) on a circle, one edge per dyad, width by count, colour by
    /// mean Goldstein score (green cooperative, red hostile).
    static func network(_ dyads: [DyadCount], size: Int = 520) -> String {
        var weight: [String: Int] = [:]
        for d in dyads {
            weight[d.source, default: 0] += d.count
            weight[d.target, default: 0] += d.count
        }
        let nodes = weight.keys.sorted { (weight[$0]!, $1) > (weight[$1]!, $0) }.prefix(24)
        guard !nodes.isEmpty else { return #"<p class="muted">لا علاقات بين فاعلين معروفين.</p>"# }
        let center = Double(size) / 2
        let radius = center - 60
        var position: [String: (Double, Double)] = [:]
        for (i, n) in nodes.enumerated() {
            let angle = 2 * Double.pi * Double(i) / Double(nodes.count) - Double.pi / 2
            position[n] = (center + radius * cos(angle), center + radius * sin(angle))
        }
        let maxCount = max(1, dyads.map(\.count).max() ?? 1)
        var svg = """
            <svg xmlns="http://www.w3.org/2000/svg" class="network" viewBox="0 0 \(size) \(size)" width="\(size)" \
            direction="ltr" role="img" aria-label="شبكة الفاعلين">
            <defs><marker id="arrow" viewBox="0 0 10 10" refX="22" refY="5" markerUnits="userSpaceOnUse" markerWidth="9" markerHeight="9" \
            orient="auto"><path d="M0,0 L10,5 L0,10 z" fill="#666"/></marker></defs>

            """
        for d in dyads {
            guard let a = position[d.source], let b = position[d.target], d.source != d.target else { continue }
            let w = 1 + 5 * Double(d.count) / Double(maxCount)
            let color = d.meanGoldstein >= 0 ? "#2a9d8f" : "#e63946"
            svg += """
                <line class="edge" x1="\(fmt(a.0))" y1="\(fmt(a.1))" x2="\(fmt(b.0))" y2="\(fmt(b.1))" \
                stroke="\(color)" stroke-opacity="0.7" stroke-width="\(fmt(w))" marker-end="url(#arrow)">\
                <title>\(HTML.escape(d.source)) → \(HTML.escape(d.target)): \(d.count)</title></line>

                """
        }
        let maxWeight = Double(weight.values.max() ?? 1)
        for n in nodes {
            let (x, y) = position[n]!
            let r = 6 + 12 * Double(weight[n]!) / maxWeight
            svg += """
                <a href="/?country=\(HTML.query(n))"><circle class="node" cx="\(fmt(x))" cy="\(fmt(y))" r="\(fmt(r))" \
                fill="#457b9d"><title>\(HTML.escape(n)): \(weight[n]!)</title></circle>\
                <text x="\(fmt(x))" y="\(fmt(y - r - 4))" font-size="12" text-anchor="middle">\(HTML.escape(n))</text></a>

                """
        }
        return svg + "</svg>"
    }

    static func fmt(_ v: Double) -> String { String(format: "%.1f", v) }
}
