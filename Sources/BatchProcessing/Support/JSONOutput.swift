import Formatting
import Foundation

/// Standard output as JSON, formatted the same way by every command (`JSONDocument`).
public enum JSONOutput {
    /// Encodes `value` and writes it to standard output.
    /// - Throws: `EncodingError` when the value cannot be encoded (e.g. a non-finite number).
    public static func print(_ value: some Encodable) throws {
        FileHandle.standardOutput.write(try JSONDocument.data(value))
    }
}
