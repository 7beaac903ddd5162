/// A growing buffer of PDF syntax: operators, numbers, names and strings appended as bytes.
///
/// Numbers are written in fixed notation with at most `decimals` digits after the point and no
/// trailing zeros ("50", "521.89", "-0.5"), the form PDF requires (no exponents). Every append is
/// O(length of what is appended).
struct PDFBytes {
    /// The bytes written so far.
    private(set) var bytes: [UInt8] = []

    init(capacity: Int = 0) { bytes.reserveCapacity(capacity) }

    var count: Int { bytes.count }

    /// Drops everything after the first `count` bytes.
    mutating func truncate(to count: Int) { bytes.removeSubrange(count...) }

    /// Appends ASCII text as is.
    mutating func append(_ text: String) {
        if text.utf8.withContiguousStorageIfAvailable({ bytes.append(contentsOf: $0) }) == nil {
            bytes.append(contentsOf: text.utf8)
        }
    }

    /// Appends raw bytes.
    mutating func append(bytes other: [UInt8]) { bytes.append(contentsOf: other) }

    /// Appends one byte.
    mutating func append(byte: UInt8) { bytes.append(byte) }

    /// Appends `value` rounded to `decimals` (0…6) digits after the point, trailing zeros dropped;
    /// non-finite values and magnitudes beyond 10^12 (never produced by a drawable page) as 0.
    /// O(digits), no allocation.
    mutating func append(number value: Double, decimals: Int = 3) {
        let decimals = min(max(decimals, 0), 6)
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        guard value.isFinite, abs(value) < 1e12 else {
            bytes.append(UInt8(ascii: "0"))
            return
        }
        var scaled = Int64((value * scale).rounded())
        if scaled == 0 {
            bytes.append(UInt8(ascii: "0"))
            return
        }
        let negative = scaled < 0
        if negative { scaled = -scaled }
        // Digits from the right into a 24-byte buffer: fraction (trailing zeros skipped), point,
        // integer part, sign.
        var buffer: (UInt64, UInt64, UInt64) = (0, 0, 0)
        withUnsafeMutableBytes(of: &buffer) { raw in
            var position = raw.count
            var remaining = scaled
            var fractionDigits = decimals
            while fractionDigits > 0, remaining % 10 == 0 {
                remaining /= 10
                fractionDigits -= 1
            }
            if fractionDigits > 0 {
                for _ in 0..<fractionDigits {
                    position -= 1
                    raw[position] = UInt8(ascii: "0") + UInt8(remaining % 10)
                    remaining /= 10
                }
                position -= 1
                raw[position] = UInt8(ascii: ".")
            }
            repeat {
                position -= 1
                raw[position] = UInt8(ascii: "0") + UInt8(remaining % 10)
                remaining /= 10
            } while remaining > 0
            if negative {
                position -= 1
                raw[position] = UInt8(ascii: "-")
            }
            bytes.append(contentsOf: UnsafeRawBufferPointer(rebasing: raw[position...]))
        }
    }

    /// Appends a non-negative integer in decimal.
    mutating func append(integer value: UInt64) {
        if value < 10 {
            bytes.append(UInt8(ascii: "0") + UInt8(value))
            return
        }
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                     UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var count = 0
        var rest = value
        withUnsafeMutableBytes(of: &digits) { buffer in
            while rest > 0 {
                buffer[count] = UInt8(ascii: "0") + UInt8(rest % 10)
                rest /= 10
                count += 1
            }
            for index in stride(from: count - 1, through: 0, by: -1) { bytes.append(buffer[index]) }
        }
    }

    /// Appends an integer in decimal.
    mutating func append(integer value: Int) {
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        append(integer: UInt64(value.magnitude))
    }

    /// Appends an indirect reference `n 0 R`.
    mutating func append(reference object: Int) {
        append(integer: object)
        append(" 0 R")
    }

    /// Appends an array of indirect references `[a 0 R b 0 R …]`.
    mutating func append(references objects: [Int]) {
        append("[")
        for (index, object) in objects.enumerated() {
            if index > 0 { append(" ") }
            append(reference: object)
        }
        append("]")
    }

    /// Appends `value` as `width` upper-case hexadecimal digits.
    mutating func append(hex value: Int, width: Int) {
        for shift in stride(from: (width - 1) * 4, through: 0, by: -4) {
            bytes.append(Self.hexDigits[(value >> shift) & 0xF])
        }
    }

    /// Appends one byte inside a literal string, escaped when it is `(`, `)`, `\\`, CR or LF.
    mutating func append(stringByte byte: UInt8) {
        switch byte {
        case UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "\\"):
            bytes.append(UInt8(ascii: "\\"))
            bytes.append(byte)
        case 0x0D:
            bytes.append(UInt8(ascii: "\\"))
            bytes.append(UInt8(ascii: "r"))
        case 0x0A:
            bytes.append(UInt8(ascii: "\\"))
            bytes.append(UInt8(ascii: "n"))
        default:
            bytes.append(byte)
        }
    }

    /// Appends a PDF literal string `( … )` of `text`'s bytes with `\`, `(` and `)` escaped; for
    /// ASCII text (names of destinations, URIs).
    mutating func append(literal text: String) {
        bytes.append(UInt8(ascii: "("))
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\\"), UInt8(ascii: "("), UInt8(ascii: ")"):
                bytes.append(UInt8(ascii: "\\"))
                bytes.append(byte)
            case UInt8(ascii: "\r"):
                append("\\r")
            case UInt8(ascii: "\n"):
                append("\\n")
            default:
                bytes.append(byte)
            }
        }
        bytes.append(UInt8(ascii: ")"))
    }

    /// Appends a PDF text string (document information, bookmarks): a literal string when
    /// `text` is printable ASCII, else UTF-16BE with a byte-order mark as a hexadecimal string.
    mutating func append(textString text: String) {
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) {
            append(literal: text)
            return
        }
        append("<FEFF")
        for unit in text.utf16 { append(hex: Int(unit), width: 4) }
        append(">")
    }

    /// Appends `/name`, escaping bytes outside `!`…`~` and the delimiters as `#xx`.
    mutating func append(name: String) {
        bytes.append(UInt8(ascii: "/"))
        for byte in name.utf8 {
            if byte > 0x20, byte < 0x7F, !"#()<>[]{}/%".utf8.contains(byte) {
                bytes.append(byte)
            } else {
                bytes.append(UInt8(ascii: "#"))
                append(hex: Int(byte), width: 2)
            }
        }
    }

    private static let hexDigits: [UInt8] = Array("0123456789ABCDEF".utf8)
}
