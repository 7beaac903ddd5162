import Canvas
import Testing
@testable import PageLayout
@testable import ReportComposer

/// The footer prints the patient ID's Code 128 barcode only at its specified module size and only
/// where it fits beside the footer text; otherwise one line says why (too many characters for the
/// page's footer, or a character Code 128 cannot carry). Decided on A4 and US Letter over the
/// recording canvas's metrics.
@Suite struct RunningHeaderBarcodeTests {
    enum Paper: String, CaseIterable, CustomTestStringConvertible {
        case a4, letter
        var testDescription: String { rawValue }
        var style: ReportStyle { ReportStyle(pageSize: self == .a4 ? .a4 : .letter) }
    }

    static let provenance = "Generated 2026-12-03 · hccreport 0.1.0 · model zhang-2025-dect-pct 1.0.0"

    func header(id: String?) -> RunningHeader {
        RunningHeader(institution: "Klinikum", title: "Tumour board report", patientName: nil, patientLine: "ID \(id ?? "-")",
                      patientDetailLine: "Born 1958-04-02", provenanceLine: Self.provenance,
                      digestLine: "Input SHA-256 " + String(repeating: "ab", count: 32), barcodeText: id, watermark: nil)
    }

    func plan(_ id: String?, _ paper: Paper, pages: Int = 3) -> RunningHeader.BarcodePlan {
        header(id: id).barcodePlan(measurer: RecordingCanvas(), style: paper.style, pageCount: pages)
    }

    /// The limit the page's footer allows, read from the refusal of a 48-character ID.
    func limit(_ paper: Paper) throws -> Int {
        let sentence = try #require(plan(String(repeating: "A", count: 48), paper).refusal)
        let match = try #require(sentence.firstMatch(of: /at most (\d+) fit/), "\(sentence)")
        return try #require(Int(match.1))
    }

    @Test(arguments: Paper.allCases)
    func aUsualIDGetsItsBarcode(paper: Paper) throws {
        guard case .barcode(let code) = plan("HCC-2025-0001", paper) else {
            Issue.record("no barcode for a 13-character ID on \(paper): \(plan("HCC-2025-0001", paper))")
            return
        }
        #expect(code.text == "HCC-2025-0001")
        #expect(plan(nil, paper) == .none)
    }

