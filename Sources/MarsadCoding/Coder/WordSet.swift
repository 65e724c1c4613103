/// A small set of word hashes (folded forms) with a fast membership test: a sorted array searched by
/// halves. The hashes are already well mixed (FNV-1a), so no further hashing is needed; a `Set<UInt64>`
/// would run SipHash for every lookup, and the coder looks words up for every token around every trigger.
struct WordSet: Sendable {
    private var sorted: [UInt64]

    init(_ hashes: some Sequence<UInt64>) {
        sorted = Array(Set(hashes)).sorted()
    }

    var isEmpty: Bool { sorted.isEmpty }

    @inline(__always)
    func contains(_ h: UInt64) -> Bool {
        var lo = 0
        var hi = sorted.count
        while lo < hi {
            let mid = (lo + hi) >> 1
            let v = sorted[mid]
            if v == h { return true }
            if v < h { lo = mid + 1 } else { hi = mid }
        }
        return false
    }
}
