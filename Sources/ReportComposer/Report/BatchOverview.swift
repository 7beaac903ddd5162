import Canvas
import ClinicalModel
import Formatting
import PageLayout
import Scoring

/// The meeting's overview sheet, the coordinator's agenda: patients grouped by what the board must
/// act on — progression or new lesions; not evaluable (re-read); awaiting the first follow-up,
/// highest probability of non-response first; responding or stable — then the cases that could
/// not be reported, by patient ID and name where the file yields them.
public enum BatchOverview {
    /// What the board must do about a patient, in agenda order.
    public enum Group: Int, Sendable, CaseIterable, Comparable {
        /// The latest follow-up is PD, or a new lesion was recorded.
        case progression
        /// The latest follow-up is not evaluable (e.g. a target lesion was not measured).
        case notEvaluable
        /// No follow-up imaging yet.
        case awaitingFollowUp
        /// CR, PR or SD at the latest follow-up.
        case responding

        /// The group's heading on the sheet.
        public var title: String {
            switch self {
            case .progression: return "Progression or new lesions"
            case .notEvaluable: return "Not evaluable — re-read"
            case .awaitingFollowUp: return "Awaiting the first follow-up"
            case .responding: return "Responding or stable"
            }
        }

        public static func < (a: Group, b: Group) -> Bool { a.rawValue < b.rawValue }

        /// The group of a scored case, from its mRECIST time points.
        /// - Parameter score: the scored case.
        /// - Returns: progression when the latest overall response is PD or any follow-up records a
        ///   new lesion; not evaluable when the latest is NE; awaiting without follow-up; else responding.
        public static func of(_ score: CaseScore) -> Group {
            guard let assessment = score.mrecist, let latest = assessment.latest else { return .awaitingFollowUp }
            if latest.overall == .pd || assessment.timePoints.contains(where: \.newLesions) { return .progression }
            if latest.overall == .ne { return .notEvaluable }
            return .responding
        }
    }

    /// One patient's line.
    public struct Row: Sendable, Hashable {
        public var patientId: String
        public var name: String?
        public var birthDate: CalendarDate?
        public var examDate: CalendarDate?
        public var taceDate: CalendarDate?
        /// Per lesion "L1 0.105 ObR".
        public var lesions: [String]
        /// Highest P(positive) over the lesions; `nil` when none could be scored.
        public var maxProbability: Double?
        /// e.g. "PD on 2025-03-24, week 19.0 after TACE"; `nil` without follow-up.
        public var latestResponse: String?
        public var group: Group
        /// The warnings themselves ("key.path: sentence").
        public var warnings: [String]
        public var reportFile: String

        public init(patientId: String, name: String?, birthDate: CalendarDate?, examDate: CalendarDate?, taceDate: CalendarDate?,
                    lesions: [String], maxProbability: Double?, latestResponse: String?, group: Group, warnings: [String],
                    reportFile: String) {
            self.patientId = patientId
            self.name = name
            self.birthDate = birthDate
            self.examDate = examDate
            self.taceDate = taceDate
            self.lesions = lesions
            self.maxProbability = maxProbability
            self.latestResponse = latestResponse
            self.group = group
            self.warnings = warnings
            self.reportFile = reportFile
        }

        /// The line of a scored case.
        /// - Parameters:
        ///   - score: the scored case.
        ///   - reportFile: the report's file name.
        public init(score: CaseScore, reportFile: String) {
            let patientCase = score.patientCase
            let lesions = score.lesions.map { r in
                "\(r.lesionId) " + (r.score.map { "\(ReportNumber.probability($0.probabilityPositive)) \($0.predictedClass)" } ?? "not scored")
            }
            let latest = score.latestTimePoint.map { tp in
                "\(tp.overall.rawValue) on \(tp.date)" + TumorBoardReport.weekAfterDayZero(tp.date, anchor: score.endpoint.anchor)
            }
            self.init(patientId: score.patientId, name: patientCase.patient.name.flatMap { $0.isEmpty ? nil : $0 },
                      birthDate: patientCase.patient.birthDate, examDate: patientCase.exam?.date, taceDate: patientCase.treatment?.taceDate,
                      lesions: lesions, maxProbability: score.lesions.compactMap { $0.score?.probabilityPositive }.max(),
                      latestResponse: latest, group: .of(score),
                      warnings: score.warnings.map { "\($0.keyPath): \($0.message)" } + score.lesionErrors.map { "\($0)" },
                      reportFile: reportFile)
        }
    }

    /// A case that could not be reported.
    public struct Failure: Sendable, Hashable {
        public var patientId: String?
        public var name: String?
        /// The path and the sentence saying what is wrong.
        public var message: String

        public init(patientId: String?, name: String?, message: String) {
            self.patientId = patientId
            self.name = name
            self.message = message
        }

