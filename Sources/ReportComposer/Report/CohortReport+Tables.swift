import CohortAnalysis
import Formatting
import PageLayout

/// The cohort report's tables: group comparisons (Tables 2–3), single markers (Table 4), model selection,
/// the refit coefficients (Table 5) and the bootstrap.
extension CohortReport {
    // MARK: Tables 2–3

    /// Numeric and categorical variables by outcome group.
    func groupComparisons(style: ReportStyle) -> [Block] {
        let c = result.cohort
        var blocks: [Block] = [.heading(Heading("Group comparisons (Tables 2–3 of the paper)"))]
        let numericRows = result.numericComparisons.map { n -> Table.Row in
            let digits = ReportNumber.decimals(forMagnitude: (n.negative.median + n.positive.median) / 2)
            func summary(_ g: NumericComparison.GroupSummary) -> String {
                switch n.method {
                case .meanSDWelchT: "\(ReportNumber.fixed(g.mean, digits)) ± \(ReportNumber.fixed(g.standardDeviation, digits))"
                case .medianIQRMannWhitney:
                    "\(ReportNumber.fixed(g.median, digits)) (\(ReportNumber.fixed(g.lowerQuartile, digits))–"
                        + "\(ReportNumber.fixed(g.upperQuartile, digits)))"
                }
            }
            let test = n.method == .meanSDWelchT ? "mean ± SD, Welch t" : "median (IQR), Mann–Whitney"
            let name = n.unit.isEmpty ? n.label : "\(n.label), \(n.unit)"
            var cells = [name, summary(n.negative), summary(n.positive), test, ReportNumber.pValue(n.pValue)].map(\.markupEscaped)
            if n.missing > 0 { cells[0] += " <i>(\(n.missing) missing)</i>" }
            let screened = n.pValue < result.options.screeningAlpha && result.options.candidatePredictors == nil
            return Table.Row(cells, emphasis: screened ? .bold : .normal)
        }
        if !numericRows.isEmpty {
            blocks.append(groupComparisonTable(
                variable: "Variable", groups: ("\(negative.markupEscaped) (n = \(c.negatives))", "\(positive.markupEscaped) (n = \(c.positives))"),
                test: "Summary, test", rows: numericRows,
                caption: "Numeric variables. Kolmogorov–Smirnov normality test in each group (p > \(result.options.normalityAlpha) in both "
                    + "→ mean ± SD and Welch's t-test, otherwise median (IQR) and Mann–Whitney U)."
                    + (result.options.candidatePredictors == nil
                        ? " Bold: p &lt; \(result.options.screeningAlpha), offered to the regression as candidates." : ""),
                continuationTitle: "Numeric variables"))
        }
        var categoricalRows: [Table.Row] = []
        for comparison in result.categoricalComparisons {
            for (k, level) in comparison.levels.enumerated() {
                let test = comparison.test == .fisherExact ? "Fisher's exact" : "Pearson χ²"
                categoricalRows.append(Table.Row([
                    k == 0 ? "\(comparison.label.markupEscaped) = \(ReportNumber.measured(level.value))" : "  = \(ReportNumber.measured(level.value))",
                    "\(level.negativeCount) (\(ReportNumber.fixed(level.negativePercent, 1)) %)",
                    "\(level.positiveCount) (\(ReportNumber.fixed(level.positivePercent, 1)) %)",
                    k == 0 ? test : "", k == 0 ? ReportNumber.pValue(comparison.pValue).markupEscaped : "",
                ]))
            }
        }
        if !categoricalRows.isEmpty {
            blocks.append(groupComparisonTable(
                variable: "Variable = code", groups: ("\(negative.markupEscaped), n (%)", "\(positive.markupEscaped), n (%)"),
                test: "Test", rows: categoricalRows,
                caption: "Categorical variables: counts with column percentages; Fisher's exact test for a 2×2 table with an "
                    + "expected count below 5, Pearson's χ² otherwise.",
                continuationTitle: "Categorical variables"))
        }
        return blocks
    }

