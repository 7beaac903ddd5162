import Canvas
@testable import Charts
import Formatting
import Foundation
import Statistics

/// Hand-made specs for chart tests: the published model (docs/DOMAIN.md §1) laid out with the rms points
/// convention (§6), computed here independently of the product's builders.
enum SampleSpecs {
    struct Predictor { let name, label, unit: String; let beta, lo, hi, step: Double }
    static let intercept = -7.705
    static let predictors = [
        Predictor(name: "size_mm", label: "Size", unit: "mm", beta: 0.043, lo: 0, hi: 160, step: 20),
        Predictor(name: "nic_ap_percent", label: "NIC-AP", unit: "%", beta: 0.143, lo: 0, hi: 70, step: 10),
        Predictor(name: "ps_ml_min_100g", label: "PS", unit: "mL/min/100 g", beta: 0.072, lo: 0, hi: 110, step: 10),
    ]
    static let footnote = "Synthetic reference reconstructed from published summary statistics — not patient data"

    /// sc = 100 / max_j range of βⱼ·x (docs/DOMAIN.md §6).
    static var pointsPerUnit: Double { 100 / predictors.map { abs($0.beta) * ($0.hi - $0.lo) }.max()! }
    /// Intercept′ = β₀ + Σ min Rⱼ.
    static var shiftedIntercept: Double { intercept + predictors.map { min($0.beta * $0.lo, $0.beta * $0.hi) }.reduce(0, +) }

    static func lesion(_ index: Int, _ name: String, values: [Double]) -> NomogramChartSpec.Lesion {
        let sc = pointsPerUnit
        let points = zip(predictors, values).map { p, x in (p.beta * x - min(p.beta * p.lo, p.beta * p.hi)) * sc }
        let lp = intercept + zip(predictors, values).map { $0.beta * $1 }.reduce(0, +)
        return .init(name: name, tag: "L\(index + 1)", values: values, points: points, totalPoints: points.reduce(0, +),
                     probability: 1 / (1 + exp(-lp)), outOfRange: zip(predictors, values).map { $1 < $0.lo || $1 > $0.hi })
    }

    /// The paper's two worked examples (Figure 2) as the patient's two lesions.
    static let paperLesions = [
        lesion(0, "Lesion 1 (segment VII)", values: [42.4, 17.42, 17.38]),
        lesion(1, "Lesion 2 (segment IV)", values: [100.5, 54.71, 36.57]),
    ]

    static func nomogram(lesions: [NomogramChartSpec.Lesion] = paperLesions, totalPointsRange: ClosedRange<Double> = 0...250,
                         linearPredictor: Bool = true,
                         probabilities: [Double] = [0.05, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95]) -> NomogramChartSpec {
        let sc = pointsPerUnit, i0 = shiftedIntercept
        let axes = predictors.map { p -> NomogramChartSpec.PredictorAxis in
            let offset = -min(p.beta * p.lo, p.beta * p.hi) * sc
            let ticks = NiceTicks(lower: p.lo, upper: p.hi, step: p.step)
            return .init(name: p.name, label: p.label, unit: p.unit, axisMin: p.lo, axisMax: p.hi, offset: offset, slope: p.beta * sc,
                         ticks: zip(ticks.values, ticks.labels).map { .init(value: $0, label: $1, position: offset + p.beta * sc * $0) })
        }
        let pointsTicks = stride(from: 0.0, through: 100, by: 5).map {
            NomogramChartSpec.Tick(value: $0, label: Int($0) % 10 == 0 ? String(Int($0)) : "", position: $0)
        }
        let tp = NiceTicks(lower: totalPointsRange.lowerBound, upper: totalPointsRange.upperBound, step: 20)
        let probTicks = probabilities.map { p in
            NomogramChartSpec.Tick(value: p, label: ReportNumber.fixed(p, p * 10 == (p * 10).rounded() ? 1 : 2),
                                   position: (log(p / (1 - p)) - i0) * sc)
        }
        let lpTicks = NiceTicks(lower: i0 + totalPointsRange.lowerBound / sc, upper: i0 + totalPointsRange.upperBound / sc, step: 2)
        return NomogramChartSpec(
            predictors: axes, pointsTicks: pointsTicks, totalPointsRange: totalPointsRange,
            totalPointsTicks: zip(tp.values, tp.labels).map { .init(value: $0, label: $1, position: $0) },
            probabilityTitle: "Probability of NR",
            probabilityTicks: probTicks.filter { totalPointsRange.contains($0.position) },
            omittedProbabilityTicks: probTicks.filter { !totalPointsRange.contains($0.position) },
            linearPredictor: linearPredictor
                ? .init(label: "Linear predictor", ticks: zip(lpTicks.values, lpTicks.labels).map { .init(value: $0, label: $1, position: ($0 - i0) * sc) })
                : nil,
            lesions: lesions, probabilitySymbol: "P(NR)", footnote: footnote)
    }

