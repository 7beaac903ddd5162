import Canvas
import Formatting
import Foundation
import ClinicalModel
import PageLayout
import Scoring

extension TumorBoardReport {
    /// What a section shows: its tables, figures and callouts, and explanations that are the same
    /// for every patient (Pango markup sentences, gathered in the closing block when there is one).
    struct SectionContent {
        var body: [Block]
        var notes: [String] = []
    }

    /// The built-in content of one section (tables, figures, callouts), after its text block.
    /// - Parameter sources: whether the summary's caption says where each input comes from (when
    ///   the template has no inputs section).
    static func content(of section: ReportTemplate.Section, report: PatientReport, style: ReportStyle, sources: Bool = false) -> SectionContent {
        switch section.kind {
        case .summary: return summary(report, inputSources: sources)
        case .warnings: return SectionContent(body: warnings(report))
        case .clinical: return SectionContent(body: clinicalContext(report))
        case .applicability: return SectionContent(body: applicability(report))
        case .response:
            var content = endpointCheck(report)
            content.body.insert(contentsOf: responseSoFar(report), at: 0)
            return content
        case .responseChart:
            // Without follow-up the section is left out: "Response so far" already says there is none.
            guard report.score.mrecist != nil else { return SectionContent(body: []) }
            return SectionContent(body: figure(report.figures.response, section: section, defaultHeight: 170, missing: "The response over time could not be drawn."))
        case .nomogram: return SectionContent(body: figure(report.figures.nomogram, section: section, defaultHeight: 110, missing: "The nomogram could not be drawn."))
        case .inputs: return inputs(report)
        case .violins: return SectionContent(body: figure(report.figures.violins, section: section, defaultHeight: 115, missing: "No reference cohort was available for the distribution plots."))
        case .roc: return SectionContent(body: figure(report.figures.roc, section: section, defaultHeight: 90, missing: "No reference cohort was available for the ROC curves."))
        case .dose: return dose(report)
        case .doseTotal: return doseTotal(report)
        case .mrecist: return mrecist(report)
        case .model: return SectionContent(body: model(report))
        case .disclaimer, .text: return SectionContent(body: [])
        }
    }

    // MARK: Summary

    static func summary(_ report: PatientReport, inputSources: Bool = false) -> SectionContent {
        let model = report.score.model
        let pos = model.positiveClass, neg = model.negativeClass
        var columns: [Table.Column] = [.init("Lesion", weight: 0.9)]
        for p in model.predictors {
            columns.append(.init("\(p.label.markupEscaped)\n(\(p.unit.markupEscaped))", weight: 1.25, alignment: .right))
        }
        columns += [.init("Total points", weight: 0.9, alignment: .right),
                    .init("P(\(pos))", weight: 1.5, alignment: .right),
                    .init("P(\(neg))", weight: 0.9, alignment: .right),
                    .init("Predicted at ≥ \(ReportNumber.percent(model.threshold.probability))", weight: 1.2)]
        var rows: [Table.Row] = []
        for result in report.score.lesions {
            let id = result.lesionId.markupEscaped
            if let s = result.score {
                var cells = [id]
                for input in s.inputs {
                    let flag = input.isOnAxis ? "" : " ▲"
                    cells.append(ReportNumber.measured(input.value) + flag)
                }
                var p = "<b>\(ReportNumber.probability(s.probabilityPositive).markupEscaped)</b> (\(ReportNumber.percent(s.probabilityPositive).markupEscaped))"
                if let ci = s.confidenceInterval.interval {
                    p += "\n95 % CI \(ReportNumber.probability(ci.probabilityLow).markupEscaped)–\(ReportNumber.probability(ci.probabilityHigh).markupEscaped)"
                }
                cells += [ReportNumber.fixed(s.totalPoints, 1), p, ReportNumber.probability(s.probabilityNegative).markupEscaped,
                          "<b>\(s.predictedClass.markupEscaped)</b>"]
                let extrapolated = s.inputs.contains { !$0.isOnAxis }
                rows.append(Table.Row(cells, emphasis: extrapolated ? .warning : .normal))
            } else {
                let reason = result.error.map { "\($0)" } ?? "not scored"
                var cells = [id]
                cells += model.predictors.map { _ in "—" }
                cells += ["—", "cannot be scored", "—", reason.markupEscaped]
                rows.append(Table.Row(cells, emphasis: .warning))
            }
        }
        var notes = ["Threshold \(ReportNumber.probability(model.threshold.probability)): \(model.threshold.provenance.markupEscaped)."]
        switch report.score.lesions.first?.score?.confidenceInterval {
        case .unavailable(let reason)?: notes.append("No confidence interval is shown: \(reason.markupEscaped)")
        default: break
        }
        var caption = ""
        if report.score.lesions.contains(where: { $0.score?.inputs.contains { !$0.isOnAxis } ?? false }) {
            caption += "▲ marks an input outside the nomogram's axis: its point, and so the probability, is extrapolated. "
        }
        if inputSources {
            // An input derived from other values says from which (recorded values and means of
            // readings need no note here).
            var parts: [String] = []
            for result in report.score.lesions {
                guard let s = result.score else { continue }
                for input in s.inputs where input.resolved.isDerived {
                    parts.append("\(result.lesionId) \(input.predictor.label) \(input.resolved.provenanceDescription)")
                }
            }
            if !parts.isEmpty { caption += "Derived inputs: " + parts.joined(separator: "; ").markupEscaped + ". " }
        }
        let table = Table(columns: columns, rows: rows, caption: caption.isEmpty ? nil : caption.trimmingWhitespace, continuationTitle: "Summary")
        return SectionContent(body: [.table(table)], notes: notes)
    }