    /// The layout both group comparison tables share: the variable, one column per outcome group, the test, its p-value.
    /// - Parameters:
    ///   - variable: The first column's heading.
    ///   - groups: The headings of the negative and the positive group's columns (markup).
    ///   - test: The heading of the test column.
    ///   - rows: One row per variable or level.
    ///   - caption: The caption (markup).
    ///   - continuationTitle: The title repeated when the table continues on the next page.
    /// - Returns: The table block.
    private func groupComparisonTable(variable: String, groups: (negative: String, positive: String), test: String,
                                      rows: [Table.Row], caption: String, continuationTitle: String) -> Block {
        .table(Table(
            columns: [.init(variable, weight: 1.5), .init(groups.negative, weight: 1.25, alignment: .right),
                      .init(groups.positive, weight: 1.25, alignment: .right),
                      .init(test, weight: 1.4), .init("p", weight: 0.6, alignment: .right)],
            rows: rows, caption: caption, continuationTitle: continuationTitle))
    }

    // MARK: Table 4

    /// Every numeric variable as a single marker, best AUC first.
    func markerTable(style: ReportStyle) -> [Block] {
        let digitsByName = Dictionary(result.numericComparisons.map {
            ($0.name, ReportNumber.decimals(forMagnitude: ($0.negative.median + $0.positive.median) / 2))
        }, uniquingKeysWith: { a, _ in a })
        let rows = result.markers.sorted { $0.auc > $1.auc }.map { m -> Table.Row in
            let digits = digitsByName[m.name] ?? 2
            let cutoff = m.youden.threshold.isFinite ? "≥ " + ReportNumber.fixed(m.youden.threshold, digits + 1) : "—"
            return Table.Row([m.label, ReportNumber.interval(m.auc, m.aucLow, m.aucHigh), cutoff,
                              ReportNumber.fixed(m.youden.sensitivity, 3), ReportNumber.fixed(m.youden.specificity, 3),
                              ReportNumber.fixed(m.youden.accuracy, 3)].map(\.markupEscaped))
        }
        guard !rows.isEmpty else { return [] }
        return [
            .heading(Heading("Single markers (Table 4 of the paper)")),
            .table(Table(
                columns: [.init("Marker", weight: 1.2), .init("AUC (95 % CI)", weight: 1.5, alignment: .right),
                          .init("Youden cutoff", weight: 1, alignment: .right), .init("Sensitivity", weight: 0.85, alignment: .right),
                          .init("Specificity", weight: 0.85, alignment: .right), .init("Accuracy", weight: 0.85, alignment: .right)],
                rows: rows,
                caption: "Higher values taken to indicate \(positive.markupEscaped); an AUC below 0.5 means lower values do. "
                    + "DeLong 95 % CI; the cutoff maximises sensitivity + specificity − 1 (midpoint between observed values).",
                continuationTitle: "Single markers")),
        ]
    }

    // MARK: Model selection

