/// A strict RFC 8259 JSON parser that produces `SourceNode`s with line numbers.
///
/// JSON is not parsed through libyaml (YAML 1.1) because that is not faithful: it rejects
/// surrogate-pair escapes such as `"\ud83d\ude00"`, accepts trailing documents and comments, and
/// reports duplicate keys with only one line. Here numbers keep their text (so `1e400` reaches the
/// decoder as written), duplicate keys name both lines, and nesting is limited before recursing.
/// O(n) in the input size.
struct JSONSourceParser {
    private let bytes: [UInt8]
    private let maxDepth: Int
    private var position = 0
    private var line = 1
    private var lineStart = 0

    /// - Parameters:
    ///   - bytes: UTF-8 text (already validated), without BOM.
    ///   - maxDepth: Deepest nesting accepted.
    init(bytes: [UInt8], maxDepth: Int) {
        self.bytes = bytes
        self.maxDepth = maxDepth
    }

    /// Parses exactly one JSON value followed only by whitespace.
    /// - Throws: `SyntaxError` naming line, column and what was expected.
    mutating func parseDocument() throws(SyntaxError) -> SourceNode {
        skipWhitespace()
        let root = try parseValue(depth: 1, path: "")
        skipWhitespace()
        if position < bytes.count { throw failure("unexpected text after the end of the JSON value; a file holds one object or one list") }
        return root
    }

    private mutating func parseValue(depth: Int, path: String) throws(SyntaxError) -> SourceNode {
        guard position < bytes.count else { throw failure("the file ends where a value was expected") }
        let startLine = line
        switch bytes[position] {
        case UInt8(ascii: "{"):
            try checkDepth(depth)
            return try parseObject(depth: depth, path: path)
        case UInt8(ascii: "["):
            try checkDepth(depth)
            return try parseArray(depth: depth, path: path)
        case UInt8(ascii: "\""):
            return SourceNode(content: .scalar(try parseString(), quoted: true), line: startLine)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return SourceNode(content: .scalar(try parseNumber(), quoted: false), line: startLine)
        default:
            for literal in ["true", "false", "null"] where matches(literal) {
                position += literal.utf8.count
                return SourceNode(content: .scalar(literal, quoted: false), line: startLine)
            }
            throw failure("expected a value (a number, text in double quotes, true, false, null, [ or {)")
        }
    }

    private mutating func parseObject(depth: Int, path: String) throws(SyntaxError) -> SourceNode {
        let startLine = line
        position += 1
        var entries: [SourceEntry] = []
        var keyLines: [String: Int] = [:]
        skipWhitespace()
        if peek(UInt8(ascii: "}")) { position += 1; return SourceNode(content: .mapping([]), line: startLine) }
        while true {
            skipWhitespace()
            guard peek(UInt8(ascii: "\"")) else { throw failure("expected a key in double quotes") }
            let keyLine = line
            let key = try parseString()
            let keyPath = path.isEmpty ? key : path + "." + key
            if let first = keyLines[key] {
                throw SyntaxError(kind: .duplicateKey, line: keyLine, keyPath: keyPath,
                                  message: "the key \"\(key)\" appears twice in the same group (lines \(first) and \(keyLine)); keep one")
            }
            keyLines[key] = keyLine
            skipWhitespace()
            guard peek(UInt8(ascii: ":")) else { throw failure("expected ':' after the key \"\(key)\"") }
            position += 1
            skipWhitespace()
            let value = try parseValue(depth: depth + 1, path: keyPath)
            entries.append(SourceEntry(key: key, keyLine: keyLine, value: value))
            skipWhitespace()
            if peek(UInt8(ascii: ",")) { position += 1; continue }
            if peek(UInt8(ascii: "}")) { position += 1; break }
            throw failure("expected ',' or '}' after the value of \"\(key)\"")
        }
        return SourceNode(content: .mapping(entries), line: startLine)
    }

    private mutating func parseArray(depth: Int, path: String) throws(SyntaxError) -> SourceNode {
        let startLine = line
        position += 1
        var elements: [SourceNode] = []
        skipWhitespace()
        if peek(UInt8(ascii: "]")) { position += 1; return SourceNode(content: .sequence([]), line: startLine) }
        while true {
            skipWhitespace()
            // Only containers need their own path (for duplicate-key errors); scalars skip building it.
            let isContainer = position < bytes.count && (bytes[position] == UInt8(ascii: "{") || bytes[position] == UInt8(ascii: "["))
            elements.append(try parseValue(depth: depth + 1, path: isContainer ? "\(path)[\(elements.count)]" : path))
            skipWhitespace()
            if peek(UInt8(ascii: ",")) { position += 1; continue }
            if peek(UInt8(ascii: "]")) { position += 1; break }
            throw failure("expected ',' or ']' after a list element")
        }
        return SourceNode(content: .sequence(elements), line: startLine)
    }

