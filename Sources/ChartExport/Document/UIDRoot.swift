import ClinicalModel
import Foundation

/// The root under which the tool makes DICOM UIDs, and the rule that makes them reproducible.
///
/// A UID is the root, a dot, and a decimal number taken from the SHA-256 of what the UID stands for
/// (e.g. the series: the patient, the issuer and the study). The same inputs give the same UID, and
/// different inputs collide only with the probability of a 64–128-bit hash.
///
/// The default root `2.25` is the one ISO/IEC 9834-8 (and DICOM PS3.5 §B.2) gives to UIDs made from
/// UUIDs; it needs no registration, and the number after it is then a 128-bit UUID (version 8, RFC
/// 9562). A site with its own registered root should give it (or a branch of it reserved for this
/// tool) with `--uid-root`; the number then fills the 64 characters a UID may have.
public struct UIDRoot: Sendable, Hashable, CustomStringConvertible {
    /// UUID-derived UIDs (ISO/IEC 9834-8).
    public static let uuidDerived = UIDRoot(unchecked: "2.25")
    /// The longest root accepted: it leaves at least 19 digits (63 bits) for the number.
    public static let maximumLength = 44

    public let prefix: String

    private init(unchecked prefix: String) { self.prefix = prefix }

    /// Checks a root given by the user.
    /// - Throws: `ChartExportError.invalidUIDRoot` with the reason.
    public init(validating text: String) throws {
        if let problem = DICOMUID.problem(in: text, maximumLength: Self.maximumLength) {
            throw ChartExportError.invalidUIDRoot(text, reason: problem)
        }
        prefix = text
    }

    public var description: String { prefix }

    /// The UID that stands for `parts` in the role `purpose` (e.g. "series").
    ///
    /// Each part is hashed with its length in front, so ("ab", "c") and ("a", "bc") differ.
    /// - Returns: a valid UID of at most 64 characters.
    public func uid(_ purpose: String, _ parts: [String]) -> DICOMUID {
        var input = Data()
        for part in [prefix, purpose] + parts {
            input.append(contentsOf: "\(part.utf8.count):".utf8)
            input.append(contentsOf: part.utf8)
        }
        var bytes = ChartDigest.sha256(input)
        if self == .uuidDerived {
            bytes[6] = (bytes[6] & 0x0F) | 0x80  // UUID version 8
            bytes[8] = (bytes[8] & 0x3F) | 0x80  // RFC 9562 variant
        }
        var value: UInt128 = 0
        for byte in bytes.prefix(16) { value = value << 8 | UInt128(byte) }
        let room = DICOMUID.maximumLength - prefix.utf8.count - 1
        var digits = String(value)
        while digits.count > room {
            value >>= 1
            digits = String(value)
        }
        guard let uid = DICOMUID(prefix + "." + digits) else { preconditionFailure("a UID made from a valid root and digits is valid") }
        return uid
    }
}