    /// Candidates, the VIF steps and the backward-elimination steps.
    func modelSelection(style: ReportStyle) -> [Block] {
        var blocks: [Block] = [
            .heading(Heading("Model selection")),
            paragraph("<b>Candidates</b> (\(result.candidates.count)): \(result.candidates.map(label).joined(separator: ", ").markupEscaped). "
                      + "<b>Kept after VIF</b>: \(result.varianceInflation.kept.map(label).joined(separator: ", ").markupEscaped). "
                      + "<b>Final model</b>: \(result.backwardElimination.kept.map(label).joined(separator: ", ").markupEscaped).",
                      style: style),
        ]
        let vif = result.varianceInflation
        let vifRows = vif.steps.enumerated().map { k, step -> Table.Row in
            let factors = zip(step.predictors, step.factors)
                .map { "\(label($0)) \(ReportNumber.fixed($1, 2))" }.joined(separator: ", ")
            return Table.Row(["\(k + 1)", factors.markupEscaped, step.removed.map { "removed \(label($0))" }?.markupEscaped ?? "none above the limit"],
                             emphasis: step.removed == nil ? .normal : .bold)
        }
        blocks.append(.table(Table(
            columns: [.init("Step", weight: 0.4, alignment: .right), .init("Variance inflation factor of each predictor", weight: 4),
                      .init("Action", weight: 1.4)],
            rows: vifRows,
            caption: "VIF = 1/(1 − R²) of each predictor regressed on the others; the largest above \(ReportNumber.measured(vif.limit)) "
                + "is removed and the rest recomputed.",
            continuationTitle: "Variance inflation")))
        let backward = result.backwardElimination
        var rows: [Table.Row] = []
        for (k, step) in backward.steps.enumerated() {
            for (j, test) in step.dropTests.enumerated() {
                let removed = step.removed == test.predictor
                rows.append(Table.Row([
                    j == 0 ? "\(k + 1)" : "",
                    j == 0 ? ReportNumber.fixed(step.deviance, 2) : "",
                    label(test.predictor).markupEscaped,
                    ReportNumber.fixed(test.statistic, 3),
                    ReportNumber.pValue(test.pValue).markupEscaped,
                    removed ? "removed" : (step.removed == nil ? "kept" : ""),
                ], emphasis: removed ? .bold : (step.separation != nil ? .warning : .normal)))
            }
        }
        blocks.append(.table(Table(
            columns: [.init("Step", weight: 0.45, alignment: .right), .init("Deviance", weight: 0.8, alignment: .right),
                      .init("Predictor", weight: 1.3), .init("LR χ² (1 df)", weight: 0.9, alignment: .right),
                      .init("p", weight: 0.7, alignment: .right), .init("Action", weight: 0.8)],
            rows: rows,
            caption: "Backward stepwise logistic regression by likelihood ratio: in each step, the predictor whose removal "
                + "raises the deviance least is removed while its p exceeds \(ReportNumber.measured(backward.pToRemove)) "
                + "(p to remove). Shaded rows: separation in that step's model (unreliable tests).",
            continuationTitle: "Backward elimination")))
        return blocks
    }

    // MARK: Table 5

    /// B, S.E., Wald, OR (95 % CI), p of the refit model.
    func coefficientTable(style: ReportStyle) -> [Block] {
        guard result.refitEstimability.isEstimable else {
            return [.heading(Heading("Refit logistic regression (Table 5 of the paper)")),
                    paragraph("<b>Not estimable.</b> " + result.refitEstimability.reason.markupEscaped, style: style)]
        }
        let t = result.refit
        let rows = t.rows.map { row -> Table.Row in
            let isIntercept = row.term == CoefficientTable.interceptTerm
            return Table.Row([
                isIntercept ? "Constant" : label(row.term),
                ReportNumber.fixed(row.coefficient, 3), ReportNumber.fixed(row.standardError, 3), ReportNumber.fixed(row.wald, 3),
                isIntercept ? "—" : ReportNumber.oddsRatio(row.oddsRatio, row.oddsRatioLow, row.oddsRatioHigh),
                ReportNumber.pValue(row.pValue),
            ].map(\.markupEscaped), emphasis: t.separation == nil ? .normal : .warning)
        }
        var caption = "\(t.count) lesions, \(t.events) \(positive.markupEscaped). Deviance \(ReportNumber.fixed(t.deviance, 2)) "
            + "(null \(ReportNumber.fixed(t.nullDeviance, 2))), AIC \(ReportNumber.fixed(t.aic, 2)); Newton–Raphson "
            + (t.converged ? "converged in \(t.iterations) iterations" : "did <b>not</b> converge (\(t.iterations) iterations)")
            + ". Wald = (B/S.E.)²; OR = e<sup>B</sup> with the Wald 95 % interval."
        if let separation = t.separation { caption += " <b>\(separation.markupEscaped)</b>" }
        return [
            .heading(Heading("Refit logistic regression (Table 5 of the paper)")),
            .table(Table(
                columns: [.init("Term", weight: 1.3), .init("B", weight: 0.8, alignment: .right), .init("S.E.", weight: 0.8, alignment: .right),
                          .init("Wald", weight: 0.8, alignment: .right), .init("OR (95 % CI)", weight: 1.6, alignment: .right),
                          .init("p", weight: 0.7, alignment: .right)],
                rows: rows, caption: caption, continuationTitle: "Table 5")),
        ]
    }

    // MARK: Bootstrap

