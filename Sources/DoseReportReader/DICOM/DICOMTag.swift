/// A DICOM attribute tag (group, element), e.g. (0010,0020) Patient ID.
struct DICOMTag: Hashable, Sendable, CustomStringConvertible {
    var group: UInt16
    var element: UInt16

    init(_ group: UInt16, _ element: UInt16) {
        self.group = group
        self.element = element
    }

    var description: String {
        func hex(_ value: UInt16) -> String {
            let text = String(value, radix: 16, uppercase: true)
            return String(repeating: "0", count: 4 - text.count) + text
        }
        return "(\(hex(group)),\(hex(element)))"
    }

    static let transferSyntaxUID = DICOMTag(0x0002, 0x0010)
    static let sopClassUID = DICOMTag(0x0008, 0x0016)
    static let studyDate = DICOMTag(0x0008, 0x0020)
    static let modality = DICOMTag(0x0008, 0x0060)
    static let manufacturer = DICOMTag(0x0008, 0x0070)
    static let manufacturerModelName = DICOMTag(0x0008, 0x1090)
    static let codeValue = DICOMTag(0x0008, 0x0100)
    static let codingSchemeDesignator = DICOMTag(0x0008, 0x0102)
    static let codeMeaning = DICOMTag(0x0008, 0x0104)
    static let patientName = DICOMTag(0x0010, 0x0010)
    static let patientID = DICOMTag(0x0010, 0x0020)
    static let patientBirthDate = DICOMTag(0x0010, 0x0030)
    static let studyInstanceUID = DICOMTag(0x0020, 0x000D)
    static let measurementUnitsCodeSequence = DICOMTag(0x0040, 0x08EA)
    static let valueType = DICOMTag(0x0040, 0xA040)
    static let conceptNameCodeSequence = DICOMTag(0x0040, 0xA043)
    static let uid = DICOMTag(0x0040, 0xA124)
    static let textValue = DICOMTag(0x0040, 0xA160)
    static let conceptCodeSequence = DICOMTag(0x0040, 0xA168)
    static let measuredValueSequence = DICOMTag(0x0040, 0xA300)
    static let numericValue = DICOMTag(0x0040, 0xA30A)
    static let contentSequence = DICOMTag(0x0040, 0xA730)
    static let item = DICOMTag(0xFFFE, 0xE000)
    static let itemDelimitation = DICOMTag(0xFFFE, 0xE00D)
    static let sequenceDelimitation = DICOMTag(0xFFFE, 0xE0DD)

    /// Sequences the reader descends into; their VR is needed in implicit-VR files, whose
    /// elements carry no VR. Other sequences are kept as bytes and never read.
    static let readSequences: Set<DICOMTag> = [measurementUnitsCodeSequence, conceptNameCodeSequence, conceptCodeSequence,
                                                measuredValueSequence, contentSequence]
}
