import Foundation

/// Standard output as JSON, formatted the same way by every command: pretty-printed, keys sorted,
/// slashes unescaped, a final newline.
public enum JSONOutput {
    /// Encodes `value` and writes it to standard output.
    /// - Throws: `EncodingError` when the value cannot be encoded (e.g. a non-finite number).
    public static func print(_ value: some Encodable) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        FileHandle.standardOutput.write(try encoder.encode(value) + Data("\n".utf8))
    }
}
