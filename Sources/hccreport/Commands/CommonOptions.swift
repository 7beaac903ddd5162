import ArgumentParser
import BatchProcessing
import ClinicalModel
import Foundation
import Scoring

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

/// `PATH...`: case files or folders (searched recursively for .yaml, .yml and .json).
struct CasePaths: ParsableArguments {
    @Argument(help: ArgumentHelp("Case files or folders (searched recursively for *.yaml, *.yml, *.json).", valueName: "PATH"))
    var paths: [String]

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
