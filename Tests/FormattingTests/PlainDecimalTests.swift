import Formatting
import Testing

/// Plain decimal text as case, cohort and model files, spreadsheets and DICOM decimal strings write it.
@Suite struct PlainDecimalTests {
    @Test(arguments: [
        ("12", 12.0), ("-3.5", -3.5), ("+2", 2), (".5", 0.5), ("5.", 5), ("1e3", 1000), ("1.5E-2", 0.015),
        ("007", 7), ("-0", 0), ("17.42", 17.42), ("0.1", 0.1),
    ] as [(String, Double)])
    func numbers(_ text: String, _ value: Double) {
        #expect(PlainDecimal.parse(text) == .number(value))
    }

    @Test(arguments: [
        ("nan", PlainDecimal.notANumber), (".NaN", .notANumber), (".inf", .infinite), ("-Infinity", .infinite), ("+INF", .infinite),
        ("1e400", .overflow), ("-1e400", .overflow),
        ("", .invalid), ("-", .invalid), (".", .invalid), ("1e", .invalid), ("1e+", .invalid), ("17,4", .invalid), ("0x1A", .invalid),
        (" 1", .invalid), ("1 ", .invalid), ("1_000", .invalid), ("1.2.3", .invalid), ("e5", .invalid), ("−1", .invalid),
    ] as [(String, PlainDecimal)])
    func notNumbers(_ text: String, _ reading: PlainDecimal) {
        #expect(PlainDecimal.parse(text) == reading)
        #expect(PlainDecimal.parse(text).value == nil)
    }

    /// What `FixedDecimal.plain` writes reads back to the value it was rounded to.
    @Test(arguments: [0.0, -1.5, 17.4249, 1033 * 0.015, -0.004, 123456.789, 1e-7])
    func readsWhatPlainWrites(_ value: Double) throws {
        for digits in [0, 2, 6] {
            let text = FixedDecimal.plain(value, digits: digits)
            let read = try #require(PlainDecimal.parse(text).value)
            #expect(FixedDecimal.plain(read, digits: digits) == text)
        }
    }
}
