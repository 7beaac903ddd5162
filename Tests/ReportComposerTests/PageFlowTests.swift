@testable import PageLayout
import Testing
import Canvas
@testable import ReportComposer

@Suite struct PageFlowTests {
    let style = ReportStyle()
    var flow: PageFlow { PageFlow(style: style, measurer: RecordingCanvas()) }

    func table(rows n: Int) -> Table {
        Table(columns: [.init("Series", weight: 2), .init("DLP", alignment: .right)],
              rows: (0..<n).map { Table.Row(["Series \($0)", "\($0)"]) },
              caption: "Caption under the table", continuationTitle: "Dose")
    }

    @Test func longTableContinuesWithHeaderAndKeepsCaptionWithLastRow() {
        let (pages, _) = flow.paginate([.table(table(rows: 120))])
        #expect(pages.count > 1)
        var seen: [Int] = []
        for (i, page) in pages.enumerated() {
            #expect(page.count == 1)
            guard case .tableSlice(_, let rows, _, _, let continued, let caption) = page[0].item else {
                Issue.record("expected a table slice"); continue
            }
            #expect(continued == (i > 0))
            #expect(!rows.isEmpty)
            #expect((caption != nil) == (i == pages.count - 1))
            seen += Array(rows)
            #expect(page[0].y + page[0].height <= style.contentRect.maxY + 0.001)
        }
        #expect(seen == Array(0..<120)) // every row exactly once, in order
    }

    @Test func aShortTableMovesWholeToTheNextPageInsteadOfSplitting() {
        let filler = style.contentRect.height - 80
        let (pages, _) = flow.paginate([.paragraph(TextBlock("x", font: style.bodyFont)), .spacer(filler), .table(table(rows: 6))])
        #expect(pages.count == 2)
        guard case .tableSlice(_, let rows, _, _, let continued, _) = pages[1][0].item else { Issue.record("expected the table on page 2"); return }
        #expect(rows == 0..<6)
        #expect(!continued)
    }

