import CairoBackend
import Canvas
import PDFWriter
import Foundation
import RenderingTestSupport
import Testing
import TestSupport

@Suite("PNG and SVG output")
struct ImageOutputTests {
    @Test(arguments: [(72.0, 595, 842), (150.0, 1240, 1754), (300.0, 2480, 3508)])
    func pngHasThePixelSizeOfTheResolution(dpi: Double, width: Int, height: Int) throws {
        let dir = try TestEnvironment.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let image = try PNGImage(size: .a4, dpi: dpi, fonts: TestEnvironment.fonts())
        SampleReport.drawFirstPage(image.canvas)
        let url = dir.appendingPathComponent("page.png")
        try image.write(to: url.path)
        let size = try PNGHeader.size(of: url)
        #expect(size.width == width && size.height == height)
        #expect(image.pixelWidth == width && image.pixelHeight == height)
    }

    @Test(arguments: [0.0, -72, .nan, 10_000])
    func unusableResolutionIsATypedError(dpi: Double) throws {
        let fonts = try TestEnvironment.fonts()
        #expect(throws: RenderError.self) { _ = try PNGImage(size: .a4, dpi: dpi, fonts: fonts) }
    }

    @Test func pngToAMissingFolderIsATypedError() throws {
        let image = try PNGImage(size: .a4, dpi: 72, fonts: TestEnvironment.fonts())
        #expect(throws: RenderError.cannotCreateFile(path: "/nonexistent-hccreport/p.png", reason: "No such file or directory")) {
            try image.write(to: "/nonexistent-hccreport/p.png")
        }
    }

    @Test func svgIsWrittenInPoints() throws {
        let dir = try TestEnvironment.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let url = dir.appendingPathComponent("page.svg")
        let image = try SVGImage(path: url.path, size: .a4, fonts: TestEnvironment.fonts())
        SampleReport.drawSecondPage(image.canvas)
        try image.finish()
        let svg = try String(contentsOf: url, encoding: .utf8)
        #expect(svg.hasPrefix("<?xml"))
        #expect(svg.contains("<svg") && svg.contains("width=\"595.2756pt\"") && svg.contains("height=\"841.8898pt\""))
        #expect(svg.contains("viewBox=\"0 0 595.2756 841.8898\""))
        #expect(svg.contains("<path"))
        #expect(svg.hasSuffix("</svg>\n"))
    }

    @Test func pageImageDocumentWritesOneFilePerPage() throws {
        let dir = try TestEnvironment.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let fonts = try TestEnvironment.fonts()
        let png = PageImageDocument(format: .png(dpi: 36), fonts: fonts) { dir.appendingPathComponent("p\($0).png").path }
        SampleReport.draw(on: png)
        try png.finish()
        #expect(png.writtenPaths == [dir.appendingPathComponent("p1.png").path, dir.appendingPathComponent("p2.png").path])
        #expect(try PNGHeader.size(of: dir.appendingPathComponent("p2.png")) == (306, 396))
        let svg = PageImageDocument(format: .svg, fonts: fonts) { dir.appendingPathComponent("p\($0).svg").path }
        SampleReport.draw(on: svg)
        try svg.finish()
        #expect(svg.writtenPaths.count == 2)
        #expect(try String(contentsOf: dir.appendingPathComponent("p2.svg"), encoding: .utf8).contains("width=\"612pt\""))
    }

    @Test func pageImageDocumentReportsAnUnwritablePage() throws {
        let document = PageImageDocument(format: .svg, fonts: try TestEnvironment.fonts()) { "/nonexistent-hccreport/p\($0).svg" }
        _ = document.beginPage(size: .a4)
        #expect(throws: RenderError.cannotCreateFile(path: "/nonexistent-hccreport/p1.svg", reason: "No such file or directory")) {
            try document.finish()
        }
    }
}
