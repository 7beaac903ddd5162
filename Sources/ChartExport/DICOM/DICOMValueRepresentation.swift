/// The value representations this writer uses (PS3.5 §6.2), with their encoding rules.
public enum DICOMValueRepresentation: String, Sendable {
    case AE, CS, DA, DT, IS, LO, OB, PN, SH, SQ, ST, TM, UI, UL, UT

    /// Whether explicit VR encoding gives the value a 4-byte length (after two reserved bytes).
    var hasLongLength: Bool {
        switch self {
        case .OB, .SQ, .UT: return true
        default: return false
        }
    }

    /// The byte that pads a value to even length: NUL for UIDs and binary values, space for text.
    var padding: UInt8 {
        switch self {
        case .UI, .OB: return 0
        default: return 0x20
        }
    }

    /// The most characters one value may have (per component group for PN), or `nil` when the
    /// length field is the only limit.
    var maximumCharacters: Int? {
        switch self {
        case .AE, .CS, .SH, .TM: return 16
        case .DA: return 8
        case .DT: return 26
        case .IS: return 12
        case .LO, .PN, .UI: return 64
        case .ST: return 1024
        default: return nil
        }
    }

    /// Whether the value is text in which a backslash separates multiple values.
    var backslashSeparatesValues: Bool {
        switch self {
        case .AE, .CS, .DA, .DT, .IS, .LO, .PN, .SH, .TM, .UI: return true
        default: return false
        }
    }
}
