import Foundation
import Testing

/// Compares a text dump with the stored snapshot `<directory>/<name>.txt`.
///
/// With `HCCREPORT_RECORD_SNAPSHOTS=1` in the environment the snapshot is (re)written instead; review the diff
/// before committing it. A missing snapshot is a failure, never a silent record. A mismatch is reported with the
/// first differing line of both texts.
/// - Parameters:
///   - dump: the text produced now (e.g. `RecordingCanvas.dump`).
///   - name: the snapshot's file name without `.txt`.
///   - directory: the folder holding the snapshots (usually `Snapshots` next to the test target's sources).
/// - Throws: when a snapshot cannot be written while recording.
public func expectSnapshot(_ dump: String, named name: String, in directory: URL,
                           sourceLocation: SourceLocation = #_sourceLocation) throws {
    let url = directory.appendingPathComponent("\(name).txt")
    if ProcessInfo.processInfo.environment["HCCREPORT_RECORD_SNAPSHOTS"] == "1" {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        try dump.write(to: url, atomically: true, encoding: .utf8)
        return
    }
    guard let stored = try? String(contentsOf: url, encoding: .utf8) else {
        Issue.record("Snapshot \(name).txt is missing; record it with HCCREPORT_RECORD_SNAPSHOTS=1 and review it.",
                     sourceLocation: sourceLocation)
        return
    }
    guard stored != dump else { return }
    let was = stored.split(separator: "\n", omittingEmptySubsequences: false)
    let now = dump.split(separator: "\n", omittingEmptySubsequences: false)
    let line = (0..<min(was.count, now.count)).first { was[$0] != now[$0] } ?? min(was.count, now.count)
    let message = "Snapshot \(name).txt differs at line \(line + 1):\n"
        + "  stored: \(line < was.count ? String(was[line]) : "<end>")\n"
        + "  actual: \(line < now.count ? String(now[line]) : "<end>")\n"
        + "(\(was.count) vs \(now.count) lines; re-record with HCCREPORT_RECORD_SNAPSHOTS=1 if intended)"
    Issue.record(Comment(rawValue: message), sourceLocation: sourceLocation)
}
