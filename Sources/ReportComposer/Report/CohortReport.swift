import Canvas
import ClinicalModel
import CohortAnalysis
import Formatting
import PageLayout
import Scoring

/// Everything the cohort report prints: an analysis result and where it came from.
///
/// `compose(template:measurer:)` turns it into a paginated document: summary and warnings, methods,
/// Tables 2–4 equivalents, VIF and backward-elimination steps, Table 5 and the refit nomogram, ROC curves
/// with the DeLong comparison, calibration (table, plot), decision curve, and the bootstrap optimism table.
/// Section builders live in `CohortReport+Tables.swift` and `CohortReport+Validation.swift`.
public struct CohortReport: Sendable {
    /// The analysis.
    public var result: CohortAnalysisResult
    /// The model that was validated (the published one unless `--model` was given).
    public var validatedModel: NomogramModel
    /// The cohort's source as the user named it (file or folder).
    public var source: String
    /// SHA-256 of the cohort file, or `nil` for a folder of case files.
    public var inputDigest: String?
    /// Date printed on every page.
    public var generatedDate: CalendarDate
    /// hccreport's version.
    public var toolVersion: String
    /// Overrides the template's institution.
    public var institution: String?
    /// Overrides the template's paper size.
    public var paper: ReportTemplate.Paper?

    /// Creates the report input.
    /// - Parameters:
    ///   - result: The analysis.
    ///   - validatedModel: The validated model.
    ///   - source: The cohort file or folder.
    ///   - inputDigest: SHA-256 of the cohort file, if it is one file.
    ///   - generatedDate: Report date.
    ///   - toolVersion: hccreport's version.
    ///   - institution: Institution override.
    ///   - paper: Paper override.
    public init(result: CohortAnalysisResult, validatedModel: NomogramModel, source: String, inputDigest: String?,
                generatedDate: CalendarDate, toolVersion: String, institution: String? = nil,
                paper: ReportTemplate.Paper? = nil) {
        self.result = result
        self.validatedModel = validatedModel
        self.source = source
        self.inputDigest = inputDigest
        self.generatedDate = generatedDate
        self.toolVersion = toolVersion
        self.institution = institution
        self.paper = paper
    }

    /// The watermark of a report computed on generated data.
    public static let syntheticWatermark = "SYNTHETIC COHORT · not patient data · not for clinical use"

    /// Builds the document.
    /// - Parameters:
    ///   - template: Page style, institution and report title (its sections are for patient reports and are
    ///     not used).
    ///   - measurer: Measures chart text to size the figures (the PDF's measurer for exact sizes; a recording
    ///     canvas's approximation otherwise).
    /// - Returns: The document, ready for `DocumentComposer.render`.
    public func compose(template: ReportTemplate, measurer: Canvas = RecordingCanvas()) -> ComposedDocument {
        var style = template.style
        if let paper { style.pageSize = paper.size }
        let width = style.contentRect.width
        var blocks: [Block] = []
        blocks += overview(style: style)
        blocks += methods(style: style)
        blocks += groupComparisons(style: style)
        blocks += markerTable(style: style)
        blocks += modelSelection(style: style)
        blocks += coefficientTable(style: style)
        blocks += refitNomogram(style: style, width: width, measurer: measurer)
        blocks += discrimination(style: style, width: width, measurer: measurer)
        blocks += calibration(style: style, width: width, measurer: measurer)
        blocks += decisionCurve(style: style, width: width, measurer: measurer)
        blocks += internalValidation(style: style)
        blocks += modelFile(style: style)
        return ComposedDocument(style: style, header: runningHeader(template: template),
                                metadata: metadata(template: template), blocks: blocks)
    }

    // MARK: Shared wording

    /// "NR" and "ObR".
    var positive: String { result.cohort.positiveClass }
    var negative: String { result.cohort.negativeClass }

    /// The validated model's name in tables and legends, e.g. "zhang-2025-dect-pct 1.0.0".
    var validatedName: String { "\(result.externalModelId) \(result.externalModelVersion)" }

    /// The refit model's name.
    var refitName: String { "Refit on this cohort" }

    /// The synthetic label for figures, or `nil` for measured data.
    var footnote: String? { result.cohort.isSynthetic ? ReferenceCohort.syntheticLabel : nil }

