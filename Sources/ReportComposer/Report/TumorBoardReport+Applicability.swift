import Canvas
import Formatting
import PageLayout
import Scoring

extension TumorBoardReport {
    /// Whether the case lies inside the model's study population: one line per criterion, as a
    /// warning callout when any criterion is outside or not recorded (never a refusal).
    /// - Parameter report: The scored case.
    /// - Returns: A callout, or nothing when the model states no study population.
    static func applicability(_ report: PatientReport) -> [Block] {
        let check = report.score.applicability
        guard let population = check.population, !check.criteria.isEmpty else { return [] }
        var items = check.criteria.filter { $0.status != .inside }.map { c -> String in
            let word = c.status == .outside ? "<b>outside</b>" : "not recorded"
            return "\(c.name.markupEscaped): \(word) — \(c.sentence.markupEscaped)"
        }
        let inside = check.criteria.filter { $0.status == .inside }
        if !inside.isEmpty {
            items.append("Inside: " + inside.map { $0.sentence.markupEscaped }.joined(separator: "; "))
        }
        let outside = check.criteria.count { $0.status == .outside }
        let unknown = check.criteria.count { $0.status == .notRecorded }
        var title: String
        if outside > 0 {
            title = "▲ Outside the study population on \(outside) of \(check.criteria.count) criteria — the prediction may not apply"
        } else if unknown > 0 {
            title = "Inside the study population where recorded (\(unknown) of \(check.criteria.count) not recorded)"
        } else {
            title = "Inside the study population on all \(check.criteria.count) criteria"
        }
        title += " (\(population.source))"
        return [.callout(Callout(title: title, items: items, emphasis: outside > 0 ? .warning : .note))]
    }
}

extension TumorBoardReport {
    /// The clinical context the case holds, in one line: BCLC, Child–Pugh, AFP, aetiology, weight,
    /// and the treatment (TACE date, lenvatinib dose, checkpoint inhibitor). Absent values say so.
    /// - Parameter report: The scored case.
    /// - Returns: One paragraph.
    static func clinicalContext(_ report: PatientReport) -> [Block] {
        let patient = report.score.patientCase.patient
        let treatment = report.score.patientCase.treatment
        func value(_ label: String, _ text: String?) -> String { "\(label) <b>\((text ?? "not recorded").markupEscaped)</b>" }
        var parts = [value("BCLC", patient.bclc), value("Child–Pugh", patient.childPugh),
                     value("AFP", patient.afpNgMl.map { "\(ReportNumber.measured($0, maxDecimals: 1)) ng/mL" }),
                     value("aetiology", patient.etiology), value("weight", patient.weightKg.map { "\(ReportNumber.measured($0, maxDecimals: 1)) kg" })]
        let line1 = parts.joined(separator: " · ")
        parts = [value("first TACE", treatment?.taceDate.map { "\($0)" }),
                 value("lenvatinib", treatment?.lenvatinibMgPerDay.map { "\(ReportNumber.measured($0, maxDecimals: 1)) mg/day" }),
                 value("ICI", treatment?.ici?.rawValue)]
        if let firstLine = treatment?.firstLine { parts.append(firstLine ? "first-line" : "<b>not first-line</b>") }
        let line2 = "Treatment: " + parts.joined(separator: " · ")
        return [.paragraph(TextBlock(line1 + "\n" + line2, font: FontSpec(size: 9), isMarkup: true))]
    }
}