    // MARK: Warnings

    static func warnings(_ report: PatientReport) -> [Block] {
        var items: [String] = []
        for w in report.score.warnings { items.append("<b>\(w.keyPath.markupEscaped)</b>: \(w.message.markupEscaped)") }
        for e in report.score.lesionErrors { items.append("\(e)".markupEscaped) }
        if items.isEmpty {
            return [.paragraph(TextBlock("<b>No input warnings:</b> every model input lies on the nomogram's axis and passed the plausibility checks.",
                                         font: FontSpec(size: 8.5), isMarkup: true))]
        }
        return [.callout(Callout(title: "▲ Check before use (\(items.count))", items: items, emphasis: .warning))]
    }

    // MARK: Figures

    static func figure(_ figure: ReportFigure?, section: ReportTemplate.Section, defaultHeight: Double, missing: String) -> [Block] {
        guard let figure else { return [.paragraph(TextBlock(missing, font: FontSpec(italic: true, size: 9)))] }
        let height = millimetres(section.heightMillimetres ?? defaultHeight)
        return [.figure(Figure(height: height, minimumHeight: section.minimumHeightMillimetres.map(millimetres),
                               caption: figure.caption.isEmpty ? nil : figure.caption,
                               alternativeText: figure.alternativeText, draw: figure.draw))]
    }

    // MARK: Inputs

    static func inputs(_ report: PatientReport) -> SectionContent {
        let model = report.score.model
        let ranges = report.cohort?.observedRanges ?? [:]
        var rows: [Table.Row] = []
        var outsideCohort = false
        for result in report.score.lesions {
            guard let s = result.score else { continue }
            for input in s.inputs {
                let p = input.predictor
                let axis = "\(ReportNumber.measured(p.axisMin))–\(ReportNumber.measured(p.axisMax))"
                var observed = "—"
                if let r = ranges[p.name] {
                    observed = "\(ReportNumber.measured(r.lowerBound))–\(ReportNumber.measured(r.upperBound))"
                    if !r.contains(input.value) { observed += " ▲ outside"; outsideCohort = true }
                }
                rows.append(Table.Row([result.lesionId.markupEscaped, p.label.markupEscaped,
                                       ReportNumber.measured(input.value) + " " + p.unit.markupEscaped,
                                       input.resolved.provenanceDescription.markupEscaped,
                                       axis + (input.isOnAxis ? "" : " ▲ outside"), observed,
                                       ReportNumber.fixed(input.points, 1)],
                                      emphasis: input.isOnAxis ? .normal : .warning))
            }
        }
        let exam = report.score.patientCase.exam
        let scanner = [exam?.scanner, exam?.software].compactMap { $0 }.joined(separator: ", ")
        var caption = "Scanner and software: \(scanner.isEmpty ? "not recorded" : scanner.markupEscaped)."
        if outsideCohort { caption += " ▲ outside: the patient's value lies beyond every lesion in the reference cohort." }
        var notes = ["DECT and perfusion values are vendor- and software-dependent; the model was developed on \(model.performance.developmentN.map(String.init) ?? "an unstated number of") lesions. "
            + "Nomogram axis: the scale drawn (a value outside it is extrapolated); the paper published no minimum or maximum of its development data."]
        if report.cohort != nil {
            notes.append("Reference cohort: the smallest and largest value observed in the reference cohort.")
        }
        return SectionContent(body: [.table(Table(columns: [.init("Lesion", weight: 0.7), .init("Predictor", weight: 0.9), .init("Value", weight: 1.2, alignment: .right),
                                       .init("Source", weight: 2.0), .init("Nomogram axis", weight: 1.1), .init("Reference cohort", weight: 1.1),
                                       .init("Points", weight: 0.7, alignment: .right)],
                             rows: rows, caption: caption, continuationTitle: "Measured inputs"))], notes: notes)
    }

