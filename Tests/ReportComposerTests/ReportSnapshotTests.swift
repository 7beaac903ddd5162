import Canvas
import ClinicalModel
import Foundation
import PageLayout
import Scoring
import TestSupport
import Testing
@testable import ReportComposer

/// Each page of one complete tumour-board report, compared as a `RecordingCanvas` dump. Re-record with
/// `HCCREPORT_RECORD_SNAPSHOTS=1 swift test`.
///
/// The charts themselves are snapshotted once, in ChartsTests; here each figure is a one-line placeholder
/// with its frame, so these snapshots show the page layout and text, and a chart change is reviewed in one file.
@Suite struct ReportSnapshotTests {
    static let directory = PackagePaths.tests("ReportComposerTests").appendingPathComponent("Snapshots")

    /// A figure that records `figure <name> x y width height` instead of drawing a chart.
    static func placeholder(_ name: String) -> ReportFigure {
        ReportFigure(caption: "", alternativeText: "The \(name) placeholder.") { canvas, rect in
            guard let recording = canvas as? RecordingCanvas else {
                Issue.record("the snapshot report is drawn on a RecordingCanvas")
                return
            }
            let frame = [rect.minX, rect.minY, rect.width, rect.height].map(RecordingCanvas.format).joined(separator: " ")
            recording.record("figure \(name) \(frame)")
        }
    }

    /// The snapshot patient's report with a reference cohort, its figures as given.
    static func report(figures: ReportFigures) -> PatientReport {
        var report = TumorBoardReportTests.report()
        report.figures = figures
        report.cohort = CohortDescription(description: "synthetic", isSynthetic: true, label: ReferenceCohort.syntheticLabel,
                                          negativeCount: 71, positiveCount: 54)
        return report
    }

    static func render(_ report: PatientReport, template: String = "tumor-board") throws -> RecordingDocument {
        let doc = RecordingDocument()
        let loaded = try ReportTemplate.load(from: ReportTemplateTests.templatesRoot.appendingPathComponent(template))
        DocumentComposer.render(TumorBoardReport.compose(report, template: loaded), into: doc, measurer: RecordingCanvas())
        return doc
    }

    @Test func tumourBoardReportPagesMatchTheirSnapshots() throws {
        let figures = ReportFigures(nomogram: Self.placeholder("nomogram"), violins: Self.placeholder("violins"),
                                    roc: Self.placeholder("roc"), response: Self.placeholder("response"))
        let doc = try Self.render(Self.report(figures: figures))
        for (index, page) in doc.pages.enumerated() {
            try expectSnapshot(page.dump, named: "tumor-board-page-\(index + 1)", in: Self.directory)
        }
        let stored = try FileManager.default.contentsOfDirectory(atPath: Self.directory.path)
            .filter { $0.hasPrefix("tumor-board-page-") }.count
        #expect(stored == doc.pages.count, "\(stored) page snapshots stored for \(doc.pages.count) pages")
        #expect(doc.pages.filter { $0.lines.contains { $0.hasPrefix("figure nomogram ") } }.count == 1, "nomogram placed once")
        // The reference-cohort figures are in the full template only.
        #expect(!doc.dump.contains("figure violins ") && !doc.dump.contains("figure roc "))
        let full = try Self.render(Self.report(figures: figures), template: "full")
        for name in ["nomogram", "violins", "roc"] {
            #expect(full.pages.filter { $0.lines.contains { $0.hasPrefix("figure \(name) ") } }.count == 1, "\(name) placed once")
        }
    }

    /// The placeholders stand where the real charts go: with the synthetic cohort's figures, each chart draws
    /// into the report and shows the patient's lesions.
    @Test func theRealFiguresAreDrawnIntoTheReport() throws {
        let score = TumorBoardReportTests.report().score
        let figures = PatientFigureSource(model: score.model, cohort: .syntheticZhang2025).figures(for: score)
        let text = try Self.render(Self.report(figures: figures), template: "full").dump
        #expect(text.contains("\"L1 P(NR) = 0.105\""))
        #expect(text.contains("\"ObR\\nn = 71\""))
        #expect(text.contains("\"Nomogram (illustrative reconstruction)\\npublished AUC 0.913 (95 % CI 0.858–0.968), Zhang et al.\""))
        #expect(text.contains(ReferenceCohort.syntheticLabel))
    }
}
