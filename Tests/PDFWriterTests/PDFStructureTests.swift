import CairoBackend
import PDFWriter
import RenderingTestSupport
import Canvas
import Foundation
import TestSupport
import Testing

/// The writer's logical structure, judged over the parsed file by `check_tagged_pdf.py` (pikepdf,
/// pdfminer.six): elements that continue across pages, links, artifacts, untagged text and
/// marked content nested with the graphics state.
@Suite("PDF structure")
struct PDFStructureTests {
    static func write(_ draw: (PDFDocument) -> Void) throws -> (TaggedPDF, path: String) {
        let dir = try TestEnvironment.temporaryDirectory()
        let path = dir.appendingPathComponent("tagged.pdf").path
        let document = try PDFDocument(path: path, fonts: TestEnvironment.fonts(), metadata: DocumentMetadata(title: "Tagged"))
        draw(document)
        try document.finish()
        return (try TaggedPDF.read(path), path)
    }

    static func text(_ s: String) -> TextBlock { TextBlock(s, font: FontSpec(size: 10)) }

    /// ISO 14289-1 7.1, 7.5 (ISO 32000-1 14.7.4): a table opened on page 1 and closed on page 2 is
    /// one Table whose MCIDs on page 2 are marked-content references; every MCID is reachable.
    @Test func aTableContinuesOnTheNextPageAsOneElement() throws {
        let (tagged, _) = try Self.write { document in
            let first = document.beginPage(size: .a4)
            first.beginStructure(StructureElement(.heading1))
            first.draw(Self.text("Findings"), at: Point(x: 50, y: 50))
            first.endStructure()
            first.beginStructure(StructureElement(.table))
            first.beginStructure(StructureElement(.tableRow))
            for title in ["Lesion", "Size"] {
                first.structure(.headerCell(scope: .column)) { first.draw(Self.text(title), at: Point(x: 50, y: 80)) }
            }
            first.endStructure()
            first.beginStructure(StructureElement(.tableBody))
            let second = document.beginPage(size: .a4)
            second.withState {
                second.beginStructure(StructureElement(.tableRow))
                for cell in ["L1", "42 mm"] { second.structure(StructureElement(.dataCell)) { second.draw(Self.text(cell), at: Point(x: 50, y: 80)) } }
                second.endStructure()
            }
            second.endStructure()
            second.endStructure()
            second.artifact(.footer) { second.draw(Self.text("Page 2 of 2"), at: Point(x: 50, y: 800)) }
            document.endPage()
        }
        #expect(tagged.problems.isEmpty, "\(tagged.problems)")
        #expect(tagged.tables.count == 1)
        #expect(tagged.tables.first?.rowCellCounts == [2, 2])
        #expect(tagged.tables.first?.headerCells == ["Lesion", "Size"])
        #expect(tagged.headings.first == ["H1", "Findings"])
        #expect(!tagged.paragraphs.contains("Page 2 of 2"))
    }

    /// ISO 14289-1 7.18.1, 7.18.5 — Matterhorn 28-011, 28-012: a link inside a Link element and a
    /// link drawn outside one are both Link elements holding their annotation (`/OBJR`), reached
    /// back through `/StructParent`, with `/Contents`; text drawn with no element open becomes a
    /// paragraph (Matterhorn 01-005); paths outside a figure are artifacts.
    @Test func linksAreLinkElementsWithContents() throws {
        let (tagged, _) = try Self.write { document in
            let page = document.beginPage(size: .a4)
            page.structure(.heading(level: 1)) { page.draw(Self.text("Sources"), at: Point(x: 50, y: 30)) }
            page.artifact(.header) {
                page.structure(.paragraph) { page.draw(Self.text("Running header"), at: Point(x: 50, y: 10)) }
            }
            page.structure(.link(description: "The study's article")) {
                page.draw(Self.text("Zhang et al."), at: Point(x: 50, y: 50))
                page.link(Rect(x: 50, y: 50, width: 80, height: 12), to: .uri("https://doi.org/10.1000/example"))
            }
            page.draw(Self.text("Untagged line"), at: Point(x: 50, y: 80))
            page.link(Rect(x: 50, y: 80, width: 80, height: 12), to: .destination("nomogram"))
            page.destination("nomogram", at: Point(x: 50, y: 100))
            page.stroke(.line(from: Point(x: 50, y: 95), to: Point(x: 300, y: 95)), style: StrokeStyle(width: 1, color: .black))
            page.structure(.figure(alternativeText: "A square.")) {
                page.fill(.rect(Rect(x: 50, y: 120, width: 40, height: 40)), color: .black)
            }
            document.endPage()
        }
        #expect(tagged.problems.isEmpty, "\(tagged.problems)")
        #expect(tagged.links.count == 2)
        #expect(tagged.links.allSatisfy { $0.element == "Link" })
        #expect(tagged.links.map(\.contents) == ["The study's article", "Go to nomogram"])
        #expect(tagged.paragraphs == ["Untagged line"])
        #expect(tagged.figures.map(\.alt) == ["A square."])
    }
}
