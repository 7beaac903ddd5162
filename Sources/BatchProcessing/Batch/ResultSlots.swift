import Foundation

/// Fixed-size storage that worker threads fill by index (each index written once, under a lock).
final class ResultSlots<T: Sendable>: @unchecked Sendable {
    private var storage: [T?]
    private let lock = NSLock()

    init(count: Int) { storage = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ value: T) {
        lock.lock(); defer { lock.unlock() }
        storage[index] = value
    }

    /// The filled values in index order.
    var values: [T] {
        lock.lock(); defer { lock.unlock() }
        return storage.compactMap { $0 }
    }
}
