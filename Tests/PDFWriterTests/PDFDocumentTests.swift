import CairoBackend
import Canvas
import Foundation
@testable import PDFWriter
import RenderingTestSupport
import Testing
import TestSupport

@Suite("PDF document")
struct PDFDocumentTests {
    /// Renders the sample report to `path` with a fresh registry.
    static func render(to path: String, fonts: FontRegistry) throws {
        let document = try PDFDocument(path: path, fonts: fonts)
        SampleReport.draw(on: document)
        try document.finish()
    }

    @Test func pdfinfoReportsPagesTitleAndDates() throws {
        let dir = try TestEnvironment.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("report.pdf").path
        try Self.render(to: path, fonts: TestEnvironment.fonts())
        let info = try ExternalProcess.tool("pdfinfo", [path])
        #expect(info.status == 0)
        let fields = Dictionary(info.stdout.split(separator: "\n").compactMap { line -> (String, String)? in
            guard let colon = line.firstIndex(of: ":") else { return nil }
            return (String(line[..<colon]), line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces))
        }, uniquingKeysWith: { a, _ in a })
        #expect(fields["Pages"] == "2")
        #expect(fields["Title"] == "Tumour board report — Test Patient")
        #expect(fields["Author"] == "hccreport tests")
        #expect(fields["Subject"] == "HCC")
        #expect(fields["Keywords"] == "HCC, DECT")
        #expect(fields["Creator"] == "hccreport")
        #expect(fields["CreationDate"]?.contains("2024") == true)
        #expect(fields["ModDate"]?.contains("2024") == true)
        let sizes = try ExternalProcess.tool("pdfinfo", ["-f", "1", "-l", "2", path]).stdout
        #expect(sizes.contains("Page    1 size:  595.276 x 841.89 pts (A4)"))
        #expect(sizes.contains("Page    2 size:  612 x 792 pts (letter)"))
    }

    @Test func onlyBundledFontsAreEmbeddedAsSubsets() throws {
        let dir = try TestEnvironment.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("report.pdf").path
        try Self.render(to: path, fonts: TestEnvironment.fonts())
        let result = try ExternalProcess.tool("pdffonts", [path])
        #expect(result.status == 0)
        // Skip the two header lines; each row: name type encoding emb sub uni object ID.
        let rows = result.stdout.split(separator: "\n").dropFirst(2).map { $0.split(separator: " ", omittingEmptySubsequences: true) }
        #expect(rows.count >= 6, "expected regular, bold, italic, bold italic, mono and mono bold: \(result.stdout)")
        for row in rows {
            let name = String(row[0])
            let baseName = name.split(separator: "+").last.map(String.init) ?? name
            #expect(baseName.hasPrefix("NotoSans-") || baseName.hasPrefix("NotoSansMono-"), "unexpected font \(name)")
            #expect(name.contains("+"), "font \(name) is not a subset")
            // The columns emb, sub, uni are the three yes/no fields before the object id.
            let flags = row.suffix(5).prefix(3).map(String.init)
            #expect(flags == ["yes", "yes", "yes"], "font \(name): \(row)")
        }
        let names = Set(rows.map { String($0[0].split(separator: "+").last ?? "") })
        #expect(names.isSuperset(of: ["NotoSans-Regular", "NotoSans-Bold", "NotoSans-Italic", "NotoSans-BoldItalic",
                                      "NotoSansMono-Regular", "NotoSansMono-Bold"]), "\(names)")
    }

    @Test func textRoundTripsThroughPdftotext() throws {
        let dir = try TestEnvironment.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("report.pdf").path
        try Self.render(to: path, fonts: TestEnvironment.fonts())
        let result = try ExternalProcess.tool("pdftotext", ["-enc", "UTF-8", path, "-"])
        #expect(result.status == 0)
        let text = result.stdout
        for expected in ["Tumour board report", "Regular text", "Bold text", "Italic text", "Bold italic text",
                         "Mono 0.873", "Markup with italic and sub & entity", "Follow-up", "Back to summary"]
            + SampleReport.specialText {
            #expect(text.contains(expected), "pdftotext lost \"\(expected)\":\n\(text)")
        }
        #expect(text.contains("λ_HU = 1.92 ± 0.31, NIC ≥ 0.5 ≤ 0.9, dose 120 µGy, V₄₀ 3.1 cm², margin ≥ 1 cm"))
    }

    @Test func qpdfFindsNoStructuralProblems() throws {
        let dir = try TestEnvironment.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("report.pdf").path
        try Self.render(to: path, fonts: TestEnvironment.fonts())
        let result = try ExternalProcess.tool("qpdf", ["--check", path])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.contains("No syntax or stream encoding errors found"))
        #expect(result.stderr.isEmpty, "\(result.stderr)")
    }

    @Test func outlineLinksAndDestinationsAreWritten() throws {
        let dir = try TestEnvironment.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("report.pdf").path
        try Self.render(to: path, fonts: TestEnvironment.fonts())
        let json = try ExternalProcess.tool("qpdf", ["--json", "--json-key=outlines", path])
        #expect(json.status == 0)
        let root = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let outlines = try #require(root["outlines"] as? [[String: Any]])
        #expect(outlines.map { $0["title"] as? String } == ["Summary", "Follow-up"])
        #expect(outlines.map { $0["destpageposfrom1"] as? Int } == [1, 2])
        let kids = try #require(outlines.first?["kids"] as? [[String: Any]])
        #expect(kids.map { $0["title"] as? String } == ["Nomogram"])
        // Links: two internal (GoTo a named destination) and one URI; destinations are named.
        let objects = try ExternalProcess.tool("qpdf", ["--qdf", "--object-streams=disable", path, "-"]).stdout
        #expect(objects.components(separatedBy: "/Subtype /Link").count - 1 == 3)
        #expect(objects.contains("(https://example.org/it's)"))
        #expect(objects.contains("(followup)") && objects.contains("(summary)"))
        // The URI link drawn at y = 320 pt on the 841.89 pt A4 page: PDF y = 841.89 − 320 (top) and − 334 (bottom).
        let squeezed = objects.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(squeezed.contains("/Rect [ 56 507.89 176 521.89 ]"), "\(squeezed)")
        // Named destination "followup" at y = 40 pt on the 792 pt Letter page 2.
        #expect(squeezed.contains("(followup) [ 11 0 R /XYZ 56 752 0 ]") || squeezed.contains("/XYZ 56 752 0"))
        // Bookmarks open at their headings, not at the page top: "Summary" drawn at y = 50 pt on the
        // A4 page, "Nomogram" at 185 pt, "Follow-up" at 40 pt on the Letter page.
        for (title, y) in [("Summary", "791.89"), ("Nomogram", "656.89"), ("Follow-up", "752")] {
            let pattern = try Regex("/Dest \\[ \\d+ 0 R /XYZ 0 \(y) 0 \\][^>]*/Title \\(\(title)\\)")
            #expect(squeezed.contains(pattern), "bookmark \(title) does not point at y = \(y)")
        }
    }

    @Test func fixedCreationDateGivesByteIdenticalFiles() throws {
        let dir = try TestEnvironment.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let a = dir.appendingPathComponent("a.pdf").path, b = dir.appendingPathComponent("b.pdf").path
        try Self.render(to: a, fonts: TestEnvironment.fonts())
        try Self.render(to: b, fonts: TestEnvironment.fonts())
        let first = try Data(contentsOf: URL(fileURLWithPath: a)), second = try Data(contentsOf: URL(fileURLWithPath: b))
        #expect(first.count > 10_000)
        #expect(first == second)
    }

    @Test func unwritablePathIsATypedError() throws {
        let fonts = try TestEnvironment.fonts()
        let path = "/nonexistent-folder-hccreport/report.pdf"
        #expect(throws: RenderError.cannotCreateFile(path: path, reason: "No such file or directory")) {
            _ = try PDFDocument(path: path, fonts: fonts)
        }
        #expect(RenderError.cannotCreateFile(path: path, reason: "No such file or directory").description
            == "The file /nonexistent-folder-hccreport/report.pdf could not be created: No such file or directory.")
    }

    @Test func outlineEntryForMissingPageFailsAndRemovesTheFile() throws {
        let dir = try TestEnvironment.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("report.pdf").path
        let document = try PDFDocument(path: path, fonts: TestEnvironment.fonts())
        _ = document.beginPage(size: .a4)
        document.addOutlineEntry(title: "Appendix", page: 3, level: 0, top: 0)
        let error = #expect(throws: RenderError.self) { try document.finish() }
        #expect(error?.description == "The bookmark \"Appendix\" points to page 3, but the document has 1 page.")
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    @Test func emptyDocumentIsAnError() throws {
        let dir = try TestEnvironment.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("empty.pdf").path
        let document = try PDFDocument(path: path, fonts: TestEnvironment.fonts())
        #expect(throws: RenderError.emptyDocument(path: path)) { try document.finish() }
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    @Test func drawingErrorOnAPageIsReportedWithThePageNumber() throws {
        let dir = try TestEnvironment.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("bad.pdf").path
        let document = try PDFDocument(path: path, fonts: TestEnvironment.fonts())
        _ = document.beginPage(size: .a4)
        let page2 = document.beginPage(size: .a4)
        page2.scale(x: 0, y: 0)
        page2.fill(.rect(Rect(x: 0, y: 0, width: 10, height: 10)), color: .black)
        #expect(throws: RenderError.drawingFailed(page: 2, reason: "invalid matrix (not invertible)")) { try document.finish() }
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    /// Content streams, font programs and ToUnicode maps are Flate-compressed, and every stream
    /// decodes (qpdf decompresses and checks each one).
    @Test func streamsAreCompressedAndDecode() throws {
        let dir = try TestEnvironment.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("report.pdf").path
        try Self.render(to: path, fonts: TestEnvironment.fonts())
        let raw = String(decoding: try Data(contentsOf: URL(fileURLWithPath: path)), as: UTF8.self)
        // Two pages, six fonts (program and ToUnicode map each): at least 14 compressed streams.
        #expect(raw.components(separatedBy: "/Filter/FlateDecode").count - 1 >= 14)
        let check = try ExternalProcess.tool("qpdf", ["--check", "--decode-level=all", path])
        #expect(check.status == 0, "\(check.stdout)")
        #expect(check.stdout.contains("No syntax or stream encoding errors found"))
    }

    /// Polylines are written simplified within `PDFDocument.pathTolerance`: 1,000 points on a
    /// straight line become one segment in the page's content stream, a corner stays.
    @Test func polylinesAreWrittenSimplified() throws {
        let dir = try TestEnvironment.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("lines.pdf").path
        let document = try PDFDocument(path: path, fonts: TestEnvironment.fonts())
        let page = document.beginPage(size: .a4)
        var points = (0..<1000).map { Point(x: 50 + Double($0) * 0.4, y: 100 + Double($0) * 0.2) }
        points.append(Point(x: 500, y: 600))
        page.stroke(.polyline(points), style: StrokeStyle(width: 1))
        try document.finish()
        let expanded = dir.appendingPathComponent("qdf.pdf").path
        #expect(try ExternalProcess.tool("qpdf", ["--qdf", "--object-streams=disable", path, expanded]).status == 0)
        let content = String(decoding: try Data(contentsOf: URL(fileURLWithPath: expanded)), as: UTF8.self)
        let lineTos = content.split(whereSeparator: { $0 == " " || $0 == "\n" }).filter { $0 == "l" }
        #expect(content.contains("50 100 m"), "the first point is kept")
        #expect(lineTos.count == 2, "expected the far end of the straight run and the corner: \(lineTos)")
    }

    /// A one-page A4 PDF, `hatch.pdf` in `dir`, whose page hatches the 200 × 100 pt box at (100, 100).
    /// - Returns: the file's path.
    static func hatchedBox(in dir: URL, angleDegrees: Double, spacing: Double, style: StrokeStyle) throws -> String {
        let path = dir.appendingPathComponent("hatch.pdf").path
        let document = try PDFDocument(path: path, fonts: TestEnvironment.fonts())
        let box = Rect(x: 100, y: 100, width: 200, height: 100)
        document.beginPage(size: .a4).hatch(.rect(box), bounds: box, angleDegrees: angleDegrees, spacing: spacing, style: style)
        try document.finish()
        return path
    }

    /// Hatching is one tiling pattern fill per shape, not a clip and a line per stripe, and it
    /// rasterises like the clipped lines: stripes inside the shape, nothing outside.
    @Test func hatchingIsATilingPattern() throws {
        let dir = try TestEnvironment.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = try Self.hatchedBox(in: dir, angleDegrees: 45, spacing: 3, style: StrokeStyle(width: 0.4, color: .black))
        let expanded = dir.appendingPathComponent("qdf.pdf").path
        #expect(try ExternalProcess.tool("qpdf", ["--qdf", "--object-streams=disable", path, expanded]).status == 0)
        let content = String(decoding: try Data(contentsOf: URL(fileURLWithPath: expanded)), as: UTF8.self)
        #expect(content.contains("/PatternType 1"))
        let lineTos = content.split(whereSeparator: { $0 == " " || $0 == "\n" }).filter { $0 == "l" }
        #expect(lineTos.count < 10, "expected the tile's line and the rectangle, not one segment per stripe")
        // 72 dpi greyscale (one pixel per point): inside the box some 0.4 / 3 of the area is inked,
        // outside it nothing.
        let (pixels, width) = try Raster.page(path, dpi: 72, in: dir)
        func ink(_ xs: Range<Int>, _ ys: Range<Int>) -> Double {
            var sum = 0.0
            for y in ys { for x in xs { sum += Double(255 - pixels[y * width + x]) / 255 } }
            return sum / Double(xs.count * ys.count)
        }
        let inside = ink(105..<295, 105..<195), outside = ink(320..<500, 100..<200)
        #expect(inside > 0.05 && inside < 0.35, "ink inside \(inside)")
        #expect(outside == 0, "ink outside \(outside)")
    }

    /// A translucent hatch names its opacity state in the tile's own resource dictionary, written
    /// like a page's, and the file stays valid.
    @Test func translucentHatchingNamesItsOpacityInTheTileResources() throws {
        let dir = try TestEnvironment.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = try Self.hatchedBox(in: dir, angleDegrees: 30, spacing: 4, style: StrokeStyle(width: 0.5, color: Color(grey: 0, alpha: 0.5)))
        let bytes = String(decoding: try Data(contentsOf: URL(fileURLWithPath: path)), as: UTF8.self)
        #expect(bytes.contains(#/TilingType 1/BBox\[0 0 1000 4\]/XStep 1000/YStep 4/Matrix\[[-0-9. ]+\]/Resources<</ExtGState<</GS0 [0-9]+ 0 R>>>>/#))
        #expect(bytes.contains("<</Type/ExtGState/ca 1/CA 0.5>>"))
        #expect(try ExternalProcess.tool("qpdf", ["--check", path]).status == 0)
    }
}
