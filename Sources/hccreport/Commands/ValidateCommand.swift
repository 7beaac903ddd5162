import ArgumentParser
import BatchProcessing
import CaseReader
import Foundation

/// `hccreport validate PATH...`: checks case files and lists every problem, without scoring.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check case files and list every problem with its file, line and field.",
        discussion: "Exit code 0 when every case is valid, 1 when some are not, 2 on a usage or set-up error.")

    @OptionGroup var cases: CasePaths
    @OptionGroup var modelOptions: ModelOptions
    @OptionGroup var jobs: JobsOption

    @Flag(name: .long, help: "Also print warnings (suspicious but accepted values).")
    var warnings = false

    @Option(name: .long, help: ArgumentHelp("Also check that this institution name can be printed.", valueName: "TEXT"))
    var institution: String?

    @Option(name: .long, help: ArgumentHelp("Folder with the bundled fonts (default: found automatically; or HCCREPORT_FONTS).", valueName: "DIR"))
    var fonts: String?

    func run() throws {
        let scoring: CaseScoring, sources: InputSources
        do {
            sources = try cases.sources()
            // Texts the report's fonts cannot print are errors here, as they are for `render`.
            let printable = try PrintableCharacters(fontsIn: try ResourceLocator().locate(.fonts, explicit: fonts))
            if let institution { try printable.requirePrintable(institution, what: "The institution") }
            scoring = try CaseScoring(model: try modelOptions.load(), sources: sources, printable: printable)
        } catch { printError("error: \(error)"); throw ExitStatus.usageOrSetup }
        var listing = discoverCaseFiles(cases.paths)
        listing.errors += sources.problems
        var failed = 0, valid = 0
        for e in listing.errors { print("\(e)"); failed += 1 }
        for outcome in scoring.run(listing.files, jobs: jobs.resolved) {
            let result = outcome.load.result
            for e in result.errors { print("\(e)") }
            failed += result.entryCount - result.cases.count
            if result.cases.isEmpty && result.entryCount == 0 && !result.errors.isEmpty { failed += 1 }
            valid += result.cases.count
            if warnings {
                for c in outcome.scores {
                    for w in c.warnings { print("\(c.source): warning: \(w.keyPath): \(w.message)") }
                }
            }
        }
        printError("\(valid) valid case\(valid == 1 ? "" : "s"), \(failed) with errors, in \(listing.files.count) file\(listing.files.count == 1 ? "" : "s").")
        if failed > 0 { throw ExitStatus.someCasesFailed }
    }
}
