import MarsadCore

/// Groups events into stories: same CAMEO root, same country-level dyad (unordered for the symmetric roots
/// 04, 05, 06), event dates within `windowDays` of the story's first date, and compatible places (the same
/// location country, or one of them unknown).
///
/// ```swift
/// let groups = StoryClusterer(windowDays: 3).cluster(items)  // [[index into items]]
/// ```
///
/// Each story starts at its earliest event, so a chain of reports a day apart cannot grow a story without
/// bound. Undated events, and events with neither actor known, are stories of their own.
public struct StoryClusterer: Sendable {
    /// What clustering needs of an event.
    public struct Item: Sendable, Hashable {
        public var root: String
        public var source: String
        public var target: String
        /// Days since 1970-01-01, or nil when undated.
        public var day: Int?
        public var locationCountry: String?

        public init(root: String, source: String, target: String, day: Int?, locationCountry: String?) {
            self.root = root
            self.source = source
            self.target = target
            self.day = day
            self.locationCountry = locationCountry
        }
    }

    public var windowDays: Int

    public init(windowDays: Int = 3) {
        self.windowDays = max(0, windowDays)
    }

    private struct Key: Hashable {
        var root: String
        var a: String
        var b: String
    }

    private struct Open {
        var group: Int
        var firstDay: Int
        var country: String?
    }

    /// The stories, as lists of indices into `items`, each in input order; stories ordered by first index.
    public func cluster(_ items: [Item]) -> [[Int]] {
        var groups: [[Int]] = []
        var byKey: [Key: [Int]] = [:]
        for (i, item) in items.enumerated() {
            guard item.day != nil, item.source != "---" || item.target != "---" else {
                groups.append([i])
                continue
            }
            let symmetric = EventCode(code: item.root, name: "", quadClass: 0, goldstein: 0, plover: .init(type: ""))
                .isSymmetric
            let (a, b) =
                symmetric && item.target < item.source ? (item.target, item.source) : (item.source, item.target)
            byKey[Key(root: item.root, a: a, b: b), default: []].append(i)
        }
        for members in byKey.values {
            let sorted = members.sorted { (items[$0].day!, $0) < (items[$1].day!, $1) }
            var open: [Open] = []
            for i in sorted {
                let item = items[i]
                let day = item.day!
                open.removeAll { day - $0.firstDay > windowDays }
                if let k = open.firstIndex(where: {
                    $0.country == nil || item.locationCountry == nil || $0.country == item.locationCountry
                }) {
                    groups[open[k].group].append(i)
                    if open[k].country == nil { open[k].country = item.locationCountry }
                } else {
                    open.append(Open(group: groups.count, firstDay: day, country: item.locationCountry))
                    groups.append([i])
                }
            }
        }
        return groups.map { $0.sorted() }.sorted { $0[0] < $1[0] }
    }
}
