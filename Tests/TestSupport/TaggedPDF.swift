import Foundation
import Testing

/// What a screen reader gets from a tagged PDF, read by `Tests/Scripts/check_tagged_pdf.py`
/// with pikepdf (structure tree, parent tree, content streams, annotations) and pdfminer.six (the
/// text of each marked-content sequence), both in `.build/validators` (`make validators`).
public struct TaggedPDF: Decodable, Sendable {
    public struct FigureElement: Decodable, Sendable { public var alt: String? }
    public struct TableElement: Decodable, Sendable {
        public var headerCells: [String]
        public var scopes: [String]
        public var rowCellCounts: [Int]
        public var kids: [String]
    }
    public struct LinkAnnotation: Decodable, Sendable {
        public var page: Int
        public var contents: String?
        public var element: String?
    }
    public struct SpanElement: Decodable, Sendable {
        public var lang: String?
        public var text: String
    }

    public var pages: Int
    /// The catalog's `/Lang`.
    public var lang: String?
    /// `/MarkInfo /Marked true`.
    public var marked: Bool
    /// Every failed check, each naming its PDF/UA-1 clause and Matterhorn checkpoint.
    public var problems: [String]
    public var rootRoles: [String]
    public var roles: [String]
    /// Role and text of each heading, in document order.
    public var headings: [[String]]
    public var outline: [String]
    public var figures: [FigureElement]
    public var captions: [String]
    public var tables: [TableElement]
    public var links: [LinkAnnotation]
    public var spans: [SpanElement]
    public var languages: [String]
    public var paragraphs: [String]
    /// Text of each heading and paragraph in structure order.
    public var readingOrder: [String]

    /// The checking script.
    public static let script = PackagePaths.file("Tests/Scripts/check_tagged_pdf.py")

    /// Reads `pdf`.
    /// - Throws: `ChartValidators.ScriptFailed` (recorded as an issue) when the script fails.
    public static func read(_ pdf: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> TaggedPDF {
        try read([pdf], sourceLocation: sourceLocation)[pdf]!
    }

    /// Reads each of `pdfs` (one Python process for all).
    /// - Returns: the report of each file by its path.
    /// - Throws: `ChartValidators.ScriptFailed` (recorded as an issue) when the script fails.
    public static func read(_ pdfs: [String], sourceLocation: SourceLocation = #_sourceLocation) throws -> [String: TaggedPDF] {
        let result = try ExternalProcess.run(ChartValidators.python, [script.path] + pdfs)
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        guard result.status == 0, let reports = try? decoder.decode([String: TaggedPDF].self, from: Data(result.stdout.utf8)),
              pdfs.allSatisfy({ reports[$0] != nil }) else {
            let failure = ChartValidators.ScriptFailed(
                description: "check_tagged_pdf.py failed (\(result.status)); `make validators` installs pikepdf and pdfminer.six: \(result.stderr)\(result.stdout.prefix(2000))")
            Issue.record(Comment(rawValue: failure.description), sourceLocation: sourceLocation)
            throw failure
        }
        return reports
    }
}
