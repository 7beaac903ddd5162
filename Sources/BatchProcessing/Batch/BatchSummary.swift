import CaseReader
import Formatting
import Foundation
import ReportComposer
import Scoring

/// One line of `summary.csv` / `summary.json` / `overview.pdf`: what the meeting needs per patient.
public struct PatientSummaryRow: Sendable, Encodable {
    struct LesionLine: Sendable, Encodable {
        let id: String
        let probability_nr: Double?
        let predicted: String?
        let error: String?
    }

    let patient_id: String
    let name: String?
    let source: String
    let report: String
    let lesions: [LesionLine]
    let max_probability_nr: Double?
    let total_effective_dose_msv: Double?
    let mrecist_overall: String?
    let mrecist_date: String?
    let warnings: Int

    init(score: CaseScore, report: String) {
        patient_id = score.patientId
        name = score.patientCase.patient.name
        source = score.source
        self.report = report
        lesions = score.lesions.map { r in
            LesionLine(id: r.lesionId, probability_nr: r.score?.probabilityPositive, predicted: r.score?.predictedClass,
                       error: r.error.map { "\($0)" })
        }
        max_probability_nr = score.lesions.compactMap { $0.score?.probabilityPositive }.max()
        total_effective_dose_msv = score.dose?.totalEffectiveDoseMSv
        mrecist_overall = score.latestTimePoint?.overall.rawValue
        mrecist_date = score.latestTimePoint.map { "\($0.date)" }
        warnings = score.warnings.count + score.lesionErrors.count
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

/// Writes the batch-level files: summary.csv, summary.json, errors.json.
public enum BatchSummaryFiles {
    public static func csv(_ rows: [PatientSummaryRow]) -> String {
        var lines = ["patient_id,name,source,report,lesions,probabilities_nr,predicted,max_probability_nr,total_effective_dose_msv,mrecist_overall,mrecist_date,warnings"]
        for r in rows {
            let fields = [r.patient_id, r.name ?? "", r.source, r.report,
                          r.lesions.map(\.id).joined(separator: ";"),
                          r.lesions.map { $0.probability_nr.map { "\($0)" } ?? "" }.joined(separator: ";"),
                          r.lesions.map { $0.predicted ?? "not scored" }.joined(separator: ";"),
                          r.max_probability_nr.map { "\($0)" } ?? "",
                          r.total_effective_dose_msv.map { "\($0)" } ?? "",
                          r.mrecist_overall ?? "", r.mrecist_date ?? "", "\(r.warnings)"]
            lines.append(fields.map(CSVField.quoted).joined(separator: ","))
        }
        return lines.joined(separator: "\r\n") + "\r\n"
    }

    public static func json<T: Encodable>(_ value: T) throws -> Data {
        try JSONDocument.data(value)
    }
}
