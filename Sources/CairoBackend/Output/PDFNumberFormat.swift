import CPDFNumberFormat

/// The fixed-point number formatting behind Cairo's PDF output, and proof that it is in effect.
///
/// Cairo 1.16 prints every coordinate of a PDF page with snprintf("%f" / "%.*f"); glibc's exact
/// multi-precision float printing was 13 % of a batch's instructions. The `CPDFNumberFormat`
/// target replaces `__snprintf_chk` in the executable (ELF symbol interposition) and answers
/// those formats with an exact 128-bit integer computation giving glibc's digits; all other
/// formats go to glibc.
public enum PDFNumberFormat {
    /// `value` as "%.<precision>f" prints it in the C locale, or `nil` where the fast path
    /// declines (non-finite, |value| ≥ 2^53, precision outside 0...18).
    /// - Parameters:
    ///   - value: the number.
    ///   - precision: digits after the decimal point.
    /// - Returns: the text, or `nil`.
    public static func fixed(_ value: Double, precision: Int) -> String? {
        var buffer = [CChar](repeating: 0, count: 64)
        let length = hcc_format_fixed(&buffer, buffer.count, value, Int32(clamping: precision))
        guard length >= 0 else { return nil }
        return String(decoding: buffer.prefix(Int(length)).map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// `value` as "%d" prints it, or as "%0*x" with `width` digits when `hexadecimal`.
    /// - Parameters:
    ///   - value: the integer (for hexadecimal, its low 32 bits as an unsigned int).
    ///   - hexadecimal: lowercase hexadecimal instead of decimal.
    ///   - width: the minimum number of digits, zero-padded (0...30).
    /// - Returns: the text.
    public static func integer(_ value: Int, hexadecimal: Bool = false, width: Int = 0) -> String {
        var buffer = [CChar](repeating: 0, count: 64)
        let length = hcc_format_integer(&buffer, buffer.count, Int64(value), hexadecimal ? 1 : 0, Int32(clamping: width))
        return String(decoding: buffer.prefix(Int(length)).map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// Calls of snprintf in this process answered by the fast path (Cairo's, while writing PDFs).
    public static var answered: Int { hcc_fixed_formats_answered() }
}
