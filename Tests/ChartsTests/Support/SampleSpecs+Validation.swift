import Canvas
import Foundation
@testable import Charts

/// Sample calibration and decision-curve specs with hand-checkable numbers.
extension SampleSpecs {
    /// Two models: a well-calibrated one (bins on the diagonal, filled circles) and an over-confident one whose
    /// smoothed curve overshoots 1 (clipped) and whose first bin's interval starts at 0.
    static func calibration() -> CalibrationChartSpec {
        let good = (1...10).map { k -> CalibrationChartSpec.Bin in
            let p = (Double(k) - 0.5) / 10
            return .init(meanPredicted: p, observed: p, observedLow: max(0, p - 0.15), observedHigh: min(1, p + 0.15), count: 12)
        }
        let steep = [(0.05, 0.0, 0.0, 0.24), (0.3, 0.2, 0.08, 0.42), (0.6, 0.75, 0.5, 0.9), (0.9, 1.0, 0.76, 1.0)].map {
            CalibrationChartSpec.Bin(meanPredicted: $0.0, observed: $0.1, observedLow: $0.2, observedHigh: $0.3, count: 30)
        }
        let smoothGood = stride(from: 0.0, through: 1.0, by: 0.1).map { PlotPoint(x: $0, y: $0) }
        let smoothSteep = stride(from: 0.0, through: 1.0, by: 0.1).map {
            PlotPoint(x: $0, y: 1.5 * $0 - 0.2)
        }
        var goodStyle = ChartTheme.standard.curveStyle(0)
        goodStyle.marker = .filledCircle
        return CalibrationChartSpec(
            series: [.init(name: "Model A", summary: "intercept 0.00, slope 1.00", bins: good, smoothed: smoothGood, style: goodStyle),
                     .init(name: "Model B", summary: "intercept 0.10, slope 0.60", bins: steep, smoothed: smoothSteep,
                           style: ChartTheme.standard.curveStyle(1))],
            positiveClass: "NR", binningNote: "observed proportion in groups of predicted risk",
            smoothingNote: "lowess (f = 2/3)", footnote: footnote)
    }

    /// Prevalence 0.4: treat-all NB = 0.4 − 0.6·pₜ/(1 − pₜ), zero at pₜ = 0.4, far below the plot near 1; a model
    /// whose NB falls linearly from 0.4 to 0.
    static let prevalence = 0.4
    static func decisionCurve() -> DecisionCurveChartSpec {
        let thresholds = (1...99).map { Double($0) / 100 }
        let all = thresholds.map { PlotPoint(x: $0, y: prevalence - (1 - prevalence) * $0 / (1 - $0)) }
        let model = thresholds.map { PlotPoint(x: $0, y: prevalence * (1 - $0)) }
        return DecisionCurveChartSpec(series: [.init(name: "Model A", points: model, style: ChartTheme.standard.curveStyle(0))],
                                      treatAll: all, treatAllLabel: "Treat all as NR", treatNoneLabel: "Treat none",
                                      footnote: footnote)
    }
}
