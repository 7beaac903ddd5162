import CairoBackend
import Canvas
import Formatting
import Foundation
import ReportComposer

/// Writes `overview.pdf`, the one-table sheet for the meeting.
public enum OverviewWriter {
    public static func write(_ outcome: BatchRenderer.Outcome, settings: BatchRenderer.Settings) throws {
        let failures = outcome.failures.map { f in
            BatchOverview.Failure(patientId: f.patientId.map(settings.printable.printableText),
                                  name: f.patientName.map(settings.printable.printableText),
                                  message: settings.printable.printableText(f.message))
        }
        let document = BatchOverview.compose(rows: outcome.overviewRows, failures: failures, template: settings.template,
                                             model: settings.model, generatedDate: settings.generatedDate, toolVersion: ToolVersion.current,
                                             paper: settings.paper, institution: settings.institution, watermark: settings.watermark)
        try PDFFile.write(to: settings.outputDirectory.appendingPathComponent("overview.pdf"), fontsDirectory: settings.fontsDirectory) { _ in document }
    }
}
