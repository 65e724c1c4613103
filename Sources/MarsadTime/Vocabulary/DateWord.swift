/// One meaning a phrase of `dates.ar.txt` carries: «يونيو» is `.month(6, calendar: .gregorian, ambiguous: false)`.
///
/// ```swift
/// let words = vocabulary.lookup("الماضي")  // [.relative(.past, prefix: false)]
/// ```
///
/// A phrase may carry several meanings («عام» is both a unit and the word that introduces a year); the
/// grammar in ``DateParser`` asks for the one it needs.
enum DateWord: Hashable, Sendable {
    /// Which way a qualifier points from the reference date.
    enum Direction: String, Hashable, Sendable {
        case past, next, current
    }

    /// A calendar unit.
    enum Unit: String, Hashable, Sendable {
        case day, week, month, year
        /// «العقد الماضي»، «عقدين»: ten years, counted from the reference (see ``DateParser/period(_:step:)``).
        case decade
    }

    /// How many units a unit word stands for.
    enum Quantity: Hashable, Sendable {
        /// «يوم»، «الأسبوع»
        case one
        /// «يومين»، «الأسبوعين»
        case dual
        /// «أيام»، «الأشهر»: needs a number.
        case plural
    }

    /// A part of a period.
    enum Part: String, Hashable, Sendable {
        case start, middle, end
        /// From the reference to the end of the period («بقية العام»).
        case rest
    }

    /// Function words the grammar uses.
    enum Marker: String, Hashable, Sendable {
        /// «عام»، «سنة» before a year number.
        case year
        /// «في» before a date.
        case `in`
        /// «قبل»، «منذ»: so many units before the reference.
        case ago
        /// «بعد»: so many units after the reference.
        case after
        /// «من» in «الثالث من يوليو».
        case of
        /// «يوم» before a weekday or a date.
        case yawm
        /// «خلال» before a period.
        case within
        /// «شهر» before a month name.
        case month
        /// «بين» before a range («بين 3 و5 يوليو»).
        case between
        /// «إلى»، «حتى»: the end of a range.
        case to
        /// «الأخير»: the last week or quarter of a period.
        case last
        /// «الآن»: «بعد أسبوعين من الآن» counts from the reference.
        case now
        /// «التالي»، «السابق»: a day counted from the time of the story told, not from the reference
        /// («في اليوم التالي» is the day after the last event told).
        case story
        /// «القرن» before its ordinal or qualifier: «ثمانينيات القرن الماضي».
        case century
        /// «نحو»، «حوالي»، «أكثر من» before a count: «قبل نحو شهر» is still a month ago.
        case about
    }

    case month(Int, calendar: CalendarSystem, ambiguous: Bool)
    case weekday(Int, needsYawm: Bool)
    case day(Int)
    case relative(Direction, prefix: Bool)
    case unit(Unit, Quantity, definite: Bool)
    case part(Part)
    case number(Int)
    case ordinal(Int)
    case marker(Marker)
    /// After «اليوم», makes it not mean today («اليوم التالي»، «اليوم نفسه»).
    case blocker
    /// Right before «اليوم», makes the two a name, not today: the Saudi news site «عين اليوم» («عين اليوم –
    /// متابعات»، «وقال لـ"عين اليوم"»).
    case masthead
    /// A yearly day: «عيد الميلاد» (25 December), «عيد الفطر» (1 Shawwal).
    case holiday(Holiday)
    /// A fraction of a year: «الربع» (4), «النصف» (2), «الثلث» (3).
    case fraction(Int)
    /// A decade: «السبعينيات» (70).
    case decade(Int)
}
