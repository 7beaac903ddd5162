import Canvas
import ClinicalModel
import Foundation
import Scoring
import Testing
@testable import ReportComposer

/// Page 1 of the tumour-board report: clinical context, applicability, then the prediction.
@Suite struct BoardPageTests {
    static func report(exam: String = "2025-02-11") -> PatientReport {
        let lesion = Lesion(id: "L1", sizeMm: Measurement(72), viableDiameterMm: 66,
                            arterial: PhaseMeasurements(nicPercent: Measurement(27)), perfusion: PerfusionMeasurements(ps: Measurement(38)))
        let c = PatientCase(source: "p16.yaml",
                            patient: Patient(id: "HCC-2025-0016", weightKg: 77, childPugh: "A5", bclc: "B", etiology: "HBV", afpNgMl: 1450),
                            exam: Exam(date: CalendarDate(iso: exam), scanner: "GE Revolution CT", software: "GE AW 4.7"),
                            lesions: [lesion],
                            treatment: Treatment(taceDate: CalendarDate(iso: "2025-03-03"), lenvatinibMgPerDay: 12, ici: .camrelizumab, firstLine: true))
        return PatientReport(score: CaseScore(case: c), cohort: nil, figures: ReportFigures(), inputDigest: String(repeating: "ab", count: 32),
                             generatedDate: CalendarDate(iso: "2026-11-26")!, toolVersion: "0.1.0")
    }

    @Test func clinicalContextPrintsWhatTheCaseHolds() {
        let text = EndpointCheckReportTests.text(TumorBoardReport.clinicalContext(Self.report()))
        #expect(text == "BCLC <b>B</b> · Child–Pugh <b>A5</b> · AFP <b>1450.0 ng/mL</b> · aetiology <b>HBV</b> · weight <b>77.0 kg</b>\n"
                + "Treatment: first TACE <b>2025-03-03</b> · lenvatinib <b>12.0 mg/day</b> · ICI <b>camrelizumab</b> · first-line")
    }

    @Test func examTwentyDaysBeforeTACEIsAWarningNotARefusal() throws {
        let blocks = TumorBoardReport.applicability(Self.report())
        guard case let .callout(callout)? = blocks.first else { Issue.record("no callout"); return }
        #expect(callout.emphasis == .warning)
        #expect(callout.title == "▲ Outside the study population on 1 of 5 criteria — the prediction may not apply (Zhang et al., Methods: inclusion criteria and CT protocol)")
        #expect(callout.items == [
            "CT exam before TACE: <b>outside</b> — CT exam 20 days before the first TACE (study: within 14 days before treatment)",
            "Inside: BCLC B; Child–Pugh A5; first-line TACE + lenvatinib + camrelizumab; GE Revolution CT, GE AW 4.7 (the study&#39;s scanner family)",
        ])
        // The lesion is still scored and printed.
        #expect(Self.report().score.lesions.first?.score != nil)
    }

    @Test func insideOnEveryCriterionIsANote() throws {
        guard case let .callout(callout)? = TumorBoardReport.applicability(Self.report(exam: "2025-02-24")).first else { Issue.record("no callout"); return }
        #expect(callout.emphasis == .note)
        #expect(callout.title == "Inside the study population on all 5 criteria (Zhang et al., Methods: inclusion criteria and CT protocol)")
    }

    @Test func templateOrderPutsTheDecisionOnPageOne() throws {
        let template = try ReportTemplate.load(from: ReportTemplateTests.templatesRoot.appendingPathComponent("tumor-board"))
        #expect(template.sections.prefix(7).map(\.kind) == [.clinical, .applicability, .summary, .warnings, .response, .responseChart, .nomogram])
        // The response over time (left out without follow-up) and the nomogram follow the board
        // page, each kept whole with its heading; neither forces a page break.
        let breaks = template.sections.filter(\.pageBreakBefore)
        #expect(breaks.isEmpty)
        #expect(template.sections.filter(\.float).map(\.kind) == [.responseChart, .nomogram])
    }
}
