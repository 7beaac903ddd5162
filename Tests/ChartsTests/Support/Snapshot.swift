import Foundation
import Testing

/// Compares `dump` with `Snapshots/<name>.txt` next to this test target.
///
/// With `HCCREPORT_RECORD_SNAPSHOTS=1` the snapshot is (re)written instead. A missing snapshot is a failure,
/// never a silent record.
func expectSnapshot(_ dump: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
    // This file is Tests/ChartsTests/Support/Snapshot.swift; snapshots live in Tests/ChartsTests/Snapshots.
    let dir = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Snapshots")
    let url = dir.appendingPathComponent("\(name).txt")
    if ProcessInfo.processInfo.environment["HCCREPORT_RECORD_SNAPSHOTS"] == "1" {
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        try dump.write(to: url, atomically: true, encoding: .utf8)
        return
    }
    guard let stored = try? String(contentsOf: url, encoding: .utf8) else {
        Issue.record("Snapshot \(name).txt is missing; record it with HCCREPORT_RECORD_SNAPSHOTS=1 and review it.",
                     sourceLocation: sourceLocation)
        return
    }
    if stored != dump {
        let a = stored.split(separator: "\n", omittingEmptySubsequences: false)
        let b = dump.split(separator: "\n", omittingEmptySubsequences: false)
        let i = (0..<min(a.count, b.count)).first { a[$0] != b[$0] } ?? min(a.count, b.count)
        let was = i < a.count ? String(a[i]) : "<end>"
        let now = i < b.count ? String(b[i]) : "<end>"
        let message = "Snapshot \(name).txt differs at line \(i + 1):\n  stored: \(was)\n  actual: \(now)\n"
            + "(\(a.count) vs \(b.count) lines; re-record with HCCREPORT_RECORD_SNAPSHOTS=1 if intended)"
        Issue.record(Comment(rawValue: message),
                     sourceLocation: sourceLocation)
    }
}
