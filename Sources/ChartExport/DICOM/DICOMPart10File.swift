import ClinicalModel
import Foundation

/// A DICOM Part 10 file (PS3.10 §7.1): a 128-byte preamble of zeros, `DICM`, the file meta
/// information (group 0002, explicit VR little endian, with its group length) and the data set.
public enum DICOMPart10File {
    /// Explicit VR Little Endian.
    public static let explicitVRLittleEndian = "1.2.840.10008.1.2.1"

    /// The file's bytes.
    /// - Parameters:
    ///   - dataSet: the data set's elements (without group 0002).
    ///   - sopClassUID: Media Storage SOP Class UID.
    ///   - sopInstanceUID: Media Storage SOP Instance UID.
    ///   - implementationClassUID: identifies the writing software.
    ///   - implementationVersion: at most 16 characters.
    public static func encode(dataSet: [DICOMElement], sopClassUID: String, sopInstanceUID: DICOMUID,
                              implementationClassUID: DICOMUID, implementationVersion: String) -> Data {
        let meta: [DICOMElement] = [
            DICOMElement(DICOMTag(0x0002, 0x0001), .OB, .bytes(Data([0x00, 0x01]))),
            .text(DICOMTag(0x0002, 0x0002), .UI, sopClassUID),
            .text(DICOMTag(0x0002, 0x0003), .UI, sopInstanceUID.value),
            .text(DICOMTag(0x0002, 0x0010), .UI, explicitVRLittleEndian),
            .text(DICOMTag(0x0002, 0x0012), .UI, implementationClassUID.value),
            .text(DICOMTag(0x0002, 0x0013), .SH, String(implementationVersion.prefix(16))),
        ]
        let groupLength = DICOMElement(DICOMTag(0x0002, 0x0000), .UL, .unsigned(UInt32(DICOMDataSet.encodedLength(meta))))
        var out = Data(count: 128)
        out.reserveCapacity(132 + 12 + DICOMDataSet.encodedLength(meta) + DICOMDataSet.encodedLength(dataSet))
        out.append(contentsOf: "DICM".utf8)
        DICOMDataSet.append([groupLength] + meta, to: &out)
        DICOMDataSet.append(dataSet, to: &out)
        return out
    }
}
