import Testing

@testable import MarsadText

@Suite struct FormTableTests {
    static func table(_ words: [String]) -> FormTable {
        var builder = FormTable.Builder()
        for (i, w) in words.enumerated() { builder.add(FormHash.hash(w), entry: Int32(i)) }
        return builder.build()
    }

    @Test func keysGiveTheirEntriesInOrderOnce() {
        var builder = FormTable.Builder()
        builder.add(FormHash.hash("ايران"), entry: 7)
        builder.add(FormHash.hash("روسيا"), entry: 2)
        builder.add(FormHash.hash("ايران"), entry: 3)
        builder.add(FormHash.hash("ايران"), entry: 7)
        let table = builder.build()
        #expect(Array(table.entries(for: FormHash.hash("ايران"))) == [3, 7])
        #expect(Array(table.entries(for: FormHash.hash("روسيا"))) == [2])
        #expect(table.entries(for: FormHash.hash("مصر")).isEmpty)
        #expect(table.postings(for: FormHash.hash("مصر")) == (0, 0))
        #expect(table.postingCount == 3)
    }

    @Test func anEmptyTableHoldsNothing() {
        let table = FormTable()
        #expect(!table.contains(FormHash.hash("ايران")))
        #expect(!table.contains(0))
    }

    @Test func theHashZeroIsAKeyLikeAnyOther() {
        var builder = FormTable.Builder()
        builder.add(0, entry: 1)
        let table = builder.build()
        #expect(table.contains(0))
        #expect(Array(table.entries(for: 0)) == [1])
    }

    /// Small and large tables (one filter word, many): every key is found, no absent word is.
    @Test(arguments: [1, 3, 200, 20_000])
    func everyKeyIsFoundAndNoOtherWord(count: Int) {
        let words = (0..<count).map { "كلمة\($0)" }
        let table = Self.table(words)
        for (i, w) in words.enumerated() {
            #expect(Array(table.entries(for: FormHash.hash(w))) == [Int32(i)])
        }
        for i in 0..<2_000 { #expect(!table.contains(FormHash.hash("غائبة\(i)"))) }
    }

    /// The filter answers most probes for absent words without reading the slots: with two bits a key in one
    /// word, about 1.5% of them pass it (a single bit let about 6% through).
    @Test func theFilterLetsFewAbsentWordsThrough() {
        let table = Self.table((0..<50_000).map { "مفتاح\($0)" })
        var passed = 0
        let probes = 100_000
        for i in 0..<probes {
            let key = FormHash.hash("ليست\(i)")
            let bits = FormTable.filterMask(key)
            if table.filter[table.filterWord(key)] & bits == bits { passed += 1 }
        }
        #expect(Double(passed) / Double(probes) < 0.03, "\(passed) of \(probes) absent words passed the filter")
    }
}
