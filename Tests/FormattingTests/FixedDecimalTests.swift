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
}
