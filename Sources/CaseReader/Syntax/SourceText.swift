import Formatting

/// Checks on the raw bytes of a case file before any parser sees them: size, UTF-8, BOM, NUL,
/// emptiness, and a one-pass estimate of YAML alias use and nesting depth.
///
/// The estimate exists because the YAML composer expands aliases and recurses per nesting level:
/// a "billion laughs" file or a 1000-deep `[[[[…]]]]` must be refused before it is composed.
struct SourceText: Sendable {
    /// The text without a leading UTF-8 byte-order mark.
    let text: String
    /// The same text as UTF-8 bytes (for the JSON parser).
    let bytes: [UInt8]

    /// Validates the raw bytes of a file.
    /// - Parameters:
    ///   - raw: The file's bytes.
    ///   - limits: The size limit applies here.
    /// - Throws: `SyntaxError` for a file that is too large, not UTF-8, contains NUL, or holds nothing.
    /// - Complexity: O(n) in the file size.
    init(bytes raw: [UInt8], limits: CaseReaderLimits) throws(SyntaxError) {
        guard raw.count <= limits.maxFileBytes else {
            throw SyntaxError(kind: .fileTooLarge, line: nil,
                              message: "the file is \(ByteCount.text(raw.count)), larger than the \(ByteCount.text(limits.maxFileBytes)) limit for a case file; is it really a case file?")
        }
        var bytes = raw
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            throw SyntaxError(kind: .invalidEncoding, line: 1,
                              message: "the file is saved as UTF-16; save it as UTF-8 text")
        }
        if let nul = bytes.firstIndex(of: 0) {
            throw SyntaxError(kind: .invalidEncoding, line: Self.line(ofOffset: nul, in: bytes),
                              message: "the file contains a NUL byte; it is probably not a text file")
        }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            let offset = Self.firstInvalidUTF8Offset(bytes) ?? 0
            throw SyntaxError(kind: .invalidEncoding, line: Self.line(ofOffset: offset, in: bytes),
                              message: "the file is not valid UTF-8 text (for example saved as Latin-1 or Windows-1252); save it as UTF-8")
        }
        if Self.holdsNothing(bytes) {
            throw SyntaxError(kind: .emptyFile, line: nil,
                              message: "the file is empty (or holds only comments); expected a patient with at least patient.id and lesions")
        }
        self.text = text
        self.bytes = bytes
    }

    /// Whether the bytes are only whitespace and `#` comments. O(n).
    private static func holdsNothing(_ bytes: [UInt8]) -> Bool {
        var inComment = false
        for byte in bytes {
            switch byte {
            case UInt8(ascii: "\n"), UInt8(ascii: "\r"): inComment = false
            case UInt8(ascii: " "), UInt8(ascii: "\t"): continue
            case UInt8(ascii: "#"): inComment = true
            default: if !inComment { return false }
            }
        }
        return true
    }

    /// Refuses YAML that could expand or nest beyond the limits, before it is composed.
    ///
    /// Counts `*name` tokens (a `*` at the start of a token followed by a name character) and
    /// estimates nesting per line as indentation + flow-bracket depth + compact `- ` indicators;
    /// both are upper bounds of what the composer would see, so a valid file is never refused
    /// unless it really is beyond `maxAliases` or, for nesting, beyond four times `maxDepth`
    /// (the exact depth is checked later with the key path).
    /// - Throws: `SyntaxError` with kind `.limitExceeded`.
    /// - Complexity: O(n).
    func checkYAMLExpansion(limits: CaseReaderLimits) throws(SyntaxError) {
        var aliases = 0, flowDepth = 0, line = 1
        var atLineStart = true, indent = 0, previous: UInt8 = UInt8(ascii: "\n")
        var quote: UInt8? = nil, inComment = false
        let nestingCeiling = max(64, 4 * limits.maxDepth)
        for byte in bytes {
            if byte == UInt8(ascii: "\n") {
                line += 1; atLineStart = true; indent = 0; inComment = false
                previous = byte
                continue
            }
            if inComment { previous = byte; continue }
            if let open = quote {
                if byte == open && previous != UInt8(ascii: "\\") { quote = nil }
                previous = byte
                continue
            }
            let tokenStart = Self.isTokenBoundary(previous)
            if atLineStart && byte == UInt8(ascii: " ") { indent += 1; previous = byte; continue }
            atLineStart = false
            switch byte {
            case UInt8(ascii: "#") where tokenStart: inComment = true
            case UInt8(ascii: "\""), UInt8(ascii: "'"): if tokenStart { quote = byte }
            case UInt8(ascii: "["), UInt8(ascii: "{"): if tokenStart { flowDepth += 1 }
            case UInt8(ascii: "]"), UInt8(ascii: "}"): flowDepth = max(0, flowDepth - 1)
            case UInt8(ascii: "*") where tokenStart: aliases += 1
            case UInt8(ascii: "-") where tokenStart: indent += 1
            default: break
            }
            if aliases > limits.maxAliases {
                throw SyntaxError(kind: .limitExceeded, line: line,
                                  message: "the file uses more than \(limits.maxAliases) YAML aliases (*name); write the values out instead of referring to anchors")
            }
            if indent + flowDepth > nestingCeiling {
                throw SyntaxError(kind: .limitExceeded, line: line,
                                  message: "the file is nested more than \(limits.maxDepth) levels deep; a case file needs far fewer")
            }
            previous = byte
        }
    }

    private static func isTokenBoundary(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r"),
             UInt8(ascii: "["), UInt8(ascii: "{"), UInt8(ascii: ","), UInt8(ascii: ":"),
             UInt8(ascii: "-"), UInt8(ascii: "?"): return true
        default: return false
        }
    }

    /// 1-based line of a byte offset. O(offset).
    static func line(ofOffset offset: Int, in bytes: [UInt8]) -> Int {
        1 + bytes[..<min(offset, bytes.count)].reduce(0) { $0 + ($1 == UInt8(ascii: "\n") ? 1 : 0) }
    }

    /// Offset of the first byte that does not start a valid UTF-8 sequence. O(n).
    private static func firstInvalidUTF8Offset(_ bytes: [UInt8]) -> Int? {
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var offset = 0
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let scalar): offset += scalar.count
            case .emptyInput: return nil
            case .error(let length): _ = length; return offset
            }
        }
    }

}
