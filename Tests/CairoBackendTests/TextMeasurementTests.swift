import CairoBackend
import Canvas
import PDFWriter
import Foundation
import RenderingTestSupport
import Testing
import TestSupport

@Suite("Text measurement")
struct TextMeasurementTests {
    struct Reference: Decodable, CustomTestStringConvertible {
        var font: String
        var size: Double
        var text: String
        var width: Double
        var testDescription: String { "\(text) in \(font) at \(size) pt" }

        var spec: FontSpec {
            FontSpec(family: font.hasPrefix("NotoSansMono") ? .mono : .sans,
                     weight: font.contains("Bold") ? .bold : .regular, italic: font.contains("Italic"), size: size)
        }
    }

    /// HarfBuzz-shaped widths from Fixtures/make_fixtures.py (independent of Pango, Cairo and fontconfig).
    static let references: [Reference] = {
        let url = TestEnvironment.fixtures.appendingPathComponent("text_widths.json")
        guard let data = try? Data(contentsOf: url), let decoded = try? JSONDecoder().decode([Reference].self, from: data) else {
            return []
        }
        return decoded
    }()

    @Test func fixturesAreLoaded() {
        #expect(Self.references.count == 5)
    }

    @Test(arguments: references)
    func widthMatchesHarfBuzzShaping(_ reference: Reference) throws {
        let image = try PNGImage(size: .a4, dpi: 72, fonts: TestEnvironment.fonts())
        let metrics = image.canvas.measure(TextBlock(reference.text, font: reference.spec))
        // Pango rounds advances to 1/1024 pt; allow 0.01 pt per glyph.
        expectClose(metrics.width, reference.width, absolute: 0.01 * Double(reference.text.count), "Pango vs HarfBuzz width (pt)")
        #expect(metrics.lineCount == 1)
    }

    @Test func probabilityAtTenPointIsStableAcrossSurfacesAndResolutions() throws {
        let fonts = try TestEnvironment.fonts()
        let block = TextBlock("Probability", font: FontSpec(size: 10))
        let screen = try PNGImage(size: .a4, dpi: 72, fonts: fonts).canvas.measure(block)
        let print = try PNGImage(size: .a4, dpi: 300, fonts: fonts).canvas.measure(block)
        let dir = try TestEnvironment.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let document = try PDFDocument(path: dir.appendingPathComponent("m.pdf").path, fonts: fonts)
        let page = document.beginPage(size: .a4)
        let pdf = page.measure(block)
        page.draw(block, at: Point(x: 10, y: 10))
        let pdfAgain = page.measure(block)
        try document.finish()
        #expect(screen == print)
        #expect(screen == pdf)
        #expect(pdf == pdfAgain)
        expectClose(screen.width, 50.39, absolute: 0.05)
        // Noto Sans: ascender 1069/1000 em, line height 1362/1000 em.
        expectClose(screen.baseline, 10.69, absolute: 0.05)
        expectClose(screen.height, 13.62, absolute: 0.05)
    }

    @Test func narrowerWidthsWrapIntoMoreLines() throws {
        let canvas = try PNGImage(size: .a4, dpi: 72, fonts: TestEnvironment.fonts()).canvas
        let text = "Hepatocellular carcinoma treated with transarterial chemoembolisation: viable tumour ≥ 1 cm at follow-up."
        var previous = 0
        for width in [1000.0, 300, 150, 80, 40] {
            let metrics = canvas.measure(TextBlock(text, font: FontSpec(size: 10), width: width))
            #expect(metrics.lineCount > previous, "width \(width)")
            #expect(metrics.width <= width + 0.01, "width \(width): \(metrics.width)")
            previous = metrics.lineCount
        }
        #expect(previous >= 10)
    }

    @Test func lineSpacingAddsSpaceBetweenLinesOnly() throws {
        let canvas = try PNGImage(size: .a4, dpi: 72, fonts: TestEnvironment.fonts()).canvas
        let tight = canvas.measure(TextBlock("one\ntwo\nthree", font: FontSpec(size: 10)))
        let loose = canvas.measure(TextBlock("one\ntwo\nthree", font: FontSpec(size: 10), lineSpacing: 0.5))
        #expect(tight.lineCount == 3 && loose.lineCount == 3)
        expectClose(loose.height - tight.height, 2 * 5, absolute: 0.05)
    }

    @Test func markupStylesChangeTheWidth() throws {
        let canvas = try PNGImage(size: .a4, dpi: 72, fonts: TestEnvironment.fonts()).canvas
        let plain = canvas.measure(TextBlock("Probability", font: FontSpec(size: 10)))
        let bold = canvas.measure(TextBlock("<b>Probability</b>", font: FontSpec(size: 10), isMarkup: true))
        let boldSpec = canvas.measure(TextBlock("Probability", font: FontSpec(weight: .bold, size: 10)))
        #expect(bold == boldSpec)
        #expect(bold.width > plain.width)
        // Plain text is never parsed: tags print literally.
        let literal = canvas.measure(TextBlock("<b>Probability</b>", font: FontSpec(size: 10)))
        #expect(literal.width > bold.width)
    }

    @Test(arguments: ["<b>Unclosed bold", "a < b & c", "<span foo='1'>bad attribute</span>", "&unknown; entity"])
    func invalidMarkupFallsBackToPlainText(_ markup: String) throws {
        let fonts = try TestEnvironment.fonts()
        let dir = try TestEnvironment.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("markup.pdf").path
        let document = try PDFDocument(path: path, fonts: fonts)
        let page = document.beginPage(size: .a4)
        let block = TextBlock(markup, font: FontSpec(size: 10), isMarkup: true)
        let fallback = TextBlock(block.plainText, font: FontSpec(size: 10))
        #expect(page.measure(block) == page.measure(fallback))
        page.draw(block, at: Point(x: 20, y: 20))
        try document.finish()
        #expect(document.invalidMarkupCount == 1)
        let text = try ExternalProcess.tool("pdftotext", ["-enc", "UTF-8", path, "-"]).stdout
        let words = block.plainText.split(separator: " ").filter { !$0.isEmpty }
        #expect(!words.isEmpty)
        for word in words { #expect(text.contains(word), "\(word) missing from \(text)") }
    }
}
