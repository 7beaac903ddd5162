import CaseReader
import ClinicalModel
import Foundation
import Scoring

/// Reads and scores a batch of case files in parallel, keeping file order in the result.
public struct CaseScoring {
    /// One file's outcome.
    public struct FileOutcome: Sendable {
        public let load: CaseFileLoad
        public let scores: [CaseScore]
    }

    let model: NomogramModel
    public let reader: CaseInputReader

    /// - Parameters:
    ///   - model: The model whose inputs every lesion needs.
    ///   - sources: The column map for spreadsheets.
    ///   - printable: The characters the report's fonts print (texts with others are refused);
    ///     every character when the cases are only scored.
    /// - Throws: `SetupError` when the model needs a lesion field the reader does not know.
    public init(model: NomogramModel, sources: InputSources = InputSources(), printable: PrintableCharacters = .unrestricted) throws {
        self.model = model
        do {
            reader = CaseInputReader(caseReader: CaseFileReader(requiredLesionInputs: try RequiredLesionInputs(model: model), printable: printable),
                                     sources: sources)
        } catch {
            throw SetupError("\(error)")
        }
    }

    /// Reads and scores every file.
    /// - Parameters:
    ///   - files: case files in output order.
    ///   - jobs: worker threads.
    /// - Returns: one outcome per file, in the order of `files`.
    public func run(_ files: [URL], jobs: Int) -> [FileOutcome] {
        let slots = ResultSlots<FileOutcome>(count: files.count)
        let reader = self.reader, model = self.model
        BatchScheduler.run(count: files.count, jobs: jobs, makeWorker: { () },
                           process: { _, i -> FileOutcome in
                               let load = CaseFileLoad.read(files[i], reader: reader)
                               return FileOutcome(load: load, scores: load.result.cases.map { CaseScore(case: $0, model: model) })
                           },
                           deliver: { i, outcome in slots.set(i, outcome) },
                           stop: { false })
        return slots.values
    }
}