    // MARK: Dose

    static func dose(_ report: PatientReport) -> SectionContent {
        guard let dose = report.score.dose else {
            return SectionContent(body: [.paragraph(TextBlock("No dose record was provided for this exam.", font: FontSpec(italic: true, size: 9)))])
        }
        var rows: [Table.Row] = dose.series.map { s in
            let ctdi = s.series.ctdiVolMGy.map { v in
                ReportNumber.measured(v) + (s.series.phantomCm.map { " (\($0) cm)" } ?? " (phantom not stated)")
            } ?? "—"
            let drl = DoseSummary.referenceLevel(for: s.series).map { "\(ReportNumber.measured($0.value)) \($0.unit)" }
                ?? (s.kind == .perfusion ? "none exists" : "—")
            return Table.Row([s.name.markupEscaped, kindText(s.kind), ctdi, drl, ReportNumber.fixed(s.series.dlpMGyCm, 1),
                              ReportNumber.fixed(s.effectiveDoseMSv, 2)])
        }
        rows.append(Table.Row(["Exam total", "", "not summed", "", ReportNumber.fixed(dose.totalDLPMGyCm, 1),
                               ReportNumber.fixed(dose.totalEffectiveDoseMSv, 2)], emphasis: .total))
        if dose.perfusionDLPMGyCm > 0 {
            let share = dose.perfusionSharePercent.map { " (\(ReportNumber.fixed($0, 1)) % of E)" } ?? ""
            rows.append(Table.Row(["of which perfusion", "", "", "", ReportNumber.fixed(dose.perfusionDLPMGyCm, 1),
                                   ReportNumber.fixed(dose.perfusionEffectiveDoseMSv, 2) + share]))
        }
        if dose.dualEnergyDLPMGyCm > 0 {
            rows.append(Table.Row(["of which dual-energy", "", "", "", ReportNumber.fixed(dose.dualEnergyDLPMGyCm, 1),
                                   ReportNumber.fixed(dose.dualEnergyEffectiveDoseMSv, 2)]))
        }
        let table = Table(columns: [.init("Series", weight: 2), .init("Kind", weight: 1.1), .init("CTDIvol, mGy (phantom)", weight: 1.5, alignment: .right),
                                    .init("DRL CTDIvol (orientation)", weight: 1.3, alignment: .right),
                                    .init("DLP, mGy·cm", weight: 1.1, alignment: .right), .init("E, mSv", weight: 1.4, alignment: .right)],
                          rows: rows,
                          caption: (dose.doseReport.map { "Series and values from the scanner's dose report (DICOM RDSR) \($0.markupEscaped). " } ?? "")
                              + "E = DLP × k, k = \(ReportNumber.measured(dose.kFactor, maxDecimals: 4)) mSv/(mGy·cm)"
                              + (dose.kFactorIsDefault ? " (adult abdomen default)" : " (from the case file)")
                              + ". Totals and parts are summed from unrounded values, then rounded. CTDIvol is reported per series and never added across series.",
                          continuationTitle: "Radiation dose")
        var notes = ["DRL: the multiphase-abdomen diagnostic reference level (Foley et al., BJR 2012), a typical exam across patients, not a limit for one patient; "
                     + "it excludes perfusion, for which no DRL exists."]
        guard !dose.comparisons.isEmpty else { return SectionContent(body: [.table(table)], notes: notes) }
        let comparisonRows = dose.comparisons.map { c -> Table.Row in
            let ref = c.reference
            let target = ref.valueText
            let relation: String
            switch (c.relation, ref.standardDeviation != nil) {
            case (.within, true): relation = "within 2 SD"
            case (.within, false): relation = "within range"
            case (.above, _): relation = "above"
            case (.below, _): relation = "below"
            case (.forOrientation, _): relation = "orientation only"
            }
            return Table.Row([c.subject.markupEscaped, ReportNumber.fixed(c.value, ref.unit == "mSv" ? 2 : 1) + " " + ref.unit, ref.label.markupEscaped, target, relation])
        }
        var sources: [String] = []
        for c in dose.comparisons where !sources.contains(c.reference.citation) { sources.append(c.reference.citation) }
        var caveats: [String] = []
        for c in dose.comparisons { if let v = c.reference.caveat, !caveats.contains(v) { caveats.append(v) } }
        let comparison = Table(columns: [.init("This exam", weight: 1.6), .init("Value", weight: 0.9, alignment: .right), .init("Reference", weight: 2.6),
                                         .init("Reference value", weight: 1.1, alignment: .right), .init("Relation", weight: 0.9)],
                               rows: comparisonRows, caption: nil, continuationTitle: "Dose comparison")
        notes = (caveats + notes + ["Sources of the dose comparison: " + sources.joined(separator: "; ") + "."]).map(\.markupEscaped)
        return SectionContent(body: [.table(table), .table(comparison)], notes: notes)
    }

