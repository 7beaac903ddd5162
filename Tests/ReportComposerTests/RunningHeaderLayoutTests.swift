import Canvas
import Testing
@testable import PageLayout
@testable import ReportComposer

/// Long names (200 characters, in Latin, Arabic and Chinese script) and institutions (170
/// characters) stay inside the header box on every page and no header text overprints another or
/// the page body. Checked over the header's laid-out text extents (recording canvas metrics).
@Suite struct RunningHeaderLayoutTests {
    let style = ReportStyle()

    static let latinName = String(String(repeating: "Nguyễn-Schönberger, Zoë Françoise ", count: 7).prefix(200))
    static let arabicName = String(String(repeating: "عبد الرحمن بن محمد الهاشمي ", count: 8).prefix(200))
    static let chineseName = String(String(repeating: "欧阳明月慧敏", count: 34).prefix(200))
    static let institution = String(String(repeating: "Universitätsklinikum für Hepatologie und Interventionelle Radiologie, ", count: 3).prefix(170))

    func header(name: String, institution: String = RunningHeaderLayoutTests.institution) -> RunningHeader {
        RunningHeader(institution: institution, title: "Tumour board report · response prediction for TACE + lenvatinib + ICI",
                      patientName: name, patientLine: "ID HCC-2025-0011", patientDetailLine: "Born 1962-08-08 · Female · CT 2025-01-14",
                      provenanceLine: "Generated 2026-11-26", digestLine: "Input SHA-256 ab", barcodeText: "HCC-2025-0011",
                      watermark: "DEMONSTRATION · synthetic example patient · not for clinical use")
    }

    @Test(arguments: [latinName, arabicName, chineseName])
    func longNamesAndInstitutionsStayInsideTheHeaderWithoutOverlapping(_ name: String) throws {
        #expect(name.count == 200)
        #expect(Self.institution.count == 170)
        let (texts, height) = header(name: name).layout(measurer: RecordingCanvas(), style: style)
        let area = style.printableRect
        let box = Rect(x: area.minX, y: area.minY, width: area.width, height: height - RunningHeader.ruleGap)
        #expect(height > style.headerHeight, "the long texts wrap and the header grows")
        for t in texts {
            #expect(t.frame.minX >= box.minX - 0.01 && t.frame.maxX <= box.maxX + 0.01, "\(t.block.text.prefix(20)) leaves the header sideways")
            #expect(t.frame.minY >= box.minY - 0.01 && t.frame.maxY <= box.maxY + 0.01, "\(t.block.text.prefix(20)) leaves the header box")
        }
        for (i, a) in texts.enumerated() {
            for b in texts[(i + 1)...] {
                let overlaps = a.frame.minX < b.frame.maxX - 0.01 && b.frame.minX < a.frame.maxX - 0.01
                    && a.frame.minY < b.frame.maxY - 0.01 && b.frame.minY < a.frame.maxY - 0.01
                #expect(!overlaps, "\"\(a.block.text.prefix(20))\" overlaps \"\(b.block.text.prefix(20))\"")
            }
        }
        // Nothing is cut: the whole name, the ID and the whole institution are printed.
        #expect(texts.contains { $0.block.text == name })
        #expect(texts.contains { $0.block.text.contains("ID HCC-2025-0011") })
        #expect(texts.contains { $0.block.text == Self.institution })
    }

    @Test func theBodyStartsBelowATallHeaderOnEveryPage() throws {
        let doc = RecordingDocument()
        let blocks: [Block] = (0..<80).map { .paragraph(TextBlock("Line \($0)", font: style.bodyFont)) }
        let composed = ComposedDocument(style: style, header: header(name: Self.arabicName), metadata: DocumentMetadata(title: "T"), blocks: blocks)
        let n = DocumentComposer.render(composed, into: doc, measurer: RecordingCanvas())
        #expect(n >= 2)
        let height = header(name: Self.arabicName).requiredHeight(measurer: RecordingCanvas(), style: style)
        let ruleY = style.printableRect.minY + height - RunningHeader.ruleGap
        for page in doc.pages {
            let bodyTops = page.lines.filter { $0.hasPrefix("text ") && $0.contains("\"Line ") }
                .compactMap { Double($0.split(separator: " ")[2]) }
            #expect(!bodyTops.isEmpty)
            #expect(bodyTops.allSatisfy { $0 > ruleY }, "body text above the header rule at \(ruleY)")
            #expect(page.lines.contains { $0.hasPrefix("stroke w=0.80") && $0.contains(RecordingCanvas.format(ruleY)) }, "rule under the grown header")
        }
    }

    @Test func aShortHeaderKeepsTheStyleHeight() {
        let short = RunningHeader(institution: "Klinikum Nord", title: "Tumour board report", patientName: "Wang, Li", patientLine: "ID HCC-2025-0001",
                                  patientDetailLine: "Born 1959-06-18", provenanceLine: "p", digestLine: "d", barcodeText: nil)
        #expect(short.requiredHeight(measurer: RecordingCanvas(), style: style) == style.headerHeight)
    }
}
