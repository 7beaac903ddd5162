import ClinicalModel
import Formatting
import Foundation

/// Reads YAML or JSON case files (docs/SCHEMA.md, version 1) into `PatientCase` values.
///
/// A file holds one patient, a top-level list of patients, or (YAML) several `---` documents.
/// Each patient is validated on its own: valid ones are returned, invalid ones contribute all their
/// errors (up to `CaseReaderLimits.maxErrorsPerCase`) with key path and line. YAML and JSON with the
/// same content give identical cases. Stateless and `Sendable`: one reader can serve many threads.
///
/// ```swift
/// let result = CaseFileReader().read(contentsOf: URL(fileURLWithPath: "cases/p07.yaml"))
/// for error in result.errors { print(error) }   // cases/p07.yaml:14: lesions[1]…: …
/// ```
public struct CaseFileReader: Sendable {
    public var limits: CaseReaderLimits
    public var requiredLesionInputs: RequiredLesionInputs
    /// The characters texts may hold: a case whose text the report could not print is refused.
    public var printable: PrintableCharacters

    /// Creates a reader.
    /// - Parameters:
    ///   - limits: Safety limits (file size, depth, aliases, error cap).
    ///   - requiredLesionInputs: Lesion fields that must be present; default: the published model's inputs.
    ///   - printable: The characters the report's fonts can print; default: every character.
    public init(limits: CaseReaderLimits = CaseReaderLimits(), requiredLesionInputs: RequiredLesionInputs = .publishedModel,
                printable: PrintableCharacters = .unrestricted) {
        self.limits = limits
        self.requiredLesionInputs = requiredLesionInputs
        self.printable = printable
    }