    /// The exam's dose totals in one paragraph (the per-series table and the comparisons are in `dose`).
    static func doseTotal(_ report: PatientReport) -> SectionContent {
        guard let dose = report.score.dose else {
            return SectionContent(body: [.paragraph(TextBlock("No dose record was provided for this exam.", font: FontSpec(italic: true, size: 9)))])
        }
        var parts = ["Exam total (\(dose.series.count) series): <b>E \(ReportNumber.fixed(dose.totalEffectiveDoseMSv, 2)) mSv</b>, DLP \(ReportNumber.fixed(dose.totalDLPMGyCm, 1)) mGy·cm"]
        if dose.perfusionDLPMGyCm > 0 {
            let share = dose.perfusionSharePercent.map { ", \(ReportNumber.fixed($0, 1)) % of E" } ?? ""
            parts.append("perfusion E \(ReportNumber.fixed(dose.perfusionEffectiveDoseMSv, 2)) mSv (DLP \(ReportNumber.fixed(dose.perfusionDLPMGyCm, 1)) mGy·cm\(share))")
        }
        if dose.dualEnergyDLPMGyCm > 0 {
            parts.append("dual-energy E \(ReportNumber.fixed(dose.dualEnergyEffectiveDoseMSv, 2)) mSv (DLP \(ReportNumber.fixed(dose.dualEnergyDLPMGyCm, 1)) mGy·cm)")
        }
        let source = dose.doseReport.map { "From the scanner's dose report (DICOM RDSR) \($0.markupEscaped). " } ?? ""
        let text = source + parts.joined(separator: "; of which ") + ". E = DLP × k, k = \(ReportNumber.measured(dose.kFactor, maxDecimals: 4)) mSv/(mGy·cm)"
            + (dose.kFactorIsDefault ? " (adult abdomen default)" : " (from the case file)") + ", summed before rounding."
        return SectionContent(body: [.paragraph(TextBlock(text, font: FontSpec(size: 9), isMarkup: true))])
    }

    static func kindText(_ kind: DoseSeries.Kind) -> String {
        switch kind {
        case .plain: return "plain"
        case .perfusion: return "perfusion"
        case .dualEnergy: return "dual-energy"
        case .localizer: return "localizer"
        case .bolusTracking: return "bolus tracking"
        }
    }

    // MARK: mRECIST

