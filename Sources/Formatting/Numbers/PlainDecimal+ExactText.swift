extension PlainDecimal {
    /// The shortest plain decimal text that `parse(_:)` reads back as exactly `value`, for numbers
    /// programs write for programs (refit model files, cohort CSV files, the text of a spreadsheet cell).
    ///
    /// Swift's shortest round-trip digits, positional in magnitude from 10^-4 to 2^53 (`0.1`, `17.42`,
    /// `0.0001`) and with an exponent outside (`1e-05`, `1e+16`, `5e-324`), which the grammar of
    /// `parse(_:)` accepts; a whole number is written without ".0", as a person types it (`12`, `-3`,
    /// `200`), negative zero with its sign (`-0`). NaN and infinities are written `nan`, `inf` and
    /// `-inf`, which `parse(_:)` names but does not read as numbers. Numbers for people go through
    /// `FixedDecimal` and `ReportNumber` instead.
    /// - Parameter value: The number.
    /// - Returns: The text; `parse(exactText(x)) == .number(x)` with the same bits for every finite `x`.
    public static func exactText(_ value: Double) -> String {
        let digits = "\(value)"
        return digits.hasSuffix(".0") ? String(digits.dropLast(2)) : digits
    }
}