    // MARK: - Violins

    /// A Gaussian-mixture-like bump on a 24-point grid over [lo, hi] (a stand-in for a KDE).
    static func group(_ name: String, n: Int, mean: Double, sd: Double, lo: Double, hi: Double, style: Int) -> ViolinChartSpec.Group {
        let grid = (0..<24).map { lo - sd + (hi - lo + 2 * sd) * Double($0) / 23 }
        let density = grid.map { exp(-0.5 * pow(($0 - mean) / sd, 2)) / (sd * 2.5066282746) }
        return .init(name: name, n: n, grid: grid, density: density, q1: mean - 0.674 * sd, median: mean, q3: mean + 0.674 * sd,
                     min: lo, max: hi, style: ChartTheme.standard.groupStyle(style))
    }

    static func violins() -> ViolinChartSpec {
        func panel(_ label: String, _ unit: String, obr: (Double, Double, Double, Double), nr: (Double, Double, Double, Double),
                   p: String, values: [Double]) -> ViolinChartSpec.Panel {
            .init(label: label, unit: unit,
                  groups: [group("ObR", n: 71, mean: obr.0, sd: obr.1, lo: obr.2, hi: obr.3, style: 0),
                           group("NR", n: 54, mean: nr.0, sd: nr.1, lo: nr.2, hi: nr.3, style: 1)],
                  pValueText: p, markers: values.enumerated().map { .init(tag: "L\($0 + 1)", value: $1, lesionIndex: $0) },
                  nonNegative: true)
        }
        return ViolinChartSpec(panels: [
            panel("Size", "mm", obr: (36, 20, 8, 120), nr: (55, 30, 10, 160), p: "p = 0.019", values: [42.4, 100.5]),
            panel("NIC-AP", "%", obr: (17.4, 9.6, 2, 48), nr: (26.4, 12, 4, 60), p: "p < 0.001", values: [17.42, 54.71]),
            panel("PS", "mL/min/100 g", obr: (23.4, 16, 1, 80), nr: (37.4, 20.4, 3, 95), p: "p < 0.001", values: [17.38, 18.5]),
            panel("Nomogram score", "", obr: (-1.2, 1.6, -6, 3), nr: (1.5, 1.9, -3, 7), p: "p < 0.001", values: [-2.14, 7.07]),
        ].map { p in var p = p; if p.label == "Nomogram score" { p.nonNegative = false }; return p },
        bandwidthRule: "Scott's rule, h = σ̂·n^(−1/5)", lesionNames: ["Lesion 1 (segment VII)", "Lesion 2 (segment IV)"],
        footnote: footnote)
    }

    // MARK: - ROC

    /// A smooth binormal ROC curve with separation `d` on 41 points.
    static func binormal(_ d: Double) -> [PlotPoint] {
        (0...40).map { k in
            let z = 3 - 6 * Double(k) / 40
            return PlotPoint(x: 0.5 * erfc(z / 2.squareRoot()), y: 0.5 * erfc((z - d) / 2.squareRoot()))
        }
    }

    static func roc() -> ROCChartSpec {
        let theme = ChartTheme.standard
        func curve(_ i: Int, _ name: String, _ d: Double, _ auc: String) -> ROCChartSpec.Curve {
            let pts = binormal(d)
            let youden = pts.max { ($0.y - $0.x) < ($1.y - $1.x) }
            return .init(name: name, points: pts, aucText: auc, youden: youden, style: theme.curveStyle(i))
        }
        return ROCChartSpec(
            curves: [curve(0, "Nomogram", 1.93, "AUC 0.913 (95 % CI 0.858–0.968)"), curve(1, "Size", 0.44, "AUC 0.623 (95 % CI 0.522–0.724)"),
                     curve(2, "NIC-AP", 1.05, "AUC 0.770 (95 % CI 0.686–0.854)"), curve(3, "PS", 0.80, "AUC 0.713 (95 % CI 0.622–0.804)")],
            threshold: .init(kind: .threshold, tag: "T", description: "Model threshold P(NR) ≥ 0.5 (assumed; not published): Se 0.85, Sp 0.86",
                             point: PlotPoint(x: 0.14, y: 0.85)),
            lesionPoints: [
                .init(kind: .lesion(0), tag: "L1", description: "L1 score as cut-off (P(NR) ≥ 0.105): Se 0.96, Sp 0.62", point: PlotPoint(x: 0.38, y: 0.96)),
                .init(kind: .lesion(1), tag: "L2", description: "L2 score as cut-off (P(NR) ≥ 0.999): Se 0.04, Sp 1.00", point: PlotPoint(x: 0, y: 0.04)),
            ],
            footnote: footnote)
    }
}
