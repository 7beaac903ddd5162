import ArgumentParser
import BatchProcessing
import CairoBackend
import Canvas
import ClinicalModel
import CohortAnalysis
import Foundation
import ReportComposer
import Scoring

/// `hccreport analyze COHORT -o DIR`: the study's analysis reproduced on a centre's own cohort.
struct AnalyzeCommand: ParsableCommand {
    /// What to write into DIR.
    typealias Output = AnalyzeOutput

    static let configuration = CommandConfiguration(
        commandName: "analyze",
        abstract: "Validate the nomogram on your own patients and refit it: a statistical report, JSON and a model file.",
        discussion: """
        COHORT is a CSV (lesion_id, outcome, size_mm, nic_ap_percent, ps_ml_min_100g and any further numeric columns) or a \
        folder of case files with follow-up (outcome: lesion-level mRECIST at the model's endpoint, the first follow-up inside its window). Writes \
        DIR/cohort-report.pdf (--format pdf, the default) and/or DIR/cohort-analysis.json (--format json; repeat --format \
        for both), each atomically. A short summary goes to standard output; warnings and the bootstrap's progress \
        (when standard error is a terminal) to standard error.

        Exit codes: 0 written; 1 written, but --model-out could not be produced (e.g. separation; the reason is printed); \
        2 usage or set-up error, or the cohort cannot be analysed (nothing written).
        """)

    @Argument(help: ArgumentHelp("A cohort CSV or a folder of case files with follow-up (each lesion's lesion-level mRECIST at the model's endpoint: the first follow-up inside its window, days 61–90 after the first TACE ± 7 for the built-in model)." , valueName: "COHORT"))
    var cohort: String

    @Option(name: .shortAndLong, help: ArgumentHelp("Output folder (created if needed).", valueName: "DIR"))
    var output: String

    @OptionGroup var modelOptions: ModelOptions

    @Option(name: .customLong("model-out"),
            help: ArgumentHelp("Write the refit model (YAML with coefficient covariance) for `render --model`.", valueName: "FILE"))
    var modelOut: String?

    @Option(name: .long, help: ArgumentHelp("Bootstrap resamples for optimism correction (0 skips it).", valueName: "N"))
    var bootstrap: Int = 200

    @Option(name: .customLong("min-events-per-predictor"),
            help: ArgumentHelp("Events (lesions of the less frequent outcome) per candidate predictor entering the backward selection below which the refit and its bootstrap are reported as not estimable (Peduzzi et al. 1996).", valueName: "N"))
    var minimumEventsPerPredictor: Double = 10

    @Option(name: .long, help: ArgumentHelp("Seed of the bootstrap's random number generator.", valueName: "S"))
    var seed: UInt64 = 1

    @Option(name: .long, help: ArgumentHelp("Candidate predictors, comma-separated column names (default: every numeric column with p < 0.05 between the groups).", valueName: "LIST"))
    var predictors: String?

    @Option(name: .long, help: ArgumentHelp("Output: pdf or json; repeat for both.", valueName: "pdf|json"))
    var format: [Output] = [.pdf]

    @Option(name: .long, help: ArgumentHelp("Report date YYYY-MM-DD (default: SOURCE_DATE_EPOCH, else today, UTC).", valueName: "DATE"))
    var date: String?

    @Option(name: .long, help: ArgumentHelp("Template name (tumor-board, compact) or folder: page style and institution.", valueName: "NAME|DIR"))
    var template: String = "tumor-board"

    @Option(name: .long, help: "Institution printed on every page (default: the template's).")
    var institution: String?

    @Option(name: .long, help: "Paper size: a4 or letter (default: the template's).")
    var paper: String?

    @Option(name: .long, help: ArgumentHelp("Folder with the bundled fonts (default: found automatically; or HCCREPORT_FONTS).", valueName: "DIR"))
    var fonts: String?

    func validate() throws {
        if !(0...100_000).contains(bootstrap) { throw ValidationError("--bootstrap must be between 0 and 100000.") }
        if let date, CalendarDate(iso: date) == nil { throw ValidationError("--date must be a date like 2025-01-31.") }
        if let predictors, candidatePredictors(predictors).isEmpty { throw ValidationError("--predictors names no column.") }
    }

    func run() throws {
        let request = AnalyzeRun.Request(cohort: cohort, modelOut: modelOut, formats: format, options: analysisOptions)
        let prepared: AnalyzeRun.Prepared
        do {
            let model = try modelOptions.load()
            prepared = try AnalyzeRun.prepare(request, model: model, settings: try renderSettings(model: model))
        } catch {
            printError("error: \(error)")
            throw ExitStatus.usageOrSetup
        }
        do {
            try AnalyzeRun.execute(prepared, request: request)
        } catch AnalyzeRun.Failure.noRefitModel {
            throw ExitStatus.someCasesFailed
        } catch {
            throw ExitStatus.usageOrSetup
        }
    }

    /// The rendering settings (template, fonts, date, output folder) resolved as `render` resolves them.
    func renderSettings(model: NomogramModel) throws -> BatchRenderer.Settings {
        var arguments = ["-o", output, "--template", template]
        if let date { arguments += ["--date", date] }
        if let institution { arguments += ["--institution", institution] }
        if let paper { arguments += ["--paper", paper] }
        if let fonts { arguments += ["--fonts", fonts] }
        let options: RenderOptions
        do { options = try RenderOptions.parse(arguments) } catch { throw SetupError(RenderOptions.message(for: error)) }
        return try options.settings(model: model)
    }

    /// The analysis options from the command line.
    var analysisOptions: CohortAnalysisOptions {
        CohortAnalysisOptions(candidatePredictors: predictors.map(candidatePredictors), bootstrapResamples: bootstrap, seed: seed,
                              minimumEventsPerCandidate: minimumEventsPerPredictor)
    }

    /// "a, b,c" → ["a", "b", "c"].
    func candidatePredictors(_ list: String) -> [String] {
        list.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }
}

extension AnalyzeOutput: ExpressibleByArgument {}