    /// Apparent, optimism and corrected AUC and calibration slope, and how often each candidate was selected.
    func internalValidation(style: ReportStyle) -> [Block] {
        var blocks: [Block] = [.heading(Heading("Internal validation of the refit model (bootstrap)"))]
        guard result.refitEstimability.isEstimable else {
            return blocks + [paragraph("<b>Not estimable</b>: the refit is not estimated (events per candidate predictor below "
                                       + "\(ReportNumber.fixed(result.refitEstimability.minimum, 0))), so neither is its bootstrap.", style: style)]
        }
        guard let b = result.bootstrap, b.used > 0 else {
            if let b = result.bootstrap {
                return blocks + [paragraph("All \(b.requested) bootstrap resamples were skipped (a class with fewer than two lesions, "
                                           + "a singular fit or separation in every resample), so no optimism correction can be "
                                           + "estimated; the refit model's performance above is apparent only.", style: style)]
            }
            return blocks + [paragraph("The bootstrap was skipped (0 resamples requested); the refit model's performance above is "
                                       + "apparent only and optimistic.", style: style)]
        }
        blocks.append(.table(Table(
            columns: [.init("Measure", weight: 1.6), .init("Apparent", weight: 1, alignment: .right),
                      .init("Optimism", weight: 1, alignment: .right), .init("Optimism-corrected", weight: 1.2, alignment: .right)],
            rows: [
                Table.Row(["AUC", ReportNumber.fixed(b.apparentAUC, 3), ReportNumber.fixed(b.aucOptimism, 3), "<b>\(ReportNumber.fixed(b.correctedAUC, 3))</b>"]),
                Table.Row(["Calibration slope", ReportNumber.fixed(b.apparentSlope, 3), ReportNumber.fixed(b.slopeOptimism, 3),
                           "<b>\(ReportNumber.fixed(b.correctedSlope, 3))</b>"]),
            ],
            caption: "\(b.used) of \(b.requested) resamples used (\(b.skipped) skipped), seed \(result.options.seed). Optimism = mean over "
                + "resamples of (performance in the resample − performance of the resample's model on the original cohort).",
            continuationTitle: "Bootstrap")))
        let selection = result.varianceInflation.kept.map { name -> Table.Row in
            let n = b.selectionCounts[name] ?? 0
            let share = b.used > 0 ? Double(n) / Double(b.used) : 0
            return Table.Row([label(name).markupEscaped, "\(n) of \(b.used)", "\(ReportNumber.fixed(share * 100, 1)) %",
                              result.backwardElimination.kept.contains(name) ? "yes" : "no"])
        }
        blocks.append(.table(Table(
            columns: [.init("Candidate", weight: 1.6), .init("Selected in", weight: 1, alignment: .right),
                      .init("Share", weight: 1, alignment: .right), .init("In the final model", weight: 1.2)],
            rows: selection,
            caption: "How often backward elimination kept each candidate in the bootstrap resamples: a measure of model stability.",
            continuationTitle: "Selection frequency")))
        return blocks
    }

    // MARK: Model file

    /// What `--model-out` writes, or why no model file can be produced.
    func modelFile(style: ReportStyle) -> [Block] {
        var blocks: [Block] = [.heading(Heading("Refit model file"))]
        if let model = result.refitModel {
            blocks.append(paragraph(
                "<tt>hccreport analyze --model-out FILE</tt> saves the refit model (\(model.id.markupEscaped) \(model.version.markupEscaped)) "
                    + "with its coefficient covariance matrix; <tt>hccreport render --model FILE</tt> then prints a 95 % confidence "
                    + "interval for each lesion's P(\(positive.markupEscaped)) (delta method on the logit scale). Its threshold "
                    + "\(ReportNumber.fixed(model.threshold.probability, 3)) is the \(model.threshold.provenance.markupEscaped). "
                    + "Validate it on an independent cohort before clinical use.",
                style: style))
        } else {
            blocks.append(.callout(Callout(
                title: "No refit model file can be produced",
                items: [(result.refitModelUnavailableReason ?? "The refit model is unavailable.").markupEscaped],
                emphasis: .warning)))
        }
        return blocks
    }

    /// The printed label of a column name (the Table 2 label, e.g. "NIC-AP"), or the name itself.
    func label(_ name: String) -> String {
        result.numericComparisons.first { $0.name == name }?.label ?? name
    }
}
