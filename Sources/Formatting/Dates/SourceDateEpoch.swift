import Foundation

/// The fixed instant that reproducible runs stamp on their output (the reproducible-builds
/// convention `SOURCE_DATE_EPOCH`: seconds since 1970-01-01 UTC).
public enum SourceDateEpoch {
    /// Reads `SOURCE_DATE_EPOCH` from the environment.
    /// - Parameter environment: the process environment (by default this process's).
    /// - Returns: the instant it names, or `nil` when it is unset or not a number.
    public static func instant(in environment: [String: String] = ProcessInfo.processInfo.environment) -> Date? {
        guard let text = environment["SOURCE_DATE_EPOCH"], let seconds = Double(text) else { return nil }
        return Date(timeIntervalSince1970: seconds)
    }

    /// The instant to stamp on output: `SOURCE_DATE_EPOCH` when set, otherwise the current time.
    public static func instantOrNow() -> Date { instant() ?? Date() }
}
