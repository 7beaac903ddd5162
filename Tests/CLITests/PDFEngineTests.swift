import Foundation
import TestSupport
import Testing

/// `--pdf-engine cairo`: Cairo's PDF surface stays available as the reference engine. Its
/// reports are valid PDFs (qpdf) with the same pages as the default writer's.
@Suite struct PDFEngineTests {
    typealias CLI = CommandLineRunner

    @Test func cairoEngineWritesValidReportsWithTheSamePages() throws {
        let writerDir = try RenderCommandTests.rendered()
        let dir = try makeTemporaryDirectory("render-cairo")
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = try CLI.hccreport(["render", CLI.examples, "-o", dir.path, "--date", RenderCommandTests.date, "--pdf-engine", "cairo"])
        #expect(out.status == 0, "stderr: \(out.stderr)")
        let names = try RenderCommandTests.pdfs(dir)
        try #require(names.count == 17, "\(names)")
        func info(_ path: URL) throws -> (pages: Int?, producer: String) {
            let lines = try CLI.tool("pdfinfo", [path.path]).stdout.split(separator: "\n")
            let pages = lines.first { $0.hasPrefix("Pages:") }.flatMap { Int($0.split(separator: " ").last ?? "") }
            return (pages, lines.first { $0.hasPrefix("Producer:") }.map(String.init) ?? "")
        }
        for name in names {
            let cairo = dir.appendingPathComponent(name), writer = writerDir.appendingPathComponent(name)
            let check = try CLI.tool("qpdf", ["--check", cairo.path])
            #expect(check.status == 0, "\(name): \(check.stdout) \(check.stderr)")
            let (cairoInfo, writerInfo) = (try info(cairo), try info(writer))
            #expect(cairoInfo.pages != nil && cairoInfo.pages == writerInfo.pages, "\(name): \(String(describing: cairoInfo.pages)) pages from Cairo, \(String(describing: writerInfo.pages)) from the writer")
            #expect(cairoInfo.producer.contains("cairo"), "\(name): \(cairoInfo.producer)")
            #expect(!writerInfo.producer.contains("cairo"), "\(name): \(writerInfo.producer)")
        }
        let first = dir.appendingPathComponent("HCC-2025-0001.pdf")
        let pages = try #require(try info(first).pages)
        let text = try CLI.tool("pdftotext", [first.path, "-"]).stdout
        #expect(text.contains("HCC-2025-0001") && text.contains("Page \(pages) of \(pages)"), "\(text.suffix(300))")
    }

    @Test func figureTakesTheCairoEngineToo() throws {
        let dir = try makeTemporaryDirectory("figure-cairo")
        defer { try? FileManager.default.removeItem(at: dir) }
        let pdf = dir.appendingPathComponent("nomogram.pdf").path
        let out = try CLI.hccreport(["figure", "nomogram", "-o", pdf, "--pdf-engine", "cairo"])
        #expect(out.status == 0, "stderr: \(out.stderr)")
        #expect(try CLI.tool("qpdf", ["--check", pdf]).status == 0)
        #expect(try CLI.tool("pdfinfo", [pdf]).stdout.contains("cairo"))
        let bad = try CLI.hccreport(["render", CLI.examples, "-o", dir.path, "--pdf-engine", "ghostscript"])
        #expect(bad.status == 2 && bad.stderr.contains("--pdf-engine"), "\(bad.stderr)")
    }
}
