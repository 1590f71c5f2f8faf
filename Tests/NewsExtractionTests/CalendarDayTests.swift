import Foundation
import Testing
@testable import NewsExtraction

/// ``CalendarDay`` computes what Foundation's Gregorian calendar in UTC computes, which `DateResolver` used.
@Suite struct CalendarDayTests {
    static let calendar: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? .current
        return calendar
    }()

    /// Every day from 1900 to 2100: date, weekday and week-numbering year and week.
    @Test func agreesWithFoundationOnEveryDay() throws {
        let first = try #require(Self.calendar.date(from: DateComponents(year: 1900, month: 1, day: 1)))
        let firstDay = CalendarDay(year: 1900, month: 1, day: 1)
        #expect(firstDay.number == Int(first.timeIntervalSince1970 / 86_400))
        for offset in 0..<(201 * 366) {
            let date = first.addingTimeInterval(Double(offset) * 86_400)
            let expected = Self.calendar.dateComponents([.year, .month, .day, .weekday, .yearForWeekOfYear, .weekOfYear], from: date)
            let day = firstDay.adding(days: offset)
            let (year, month, dayOfMonth) = day.components
            #expect(year == expected.year && month == expected.month && dayOfMonth == expected.day)
            #expect(day.weekday + 1 == expected.weekday)
            #expect(day.week.year == expected.yearForWeekOfYear && day.week.week == expected.weekOfYear)
            #expect(CalendarDay(year: year, month: month, day: dayOfMonth) == day)
        }
    }

    /// Months and days out of range roll over as Foundation's do.
    @Test(arguments: [(2024, 2, 30), (2023, 2, 29), (2023, 2, 31), (2024, 13, 1), (2024, 0, 0), (2024, -1, 15),
                      (2024, 4, 31), (2000, 2, 29), (1900, 2, 29), (2100, 12, 32), (2024, 25, 40)])
    func rollsOverAsFoundationDoes(year: Int, month: Int, day: Int) throws {
        let date = try #require(Self.calendar.date(from: DateComponents(year: year, month: month, day: day)))
        #expect(CalendarDay(year: year, month: month, day: day).number == Int((date.timeIntervalSince1970 / 86_400).rounded(.down)))
    }
}
