import ArgumentParser
import BatchProcessing
import CairoBackend
import Canvas
import CaseReader
import Charts
import ClinicalModel
import Foundation
import Scoring

/// `hccreport figure nomogram|violins|roc|response [CASE] -o FILE`: one figure as PDF, PNG or SVG.
struct FigureCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "figure",
        abstract: "Draw one figure (nomogram, violins, roc or response) as PDF, PNG or SVG, optionally with a patient's lesions marked.",
        discussion: """
        The format follows the extension of -o (.pdf, .png, .svg). The file is written under a temporary name and \
        renamed when complete. Violins and ROC curves compare with the reference cohort (--cohort; default: the \
        bundled synthetic cohort, which the figure says). The response figure (viable diameters and their sum over the \
        weeks since the first TACE, the mRECIST limits, the nadir, each scan's category and the endpoint window) needs \
        a CASE with follow-up. With CASE, the first patient of the file is drawn unless \
        --patient names another. Exit codes: 0 written; 1 the case could not be read or a lesion could not be scored \
        (the figure is still written when the patient was read); 2 usage or set-up error.
        """)

    /// The figures this command draws.
    typealias Kind = FigureKind

    @Argument(help: ArgumentHelp("nomogram, violins, roc or response.", valueName: "FIGURE"))
    var figure: String

    @Argument(help: ArgumentHelp("A case file (YAML or JSON) whose lesions are marked.", valueName: "CASE"))
    var caseFile: String?

    @Option(name: .shortAndLong, help: ArgumentHelp("Output file: .pdf, .png or .svg.", valueName: "FILE"))
    var output: String

    @Option(name: .long, help: ArgumentHelp("Reference cohort: a CSV or a folder of case files with follow-up (each lesion's lesion-level mRECIST at the model's endpoint: the first follow-up inside its window, days 61–90 after the first TACE ± 7 for the built-in model; default: the bundled synthetic cohort).", valueName: "COHORT"))
    var cohort: String?

    @Option(name: .long, help: ArgumentHelp("The patient to draw when CASE holds several (default: the first).", valueName: "ID"))
    var patient: String?

    @Option(name: .long, help: "Resolution of PNG output, pixels per inch.")
    var dpi: Double = 300

    @Option(name: .customLong("width-mm"), help: ArgumentHelp("Page width in millimetres.", valueName: "W"))
    var widthMm: Double = 170

    @Option(name: .long, help: ArgumentHelp("Folder with the bundled fonts (default: found automatically; or HCCREPORT_FONTS).", valueName: "DIR"))
    var fonts: String?

    @OptionGroup var modelOptions: ModelOptions

    func validate() throws {
        guard Kind(rawValue: figure) != nil else {
            throw ValidationError("There is no figure \"\(figure)\"; choose nomogram, violins, roc or response.")
        }
        if figure == Kind.response.rawValue, caseFile == nil {
            throw ValidationError("The response figure needs a CASE file with follow-up.")
        }
        guard FigureFormat(path: output) != nil else {
            throw ValidationError("The output file \(output) must end in .pdf, .png or .svg (the extension chooses the format).")
        }
        if !(18...1200).contains(dpi) { throw ValidationError("--dpi must be between 18 and 1200.") }
        if !(40...1000).contains(widthMm) { throw ValidationError("--width-mm must be between 40 and 1000.") }
        if patient != nil, caseFile == nil { throw ValidationError("--patient needs a CASE file.") }
    }

    func run() throws {
        let kind = Kind(rawValue: figure) ?? .nomogram
        let format = FigureFormat(path: output) ?? .pdf
        let destination = URL(fileURLWithPath: output)
        let model: NomogramModel
        let reference: ReferenceCohort?
        let fontsURL: URL
        do {
            model = try modelOptions.load()
            reference = kind == .nomogram || kind == .response ? nil : try CohortLoading.load(cohort, model: model)
            fontsURL = try ResourceLocator().locate(.fonts, explicit: fonts)
            try Self.checkWritableFolder(of: destination)
        } catch {
            printError("error: \(error)")
            throw ExitStatus.usageOrSetup
        }

        var caseFailed = false
        var lesions: [PatientLesion] = []
        var patientId: String?
        var scored: CaseScore?
        if let caseFile {
            let selection = try selectCase(caseFile, model: model)
            guard let score = selection.score else {
                printError("error: no patient could be read from \(caseFile); no figure was written.")
                throw ExitStatus.someCasesFailed
            }
            caseFailed = selection.failed
            patientId = score.patientId
            scored = score
            lesions = PatientLesion.scored(in: score)
            for e in score.lesionErrors {
                printError("\(score.source): patient \(score.patientId): \(e); this lesion is not drawn.")
                caseFailed = true
            }
        }

        let title = patientId.map { "Patient \($0)" }
        let drawing: FigureDrawing
        do {
            drawing = try FigureDrawing(kind: kind, model: model, cohort: reference, lesions: lesions, score: scored, title: title)
        } catch {
            printError("error: \(error)")
            throw ExitStatus.usageOrSetup
        }
        do {
            let registry = try FontRegistry(directory: fontsURL)
            try drawing.write(to: destination, format: format, widthPoints: millimetres(widthMm), dpi: dpi, fonts: registry)
        } catch {
            printError("error: \(error)")
            throw ExitStatus.usageOrSetup
        }
        printError("Wrote \(kind.rawValue) figure → \(output)")
        if caseFailed { throw ExitStatus.someCasesFailed }
    }

    /// Reads `path` and picks the patient to draw (`--patient`, else the first readable one), reporting
    /// the reader's problems (file:line) on standard error.
    /// - Returns: the scored case (`nil` when no patient could be read) and whether anything in the file failed.
    /// - Throws: `ExitStatus.usageOrSetup` when `--patient` names an ID the (fully readable) file does not hold.
    func selectCase(_ path: String, model: NomogramModel) throws -> (score: CaseScore?, failed: Bool) {
        let reader: CaseInputReader
        do {
            reader = try CaseScoring(model: model).reader
        } catch {
            printError("error: \(error)")
            throw ExitStatus.usageOrSetup
        }
        let load = CaseFileLoad.read(URL(fileURLWithPath: path), reader: reader)
        let result = load.result
        for e in result.errors { printError("\(e)") }
        let failed = !result.errors.isEmpty
        guard let patient else {
            if let first = result.cases.first, result.entryCount > 1 {
                printError("note: \(path) holds \(result.entryCount) patients; drawing the first readable one (\(first.patient.id)). Choose another with --patient ID.")
            }
            return (result.cases.first.map { CaseScore(case: $0, model: model) }, failed)
        }
        guard let chosen = result.cases.first(where: { $0.patient.id == patient }) else {
            if failed { return (nil, true) }
            printError("error: \(path) holds no patient \"\(patient)\"; it holds \(result.cases.map { "\"\($0.patient.id)\"" }.joined(separator: ", ")).")
            throw ExitStatus.usageOrSetup
        }
        return (CaseScore(case: chosen, model: model), failed)
    }

    /// - Throws: `SetupError` when the output file's folder is missing or not writable.
    static func checkWritableFolder(of destination: URL) throws {
        let folder = destination.deletingLastPathComponent()
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw SetupError("The folder \(folder.path) for the output file does not exist.")
        }
        guard access(folder.path, W_OK | X_OK) == 0 else {
            throw SetupError("The folder \(folder.path) for the output file is not writable: \(String(cString: strerror(errno))).")
        }
    }
}
