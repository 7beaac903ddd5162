import CaseReader
import Formatting
import Foundation
import ReportComposer
import Scoring

/// One line of `summary.csv` / `summary.json` / `overview.pdf`: what the meeting needs per patient.
/// In `summary.json` an absent value leaves its key out.
public struct PatientSummaryRow: Sendable, Encodable {
    struct LesionLine: Sendable, Encodable {
        let id: String
        let probabilityNR: Double?
        let predicted: String?
        let error: String?

        enum CodingKeys: String, CodingKey {
            case id, predicted, error
            case probabilityNR = "probability_nr"
        }
    }

    let patientId: String
    let name: String?
    let source: String
    let report: String
    let lesions: [LesionLine]
    let maxProbabilityNR: Double?
    let totalEffectiveDoseMSv: Double?
    let mrecistOverall: String?
    let mrecistDate: String?
    let warnings: Int
    /// SHA-256 of the scanner's dose report the dose was read from.
    let doseReportSHA256: String?

    enum CodingKeys: String, CodingKey {
        case name, source, report, lesions, warnings
        case patientId = "patient_id", maxProbabilityNR = "max_probability_nr"
        case totalEffectiveDoseMSv = "total_effective_dose_msv"
        case mrecistOverall = "mrecist_overall", mrecistDate = "mrecist_date"
        case doseReportSHA256 = "dose_report_sha256"
    }

    /// The row of a reported patient.
    /// - Parameters:
    ///   - score: the patient's scored case.
    ///   - report: the report's file name.
    ///   - pageWarnings: what the report's pages say was left off (a barcode), counted with the
    ///     case's warnings.
    init(score: CaseScore, report: String, pageWarnings: Int = 0) {
        patientId = score.patientId
        name = score.patientCase.patient.name
        source = score.source
        self.report = report
        lesions = score.lesions.map { r in
            LesionLine(id: r.lesionId, probabilityNR: r.score?.probabilityPositive, predicted: r.score?.predictedClass,
                       error: r.error.map { "\($0)" })
        }
        maxProbabilityNR = score.lesions.compactMap { $0.score?.probabilityPositive }.max()
        totalEffectiveDoseMSv = score.dose?.totalEffectiveDoseMSv
        mrecistOverall = score.latestTimePoint?.overall.rawValue
        mrecistDate = score.latestTimePoint.map { "\($0.date)" }
        warnings = score.warnings.count + score.lesionErrors.count + pageWarnings
        doseReportSHA256 = score.dose?.doseReportDigest
    }
}

/// A case that could not be reported, for `errors.json` and standard error.
public struct BatchFailure: Error, Sendable, Encodable {
    let source: String
    public let message: String
    /// Who the case is about, when the file yields it (the overview lists the case by it).
    var patientId: String?
    var patientName: String?

    init(source: String, message: String, patientId: String? = nil, patientName: String? = nil) {
        self.source = source
        self.message = message
        self.patientId = patientId
        self.patientName = patientName
    }

    /// A case file's error, with the patient the broken case still names.
    init(_ error: CaseReadError) {
        self.init(source: error.source, message: "\(error)", patientId: error.patientId, patientName: error.patientName)
    }

    enum CodingKeys: String, CodingKey { case source, message }
}

/// The batch's `summary.csv` (`summary.json` and `errors.json` are the rows and failures as a `JSONDocument`).
public enum BatchSummaryFiles {
    /// `summary.csv`: one line per reported patient, fields quoted where needed, CRLF line ends.
    /// - Parameter rows: The reported patients, in batch order.
    /// - Returns: The file's text.
    public static func csv(_ rows: [PatientSummaryRow]) -> String {
        var lines = ["patient_id,name,source,report,lesions,probabilities_nr,predicted,max_probability_nr,total_effective_dose_msv,mrecist_overall,mrecist_date,warnings,dose_report_sha256"]
        for r in rows {
            let fields = [r.patientId, r.name ?? "", r.source, r.report,
                          r.lesions.map(\.id).joined(separator: ";"),
                          r.lesions.map { $0.probabilityNR.map { "\($0)" } ?? "" }.joined(separator: ";"),
                          r.lesions.map { $0.predicted ?? "not scored" }.joined(separator: ";"),
                          r.maxProbabilityNR.map { "\($0)" } ?? "",
                          r.totalEffectiveDoseMSv.map { "\($0)" } ?? "",
                          r.mrecistOverall ?? "", r.mrecistDate ?? "", "\(r.warnings)", r.doseReportSHA256 ?? ""]
            lines.append(fields.map(CSVField.quoted).joined(separator: ","))
        }
        return lines.joined(separator: "\r\n") + "\r\n"
    }
}