    @Test func aHeadingFollowsItsShortTableToTheNextPage() {
        let filler = style.contentRect.height - 80
        let (pages, _) = flow.paginate([.paragraph(TextBlock("x", font: style.bodyFont)), .spacer(filler),
                                        .heading(Heading("Measured inputs")), .table(table(rows: 6))])
        #expect(pages.count == 2)
        #expect(pages[0].count == 1)
        if case .heading(let h, _) = pages[1].first?.item { #expect(h.text == "Measured inputs") } else { Issue.record("heading left behind") }
    }

    @Test func figureIsNeverSplitAndHeadingStaysWithIt() {
        let spacerHeight = style.contentRect.height - 60
        let fig = Figure(height: 200, alternativeText: "A test figure.") { _, _ in }
        let (pages, outline) = flow.paginate([.spacer(0), .paragraph(TextBlock("x", font: style.bodyFont)), .spacer(spacerHeight),
                                              .heading(Heading("Nomogram")), .figure(fig)])
        #expect(pages.count == 2)
        #expect(pages[1].count == 2)
        if case .heading(let h, _) = pages[1][0].item { #expect(h.text == "Nomogram") } else { Issue.record("heading moved away") }
        // The bookmark points where the heading is drawn: the top of the second page's frame.
        #expect(outline == [PageFlow.OutlineEntry(title: "Nomogram", page: 2, level: 0, top: pages[1][0].y)])
        #expect(pages[1][0].y == style.contentRect.minY)
    }

    @Test func spacerAtTopOfPageIsDropped() {
        let (pages, _) = flow.paginate([.spacer(50), .paragraph(TextBlock("x", font: style.bodyFont))])
        #expect(pages[0][0].y == style.contentRect.minY)
    }

    @Test func renderWritesPageXofYOnEveryPage() {
        let doc = RecordingDocument()
        let header = RunningHeader(institution: "Hospital", title: "Tumour board", patientLine: "DOE, Jane · ID P1",
                                   patientDetailLine: "Born 1950-01-01", provenanceLine: "Generated", digestLine: "SHA",
                                   barcodeText: "P1")
        let composed = ComposedDocument(style: style, header: header, metadata: DocumentMetadata(title: "T"),
                                        blocks: [.table(table(rows: 120))])
        let n = DocumentComposer.render(composed, into: doc, measurer: RecordingCanvas())
        #expect(n == doc.pages.count)
        for (i, page) in doc.pages.enumerated() {
            #expect(page.dump.contains("\"Page \(i + 1) of \(n)\""))
            #expect(page.dump.contains("\"DOE, Jane · ID P1\""))
        }
        #expect(style.smallestFontSize >= 7)
    }
}

@Suite struct RunningHeaderTests {
    @Test func aNameIsItsOwnBlockOnTheIDsBaselineAndWrapsAboveItWhenTooLong() throws {
        let style = ReportStyle()
        func draw(_ name: String) -> RecordingCanvas {
            let header = RunningHeader(institution: "H", title: "T", patientName: name, patientLine: "ID HCC-2025-0011",
                                       patientDetailLine: "Born 1962-08-08", provenanceLine: "p", digestLine: "d", barcodeText: nil)
            let canvas = RecordingCanvas()
            header.draw(in: canvas, style: style, page: 1, pageCount: 1)
            return canvas
        }
        func fields(_ line: String) -> [Substring] { line.split(separator: " ") }
        let short = draw("Wang, Li")
        let name = try #require(short.lines.first { $0.hasSuffix("\"Wang, Li\"") })
        let id = try #require(short.lines.first { $0.hasSuffix("\" · ID HCC-2025-0011\"") })
        #expect(fields(name)[2] == fields(id)[2], "same top, same font: same baseline")
        #expect(id.contains("sans-bold 9.00"))

        let long = String(repeating: "Nguyễn-Schönberger Zoë Françoise ", count: 6).trimmingCharacters(in: .whitespaces)
        let wrapped = draw(long)
        let nameLine = try #require(wrapped.lines.first { $0.contains("Nguyễn") })
        let idLine = try #require(wrapped.lines.first { $0.hasSuffix("\"ID HCC-2025-0011\"") })
        let detail = try #require(wrapped.lines.first { $0.contains("Born 1962-08-08") })
        #expect(nameLine.contains("sans-bold 7.00"))
        #expect(nameLine.contains(long), "never truncated")
        let y = { (line: String) in Double(fields(line)[2]) ?? .nan }
        #expect(y(idLine) > y(nameLine))
        #expect(y(detail) > y(idLine))
    }

    @Test func aLongNameShrinksThenWrapsAndNeverOverlapsTheDetailLine() throws {
        let style = ReportStyle()
        let name = "Nguyễn-Schönberger, Zoë Françoise Thị Hương Đặng-Ølstrøm-Abernathy-Castellanos · ID HCC-2025-0011"
        let header = RunningHeader(institution: "H", title: "T", patientLine: name, patientDetailLine: "Born 1962-08-08",
                                   provenanceLine: "p", digestLine: "d", barcodeText: nil)
        let canvas = RecordingCanvas()
        header.draw(in: canvas, style: style, page: 1, pageCount: 1)
        let idLine = try #require(canvas.lines.first { $0.contains("Nguyễn") })
        let detail = try #require(canvas.lines.first { $0.contains("Born 1962-08-08") })
        func y(_ line: String) -> Double { Double(line.split(separator: " ")[2]) ?? .nan }
        #expect(idLine.contains("sans-bold 7.00"))          // shrunk to the 7 pt floor
        #expect(idLine.contains("HCC-2025-0011"))           // never truncated
        let lines = RecordingCanvas.approximateMetrics(TextBlock(name, font: FontSpec(weight: .bold, size: 7), width: style.printableRect.width * 0.4 - 8))
        #expect(lines.lineCount == 2)
        #expect(y(detail) >= y(idLine) + lines.height)
    }
}
