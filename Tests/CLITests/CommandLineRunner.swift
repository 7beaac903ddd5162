import Foundation
import TestSupport
import Testing

/// Runs the built `hccreport` binary and other command-line tools as processes, for end-to-end tests.
enum CommandLineRunner {
    typealias Output = ProcessOutput

    /// The `hccreport` executable next to the test bundle (`swift test` builds it first).
    static var executable: URL {
        get throws {
            let bundle = Bundle.main.bundleURL.deletingLastPathComponent()
            for dir in [bundle, bundle.deletingLastPathComponent(), PackagePaths.root.appendingPathComponent(".build/debug")] {
                let candidate = dir.appendingPathComponent("hccreport")
                if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            }
            throw RunnerError("the hccreport executable was not found next to the test bundle; run `swift build` first")
        }
    }

    struct RunnerError: Error, CustomStringConvertible {
        let description: String
        init(_ d: String) { description = d }
    }

    /// Runs `hccreport` with `arguments` in `directory` (default: the repository root).
    static func hccreport(_ arguments: [String], in directory: URL? = nil, environment: [String: String] = [:]) throws -> Output {
        try run(try executable, arguments, in: directory ?? PackagePaths.root, environment: environment)
    }

    /// Runs a tool found on PATH (pdftotext, pdffonts, qpdf, pdfinfo); a missing tool fails the test with a clear message.
    static func tool(_ name: String, _ arguments: [String]) throws -> Output {
        try ExternalProcess.tool(name, arguments)
    }

    static func run(_ executable: URL, _ arguments: [String], in directory: URL, environment: [String: String]) throws -> Output {
        try ExternalProcess.run(executable, arguments, in: directory, environment: environment)
    }

    static var examples: String { PackagePaths.root.appendingPathComponent("Examples/cases").path }
}
