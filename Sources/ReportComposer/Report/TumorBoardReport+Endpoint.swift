import Canvas
import ClinicalModel
import Formatting
import PageLayout
import Scoring

extension TumorBoardReport {
    /// The endpoint check: per lesion the follow-up inside the model's endpoint window that decides
    /// whether the prediction matched, or why there is none yet.
    /// - Parameter report: The scored case.
    /// - Returns: A table with a caption naming the accepted days and day 0, and a note on where
    ///   the window, its tolerance and its source come from.
    static func endpointCheck(_ report: PatientReport) -> SectionContent {
        let endpoint = report.score.endpoint
        let dayZero: String
        switch endpoint.anchor {
        case .firstTACE?, nil: dayZero = "TACE"
        case .examDate?: dayZero = "CT exam"
        }
        let rows = endpoint.lesions.map { e -> Table.Row in
            let score = report.score.lesions.first { $0.lesionId == e.lesionId }?.score
            let predicted = score.map { "\($0.predictedClass.markupEscaped) (P \(ReportNumber.probability($0.probabilityPositive).markupEscaped))" } ?? "not scored"
            guard let r = e.result else {
                return Table.Row([e.lesionId.markupEscaped, predicted, (e.unassessed?.text ?? "").markupEscaped, "—", "—", "—"])
            }
            let match: String
            switch r.matched {
            case true?: match = "yes"
            case false?: match = "<b>no</b>"
            case nil: match = "—"
            }
            return Table.Row([e.lesionId.markupEscaped, predicted, "\(r.date)", afterTreatmentText(days: r.daysAfterTreatment),
                              "<b>\(r.category.rawValue)</b> (\(r.category.isObjectiveResponse.map { $0 ? "ObR" : "NR" } ?? "NE"))", match])
        }
        var caption: String
        var notes: [String] = []
        if let w = endpoint.window {
            caption = "Checked at the model's endpoint: the first follow-up on days \(w.acceptedFirstDay)–\(w.acceptedLastDay); later follow-ups do not change it."
            notes.append("The endpoint window is the first follow-up \(w.firstDay)–\(w.lastDay) days after the first TACE "
                + "± \(w.toleranceDays) days (days \(w.acceptedFirstDay)–\(w.acceptedLastDay); \(w.source.markupEscaped)).")
        } else {
            caption = "The model states no endpoint window, so no prediction is checked against follow-up."
        }
        if let anchor = endpoint.anchor { caption += " Day 0: \(dayZero) \(anchor.date)." }
        for note in endpoint.notes { caption += " " + note.markupEscaped }
        return SectionContent(body: [.table(Table(columns: [.init("Lesion", weight: 0.7), .init("Predicted", weight: 1.3), .init("Follow-up used", weight: 1.6),
                                       .init("After \(dayZero)", weight: 1.2, alignment: .right), .init("Category", weight: 0.9),
                                       .init("Matched", weight: 0.7)],
                             rows: rows, caption: caption, continuationTitle: "Endpoint check"))], notes: notes)
    }

    /// "70 days (10.0 weeks)".
    /// - Parameter days: Days after day 0.
    /// - Returns: Days and weeks (one decimal), as printed.
    static func afterTreatmentText(days: Int) -> String {
        "\(days) days (\(ReportNumber.fixed(Double(days) / 7, 1)) weeks)"
    }
}

extension TumorBoardReport {
    /// "Response so far": best overall response and its date, the latest response, weeks since the
    /// first TACE and new lesions, in one paragraph.
    /// - Parameter report: The scored case.
    /// - Returns: One paragraph (a sentence saying there is no follow-up yet when there is none).
    static func responseSoFar(_ report: PatientReport) -> [Block] {
        let font = FontSpec(size: 9)
        guard let assessment = report.score.mrecist, let latest = assessment.latest else {
            return [.paragraph(TextBlock("No follow-up imaging recorded yet.", font: font))]
        }
        let anchor = report.score.endpoint.anchor
        func after(_ date: CalendarDate) -> String { weekAfterDayZero(date, anchor: anchor) }
        var parts: [String] = []
        if let best = assessment.bestOverallResponse {
            parts.append("Best overall response <b>\(best.overall.rawValue)</b> on \(best.date)\(after(best.date))")
        } else {
            parts.append("No evaluable overall response yet")
        }
        parts.append("latest <b>\(latest.overall.rawValue)</b> on \(latest.date)\(after(latest.date))")
        if let first = assessment.firstNewLesion {
            parts.append("<b>new lesion</b> first recorded on \(first.date)")
        } else {
            parts.append("no new lesions")
        }
        let count = assessment.timePoints.count
        let text = "mRECIST, overall (patient level), \(count) follow-up\(count == 1 ? "" : "s"): " + parts.joined(separator: "; ") + "."
        return [.paragraph(TextBlock(text, font: font, isMarkup: true))]
    }

    /// ", week 10.3 after TACE" (or "after the CT exam" when no TACE date was recorded); empty
    /// without day 0.
    /// - Parameters:
    ///   - date: A follow-up date.
    ///   - anchor: Day 0 of the endpoint assessment.
    static func weekAfterDayZero(_ date: CalendarDate, anchor: EndpointAssessment.Anchor?) -> String {
        guard let anchor else { return "" }
        let days = anchor.date.days(until: date)
        let name: String
        switch anchor {
        case .firstTACE: name = "TACE"
        case .examDate: name = "the CT exam"
        }
        return ", week \(ReportNumber.fixed(Double(days) / 7, 1)) after \(name)"
    }
}
