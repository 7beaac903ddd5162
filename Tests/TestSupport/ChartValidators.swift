import Foundation
import Testing

/// The validators written by others that judge the chart documents: DCMTK (`dcmdump`, `storescu`,
/// `storescp`), dicom3tools (`dciodvfy`) and Python with pydicom and fhir.resources, whose scripts
/// are in `Tests/ChartExportTests/Scripts`. `make test` installs all of them (`make validators`
/// puts the Python ones in `.build/validators`).
public enum ChartValidators {
    /// The scripts folder.
    public static let scripts = PackagePaths.tests("ChartExportTests").appendingPathComponent("Scripts")

    /// The Python with pydicom and fhir.resources: `.build/validators` when `make validators` made it, else `python3` on PATH.
    public static var python: URL {
        let venv = PackagePaths.file(".build/validators/bin/python3")
        if FileManager.default.isExecutableFile(atPath: venv.path) { return venv }
        let search = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        return search.map { URL(fileURLWithPath: "\($0)/python3") }.first { FileManager.default.isExecutableFile(atPath: $0.path) }
            ?? URL(fileURLWithPath: "/usr/bin/python3")
    }

    /// A validator script failed or printed no JSON.
    public struct ScriptFailed: Error, CustomStringConvertible {
        public let description: String
    }

    /// Runs `script` (which prints JSON) with `arguments`.
    /// - Returns: the script's JSON object.
    /// - Throws: `ScriptFailed` after recording the failure with the script's output.
    public static func run(_ script: String, _ arguments: [String], sourceLocation: SourceLocation = #_sourceLocation) throws -> [String: Any] {
        let result = try runRaw(script, arguments)
        guard result.status == 0, let object = try? JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any] else {
            let failure = ScriptFailed(description: "\(script) failed (\(result.status)); `make validators` installs pydicom and fhir.resources: \(result.stderr)\(result.stdout)")
            Issue.record(Comment(rawValue: failure.description), sourceLocation: sourceLocation)
            throw failure
        }
        return object
    }

    /// Runs `script` and returns how it ended, for tests that expect it to fail.
    public static func runRaw(_ script: String, _ arguments: [String]) throws -> ProcessOutput {
        try ExternalProcess.run(python, [scripts.appendingPathComponent(script).path] + arguments)
    }

    /// Judges a DICOM file with `dcmdump` (parses, no error) and `dciodvfy` (no error; no warning
    /// except that a DICOMDIR would want the empty Type 2 study values).
    /// - Returns: pydicom's reading of the file against `pdf` (`read_dicom.py`).
    public static func judgeDICOM(_ dcm: String, pdf: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> [String: Any] {
        let dump = try ExternalProcess.tool("dcmdump", ["-E", "+L", dcm])
        #expect(dump.status == 0, "dcmdump: \(dump.stderr)", sourceLocation: sourceLocation)
        #expect(!dump.stderr.contains("E: ") && !dump.stdout.contains("E: "), "dcmdump: \(dump.stderr)", sourceLocation: sourceLocation)
        #expect(dump.stdout.contains("(0042,0011) OB"), "dcmdump shows no encapsulated document:\n\(dump.stdout)", sourceLocation: sourceLocation)
        let verdict = try ExternalProcess.tool("dciodvfy", ["-new", dcm])
        let lines = (verdict.stdout + verdict.stderr).split(separator: "\n")
        #expect(lines.contains { $0.contains("EncapsulatedPDF") }, "dciodvfy did not recognise the IOD:\n\(lines.joined(separator: "\n"))",
                sourceLocation: sourceLocation)
        let errors = lines.filter { $0.hasPrefix("Error") }
        #expect(errors.isEmpty, "dciodvfy errors:\n\(errors.joined(separator: "\n"))", sourceLocation: sourceLocation)
        // Empty Type 2 study attributes (time, ID; the date when the case has none) are what the IOD
        // asks for when they are unknown; dciodvfy notes that a DICOMDIR would want them.
        let warnings = lines.filter { $0.hasPrefix("Warning") && !$0.hasSuffix("Missing attribute or value that would be needed to build DICOMDIR") }
        #expect(warnings.isEmpty, "dciodvfy warnings:\n\(warnings.joined(separator: "\n"))", sourceLocation: sourceLocation)
        return try run("read_dicom.py", [dcm, pdf], sourceLocation: sourceLocation)
    }

    /// Parses a `.fhir.json` with fhir.resources' R4B models and checks every attachment against
    /// `pdf` (same bytes, size, SHA-1).
    /// - Returns: `check_fhir.py`'s summary.
    public static func judgeFHIR(_ json: String, pdf: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> [String: Any] {
        let read = try run("check_fhir.py", [json, pdf], sourceLocation: sourceLocation)
        #expect(read["data_identical"] as? Bool == true, "\(json): attachment data differ from the PDF", sourceLocation: sourceLocation)
        #expect(read["size_matches"] as? Bool == true, "\(json): attachment size", sourceLocation: sourceLocation)
        #expect(read["hash_matches"] as? Bool == true, "\(json): attachment SHA-1", sourceLocation: sourceLocation)
        #expect(read["content_types"] as? [String] == ["application/pdf"], sourceLocation: sourceLocation)
        return read
    }
}
