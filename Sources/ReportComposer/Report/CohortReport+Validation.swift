import Canvas
import Charts
import CohortAnalysis
import Formatting
import PageLayout

/// The cohort report's figures: the refit nomogram, ROC curves, calibration and decision curve, each with
/// the numbers it shows.
extension CohortReport {
    /// The chart theme of every figure.
    var theme: ChartTheme { .standard }

    /// `spec` drawn by `chart` as a figure of the chart's preferred height at `width`.
    /// - Parameters:
    ///   - chart: the chart that draws `spec`.
    ///   - spec: what to draw.
    ///   - alternativeText: the figure's description for readers who cannot see it.
    ///   - width: the figure's width in points.
    ///   - measurer: a canvas that measures text as the pages will draw it.
    /// - Returns: the figure block.
    func chartFigure<Chart: ChartDrawing>(_ chart: Chart.Type, _ spec: Chart.Spec, alternativeText: String, width: Double,
                                          measurer: Canvas) -> Block {
        let theme = self.theme
        let height = Chart.preferredHeight(spec, width: width, theme: theme, canvas: measurer)
        return .figure(Figure(height: height, alternativeText: alternativeText) { canvas, rect in
            Chart.draw(spec, in: canvas, frame: rect, theme: theme)
        })
    }

    // MARK: Nomogram

    /// The refit model as a nomogram (no lesions), or why there is none.
    func refitNomogram(style: ReportStyle, width: Double, measurer: Canvas) -> [Block] {
        var blocks: [Block] = [.heading(Heading("Refit nomogram"))]
        guard let model = result.refitModel else {
            blocks.append(paragraph("No nomogram is drawn for the refit model: "
                                    + (result.refitModelUnavailableReason ?? "it is unavailable.").markupEscaped, style: style))
            return blocks
        }
        let spec = NomogramChartSpec(model: model, lesions: [], footnote: footnote)
        blocks.append(paragraph("Points per predictor as in R's <tt>rms::nomogram</tt>: the predictor with the widest effect over "
                                + "its axis range (this cohort's data range, rounded) spans 0–100 points.", style: style))
        blocks.append(chartFigure(NomogramChart.self, spec, alternativeText: spec.alternativeText, width: width, measurer: measurer))
        return blocks
    }

    // MARK: Discrimination

    /// ROC curves of both models with the DeLong comparison.
    func discrimination(style: ReportStyle, width: Double, measurer: Canvas) -> [Block] {
        let spec = ROCChartSpec(analysis: result, validatedName: validatedName, refitName: refitName, footnote: footnote, theme: theme)
        let c = result.comparison
        return [
            .heading(Heading("Discrimination: validated vs refit model")),
            chartFigure(ROCChart.self, spec, alternativeText: spec.alternativeText, width: width, measurer: measurer),
            result.refitEstimability.isEstimable
                ? paragraph("Both models scored on the same \(result.modellingLesions) lesions. Paired DeLong test: "
                            + "ΔAUC = \(ReportNumber.fixed(c.secondAUC - c.firstAUC, 3)) (refit − validated), z = \(ReportNumber.fixed(c.z, 2)), "
                            + "\(ReportNumber.pStatement(c.pValue).markupEscaped).", style: style)
                : paragraph("The validated model on \(result.modellingLesions) lesions; the refit is not estimable (events per candidate "
                            + "predictor below \(ReportNumber.fixed(result.refitEstimability.minimum, 0))), so it is neither drawn nor compared.", style: style),
        ]
    }

    // MARK: Calibration

