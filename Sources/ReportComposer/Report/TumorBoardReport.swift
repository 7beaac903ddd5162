import Canvas
import ClinicalModel
import Formatting
import PageLayout
import Scoring

/// Turns a patient's scored case into a paginated tumour-board document following a template.
///
/// One static entry point (`compose`); each section kind has its own builder in
/// `TumorBoardReport+Sections.swift`, and the Mustache context is built in
/// `TumorBoardReport+Context.swift`.
public enum TumorBoardReport {
    /// Builds the document for one patient.
    /// - Parameters:
    ///   - report: the scored case and its figures.
    ///   - template: layout and text blocks.
    /// - Returns: the document, ready for `DocumentComposer.render`.
    public static func compose(_ report: PatientReport, template: ReportTemplate) -> ComposedDocument {
        var style = template.style
        if let paper = report.paper { style.pageSize = paper.size }
        let context = mustacheContext(report)
        var blocks: [Block] = []
        for section in template.sections {
            if section.pageBreakBefore { blocks.append(.pageBreak) }
            let title = section.title ?? defaultTitle(section.kind)
            var sectionBlocks: [Block] = []
            if let name = section.textTemplate, let markup = template.renderText(name, context: context) {
                let trimmed = markup.trimmingWhitespace
                if !trimmed.isEmpty {
                    sectionBlocks.append(.paragraph(TextBlock(trimmed, font: style.bodyFont, isMarkup: true, lineSpacing: 0.1)))
                }
            }
            sectionBlocks += content(of: section, report: report, style: style)
            guard !sectionBlocks.isEmpty else { continue }
            if !title.isEmpty { blocks.append(.heading(Heading(title))) }
            blocks += sectionBlocks
            blocks.append(.spacer(4))
        }
        return ComposedDocument(style: style, header: runningHeader(report, template: template),
                                metadata: metadata(report, template: template), blocks: blocks)
    }

    static func defaultTitle(_ kind: ReportTemplate.SectionKind) -> String {
        switch kind {
        case .summary: return "Summary"
        case .warnings, .disclaimer, .text: return ""
        case .clinical: return "Clinical context"
        case .applicability: return "Is the case inside the study population?"
        case .response: return "Response so far and the endpoint check"
        case .responseChart: return "Response over time"
        case .nomogram: return "Nomogram"
        case .inputs: return "Measured inputs"
        case .violins: return "Reference cohort: predictor distributions"
        case .roc: return "Reference cohort: ROC curves"
        case .dose: return "Radiation dose"
        case .mrecist: return "Response assessment (mRECIST)"
        case .model: return "The model"
        }
    }

    /// "Name · ID x" and "Born … · CT …": two identifiers on every page (name + ID, or ID + birth date).
    static func runningHeader(_ report: PatientReport, template: ReportTemplate) -> RunningHeader {
        let patient = report.score.patientCase.patient
        let name = patient.name.flatMap { $0.isEmpty ? nil : $0 }
        var details: [String] = []
        if let dob = patient.birthDate { details.append("Born \(dob)") }
        if let sex = patient.sex { details.append(sex.rawValue.capitalized) }
        if let exam = report.score.patientCase.exam?.date { details.append("CT \(exam)") }
        let model = report.score.model
        return RunningHeader(
            institution: report.institution ?? template.institution,
            title: template.title,
            patientName: name,
            patientLine: "ID \(patient.id)",
            patientDetailLine: details.isEmpty ? "Birth date not recorded" : details.joined(separator: " · "),
            provenanceLine: "Generated \(report.generatedDate) · hccreport \(report.toolVersion) · model \(model.id) \(model.version)",
            digestLine: "Input SHA-256 \(report.inputDigest)",
            barcodeText: template.barcode ? patient.id : nil,
            watermark: report.watermark)
    }

    static func metadata(_ report: PatientReport, template: ReportTemplate) -> DocumentMetadata {
        let patient = report.score.patientCase.patient
        let scored = report.score.lesions.compactMap(\.score)
        let subject = scored.map { "\($0.lesionId) P(\(report.score.model.positiveClass)) \(ReportNumber.probability($0.probabilityPositive))" }
            .joined(separator: "; ")
        return DocumentMetadata(
            title: "\(template.title) — \(patient.id)",
            author: report.institution ?? template.institution,
            subject: subject.isEmpty ? "No lesion could be scored" : subject,
            keywords: "HCC, TACE, lenvatinib, immune checkpoint inhibitor, nomogram, \(report.score.model.id)",
            creator: "hccreport \(report.toolVersion)",
            creationDate: "\(report.generatedDate)T00:00:00Z")
    }
}

extension String {
    var trimmingWhitespace: String {
        var s = Substring(self)
        while let f = s.first, f.isWhitespace { s.removeFirst() }
        while let l = s.last, l.isWhitespace { s.removeLast() }
        return String(s)
    }

    /// Escapes text for Pango markup (`&`, `<`, `>`, `"` and `'` as entities), as template values
    /// are escaped (`PangoMarkupContentType`). O(n).
    var markupEscaped: String { PangoMarkupContentType.escape(self) }
}
