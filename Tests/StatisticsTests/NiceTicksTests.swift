import Testing
@testable import Statistics
import TestSupport

/// Tick values at nice numbers (Heckbert 1990).
@Suite struct NiceTicksTests {
    @Test(arguments: [
        (0.0, 100.0, 6, false, [0.0, 20, 40, 60, 80, 100]),
        (0.0, 1.0, 6, false, [0.0, 0.2, 0.4, 0.6, 0.8, 1.0]),
        (0.0, 70.0, 8, false, [0.0, 10, 20, 30, 40, 50, 60, 70]),
        (-7.705, 2.0, 6, false, [-6.0, -4, -2, 0, 2]),
        (0.5, 9.7, 5, true, [0.0, 2, 4, 6, 8, 10]),
        (0.0, 0.35, 4, false, [0.0, 0.2]),
        (3.0, 247.8, 6, false, [100.0, 200]),
    ])
    func heckbertTicks(lower: Double, upper: Double, count: Int, loose: Bool, expected: [Double]) {
        #expect(NiceTicks(lower: lower, upper: upper, targetCount: count, loose: loose).values == expected)
    }

    @Test func valuesAreExactDecimals() {
        let t = NiceTicks(lower: 0, upper: 1, step: 0.1)
        #expect(t.values[3] == 0.3)
        #expect(t.values[7] == 0.7)
        #expect(t.values.count == 11)
    }

    @Test(arguments: [(1.4, true, 1.0), (1.6, true, 2.0), (3.2, true, 5.0), (7.5, true, 10.0),
                      (1.0, false, 1.0), (1.01, false, 2.0), (4.9, false, 5.0), (0.052, false, 0.1), (230.0, false, 500.0)])
    func niceNumber(_ x: Double, round: Bool, expected: Double) {
        expectClose(NiceTicks.niceNumber(x, round: round), expected, absolute: 1e-12)
    }

    @Test func tightTicksStayInsideAndLooseTicksEnclose() {
        let tight = NiceTicks(lower: 3.7, upper: 96.2, targetCount: 6)
        #expect(tight.values.first! >= 3.7 && tight.values.last! <= 96.2)
        let loose = NiceTicks(lower: 3.7, upper: 96.2, targetCount: 6, loose: true)
        #expect(loose.values.first! <= 3.7 && loose.values.last! >= 96.2)
        #expect(loose.values == [0, 20, 40, 60, 80, 100])
    }
}
