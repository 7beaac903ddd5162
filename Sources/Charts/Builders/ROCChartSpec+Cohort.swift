import ClinicalModel
import Formatting
import Scoring
import Statistics

extension ROCChartSpec {
    /// ROC curves of the nomogram's linear predictor and of each predictor on a reference cohort, with DeLong
    /// 95 % CIs, Youden points, the model's threshold and the patient's lesions as operating points.
    ///
    /// The statistics are `CohortDiscrimination`'s (the same numbers `hccreport cohort` prints): explicit
    /// directions, empirical curves with pROC thresholds, AUC by Mann–Whitney, CI by DeLong (Sun & Xu 2014),
    /// the Youden point with the highest sensitivity among ties. O(p · n log n) for n cohort lesions.
    /// - Parameters:
    ///   - cohort: The reference cohort (its label becomes the footnote).
    ///   - model: The model whose predictors and linear predictor are evaluated.
    ///   - lesions: The patient's scored lesions; each becomes the operating point of its own score as cut-off.
    ///   - theme: Supplies the curve styles.
    ///   - title: Figure title, if any.
    /// - Throws: `ChartDataError` when the cohort lacks a predictor or a curve cannot be computed.
    public init(cohort: ReferenceCohort, model: NomogramModel, lesions: [PatientLesion], theme: ChartTheme = .standard,
                title: String? = nil) throws(ChartDataError) {
        let statistics = try Self.discrimination(cohort: cohort, model: model)
        self.init(statistics: statistics, cohort: cohort, model: model, lesions: lesions, theme: theme, title: title)
    }

    /// The cohort's discrimination statistics, computed once for a batch and passed to
    /// `init(statistics:cohort:model:lesions:theme:title:)` for each patient.
    /// - Parameters:
    ///   - cohort: The reference cohort.
    ///   - model: The model whose predictors and linear predictor are evaluated.
    /// - Returns: ROC curves, AUCs with DeLong CIs and Youden points. O(p · n log n).
    /// - Throws: `ChartDataError` when the cohort lacks a predictor or a curve cannot be computed.
    public static func discrimination(cohort: ReferenceCohort, model: NomogramModel) throws(ChartDataError) -> CohortDiscrimination {
        do {
            return try CohortDiscrimination(cohort: cohort, model: model)
        } catch {
            throw ChartDataError(error, chart: "ROC chart")
        }
    }

    /// The ROC chart of precomputed `statistics` with the patient's lesions as operating points.
    /// O(p · n + lesions · log n).
    /// - Parameters:
    ///   - statistics: `discrimination(cohort:model:)` of `cohort` and `model`.
    ///   - cohort: The reference cohort (its label becomes the footnote).
    ///   - model: The model.
    ///   - lesions: The patient's scored lesions.
    ///   - theme: Supplies the curve styles.
    ///   - title: Figure title, if any.
    public init(statistics: CohortDiscrimination, cohort: ReferenceCohort, model: NomogramModel, lesions: [PatientLesion],
                theme: ChartTheme = .standard, title: String? = nil) {
        // A synthetic reconstruction stands for the paper: its legend carries the published AUCs, its curves
        // are illustrative, and no cut-off or rate computed on it is printed as a finding.
        let published = cohort.publishedDiscrimination
        let curves = statistics.markers.enumerated().map { k, marker in
            var aucText = Self.aucText(marker.auc, marker.confidenceInterval)
            if let published {
                if let entry = published.entries[marker.name] {
                    aucText = Self.publishedAUCText(entry.auc, entry.confidenceInterval, source: published.source)
                } else {
                    aucText = "no published AUC"
                }
            }
            return Curve(name: published == nil ? marker.label : "\(marker.label) (illustrative reconstruction)",
                         points: marker.curve.points.map { PlotPoint(x: $0.falsePositiveRate, y: $0.truePositiveRate) },
                         aucText: aucText,
                         youden: published == nil ? PlotPoint(x: 1 - marker.youden.specificity, y: marker.youden.sensitivity) : nil,
                         style: theme.curveStyle(k))
        }
        let nomogramCurve = statistics.markers.first?.curve
        let symbol = "P(\(model.positiveClass))"
        var threshold: OperatingPoint?
        var lesionPoints: [OperatingPoint] = []
        if let nomogram = nomogramCurve {
            let t = model.threshold
            let c = nomogram.cutoff(atThreshold: Logistic.logit(t.probability))
            let origin = t.fromPublication ? "published" : t.provenance
            let thresholdRates = published == nil ? ": \(Self.rates(c))" : ""
            threshold = OperatingPoint(kind: .threshold, tag: "T",
                                       description: "Model threshold \(symbol) ≥ \(ReportNumber.shortest(t.probability, maxDecimals: 3)) (\(origin))\(thresholdRates)",
                                       point: PlotPoint(x: 1 - c.specificity, y: c.sensitivity))
            lesionPoints = lesions.enumerated().map { i, l in
                let c = nomogram.cutoff(atThreshold: l.score.linearPredictor)
                let rates = published == nil ? ": \(Self.rates(c))" : " (position on the illustrative curve)"
                return OperatingPoint(kind: .lesion(i), tag: l.tag,
                                      description: "\(l.tag) score as cut-off (\(ReportNumber.probabilityStatement(symbol, l.score.probabilityPositive)))\(rates)",
                                      point: PlotPoint(x: 1 - c.specificity, y: c.sensitivity))
            }
        }
        self.init(title: title, curves: curves, showsChanceDiagonal: true, threshold: threshold, lesionPoints: lesionPoints,
                  footnote: cohort.label)
    }

    /// "AUC 0.913 (95 % CI 0.858–0.968)", the CI clamped to [0, 1].
    /// - Parameters:
    ///   - auc: The area under the curve.
    ///   - ci: Its confidence interval.
    /// - Returns: The legend text.
    public static func aucText(_ auc: Double, _ ci: ClosedRange<Double>) -> String {
        let lo = min(max(ci.lowerBound, 0), 1), hi = min(max(ci.upperBound, 0), 1)
        return "AUC \(ReportNumber.fixed(auc, 3)) (95 % CI \(ReportNumber.fixed(lo, 3))–\(ReportNumber.fixed(hi, 3)))"
    }

    /// "published AUC 0.913 (95 % CI 0.858–0.968), Zhang et al." or "published AUC 0.770 (no CI published), Zhang et al.".
    /// - Parameters:
    ///   - auc: The published AUC.
    ///   - ci: Its published 95 % CI, if any.
    ///   - source: The publication.
    /// - Returns: The legend text.
    public static func publishedAUCText(_ auc: Double, _ ci: ClosedRange<Double>?, source: String) -> String {
        let interval = ci.map { "95 % CI \(ReportNumber.fixed($0.lowerBound, 3))–\(ReportNumber.fixed($0.upperBound, 3))" }
            ?? "no CI published"
        return "published AUC \(ReportNumber.fixed(auc, 3)) (\(interval)), \(source)"
    }

    static func rates(_ c: Cutoff) -> String {
        // No-break spaces keep "Se 0.70" and "Sp 0.80" on one line when the legend wraps.
        "Se\u{00A0}\(ReportNumber.fixed(c.sensitivity, 2)), Sp\u{00A0}\(ReportNumber.fixed(c.specificity, 2))"
    }
}
