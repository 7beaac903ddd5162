import CairoBackend
import Canvas
import Formatting
import Foundation
import ReportComposer

/// Writes `overview.pdf`, the one-table sheet for the meeting.
public enum OverviewWriter {
    public static func write(_ outcome: BatchRenderer.Outcome, settings: BatchRenderer.Settings) throws {
        let rows = outcome.reported.map { r in
            BatchOverview.Row(patientId: r.patient_id, name: r.name,
                              lesions: r.lesions.map { l in
                                  "\(l.id) " + (l.probability_nr.map { "\(ReportNumber.probability($0)) \(l.predicted ?? "")" } ?? "not scored")
                              },
                              maxProbability: r.max_probability_nr, doseMSv: r.total_effective_dose_msv,
                              mrecist: r.mrecist_overall.map { "\($0) (\(r.mrecist_date ?? ""))" },
                              warnings: r.warnings, reportFile: r.report)
        }
        let document = BatchOverview.compose(rows: rows, failures: outcome.failures.map { settings.printable.printableText($0.message) }, template: settings.template,
                                             model: settings.model, generatedDate: settings.generatedDate, toolVersion: ToolVersion.current,
                                             paper: settings.paper, institution: settings.institution, watermark: settings.watermark)
        try PDFFile.write(to: settings.outputDirectory.appendingPathComponent("overview.pdf"), fontsDirectory: settings.fontsDirectory) { _ in document }
    }
}
