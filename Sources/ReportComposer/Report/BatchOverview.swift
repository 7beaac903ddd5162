import Canvas
import ClinicalModel
import Formatting
import PageLayout

/// The meeting's overview sheet: one row per patient, highest probability of non-response first.
public enum BatchOverview {
    /// One patient's line.
    public struct Row: Sendable {
        public var patientId: String
        public var name: String?
        /// Per lesion "L1 0.105 ObR".
        public var lesions: [String]
        /// Highest P(positive) over the lesions; `nil` when none could be scored.
        public var maxProbability: Double?
        public var doseMSv: Double?
        /// e.g. "PR (2025-04-02)".
        public var mrecist: String?
        public var warnings: Int
        public var reportFile: String

        public init(patientId: String, name: String?, lesions: [String], maxProbability: Double?, doseMSv: Double?,
                    mrecist: String?, warnings: Int, reportFile: String) {
            self.patientId = patientId
            self.name = name
            self.lesions = lesions
            self.maxProbability = maxProbability
            self.doseMSv = doseMSv
            self.mrecist = mrecist
            self.warnings = warnings
            self.reportFile = reportFile
        }
    }

    /// Builds the overview document.
    /// - Parameters:
    ///   - rows: one per reported patient (any order; sorted here by highest P, then patient ID).
    ///   - failures: cases that could not be reported ("source: sentence").
    ///   - template: page style and institution.
    ///   - model: the model used.
    ///   - generatedDate: the batch date.
    ///   - toolVersion: hccreport's version.
    ///   - watermark: optional demo marking.
    public static func compose(rows: [Row], failures: [String], template: ReportTemplate, model: NomogramModel,
                               generatedDate: CalendarDate, toolVersion: String, paper: ReportTemplate.Paper? = nil,
                               institution: String? = nil, watermark: String? = nil) -> ComposedDocument {
        var style = template.style
        if let paper { style.pageSize = paper.size }
        let sorted = rows.sorted {
            let a = $0.maxProbability ?? -1, b = $1.maxProbability ?? -1
            return a != b ? a > b : $0.patientId < $1.patientId
        }
        let tableRows = sorted.map { r -> Table.Row in
            Table.Row([(r.name.map { "\($0.markupEscaped)\n" } ?? "") + "<b>\(r.patientId.markupEscaped)</b>",
                       r.maxProbability.map { "<b>\(ReportNumber.probability($0).markupEscaped)</b>" } ?? "not scored",
                       r.lesions.map(\.markupEscaped).joined(separator: "\n"),
                       r.doseMSv.map { ReportNumber.fixed($0, 2) } ?? "—",
                       r.mrecist?.markupEscaped ?? "no follow-up",
                       r.warnings > 0 ? "▲ \(r.warnings)" : "",
                       r.reportFile.markupEscaped],
                      emphasis: r.warnings > 0 ? .warning : .normal)
        }
        var blocks: [Block] = [
            .heading(Heading("Batch overview: \(rows.count) patient\(rows.count == 1 ? "" : "s")")),
            .paragraph(TextBlock("Sorted by the highest predicted probability of \(model.positiveClass.markupEscaped) over each patient's lesions (model \(model.id.markupEscaped) \(model.version.markupEscaped); threshold \(ReportNumber.probability(model.threshold.probability)), \(model.threshold.provenance.markupEscaped)). Decision support, not a substitute for clinical judgment.",
                                 font: style.bodyFont, isMarkup: true)),
            .table(Table(columns: [.init("Patient", weight: 1.6), .init("Max P(\(model.positiveClass))", weight: 0.9, alignment: .right),
                                   .init("Lesions (P, predicted)", weight: 1.7), .init("Dose E, mSv", weight: 0.8, alignment: .right),
                                   .init("Latest mRECIST", weight: 1.2), .init("Warnings", weight: 0.8), .init("Report", weight: 1.6)],
                         rows: tableRows, continuationTitle: "Batch overview")),
        ]
        if !failures.isEmpty {
            blocks.append(.callout(Callout(title: "Not reported (\(failures.count)): fix and rerun", items: failures.map(\.markupEscaped), emphasis: .warning)))
        }
        let header = RunningHeader(institution: institution ?? template.institution, title: template.title,
                                   patientLine: "Tumour board batch · \(rows.count) patient\(rows.count == 1 ? "" : "s")",
                                   patientDetailLine: "Generated \(generatedDate)",
                                   provenanceLine: "Generated \(generatedDate) · hccreport \(toolVersion) · model \(model.id) \(model.version)",
                                   digestLine: "One row per patient report in this folder", barcodeText: nil, watermark: watermark)
        return ComposedDocument(style: style, header: header,
                                metadata: DocumentMetadata(title: "Tumour board batch overview", author: institution ?? template.institution,
                                                           subject: "\(rows.count) patients", creator: "hccreport \(toolVersion)",
                                                           creationDate: "\(generatedDate)T00:00:00Z"),
                                blocks: blocks)
    }
}
