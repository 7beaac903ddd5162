import ArgumentParser
import BatchProcessing
import ClinicalModel
import Foundation
import Scoring
import SpreadsheetReader

/// `--model FILE`: a logistic nomogram in the model-file format instead of the published one.
struct ModelOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("A model file (YAML) to use instead of the built-in published model.", valueName: "FILE"))
    var model: String?

    /// The built-in model, or the one in `--model`.
    /// - Throws: `SetupError` with the file, line and problem when the model file is unusable.
    func load() throws -> NomogramModel {
        guard let path = model else { return .zhang2025 }
        do {
            return try NomogramModelFile.load(URL(fileURLWithPath: path))
        } catch {
            throw SetupError("\(error)")
        }
    }
}

/// `PATH...`: case files or folders (searched recursively for .yaml, .yml and .json), and
/// workbooks (.xlsx) or CSV files named one by one; `--columns FILE` for the centre's names.
struct CasePaths: ParsableArguments {
    @Argument(help: ArgumentHelp("Case files or folders (searched recursively for *.yaml, *.yml, *.json); workbooks (.xlsx) and CSV files named one by one.", valueName: "PATH"))
    var paths: [String]

    @Option(name: .long, help: ArgumentHelp("A column map (YAML) with the centre's sheet, column and value names for .xlsx/.csv files, and protocol rules for dose reports.", valueName: "FILE"))
    var columns: String?

    @Option(name: .long, help: ArgumentHelp("A folder of the scanner's dose reports (DICOM RDSR), matched to cases by patient ID and exam date.", valueName: "DIR"))
    var doseReports: String?

    /// The column map of `--columns` and the dose reports of `--dose-reports`.
    /// - Throws: `SetupError` with the file and problem.
    func sources() throws -> InputSources { try InputSources.load(columns: columns, doseReports: doseReports) }

    func validate() throws {
        if paths.isEmpty { throw ValidationError("Name at least one case file or folder.") }
    }
}

/// `--jobs N`.
struct JobsOption: ParsableArguments {
    @Option(name: [.customShort("j"), .long], help: "Worker threads (default: all cores).")
    var jobs: Int?

    var resolved: Int { max(1, jobs ?? ProcessInfo.processInfo.activeProcessorCount) }

    func validate() throws {
        if let jobs, jobs < 1 || jobs > 256 { throw ValidationError("--jobs must be between 1 and 256.") }
    }
}

extension InputSources {
    /// The sources named on the command line.
    /// - Parameters:
    ///   - columns: `--columns FILE`, if given.
    ///   - doseReports: `--dose-reports DIR`, if given.
    /// - Throws: `SetupError` with the map's file and problem.
    static func load(columns: String?, doseReports: String? = nil) throws -> InputSources {
        var sources = InputSources()
        if let columns {
            do { sources.columnMap = try ColumnMap.load(URL(fileURLWithPath: columns)) } catch { throw SetupError("\(error)") }
        }
        if let doseReports { sources.doseReports = try DoseReportIndex(folder: URL(fileURLWithPath: doseReports)) }
        return sources
    }
}

extension PDFEngine: ExpressibleByArgument {
    /// The help of `--pdf-engine`.
    static let help = ArgumentHelp(
        "Who writes PDF output: writer (the default: PDF/A-2, every page as vectors) or cairo (Cairo's PDF surface, the reference the writer is compared with; no PDF/A, tags or links).",
        valueName: "ENGINE")
}
