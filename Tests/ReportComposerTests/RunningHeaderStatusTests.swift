import Canvas
import ClinicalModel
import Testing
@testable import PageLayout
@testable import ReportComposer

/// The header prints the report's status on every page, after the title on the title's line when
/// both fit and below the title otherwise, without making the header taller than the style's
/// header height; on page 1 it is tagged content, on later pages part of the header artifact.
@Suite struct RunningHeaderStatusTests {
    let style = ReportStyle()

    func header(title: String, status: DocumentStatus?) -> RunningHeader {
        RunningHeader(institution: "Klinikum Nord", title: title, patientName: "Wang, Li", patientLine: "ID HCC-2025-0001",
                      patientDetailLine: "Born 1958-04-02 · CT 2025-01-14", provenanceLine: "Generated 2026-12-03",
                      digestLine: "Input SHA-256 ab", barcodeText: nil, watermark: nil, statusLine: status?.printedLabel)
    }

    @Test func theWordingSaysWhetherTheReportIsSignedOff() {
        #expect(DocumentStatus.preliminary.printedLabel == "Preliminary — not signed off")
        #expect(DocumentStatus.final.printedLabel == "Final")
    }

    @Test(arguments: DocumentStatus.allCases)
    func aShortTitleCarriesTheStatusOnItsLine(status: DocumentStatus) throws {
        let (texts, height) = header(title: "Tumour board summary", status: status).layout(measurer: RecordingCanvas(), style: style)
        let title = try #require(texts.first { $0.block.text == "Tumour board summary" })
        let placed = try #require(texts.first { $0.block.text == " · " + status.printedLabel })
        #expect(placed.joinsPrevious, "the status is part of the title's paragraph")
        #expect(placed.origin.y == title.origin.y)
        #expect(placed.frame.minX >= title.frame.maxX - 0.01)
        #expect(placed.frame.maxX <= style.printableRect.minX + style.printableRect.width * 0.6 + 0.01)
        #expect(height == style.headerHeight)
    }

    @Test(arguments: DocumentStatus.allCases)
    func aLongTitleKeepsItsHeaderHeightWithTheStatusBesideOrBelowIt(status: DocumentStatus) throws {
        let long = "Tumour board report · response prediction for TACE + lenvatinib + ICI"
        let withStatus = header(title: long, status: status).layout(measurer: RecordingCanvas(), style: style)
        let without = header(title: long, status: nil).layout(measurer: RecordingCanvas(), style: style)
        let title = try #require(withStatus.texts.first { $0.block.text == long })
        let placed = try #require(withStatus.texts.first { $0.block.text.contains(status.printedLabel) })
        if placed.joinsPrevious {
            #expect(placed.origin.y == title.origin.y && placed.frame.minX >= title.frame.maxX - 0.01, "beside the title")
        } else {
            #expect(placed.frame.minY >= title.frame.maxY - 0.01, "below the title")
        }
        if status == .preliminary { #expect(!placed.joinsPrevious, "the longer wording does not fit beside this title") }
        #expect(withStatus.height == without.height, "the header keeps its height")
        #expect(!without.texts.contains { $0.block.text.contains("signed off") || $0.block.text.contains("Final") })
    }

    @Test(arguments: DocumentStatus.allCases)
    func everyPageDrawsTheStatusContentOnPageOneAndArtifactAfter(status: DocumentStatus) throws {
        let doc = RecordingDocument(recordsStructure: true)
        let blocks: [Block] = (0..<120).map { .paragraph(TextBlock("Line \($0)", font: style.bodyFont)) }
        let composed = ComposedDocument(style: style, header: header(title: "Tumour board summary", status: status),
                                        metadata: DocumentMetadata(title: "T"), blocks: blocks)
        let n = DocumentComposer.render(composed, into: doc, measurer: RecordingCanvas())
        #expect(n >= 2)
        for (index, page) in doc.pages.enumerated() {
            let lines = page.lines
            let at = try #require(lines.firstIndex { $0.hasPrefix("text ") && $0.hasSuffix("\" · \(status.printedLabel)\"") },
                                  "page \(index + 1) has no status")
            // Inside the header artifact on later pages; outside any artifact on page 1.
            let opened = lines[..<at].filter { $0.hasPrefix("artifact ") }.count
            let closed = lines[..<at].filter { $0 == "end artifact" }.count
            let insideHeaderArtifact = opened > closed && lines[..<at].last { $0.hasPrefix("artifact ") } == "artifact Header"
            #expect(insideHeaderArtifact == (index > 0), "page \(index + 1)")
            if index == 0 {
                // Tagged content: in the title's paragraph.
                #expect(lines[..<at].last { $0.hasPrefix("begin ") || $0.hasPrefix("end") } == "begin P")
            }
        }
    }
}
