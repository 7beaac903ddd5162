import Foundation
import TestSupport
import Testing

/// The rendered example batch through four independent PDF parsers besides qpdf
/// (`RenderCommandTests`): mupdf (`mutool info`, `mutool draw`), Ghostscript stopping at its first
/// warning, and pypdf in strict mode extracting the text of every page.
@Suite struct PDFParserTests {
    typealias CLI = CommandLineRunner

    /// mupdf's messages other than its build's note that it has no colour management.
    private func mupdfComplaints(_ stderr: String) -> [Substring] {
        stderr.split(separator: "\n").filter { !$0.contains("ICC support is not available") && !$0.isEmpty }
    }

    @Test func mupdfReadsAndDrawsEveryPageWithoutComplaint() throws {
        let dir = try makeTemporaryDirectory("mutool")
        defer { try? FileManager.default.removeItem(at: dir) }
        for pdf in try RenderCommandTests.batchPDFs() {
            let info = try CLI.tool("mutool", ["info", pdf.path])
            #expect(info.status == 0 && mupdfComplaints(info.stderr).isEmpty, "\(pdf.lastPathComponent): \(info.stderr)")
            #expect(info.stdout.contains("Pages: "), "\(pdf.lastPathComponent): \(info.stdout)")
            let draw = try CLI.tool("mutool", ["draw", "-q", "-r", "36", "-o", dir.appendingPathComponent("page-%d.png").path, pdf.path])
            #expect(draw.status == 0 && mupdfComplaints(draw.stderr).isEmpty, "\(pdf.lastPathComponent): \(draw.stderr)")
        }
    }

    @Test func ghostscriptInterpretsEveryPageWithoutAWarning() throws {
        for pdf in try RenderCommandTests.batchPDFs() {
            let result = try CLI.tool("gs", ["-q", "-dSAFER", "-dPDFSTOPONWARNING", "-dPDFSTOPONERROR", "-dBATCH", "-dNOPAUSE",
                                             "-sDEVICE=nullpage", pdf.path])
            #expect(result.status == 0, "\(pdf.lastPathComponent): exit \(result.status)")
            #expect((result.stdout + result.stderr).trimmingCharacters(in: .whitespacesAndNewlines).isEmpty,
                    "\(pdf.lastPathComponent): \(result.stdout) \(result.stderr)")
        }
    }

    @Test func strictPypdfReadsEveryPagesText() throws {
        let files = try RenderCommandTests.batchPDFs()
        let script = PackagePaths.file("Tests/Scripts/read_pdf_strict.py").path
        let result = try ExternalProcess.run(ChartValidators.python, [script] + files.map(\.path))
        try #require(result.status == 0, "read_pdf_strict.py failed; `make validators` installs pypdf: \(result.stderr)")
        let read = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: [String: Any]])
        for file in files {
            let name = file.lastPathComponent
            let entry = try #require(read[file.path], "\(name) missing")
            #expect(entry["error"] == nil, "\(name): pypdf (strict) refused it: \(entry["error"] ?? "")")
            let pages = entry["pages"] as? [String] ?? []
            #expect(!pages.isEmpty, "\(name): no page")
            for (index, text) in pages.enumerated() {
                #expect(!text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty, "\(name) page \(index + 1): no text")
                if name.hasPrefix("HCC-") {
                    #expect(text.contains("Page \(index + 1) of \(pages.count)"), "\(name) page \(index + 1): \(text.suffix(200))")
                }
            }
        }
    }
}