        /// "<b>ID</b> · name — message", or the message alone when the file yields no ID.
        var markup: String {
            var who: [String] = []
            if let patientId { who.append("<b>\(patientId.markupEscaped)</b>") }
            if let name, !name.isEmpty { who.append(name.markupEscaped) }
            return who.isEmpty ? message.markupEscaped : who.joined(separator: " · ") + " — " + message.markupEscaped
        }
    }

    /// The rows of each group in agenda order: within a group, highest probability of
    /// non-response first, then patient ID. Empty groups are left out.
    public static func agenda(_ rows: [Row]) -> [(group: Group, rows: [Row])] {
        Group.allCases.compactMap { group in
            let members = rows.filter { $0.group == group }.sorted {
                let a = $0.maxProbability ?? -1, b = $1.maxProbability ?? -1
                return a != b ? a > b : $0.patientId < $1.patientId
            }
            return members.isEmpty ? nil : (group, members)
        }
    }

    /// Builds the overview document.
    /// - Parameters:
    ///   - rows: one per reported patient (any order; grouped and sorted here).
    ///   - failures: cases that could not be reported.
    ///   - template: page style and institution.
    ///   - model: the model used.
    ///   - generatedDate: the batch date.
    ///   - toolVersion: hccreport's version.
    ///   - watermark: optional demo marking.
    public static func compose(rows: [Row], failures: [Failure], template: ReportTemplate, model: NomogramModel,
                               generatedDate: CalendarDate, toolVersion: String, paper: ReportTemplate.Paper? = nil,
                               institution: String? = nil, watermark: String? = nil) -> ComposedDocument {
        var style = template.style
        if let paper { style.pageSize = paper.size }
        // Landscape: the agenda's table is wide (two identifiers, dates, response and warnings).
        style.pageSize = Size(width: max(style.pageSize.width, style.pageSize.height), height: min(style.pageSize.width, style.pageSize.height))
        let pos = model.positiveClass.markupEscaped
        let groups = agenda(rows)
        let counts = groups.map { "\($0.group.title.lowercased().markupEscaped) \($0.rows.count)" }
        var blocks: [Block] = [
            .heading(Heading("Batch overview: \(rows.count) patient\(rows.count == 1 ? "" : "s")")),
            .paragraph(TextBlock("Grouped by what the board must act on" + (counts.isEmpty ? "" : " (\(counts.joined(separator: "; ")))")
                                 + "; within a group, the highest predicted probability of \(pos) over the patient's lesions first (model \(model.id.markupEscaped) \(model.version.markupEscaped); threshold \(ReportNumber.probability(model.threshold.probability)), \(model.threshold.provenance.markupEscaped)). Decision support, not a substitute for clinical judgment.",
                                 font: style.bodyFont, isMarkup: true)),
        ]
        let columns: [Table.Column] = [.init("Patient", weight: 1.5), .init("CT exam · TACE", weight: 1.0),
                                       .init("Max P(\(pos))", weight: 0.6, alignment: .right), .init("Lesions (P, predicted)", weight: 1.0),
                                       .init("Latest response", weight: 1.3), .init("Warnings", weight: 3.0), .init("Report", weight: 1.1)]
        for (group, members) in groups {
            let tableRows = members.map { r -> Table.Row in
                var patient = [r.name.map { $0.markupEscaped }, "<b>\(r.patientId.markupEscaped)</b>"].compactMap { $0 }
                patient.append(r.birthDate.map { "born \($0)" } ?? "birth date not recorded")
                let dates = ["CT\u{A0}" + (r.examDate.map { "\($0)" } ?? "not recorded"), "TACE\u{A0}" + (r.taceDate.map { "\($0)" } ?? "not recorded")]
                return Table.Row([patient.joined(separator: "\n"), dates.joined(separator: "\n"),
                                  r.maxProbability.map { "<b>\(ReportNumber.probability($0).markupEscaped)</b>" } ?? "not scored",
                                  r.lesions.map(\.markupEscaped).joined(separator: "\n"),
                                  r.latestResponse?.markupEscaped ?? "no follow-up yet",
                                  r.warnings.map { "▲ " + $0.markupEscaped }.joined(separator: "\n"),
                                  r.reportFile.markupEscaped],
                                 emphasis: r.warnings.isEmpty ? .normal : .warning)
            }
            blocks.append(.heading(Heading("\(group.title) (\(members.count))", level: 2)))
            blocks.append(.table(Table(columns: columns, rows: tableRows, continuationTitle: group.title)))
        }
        if !failures.isEmpty {
            blocks.append(.callout(Callout(title: "Not reported (\(failures.count)): fix and rerun", items: failures.map(\.markup), emphasis: .warning)))
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
