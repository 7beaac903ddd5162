import Canvas
import ClinicalModel
import Foundation
import PageLayout
import Scoring
import Testing
@testable import ReportComposer

/// The report's endpoint check and "response so far", as printed.
@Suite struct EndpointCheckReportTests {
    /// PR at week 9 (day 63), PD at week 19 (day 133) after TACE on 2025-03-03.
    static func prThenPD(tace: Bool = true) -> PatientReport {
        let lesion = Lesion(id: "L1", sizeMm: Measurement(48), viableDiameterMm: 44,
                            arterial: PhaseMeasurements(nicPercent: Measurement(22)), perfusion: PerfusionMeasurements(ps: Measurement(30)))
        func fu(_ date: String, _ d: Double) -> FollowUp {
            FollowUp(date: CalendarDate(iso: date)!, lesions: [.init(lesionId: "L1", viableDiameterMm: d)],
                     nonTarget: FollowUp.NonTargetStatus.none, newLesions: false)
        }
        let c = PatientCase(source: "p14.yaml", patient: Patient(id: "HCC-2025-0014"), exam: Exam(date: CalendarDate(iso: "2025-02-24")),
                            lesions: [lesion], treatment: tace ? Treatment(taceDate: CalendarDate(iso: "2025-03-03")) : nil,
                            followUps: [fu("2025-05-05", 28), fu("2025-07-14", 36)])
        return PatientReport(score: CaseScore(case: c), cohort: nil, figures: ReportFigures(), inputDigest: String(repeating: "ab", count: 32),
                             generatedDate: CalendarDate(iso: "2026-11-26")!, toolVersion: "0.1.0")
    }

    static func text(_ content: TumorBoardReport.SectionContent) -> String {
        text(content.body) + "\n" + content.notes.joined(separator: "\n")
    }

    static func text(_ blocks: [Block]) -> String {
        blocks.map { block -> String in
            switch block {
            case let .table(t): return ([t.columns.map(\.title).joined(separator: " | ")] + t.rows.map { $0.cells.joined(separator: " | ") } + [t.caption ?? ""]).joined(separator: "\n")
            case let .paragraph(p): return p.text
            default: return ""
            }
        }.joined(separator: "\n")
    }

    @Test func endpointRowUsesTheWeek9FollowUpNotTheLatest() {
        let text = Self.text(TumorBoardReport.endpointCheck(Self.prThenPD()))
        #expect(text.contains("Lesion | Predicted | Follow-up used | After TACE | Category | Matched"))
        #expect(text.contains("L1 | ObR (P 0.417) | 2025-05-05 | 63 days (9.0 weeks) | <b>PR</b> (ObR) | yes"))
        #expect(text.contains("Checked at the model's endpoint: the first follow-up on days 54–97; later follow-ups do not change it. Day 0: TACE 2025-03-03."))
        #expect(text.contains("The endpoint window is the first follow-up 61–90 days after the first TACE ± 7 days (days 54–97; "))
    }

    @Test func responseSoFarNamesBestAndLatestResponseWithWeeks() {
        let text = Self.text(TumorBoardReport.responseSoFar(Self.prThenPD()))
        #expect(text == "mRECIST, overall (patient level), 2 follow-ups: Best overall response <b>PR</b> on 2025-05-05, week 9.0 after TACE; "
                + "latest <b>PD</b> on 2025-07-14, week 19.0 after TACE; no new lesions.")
    }

    @Test func withoutATACEDateTheExamDateIsDayZeroWithANote() {
        let text = Self.text(TumorBoardReport.endpointCheck(Self.prThenPD(tace: false)))
        #expect(text.contains("Lesion | Predicted | Follow-up used | After CT exam | Category | Matched"))
        #expect(text.contains("L1 | ObR (P 0.417) | 2025-05-05 | 70 days (10.0 weeks) | <b>PR</b> (ObR) | yes"))
        #expect(text.contains("Day 0: CT exam 2025-02-24. No TACE date recorded (treatment.tace_date): days are counted from the CT exam on 2025-02-24"))
    }
}
