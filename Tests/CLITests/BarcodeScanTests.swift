import Foundation
import TestSupport
import Testing

/// The footer's Code 128 barcode scans back to the patient ID (zbar, an independent decoder) from
/// page rasters of three PDF renderers at the resolutions of office scanners and fax-quality
/// prints: poppler (`pdftoppm`), mupdf (`mutool draw`) and Ghostscript (`pnggray`, no
/// anti-aliasing: every bar edge snapped or not shows).
@Suite struct BarcodeScanTests {
    typealias CLI = CommandLineRunner

    enum Renderer: String, CaseIterable, Sendable, CustomTestStringConvertible {
        case poppler, mupdf, ghostscript
        var testDescription: String { rawValue }
    }

    static let cases: [(Renderer, Int)] = Renderer.allCases.flatMap { renderer in [150, 200, 300].map { (renderer, $0) } }

    @Test(arguments: BarcodeScanTests.cases)
    func barcodeDecodes(renderer: Renderer, dpi: Int) throws {
        let dir = try RenderCommandTests.rendered()
        let pdf = dir.appendingPathComponent("HCC-2025-0001.pdf").path
        let work = try makeTemporaryDirectory("barcode-\(renderer.rawValue)-\(dpi)")
        defer { try? FileManager.default.removeItem(at: work) }
        let image: String
        let result: ProcessOutput
        switch renderer {
        case .poppler:
            let root = work.appendingPathComponent("page").path
            result = try CLI.tool("pdftoppm", ["-r", "\(dpi)", "-gray", "-png", "-f", "1", "-l", "1", "-singlefile", pdf, root])
            image = root + ".png"
        case .mupdf:
            image = work.appendingPathComponent("page.png").path
            result = try CLI.tool("mutool", ["draw", "-q", "-r", "\(dpi)", "-c", "gray", "-o", image, pdf, "1"])
        case .ghostscript:
            image = work.appendingPathComponent("page.png").path
            result = try CLI.tool("gs", ["-q", "-dSAFER", "-dBATCH", "-dNOPAUSE", "-sDEVICE=pnggray", "-r\(dpi)",
                                         "-dFirstPage=1", "-dLastPage=1", "-sOutputFile=\(image)", pdf])
        }
        try #require(result.status == 0 && FileManager.default.fileExists(atPath: image), "\(renderer) failed: \(result.stderr)")
        let scan = try CLI.tool("zbarimg", ["-q", image])
        #expect(scan.stdout.split(separator: "\n").contains("CODE-128:HCC-2025-0001"),
                "\(renderer) at \(dpi) dpi: zbarimg read \(scan.stdout.isEmpty ? "nothing" : scan.stdout) \(scan.stderr)")
    }
}
