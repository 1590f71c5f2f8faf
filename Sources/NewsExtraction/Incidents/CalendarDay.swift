import NewsText

/// A day of the proleptic Gregorian calendar, counted from 1970-01-01, with the arithmetic date resolution
/// needs: what Foundation's Gregorian calendar in UTC computes (weeks start on Sunday, week 1 holds
/// January 1), in a few integer operations.
///
/// Days are the civil-from-days algorithms of Howard Hinnant ("chrono-Compatible Low-Level Date
/// Algorithms"). Foundation switches to the Julian calendar before 1582-10-15, so only later days agree;
/// the article dates ``DateParser`` reads are 1900–2100.
struct CalendarDay: Comparable {
    /// Days since 1970-01-01.
    let number: Int

    init(number: Int) { self.number = number }

    /// Day `day` of `month` of `year`. Months and days out of range roll over as Foundation's do: month 13
    /// is January of the next year, February 30 is March 1 or 2, day 0 is the last day of the month before.
    init(year: Int, month: Int, day: Int) {
        let months = month - 1
        let year = year + months.floorDivided(by: 12)
        let month = months - 12 * months.floorDivided(by: 12) + 1
        // Years start on March 1, so that February's length only matters at a year's end.
        let y = month <= 2 ? year - 1 : year
        let era = y.floorDivided(by: 400)
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        number = era * 146_097 + dayOfEra - 719_468 + day - 1
    }

    static func < (lhs: CalendarDay, rhs: CalendarDay) -> Bool { lhs.number < rhs.number }

    /// Year, month (1–12) and day of the month.
    var components: (year: Int, month: Int, day: Int) {
        let shifted = number + 719_468
        let era = shifted.floorDivided(by: 146_097)
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
        let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    /// The day of the week, 0 for Sunday through 6 for Saturday (1970-01-01 was a Thursday).
    var weekday: Int { (number + 4).floorModulo(7) }

    /// The day `days` later (earlier when negative).
    func adding(days: Int) -> CalendarDay { CalendarDay(number: number + days) }

    /// `YYYY-MM-DD`.
    var iso: String {
        let (year, month, day) = components
        return DateParser.format(year, month, day)
    }

    /// The week-numbering year and week (1–53) as Foundation's Gregorian calendar counts them: weeks run
    /// Sunday to Saturday, and week 1 of a year is the one that holds its January 1.
    var week: (year: Int, week: Int) {
        let year = components.year
        let next = Self.firstWeekStart(of: year + 1)
        let start = self >= next ? next : Self.firstWeekStart(of: year)
        return (self >= next ? year + 1 : year, (number - start.number) / 7 + 1)
    }

    /// The Sunday that starts week 1 of `year`: the one on or before its January 1.
    private static func firstWeekStart(of year: Int) -> CalendarDay {
        let january1 = CalendarDay(year: year, month: 1, day: 1)
        return january1.adding(days: -january1.weekday)
    }
}

extension Int {
    /// The quotient rounded toward minus infinity.
    fileprivate func floorDivided(by divisor: Int) -> Int {
        let quotient = self / divisor
        return (self % divisor != 0 && (self < 0) != (divisor < 0)) ? quotient - 1 : quotient
    }

    /// The remainder of ``floorDivided(by:)``, with the divisor's sign.
    fileprivate func floorModulo(_ divisor: Int) -> Int { self - divisor * floorDivided(by: divisor) }
}
