/// What plain decimal text denotes: the read side of `FixedDecimal.plain`, for numbers people type in
/// case files, cohort CSV files and model files, and numbers programs write in spreadsheets and DICOM
/// decimal strings.
///
/// The grammar is `[+-]? (digits [. digits?] | . digits) ([eE] [+-]? digits)?` (`17.42`, `-3`, `.5`,
/// `1.5e2`; leading zeros are decimal). Not numbers: hexadecimal, digit separators, decimal commas
/// (`17,4`), surrounding spaces (trim first). The words YAML and C use for NaN and infinity are
/// recognised so that a message can say what they are, but are not numbers.
public enum PlainDecimal: Equatable, Sendable {
    /// A finite number, correctly rounded to the nearest double.
    case number(Double)
    /// `nan`, `.nan` (any case).
    case notANumber
    /// `inf`, `.inf`, `infinity` with an optional sign (any case).
    case infinite
    /// Well-formed digits whose value exceeds a double (`1e400`).
    case overflow
    /// Anything else.
    case invalid

    /// The number, or `nil` for anything that is not a finite plain decimal.
    public var value: Double? { if case .number(let value) = self { value } else { nil } }

    /// Reads plain decimal text in one pass.
    /// - Parameter text: The text, without surrounding spaces.
    /// - Returns: What the text denotes.
    public static func parse(_ text: String) -> PlainDecimal {
        switch text.lowercased() {
        case ".nan", "nan": return .notANumber
        case ".inf", "+.inf", "-.inf", "inf", "+inf", "-inf", "infinity", "+infinity", "-infinity": return .infinite
        default: break
        }
        let utf8 = Array(text.utf8)
        var index = 0
        func digits() -> Int {
            let start = index
            while index < utf8.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(utf8[index]) { index += 1 }
            return index - start
        }
        if index < utf8.count, utf8[index] == UInt8(ascii: "+") || utf8[index] == UInt8(ascii: "-") { index += 1 }
        var mantissaDigits = digits()
        if index < utf8.count, utf8[index] == UInt8(ascii: ".") { index += 1; mantissaDigits += digits() }
        guard mantissaDigits > 0 else { return .invalid }
        if index < utf8.count, utf8[index] == UInt8(ascii: "e") || utf8[index] == UInt8(ascii: "E") {
            index += 1
            if index < utf8.count, utf8[index] == UInt8(ascii: "+") || utf8[index] == UInt8(ascii: "-") { index += 1 }
            guard digits() > 0 else { return .invalid }
        }
        guard index == utf8.count, let value = Double(text) else { return .invalid }
        return value.isFinite ? .number(value) : .overflow
    }
}
