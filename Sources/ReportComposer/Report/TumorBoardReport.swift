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
        let gathersNotes = template.hasClosingBlock
        let showsInputs = template.sections.contains { $0.kind == .inputs }
        // The closing block's type: half a point under the small type, never under 7 pt.
        let noteFont = style.smallFont.with(size: max(7, style.smallFont.size - 0.5))
        var blocks: [Block] = []
        var closingGroups: [[Block]] = []
        var closingTables: [Block] = []
        for section in template.sections {
            let title = section.title ?? defaultTitle(section.kind)
            let font = section.closing ? noteFont : style.bodyFont
            var sectionBlocks: [Block] = []
            if let name = section.textTemplate, let markup = template.renderText(name, context: context) {
                let trimmed = markup.trimmingWhitespace
                if !trimmed.isEmpty {
                    sectionBlocks.append(.paragraph(TextBlock(trimmed, font: font, isMarkup: true, lineSpacing: 0.1)))
                }
            }
            let content = content(of: section, report: report, style: style, sources: !showsInputs)
            sectionBlocks += content.body
            var notes = content.notes
            if let name = section.notesTemplate, let markup = template.renderText(name, context: context) {
                let trimmed = markup.trimmingWhitespace
                if !trimmed.isEmpty { notes.insert(trimmed, at: 0) }
            }
            let noteBlocks: [Block] = (notes.isEmpty ? [] : [.paragraph(TextBlock(notes.joined(separator: " "), font: gathersNotes ? noteFont : style.smallFont,
                                                                                     color: Color(grey: 0.2), isMarkup: true))])
            if section.closing {
                // A table too wide for a column spans the closing block, above its columns.
                let group = (sectionBlocks + noteBlocks).filter { block in
                    guard case .table(let table) = block, table.columns.count > 4 else { return true }
                    closingTables.append(block)
                    return false
                }
                guard !group.isEmpty else { continue }
                closingGroups.append(leadIn(title, group))
                continue
            }
            if !gathersNotes { sectionBlocks += noteBlocks }
            if gathersNotes && !noteBlocks.isEmpty { closingGroups.append(leadIn(title, noteBlocks)) }
            guard !sectionBlocks.isEmpty else { continue }
            if section.pageBreakBefore { blocks.append(.pageBreak) }
            let heading: [Block] = title.isEmpty ? [] : [.heading(Heading(title))]
            if section.float {
                blocks.append(.float(heading + sectionBlocks))
            } else {
                blocks += heading + sectionBlocks
            }
            blocks.append(.spacer(4))
        }
        if !closingGroups.isEmpty || !closingTables.isEmpty {
            if !template.closingTitle.isEmpty { blocks.append(.heading(Heading(template.closingTitle))) }
            blocks += closingTables
            if !closingGroups.isEmpty { blocks.append(.columns(ColumnSet(groups: closingGroups, columnCount: template.closingColumns, gutter: 10))) }
        }
        return ComposedDocument(style: style, header: runningHeader(report, template: template),
                                metadata: metadata(report, template: template), blocks: blocks)
    }

    /// A closing-block group under its section's title: run in bold at the start of its first
    /// paragraph (as in a journal's methods notes), or as a subheading before a table or figure.
    static func leadIn(_ title: String, _ group: [Block]) -> [Block] {
        guard !title.isEmpty else { return group }
        guard case .paragraph(var text)? = group.first, text.isMarkup else { return [.heading(Heading(title, level: 2))] + group }
        text.text = "<b>\(title.markupEscaped).</b> " + text.text
        return [.paragraph(text)] + group.dropFirst()
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
        case .doseTotal: return "Radiation dose of the CT exam"
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
            digestLine: "Input SHA-256 \(report.inputDigest)"
                + (report.score.dose?.doseReportDigest.map { " · dose report SHA-256 \($0)" } ?? ""),
            barcodeText: template.barcode ? patient.id : nil,
            watermark: report.watermark,
            statusLine: (report.status ?? template.records.status).printedLabel)
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
