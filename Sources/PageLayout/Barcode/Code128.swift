/// A Code 128 barcode (ISO/IEC 15417), code set B: printable ASCII, for scanning a printed report
/// back into the record it belongs to.
///
/// Encoding: start symbol B (104), one symbol per character (ASCII − 32), the modulo-103 check
/// symbol (start + Σ position·value), then the stop pattern. Each symbol is 11 modules wide
/// (three bars, three spaces); the stop is 13. O(n) in the length of the text.
public struct Code128: Sendable, Hashable {
    /// Why a text cannot be encoded.
    public enum EncodingError: Error, CustomStringConvertible, Equatable {
        case empty
        case unsupportedCharacter(Character)
        case tooLong(Int)

        public var description: String {
            switch self {
            case .empty: return "A barcode needs at least one character."
            case .unsupportedCharacter(let c): return "The character \"\(c)\" cannot be encoded in a Code 128 barcode (printable ASCII only)."
            case .tooLong(let n): return "A \(n)-character text is too long for a printed Code 128 barcode (at most 48)."
            }
        }
    }

    /// The encoded text.
    public let text: String
    /// Symbol values: start, data, check (the stop is implicit).
    public let symbols: [Int]
    /// Modules left to right, `true` = bar, including the stop; quiet zones excluded.
    public let modules: [Bool]

    /// Encodes `text` in code set B.
    /// - Parameter text: printable ASCII (32…126), 1–48 characters.
    /// - Throws: `Code128.EncodingError` when the text is empty, too long or not printable ASCII.
    public init(_ text: String) throws {
        guard !text.isEmpty else { throw EncodingError.empty }
        guard text.count <= Self.maximumLength else { throw EncodingError.tooLong(text.count) }
        if let ch = Self.firstUnencodable(in: text) { throw EncodingError.unsupportedCharacter(ch) }
        var symbols = [Self.startB]
        for ch in text { symbols.append(Int(ch.asciiValue!) - 32) }
        var sum = symbols[0]
        for (i, v) in symbols.enumerated().dropFirst() { sum += i * v }
        symbols.append(sum % 103)
        self.text = text
        self.symbols = symbols
        var modules: [Bool] = []
        modules.reserveCapacity(symbols.count * 11 + 13)
        for s in symbols + [Self.stop] {
            modules.append(contentsOf: Self.patterns[s].map { $0 == "1" })
        }
        modules.append(contentsOf: [true, true]) // final bar of the stop pattern
        self.modules = modules
    }

    /// Bars as (start module, width in modules), left to right.
    public var bars: [(start: Int, width: Int)] {
        var out: [(Int, Int)] = []
        var i = 0
        while i < modules.count {
            if modules[i] {
                let start = i
                while i < modules.count && modules[i] { i += 1 }
                out.append((start, i - start))
            } else {
                i += 1
            }
        }
        return out
    }

    /// The longest text encoded (a longer symbol is too wide for a printed page at the module size).
    public static let maximumLength = 48

    /// The first character of `text` that code set B cannot carry (anything but printable ASCII).
    /// - Parameter text: the text to encode.
    /// - Returns: that character, or `nil` when every character can be encoded.
    public static func firstUnencodable(in text: String) -> Character? {
        text.first { ch in !(ch.asciiValue.map { (32...126).contains($0) } ?? false) }
    }

    static let startB = 104
    static let stop = 106

    /// Module patterns of symbols 0…106 (106 = stop without its final 2-module bar), ISO/IEC 15417 Table 1.
    static let patterns: [String] = [
        "11011001100", "11001101100", "11001100110", "10010011000", "10010001100", "10001001100", "10011001000", "10011000100",
        "10001100100", "11001001000", "11001000100", "11000100100", "10110011100", "10011011100", "10011001110", "10111001100",
        "10011101100", "10011100110", "11001110010", "11001011100", "11001001110", "11011100100", "11001110100", "11101101110",
        "11101001100", "11100101100", "11100100110", "11101100100", "11100110100", "11100110010", "11011011000", "11011000110",
        "11000110110", "10100011000", "10001011000", "10001000110", "10110001000", "10001101000", "10001100010", "11010001000",
        "11000101000", "11000100010", "10110111000", "10110001110", "10001101110", "10111011000", "10111000110", "10001110110",
        "11101110110", "11010001110", "11000101110", "11011101000", "11011100010", "11011101110", "11101011000", "11101000110",
        "11100010110", "11101101000", "11101100010", "11100011010", "11101111010", "11001000010", "11110001010", "10100110000",
        "10100001100", "10010110000", "10010000110", "10000101100", "10000100110", "10110010000", "10110000100", "10011010000",
        "10011000010", "10000110100", "10000110010", "11000010010", "11001010000", "11110111010", "11000010100", "10001111010",
        "10100111100", "10010111100", "10010011110", "10111100100", "10011110100", "10011110010", "11110100100", "11110010100",
        "11110010010", "11011011110", "11011110110", "11110110110", "10101111000", "10100011110", "10001011110", "10111101000",
        "10111100010", "11110101000", "11110100010", "10111011110", "10111101110", "11101011110", "11110101110", "11010000100",
        "11010010000", "11010011100", "11000111010",
    ]
}
