import Formatting
import Foundation

/// A one-line progress bar on stderr, drawn only when stderr is a terminal.
final class ProgressBar: @unchecked Sendable {
    private let total: Int
    private let enabled: Bool
    private let lock = NSLock()
    private var done = 0
    private var failed = 0
    private let start = Date()

    init(total: Int, enabled: Bool = isatty(STDERR_FILENO) == 1) {
        self.total = total
        self.enabled = enabled && total > 0
    }

    /// Records one finished item and redraws.
    func advance(failed itemFailed: Bool) {
        lock.lock(); defer { lock.unlock() }
        done += 1
        if itemFailed { failed += 1 }
        guard enabled else { return }
        let width = 30
        let filled = total == 0 ? width : width * done / total
        let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
        let rate = Double(done) / max(Date().timeIntervalSince(start), 1e-3)
        let line = "\r\(bar) \(done)/\(total)  \(ReportNumber.fixed(rate, 0))/s" + (failed > 0 ? "  \(failed) failed" : "")
        FileHandle.standardError.write(Data(line.utf8))
    }

    /// Clears the bar line.
    func finish() {
        guard enabled else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }
}
