import CaseReader
import Foundation
import SpreadsheetReader

/// Writes the YAML case files a workbook or CSV file stands for, one per valid patient, for audit
/// and the archive: `<patient-id>.yaml` (the report's safe file name), the same bytes on every run.
public enum SheetConversion {
    /// What a conversion wrote and what it could not.
    public struct Outcome: Sendable {
        /// Files written, in patient order.
        public var written: [URL] = []
        /// Problems: patients that were not converted and why (the reader's sentences).
        public var errors: [CaseReadError] = []
        /// Patients that could not be converted (a file that cannot be read counts as one).
        public var failedCount = 0
    }

    /// Converts `sheet` into case files in `directory`.
    /// - Parameters:
    ///   - sheet: A workbook (.xlsx) or CSV file.
    ///   - directory: The output folder (created if needed).
    ///   - reader: The configured readers (column map, required inputs).
    /// - Returns: The files written and the problems.
    /// - Throws: `SetupError` when the folder cannot be created or a file cannot be written.
    public static func convert(_ sheet: URL, into directory: URL, reader: CaseInputReader) throws -> Outcome {
        let source = sheet.relativePathForDisplay
        let reading = reader.spreadsheetReader.reading(contentsOf: sheet, sourceName: source)
        var outcome = Outcome(errors: reading.result.errors, failedCount: reading.result.failedEntryCount)
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        } catch {
            throw SetupError("The output folder \(directory.path) cannot be created: \(AtomicFile.describe(error)).")
        }
        var claimed: [String: String] = [:]
        for (patientCase, document) in zip(reading.result.cases, reading.documents) {
            let base = ReportFileName.base(for: patientCase.patient.id)
            if let other = claimed[base.lowercased()] {
                outcome.errors.append(CaseReadError(source: patientCase.source, line: nil, keyPath: "patient.id", kind: .duplicateId,
                                                    message: "patient ID \"\(patientCase.patient.id)\" would be written to the same file (\(base).yaml) as patient \"\(other)\"; make the IDs unique"))
                outcome.failedCount += 1
                continue
            }
            claimed[base.lowercased()] = patientCase.patient.id
            let text = CaseYAMLWriter.yaml(for: document, header: ["Converted by hccreport convert from \((source as NSString).lastPathComponent), patient \(patientCase.patient.id)."])
            let destination = directory.appendingPathComponent(base + ".yaml")
            do {
                try AtomicFile.write(Data(text.utf8), to: destination)
            } catch {
                throw SetupError("\(destination.path) cannot be written: \(AtomicFile.describe(error)).")
            }
            outcome.written.append(destination)
        }
        return outcome
    }
}
