import ArgumentParser
import BatchProcessing
import Foundation

/// `hccreport convert SHEET -o DIR`: the YAML case files a workbook or CSV file stands for.
struct ConvertCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "convert",
        abstract: "Write the YAML case files a workbook (.xlsx) or CSV file stands for, one per patient.",
        discussion: """
        Writes DIR/<patient-id>.yaml for every patient whose rows are valid (the same bytes on every run), for audit \
        and the archive; patients with errors are listed on standard error and not written. Exit codes: 0 all \
        converted; 1 some patients failed; 2 usage or set-up error.
        """)

    @Argument(help: ArgumentHelp("A workbook (.xlsx) or CSV file.", valueName: "SHEET"))
    var sheet: String

    @Option(name: .shortAndLong, help: ArgumentHelp("Output folder (created if needed).", valueName: "DIR"))
    var output: String

    @Option(name: .long, help: ArgumentHelp("A column map (YAML) with the centre's sheet, column and value names.", valueName: "FILE"))
    var columns: String?

    @OptionGroup var modelOptions: ModelOptions

    func run() throws {
        let outcome: SheetConversion.Outcome
        do {
            let scoring = try CaseScoring(model: try modelOptions.load(), sources: try InputSources.load(columns: columns))
            outcome = try SheetConversion.convert(URL(fileURLWithPath: sheet), into: URL(fileURLWithPath: output), reader: scoring.reader)
        } catch {
            printError("error: \(error)")
            throw ExitStatus.usageOrSetup
        }
        for error in outcome.errors { printError("\(error)") }
        printError("Wrote \(outcome.written.count) case file\(outcome.written.count == 1 ? "" : "s")"
                   + (outcome.failedCount > 0 ? ", \(outcome.failedCount) patient\(outcome.failedCount == 1 ? "" : "s") with errors not written" : "")
                   + " → \(output)")
        if outcome.failedCount > 0 { throw ExitStatus.someCasesFailed }
    }
}
