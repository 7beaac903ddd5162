import Canvas
import ClinicalModel
import Foundation
import Scoring
import Testing
@testable import ReportComposer

/// Each page of one complete tumour-board report (with charts from the synthetic cohort), compared
/// as a `RecordingCanvas` dump. Re-record with `HCCREPORT_RECORD_SNAPSHOTS=1 swift test`.
@Suite struct ReportSnapshotTests {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Snapshots")

    @Test func tumourBoardReportPagesMatchTheirSnapshots() throws {
        let report = TumorBoardReportTests.report()
        var withFigures = report
        withFigures.figures = PatientFigureSource(model: report.score.model, cohort: .syntheticZhang2025).figures(for: report.score)
        withFigures.cohort = CohortDescription(description: "synthetic", isSynthetic: true, label: ReferenceCohort.syntheticLabel,
                                               negativeCount: 71, positiveCount: 54)
        let doc = RecordingDocument()
        let pages = DocumentComposer.render(TumorBoardReport.compose(withFigures, template: try TumorBoardReportTests.template),
                                            into: doc, measurer: RecordingCanvas())
        let record = ProcessInfo.processInfo.environment["HCCREPORT_RECORD_SNAPSHOTS"] == "1"
        for page in 0..<pages {
            let url = Self.directory.appendingPathComponent("tumor-board-page-\(page + 1).txt")
            let actual = doc.pages[page].dump
            if record {
                try actual.write(to: url, atomically: true, encoding: .utf8)
                continue
            }
            guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
                Issue.record("missing snapshot \(url.lastPathComponent); run with HCCREPORT_RECORD_SNAPSHOTS=1 to record it")
                continue
            }
            if actual != expected {
                let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
                let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
                let first = zip(a, e).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(a.count, e.count)
                Issue.record("page \(page + 1) differs from its snapshot at line \(first + 1):\n  expected: \(first < e.count ? String(e[first]) : "<end>")\n  actual:   \(first < a.count ? String(a[first]) : "<end>")")
            }
        }
        let stale = (try FileManager.default.contentsOfDirectory(atPath: Self.directory.path))
            .filter { $0.hasPrefix("tumor-board-page-") }.count
        if !record { #expect(stale == pages, "snapshot count \(stale) != page count \(pages)") }
    }
}
