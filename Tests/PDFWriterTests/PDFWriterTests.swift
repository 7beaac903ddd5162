@testable import CairoBackend
import Canvas
import CCairo
import Foundation
@testable import PDFWriter
import RenderingTestSupport
import Testing
import TestSupport

/// The pieces of the PDF writer: number and string syntax, arcs, dates, font subsets.
@Suite("PDF writer parts")
struct PDFWriterPartTests {
    private func number(_ value: Double, _ decimals: Int = 3) -> String {
        var out = PDFBytes()
        out.append(number: value, decimals: decimals)
        return String(decoding: out.bytes, as: UTF8.self)
    }

    @Test func numbersAreFixedNotationWithoutTrailingZeros() {
        #expect(number(0) == "0")
        #expect(number(-0.0) == "0")
        #expect(number(-0.0004) == "0")
        #expect(number(50) == "50")
        #expect(number(521.8898) == "521.89")
        #expect(number(-0.5) == "-0.5")
        #expect(number(0.0006) == "0.001")
        #expect(number(841.8898, 2) == "841.89")
        #expect(number(0.70710678118, 6) == "0.707107")
        #expect(number(123_456.789) == "123456.789")
        #expect(number(-10) == "-10")
        #expect(number(.nan) == "0")
        #expect(number(.infinity) == "0")
        #expect(number(1e13) == "0")
    }

    /// Exactly glibc's "%.3f" with trailing zeros trimmed (and no "-0") on 20,000 spread values,
    /// so never more than half a unit of the last place away from the value.
    @Test func numbersAgreeWithPrintf() {
        for index in 0..<20_000 {
            let magnitude = [1.0, 10, 1000, 100_000][index % 4]
            // Knuth's multiplicative hash spreads the indexes over -1…1 with six decimals.
            let value = (Double((index &* 2_654_435_761) % 2_000_001) / 1_000_000 - 1) * magnitude
            let mine = number(value)
            var reference = String(format: "%.3f", value)
            while reference.contains("."), reference.hasSuffix("0") { reference.removeLast() }
            if reference.hasSuffix(".") { reference.removeLast() }
            if reference == "-0" { reference = "0" }
            #expect(mine == reference, "\(value)")
            expectClose(Double(mine) ?? .nan, value, absolute: 0.0005 + 1e-9 * abs(value), "written as \(mine)")
        }
        // Ties go to even as in C: 0.0625 has an exact binary value.
        #expect(number(0.0625) == "0.062")
        #expect(number(-0.0625) == "-0.062")
    }

    @Test func stringsAndNamesAreEscaped() {
        var out = PDFBytes()
        out.append(literal: "it's (a) \\ test")
        out.append(textString: "Plain")
        out.append(textString: "Zoë (😀)")
        out.append(name: "A b#(c)")
        // UTF-16BE with a byte-order mark inside a literal string; "(" and ")" escaped there too.
        let utf16: [UInt8] = [0x28, 0xFE, 0xFF, 0x00, 0x5A, 0x00, 0x6F, 0x00, 0xEB, 0x00, 0x20, 0x00, 0x5C, 0x28,
                              0xD8, 0x3D, 0xDE, 0x00, 0x00, 0x5C, 0x29, 0x29]
        #expect(out.bytes == Array("(it's \\(a\\) \\\\ test)(Plain)".utf8) + utf16 + Array("/A#20b#23#28c#29".utf8))
        var glyphs = PDFBytes()
        for byte: UInt8 in [0x28, 0x29, 0x5C, 0x0D, 0x0A, 0x41] { glyphs.append(stringByte: byte) }
        #expect(glyphs.bytes == Array("\\(\\)\\\\\\r\\nA".utf8))
    }

    /// Every quarter-turn Bézier piece stays within 0.03 % of the radius from the circle, the
    /// pieces join, and the arc ends where `cairo_arc` would (end below start: raised by 2π).
    @Test func arcsAreBezierQuarterTurns() {
        let centre = Point(x: 100, y: 200), radius = 30.0
        for (start, end, pieces) in [(0.0, 2 * Double.pi, 4), (0, Double.pi / 2, 1), (1, 0.5, 4), (-0.3, 0.3, 1), (0, 5, 4)] {
            let arc = PDFPageCanvas.arcSegments(centre: centre, radius: radius, start: start, end: end)
            #expect(arc.curves.count == pieces, "\(start)…\(end)")
            var from = arc.start
            expectClose(from.x, centre.x + radius * cos(start), absolute: 1e-9)
            expectClose(from.y, centre.y + radius * sin(start), absolute: 1e-9)
            for (c1, c2, to) in arc.curves {
                for t in stride(from: 0.0, through: 1.0, by: 0.05) {
                    let u = 1 - t
                    let x = u * u * u * from.x + 3 * u * u * t * c1.x + 3 * u * t * t * c2.x + t * t * t * to.x
                    let y = u * u * u * from.y + 3 * u * u * t * c1.y + 3 * u * t * t * c2.y + t * t * t * to.y
                    let distance = ((x - centre.x) * (x - centre.x) + (y - centre.y) * (y - centre.y)).squareRoot()
                    expectClose(distance, radius, relative: 0.0003)
                }
                from = to
            }
            let sweepEnd = end < start ? end + 2 * Double.pi : end
            expectClose(from.x, centre.x + radius * cos(sweepEnd), absolute: 1e-9)
            expectClose(from.y, centre.y + radius * sin(sweepEnd), absolute: 1e-9)
        }
        #expect(PDFPageCanvas.arcSegments(centre: centre, radius: 0, start: 0, end: 1).curves.isEmpty)
    }

