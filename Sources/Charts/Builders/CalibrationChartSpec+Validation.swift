import CohortAnalysis
import Formatting

extension CalibrationChartSpec {
    /// The calibration plot of a cohort analysis: the validated model's Hosmer–Lemeshow groups and lowess curve,
    /// and the refit model's (apparent, only when the refit is estimable).
    /// - Parameters:
    ///   - result: The analysis.
    ///   - validatedName: The validated model's name in the legend, e.g. its id and version.
    ///   - refitName: The refit model's name in the legend.
    ///   - footnote: Provenance banner (the synthetic-cohort label), if any.
    ///   - theme: Supplies the curve styles.
    public init(analysis result: CohortAnalysisResult, validatedName: String, refitName: String, footnote: String?,
                theme: ChartTheme) {
        func series(_ name: String, _ v: ModelValidation, _ index: Int) -> Series {
            Series(
                name: name,
                summary: "intercept \(ReportNumber.fixed(v.calibrationIntercept.value, 2)), slope \(ReportNumber.fixed(v.calibrationSlope.value, 2))",
                bins: v.hosmerLemeshow.groups.map {
                    Bin(meanPredicted: $0.meanPredicted, observed: $0.observedProportion,
                        observedLow: $0.observedLow, observedHigh: $0.observedHigh, count: $0.count)
                },
                smoothed: zip(v.smoothedCalibration.x, v.smoothedCalibration.y).map {
                    PlotPoint(x: $0, y: $1)
                },
                style: theme.curveStyle(index))
        }
        let groups = result.externalValidation.hosmerLemeshow.requestedGroups
        self.init(
            series: [series("Validated: \(validatedName)", result.externalValidation, 0)]
                + (result.refitEstimability.isEstimable ? [series("\(refitName) (apparent)", result.refitValidation, 1)] : []),
            positiveClass: result.cohort.positiveClass,
            binningNote: "observed proportion in \(groups) groups by quantiles of predicted risk, at the group's mean prediction",
            smoothingNote: "lowess of the outcome on the predicted probability (f = \(ReportNumber.shortest(result.externalValidation.smoothedCalibration.span, maxDecimals: 2)), "
                + "\(result.externalValidation.smoothedCalibration.iterations) robustness iterations)",
            footnote: footnote)
    }
}
