import Formatting

extension Double {
    /// The value in a sentence: `ReportNumber.measured`, at most `maxFractionDigits` decimals and at least
    /// one ("12.0", "2.1", "17.42", "−3.5"), rounded as every printed number is.
    /// - Parameter maxFractionDigits: Most decimals kept.
    /// - Returns: The text.
    func decimalText(maxFractionDigits: Int = 2) -> String {
        ReportNumber.measured(self, maxDecimals: maxFractionDigits)
    }
}