    @Test(arguments: Paper.allCases)
    func theLimitIsTheFooterGeometry(paper: Paper) throws {
        let n = try limit(paper)
        #expect(n >= 13 && n < Code128.maximumLength)
        // n characters print; n + 1 are refused with the count and the same limit.
        let fitting = String(repeating: "A", count: n)
        #expect(plan(fitting, paper) == .barcode(try Code128(fitting)))
        #expect(plan(fitting + "A", paper) == .refused("No barcode: the ID has \(n + 1) characters (at most \(n) fit)"))
        // The n-character symbol at its module size lies between the text column (at least
        // 50 pt) and the page number; one more character would leave the provenance line
        // more than two lines.
        let style = paper.style, area = style.printableRect, measurer = RecordingCanvas()
        let pageNumber = measurer.measure(TextBlock("Page 3 of 3", font: style.bodyFont.bold)).width
        let barsRight = area.maxX - pageNumber - 2
        let left = Code128.snappedLeft(barsRight - Code128.width(characters: n))
        #expect(left - area.minX >= 50)
        #expect(measurer.measure(TextBlock(Self.provenance, font: style.smallFont, width: left - area.minX)).lineCount <= 2)
        let tooLeft = Code128.snappedLeft(barsRight - Code128.width(characters: n + 1))
        #expect(tooLeft - area.minX < 50
                || measurer.measure(TextBlock(Self.provenance, font: style.smallFont, width: tooLeft - area.minX)).lineCount > 2)
        #expect(Code128.width(characters: n) == (try Code128(fitting)).width)
    }

    @Test func aWiderPageFitsAtLeastAsMany() throws {
        #expect(try limit(.letter) >= limit(.a4))
    }

    @Test(arguments: Paper.allCases)
    func tooManyCharactersForCode128AreRefusedWithTheFooterLimit(paper: Paper) throws {
        let id = "HCC-2025-0001-ABCDEFGHIJKLMNOPQRSTUVWXYZ-0123456789-XYZ"
        #expect(id.count == 55)
        #expect(plan(id, paper) == .refused("No barcode: the ID has 55 characters (at most \(try limit(paper)) fit)"))
    }

    @Test(arguments: Paper.allCases)
    func charactersCode128CannotCarryAreNamed(paper: Paper) {
        #expect(plan("患者-0001", paper) == .refused("No barcode: the ID contains \"患\", which Code 128 cannot encode"))
        #expect(plan("HCC-Zoé-7", paper) == .refused("No barcode: the ID contains \"é\", which Code 128 cannot encode"))
        #expect(plan("HCC\t7", paper) == .refused("No barcode: the ID contains \"\t\", which Code 128 cannot encode"))
        #expect(plan("", paper) == .refused("No barcode: the ID is empty"))
    }

    @Test(arguments: Paper.allCases)
    func theFooterPrintsTheNoteInsteadOfBars(paper: Paper) {
        func firstPage(id: String) -> [String] {
            let doc = RecordingDocument()
            let composed = ComposedDocument(style: paper.style, header: header(id: id), metadata: DocumentMetadata(title: "T"),
                                            blocks: [.paragraph(TextBlock("Body", font: paper.style.bodyFont))])
            DocumentComposer.render(composed, into: doc, measurer: RecordingCanvas())
            return doc.pages[0].lines
        }
        let long = String(repeating: "A", count: 40)
        let refused = firstPage(id: long)
        #expect(refused.contains { $0.hasPrefix("text ") && $0.contains("No barcode: the ID has 40 characters") })
        #expect(!refused.contains { $0.hasPrefix("fill") }, "bars were drawn: \(refused.filter { $0.hasPrefix("fill") })")
        #expect(!refused.contains { $0.hasPrefix("text ") && $0.contains("\"\(long)\"") }, "the readable line of a barcode was printed")
        // The same page with a short ID draws the bars and no note.
        let printed = firstPage(id: "HCC-2025-0001")
        #expect(printed.contains { $0.hasPrefix("fill") })
        #expect(!printed.contains { $0.contains("No barcode") })
    }

    /// The document's pages draw with the plan decided once for them: the same plan the header
    /// works out alone, and the same header and footer, page by page, as the undecided header.
    @Test(arguments: Paper.allCases)
    func theDocumentsPagesDrawThePlanDecidedOnce(paper: Paper) throws {
        for id in ["HCC-2025-0001", String(repeating: "A", count: 40), "患者-0001"] {
            let doc = RecordingDocument()
            let composed = ComposedDocument(style: paper.style, header: header(id: id), metadata: DocumentMetadata(title: "T"),
                                            blocks: [.paragraph(TextBlock("Body", font: paper.style.bodyFont))])
            let rendered = DocumentComposer.renderPages(composed, into: doc, measurer: RecordingCanvas())
            let pages = try #require(rendered.decoration as? RunningHeader.Pages)
            #expect(pages.barcode == plan(id, paper, pages: rendered.pageCount))
            var style = paper.style
            style.headerHeight = header(id: id).requiredHeight(measurer: RecordingCanvas(), style: style)
            for page in 1...rendered.pageCount {
                let once = RecordingCanvas(), alone = RecordingCanvas()
                pages.drawHeader(in: once, style: style, page: page)
                pages.drawFooter(in: once, style: style, page: page, pageCount: rendered.pageCount)
                header(id: id).drawHeader(in: alone, style: style, page: page)
                header(id: id).drawFooter(in: alone, style: style, page: page, pageCount: rendered.pageCount)
                #expect(once.lines == alone.lines, "page \(page) of the document with ID \(id)")
                #expect(!once.lines.isEmpty)
            }
        }
    }
}
