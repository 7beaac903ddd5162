import CairoBackend
import Canvas
@testable import PDFWriter
import RenderingTestSupport
import Foundation
import TestSupport
import Testing

/// The writer's PDF/A-2 pieces, judged over the parsed file by `Tests/Scripts/check_pdfa.py`.
@Suite("PDF/A-2")
struct ArchivalPDFTests {
    @Test func sampleDocumentPassesEveryCheckedClauseWithItsLinks() throws {
        let dir = try TestEnvironment.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("report.pdf").path
        try PDFDocumentTests.render(to: path, fonts: TestEnvironment.fonts())
        let result = try ArchivalChecks.check(path, links: true)
        let xmp = try #require(result["xmp"] as? [String: Any])
        #expect(xmp["title"] as? String == SampleReport.metadata.title)
        #expect(xmp["author"] as? String == SampleReport.metadata.author)
        #expect(xmp["part"] as? String == "2" && xmp["conformance"] as? String == "A" && xmp["pdfua_part"] as? String == "1")
        #expect(xmp["create_date"] as? String == "2024-03-01T10:00:00Z")
        let catalog = try #require(result["catalog"] as? [String: Any])
        #expect(catalog["lang"] as? String == "en")
        #expect(catalog["display_doc_title"] as? Bool == true)
        #expect(catalog["version"] as? String == "1.7")
    }

    /// Each check can fail: a copy of the file broken against one clause fails that clause.
    @Test func everyBreakOfAClauseIsCaught() throws {
        let dir = try TestEnvironment.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("report.pdf").path
        try PDFDocumentTests.render(to: path, fonts: TestEnvironment.fonts())
        let caught = try ArchivalChecks.selfTest(path)
        #expect(Set(caught.keys) == ArchivalChecks.selfTestClauses)
        for (clause, verdict) in caught.sorted(by: { $0.key < $1.key }) {
            #expect(verdict as? Bool == true, "a file breaking \(clause) passed the check: \(verdict)")
        }
    }

    @Test func theFileIdentifierFollowsTheContent() throws {
        let dir = try TestEnvironment.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        func identifier(title: String) throws -> String {
            let path = dir.appendingPathComponent("\(title).pdf").path
            let document = try PDFDocument(path: path, fonts: TestEnvironment.fonts())
            SampleReport.draw(on: document)
            var metadata = SampleReport.metadata
            metadata.title = title
            document.setMetadata(metadata)
            try document.finish()
            let bytes = try String(decoding: Data(contentsOf: URL(fileURLWithPath: path)).suffix(300), as: UTF8.self)
            let match = try #require(bytes.firstMatch(of: /\/ID\[<([0-9a-f]{32})><([0-9a-f]{32})>\]/))
            #expect(match.1 == match.2)
            return String(match.1)
        }
        let first = try identifier(title: "A"), again = try identifier(title: "A"), other = try identifier(title: "B")
        #expect(first == again)
        #expect(first != other)
    }
}
