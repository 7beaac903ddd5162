import Formatting
import Foundation

/// Encodes FHIR resources as JSON that is the same byte for byte for the same resource: keys
/// sorted, slashes not escaped, two-space indentation, a final newline.
public enum FHIRJSON {
    /// The JSON bytes of `resource`.
    /// - Throws: `EncodingError` (not expected for the resources of this module).
    public static func encode<T: Encodable>(_ resource: T) throws -> Data {
        try JSONDocument.data(resource)
    }
}
