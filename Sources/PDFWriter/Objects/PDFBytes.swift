import CFixedPoint
import CGLib

/// A growing buffer of PDF syntax: operators, numbers, names and strings appended as bytes.
///
/// Numbers are written in fixed notation with at most `decimals` digits after the point and no
/// trailing zeros ("50", "521.89", "-0.5"), the form PDF requires (no exponents). Every append is
/// O(length of what is appended).
struct PDFBytes {
    /// The buffer: a pointer with room to grow, shared between copies until one of them writes
    /// (copy on write). Content streams are built from hundreds of thousands of small appends,
    /// and `Array.append` checks uniqueness and capacity for every byte; here an append is one
    /// capacity check and stores.
    private final class Storage {
        @exclusivity(unchecked) var pointer: UnsafeMutablePointer<UInt8>
        @exclusivity(unchecked) var count = 0
        @exclusivity(unchecked) var capacity: Int

        init(capacity: Int) {
            self.capacity = max(capacity, 64)
            pointer = .allocate(capacity: self.capacity)
        }

        deinit { pointer.deallocate() }

        func copy() -> Storage {
            let other = Storage(capacity: capacity)
            other.pointer.update(from: pointer, count: count)
            other.count = count
            return other
        }

        /// Makes room for `extra` more bytes (doubling).
        @inline(__always) func reserve(_ extra: Int) {
            if count + extra > capacity { grow(to: count + extra) }
        }

        private func grow(to needed: Int) {
            var newCapacity = capacity * 2
            while newCapacity < needed { newCapacity *= 2 }
            let newPointer = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
            newPointer.update(from: pointer, count: count)
            pointer.deallocate()
            pointer = newPointer
            capacity = newCapacity
        }

        @inline(__always) func put(_ byte: UInt8) {
            pointer[count] = byte
            count += 1
        }
    }

    private var storage: Storage

    init(capacity: Int = 0) { storage = Storage(capacity: capacity) }

    /// The bytes written so far (a copy).
    var bytes: [UInt8] { Array(UnsafeBufferPointer(start: storage.pointer, count: storage.count)) }

    var count: Int { storage.count }

    /// The MD5 digest of the bytes written so far as 32 hexadecimal digits (GLib's `GChecksum`,
    /// already in the process through HarfBuzz and Pango; OpenSSL's would first cost a start-up of
    /// its providers as large as hashing five reports). O(n).
    var md5Hex: String {
        guard let hex = g_compute_checksum_for_data(G_CHECKSUM_MD5, storage.pointer, gsize(storage.count)) else {
            // GLib returns nil only for a checksum type it lacks; MD5 is always there.
            return String(repeating: "0", count: 32)
        }
        defer { g_free(hex) }
        return String(cString: hex)
    }

    /// The storage, unshared and with room for `extra` more bytes.
    @inline(__always) private mutating func writable(_ extra: Int) -> Storage {
        if !isKnownUniquelyReferenced(&storage) { storage = storage.copy() }
        storage.reserve(extra)
        return storage
    }

    /// Drops everything after the first `count` bytes.
    mutating func truncate(to count: Int) {
        let buffer = writable(0)
        buffer.count = min(buffer.count, max(0, count))
    }

    /// Appends ASCII text as is.
    mutating func append(_ text: String) {
        var text = text
        text.withUTF8 { utf8 in append(raw: utf8) }
    }

    /// Appends raw bytes.
    mutating func append(bytes other: [UInt8]) {
        other.withUnsafeBufferPointer { append(raw: $0) }
    }

    private mutating func append(raw: UnsafeBufferPointer<UInt8>) {
        guard let base = raw.baseAddress, raw.count > 0 else { return }
        let buffer = writable(raw.count)
        (buffer.pointer + buffer.count).update(from: base, count: raw.count)
        buffer.count += raw.count
    }

    /// Appends one byte.
    mutating func append(byte: UInt8) { writable(1).put(byte) }

    /// Appends `value` rounded to `decimals` (0…6) digits after the point, trailing zeros dropped
    /// and no sign on a value that rounds to zero; non-finite values and magnitudes beyond 10^12
    /// (never produced by a drawable page) as 0. The digits are C's "%.Nf" (correctly rounded,
    /// from `CFixedPoint`, as chart labels are), written straight into the buffer. O(digits).
    mutating func append(number value: Double, decimals: Int = 3) {
        let buffer = writable(32)
        guard value.isFinite, abs(value) < 1e12 else {
            buffer.put(UInt8(ascii: "0"))
            return
        }
        let start = buffer.count
        let length = Int(buffer.pointer.withMemoryRebound(to: CChar.self, capacity: buffer.capacity) { text in
            hcc_format_fixed(text + start, 32, value, Int32(min(max(decimals, 0), 6)))
        })
        // "%.Nf" of a finite |value| < 10^12 with N ≤ 6 is at most 21 characters: never declined.
        var end = start + length
        if decimals > 0 {
            while buffer.pointer[end - 1] == UInt8(ascii: "0") { end -= 1 }
            if buffer.pointer[end - 1] == UInt8(ascii: ".") { end -= 1 }
        }
        if end - start == 2, buffer.pointer[start] == UInt8(ascii: "-"), buffer.pointer[start + 1] == UInt8(ascii: "0") {
            buffer.pointer[start] = UInt8(ascii: "0")
            end = start + 1
        }
        buffer.count = end
    }

