import Canvas
import Charts
import ClinicalModel
import Scoring

/// Builds each patient's figures from the model and the reference cohort (Charts module).
///
/// The charts draw their own notes and the synthetic-cohort banner inside their frames, so the
/// report adds no second caption. A chart that cannot be computed (e.g. a cohort lacking a
/// predictor) is replaced by a box that says why.
public struct PatientFigureSource: Sendable {
    public let model: NomogramModel
    public let cohort: ReferenceCohort?
    public let theme: ChartTheme
    /// The cohort's violin densities, quartiles and tests, computed once for all patients.
    private let violinBasis: Result<ViolinChartSpec.CohortBasis, ChartDataError>?
    /// The cohort's ROC curves, AUCs and CIs, computed once for all patients.
    private let discrimination: Result<CohortDiscrimination, ChartDataError>?

    /// Computes the cohort's statistics for the violins and ROC curves once; each patient's
    /// figures then only mark the lesions on them.
    /// - Parameters:
    ///   - model: the model the lesions were scored with.
    ///   - cohort: the reference cohort for violins and ROC curves (`nil`: nomogram only).
    ///   - theme: chart fonts, lines and grey-safe styles.
    public init(model: NomogramModel, cohort: ReferenceCohort?, theme: ChartTheme = .standard) {
        self.model = model
        self.cohort = cohort
        self.theme = theme
        violinBasis = cohort.map { cohort in
            Result { () throws(ChartDataError) in
                try ViolinChartSpec.CohortBasis(cohort: cohort, model: model, gridPoints: 64, theme: theme)
            }
        }
        discrimination = cohort.map { cohort in
            Result { () throws(ChartDataError) in try ROCChartSpec.discrimination(cohort: cohort, model: model) }
        }
    }

    /// The figures of one patient's report.
    /// - Parameter score: the scored case.
    /// - Returns: nomogram, response over time (with follow-up), violins and ROC figures (the latter
    ///   two only with a cohort).
    public func figures(for score: CaseScore) -> ReportFigures {
        let lesions = PatientLesion.scored(in: score)
        let theme = self.theme
        let nomogram = NomogramChartSpec(model: model, scale: score.scale, lesions: lesions)
        var figures = ReportFigures(nomogram: ReportFigure(caption: "", alternativeText: nomogram.alternativeText) { canvas, rect in
            NomogramChart.draw(nomogram, in: canvas, frame: rect, theme: theme)
        })
        if score.mrecist != nil {
            do {
                let response = try ResponseChartSpec(score: score, theme: theme)
                figures.response = ReportFigure(caption: "", alternativeText: response.altText()) { canvas, rect in ResponseChart.draw(response, in: canvas, frame: rect, theme: theme) }
            } catch {
                figures.response = Self.unavailable("\(error)")
            }
        }
        guard let cohort, let violinBasis, let discrimination else { return figures }
        switch violinBasis {
        case .success(let basis):
            let violins = ViolinChartSpec(basis: basis, lesions: lesions)
            figures.violins = ReportFigure(caption: "", alternativeText: violins.alternativeText) { canvas, rect in ViolinChart.draw(violins, in: canvas, frame: rect, theme: theme) }
        case .failure(let error):
            figures.violins = Self.unavailable("The distribution plots could not be drawn: \(error)")
        }
        switch discrimination {
        case .success(let statistics):
            let roc = ROCChartSpec(statistics: statistics, cohort: cohort, model: model, lesions: lesions, theme: theme)
            let caption = cohort.publishedDiscrimination.map {
                "Curves: an illustrative reconstruction from the group statistics of \($0.source), not patient data. The legend gives "
                    + "the AUCs \($0.source) published; the reconstruction's own AUCs, cut-offs and p-values are not findings and are not shown."
            } ?? ""
            figures.roc = ReportFigure(caption: caption, alternativeText: roc.alternativeText) { canvas, rect in ROCChart.draw(roc, in: canvas, frame: rect, theme: theme) }
        case .failure(let error):
            figures.roc = Self.unavailable("The ROC curves could not be drawn: \(error)")
        }
        return figures
    }

    /// A dashed box with a sentence, standing in for a chart that could not be computed.
    static func unavailable(_ sentence: String) -> ReportFigure {
        ReportFigure(caption: "", alternativeText: sentence) { canvas, rect in
            canvas.stroke(.rect(rect), style: StrokeStyle(width: 0.5, color: Color(grey: 0.5), dash: [3, 2]))
            canvas.draw(TextBlock(sentence, font: FontSpec(italic: true, size: 9), width: rect.width - 20, alignment: .center),
                        at: Point(x: rect.minX + 10, y: rect.midY - 10))
        }
    }
}
