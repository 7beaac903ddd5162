import Foundation
import TestSupport
import Testing

/// No placeholder on a printed page: without an institution the header line and the PDF's author
/// are left out and `render` says so once; with one, both carry it.
@Suite struct InstitutionLineTests {
    typealias CLI = CommandLineRunner

    @Test func withoutAnInstitutionTheLineIsLeftOutAndRenderWarnsOnce() throws {
        let root = try makeTemporaryDirectory("institution")
        defer { try? FileManager.default.removeItem(at: root) }
        try NameScriptTests.caseFile(id: "INST-1", name: "Wang, Li").write(to: root.appendingPathComponent("p.yaml"), atomically: true, encoding: .utf8)
        let warning = "warning: no institution is set (--institution TEXT, or institution in the template's layout.yaml); the reports are printed without one."

        let bare = try CLI.hccreport(["render", "p.yaml", "-o", "bare", "--date", "2026-01-01"], in: root)
        #expect(bare.status == 0, "\(bare.stderr)")
        #expect(bare.stderr.components(separatedBy: warning).count == 2, "\(bare.stderr)")
        let pdf = root.appendingPathComponent("bare/INST-1.pdf")
        let text = try NameScriptTests.extractedText(pdf)
        #expect(!text.contains("institution"))
        #expect(!text.contains("Department of Radiology"))
        #expect(!(try CLI.tool("pdfinfo", [pdf.path]).stdout.contains("Author:")))

        let named = try CLI.hccreport(["render", "p.yaml", "-o", "named", "--date", "2026-01-01", "--institution", "Klinikum Nord"], in: root)
        #expect(named.status == 0)
        #expect(!named.stderr.contains(warning))
        let namedPDF = root.appendingPathComponent("named/INST-1.pdf")
        #expect(try NameScriptTests.extractedText(namedPDF, page: 1).contains("Klinikum Nord"))
        #expect(try CLI.tool("pdfinfo", [namedPDF.path]).stdout.contains("Author:          Klinikum Nord"))
    }
}
