import Foundation

/// A fresh, empty folder under the system's temporary folder; the caller removes it when done.
/// - Parameter label: a word naming the test area, part of the folder's name (`hccreport-<label>-<UUID>`).
/// - Returns: the folder's URL.
/// - Throws: when the folder cannot be created.
public func makeTemporaryDirectory(_ label: String) throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("hccreport-\(label)-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}
