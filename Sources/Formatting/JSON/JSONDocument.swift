import Foundation

/// The JSON every output file and `--format json` uses, the same byte for byte for the same value:
/// pretty-printed with two-space indentation, keys sorted, slashes not escaped (`mL/min/100 g`), a
/// final newline.
///
/// Two documents differ by design and say so with their arguments: the cohort analysis (`analyze
/// --format json`) writes snake_case keys and non-finite numbers as the strings "NaN", "Infinity" and
/// "-Infinity" (an undefined statistic is a result there); every other document refuses a non-finite
/// number, because a score or a dose that is not a number is an error.
///
/// The other documents spell their snake_case keys out (`CodingKeys`), because keys there may be data
/// (a model's predictor names) that a key strategy would rewrite; the score and cohort documents
/// write an absent value as `null` (``NullWhenAbsent``), `summary.json` leaves its key out.
public enum JSONDocument {
    /// How property names become keys.
    public enum KeyConvention: Sendable {
        /// As the Swift property is named (`probabilityPositive`).
        case asDeclared
        /// snake_case (`probability_positive`).
        case snakeCase
    }

    /// What a non-finite number becomes.
    public enum NonFiniteNumbers: Sendable {
        /// Encoding fails (`EncodingError`).
        case refused
        /// The strings "NaN", "Infinity" and "-Infinity".
        case strings
    }

    /// An encoder with these settings.
    /// - Parameters:
    ///   - keys: The key convention (`asDeclared` by default).
    ///   - nonFinite: What a non-finite number becomes (`refused` by default).
    /// - Returns: A new encoder (encoders are not shared between threads).
    public static func encoder(keys: KeyConvention = .asDeclared, nonFinite: NonFiniteNumbers = .refused) -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        if keys == .snakeCase { encoder.keyEncodingStrategy = .convertToSnakeCase }
        if nonFinite == .strings {
            encoder.nonConformingFloatEncodingStrategy = .convertToString(positiveInfinity: "Infinity",
                                                                          negativeInfinity: "-Infinity", nan: "NaN")
        }
        return encoder
    }

    /// The document for `value`, ending in a newline.
    /// - Parameters:
    ///   - value: What to encode.
    ///   - keys: The key convention (`asDeclared` by default).
    ///   - nonFinite: What a non-finite number becomes (`refused` by default).
    /// - Returns: The UTF-8 bytes.
    /// - Throws: `EncodingError` when the value cannot be encoded (e.g. a refused non-finite number).
    public static func data(_ value: some Encodable, keys: KeyConvention = .asDeclared,
                            nonFinite: NonFiniteNumbers = .refused) throws -> Data {
        try encoder(keys: keys, nonFinite: nonFinite).encode(value) + Data("\n".utf8)
    }
}
