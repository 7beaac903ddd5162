import ArgumentParser
import BatchProcessing
import Foundation

/// The `hccreport` command: case files in, scores and tumour-board reports out.
@main
struct HCCReport: ParsableCommand {
    static let version = ToolVersion.current

    static let configuration = CommandConfiguration(
        commandName: "hccreport",
        abstract: "Tumour-board reports for HCC treated with TACE + lenvatinib + immune checkpoint inhibitors.",
        discussion: """
        Reads one YAML or JSON case file per patient, scores every target lesion with the dual-energy/perfusion \
        CT nomogram of Zhang et al., and writes printable reports.

        Exit codes: 0 all cases fine; 1 some cases failed (the others were processed); 2 usage or set-up error; \
        130 interrupted.
        """,
        version: version,
        subcommands: [ValidateCommand.self, ScoreCommand.self, RenderCommand.self, ConvertCommand.self, DemoCommand.self, CohortCommand.self, FigureCommand.self,
                      AnalyzeCommand.self]
    )

    /// Runs the command, mapping argument-parser usage errors (its default exit code 64) to the
    /// documented code 2.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            let code = exitCode(for: error)
            if code == .validationFailure {
                FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
                FileHandle.standardError.write(Data("Run 'hccreport help' for usage.\n".utf8))
                Foundation.exit(ExitStatus.usageOrSetup.rawValue)
            }
            exit(withError: error)
        }
    }
}
