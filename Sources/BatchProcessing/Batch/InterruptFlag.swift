import Foundation

/// Set when the user interrupts (SIGINT) or the system asks to terminate (SIGTERM).
public final class InterruptFlag: @unchecked Sendable {
    private let lock = NSLock()
    private var raised = false
    private var sources: [DispatchSourceSignal] = []
    public private(set) var signalName = ""

    /// A flag that is not raised.
    public init() {}

    /// Installs handlers for SIGINT and SIGTERM that raise the flag instead of killing the process.
    public func install() {
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