    @Test func isoDatesBecomePDFDates() {
        #expect(PDFDocument.pdfDate("2024-03-01T10:00:00Z") == "D:20240301100000Z")
        #expect(PDFDocument.pdfDate("2024-03-01T10:00:00.250+01:30") == "D:20240301100000+01'30'")
        #expect(PDFDocument.pdfDate("2024-03-01") == "D:20240301")
        #expect(PDFDocument.pdfDate("2024-03-01T10:00") == "D:202403011000")
        #expect(PDFDocument.pdfDate("1 March 2024") == nil)
        #expect(PDFDocument.pdfDate("2024-03-01T10:00:00 CET") == nil)
        #expect(PDFDocument.pdfDate(Date(timeIntervalSince1970: 0)) == "D:19700101000000Z")
    }

    @Test func xmpDatesAreTheInstantsOfThePDFDates() {
        #expect(XMPPacket.date(fromPDFDate: "D:20240301100000Z") == "2024-03-01T10:00:00Z")
        #expect(XMPPacket.date(fromPDFDate: "D:20240301100000+01'30'") == "2024-03-01T10:00:00+01:30")
        #expect(XMPPacket.date(fromPDFDate: "D:202403011000-05'00'") == "2024-03-01T10:00-05:00")
        #expect(XMPPacket.date(fromPDFDate: "D:20240301") == "2024-03-01")
        #expect(XMPPacket.date(fromPDFDate: "20240301") == nil)
        #expect(XMPPacket.date(fromPDFDate: "D:2024030110") == nil)
        for iso in ["2024-03-01T10:00:00Z", "2024-03-01T10:00:00.250+01:30", "2024-03-01"] {
            #expect(PDFDocument.pdfDate(iso).flatMap(XMPPacket.date(fromPDFDate:)) != nil, "\(iso)")
        }
    }

    @Test func xmpTextIsEscapedAndKeepsEveryScript() throws {
        let packet = XMPPacket(title: "تقرير <محمد> & 王小明", author: "Klinik & Co", subject: "", keywords: "HCC",
                               creatorTool: "hccreport", producer: "hccreport", date: "2024-03-01", language: "en",
                               conformance: .pdfA2b)
        let text = try #require(String(bytes: packet.bytes, encoding: .utf8))
        #expect(text.contains("<rdf:li xml:lang=\"x-default\">تقرير &lt;محمد&gt; &amp; 王小明</rdf:li>"))
        #expect(text.contains("<rdf:li>Klinik &amp; Co</rdf:li>"))
        #expect(!text.contains("dc:description"), "an empty subject is left out, as in the document information")
        #expect(text.contains("<pdfaid:part>2</pdfaid:part>") && text.contains("<pdfaid:conformance>B</pdfaid:conformance>"))
        #expect(!text.contains("pdfuaid"))
        let tagged = XMPPacket(title: "t", author: "", subject: "", keywords: "", creatorTool: "", producer: "hccreport", date: nil,
                               language: "en", conformance: PDFConformance(part: 2, level: "A", universalAccessibilityPart: 1))
        let taggedText = try #require(String(bytes: tagged.bytes, encoding: .utf8))
        #expect(taggedText.contains("<pdfuaid:part>1</pdfuaid:part>"))
        #expect(taggedText.contains("<pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>"))
    }

    @Test func transformsConcatenateAndInvert() {
        let m = AffineTransform.rotation(radians: 0.3).concatenating(.scale(x: 2, y: 3)).concatenating(.translation(x: 5, y: -7))
        let p = Point(x: 1.5, y: -2)
        let q = m.apply(p)
        let expected = Point(x: 2 * (cos(0.3) * 1.5 - sin(0.3) * -2) + 5, y: 3 * (sin(0.3) * 1.5 + cos(0.3) * -2) - 7)
        expectClose(q.x, expected.x, absolute: 1e-12)
        expectClose(q.y, expected.y, absolute: 1e-12)
        let back = m.inverted.apply(q)
        expectClose(back.x, p.x, absolute: 1e-12)
        expectClose(back.y, p.y, absolute: 1e-12)
        #expect(!AffineTransform.scale(x: 0, y: 1).isInvertible)
        #expect(!AffineTransform.translation(x: .nan, y: 0).isInvertible)
    }

