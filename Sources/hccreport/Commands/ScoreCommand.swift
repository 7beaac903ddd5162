import ArgumentParser
import BatchProcessing
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

    /// Files scored per worker before their rows are written.
    static let chunkSize = 256

    func run() throws {
        let model: NomogramModel
        let scoring: CaseScoring, sources: InputSources
        do {
            model = try modelOptions.load()
            sources = try cases.sources()
            scoring = try CaseScoring(model: model, sources: sources)
        } catch {
            printError("error: \(error)")
            throw ExitStatus.usageOrSetup
        }
        var listing = discoverCaseFiles(cases.paths)
        listing.errors += sources.problems
        for problem in listing.errors { printError("\(problem)") }
        var errors = listing.errors.map { ScoreOutput.CaseError(source: $0.source, message: "\($0)") }
        var failed = listing.errors.count, lesionFailures = 0
        var json = format == .json ? ScoreJSONStream() : nil
        var table = ScoreTable.Text(model: model)
        if format == .csv { print(ScoreTable.csvHeader, terminator: "") }
        // A chunk at a time, in input order: memory stays flat however many files there are.
        let chunkSize = Self.chunkSize * max(1, jobs.resolved)
        for start in stride(from: 0, to: listing.files.count, by: chunkSize) {
            let chunk = Array(listing.files[start..<min(start + chunkSize, listing.files.count)])
            let outcomes = scoring.run(chunk, jobs: jobs.resolved)
            for outcome in outcomes {
                for problem in outcome.load.result.errors {
                    printError("\(problem)")
                    errors.append(ScoreOutput.CaseError(source: problem.source, message: "\(problem)"))
                }
                failed += outcome.load.result.failedEntryCount
            }
            let scores = outcomes.flatMap(\.scores)
            lesionFailures += scores.reduce(0) { $0 + $1.lesionErrors.count }
            switch format {
            case .json: try json?.append(scores)
            case .csv: print(ScoreTable.csvRows(scores), terminator: "")
            case .table: table.add(scores)
            }
        }
        switch format {
        case .json: try json?.finish(errors: errors, model: model)
        case .csv: break
        case .table: print(table.rendered, terminator: "")
        }
        if failed > 0 || lesionFailures > 0 { throw ExitStatus.someCasesFailed }
    }
}
