import Foundation
import TestSupport
import Testing

/// Runs the built `hccreport` binary and other command-line tools as processes, for end-to-end tests.
enum CommandLineRunner {
    struct Output {
        let status: Int32
        let stdout: String
        let stderr: String
    }

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
        for dir in ["/usr/bin", "/usr/local/bin", "/bin"] {
            let url = URL(fileURLWithPath: dir).appendingPathComponent(name)
            if FileManager.default.isExecutableFile(atPath: url.path) { return try run(url, arguments, in: PackagePaths.root, environment: [:]) }
        }
        throw RunnerError("\(name) is not installed; `make test` installs poppler-utils and qpdf")
    }

    static func run(_ executable: URL, _ arguments: [String], in directory: URL, environment: [String: String]) throws -> Output {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = directory
        var env = ProcessInfo.processInfo.environment
        env.removeValue(forKey: "SOURCE_DATE_EPOCH")
        for (k, v) in environment { env[k] = v }
        process.environment = env
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        // Read both pipes concurrently so a chatty process never blocks on a full pipe.
        nonisolated(unsafe) var errData = Data()
        let group = DispatchGroup()
        group.enter()
        DispatchQueue.global().async {
            errData = err.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        return Output(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                      stderr: String(decoding: errData, as: UTF8.self))
    }

    static var examples: String { PackagePaths.root.appendingPathComponent("Examples/cases").path }
}
