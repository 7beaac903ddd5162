import CaseReader
import ClinicalModel
import DoseReportReader
import Foundation

/// The dose reports of a folder (`--dose-reports DIR`), read once, to be matched to cases by
/// patient ID and study date.
public struct DoseReportIndex: Sendable {
    /// A readable dose report and where it is.
    struct Entry: Sendable {
        var source: String
        var report: CTDoseReport
        /// SHA-256 of the bytes `report` was read from.
        var digest: String
    }

    private(set) var entries: [Entry] = []
    /// Files in the folder that are not readable dose reports, each a sentence naming the file.
    public private(set) var problems: [CaseReadError] = []

    /// Whether a file in the folder is taken for a dose report: `*.dcm`, `*.dicom` or a name without
    /// an extension (as PACS exports name DICOM files); a README or a spreadsheet beside them is not.
    static func isCandidate(_ name: String) -> Bool {
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return true }
        return ["dcm", "dicom"].contains(name[name.index(after: dot)...].lowercased())
    }

    /// Reads every candidate file below `folder` (hidden files skipped, sorted by path).
    /// - Parameters:
    ///   - folder: The folder.
    ///   - reader: The dose-report reader.
    /// - Throws: `SetupError` when the folder does not exist.
    public init(folder: URL, reader: DoseReportReader = DoseReportReader()) throws {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw SetupError("The dose-report folder \(folder.relativePath) does not exist.")
        }
        let paths = (FileManager.default.enumerator(atPath: folder.path)?.allObjects as? [String] ?? [])
            .filter { !$0.split(separator: "/").contains { $0.hasPrefix(".") } }
            .sorted { $0.unicodeScalars.lexicographicallyPrecedes($1.unicodeScalars) }
        for path in paths {
            let url = folder.appendingPathComponent(path)
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder), !isFolder.boolValue,
                  Self.isCandidate(url.lastPathComponent) else { continue }
            let source = url.relativePathForDisplay
            do {
                let file = try reader.readFile(contentsOf: url, source: source)
                entries.append(Entry(source: source, report: file.report, digest: InputDigest.sha256(file.data)))
            } catch {
                problems.append(CaseReadError(source: source, line: nil, keyPath: "", kind: .unreadableFile, message: error.message))
            }
        }
    }

    /// The reports of `patientID` whose study date is `studyDate`.
    func reports(patientID: String, studyDate: CalendarDate) -> [Entry] {
        entries.filter { $0.report.patientID == patientID && $0.report.studyDate == studyDate }
    }
}