    /// A paragraph of body text (markup).
    func paragraph(_ markup: String, style: ReportStyle) -> Block {
        .paragraph(TextBlock(markup, font: style.bodyFont, isMarkup: true, lineSpacing: 0.1))
    }

    // MARK: Overview

    /// Title, cohort, synthetic label, key numbers and warnings.
    func overview(style: ReportStyle) -> [Block] {
        let c = result.cohort
        var blocks: [Block] = [.heading(Heading("Validation and refit of the nomogram on \(c.lesions) lesions", outlineTitle: "Summary"))]
        var text = "<b>Cohort:</b> \(source.markupEscaped): \(c.lesions) lesions, \(c.negatives) \(negative.markupEscaped) "
            + "and \(c.positives) \(positive.markupEscaped) (modelled outcome: \(positive.markupEscaped)). "
            + "<b>Validated model:</b> \(validatedName.markupEscaped) (\(validatedModel.citation.markupEscaped)). "
            + "\(result.modellingLesions) lesions complete on every candidate predictor and model input were used for modelling"
        text += result.excludedForMissingValues > 0 ? " (\(result.excludedForMissingValues) left out for a missing value)." : "."
        blocks.append(paragraph(text, style: style))
        if c.isSynthetic {
            blocks.append(.callout(Callout(
                title: "Synthetic cohort",
                items: ["\(ReferenceCohort.syntheticLabel.markupEscaped). The numbers below demonstrate the analysis; "
                        + "they say nothing about how the model performs on real patients."],
                emphasis: .warning)))
        }
        blocks.append(.table(keyResultsTable()))
        let comparison = result.comparison
        let e = result.refitEstimability
        blocks.append(paragraph(
            "Events per candidate predictor: \(e.events) events (the less frequent outcome) / \(e.candidates) candidates = "
                + "\(ReportNumber.fixed(e.eventsPerCandidate, 1)); minimum \(ReportNumber.fixed(e.minimum, 0)) (\(RefitEstimability.source)).",
            style: style))
        if !e.isEstimable {
            blocks.append(paragraph("<b>Refit not estimable.</b> " + e.reason.markupEscaped, style: style))
        } else {
        blocks.append(paragraph(
            "Paired DeLong test of the two AUCs on the same \(result.modellingLesions) lesions: "
                + "\(ReportNumber.fixed(comparison.firstAUC, 3)) vs \(ReportNumber.fixed(comparison.secondAUC, 3)), "
                + "z = \(ReportNumber.fixed(comparison.z, 2)), \(ReportNumber.pStatement(comparison.pValue).markupEscaped). "
                + "The refit model's apparent performance is measured on the lesions it was fitted to and is optimistic; "
                + "the bootstrap corrects AUC and calibration slope for that optimism.",
            style: style))
        }
        if !result.warnings.isEmpty {
            blocks.append(.callout(Callout(title: "Warnings (\(result.warnings.count))",
                                           items: result.warnings.map(\.markupEscaped), emphasis: .warning)))
        }
        return blocks
    }

