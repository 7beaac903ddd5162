import Foundation
import Testing

/// The PDF/A-2 clause checks of `Tests/Scripts/check_pdfa.py` (pikepdf, that is qpdf's parser,
/// and the raw bytes; no PDF/A validator installs here). docs/PDFA.md lists the clauses.
public enum ArchivalChecks {
    /// The checker script.
    public static let script = PackagePaths.file("Tests/Scripts/check_pdfa.py")

    /// Clauses checked on every document the writer makes (ISO 19005-2 clause and veraPDF's test
    /// number; "6.6.2-info" is the document information against the XMP, ISO 32000-1 14.3.3).
    public static let clauses: Set<String> = [
        "6.1.2-1", "6.1.2-2", "6.1.3-1", "6.1.3-2", "6.1.3-3", "6.1.4-2", "6.1.7.1-1", "6.1.7.1-2", "6.1.7.1-3", "6.1.7.2-1",
        "6.1.13-1", "6.1.13-3", "6.1.13-4", "6.1.13-7", "6.1.13-8", "6.1.13-11",
        "6.2.2-1", "6.2.3-0", "6.2.3-1", "6.2.3-2", "6.2.4.3-2", "6.2.4.3-3", "6.2.4.3-4",
        "6.2.11.2-1", "6.2.11.3.1-1", "6.2.11.3.2-1", "6.2.11.4.1-1", "6.2.11.4.1-2", "6.2.11.4.2-2", "6.2.11.5-1", "6.2.11.7.2-1",
        "6.2.11.8-1", "6.4.1-3", "6.4.2-2", "6.5.1-1", "6.5.2-1", "6.5.2-2", "6.8-5", "6.9-0", "6.10-1", "6.10-2", "6.11-1",
        "6.6.2.1-1", "6.6.2.1-2", "6.6.2.1-3", "6.6.2.1-4", "6.6.2.1-5", "6.6.2.3.1-1", "6.6.2-info",
        "6.6.4-1", "6.6.4-2", "6.6.4-3", "6.6.4-4", "6.6.4-5",
    ]

    /// Clauses checked on documents with link annotations.
    public static let annotationClauses: Set<String> = ["6.3.1-1", "6.3.2-1", "6.3.2-2", "6.3.3-1"]

    /// Breaks the self-test makes, one per clause; each must be caught.
    public static let selfTestClauses: Set<String> = [
        "6.1.2-2", "6.1.3-1", "6.1.3-3", "6.1.7.2-1", "6.2.3-0", "6.2.3-1", "6.2.4.3-3", "6.2.11.4.1-1", "6.2.11.5-1",
        "6.2.11.7.2-1", "6.2.11.8-1", "6.3.2-2", "6.5.1-1", "6.6.2.1-1", "6.6.2.1-4", "6.6.2.3.1-1", "6.6.4-2", "6.6.2-info",
    ]

    /// The script's failure or unreadable output.
    public struct CheckerFailed: Error, CustomStringConvertible {
        public let description: String
    }

    /// Checks `pdf` and records an issue for every clause it fails and every expected clause it
    /// did not check.
    /// - Parameters:
    ///   - pdf: the file.
    ///   - links: whether the document has link annotations (then the 6.3 clauses are expected too).
    /// - Returns: the checker's JSON (`clauses`, `xmp`, `catalog`, `outline`).
    /// - Throws: `CheckerFailed` when the script fails (`make validators` installs pikepdf).
    @discardableResult
    public static func check(_ pdf: String, links: Bool = false, sourceLocation: SourceLocation = #_sourceLocation) throws -> [String: Any] {
        let result = try run([pdf], sourceLocation: sourceLocation)
        let clauses = result["clauses"] as? [String: [String: Any]] ?? [:]
        let expected = links ? Self.clauses.union(annotationClauses) : Self.clauses
        let missing = expected.subtracting(clauses.keys)
        #expect(missing.isEmpty, "\(pdf): clauses not checked: \(missing.sorted())", sourceLocation: sourceLocation)
        for (clause, verdict) in clauses.sorted(by: { $0.key < $1.key }) where verdict["ok"] as? Bool != true {
            Issue.record("\((pdf as NSString).lastPathComponent): ISO 19005-2 \(clause) fails: \(verdict["detail"] ?? "")",
                         sourceLocation: sourceLocation)
        }
        return result
    }

    /// Breaks `pdf` once per clause of `selfTestClauses` and reports which breaks the checker caught.
    /// - Returns: clause → `true` (caught), `false` (missed) or a message.
    public static func selfTest(_ pdf: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> [String: Any] {
        let result = try run(["--self-test", pdf], sourceLocation: sourceLocation)
        return result["caught"] as? [String: Any] ?? [:]
    }

    private static func run(_ arguments: [String], sourceLocation: SourceLocation) throws -> [String: Any] {
        let result = try ExternalProcess.run(ChartValidators.python, [script.path] + arguments)
        guard result.status == 0, let object = try? JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any] else {
            let failure = CheckerFailed(description: "check_pdfa.py failed (\(result.status)); `make validators` installs pikepdf: \(result.stderr)\(result.stdout)")
            Issue.record(Comment(rawValue: failure.description), sourceLocation: sourceLocation)
            throw failure
        }
        return object
    }
}
