extension Double {
    /// The value rounded to at most `maxFractionDigits` decimals and printed in its shortest form,
    /// keeping one decimal for whole numbers ("12.0", "2.1", "17.42"). Used in sentences only;
    /// the report formats numbers for display itself.
    /// - Parameter maxFractionDigits: Decimals kept after rounding (0…6).
    /// - Returns: The text.
    func decimalText(maxFractionDigits: Int = 2) -> String {
        var scale = 1.0
        for _ in 0..<maxFractionDigits { scale *= 10 }
        let rounded = (self * scale).rounded() / scale
        return "\(rounded == 0 ? 0.0 : rounded)"
    }
}
