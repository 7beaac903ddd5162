import CairoBackend
import Canvas
import PDFWriter
import Foundation
import RenderingTestSupport
import Testing
import TestSupport

/// Text the bundled fonts cannot show is refused (the page is not written), never drawn as a
/// blank or a box; glyph 0 never reaches a PDF's text map; the fonts cover the scripts of names.
@Suite("Unprintable text") struct UnprintableTextTests {
    @Test func theBundledFontsCoverTheScriptsOfNamesAndNotEmoji() throws {
        let ranges = try TestEnvironment.fonts().printableRanges()
        #expect(!ranges.isEmpty)
        for (a, b) in zip(ranges, ranges.dropFirst()) { #expect(a.upperBound + 1 < b.lowerBound, "ranges sorted and disjoint") }
        func printable(_ scalar: Unicode.Scalar) -> Bool { ranges.contains { $0.contains(scalar.value) } }
        let names = "王丽陳美麗山田花子やまだはなこ김민준محمد عبد اللهדוד כהןИванов ПётрΠαπαδόπουλοςNguyễn Thị Hồng Đặng≥−→"
        for scalar in names.unicodeScalars { #expect(printable(scalar), "\(scalar) (U+\(String(scalar.value, radix: 16)))") }
        for scalar in "😀✨🙂".unicodeScalars { #expect(!printable(scalar)) }
    }

    @Test(arguments: ["Anna 😀 Smith", "Clinic ✨"])
    func aPDFPageWithUnprintableTextIsNotWritten(_ text: String) throws {
        let dir = try TestEnvironment.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("refused.pdf").path
        let document = try PDFDocument(path: path, fonts: TestEnvironment.fonts())
        let page = document.beginPage(size: .a4)
        page.draw(TextBlock(text, font: FontSpec(size: 12)), at: Point(x: 50, y: 50))
        let scalar = try #require(text.unicodeScalars.first { $0.value > 0x2000 })
        let code = "U+" + String(scalar.value, radix: 16, uppercase: true)
        #expect(throws: RenderError.drawingFailed(page: 1, reason: "the character \"\(Character(scalar))\" (\(code)) is in none of the bundled fonts, so it cannot be printed; the page was not written rather than printed with a gap")) {
            try document.finish()
        }
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    @Test func aPNGWithUnprintableTextIsNotWritten() throws {
        let dir = try TestEnvironment.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("refused.png").path
        let image = try PNGImage(size: Size(width: 200, height: 50), dpi: 72, fonts: TestEnvironment.fonts())
        image.canvas.draw(TextBlock("Anna 😀", font: FontSpec(size: 12)), at: Point(x: 5, y: 5))
        #expect(throws: RenderError.self) { try image.write(to: path) }
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    /// Names in several scripts in one document: every font's ToUnicode map leaves glyph 0 out,
    /// and the text extracts as typed.
    @Test func glyphZeroIsNeverMappedToText() throws {
        let dir = try TestEnvironment.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("names.pdf").path
        let document = try PDFDocument(path: path, fonts: TestEnvironment.fonts())
        let page = document.beginPage(size: .a4)
        let names = ["王丽", "김민준", "محمد عبد الله", "דוד כהן", "Иванов", "Nguyễn Thị Hồng"]
        for (index, name) in names.enumerated() {
            page.draw(TextBlock(name, font: FontSpec(weight: index.isMultiple(of: 2) ? .bold : .regular, size: 12)),
                      at: Point(x: 50, y: 50 + 20 * Double(index)))
        }
        try document.finish()
        let expanded = dir.appendingPathComponent("expanded.pdf").path
        _ = try ExternalProcess.tool("qpdf", ["--qdf", "--object-streams=disable", path, expanded])
        let bytes = try Data(contentsOf: URL(fileURLWithPath: expanded))
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(text.contains("beginbfchar"))
        // Entries are sorted by glyph id, so glyph 0 would open a block.
        #expect(!text.contains("beginbfchar\n<0000>"), "glyph 0 is mapped in a ToUnicode CMap")
        let extracted = try ExternalProcess.tool("pdftotext", ["-enc", "UTF-8", path, "-"]).stdout
        let marks: Set<Unicode.Scalar> = ["\u{202A}", "\u{202B}", "\u{202C}"]
        var plain = ""
        plain.unicodeScalars.append(contentsOf: extracted.unicodeScalars.filter { !marks.contains($0) })
        for name in names { #expect(plain.contains(name), "\(name) in \(plain)") }
    }
}