    /// Parses a string at `position` (on the opening quote); decodes all JSON escapes including surrogate pairs.
    /// Strings without escapes are decoded straight from the input bytes.
    private mutating func parseString() throws(SyntaxError) -> String {
        position += 1
        let start = position
        while position < bytes.count, bytes[position] != UInt8(ascii: "\""), bytes[position] != UInt8(ascii: "\\"), bytes[position] >= 0x20 {
            position += 1
        }
        if position < bytes.count, bytes[position] == UInt8(ascii: "\"") {
            position += 1
            return String(decoding: bytes[start..<position - 1], as: UTF8.self)
        }
        var buffer = Array(bytes[start..<position])
        while true {
            guard position < bytes.count else { throw failure("the file ends inside a text in double quotes") }
            let byte = bytes[position]
            if byte == UInt8(ascii: "\"") {
                position += 1
                return String(decoding: buffer, as: UTF8.self)
            }
            if byte < 0x20 {
                throw failure(byte == UInt8(ascii: "\n") ? "a text in double quotes is not closed before the end of the line"
                                                        : "a control character (such as a tab) inside double quotes must be written as an escape like \\t")
            }
            position += 1
            if byte != UInt8(ascii: "\\") { buffer.append(byte); continue }
            guard position < bytes.count else { throw failure("the file ends inside a text in double quotes") }
            let escape = bytes[position]
            position += 1
            switch escape {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): buffer.append(escape)
            case UInt8(ascii: "b"): buffer.append(0x08)
            case UInt8(ascii: "f"): buffer.append(0x0C)
            case UInt8(ascii: "n"): buffer.append(0x0A)
            case UInt8(ascii: "r"): buffer.append(0x0D)
            case UInt8(ascii: "t"): buffer.append(0x09)
            case UInt8(ascii: "u"):
                var code = try parseHex4()
                if (0xD800...0xDBFF).contains(code) {
                    guard matches("\\u") else { throw failure("the escape \\u\(hex(code)) is half of a surrogate pair without its second half") }
                    position += 2
                    let low = try parseHex4()
                    guard (0xDC00...0xDFFF).contains(low) else { throw failure("the escape \\u\(hex(code)) is not followed by a valid second half of a surrogate pair") }
                    code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                } else if (0xDC00...0xDFFF).contains(code) {
                    throw failure("the escape \\u\(hex(code)) is the second half of a surrogate pair without the first")
                }
                guard let scalar = Unicode.Scalar(code) else { throw failure("the escape \\u\(hex(code)) is not a character") }
                buffer.append(contentsOf: UTF8.encode(scalar)!)
            default:
                position -= 1
                throw failure("\\\(String(decoding: [escape], as: UTF8.self)) is not a JSON escape; write a backslash as \\\\")
            }
        }
    }

    private mutating func parseHex4() throws(SyntaxError) -> UInt32 {
        guard position + 4 <= bytes.count else { throw failure("a \\u escape needs four hexadecimal digits") }
        var value: UInt32 = 0
        for byte in bytes[position..<position + 4] {
            let digit: UInt32
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(byte - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt32(byte - UInt8(ascii: "a") + 10)
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt32(byte - UInt8(ascii: "A") + 10)
            default: throw failure("a \\u escape needs four hexadecimal digits")
            }
            value = value << 4 | digit
        }
        position += 4
        return value
    }

    /// Parses a number per the JSON grammar and returns its text unchanged.
    private mutating func parseNumber() throws(SyntaxError) -> String {
        let start = position
        if peek(UInt8(ascii: "-")) { position += 1 }
        if peek(UInt8(ascii: "0")) {
            position += 1
            if digitsAhead() > 0 { throw failure("a number must not start with 0 (write 10, not 010)") }
        } else if digitsAhead() == 0 {
            throw failure("expected a digit in the number")
        } else { position += digitsAhead() }
        if peek(UInt8(ascii: ".")) {
            position += 1
            guard digitsAhead() > 0 else { throw failure("expected a digit after the decimal point") }
            position += digitsAhead()
        }
        if peek(UInt8(ascii: "e")) || peek(UInt8(ascii: "E")) {
            position += 1
            if peek(UInt8(ascii: "+")) || peek(UInt8(ascii: "-")) { position += 1 }
            guard digitsAhead() > 0 else { throw failure("expected a digit in the exponent of the number") }
            position += digitsAhead()
        }
        return String(decoding: bytes[start..<position], as: UTF8.self)
    }

    private func digitsAhead() -> Int {
        var end = position
        while end < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[end]) { end += 1 }
        return end - position
    }

    private mutating func skipWhitespace() {
        while position < bytes.count {
            switch bytes[position] {
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"): position += 1
            case UInt8(ascii: "\n"): position += 1; line += 1; lineStart = position
            default: return
            }
        }
    }

    private func peek(_ byte: UInt8) -> Bool { position < bytes.count && bytes[position] == byte }

    private func matches(_ literal: String) -> Bool {
        let utf8 = Array(literal.utf8)
        return position + utf8.count <= bytes.count && bytes[position..<position + utf8.count].elementsEqual(utf8)
    }

    private func checkDepth(_ depth: Int) throws(SyntaxError) {
        if depth > maxDepth {
            throw SyntaxError(kind: .limitExceeded, line: line,
                              message: "the file is nested more than \(maxDepth) levels deep; a case file needs far fewer")
        }
    }

    private func hex(_ code: UInt32) -> String {
        let digits = String(code, radix: 16, uppercase: false)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }

    /// A syntax error at the current position; the column counts characters (Unicode scalars), 1-based.
    private func failure(_ sentence: String) -> SyntaxError {
        let column = 1 + bytes[lineStart..<min(position, bytes.count)].reduce(0) { $0 + (($1 & 0xC0) == 0x80 ? 0 : 1) }
        return SyntaxError(kind: .syntax, line: line,
                           message: "the file is not valid JSON: \(sentence) (line \(line), column \(column))")
    }
}
