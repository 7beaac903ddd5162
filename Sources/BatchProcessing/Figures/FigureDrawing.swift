import CairoBackend
import Canvas
import Charts
import ClinicalModel
import Foundation
import PDFWriter
import Scoring

/// One chart, built from its spec, ready to be laid out on a page of a given width and written.
///
/// The page is exactly the requested width; the chart sits inside a `margin` on every side and the
/// page height is the chart's preferred height at that width, measured with the real fonts.
public struct FigureDrawing {
    /// White space around the chart, points (4 mm).
    static let margin = millimetres(4)

    private let preferredHeight: (Double, Canvas) -> Double
    private let draw: (Canvas, Rect) -> Void
    /// What the chart shows, in words from its data: the PDF's figure description (`/Alt`).
    let alternativeText: String

    /// Builds the spec of `kind`.
    /// - Parameters:
    ///   - kind: nomogram, violins, roc or response.
    ///   - model: the model the lesions were scored with.
    ///   - cohort: the reference cohort (needed for violins and roc).
    ///   - lesions: the patient's scored lesions (may be empty).
    ///   - score: the scored case (needed for response).
    ///   - title: the figure title, if any.
    /// - Throws: `ChartDataError` when the cohort cannot supply the chart's statistics or the case
    ///   cannot supply the response over time.
    public init(kind: FigureKind, model: NomogramModel, cohort: ReferenceCohort?, lesions: [PatientLesion],
                score: CaseScore? = nil, title: String?) throws {
        let theme = ChartTheme.standard
        switch kind {
        case .nomogram:
            let spec = NomogramChartSpec(model: model, lesions: lesions, footnote: "Model: \(model.id) \(model.version)", title: title)
            preferredHeight = { NomogramChart.preferredHeight(spec, width: $0, theme: theme, canvas: $1) }
            draw = { NomogramChart.draw(spec, in: $0, frame: $1, theme: theme) }
            alternativeText = spec.alternativeText
        case .violins:
            let spec = try ViolinChartSpec(cohort: cohort ?? .syntheticZhang2025, model: model, lesions: lesions, theme: theme, title: title)
            preferredHeight = { ViolinChart.preferredHeight(spec, width: $0, theme: theme, canvas: $1) }
            draw = { ViolinChart.draw(spec, in: $0, frame: $1, theme: theme) }
            alternativeText = spec.alternativeText
        case .roc:
            let spec = try ROCChartSpec(cohort: cohort ?? .syntheticZhang2025, model: model, lesions: lesions, theme: theme, title: title)
            preferredHeight = { ROCChart.preferredHeight(spec, width: $0, theme: theme, canvas: $1) }
            draw = { ROCChart.draw(spec, in: $0, frame: $1, theme: theme) }
            alternativeText = spec.alternativeText
        case .response:
            guard let score else { throw ChartDataError.notDrawable(chart: "response chart", reason: "it needs a case file with follow-up") }
            let spec = try ResponseChartSpec(score: score, theme: theme, title: title)
            preferredHeight = { ResponseChart.preferredHeight(spec, width: $0, theme: theme, canvas: $1) }
            draw = { ResponseChart.draw(spec, in: $0, frame: $1, theme: theme) }
            alternativeText = spec.altText()
        }
    }

    /// Writes the figure to `destination` atomically (temporary file, then rename).
    /// - Parameters:
    ///   - destination: the output file.
    ///   - format: PDF, PNG or SVG.
    ///   - widthPoints: the page width in points.
    ///   - dpi: pixels per inch for PNG.
    ///   - fonts: this thread's font registry.
    /// - Throws: `RenderError` when drawing or writing fails, `SetupError` when the rename fails.
    public func write(to destination: URL, format: FigureFormat, widthPoints: Double, dpi: Double, fonts: FontRegistry) throws {
        // Measure with a Cairo canvas so the page height fits the real text metrics.
        let measuring = try PNGImage(size: Size(width: 1, height: 1), dpi: 72, fonts: fonts, background: nil)
        let inner = widthPoints - 2 * Self.margin
        let page = Size(width: widthPoints, height: (preferredHeight(inner, measuring.canvas) + 2 * Self.margin).rounded(.up))
        let frame = Rect(x: Self.margin, y: Self.margin, width: inner, height: page.height - 2 * Self.margin)
        let temporary = AtomicFile.temporaryURL(for: destination, token: 0)
        switch format {
        case .pdf:
            let document = try PDFDocument(path: temporary.path, fonts: fonts)
            let canvas = document.beginPage(size: page)
            // The page is one tagged figure described by its data.
            canvas.structure(.figure(alternativeText: alternativeText)) { draw(canvas, frame) }
            try document.finish()
        case .png:
            let image = try PNGImage(size: page, dpi: dpi, fonts: fonts)
            draw(image.canvas, frame)
            try image.write(to: temporary.path)
        case .svg:
            let image = try SVGImage(path: temporary.path, size: page, fonts: fonts)
            draw(image.canvas, frame)
            try image.finish()
        }
        try AtomicFile.commit(temporary, to: destination)
    }
}
