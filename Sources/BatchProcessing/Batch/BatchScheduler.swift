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
