import Foundation
import Testing

/// Runs the validators the chart documents are judged by (DCMTK, dicom3tools, Python with pydicom
/// and fhir.resources); `make test` installs them. A missing tool fails the test, naming the package.
enum ExternalTool {
    struct Result {
        var status: Int32
        var output: String
        var errorOutput: String
    }

    struct Missing: Error, CustomStringConvertible {
        var description: String
    }

    /// The folder of this test target's scripts.
    static let scripts = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Scripts")

    /// Runs `name` from PATH with `arguments`.
    static func run(_ name: String, _ arguments: [String], package: String) throws -> Result {
        let search = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":") + ["/usr/bin", "/usr/local/bin"]
        let candidates = name.hasPrefix("/") ? [name] : search.map { "\($0)/\(name)" }
        guard let executable = candidates.first(where: FileManager.default.isExecutableFile(atPath:)) else {
            Issue.record("\(name) is not installed; `make test` installs it (\(package)).")
            throw Missing(description: "\(name) is not installed (\(package))")
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
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
        return Result(status: process.terminationStatus, output: String(decoding: outData, as: UTF8.self),
                      errorOutput: String(decoding: errData, as: UTF8.self))
    }

    /// The Python with pydicom and fhir.resources: `make validators` puts one in `.build/validators`.
    static var python: String {
        let venv = scripts.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent(".build/validators/bin/python3").path
        return FileManager.default.isExecutableFile(atPath: venv) ? venv : "python3"
    }

    /// Runs one of this target's Python scripts; it prints JSON, which is returned parsed.
    static func python(_ script: String, _ arguments: [String]) throws -> [String: Any] {
        let result = try run(python, [scripts.appendingPathComponent(script).path] + arguments,
                             package: "`make validators`: pydicom and fhir.resources in .build/validators")
        guard result.status == 0, let object = try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any] else {
            Issue.record("\(script) failed (\(result.status)): \(result.errorOutput)\(result.output)")
            throw Missing(description: "\(script) failed")
        }
        return object
    }

    /// A fresh temporary folder.
    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("hccreport-chart-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
