import CaseReader
import Canvas
import Foundation
import Scoring
import TestSupport
import Testing
@testable import PageLayout
@testable import ReportComposer

/// A reader can follow the pages: no page ends with a heading, a chart or table stays with its
/// heading, intro and caption, and a closing block of columns breaks only between its groups.
/// Checked over the composer's page plan (`PageFlow.paginate`), not over pixels.
@Suite struct KeepWithNextTests {
    let style = ReportStyle()
    var flow: PageFlow { PageFlow(style: style, measurer: RecordingCanvas()) }

    /// The text of the heading that ends a page, if one does.
    static func headingsEndingAPage(_ pages: [[PageFlow.Placement]]) -> [String] {
        pages.dropLast().compactMap { page in
            if case .heading(let h, _)? = page.last?.item { return h.text }
            return nil
        }
    }

    func filler(leaving room: Double) -> [Block] {
        [.paragraph(TextBlock("x", font: style.bodyFont)), .spacer(style.contentRect.height - room)]
    }

    @Test func aHeadingWithAnIntroParagraphMovesWithItsFigure() {
        let intro = TextBlock("Read each predictor's points on the top axis.", font: style.bodyFont)
        let figure = Figure(height: 200, caption: "L1 = lesion, segment S8", alternativeText: "Nomogram") { _, _ in }
        // Room for the heading and the intro, not for the figure under them.
        let (pages, outline) = flow.paginate(filler(leaving: 90) + [.heading(Heading("Nomogram")), .paragraph(intro), .figure(figure)])
        #expect(pages.count == 2)
        #expect(Self.headingsEndingAPage(pages).isEmpty)
        #expect(pages[0].count == 1, "only the filler stays on page 1")
        guard pages.count == 2, pages[1].count == 3 else { Issue.record("expected heading, intro and figure on page 2"); return }
        if case .heading(let h, _) = pages[1][0].item { #expect(h.text == "Nomogram") } else { Issue.record("heading left behind") }
        if case .figure(_, let caption) = pages[1][2].item { #expect(caption?.text == "L1 = lesion, segment S8") } else { Issue.record("no figure") }
        #expect(outline == [PageFlow.OutlineEntry(title: "Nomogram", page: 2, level: 0, top: pages[1][0].y)])
    }

    @Test func aSectionHeadingAndItsSubheadingBothMoveWithTheTable() {
        let table = Table(columns: [.init("Date"), .init("Sum, mm", alignment: .right)],
                          rows: (0..<4).map { Table.Row(["2025-0\($0 + 1)-01", "\(40 - $0)"]) }, caption: "Sums", continuationTitle: "mRECIST")
        let (pages, _) = flow.paginate(filler(leaving: 60) + [.heading(Heading("Response")), .heading(Heading("Patient level", level: 2)), .table(table)])
        #expect(Self.headingsEndingAPage(pages).isEmpty)
        #expect(pages.count == 2)
        #expect(pages.last?.count == 3)
    }

    @Test func aFigureWithAMinimumHeightShrinksToStayOnItsPage() {
        let figure = Figure(height: 300, minimumHeight: 200, alternativeText: "Chart") { _, _ in }
        let (pages, _) = flow.paginate(filler(leaving: 260) + [.figure(figure)])
        #expect(pages.count == 1)
        guard case .figure(let placed, _)? = pages[0].last?.item, let last = pages[0].last else { Issue.record("no figure"); return }
        #expect(placed.height < 300 && placed.height >= 200)
        #expect(last.y + last.height <= style.contentRect.maxY + 0.001)
        // Less room than its minimum: it moves whole, at its full height.
        let (moved, _) = flow.paginate(filler(leaving: 150) + [.figure(figure)])
        #expect(moved.count == 2)
        if case .figure(let f, _)? = moved[1].first?.item { #expect(f.height == 300) } else { Issue.record("figure not on page 2") }
    }

    @Test func aColumnSetFillsColumnsAndBreaksOnlyBetweenGroups() {
        let groups: [[Block]] = (0..<6).map { i in
            [.paragraph(TextBlock("<b>Note \(i).</b> " + String(repeating: "word ", count: 60), font: style.smallFont, isMarkup: true))]
        }
        let set = ColumnSet(groups: groups, columnCount: 3)
        let (onePage, _) = flow.paginate([.heading(Heading("About the model and references")), .columns(set)])
        #expect(onePage.count == 1)
        guard case .columns(let columns)? = onePage[0].last?.item else { Issue.record("no column set"); return }
        #expect(columns.count == 3)
        #expect(columns.map(\.placements.count) == [2, 2, 2], "six equal groups, two per column")
        let gutter = columns[1].frame.minX - columns[0].frame.maxX
        expectClose(gutter, set.gutter, absolute: 0.001)
        expectClose(columns[2].frame.maxX, style.contentRect.maxX, absolute: 0.001)

        // Little room left: the groups that fit stay, the others continue on the next page whole.
        let (pages, _) = flow.paginate(filler(leaving: 130) + [.heading(Heading("About the model and references")), .columns(set)])
        #expect(pages.count == 2)
        #expect(Self.headingsEndingAPage(pages).isEmpty)
        let placed = pages.flatMap { $0 }.compactMap { p -> Int? in
            guard case .columns(let c) = p.item else { return nil }
            return c.flatMap(\.placements).count
        }
        #expect(placed.reduce(0, +) == 6, "every group exactly once")
        #expect(placed.count == 2)
        for page in pages { for p in page { #expect(p.y + p.height <= style.contentRect.maxY + 0.001) } }
    }

    @Test func aFloatThatDoesNotFitWaitsForTheNextPageWhileLaterBlocksFillThisOne() {
        let chart = Block.float([.heading(Heading("Nomogram")), .figure(Figure(height: 250, alternativeText: "Nomogram") { _, _ in })])
        let table = Table(columns: [.init("Date"), .init("Overall")], rows: [Table.Row(["2025-04-02", "PR"])], caption: nil, continuationTitle: "mRECIST")
        let closing = ColumnSet(groups: [[.paragraph(TextBlock("Notes", font: style.smallFont))]])
        let (pages, outline) = flow.paginate(filler(leaving: 140) + [chart, .heading(Heading("Response assessment")), .table(table),
                                                                    .heading(Heading("About the model")), .columns(closing)])
        #expect(pages.count == 2)
        #expect(Self.headingsEndingAPage(pages).isEmpty)
        let titles = pages.map { page in page.compactMap { p -> String? in if case .heading(let h, _) = p.item { return h.text } else { return nil } } }
        #expect(titles == [["Response assessment"], ["Nomogram", "About the model"]], "the table fills page 1; the chart opens page 2, before the closing block")
        #expect(outline.map(\.title) == ["Response assessment", "Nomogram", "About the model"], "bookmarks in page order")
        #expect(outline.map(\.page) == [1, 2, 2])
        // With room for it, the float stays where it stands.
        let (inline, _) = flow.paginate([chart, .heading(Heading("Response assessment")), .table(table)])
        #expect(inline.count == 1)
        if case .heading(let h, _)? = inline[0].first?.item { #expect(h.text == "Nomogram") } else { Issue.record("float moved") }
    }

    /// Every example case with both bundled templates (text measured by the recording canvas).
    @Test(arguments: ["tumor-board", "compact", "full"])
    func noExampleReportPageEndsWithAHeading(_ templateName: String) throws {
        let template = try ReportTemplate.load(from: ReportTemplateTests.templatesRoot.appendingPathComponent(templateName))
        let folder = PackagePaths.file("Examples/cases")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".json") }.sorted()
        #expect(files.count >= 16)
        var pagesChecked = 0
        for file in files {
            let result = CaseFileReader().read(contentsOf: folder.appendingPathComponent(file))
            for patientCase in result.cases {
                var report = TumorBoardReportTests.report(patientCase)
                report.figures = ReportFigures(nomogram: ReportFigure(caption: "", alternativeText: "Nomogram") { _, _ in })
                let document = TumorBoardReport.compose(report, template: template)
                let (pages, _) = PageFlow(style: document.style, measurer: RecordingCanvas()).paginate(document.blocks)
                #expect(Self.headingsEndingAPage(pages).isEmpty, "\(file): a page ends with \(Self.headingsEndingAPage(pages))")
                pagesChecked += pages.count
            }
        }
        #expect(pagesChecked >= files.count)
    }
}
