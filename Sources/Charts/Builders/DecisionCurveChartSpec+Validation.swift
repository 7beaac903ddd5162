import CohortAnalysis

extension DecisionCurveChartSpec {
    /// The decision curve of a cohort analysis: net benefit of the validated model and of the refit model
    /// (apparent, only when the refit is estimable) against treat-all and treat-none.
    /// - Parameters:
    ///   - result: The analysis.
    ///   - validatedName: The validated model's name in the legend, e.g. its id and version.
    ///   - refitName: The refit model's name in the legend.
    ///   - footnote: Provenance banner (the synthetic-cohort label), if any.
    ///   - theme: Supplies the curve styles.
    public init(analysis result: CohortAnalysisResult, validatedName: String, refitName: String, footnote: String?,
                theme: ChartTheme) {
        func points(_ thresholds: [Double], _ values: [Double]) -> [PlotPoint] {
            zip(thresholds, values).map { PlotPoint(x: $0, y: $1) }
        }
        let v = result.externalValidation.decisionCurve, r = result.refitValidation.decisionCurve
        self.init(
            series: [Series(name: "Validated: \(validatedName)", points: points(v.thresholds, v.model), style: theme.curveStyle(0))]
                + (result.refitEstimability.isEstimable
                    ? [Series(name: "\(refitName) (apparent)", points: points(r.thresholds, r.model), style: theme.curveStyle(1))] : []),
            treatAll: points(v.thresholds, v.treatAll), treatAllLabel: "Treat all as \(result.cohort.positiveClass)",
            treatNoneLabel: "Treat none", footnote: footnote)
    }
}