    static func mrecist(_ report: PatientReport) -> SectionContent {
        guard let assessment = report.score.mrecist else { return SectionContent(body: []) }
        let ids = assessment.baselines.map(\.lesionId)
        var columns: [Table.Column] = [.init("Date", weight: 1.1)]
        columns += ids.map { .init("\($0.markupEscaped), mm", weight: 0.8, alignment: .right) }
        columns += [.init("Sum, mm", weight: 0.8, alignment: .right), .init("vs baseline", weight: 0.9, alignment: .right),
                    .init("vs nadir", weight: 0.9, alignment: .right), .init("Target", weight: 0.7), .init("Non-target", weight: 1),
                    .init("New", weight: 0.5), .init("Overall", weight: 0.8)]
        var rows: [Table.Row] = []
        var baselineCells = ["Baseline"]
        baselineCells += assessment.baselines.map { ReportNumber.measured($0.diameter.millimetres, maxDecimals: 1) + ($0.source == .sizeMm ? "*" : "") }
        baselineCells += [ReportNumber.measured(assessment.baselineSum.millimetres, maxDecimals: 1), "", "", "", "", "", ""]
        rows.append(Table.Row(baselineCells))
        for tp in assessment.timePoints {
            var cells = ["\(tp.date)"]
            cells += ids.map { id in tp.lesion(id)?.diameter.map { ReportNumber.measured($0.millimetres, maxDecimals: 1) } ?? "not measured" }
            cells += [tp.sum.map { ReportNumber.measured($0.millimetres, maxDecimals: 1) } ?? "—",
                      tp.changeFromBaselinePercent.map(ReportNumber.change) ?? "—",
                      tp.changeFromNadirPercent.map(ReportNumber.change) ?? "—",
                      tp.target.rawValue, nonTargetText(tp.nonTarget), tp.newLesions ? "yes" : "no",
                      "<b>\(tp.overall.rawValue)</b>"]
            rows.append(Table.Row(cells, emphasis: tp.overall == .pd ? .bold : .normal))
        }
        var caption = "Sums of viable (arterially enhancing) diameters."
        if assessment.baselines.contains(where: { $0.source == .sizeMm }) {
            caption += " * baseline viable diameter not recorded: the arterial-phase size was used."
        }
        var notes: [String] = []
        var blocks: [Block] = [.table(Table(columns: columns, rows: rows, caption: caption, continuationTitle: "mRECIST"))]
        if let latest = assessment.latest {
            let lesionRows = latest.lesions.map { l -> Table.Row in
                Table.Row([l.lesionId.markupEscaped, ReportNumber.measured(l.baseline.millimetres, maxDecimals: 1),
                           l.diameter.map { ReportNumber.measured($0.millimetres, maxDecimals: 1) } ?? "not measured",
                           l.changeFromBaselinePercent.map(ReportNumber.change) ?? "—",
                           "<b>\(l.category.rawValue)</b> (\(l.category.isObjectiveResponse.map { $0 ? "ObR" : "NR" } ?? "NE"))"])
            }
            blocks.append(.table(Table(columns: [.init("Lesion", weight: 0.8), .init("Baseline, mm", alignment: .right), .init("\(latest.date), mm", alignment: .right),
                                                 .init("Change", alignment: .right), .init("Lesion category at the latest follow-up", weight: 2.2)],
                                       rows: lesionRows,
                                       caption: "The prediction is checked at the model's endpoint (Endpoint check), not at the latest follow-up.",
                                       continuationTitle: "Lesion-level response")))
            notes.append("Lesion-level categories as in the study: CR at 0 mm; PD ≥ +20 % over the lesion's own nadir; PR ≤ −30 % from its baseline; otherwise SD. ObR = CR + PR; NR = SD + PD.")
        }
        let assessmentNotes = assessment.notes + assessment.timePoints.flatMap { tp in tp.notes.map { "\(tp.date): \($0)" } }
        if !assessmentNotes.isEmpty {
            blocks.append(.callout(Callout(title: "Notes on the assessment", items: assessmentNotes.map(\.markupEscaped), emphasis: .note)))
        }
        return SectionContent(body: blocks, notes: notes)
    }

    static func nonTargetText(_ status: FollowUp.NonTargetStatus?) -> String {
        switch status {
        case nil: return "not recorded"
        case .some(.none): return "none"
        case .some(.cr): return "CR"
        case .some(.nonCRNonPD): return "IR/SD"
        case .some(.pd): return "<b>PD</b>"
        }
    }

    // MARK: Model

    static func model(_ report: PatientReport) -> [Block] {
        let model = report.score.model
        var rows = [Table.Row(["Intercept", "", ReportNumber.fixed(model.intercept, 3),
                               model.interceptStandardError.map { ReportNumber.fixed($0, 3) } ?? "—", "—", ""])]
        let scale = report.score.scale
        for (p, axis) in zip(model.predictors, scale.axes) {
            let or = ReportNumber.fixed(exp(p.coefficient), 3)
            rows.append(Table.Row([p.label.markupEscaped, p.unit.markupEscaped, ReportNumber.fixed(p.coefficient, 3),
                                   p.standardError.map { ReportNumber.fixed($0, 3) } ?? "—", or,
                                   "\(ReportNumber.measured(p.axisMin))–\(ReportNumber.measured(p.axisMax)) (\(ReportNumber.fixed(axis.maxPoints, 1)) pts)"]))
        }
        return [.table(Table(columns: [.init("Term", weight: 1.2), .init("Unit", weight: 1.1), .init("B", alignment: .right), .init("S.E.", alignment: .right),
                                       .init("OR per unit", alignment: .right), .init("Nomogram axis", weight: 1.6)],
                             rows: rows,
                             caption: "Nomogram scale (R rms convention): \(ReportNumber.fixed(scale.pointsPerLinearUnit, 4)) points per unit of the linear predictor; 0 total points ↔ lp \(ReportNumber.fixed(scale.adjustedIntercept, 3)).",
                             continuationTitle: "Model"))]
    }
}