    /// Calibration measures, the validated model's risk groups and the calibration plot.
    func calibration(style: ReportStyle, width: Double, measurer: Canvas) -> [Block] {
        let v = result.externalValidation
        let rows = v.hosmerLemeshow.groups.enumerated().map { k, g in
            Table.Row(["\(k + 1)", "\(g.count)",
                       "\(ReportNumber.fixed(g.minimumPredicted, 3))–\(ReportNumber.fixed(g.maximumPredicted, 3))",
                       ReportNumber.fixed(g.meanPredicted, 3), ReportNumber.fixed(g.expected, 1), "\(g.observed)",
                       ReportNumber.interval(g.observedProportion, g.observedLow, g.observedHigh)].map(\.markupEscaped))
        }
        let spec = CalibrationChartSpec(analysis: result, validatedName: validatedName, refitName: refitName, footnote: footnote, theme: theme)
        let h = v.hosmerLemeshow
        return [
            .heading(Heading("Calibration")),
            chartFigure(CalibrationChart.self, spec, alternativeText: spec.alternativeText, width: width, measurer: measurer),
            paragraph("Validated model: calibration intercept \(ReportNumber.fixed(v.calibrationIntercept.value, 3)) "
                      + "(ideal 0; positive = the model under-predicts \(positive.markupEscaped)), slope "
                      + "\(ReportNumber.fixed(v.calibrationSlope.value, 3)) (ideal 1; below 1 = predictions too extreme), "
                      + "Brier score \(ReportNumber.fixed(v.brierScore, 3)), Hosmer–Lemeshow χ² \(ReportNumber.fixed(h.statistic, 2)) "
                      + "on \(h.degreesOfFreedom) df, \((h.pValue.map { ReportNumber.pStatement($0) } ?? "p not computable").markupEscaped).",
                      style: style),
            .table(Table(
                columns: [.init("Group", weight: 0.5, alignment: .right), .init("n", weight: 0.45, alignment: .right),
                          .init("Predicted range", weight: 1.1, alignment: .right), .init("Mean predicted", weight: 0.9, alignment: .right),
                          .init("Expected", weight: 0.75, alignment: .right), .init("Events", weight: 0.75, alignment: .right),
                          .init("Observed (Wilson 95 % CI)", weight: 1.8, alignment: .right)],
                rows: rows,
                caption: "Validated model, groups by quantiles of predicted risk (Hosmer–Lemeshow); tied quantiles merge groups.",
                continuationTitle: "Calibration groups")),
        ]
    }

    // MARK: Decision curve

    /// Net benefit of both models against treat-all and treat-none.
    func decisionCurve(style: ReportStyle, width: Double, measurer: Canvas) -> [Block] {
        let spec = DecisionCurveChartSpec(analysis: result, validatedName: validatedName, refitName: refitName, footnote: footnote, theme: theme)
        func useful(_ v: ModelValidation) -> String {
            let d = v.decisionCurve
            let better = d.thresholds.indices.map { d.model[$0] > max(d.treatAll[$0], 0) }
            var ranges: [String] = []
            var start: Int?
            for k in better.indices {
                if better[k], start == nil { start = k }
                if let s = start, !better[k] || k == better.count - 1 {
                    let end = better[k] ? k : k - 1
                    ranges.append(s == end ? ReportNumber.fixed(d.thresholds[s], 2)
                                  : "\(ReportNumber.fixed(d.thresholds[s], 2))–\(ReportNumber.fixed(d.thresholds[end], 2))")
                    start = nil
                }
            }
            return ranges.isEmpty ? "at no threshold" : "at thresholds " + ranges.joined(separator: ", ")
        }
        return [
            .heading(Heading("Decision curve")),
            chartFigure(DecisionCurveChart.self, spec, alternativeText: spec.alternativeText, width: width, measurer: measurer),
            paragraph("Acting on a predicted P(\(positive.markupEscaped)) ≥ pₜ gives more net benefit than both treating every lesion "
                      + "as \(positive.markupEscaped) and treating none: validated model \(useful(result.externalValidation)); "
                      + (result.refitEstimability.isEstimable ? "refit model (apparent) \(useful(result.refitValidation))." : "the refit is not estimable."),
                      style: style),
        ]
    }
}
