import Foundation
import TestSupport
import Testing

/// The printed report says whether it is signed off, on every page, and says the same as the DICOM
/// and FHIR copies: "Preliminary — not signed off" by default, "Final" with `--final` or a template
/// whose `records.status` is final. Judged with pdftotext, pdfinfo's structure tree, and the chart
/// validators (dcmdump, pydicom, fhir.resources).
@Suite struct ReportStatusTests {
    typealias CLI = CommandLineRunner
    static let preliminary = "Preliminary — not signed off"

    /// pdftotext of page `page`.
    func text(_ pdf: URL, page: Int) throws -> String {
        let out = try CLI.tool("pdftotext", ["-enc", "UTF-8", "-f", "\(page)", "-l", "\(page)", pdf.path, "-"])
        #expect(out.status == 0, "pdftotext: \(out.stderr)")
        return out.stdout
    }

    /// Renders the first example case into a fresh folder and returns the PDF's URL.
    func render(_ extra: [String], label: String) throws -> (pdf: URL, dir: URL) {
        let dir = try makeTemporaryDirectory(label)
        let out = try CLI.hccreport(["render", CLI.examples + "/p01-figure2-65y-obr.yaml", "-o", dir.path, "--date", "2025-06-30"] + extra)
        #expect(out.status == 0, "\(out.stderr)")
        return (dir.appendingPathComponent("HCC-2025-0001.pdf"), dir)
    }

    /// Checks that pages 1 and 2 print `expected` in the header and not the other status, and that
    /// page 1's status is tagged content (once in the structure tree; later pages' headers are artifacts).
    func expectStatus(_ expected: String, in pdf: URL) throws {
        let other = expected == "Final" ? "Preliminary" : "Final"
        for page in [1, 2] {
            let lines = try text(pdf, page: page).split(separator: "\n").prefix(6).map(String.init)
            #expect(lines.contains { $0.hasSuffix(" · " + expected) || $0 == expected }, "page \(page): \(lines)")
            #expect(!(try text(pdf, page: page)).contains(other), "page \(page)")
        }
        let structure = try CLI.tool("pdfinfo", ["-struct-text", pdf.path])
        #expect(structure.status == 0, "pdfinfo: \(structure.stderr)")
        #expect(structure.stdout.components(separatedBy: expected).count == 2, "tagged once, on page 1")
    }

    @Test func aPlainRenderPrintsPreliminaryOnEveryPage() throws {
        let (pdf, dir) = try render([], label: "status-default")
        defer { try? FileManager.default.removeItem(at: dir) }
        try expectStatus(Self.preliminary, in: pdf)
    }

    @Test func finalPrintsFinalOnEveryPage() throws {
        let (pdf, dir) = try render(["--final"], label: "status-final")
        defer { try? FileManager.default.removeItem(at: dir) }
        try expectStatus("Final", in: pdf)
    }

    @Test func aTemplateWhoseRecordsAreFinalPrintsFinal() throws {
        let dir = try makeTemporaryDirectory("status-template")
        defer { try? FileManager.default.removeItem(at: dir) }
        let template = dir.appendingPathComponent("signed")
        try FileManager.default.copyItem(at: PackagePaths.root.appendingPathComponent("Templates/tumor-board"), to: template)
        let layout = template.appendingPathComponent("layout.yaml")
        let yaml = try String(contentsOf: layout, encoding: .utf8)
        #expect(!yaml.contains("records:"))
        try (yaml + "\nrecords: {status: final}\n").write(to: layout, atomically: true, encoding: .utf8)
        let (pdf, out) = try render(["--template", template.path], label: "status-template-out")
        defer { try? FileManager.default.removeItem(at: out) }
        try expectStatus("Final", in: pdf)
    }

    @Test(arguments: [(["--final"], "Final", "VERIFIED", "final"), ([], preliminary, "UNVERIFIED", "preliminary")])
    func thePDFAndItsChartCopiesAgree(extra: [String], printed: String, verification: String, docStatus: String) throws {
        let (pdf, dir) = try render(["--dicom", "--fhir"] + extra, label: "status-chart")
        defer { try? FileManager.default.removeItem(at: dir) }
        try expectStatus(printed, in: pdf)
        let dicom = try ChartValidators.judgeDICOM(dir.appendingPathComponent("HCC-2025-0001.dcm").path, pdf: pdf.path)
        #expect(dicom["pdf_identical"] as? Bool == true, "the DICOM file carries this very PDF")
        #expect(dicom["verification"] as? String == verification)
        let fhir = try ChartValidators.judgeFHIR(dir.appendingPathComponent("HCC-2025-0001.fhir.json").path, pdf: pdf.path)
        #expect(fhir["docStatus"] as? String == docStatus)
    }
}
