import Foundation

/// One data element: a tag, its value representation and its value.
public struct DICOMElement: Sendable {
    /// The value of an element.
    public enum Value: Sendable {
        /// Text (padded to even length with the VR's padding byte).
        case text(String)
        /// Raw bytes (OB), padded with NUL.
        case bytes(Data)
        /// An unsigned 32-bit integer (UL).
        case unsigned(UInt32)
        /// Items of a sequence, each a list of elements.
        case items([[DICOMElement]])
    }

    public let tag: DICOMTag
    public let vr: DICOMValueRepresentation
    public let value: Value

    public init(_ tag: DICOMTag, _ vr: DICOMValueRepresentation, _ value: Value) {
        self.tag = tag
        self.vr = vr
        self.value = value
    }

    /// A text element; an empty string gives a zero-length value (what DICOM means by "empty" for Type 2).
    public static func text(_ tag: DICOMTag, _ vr: DICOMValueRepresentation, _ text: String) -> DICOMElement {
        DICOMElement(tag, vr, .text(text))
    }

    /// Whether the value holds characters outside ASCII (then the data set needs ISO_IR 192).
    var hasNonASCIIText: Bool {
        switch value {
        case .text(let s): return s.utf8.contains { $0 >= 0x80 }
        case .items(let items): return items.contains { $0.contains(where: \.hasNonASCIIText) }
        case .bytes, .unsigned: return false
        }
    }
}