    /// Reads the file at `url`; its size is checked before it is loaded.
    /// - Parameter url: A file URL; errors name it by `url.relativePath` (the path as given).
    /// - Returns: The valid cases and every error; never throws.
    public func read(contentsOf url: URL) -> CaseFileResult {
        let source = url.relativePath
        func failure(_ kind: CaseReadError.Kind, _ message: String) -> CaseFileResult {
            CaseFileResult(source: source, cases: [],
                           errors: [CaseReadError(source: source, line: nil, keyPath: "", kind: kind, message: message)], entryCount: 0)
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
            return failure(.unreadableFile, "no such file")
        }
        if isDirectory.boolValue { return failure(.unreadableFile, "this is a folder, not a case file") }
        if let size = (try? FileManager.default.attributesOfItem(atPath: url.path))?[.size] as? Int, size > limits.maxFileBytes {
            return failure(.fileTooLarge, "the file is \(ByteCount.text(size)), larger than the \(ByteCount.text(limits.maxFileBytes)) limit for a case file; is it really a case file?")
        }
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            let reason = (error as? CocoaError)?.code == .fileReadNoPermission ? "permission denied" : "\(error.localizedDescription)"
            return failure(.unreadableFile, "the file cannot be read (\(reason))")
        }
        return read(data: data, sourceName: source)
    }

    /// Reads case-file bytes.
    /// - Parameters:
    ///   - data: The file's content.
    ///   - sourceName: The path used in errors and `PatientCase.source`.
    ///   - format: YAML or JSON; `nil` infers it from `sourceName`'s extension, else from the first
    ///     character (`{` or `[` → JSON, anything else → YAML).
    /// - Returns: The valid cases and every error; never throws.
    public func read(data: Data, sourceName: String, format: CaseFileFormat? = nil) -> CaseFileResult {
        do {
            let text = try SourceText(bytes: [UInt8](data), limits: limits)
            let resolvedFormat = format ?? CaseFileFormat.fromFileName(sourceName) ?? Self.sniff(text.bytes)
            let roots: [SourceNode]
            switch resolvedFormat {
            case .json:
                var parser = JSONSourceParser(bytes: text.bytes, maxDepth: limits.maxDepth)
                roots = [try parser.parseDocument()]
            case .yaml:
                roots = try YAMLSourceParser(limits: limits).parseDocuments(text)
            }
            return decode(roots, source: sourceName)
        } catch {
            return CaseFileResult(source: sourceName, cases: [], errors: [error.caseReadError(source: sourceName)], entryCount: 0)
        }
    }

    /// Decodes patient documents built by another reader (a spreadsheet) with the case-file rules.
    /// - Parameters:
    ///   - documents: One document per patient.
    ///   - source: The file name used in errors.
    /// - Returns: The valid cases and every error; errors keep the documents' place indices in
    ///   `line`, for the caller to resolve into its own places. Never throws.
    public func read(documents: [CaseDocument], source: String) -> CaseFileResult {
        var cases: [PatientCase] = []
        var errors: [CaseReadError] = []
        for document in documents {
            var decoder = CaseDecoder(source: source, limits: limits, required: requiredLesionInputs, placeNames: document.placeNames,
                                      printable: printable)
            if var patientCase = decoder.decodeCase(document.root) {
                patientCase.source = document.caseSource
                patientCase.readWarnings = document.warnings + patientCase.readWarnings
                cases.append(patientCase)
            } else {
                errors.append(contentsOf: Self.identified(decoder.errors, by: decoder))
            }
        }
        return CaseFileResult(source: source, cases: cases, errors: errors, entryCount: documents.count)
    }

    /// `errors` carrying the patient ID and name the decoder could still read.
    private static func identified(_ errors: [CaseReadError], by decoder: CaseDecoder) -> [CaseReadError] {
        errors.map { error in
            var e = error
            e.patientId = decoder.identity.id
            e.patientName = decoder.identity.name
            return e
        }
    }

    /// Splits the documents into patients and decodes each on its own.
    private func decode(_ roots: [SourceNode], source: String) -> CaseFileResult {
        var documents: [SourceNode] = []
        for root in roots {
            if case .sequence(let elements) = root.content {
                if elements.isEmpty {
                    return CaseFileResult(source: source, cases: [], errors: [CaseReadError(
                        source: source, line: root.line, keyPath: "", kind: .emptyFile,
                        message: "the file holds an empty list; expected at least one patient")], entryCount: 0)
                }
                documents.append(contentsOf: elements)
            } else if !root.isNull {
                documents.append(root)
            }
        }
        guard !documents.isEmpty else {
            return CaseFileResult(source: source, cases: [], errors: [CaseReadError(
                source: source, line: nil, keyPath: "", kind: .emptyFile,
                message: "the file holds no patient; expected at least patient.id and lesions")], entryCount: 0)
        }
        var cases: [PatientCase] = []
        var errors: [CaseReadError] = []
        for (index, document) in documents.enumerated() {
            let entrySource = documents.count == 1 ? source : "\(source)#\(index + 1)"
            var decoder = CaseDecoder(source: entrySource, limits: limits, required: requiredLesionInputs, printable: printable)
            if let patientCase = decoder.decodeCase(document) {
                cases.append(patientCase)
            } else {
                errors.append(contentsOf: Self.identified(decoder.errors, by: decoder))
            }
        }
        return CaseFileResult(source: source, cases: cases, errors: errors, entryCount: documents.count)
    }

    /// `{` or `[` as the first non-blank character means JSON.
    private static func sniff(_ bytes: [UInt8]) -> CaseFileFormat {
        let first = bytes.first { ![UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r")].contains($0) }
        return first == UInt8(ascii: "{") || first == UInt8(ascii: "[") ? .json : .yaml
    }
}

private extension Error {
    func caseReadError(source: String) -> CaseReadError {
        if let syntax = self as? SyntaxError { return syntax.caseReadError(source: source) }
        return CaseReadError(source: source, line: nil, keyPath: "", kind: .syntax, message: "the file cannot be read: \(self)")
    }
}

extension CaseFileReader {
    /// The warnings a case file gets for its dose record, for a record read from elsewhere (the
    /// scanner's dose report): the same checks and sentences as for typed series.
    /// - Parameter record: The dose record.
    /// - Returns: Warnings keyed to `exam.dose.series[N]…`, without lines.
    public func doseWarnings(for record: DoseRecord) -> [InputWarning] {
        var decoder = CaseDecoder(source: "", limits: limits, required: requiredLesionInputs)
        decoder.warnAboutDose(record, seriesLines: Array(repeating: 0, count: record.series.count), path: "exam.dose")
        return decoder.warnings.map { warning in
            var warning = warning
            warning.line = nil
            return warning
        }
    }
}
