import Canvas
import ClinicalModel
import Formatting
import Foundation
import PageLayout
import Scoring
import Testing
@testable import ReportComposer

@Suite struct TumorBoardReportTests {
    static func figure2Case(followUp: Bool = true) -> PatientCase {
        let lesion = Lesion(id: "L1", segment: "S8", sizeMm: Measurement(42.4),
                            arterial: PhaseMeasurements(nicPercent: Measurement(17.42)),
                            perfusion: PerfusionMeasurements(ps: Measurement(17.38)))
        let big = Lesion(id: "L2", sizeMm: Measurement(162), viableDiameterMm: 150,
                         arterial: PhaseMeasurements(nicPercent: Measurement(30)),
                         perfusion: PerfusionMeasurements(ps: Measurement(30)))
        let dose = DoseRecord(series: [
            DoseSeries(name: "Non-contrast", kind: .plain, ctdiVolMGy: 6.1, phantomCm: 32, dlpMGyCm: 110),
            DoseSeries(name: "Perfusion-1", kind: .perfusion, ctdiVolMGy: 60, phantomCm: 32, dlpMGyCm: 600),
        ])
        let fu = FollowUp(date: CalendarDate(iso: "2025-03-20")!,
                          lesions: [.init(lesionId: "L1", viableDiameterMm: 20), .init(lesionId: "L2", viableDiameterMm: 140)],
                          nonTarget: FollowUp.NonTargetStatus.none, newLesions: false)
        return PatientCase(source: "p1.yaml", patient: Patient(id: "HCC-0001", name: "Doe, Jane", birthDate: CalendarDate(iso: "1960-01-02")),
                           exam: Exam(date: CalendarDate(iso: "2025-01-10"), scanner: "GE Revolution CT", dose: dose),
                           lesions: [lesion, big], followUps: followUp ? [fu] : [])
    }

    static func report(_ c: PatientCase = figure2Case()) -> PatientReport {
        PatientReport(score: CaseScore(case: c), cohort: nil, figures: ReportFigures(), inputDigest: String(repeating: "ab", count: 32),
                      generatedDate: CalendarDate(iso: "2026-11-26")!, toolVersion: "0.1.0")
    }

    static var template: ReportTemplate {
        get throws { try ReportTemplate.load(from: ReportTemplateTests.templatesRoot.appendingPathComponent("tumor-board")) }
    }

    @Test func everyPageCarriesTwoIdentifiersAndPageXofY() throws {
        let doc = RecordingDocument()
        let n = DocumentComposer.render(TumorBoardReport.compose(Self.report(), template: try Self.template), into: doc, measurer: RecordingCanvas())
        #expect(n >= 2)
        for (i, page) in doc.pages.enumerated() {
            // The name is a block of its own before the ID, so another script cannot reorder them.
            #expect(page.dump.contains("\"Doe, Jane\""))
            #expect(page.dump.contains("\" · ID HCC-0001\""))
            #expect(page.dump.contains("Born 1960-01-02"))
            #expect(page.dump.contains("\"Page \(i + 1) of \(n)\""))
            #expect(page.dump.contains("Input SHA-256 abab"))
        }
        #expect(doc.metadata?.title.hasSuffix("HCC-0001") == true)
        #expect(doc.outline.map(\.title).contains("Prediction per lesion"))
        #expect(doc.outline.map(\.title).contains("Radiation dose of the CT exam"))
    }

    @Test func summaryShowsTheFormulaProbabilityAndFlagsExtrapolation() throws {
        let doc = RecordingDocument()
        DocumentComposer.render(TumorBoardReport.compose(Self.report(), template: try Self.template), into: doc, measurer: RecordingCanvas())
        let text = doc.dump
        let p1 = 1 / (1 + exp(-(-7.705 + 0.043 * 42.4 + 0.143 * 17.42 + 0.072 * 17.38)))
        #expect(text.contains("<b>\(ReportNumber.probability(p1))</b>"))
        #expect(ReportNumber.probability(p1) == "0.105")
        #expect(text.contains("162.0 ▲"))
        #expect(text.contains("lies above the nomogram&#39;s axis") || text.contains("lies above the nomogram's axis"))
        #expect(text.contains("logit P(NR) = −7.705 + 0.043·Size [mm] + 0.143·NIC-AP [%] + 0.072·PS [mL/min/100 g]"))
        #expect(text.contains("Decision support, not a substitute for clinical judgment."))
        #expect(text.contains("not patient absorbed dose"))
        #expect(text.contains("pseudo-progression"))
    }

    @Test func withoutFollowUpTheMRECISTSectionSaysSo() throws {
        let doc = RecordingDocument()
        DocumentComposer.render(TumorBoardReport.compose(Self.report(Self.figure2Case(followUp: false)), template: try Self.template),
                                into: doc, measurer: RecordingCanvas())
        #expect(doc.dump.contains("No follow-up imaging recorded yet."))
        #expect(!doc.dump.contains("Lesion-level categories"))
    }

    @Test func compactTemplateFitsOnOnePage() throws {
        let compact = try ReportTemplate.load(from: ReportTemplateTests.templatesRoot.appendingPathComponent("compact"))
        let doc = RecordingDocument()
        let n = DocumentComposer.render(TumorBoardReport.compose(Self.report(), template: compact), into: doc, measurer: RecordingCanvas())
        #expect(n == 1)
    }

    @Test func extremeProbabilitiesAreEscapedInMarkup() throws {
        let tiny = Lesion(id: "T", sizeMm: Measurement(0), arterial: PhaseMeasurements(nicPercent: Measurement(0)),
                          perfusion: PerfusionMeasurements(ps: Measurement(0)))
        var c = Self.figure2Case(followUp: false)
        c.lesions = [tiny]
        let doc = RecordingDocument()
        DocumentComposer.render(TumorBoardReport.compose(Self.report(c), template: try Self.template), into: doc, measurer: RecordingCanvas())
        #expect(doc.dump.contains("<b>&lt; 0.001</b> (&lt; 0.1 %)"))
        #expect(doc.dump.contains("&gt; 0.999"))
        #expect(!doc.dump.contains("<b>< 0.001</b>"))
    }
}
