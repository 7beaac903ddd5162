import Formatting
import Foundation
import Statistics
import Testing

/// Printed numbers round half up from the shortest decimal that round-trips the double.
@Suite struct PrintedNumberTests {
    @Test("Exact cases: ties in the shortest decimal round up, away from zero", arguments: [
        (1033 * 0.015, 2, "15.50"),      // 15.495 (binary 15.494999…): C's %.2f gives 15.49
        (1268 * 0.015, 2, "19.02"),
        (0.125, 2, "0.13"), (0.375, 2, "0.38"), (2.5, 0, "3"), (0.5, 0, "1"), (1.005, 2, "1.01"),
        (-1.005, 2, "−1.01"), (-0.004, 2, "0.00"), (9.995, 2, "10.00"), (99.95, 1, "100.0"),
        (0.00005, 4, "0.0001"), (0.00004999, 4, "0.0000"), (1e-05, 2, "0.00"), (1.5e20, 0, "150000000000000000000"),
        (42.4, 1, "42.4"), (0, 3, "0.000"), (-0.0, 1, "0.0"), (0.10532780, 3, "0.105"), (123.0, 0, "123"),
    ] as [(Double, Int, String)])
    func exact(_ value: Double, _ digits: Int, _ expected: String) {
        #expect(FixedDecimal.printed(value, digits: digits) == expected)
    }

    @Test("Agrees with Foundation's decimal rounding (NSDecimalRound, .plain) of the shortest decimal on 20,000 values")
    func againstDecimalRounding() {
        var random = SplitMix64(seed: 0x9E37_79B9_7F4A_7C15)
        var mismatches: [String] = []
        for i in 0..<20_000 {
            // Values with few decimals (where ties are common) and arbitrary ones, both signs.
            let r = random.next()
            let magnitude = Double(r % 1_000_000) / [1, 10, 100, 1000, 10_000][Int(r >> 60) % 5]
            let value = (i % 3 == 0 ? Double(bitPattern: 0x3FF0_0000_0000_0000 | (r >> 12)) * 37 : magnitude) * (r & 1 == 0 ? 1 : -1)
            let digits = Int((r >> 40) % 4)
            var decimal = Decimal(string: value.description)!
            var rounded = Decimal()
            NSDecimalRound(&rounded, &decimal, digits, .plain)
            var expected = (rounded as NSDecimalNumber).stringValue
            if expected.hasPrefix("-") { expected = "−" + expected.dropFirst() }
            // Pad to `digits` decimals as printed.
            let parts = expected.split(separator: ".", omittingEmptySubsequences: false)
            let fraction = parts.count > 1 ? String(parts[1]) : ""
            if digits > 0 { expected = String(parts[0]) + "." + fraction + String(repeating: "0", count: digits - fraction.count) }
            if expected.hasPrefix("−"), expected.dropFirst().allSatisfy({ $0 == "0" || $0 == "." }) { expected.removeFirst() }
            let got = FixedDecimal.printed(value, digits: digits)
            if got != expected, mismatches.count < 5 { mismatches.append("\(value) @\(digits): \(got) vs \(expected)") }
        }
        #expect(mismatches.isEmpty, "\(mismatches)")
    }
}
