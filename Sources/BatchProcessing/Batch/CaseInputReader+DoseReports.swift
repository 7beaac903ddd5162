import CaseReader
import ClinicalModel
import DoseReportReader
import Foundation

extension CaseInputReader {
    /// Why a case's dose report cannot be used: a sentence for the case's error.
    struct DoseReportProblem: Error {
        var kind: CaseReadError.Kind
        var message: String
    }

    /// Gives each case the series of its scanner's dose report: the one it names
    /// (`exam.dose.rdsr`, relative to `folder`), else the one `--dose-reports` holds for its patient
    /// ID and exam date. A case whose dose report cannot be used fails alone, with a sentence naming
    /// the file and what is wrong; the file's other cases are kept.
    /// - Parameters:
    ///   - result: The file's cases and errors.
    ///   - folder: The folder of the case file or workbook.
    /// - Returns: The result with dose series attached, and failed cases moved to the errors.
    func attachDoseReports(_ result: CaseFileResult, folder: URL) -> CaseFileResult {
        var attached = result
        attached.cases = []
        for var patientCase in result.cases {
            do {
                try attachDoseReport(to: &patientCase, folder: folder)
                attached.cases.append(patientCase)
            } catch let problem as DoseReportProblem {
                attached.errors.append(CaseReadError(source: patientCase.source, line: nil, keyPath: "exam.dose", kind: problem.kind,
                                                     message: "patient \(patientCase.patient.id): \(problem.message)"))
            } catch {
                attached.errors.append(CaseReadError(source: patientCase.source, line: nil, keyPath: "exam.dose", kind: .unreadableFile, message: "\(error)"))
            }
        }
        return attached
    }

    private func attachDoseReport(to patientCase: inout PatientCase, folder: URL) throws {
        let dose = patientCase.exam?.dose
        let report: CTDoseReport
        let source: String
        let digest: String
        if let named = dose?.doseReport {
            let url = named.hasPrefix("/") ? URL(fileURLWithPath: named) : folder.appendingPathComponent(named)
            source = url.relativePathForDisplay
            do {
                let file = try DoseReportReader().readFile(contentsOf: url, source: source)
                report = file.report
                digest = InputDigest.sha256(file.data)
            } catch {
                throw DoseReportProblem(kind: .unreadableFile, message: "\(error)")
            }
            if let reportDate = report.studyDate, let examDate = patientCase.exam?.date, reportDate != examDate {
                throw DoseReportProblem(kind: .conflictingValues,
                                        message: "the dose report \(source) is from the study of \(reportDate), but the exam is dated \(examDate); name the exam's own dose report")
            }
        } else if let index = doseReports, let examDate = patientCase.exam?.date {
            let matches = index.reports(patientID: patientCase.patient.id, studyDate: examDate)
            guard let match = matches.first else { return }
            if matches.count > 1 {
                throw DoseReportProblem(kind: .conflictingValues,
                                        message: "\(matches.count) dose reports in the dose-report folder are for this patient and the exam of \(examDate) (\(matches.map(\.source).joined(separator: ", "))); keep one, or name the right one in the case (exam.dose.rdsr)")
            }
            if let dose, !dose.series.isEmpty {
                throw DoseReportProblem(kind: .conflictingValues,
                                        message: "the exam has typed dose series and a dose report in the dose-report folder (\(match.source)); keep one: remove the typed series, or the dose report")
            }
            report = match.report
            source = match.source
            digest = match.digest
        } else {
            return
        }
        if report.patientID != patientCase.patient.id {
            throw DoseReportProblem(kind: .conflictingValues,
                                    message: "the dose report \(source) belongs to patient ID \"\(report.patientID)\", not to this case's \"\(patientCase.patient.id)\"; another patient's dose is never used")
        }
        if let reportBirth = report.patientBirthDate, let caseBirth = patientCase.patient.birthDate, reportBirth != caseBirth {
            throw DoseReportProblem(kind: .conflictingValues,
                                    message: "the dose report \(source) gives the birth date \(reportBirth), the case \(caseBirth); check that it is the same patient")
        }
        let series: [DoseSeries], notes: [String]
        do {
            (series, notes) = try report.doseSeries(rules: doseKindRules, source: source)
        } catch {
            throw DoseReportProblem(kind: .outOfRange, message: "\(error)")
        }
        let record = DoseRecord(kFactor: dose?.kFactorGiven == true ? dose?.kFactor : nil, series: series, doseReport: source, doseReportDigest: digest)
        var exam = patientCase.exam ?? Exam()
        exam.dose = record
        patientCase.exam = exam
        patientCase.readWarnings += notes.map { InputWarning(keyPath: "exam.dose", message: $0) } + caseReader.doseWarnings(for: record)
    }
}
