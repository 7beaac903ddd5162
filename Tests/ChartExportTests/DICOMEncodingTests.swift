@testable import ChartExport
import ClinicalModel
import Foundation
import Testing

@Suite("DICOM explicit VR little endian encoding")
struct DICOMEncodingTests {
    @Test func shortTextIsPaddedWithASpaceAndUIDsWithNUL() {
        let bytes = [UInt8](DICOMDataSet.encode([
            .text(DICOMTag(0x0010, 0x0020), .LO, "ABC"),
            .text(DICOMTag(0x0008, 0x0016), .UI, "1.2.3"),
        ]))
        // Sorted by tag: (0008,0016) first.
        #expect(bytes == [0x08, 0x00, 0x16, 0x00, 0x55, 0x49, 0x06, 0x00, 0x31, 0x2E, 0x32, 0x2E, 0x33, 0x00,
                          0x10, 0x00, 0x20, 0x00, 0x4C, 0x4F, 0x04, 0x00, 0x41, 0x42, 0x43, 0x20])
    }

    @Test func obHasReservedBytesAndAFourByteLengthAndNULPadding() {
        let bytes = [UInt8](DICOMDataSet.encode([DICOMElement(DICOMTag(0x0042, 0x0011), .OB, .bytes(Data([1, 2, 3])))]))
        #expect(bytes == [0x42, 0x00, 0x11, 0x00, 0x4F, 0x42, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 1, 2, 3, 0])
    }

    @Test func sequencesHaveDefinedLengthItems() {
        let bytes = [UInt8](DICOMDataSet.encode([DICOMElement(DICOMTag(0x0040, 0xA043), .SQ, .items([[.text(DICOMTag(0x0008, 0x0102), .SH, "LN")]]))]))
        #expect(bytes == [0x40, 0x00, 0x43, 0xA0, 0x53, 0x51, 0x00, 0x00, 0x12, 0x00, 0x00, 0x00,
                          0xFE, 0xFF, 0x00, 0xE0, 0x0A, 0x00, 0x00, 0x00,
                          0x08, 0x00, 0x02, 0x01, 0x53, 0x48, 0x02, 0x00, 0x4C, 0x4E])
    }

    @Test func part10HasPreambleMagicAndGroupLength() {
        let file = [UInt8](DICOMPart10File.encode(dataSet: [], sopClassUID: "1.2", sopInstanceUID: DICOMUID("1.3")!,
                                                  implementationClassUID: DICOMUID("1.4")!, implementationVersion: "X"))
        #expect(file.prefix(128).allSatisfy { $0 == 0 })
        #expect(Array(file[128..<132]) == Array("DICM".utf8))
        #expect(Array(file[132..<140]) == [0x02, 0x00, 0x00, 0x00, 0x55, 0x4C, 0x04, 0x00])
        let groupLength = file[140..<144].reversed().reduce(0) { $0 << 8 | Int($1) }
        #expect(groupLength == file.count - 144)
    }

    @Test(arguments: [("Wang, Li", "Wang^Li"), ("Wang,Li", "Wang^Li"), ("  Müller ,  Anna Maria ", "Müller^Anna Maria"),
                      ("王丽", "王丽"), ("Li Wang", "Li Wang"), ("Wang,", "Wang"), ("Wang, Li, Jr.", "Wang^Li, Jr.")])
    func personNames(written: String, pn: String) throws {
        #expect(try DICOMPersonName.encode(written, field: "patient.name") == pn)
    }

    @Test func aNameWithAPNDelimiterIsRefused() {
        #expect(throws: ChartExportError.unrepresentable(format: "DICOM", field: "patient.name",
                                                         reason: "the name contains \"^\", which DICOM uses to separate the parts of a name; write it as \"Family, Given\"")) {
            try DICOMPersonName.encode("Wang^Li", field: "patient.name")
        }
    }
}
