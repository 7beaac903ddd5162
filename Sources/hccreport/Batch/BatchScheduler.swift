import Foundation

/// Runs numbered work items on N worker threads, each with its own long-lived worker state.
///
/// Why threads with per-worker state: Pango font maps must not be shared between threads, so
/// every worker owns its own rendering context for the whole batch. Items are handed out in
/// order from a shared counter (dynamic load balancing); results are delivered one at a time to
/// `deliver`, in completion order. Stops handing out items once `stop` says so.
enum BatchScheduler {
    /// Processes items `0..<count`.
    /// - Parameters:
    ///   - count: number of items.
    ///   - jobs: worker threads (clamped to 1…count).
    ///   - makeWorker: builds one worker's state, on that worker's thread.
    ///   - process: handles one item with the worker's state.
    ///   - deliver: receives each result; calls are serialised.
    ///   - stop: polled before each item; `true` ends the batch early.
    /// - Returns: how many items were processed.
    @discardableResult
    static func run<Worker, Result>(count: Int, jobs: Int,
                                    makeWorker: @escaping @Sendable () -> Worker,
                                    process: @escaping @Sendable (inout Worker, Int) -> Result,
                                    deliver: @escaping @Sendable (Int, Result) -> Void,
                                    stop: @escaping @Sendable () -> Bool) -> Int {
        guard count > 0 else { return 0 }
        let workers = max(1, min(jobs, count))
        let state = SharedState()
        let group = DispatchGroup()
        for w in 0..<workers {
            group.enter()
            let thread = Thread {
                var worker = makeWorker()
                while !stop(), let index = state.next(limit: count) {
                    let result = process(&worker, index)
                    state.deliver { deliver(index, result) }
                }
                group.leave()
            }
            thread.name = "hccreport-worker-\(w)"
            thread.stackSize = 8 << 20
            thread.start()
        }
        group.wait()
        return state.delivered
    }

    private final class SharedState: @unchecked Sendable {
        private let lock = NSLock()
        private var nextIndex = 0
        private(set) var delivered = 0

        func next(limit: Int) -> Int? {
            lock.lock(); defer { lock.unlock() }
            guard nextIndex < limit else { return nil }
            defer { nextIndex += 1 }
            return nextIndex
        }

        func deliver(_ body: () -> Void) {
            lock.lock(); defer { lock.unlock() }
            body()
            delivered += 1
        }
    }
}

/// Set when the user interrupts (SIGINT) or the system asks to terminate (SIGTERM).
final class InterruptFlag: @unchecked Sendable {
    private let lock = NSLock()
    private var raised = false
    private var sources: [DispatchSourceSignal] = []
    private(set) var signalName = ""

    /// Installs handlers for SIGINT and SIGTERM that raise the flag instead of killing the process.
    func install() {
        for (sig, name) in [(SIGINT, "SIGINT"), (SIGTERM, "SIGTERM")] {
            signal(sig, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: sig, queue: .global())
            source.setEventHandler { [weak self] in self?.raise(name) }
            source.resume()
            sources.append(source)
        }
    }

    func raise(_ name: String) {
        lock.lock(); defer { lock.unlock() }
        if !raised { signalName = name }
        raised = true
    }

    var isRaised: Bool {
        lock.lock(); defer { lock.unlock() }
        return raised
    }
}

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
        let line = "\r\(bar) \(done)/\(total)  \(String(format: "%.0f", rate))/s" + (failed > 0 ? "  \(failed) failed" : "")
        FileHandle.standardError.write(Data(line.utf8))
    }

    /// Clears the bar line.
    func finish() {
        guard enabled else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }
}
