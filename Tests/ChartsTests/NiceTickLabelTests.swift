@testable import Charts
import Statistics
import Testing

/// Tick labels print as every number is printed, with just enough decimals for the step.
@Suite struct NiceTickLabelTests {
    @Test(arguments: [
        (0.0, 10.0, 2.5, ["0.0", "2.5", "5.0", "7.5", "10.0"]),
        (0.0, 0.3, 0.1, ["0.0", "0.1", "0.2", "0.3"]),
        (-4.0, 4.0, 2.0, ["\u{2212}4", "\u{2212}2", "0", "2", "4"]),
        (0.0, 160.0, 20.0, ["0", "20", "40", "60", "80", "100", "120", "140", "160"]),
        (0.0, 0.01, 0.0025, ["0.0000", "0.0025", "0.0050", "0.0075", "0.0100"]),
    ])
    func labelsUseJustEnoughDecimals(lower: Double, upper: Double, step: Double, labels: [String]) {
        #expect(NiceTicks(lower: lower, upper: upper, step: step).labels == labels)
    }

    @Test func labelsNeverPrintNegativeZero() {
        #expect(NiceTicks(lower: -0.0001, upper: 0.01, step: 0.01).labels.first == "0.00")
    }
}
