import Canvas
import ClinicalModel
import Foundation
import Scoring
import Testing
@testable import ReportComposer

/// The dose tables as printed: half-up rounding, totals summed before rounding, the DRL beside the
/// series it covers for orientation, no verdicts in bold.
@Suite struct DoseTableTests {
    static func report() -> PatientReport {
        let dose = DoseRecord(series: [
            DoseSeries(name: "Non-contrast", kind: .plain, ctdiVolMGy: 5.0, phantomCm: 32, dlpMGyCm: 110),
            DoseSeries(name: "Perfusion 1", kind: .perfusion, ctdiVolMGy: 32.5, phantomCm: 32, dlpMGyCm: 520),
            DoseSeries(name: "Perfusion 2", kind: .perfusion, ctdiVolMGy: 32.1, phantomCm: 32, dlpMGyCm: 513),
            DoseSeries(name: "Arterial DE", kind: .dualEnergy, ctdiVolMGy: 3.1, phantomCm: 32, dlpMGyCm: 62),
            DoseSeries(name: "Portal-venous DE", kind: .dualEnergy, ctdiVolMGy: 3.1, phantomCm: 32, dlpMGyCm: 63),
        ])
        let c = PatientCase(source: "p.yaml", patient: Patient(id: "P"), exam: Exam(dose: dose), lesions: [])
        return PatientReport(score: CaseScore(case: c), cohort: nil, figures: ReportFigures(), inputDigest: String(repeating: "ab", count: 32),
                             generatedDate: CalendarDate(iso: "2026-11-26")!, toolVersion: "0.1.0")
    }

    @Test func perfusionDoseOf1033TimesK015PrintsAs15Point50() throws {
        let content = TumorBoardReport.dose(Self.report())
        let blocks = content.body
        guard case let .table(series) = blocks.first, case let .table(comparison) = blocks.last else { Issue.record("no tables"); return }
        #expect(series.columns.map(\.title) == ["Series", "Kind", "CTDIvol, mGy (phantom)", "DRL CTDIvol (orientation)", "DLP, mGy·cm", "E, mSv"])
        #expect(series.rows.map(\.cells) == [
            ["Non-contrast", "plain", "5.0 (32 cm)", "13.0 mGy", "110.0", "1.65"],
            ["Perfusion 1", "perfusion", "32.5 (32 cm)", "none exists", "520.0", "7.80"],
            ["Perfusion 2", "perfusion", "32.1 (32 cm)", "none exists", "513.0", "7.69"],
            ["Arterial DE", "dual-energy", "3.1 (32 cm)", "13.0 mGy", "62.0", "0.93"],
            ["Portal-venous DE", "dual-energy", "3.1 (32 cm)", "13.0 mGy", "63.0", "0.95"],
            ["Exam total", "", "not summed", "", "1268.0", "19.02"],
            ["of which perfusion", "", "", "", "1033.0", "15.50 (81.5 % of E)"],   // 7.80 + 7.69 = 15.49: summed before rounding
            ["of which dual-energy", "", "", "", "125.0", "1.88"],
        ])
        #expect(series.caption?.contains("Totals and parts are summed from unrounded values, then rounded.") == true)
        #expect(comparison.rows.map(\.cells) == [
            ["Total effective dose", "19.02 mSv", "LD-DE&amp;PCT total effective dose in the source study (mean ± SD)", "19.02 ± 5.39 mSv", "within 2 SD"],
            ["Perfusion effective dose", "15.50 mSv", "Perfusion part in the source study (mean ± SD)", "15.55 ± 4.64 mSv", "within 2 SD"],
            ["Perfusion effective dose", "15.50 mSv", "Earlier liver perfusion CT protocols", "32.0–45.0 mSv", "below"],
            ["DLP of the non-perfusion series", "235.0 mGy·cm", "DRL multiphase abdomen CT, DLP per exam (for orientation)", "1120.0 mGy·cm", "orientation only"],
        ])
        #expect(!comparison.rows.flatMap(\.cells).contains { $0.contains("<b>") })
        #expect(content.notes.last?.hasPrefix("Sources of the dose comparison: ") == true)
    }

    @Test func theDoseTotalSentenceCarriesTheRoundedTotalsAndK() {
        let content = TumorBoardReport.doseTotal(Self.report())
        guard case let .paragraph(text)? = content.body.first else { Issue.record("no paragraph"); return }
        #expect(text.text == "Exam total (5 series): <b>E 19.02 mSv</b>, DLP 1268.0 mGy·cm; of which perfusion E 15.50 mSv (DLP 1033.0 mGy·cm, 81.5 % of E); "
                + "of which dual-energy E 1.88 mSv (DLP 125.0 mGy·cm). E = DLP × k, k = 0.015 mSv/(mGy·cm) (adult abdomen default), summed before rounding.")
    }
}
