import CohortAnalysis
import Formatting

extension ROCChartSpec {
    /// The ROC curves of a cohort analysis: the validated model first, the refit model second (apparent
    /// performance, drawn only when the refit is estimable), and the validated model's threshold as an operating point.
    /// - Parameters:
    ///   - result: The analysis.
    ///   - validatedName: The validated model's name in the legend, e.g. its id and version.
    ///   - refitName: The refit model's name in the legend.
    ///   - footnote: Provenance banner (the synthetic-cohort label), if any.
    ///   - theme: Supplies the curve styles.
    public init(analysis result: CohortAnalysisResult, validatedName: String, refitName: String, footnote: String?,
                theme: ChartTheme) {
        func curve(_ name: String, _ v: ModelValidation, _ index: Int) -> Curve {
            let d = v.discrimination
            return Curve(
                name: name,
                points: v.rocCurve.map { PlotPoint(x: $0.falsePositiveRate, y: $0.truePositiveRate) },
                aucText: Self.aucText(d.auc, d.aucLow...d.aucHigh),
                youden: PlotPoint(x: 1 - d.youden.specificity, y: d.youden.sensitivity),
                style: theme.curveStyle(index))
        }
        let t = result.externalValidation.atModelThreshold
        let threshold = OperatingPoint(
            kind: .threshold, tag: "T",
            description: "Threshold of the validated model, P(\(result.cohort.positiveClass)) ≥ \(ReportNumber.shortest(t.threshold, maxDecimals: 3)): "
                + "Se\u{00A0}\(ReportNumber.fixed(t.sensitivity, 2)), Sp\u{00A0}\(ReportNumber.fixed(t.specificity, 2))",
            point: PlotPoint(x: 1 - t.specificity, y: t.sensitivity))
        let refit = result.refitEstimability.isEstimable ? [curve("\(refitName) (apparent)", result.refitValidation, 1)] : []
        self.init(curves: [curve("Validated: \(validatedName)", result.externalValidation, 0)] + refit,
                  threshold: threshold, footnote: footnote)
    }
}
