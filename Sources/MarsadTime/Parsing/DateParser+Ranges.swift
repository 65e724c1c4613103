import MarsadCore

/// Ranges: «من 3 حتى 12 سبتمبر», «بين 2 و7 فبراير 2018», «من 2014 إلى 2018», «شهر نوفمبر بين 19 و20».
///
/// A range's value is its first day and its precision that of its first part; `start` and `end` are the
/// first day of the first part and the last day of the second.
extension DateParser {
    /// «من X إلى Y», «بين X و Y», «X حتى Y», where Y is a full date and X a full date or a bare day that
    /// takes Y's month and year.
    func range(at i: Int) -> DateCandidate? {
        let between = marker(.between, at: i)
        let opener = between ?? marker(.of, at: i)
        let k = opener ?? i
        guard k < tokens.count else { return nil }
        // Years: «من 2014 إلى 2018», «بين 2014 و2018».
        if let (y1, n1) = yearNumber(at: k), let after = connector(at: n1, between: between != nil),
            opener != nil || marker(.to, at: n1) != nil,
            let (y2, n2) = yearNumber(at: after), y1 < y2
        {
            let first = ResolvedDate.year(y1)
            return candidate(
                i, n2,
                ResolvedDate(value: first.start, precision: .year, start: first.start, end: ResolvedDate.year(y2).end))
        }
        let full = dayMonth(at: k) ?? monthDay(at: k) ?? weekday(at: k, afterYawm: false)
        var bare: (Int, next: Int)?
        if full == nil, tokens[k].kind == .number || lexemes[k] != nil { bare = dayOfMonth(at: k) }
        guard full != nil || bare != nil else { return nil }
        let firstEnd = full.map { endToken(of: $0, from: k) } ?? bare!.next
        guard let after = connector(at: firstEnd, between: between != nil),
            opener != nil || marker(.to, at: firstEnd) != nil,
            let second = dayMonth(at: after) ?? monthDay(at: after) ?? weekday(at: after, afterYawm: false)
        else { return nil }
        let from: ResolvedDate
        if let full {
            from = full.date
        } else {
            let day = bare!.0
            let month = second.date.start
            guard day <= CalendarDate.daysIn(month: month.month, year: month.year) else { return nil }
            from = .day(CalendarDate(year: month.year, month: month.month, day: day))
        }
        // «من 21 يونيو 2013 حتى 14 أغسطس»: a second day without its own year is in the first one's year (or the
        // next, when it comes earlier in the calendar).
        var end = second.date.end
        if full != nil, names(year: from.start.year, k..<firstEnd),
            second.date.precision == .day, !(after..<endToken(of: second, from: after)).contains(where: isYear)
        {
            func inYear(_ y: Int) -> CalendarDate {
                CalendarDate(
                    year: y, month: end.month, day: min(end.day, CalendarDate.daysIn(month: end.month, year: y)))
            }
            let y = from.start.year
            end = inYear(y) < from.start ? inYear(y + 1) : inYear(y)
        }
        guard from.start <= end else { return nil }
        return DateCandidate(
            range: candidate(i, k + 1, from).range.lowerBound..<second.range.upperBound,
            date: ResolvedDate(value: from.start, precision: from.precision, start: from.start, end: end))
    }

    /// «شهر نوفمبر بين 19 و20», «يونيو من 3 إلى 5»: a month, then a range of its days.
    func monthRange(at i: Int) -> DateCandidate? {
        guard let month = monthOnly(at: i) else { return nil }
        let n = endToken(of: month, from: i)
        let between = marker(.between, at: n)
        guard let k = between ?? marker(.of, at: n), let (d1, n1) = dayOfMonth(at: k),
            let after = connector(at: n1, between: between != nil), let (d2, n2) = dayOfMonth(at: after), d1 < d2
        else { return nil }
        let m = month.date.start
        guard d2 <= CalendarDate.daysIn(month: m.month, year: m.year) else { return nil }
        let from = CalendarDate(year: m.year, month: m.month, day: d1)
        let to = CalendarDate(year: m.year, month: m.month, day: d2)
        return candidate(i, n2, ResolvedDate(value: from, precision: .day, start: from, end: to))
    }

    /// Whether the tokens write the Gregorian year `year` («2013»، «2013م»).
    private func names(year: Int, _ tokens: Range<Int>) -> Bool {
        tokens.contains { yearNumber(at: $0)?.0 == year }
    }

    /// Whether a four-digit year of any calendar starts at token `i`.
    private func isYear(_ i: Int) -> Bool { eraYear(at: i) != nil }

    /// The token after a range's connector at `i`: «و» or «-» after «بين»; «إلى», «حتى» or «-» otherwise.
    func connector(at i: Int, between: Bool) -> Int? {
        guard i < tokens.count else { return nil }
        if between && tokens[i].kind == .word {
            return tokens[i].key == Keys.waw ? i + 1 : nil
        }
        if let next = marker(.to, at: i) { return next }
        return isMark(i, DateToken.key("-")) ? i + 1 : nil
    }

    /// The token after the last one a candidate starting at token `i` covers.
    func endToken(of c: DateCandidate, from i: Int) -> Int {
        var k = i
        while k < tokens.count && tokens[k].start < c.range.upperBound { k += 1 }
        return k
    }
}