    /// A font a document uses for a few glyphs is embedded with those only; one it uses for at
    /// least half of printable ASCII is embedded with all of it (so documents share subsets).
    @Test func asciiIsEmbeddedOnlyForFontsThatShowMostOfIt() throws {
        let path = try TestEnvironment.fontDirectory().appendingPathComponent("NotoSans-Regular.ttf").path
        let program = try #require(PDFFontProgram(path: path))
        #expect(program.postScriptName == "NotoSans-Regular")
        #expect(program.unitsPerEm == 1000)
        #expect(program.ascent > 700 && program.descent < -200 && program.capHeight > 600)
        let ascii = program.asciiGlyphs.sorted()
        #expect(ascii.count == 95)
        let few = Array(ascii.prefix(10))
        #expect(PDFResources.embeddedGlyphs(few, of: program) == few)
        let most = Array(ascii.prefix(48)) + [9_999]
        #expect(PDFResources.embeddedGlyphs(most, of: program) == (ascii + [9_999]).sorted())
        // The subset is a TrueType font whose glyph ids are unchanged.
        let subset = try #require(program.subset(few))
        #expect(subset.bytes.prefix(4) == [0, 1, 0, 0])
        #expect(subset.bytes.count < 40_000)
        #expect(subset.newGlyphIDs == nil)
    }

    /// The descriptor's flags and stem width come from the font's own tables: mono faces are
    /// fixed-pitch, italic faces italic (post angle −12°), StemV 87 for regular and 165 for bold
    /// (50 + int((weight/65)²)); subsets keep the hinting programs.
    @Test func descriptorValuesComeFromTheFontTables() throws {
        let fonts = try TestEnvironment.fontDirectory()
        func program(_ name: String) throws -> PDFFontProgram {
            try #require(PDFFontProgram(path: fonts.appendingPathComponent(name).path))
        }
        let regular = try program("NotoSans-Regular.ttf"), boldItalic = try program("NotoSans-BoldItalic.ttf")
        let mono = try program("NotoSansMono-Regular.ttf")
        #expect(regular.descriptorFlags(symbolic: false) == 32 && regular.stemV == 87 && regular.italicAngle == 0)
        #expect(boldItalic.descriptorFlags(symbolic: true) == 4 | 64 && boldItalic.stemV == 165 && boldItalic.italicAngle == -12)
        #expect(mono.descriptorFlags(symbolic: false) == 1 | 32 && mono.isFixedPitch)
        #expect(!PDFResources.isSymbolic(["Wang, Li", "Œuvre – “quoted” €5", "ﬁ"]))
        #expect(PDFResources.isSymbolic(["≥ 1 cm"]) && PDFResources.isSymbolic(["λ"]))
        let subset = try #require(regular.subset(Array(regular.asciiGlyphs)))
        // Table directory: numTables at bytes 4–5, then 16-byte records starting with the tag.
        let count = Int(subset.bytes[4]) << 8 | Int(subset.bytes[5])
        let tags = (0..<count).map { String(decoding: subset.bytes[12 + 16 * $0..<16 + 16 * $0], as: UTF8.self) }
        #expect(Set(["fpgm", "prep", "cvt "]).isSubset(of: Set(tags)), "\(tags)")
    }

    /// A font with tens of thousands of glyphs (the CJK fallback) is subset with renumbered
    /// glyphs, small whatever ids it shows; the map sends each shown glyph to its new id.
    @Test func largeFontsRenumberTheirSubsetsGlyphs() throws {
        let path = try TestEnvironment.fontDirectory().appendingPathComponent("DroidSansFallbackFull.ttf").path
        let program = try #require(PDFFontProgram(path: path))
        #expect(program.glyphCount > 40_000)
        #expect(program.renumbersGlyphs)
        let glyphs: [UInt32] = [3, 12_345, 30_000, 45_000]
        let subset = try #require(program.subset(glyphs))
        #expect(subset.bytes.prefix(4) == [0, 1, 0, 0])
        #expect(subset.bytes.count < 20_000, "\(subset.bytes.count) bytes")
        // New ids keep the old order (components a glyph is built from take ids between them).
        let map = try #require(subset.newGlyphIDs)
        let new = glyphs.compactMap { map[$0] }
        #expect(new.count == glyphs.count && new.first == 1 && zip(new, new.dropFirst()).allSatisfy { $0 < $1 })
    }
}

