import CairoBackend
import Canvas
import PDFWriter
@testable import Charts
import Foundation
import RenderingTestSupport
import Scoring
import TestSupport
import Testing

/// Each chart rendered with the real Cairo backend to PDF and PNG, checked with poppler.
///
/// Set `HCCREPORT_CHART_OUTPUT=<folder>` to keep the files for a visual check.
@Suite struct CairoRenderingTests {
    enum Figure: String, CaseIterable, Sendable { case nomogram, nomogramEdgeCases, violins, roc }

    static let width = millimetres(170)
    static let margin = 18.0

    /// Draws `figure` at report width; returns the page size used.
    static func draw(_ figure: Figure, on canvas: Canvas?) throws -> Size {
        // Heights are measured with the recording canvas so the page size is known before the page exists.
        let measuring = RecordingCanvas()
        let lesions = try ReportLesions.paperExamples()
        let cohort = ReferenceCohort.syntheticZhang2025
        let height: Double
        let render: (Canvas, Rect) -> Void
        switch figure {
        case .nomogram:
            let spec = NomogramChartSpec(model: ReportLesions.model, lesions: lesions, footnote: nil)
            height = NomogramChart.preferredHeight(spec, width: width, canvas: measuring)
            render = { NomogramChart.draw(spec, in: $0, frame: $1, theme: .standard) }
        case .nomogramEdgeCases:
            // Two lesions with almost the same values, one with NIC-AP beyond the axis.
            let edge = try ReportLesions.scored([ReportLesions.lesion("1", segment: "VII", size: 42.4, nic: 17.42, ps: 17.38),
                                                 ReportLesions.lesion("2", segment: "VIII", size: 45, nic: 85, ps: 18.5)])
            let spec = NomogramChartSpec(model: ReportLesions.model, lesions: edge, footnote: nil)
            height = NomogramChart.preferredHeight(spec, width: width, canvas: measuring)
            render = { NomogramChart.draw(spec, in: $0, frame: $1, theme: .standard) }
        case .violins:
            let spec = try ViolinChartSpec(cohort: cohort, model: ReportLesions.model, lesions: lesions)
            height = ViolinChart.preferredHeight(spec, width: width, canvas: measuring)
            render = { ViolinChart.draw(spec, in: $0, frame: $1, theme: .standard) }
        case .roc:
            let spec = try ROCChartSpec(cohort: cohort, model: ReportLesions.model, lesions: lesions)
            height = ROCChart.preferredHeight(spec, width: width, canvas: measuring)
            render = { ROCChart.draw(spec, in: $0, frame: $1, theme: .standard) }
        }
        let page = Size(width: width + 2 * margin, height: height + 2 * margin)
        if let canvas { render(canvas, Rect(x: margin, y: margin, width: width, height: height)) }
        return page
    }

    static func outputDirectory() throws -> URL {
        if let keep = ProcessInfo.processInfo.environment["HCCREPORT_CHART_OUTPUT"] {
            let url = URL(fileURLWithPath: keep)
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
            return url
        }
        return try makeTemporaryDirectory("chart-tests")
    }

    /// The standard output of a poppler tool, which must succeed.
    static func run(_ tool: String, _ arguments: [String]) throws -> String {
        let result = try ExternalProcess.tool(tool, arguments)
        #expect(result.status == 0, "\(tool): \(result.stderr)")
        return result.stdout
    }

    @Test(arguments: Figure.allCases)
    func rendersToPDFWithOnlyBundledFonts(_ figure: Figure) throws {
        let fonts = try TestEnvironment.fonts()
        let dir = try Self.outputDirectory()
        let path = dir.appendingPathComponent("\(figure.rawValue).pdf").path
        let document = try PDFDocument(path: path, fonts: fonts)
        let size = try Self.draw(figure, on: nil)
        let canvas = document.beginPage(size: size)
        _ = try Self.draw(figure, on: canvas)
        document.endPage()
        try document.finish()
        #expect(document.invalidMarkupCount == 0)

        let fontList = try Self.run("pdffonts", [path]).split(separator: "\n").dropFirst(2)
        #expect(!fontList.isEmpty)
        for line in fontList {
            #expect(line.contains("NotoSans"), "\(line)")
            #expect(line.contains(" yes yes "), "font not embedded and subset: \(line)")
        }
        let text = try Self.run("pdftotext", ["-layout", path, "-"])
        switch figure {
        case .nomogram:
            #expect(text.contains("L1 P(NR) = 0.105"))
            #expect(text.contains("Probability of NR"))
        case .nomogramEdgeCases:
            #expect(text.contains("Out of range: L2 NIC-AP 85.0 %"))
        case .violins:
            #expect(text.contains("n = 71"))
        case .roc:
            #expect(text.contains("95 % CI"))
            #expect(text.contains("Synthetic reference reconstructed from published summary"))
        }
        if ProcessInfo.processInfo.environment["HCCREPORT_CHART_OUTPUT"] == nil { try? FileManager.default.removeItem(at: dir) }
    }

    @Test(arguments: Figure.allCases)
    func rendersToPNG(_ figure: Figure) throws {
        let fonts = try TestEnvironment.fonts()
        let dir = try Self.outputDirectory()
        let size = try Self.draw(figure, on: nil)
        let image = try PNGImage(size: size, dpi: 150, fonts: fonts)
        _ = try Self.draw(figure, on: image.canvas)
        let path = dir.appendingPathComponent("\(figure.rawValue).png").path
        try image.write(to: path)
        #expect(image.pixelWidth == Int((size.width * 150 / 72).rounded()))
        #expect(try PNGHeader.size(of: URL(fileURLWithPath: path)) == (image.pixelWidth, image.pixelHeight))
        if ProcessInfo.processInfo.environment["HCCREPORT_CHART_OUTPUT"] == nil { try? FileManager.default.removeItem(at: dir) }
    }
}
