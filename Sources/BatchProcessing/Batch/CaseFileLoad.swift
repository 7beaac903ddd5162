import CaseReader
import ClinicalModel
import Foundation
import Scoring

/// One case file read from disk: its digest, the cases it holds and its errors.
public struct CaseFileLoad: Sendable {
    let url: URL
    /// SHA-256 of the file's bytes (empty when unreadable).
    let digest: String
    public let result: CaseFileResult

    /// Reads and validates one file.
    /// - Parameters:
    ///   - url: the case file.
    ///   - reader: the configured readers.
    public static func read(_ url: URL, reader: CaseInputReader) -> CaseFileLoad {
        // Read the bytes once: the digest and the parse see exactly the same input.
        let limit = reader.maxFileBytes(url)
        if let size = (try? FileManager.default.attributesOfItem(atPath: url.path))?[.size] as? Int, size > limit {
            return CaseFileLoad(url: url, digest: "", result: reader.readRefused(url, sourceName: url.relativePathForDisplay))
        }
        guard let data = FileManager.default.contents(atPath: url.path) else {
            return CaseFileLoad(url: url, digest: "", result: reader.readRefused(url, sourceName: url.relativePathForDisplay))
        }
        return CaseFileLoad(url: url, digest: InputDigest.sha256(data),
                            result: reader.read(data: data, url: url, sourceName: url.relativePathForDisplay))
    }
}

extension URL {
    /// The path relative to the working directory when inside it, else the path as given.
    var relativePathForDisplay: String {
        let cwd = FileManager.default.currentDirectoryPath
        let p = standardizedFileURL.path
        if p.hasPrefix(cwd + "/") { return String(p.dropFirst(cwd.count + 1)) }
        return relativePath
    }
}

/// Expands the command line's paths to case files.
/// - Returns: the files (sorted, de-duplicated) and problems such as a missing path.
public func discoverCaseFiles(_ paths: [String]) -> CaseFileDiscovery.Listing {
    CaseFileDiscovery().expand(paths)
}

extension CaseFileResult {
    /// Patients in the file that could not be read; an unparseable file counts as one.
    public var failedEntryCount: Int {
        if entryCount == 0 { return errors.isEmpty ? 0 : 1 }
        return entryCount - cases.count
    }
}