    /// The side-by-side comparison of the validated and the refit model.
    func keyResultsTable() -> Table {
        let v = result.externalValidation, r = result.refitValidation
        func auc(_ m: ModelValidation) -> String {
            ReportNumber.interval(m.discrimination.auc, m.discrimination.aucLow, m.discrimination.aucHigh)
        }
        func estimate(_ e: ModelValidation.Estimate) -> String {
            // A separated calibration fit has a huge or infinite SE: say so rather than print it.
            e.standardError < 1000 ? "\(ReportNumber.fixed(e.value, 3)) (SE \(ReportNumber.fixed(e.standardError, 3)))"
                : "\(ReportNumber.fixed(e.value, 3)) (SE not estimable)"
        }
        func hl(_ m: ModelValidation) -> String {
            let h = m.hosmerLemeshow
            return "χ² \(ReportNumber.fixed(h.statistic, 2)), \(h.degreesOfFreedom) df, "
                + (h.pValue.map { ReportNumber.pStatement($0) } ?? "p not computable")
        }
        func operating(_ o: MarkerPerformance.Operating) -> String {
            "P ≥ \(ReportNumber.fixed(o.threshold, 3)): Se \(ReportNumber.fixed(o.sensitivity, 3)), Sp \(ReportNumber.fixed(o.specificity, 3))"
        }
        var rows: [[String]] = [
            ["AUC (95 % CI, DeLong)", auc(v), auc(r) + " apparent"],
        ]
        if let b = result.bootstrap {
            rows.append(["AUC, optimism-corrected (bootstrap)", "—", Self.corrected(b.correctedAUC, b)])
        }
        rows += [
            ["Threshold", operating(v.atModelThreshold) + " (model's)", operating(r.discrimination.youden) + " (Youden)"],
            ["Calibration intercept (ideal 0)", estimate(v.calibrationIntercept), estimate(r.calibrationIntercept)],
            ["Calibration slope (ideal 1)", estimate(v.calibrationSlope), estimate(r.calibrationSlope)
                + (result.bootstrap.map { "; corrected \(Self.corrected($0.correctedSlope, $0))" } ?? "")],
            ["Brier score", ReportNumber.fixed(v.brierScore, 3), ReportNumber.fixed(r.brierScore, 3)],
            ["Hosmer–Lemeshow (\(v.hosmerLemeshow.requestedGroups) groups)", hl(v), hl(r)],
        ]
        if !result.refitEstimability.isEstimable {
            rows = rows.map { [$0[0], $0[1], "not estimable"] }
        }
        return Table(columns: [.init("Measure", weight: 1.35), .init("Validated: \(validatedName.markupEscaped)", weight: 1.6),
                               .init(refitName, weight: 1.6)],
                     rows: rows.map { Table.Row($0.map(\.markupEscaped)) },
                     caption: "Validated model: external validation of its published coefficients on this cohort. Refit: the same "
                        + "model form refitted here (Table 5 below).",
                     continuationTitle: "Key results")
    }

    /// An optimism-corrected value, or why there is none (every resample skipped).
    /// - Parameters:
    ///   - value: The corrected AUC or slope.
    ///   - bootstrap: The bootstrap it comes from.
    /// - Returns: Three decimals, or "not estimable (…)".
    public static func corrected(_ value: Double, _ bootstrap: OptimismBootstrap) -> String {
        bootstrap.used > 0 ? ReportNumber.fixed(value, 3) : "not estimable (all \(bootstrap.requested) resamples skipped)"
    }

    // MARK: Methods

    /// The methods in sentences, with the bootstrap's own description.
    func methods(style: ReportStyle) -> [Block] {
        var items = result.methods
        if let b = result.bootstrap { items.append(b.method) }
        return [.heading(Heading("Methods"))] + items.map { paragraph("• " + $0.markupEscaped, style: style) }
    }

    // MARK: Header

    /// Institution and title left; cohort and model right; date, versions and the cohort's fingerprint below.
    func runningHeader(template: ReportTemplate) -> RunningHeader {
        let c = result.cohort
        let fileName = source.split(separator: "/").last.map(String.init) ?? source
        var provenance = "Generated \(generatedDate) · hccreport \(toolVersion) · validated model \(validatedName)"
        provenance += result.bootstrap.map { " · bootstrap \($0.requested) resamples, seed \(result.options.seed)" } ?? " · no bootstrap"
        return RunningHeader(
            institution: institution ?? template.institution,
            title: "Cohort analysis: external validation and refit of the nomogram",
            patientLine: "Cohort \(fileName) · \(c.lesions) lesions",
            patientDetailLine: "\(c.negatives) \(negative) · \(c.positives) \(positive) · model \(validatedName)",
            provenanceLine: provenance,
            digestLine: inputDigest.map { "Cohort SHA-256 \($0)" } ?? "Cohort: folder of case files (no single-file SHA-256)",
            barcodeText: nil,
            watermark: c.isSynthetic ? Self.syntheticWatermark : nil)
    }

    /// PDF metadata.
    func metadata(template: ReportTemplate) -> DocumentMetadata {
        DocumentMetadata(
            title: "Cohort analysis: \(source.split(separator: "/").last.map(String.init) ?? source)",
            author: institution ?? template.institution,
            subject: "External validation of \(validatedName) and refit on \(result.cohort.lesions) lesions",
            keywords: "HCC, nomogram, external validation, calibration, decision curve, bootstrap",
            creator: "hccreport \(toolVersion)",
            creationDate: "\(generatedDate)T00:00:00Z")
    }
}
