import Foundation

/// Encodes data elements in explicit VR little endian (PS3.5 §7.1.2), sorted by tag, every value
/// padded to even length, sequences and items with defined lengths.
///
/// O(n) in the encoded size; the value of an OB element is copied once.
public enum DICOMDataSet {
    /// The encoded bytes of `elements` (sorted by tag here; duplicates are a programming error).
    public static func encode(_ elements: [DICOMElement]) -> Data {
        var out = Data()
        out.reserveCapacity(encodedLength(elements))
        append(elements, to: &out)
        return out
    }

    static func append(_ elements: [DICOMElement], to out: inout Data) {
        for element in elements.sorted(by: { $0.tag < $1.tag }) { append(element, to: &out) }
    }

    private static func append(_ element: DICOMElement, to out: inout Data) {
        appendUInt16(element.tag.group, to: &out)
        appendUInt16(element.tag.element, to: &out)
        out.append(contentsOf: element.vr.rawValue.utf8)
        let length = valueLength(element)
        if element.vr.hasLongLength {
            out.append(contentsOf: [0, 0])
            appendUInt32(UInt32(length), to: &out)
        } else {
            appendUInt16(UInt16(length), to: &out)
        }
        switch element.value {
        case .text(let s):
            out.append(contentsOf: s.utf8)
            if s.utf8.count % 2 == 1 { out.append(element.vr.padding) }
        case .bytes(let d):
            out.append(d)
            if d.count % 2 == 1 { out.append(0) }
        case .unsigned(let v):
            appendUInt32(v, to: &out)
        case .items(let items):
            for item in items {
                appendUInt16(DICOMTag.item.group, to: &out)
                appendUInt16(DICOMTag.item.element, to: &out)
                appendUInt32(UInt32(encodedLength(item)), to: &out)
                append(item, to: &out)
            }
        }
    }

    /// Length of the value field of `element`, padding included.
    static func valueLength(_ element: DICOMElement) -> Int {
        switch element.value {
        case .text(let s): return (s.utf8.count + 1) & ~1
        case .bytes(let d): return (d.count + 1) & ~1
        case .unsigned: return 4
        case .items(let items): return items.reduce(0) { $0 + 8 + encodedLength($1) }
        }
    }

    /// Encoded length of `elements` with their headers.
    static func encodedLength(_ elements: [DICOMElement]) -> Int {
        elements.reduce(0) { $0 + ($1.vr.hasLongLength ? 12 : 8) + valueLength($1) }
    }

    static func appendUInt16(_ v: UInt16, to out: inout Data) {
        out.append(UInt8(truncatingIfNeeded: v))
        out.append(UInt8(truncatingIfNeeded: v >> 8))
    }

    static func appendUInt32(_ v: UInt32, to out: inout Data) {
        for shift in stride(from: 0, to: 32, by: 8) { out.append(UInt8(truncatingIfNeeded: v >> UInt32(shift))) }
    }
}
