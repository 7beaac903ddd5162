import Foundation

/// The JSON every output file and `--format json` uses, the same byte for byte for the same value:
/// pretty-printed with two-space indentation, keys sorted, slashes not escaped (`mL/min/100 g`), a
/// final newline.
public enum JSONDocument {
    /// An encoder with these settings.
    /// - Returns: A new encoder (encoders are not shared between threads).
    public static func encoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    /// The document for `value`, ending in a newline.
    /// - Parameter value: What to encode.
    /// - Returns: The UTF-8 bytes.
    /// - Throws: `EncodingError` when the value cannot be encoded (e.g. a non-finite number).
    public static func data(_ value: some Encodable) throws -> Data {
        try encoder().encode(value) + Data("\n".utf8)
    }
}
