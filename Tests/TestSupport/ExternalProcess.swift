import Foundation
import Testing

/// How a finished process ended and what it wrote.
public struct ProcessOutput: Sendable {
    /// The exit status, or the signal number when `reason` is `.uncaughtSignal`.
    public let status: Int32
    /// Whether the process exited or was killed by a signal.
    public let reason: Process.TerminationReason
    /// Standard output, decoded as UTF-8.
    public let stdout: String
    /// Standard error, decoded as UTF-8.
    public let stderr: String
}

/// Runs programs for end-to-end tests: the built `hccreport` and the tools that judge its output
/// (qpdf, poppler's pdfinfo/pdffonts/pdftotext/pdftoppm/pdfimages).
public enum ExternalProcess {
    /// A tool the tests need is not installed.
    public struct ToolMissing: Error, CustomStringConvertible {
        public let name: String
        public var description: String { "\(name) is not installed; `make deps` (run by `make test`) installs poppler-utils and qpdf" }
    }

    /// Runs `executable` and waits for it; both output pipes are read concurrently, so a chatty process
    /// never blocks on a full pipe. Standard input is empty; `SOURCE_DATE_EPOCH` is removed from the
    /// environment so that a test sets every date it depends on.
    /// - Parameters:
    ///   - executable: the program.
    ///   - arguments: its arguments.
    ///   - directory: the working directory (default: the package root).
    ///   - environment: variables added to this process's environment.
    /// - Returns: the exit status and both outputs.
    /// - Throws: when the program cannot be started.
    public static func run(_ executable: URL, _ arguments: [String], in directory: URL = PackagePaths.root,
                           environment: [String: String] = [:]) throws -> ProcessOutput {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = directory
        var env = ProcessInfo.processInfo.environment
        env.removeValue(forKey: "SOURCE_DATE_EPOCH")
        for (key, value) in environment { env[key] = value }
        process.environment = env
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
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
        return ProcessOutput(status: process.terminationStatus, reason: process.terminationReason,
                             stdout: String(decoding: outData, as: UTF8.self), stderr: String(decoding: errData, as: UTF8.self))
    }

    /// Runs a tool found on `PATH`; a missing tool fails the test with the package to install.
    /// - Parameters:
    ///   - name: the tool, e.g. `"qpdf"`.
    ///   - arguments: its arguments.
    /// - Returns: the exit status and both outputs.
    /// - Throws: `ToolMissing` (after recording the failure) when the tool is not on `PATH`.
    public static func tool(_ name: String, _ arguments: [String], sourceLocation: SourceLocation = #_sourceLocation) throws -> ProcessOutput {
        let search = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        guard let path = search.map({ "\($0)/\(name)" }).first(where: FileManager.default.isExecutableFile(atPath:)) else {
            let missing = ToolMissing(name: name)
            Issue.record(Comment(rawValue: missing.description), sourceLocation: sourceLocation)
            throw missing
        }
        return try run(URL(fileURLWithPath: path), arguments)
    }
}
