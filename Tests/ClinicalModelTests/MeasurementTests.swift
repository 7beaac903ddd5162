import Testing
@testable import ClinicalModel

@Suite struct MeasurementTests {
    @Test func singleValue() {
        #expect(Measurement(17.42).value == 17.42)
        #expect(Measurement(17.42).form == .single)
    }

    @Test func roiMean() {
        let m = Measurement(rois: [10, 20, 30])
        #expect(m.value == 20)
        #expect(m.readingCount == 3)
    }

    @Test func observersAreAveragedPerObserverThenAcross() {
        // Observer 1: mean(10, 20) = 15; observer 2: 30 → (15 + 30) / 2 = 22.5, not mean of all (20).
        let m = Measurement(observers: [[10, 20], [30]])
        #expect(m.value == 22.5)
    }
}

@Suite struct CalendarDateTests {
    @Test(arguments: ["2025-02-30", "2025-13-01", "25-01-01", "2025-1-01", "2025/01/01", "", "2025-01-01T00:00"])
    func rejectsInvalid(_ text: String) {
        #expect(CalendarDate(iso: text) == nil)
    }

    @Test func parsesAndPrints() throws {
        let d = try #require(CalendarDate(iso: "2024-02-29"))
        #expect(d.description == "2024-02-29")
        #expect(d.daysSinceEpoch == 19_782)
        #expect(try #require(CalendarDate(iso: "1970-01-01")).daysSinceEpoch == 0)
    }

    @Test func ordersAndSubtracts() throws {
        let a = try #require(CalendarDate(iso: "2024-12-31"))
        let b = try #require(CalendarDate(iso: "2025-03-01"))
        #expect(a < b)
        #expect(a.days(until: b) == 60)
    }
}
