/// A DICOM attribute tag (group, element).
public struct DICOMTag: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let group: UInt16
    public let element: UInt16

    public init(_ group: UInt16, _ element: UInt16) {
        self.group = group
        self.element = element
    }

    public static func < (a: DICOMTag, b: DICOMTag) -> Bool { (a.group, a.element) < (b.group, b.element) }

    /// `(GGGG,EEEE)` in upper-case hex, as DICOM writes tags.
    public var description: String {
        func hex(_ v: UInt16) -> String {
            let s = String(v, radix: 16, uppercase: true)
            return String(repeating: "0", count: 4 - s.count) + s
        }
        return "(\(hex(group)),\(hex(element)))"
    }

    static let item = DICOMTag(0xFFFE, 0xE000)
}