/// Whole documents from the PDF writer compared with Cairo's PDF of the same drawing.
@Suite("PDF writer documents")
struct PDFWriterDocumentTests {
    /// Draws `page` into a one-page PDF with Cairo's PDF surface (`CairoPDFDocument`, the
    /// `--pdf-engine cairo` output and the reference renderer).
    private func cairoPDF(_ path: String, size: Size, fonts: FontRegistry, page: (Canvas) -> Void) throws {
        let document = try CairoPDFDocument(path: path, fonts: fonts)
        page(document.beginPage(size: size))
        try document.finish()
    }

    /// The sample pages (text in all styles, markup with a lowered run, wrapped centred text,
    /// dashes, caps, joins, circles, arcs, a rotated and scaled clip with transparency, a long
    /// polyline, a curve) rasterise like Cairo's PDF of the same calls (both through poppler at
    /// 100 dpi): no pixel differs by more than a quarter of the grey range when this was written
    /// (allowed: 0.01 % of them), and the ink on the page is the same within 0.5 %. Shifting
    /// the text by 0.7 pt makes 1 % of the pixels of page 1 differ.
    @Test(arguments: [1, 2])
    func pagesLookLikeCairosPDF(page: Int) throws {
        let dir = try TestEnvironment.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let fonts = try TestEnvironment.fonts()
        let draw: (Canvas) -> Void = { canvas in
            if page == 1 { SampleReport.drawFirstPage(canvas) } else { SampleReport.drawSecondPage(canvas) }
        }
        let size = page == 1 ? Size.a4 : Size.letter
        let reference = dir.appendingPathComponent("cairo.pdf").path, written = dir.appendingPathComponent("ours.pdf").path
        try cairoPDF(reference, size: size, fonts: fonts, page: draw)
        let document = try PDFDocument(path: written, fonts: fonts)
        draw(document.beginPage(size: size))
        try document.finish()
        let a = try Raster.page(reference, dpi: 100, in: dir), b = try Raster.page(written, dpi: 100, in: dir)
        try #require(a.width == b.width && a.pixels.count == b.pixels.count, "pages of different size")
        let differing = zip(a.pixels, b.pixels).count { abs(Int($0) - Int($1)) > 64 }
        #expect(Double(differing) / Double(a.pixels.count) < 0.0001, "\(differing) of \(a.pixels.count) pixels differ")
        let inkA = a.pixels.reduce(0) { $0 + 255 - Int($1) }, inkB = b.pixels.reduce(0) { $0 + 255 - Int($1) }
        #expect(inkA > 0)
        expectClose(Double(inkB), Double(inkA), relative: 0.005, "inked pixels, ours vs Cairo's")
    }

    /// Ligatures and characters outside the first font still copy as the text they show.
    @Test func ligaturesAndFallbackGlyphsCopyAsTheirText() throws {
        let dir = try TestEnvironment.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("text.pdf").path
        let document = try PDFDocument(path: path, fonts: TestEnvironment.fonts())
        let page = document.beginPage(size: .a4)
        page.draw(TextBlock("The official figures → 5 ≥ 3", font: FontSpec(size: 12)), at: Point(x: 50, y: 50))
        try document.finish()
        let text = try ExternalProcess.tool("pdftotext", ["-enc", "UTF-8", path, "-"]).stdout
        #expect(text.contains("The official figures → 5 ≥ 3"), "\(text)")
    }

    /// A thread's second document with the same text reuses the first one's font subsets, and
    /// the two files are identical (reuse changes no byte).
    @Test func subsetsAreReusedAcrossDocuments() throws {
        let dir = try TestEnvironment.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let fonts = try TestEnvironment.fonts()
        let subsets = fonts.pdfWriterContext.fonts
        var files: [Data] = []
        for name in ["a.pdf", "b.pdf"] {
            let path = dir.appendingPathComponent(name).path
            try PDFDocumentTests.render(to: path, fonts: fonts)
            files.append(try Data(contentsOf: URL(fileURLWithPath: path)))
        }
        #expect(subsets.made == 6, "six fonts subset once")
        #expect(subsets.reused == 6, "and reused by the second document")
        #expect(files[0] == files[1])
    }

    /// A drawing error stops the page like Cairo's sticky errors, and unbalanced `restore()`
    /// is one too; the document is not written.
    @Test func unbalancedRestoreFailsThePage() throws {
        let dir = try TestEnvironment.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("bad.pdf").path
        let document = try PDFDocument(path: path, fonts: TestEnvironment.fonts())
        let page = document.beginPage(size: .a4)
        page.save()
        page.restore()
        page.restore()
        #expect(throws: RenderError.drawingFailed(page: 1, reason: "cairo_restore() without matching cairo_save()")) {
            try document.finish()
        }
        #expect(!FileManager.default.fileExists(atPath: path))
    }
}
