/// The tool's one CSV reader (reference cohorts, coordinators' CSV sheets): splits CSV text into
/// records per RFC 4180, remembering the line each record starts on.
///
/// Fields are separated by the delimiter (a comma, or the semicolon German and French spreadsheet
/// programs export); a field in double quotes may contain delimiters, line breaks and doubled quotes
/// (`""` → `"`). Records end at CRLF, LF or a lone CR; a UTF-8 byte-order mark is skipped; blank lines
/// are skipped but counted as rows. Spaces are kept (callers trim what they interpret). Malformed
/// records are reported with their line and skipped, so one bad line does not hide the next; an
/// unterminated quote ends the reading. O(n) in the length of the text.
///
/// Written here rather than taken from a CSV package because every problem must name its line and the
/// reading must go on past a bad record, so that one message lists every problem of a file.
public struct CSVRecordReader: Sendable {
    /// One record, the 1-based physical line it starts on and its row number.
    public struct Record: Sendable, Hashable {
        /// The physical line the record starts on (a quoted line break makes a record span lines).
        public var line: Int
        /// The row as a spreadsheet program numbers it: records counted from 1, blank lines included.
        public var row: Int
        /// The fields, unquoted.
        public var fields: [String]
    }

    /// A record that could not be split, and why (a phrase the caller puts after file and line).
    public struct SyntaxProblem: Sendable, Hashable {
        /// The physical line of the problem.
        public var line: Int
        /// What is wrong and how to fix it.
        public var message: String
    }

    /// The records read, in order.
    public private(set) var records: [Record] = []
    /// The records that could not be read, in order.
    public private(set) var problems: [SyntaxProblem] = []

    private static let quote = UInt8(ascii: "\""), cr = UInt8(ascii: "\r"), lf = UInt8(ascii: "\n")

    /// Reads all records of `text`.
    /// - Parameters:
    ///   - text: The whole CSV document.
    ///   - delimiter: The field separator, `,` (default) or `;` (an ASCII character).
    public init(text: String, delimiter: Unicode.Scalar = ",") {
        var bytes = Array(text.utf8)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        var scanner = Scanner(bytes: bytes, delimiter: UInt8(truncatingIfNeeded: delimiter.value))
        var row = 0
        while !scanner.atEnd {
            let start = scanner.line
            row += 1
            switch scanner.readRecord() {
            case .record(let fields, let blank):
                if !blank { records.append(Record(line: start, row: row, fields: fields)) }
            case .malformed(let message):
                problems.append(SyntaxProblem(line: start, message: message))
                scanner.skipRestOfLine()
            case .unterminatedQuote(let line):
                problems.append(SyntaxProblem(line: line, message: "a quoted field starts on this line but its closing quote is missing"))
                return
            }
        }
    }

    /// `;` when the first line has more semicolons than commas outside quotes, else `,`: how a file
    /// exported by a spreadsheet program in a comma-decimal locale is told apart.
    /// - Parameter text: The document.
    /// - Returns: The delimiter.
    public static func likelyDelimiter(of text: String) -> Unicode.Scalar {
        var commas = 0, semicolons = 0, inQuotes = false
        for scalar in text.unicodeScalars {
            if scalar == "\"" { inQuotes.toggle() }
            if inQuotes { continue }
            if scalar == "\n" || scalar == "\r" { break }
            if scalar == "," { commas += 1 }
            if scalar == ";" { semicolons += 1 }
        }
        return semicolons > commas ? ";" : ","
    }

    private struct Scanner {
        enum Outcome { case record([String], blank: Bool), malformed(String), unterminatedQuote(line: Int) }

        let bytes: [UInt8]
        let delimiter: UInt8
        var index = 0
        var line = 1

        init(bytes: [UInt8], delimiter: UInt8) {
            self.bytes = bytes
            self.delimiter = delimiter
        }

        var atEnd: Bool { index >= bytes.count }
        private var current: UInt8? { index < bytes.count ? bytes[index] : nil }
        private var atRecordEnd: Bool { current == nil || current == CSVRecordReader.cr || current == CSVRecordReader.lf }

        mutating func readRecord() -> Outcome {
            var fields: [String] = []
            var anyQuoted = false
            while true {
                if current == CSVRecordReader.quote {
                    anyQuoted = true
                    let opened = line
                    guard let field = readQuotedField() else { return .unterminatedQuote(line: opened) }
                    fields.append(field)
                    if !atRecordEnd && current != delimiter {
                        return .malformed("unexpected text after the closing quote of a field; quote the whole field")
                    }
                } else {
                    let start = index
                    while !atRecordEnd && current != delimiter {
                        if current == CSVRecordReader.quote {
                            return .malformed("a double quote inside an unquoted field; enclose the field in double quotes and double the inner quote (\"\")")
                        }
                        index += 1
                    }
                    fields.append(String(decoding: bytes[start..<index], as: UTF8.self))
                }
                if current == delimiter {
                    index += 1
                    continue
                }
                consumeLineBreak()
                return .record(fields, blank: !anyQuoted && fields.count == 1 && fields[0].isEmpty)
            }
        }

        /// Reads from an opening quote through its closing quote; `nil` when the text ends first.
        private mutating func readQuotedField() -> String? {
            index += 1
            var buffer: [UInt8] = []
            while let byte = current {
                if byte == CSVRecordReader.quote {
                    if index + 1 < bytes.count && bytes[index + 1] == CSVRecordReader.quote {
                        buffer.append(byte)
                        index += 2
                        continue
                    }
                    index += 1
                    return String(decoding: buffer, as: UTF8.self)
                }
                if byte == CSVRecordReader.lf || (byte == CSVRecordReader.cr && (index + 1 >= bytes.count || bytes[index + 1] != CSVRecordReader.lf)) {
                    line += 1
                }
                buffer.append(byte)
                index += 1
            }
            return nil
        }

        private mutating func consumeLineBreak() {
            if current == CSVRecordReader.cr {
                index += 1
                if current == CSVRecordReader.lf { index += 1 }
                line += 1
            } else if current == CSVRecordReader.lf {
                index += 1
                line += 1
            }
        }

        mutating func skipRestOfLine() {
            while !atRecordEnd { index += 1 }
            consumeLineBreak()
        }
    }
}
