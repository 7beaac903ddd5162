import ArgumentParser
import Scoring
import ClinicalModel
import Foundation
import ReportComposer
import Scoring

/// `hccreport score PATH...`: scores every lesion and prints a table, JSON or CSV.
struct ScoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "score",
        abstract: "Score every lesion: probability of non-response, dose totals and mRECIST outcome.",
        discussion: "Errors go to standard error; valid cases are still scored. Exit code 0 when every case was scored, 1 when some failed, 2 on a usage or set-up error.")

    enum Format: String, ExpressibleByArgument, CaseIterable { case table, json, csv }

    @OptionGroup var cases: CasePaths
    @Option(name: .long, help: "Output format: table, json or csv.")
    var format: Format = .table
    @OptionGroup var modelOptions: ModelOptions
    @OptionGroup var jobs: JobsOption

    func run() throws {
        let model: NomogramModel
        let scoring: CaseScoring
        do {
            model = try modelOptions.load()
            scoring = try CaseScoring(model: model)
        } catch {
            printError("error: \(error)")
            throw ExitStatus.usageOrSetup
        }
        let listing = discoverCaseFiles(cases.paths)
        let outcomes = scoring.run(listing.files, jobs: jobs.resolved)
        var problems = listing.errors
        var failed = listing.errors.count
        for o in outcomes {
            problems += o.load.result.errors
            failed += o.load.result.failedEntryCount
        }
        let scores = outcomes.flatMap(\.scores)
        for p in problems { printError("\(p)") }
        let errors = problems.map { ScoreOutput.CaseError(source: $0.source, message: "\($0)") }
        switch format {
        case .json:
            try JSONOutput.print(ScoreOutput.Document(model: model, cases: scores, errors: errors))
        case .csv:
            print(ScoreTable.csv(scores), terminator: "")
        case .table:
            print(ScoreTable.text(scores, model: model), terminator: "")
        }
        let lesionFailures = scores.reduce(0) { $0 + $1.lesionErrors.count }
        if failed > 0 || lesionFailures > 0 { throw ExitStatus.someCasesFailed }
    }
}
