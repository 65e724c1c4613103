/// An open-addressing hash table from form hashes to lists of entry ids, built once and then read-only.
///
/// ```swift
/// var builder = FormTable.Builder()
/// builder.add(FormHash.hash("ايران"), entry: 7)
/// let table = builder.build()
/// table.entries(for: FormHash.hash("ايران"))  // [7]
/// ```
///
/// NB: the keys are already FNV-1a hashes, so the table indexes by their low bits directly instead of
/// hashing them again (Swift's `Dictionary` runs SipHash on every probe: the lexicon lookup was the
/// hottest path of the coder).
public struct FormTable: Sendable {
    /// A key (0: empty) with the start and count of its entries in `postings`. NB: one array of slots, not
    /// three arrays: a hit then reads one cache line, not three.
    @usableFromInline
    struct Slot: Sendable {
        @usableFromInline var key: UInt64
        @usableFromInline var start: Int32
        @usableFromInline var count: Int32
    }
    // NB: `@usableFromInline`, so that the lookups below are inlined into the other modules' per-token loops (a
    // call per probe was a fiftieth of the coder's time).
    @usableFromInline var slots: [Slot]
    @usableFromInline var postings: [Int32]
    @usableFromInline var mask: Int
    /// A blocked Bloom filter over the keys: the high bits of a hash pick one 64-bit word, and two bits of that
    /// word, read from the hash's middle bits, are set for every key. Most probes are for words that are not
    /// keys, and this small bitset answers them without touching `slots`, which for the big lexicons is
    /// megabytes and missed the cache on nearly every probe (45% of the phrase matcher's time went to that one
    /// load). NB: two bits in one word cost one load, as one bit did, and let about 1.5% of absent words through
    /// where one bit let 6% (at 16 bits a key).
    @usableFromInline var filter: [UInt64]
    @usableFromInline var filterShift: UInt64

    /// The two filter bits of a key: bits 32–37 and 38–43 of the hash (the word index takes the top bits, the
    /// slot index the low ones).
    @inlinable @inline(__always)
    static func filterMask(_ key: UInt64) -> UInt64 {
        (1 &<< ((key >> 32) & 63)) | (1 &<< ((key >> 38) & 63))
    }

    public struct Builder: Sendable {
        var pairs: [(UInt64, Int32)] = []
        public init() {}
        public mutating func add(_ hash: UInt64, entry: Int32) { pairs.append((hash, entry)) }

        public func build() -> FormTable {
            let sorted = pairs.sorted { $0.0 != $1.0 ? $0.0 < $1.0 : $0.1 < $1.1 }
            var distinct = 0
            var previous: UInt64?
            for (h, _) in sorted where h != previous {
                distinct += 1
                previous = h
            }
            var capacity = 16
            while capacity < distinct * 2 { capacity <<= 1 }
            // About 16 filter bits per key, at least one 64-bit word; `filterShift` leaves the bits of the word
            // index (at most 2^20 words, so the top bits never reach the two filter bits below them).
            var filterWords = 1
            var filterLog: UInt64 = 0
            while filterWords * 64 < distinct * 16 && filterLog < 20 {
                filterWords <<= 1
                filterLog += 1
            }
            var table = FormTable(
                slots: [Slot](repeating: Slot(key: 0, start: 0, count: 0), count: capacity), postings: [],
                mask: capacity - 1,
                filter: [UInt64](repeating: 0, count: filterWords), filterShift: 64 - filterLog)
            var i = 0
            while i < sorted.count {
                let h = sorted[i].0
                let start = table.postings.count
                var last: Int32 = -1
                while i < sorted.count && sorted[i].0 == h {
                    if sorted[i].1 != last { table.postings.append(sorted[i].1) }
                    last = sorted[i].1
                    i += 1
                }
                let key = h == 0 ? 1 : h  // 0 marks an empty slot
                var slot = Int(truncatingIfNeeded: key) & table.mask
                while table.slots[slot].key != 0 { slot = (slot + 1) & table.mask }
                table.slots[slot] = Slot(key: key, start: Int32(start), count: Int32(table.postings.count - start))
                table.filter[table.filterWord(key)] |= FormTable.filterMask(key)
            }
            return table
        }
    }

    public init() {
        self = Builder().build()
    }

    private init(slots: [Slot], postings: [Int32], mask: Int, filter: [UInt64], filterShift: UInt64) {
        self.slots = slots
        self.postings = postings
        self.mask = mask
        self.filter = filter
        self.filterShift = filterShift
    }

    /// The filter word of a key: its top bits (0 when the filter is one word: `>>` by 64 gives 0).
    @inlinable @inline(__always)
    func filterWord(_ key: UInt64) -> Int { Int(truncatingIfNeeded: key >> filterShift) }

    /// The slot of a hash, or nil when absent.
    @inlinable @inline(__always)
    func slot(_ hash: UInt64) -> Int? {
        let key = hash == 0 ? 1 : hash
        let bits = FormTable.filterMask(key)
        guard filter[filterWord(key)] & bits == bits else { return nil }
        var slot = Int(truncatingIfNeeded: key) & mask
        while true {
            let k = slots[slot].key
            if k == key { return slot }
            if k == 0 { return nil }
            slot = (slot + 1) & mask
        }
    }

    @inlinable @inline(__always)
    public func contains(_ hash: UInt64) -> Bool { slot(hash) != nil }

    /// Where the entry ids of a hash are: a start and count for ``posting(_:)`` (count 0 when absent).
    @inlinable @inline(__always)
    public func postings(for hash: UInt64) -> (Int, Int) {
        guard let s = slot(hash) else { return (0, 0) }
        return (Int(slots[s].start), Int(slots[s].count))
    }

    @inlinable @inline(__always)
    public func posting(_ i: Int) -> Int { Int(postings[i]) }

    /// How many postings the table holds (``posting(_:)`` takes `0..<postingCount`).
    public var postingCount: Int { postings.count }

    /// The entry ids stored under a hash (empty when absent).
    @inlinable @inline(__always)
    public func entries(for hash: UInt64) -> ArraySlice<Int32> {
        guard let s = slot(hash) else { return [] }
        let start = Int(slots[s].start)
        return postings[start..<start + Int(slots[s].count)]
    }
}
