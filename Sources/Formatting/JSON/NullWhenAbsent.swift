/// An optional property that a JSON document writes as `null` when it is absent, where Swift's
/// synthesized `Encodable` would leave the key out: the key is always there, so a reader of the
/// output contract (`score --format json`, `cohort --format json`) sees every field it documents.
///
/// ```swift
/// struct Dose: Encodable {
///     @NullWhenAbsent var perfusionSharePercent: Double?   // "perfusionSharePercent" : null
/// }
/// ```
///
/// Decoding reads `null` and a missing key alike as absent.
@propertyWrapper
public struct NullWhenAbsent<Value> {
    /// The value, `nil` when absent.
    public var wrappedValue: Value?

    /// Wraps `wrappedValue`.
    /// - Parameter wrappedValue: The value, `nil` when absent.
    public init(wrappedValue: Value?) {
        self.wrappedValue = wrappedValue
    }
}

extension NullWhenAbsent: Encodable where Value: Encodable {
    /// Writes the value, or `null` when it is absent.
    /// - Parameter encoder: The encoder.
    /// - Throws: `EncodingError` when the value cannot be encoded.
    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        if let wrappedValue {
            try container.encode(wrappedValue)
        } else {
            try container.encodeNil()
        }
    }
}

extension NullWhenAbsent: Decodable where Value: Decodable {
    /// Reads the value; `null` is absent.
    /// - Parameter decoder: The decoder.
    /// - Throws: `DecodingError` when a value is there but is not a `Value`.
    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        wrappedValue = container.decodeNil() ? nil : try container.decode(Value.self)
    }
}

extension KeyedDecodingContainer {
    /// Reads a ``NullWhenAbsent`` property: a missing key is absent, as `null` is (synthesized
    /// `Decodable` calls this overload, so the key need not be there).
    /// - Parameters:
    ///   - type: The wrapper type.
    ///   - key: The key.
    /// - Returns: The wrapped value, `nil` when the key is missing or `null`.
    /// - Throws: `DecodingError` when a value is there but is not a `Value`.
    public func decode<Value: Decodable>(_ type: NullWhenAbsent<Value>.Type, forKey key: Key) throws -> NullWhenAbsent<Value> {
        NullWhenAbsent(wrappedValue: try decodeIfPresent(Value.self, forKey: key))
    }
}

extension NullWhenAbsent: Sendable where Value: Sendable {}
extension NullWhenAbsent: Equatable where Value: Equatable {}
extension NullWhenAbsent: Hashable where Value: Hashable {}
