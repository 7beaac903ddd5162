import ArgumentParser
import BatchProcessing
import Foundation

/// `hccreport demo`: renders the bundled example batch with the bundled synthetic cohort.
struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Render the bundled example patients (synthetic) into a folder: the quickest way to see a report.")

    @Option(name: .shortAndLong, help: ArgumentHelp("Output folder.", valueName: "DIR"))
    var output: String = "reports/demo"

    @Option(name: .long, help: ArgumentHelp("Template name or folder.", valueName: "NAME|DIR"))
    var template: String = "tumor-board"

    @OptionGroup var jobs: JobsOption

    func run() throws {
        let examples: URL
        do { examples = try ResourceLocator().locate(.examples) } catch { printError("error: \(error)"); throw ExitStatus.usageOrSetup }
        var arguments = ["-o", output, "--template", template]
        if let j = jobs.jobs { arguments += ["--jobs", "\(j)"] }
        let options = try RenderOptions.parse(arguments)
        let paths = [examples.appendingPathComponent("cases").path, examples.appendingPathComponent("spreadsheet/example.xlsx").path]
        let sources: InputSources
        do { sources = try InputSources.load(columns: nil, doseReports: examples.appendingPathComponent("dose-reports").path) } catch {
            printError("error: \(error)")
            throw ExitStatus.usageOrSetup
        }
        try RenderRun.execute(paths: paths, sources: sources, modelOptions: try ModelOptions.parse([]), options: options,
                              watermark: "DEMONSTRATION · synthetic example patient · not for clinical use")
    }
}