    /// Appends a non-negative integer in decimal.
    mutating func append(integer value: UInt64) {
        let buffer = writable(20)
        var divisor: UInt64 = 1
        while divisor <= value / 10 { divisor &*= 10 }
        var rest = value
        while divisor > 0 {
            buffer.put(UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: rest / divisor))
            rest %= divisor
            divisor /= 10
        }
    }

    /// Appends an integer in decimal.
    mutating func append(integer value: Int) {
        if value < 0 { append(byte: UInt8(ascii: "-")) }
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

    /// Appends an array of numbers `[a b c …]`, each as `append(number:decimals:)` writes it.
    mutating func append<Numbers: Sequence<Double>>(numbers values: Numbers, decimals: Int = 3) {
        append("[")
        var first = true
        for value in values {
            if !first { append(" ") }
            append(number: value, decimals: decimals)
            first = false
        }
        append("]")
    }

    /// Appends an explicit destination `[page /XYZ left top 0]`: the page shown with (`left`, `top`),
    /// in PDF space, at the window's top-left corner and the reader's zoom kept.
    /// - Parameters:
    ///   - page: the page object's number.
    ///   - left: the horizontal coordinate at the window's left edge.
    ///   - top: the vertical coordinate at the window's top edge.
    mutating func append(destination page: Int, left: Double, top: Double) {
        append("[")
        append(reference: page)
        append("/XYZ ")
        append(number: left)
        append(" ")
        append(number: top)
        append(" 0]")
    }

    /// Appends `value` as `width` upper-case hexadecimal digits.
    mutating func append(hex value: Int, width: Int) {
        for shift in stride(from: (width - 1) * 4, through: 0, by: -4) {
            append(byte: Self.hexDigits[(value >> shift) & 0xF])
        }
    }

    /// Appends one byte inside a literal string, escaped when it is `(`, `)`, `\\`, CR or LF.
    mutating func append(stringByte byte: UInt8) {
        switch byte {
        case UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "\\"):
            append(byte: UInt8(ascii: "\\"))
            append(byte: byte)
        case 0x0D:
            append(byte: UInt8(ascii: "\\"))
            append(byte: UInt8(ascii: "r"))
        case 0x0A:
            append(byte: UInt8(ascii: "\\"))
            append(byte: UInt8(ascii: "n"))
        default:
            append(byte: byte)
        }
    }

    /// Appends a PDF literal string `( … )` of `text`'s bytes with `\`, `(` and `)` escaped; for
    /// ASCII text (names of destinations, URIs).
    mutating func append(literal text: String) {
        append(byte: UInt8(ascii: "("))
        for byte in text.utf8 { append(stringByte: byte) }
        append(byte: UInt8(ascii: ")"))
    }

    /// Appends a PDF text string (document information, bookmarks, alternative text): a literal
    /// string when `text` is printable ASCII, else UTF-16BE with a byte-order mark, as a literal
    /// string of those bytes (half the size of a hexadecimal string; ISO 32000-1, 7.9.2.2).
    mutating func append(textString text: String) {
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) {
            append(literal: text)
            return
        }
        append(byte: UInt8(ascii: "("))
        append(byte: 0xFE)
        append(byte: 0xFF)
        for unit in text.utf16 {
            append(stringByte: UInt8(truncatingIfNeeded: unit >> 8))
            append(stringByte: UInt8(truncatingIfNeeded: unit))
        }
        append(byte: UInt8(ascii: ")"))
    }

    /// Appends `/name`, escaping bytes outside `!`…`~` and the delimiters as `#xx`.
    mutating func append(name: String) {
        append(byte: UInt8(ascii: "/"))
        for byte in name.utf8 {
            switch byte {
            case 0x21...0x7E where !Self.isDelimiter(byte):
                append(byte: byte)
            default:
                append(byte: UInt8(ascii: "#"))
                append(hex: Int(byte), width: 2)
            }
        }
    }

    /// `#`, `%`, `(`, `)`, `/`, `<`, `>`, `[`, `]`, `{`, `}`: written as `#xx` inside names.
    private static func isDelimiter(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x23, 0x25, 0x28, 0x29, 0x2F, 0x3C, 0x3E, 0x5B, 0x5D, 0x7B, 0x7D: true
        default: false
        }
    }

    private static let hexDigits: [UInt8] = Array("0123456789ABCDEF".utf8)
}
