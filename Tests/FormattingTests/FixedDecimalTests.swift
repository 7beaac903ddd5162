import Formatting
import Foundation
import Testing

/// `FixedDecimal` prints what `String(format: "%.Nf")` prints (the digits come from CFixedPoint,
/// which CairoBackendTests compares with glibc on 100,000 values).
@Suite struct FixedDecimalTests {
    @Test func matchesStringFormat() {
        let values: [Double] = [0, -0.0, -0.001, 0.0625, 0.125, 2.675, 1e-9, 123.456, -98765.4321, 0.9995, 1e15 + 0.5,
                                9007199254740992.0.nextUp, .infinity, -.infinity, .nan]
        for value in values {
            for digits in [0, 1, 2, 3, 6, 18, 20] {
                #expect(FixedDecimal.format(value, digits: digits) == String(format: "%.\(digits)f", value), "\(value) \(digits)")
            }
        }
        #expect(FixedDecimal.format(1.5, digits: -2) == "2")
    }

    /// The test canvas's dump printed two decimals from the binary product `(v·100).rounded()`; it now
    /// prints `plain`, the printed-number rule (half up from the shortest decimal): 80.225 is "80.23"
    /// where the product gave "80.22", 224.39499999999998 is "224.39" where it gave "224.40" (14 lines
    /// of the chart snapshots moved by 0.01 at such half-way points). Small negatives print "0.00".
    @Test(arguments: [
        (80.225, "80.23"), (224.39499999999998, "224.39"), (0.125, "0.13"), (-0.004, "0.00"), (-1.5, "-1.50"),
        (Double.nan, "nan"), (Double.infinity, "inf"), (-Double.infinity, "-inf"),
    ] as [(Double, String)])
    func plainAtTwoDecimals(_ value: Double, _ text: String) {
        #expect(FixedDecimal.plain(value, digits: 2) == text)
    }
}
