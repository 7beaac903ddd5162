import Formatting
import Testing

/// The exact text of a double that model files, cohort CSV files and spreadsheet cells are written with.
@Suite struct PlainDecimalExactTextTests {
    /// A whole number is written as a person types it, without ".0"; other numbers keep Swift's
    /// shortest round-trip digits, with an exponent below 10^-4 and above 2^53.
    @Test(arguments: [
        (12.0, "12"), (-3, "-3"), (200, "200"), (0, "0"), (-0.0, "-0"), (0.1, "0.1"), (17.42, "17.42"), (-7.705, "-7.705"),
        (0.0001, "0.0001"), (1e-5, "1e-05"), (1e-7, "1e-07"), (12.5, "12.5"), (1e15, "1000000000000000"),
        (9_007_199_254_740_992, "9007199254740992"), (9_007_199_254_740_994, "9.007199254740994e+15"), (1e21, "1e+21"),
        (0.1 + 0.2, "0.30000000000000004"), (5e-324, "5e-324"), (-Double.greatestFiniteMagnitude, "-1.7976931348623157e+308"),
    ] as [(Double, String)])
    func writes(_ value: Double, _ text: String) {
        #expect(PlainDecimal.exactText(value) == text)
    }

    /// `parse(exactText(x))` is `x` with the same bits (the sign of zero included) for named values,
    /// every power of ten a double holds, and 20,000 bit patterns spread over the whole range.
    @Test func readsBackWithTheSameBits() throws {
        var values: [Double] = [0.1, 1e-7, 1e21, -0.0, 0, 12, 0.1 + 0.2, 1 / 3, .pi, .ulpOfOne, .leastNonzeroMagnitude,
                                .leastNormalMagnitude, .greatestFiniteMagnitude, 9_007_199_254_740_993]
        values += (-323...308).map { Double("1e\($0)")! }
        values += (1...20_000).map { Double(bitPattern: UInt64($0) &* 0x9E37_79B9_7F4A_7C15) }.filter(\.isFinite)
        for value in values {
            let text = PlainDecimal.exactText(value)
            let read = try #require(PlainDecimal.parse(text).value, "\(text) is not a plain decimal")
            #expect(read.bitPattern == value.bitPattern, "\(text) reads back as \(read), not \(value)")
        }
    }

    /// Not numbers: written as the words `parse(_:)` names, never as digits.
    @Test func nonFiniteValuesAreWordsNotNumbers() {
        #expect(PlainDecimal.parse(PlainDecimal.exactText(.nan)) == .notANumber)
        #expect(PlainDecimal.parse(PlainDecimal.exactText(.infinity)) == .infinite)
        #expect(PlainDecimal.parse(PlainDecimal.exactText(-.infinity)) == .infinite)
    }
}
