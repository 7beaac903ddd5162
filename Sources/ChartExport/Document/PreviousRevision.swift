import ClinicalModel
import Foundation

/// The revision of a report that an earlier run left in the output folder, so that a new revision
/// can supersede it: DICOM numbers it one higher in the same series, FHIR says it `replaces` it.
///
/// Only files this tool wrote are read (a DICOM file must carry this tool's Implementation Class
/// UID); anything else in the folder is not taken for an earlier revision.
public struct PreviousRevision: Sendable, Equatable {
    /// The document set (DICOM series) the earlier revision belongs to.
    public var documentSetUID: String
    /// Its instance UID (DICOM SOP Instance UID, FHIR masterIdentifier).
    public var instanceUID: String
    /// DICOM: its Instance Number.
    public var instanceNumber: Int?
    /// FHIR: the instance it replaced in turn.
    public var replaced: String?

    /// The Instance Number of a new revision with `identity`, given what is in the folder.
    ///
    /// The same instance keeps its number (a rerun writes the same bytes); a new instance of the same
    /// set is numbered one higher; a new set starts at 1.
    public static func instanceNumber(for identity: DocumentIdentity, after previous: PreviousRevision?) -> Int {
        guard let previous, previous.documentSetUID == identity.documentSetUID.value else { return 1 }
        let number = previous.instanceNumber ?? 0
        return previous.instanceUID == identity.instanceUID.value ? max(number, 1) : number + 1
    }

    /// The instance a new revision with `identity` replaces, given what is in the folder.
    public static func replacedInstance(for identity: DocumentIdentity, after previous: PreviousRevision?) -> String? {
        guard let previous, previous.documentSetUID == identity.documentSetUID.value else { return nil }
        return previous.instanceUID == identity.instanceUID.value ? previous.replaced : previous.instanceUID
    }
}

extension PreviousRevision {
    /// Reads the revision in an Encapsulated PDF file this tool wrote at `url`.
    ///
    /// Walks the top-level elements of the explicit VR little endian data set up to Instance Number;
    /// it is not a general DICOM reader and answers `nil` for any file it did not write.
    /// - Parameters:
    ///   - url: the `.dcm` file.
    ///   - software: the name the tool writes into its Implementation Class UID.
    public static func readDICOM(at url: URL, software: String) -> PreviousRevision? {
        guard let data = try? Data(contentsOf: url, options: .mappedIfSafe) else { return nil }
        let bytes = [UInt8](data.prefix(65_536))
        guard bytes.count > 132, bytes[128..<132].elementsEqual("DICM".utf8) else { return nil }
        let implementation = UIDRoot.uuidDerived.uid("implementation-class", [software]).value
        var values: [DICOMTag: String] = [:]
        var offset = 132
        func u16(_ i: Int) -> Int { Int(bytes[i]) | Int(bytes[i + 1]) << 8 }
        while offset + 8 <= bytes.count {
            let tag = DICOMTag(UInt16(u16(offset)), UInt16(u16(offset + 2)))
            guard let vr = DICOMValueRepresentation(rawValue: String(decoding: bytes[offset + 4..<offset + 6], as: UTF8.self)) else { return nil }
            var length: Int, start: Int
            if vr.hasLongLength {
                guard offset + 12 <= bytes.count else { return nil }
                length = u16(offset + 8) | u16(offset + 10) << 16
                start = offset + 12
            } else {
                length = u16(offset + 6)
                start = offset + 8
            }
            guard length != 0xFFFF_FFFF, start + length <= bytes.count else { return nil }
            if [DICOMTag(0x0002, 0x0012), DICOMTag(0x0008, 0x0018), DICOMTag(0x0020, 0x000E), DICOMTag(0x0020, 0x0013)].contains(tag) {
                values[tag] = String(decoding: bytes[start..<start + length], as: UTF8.self)
                    .trimmingCharacters(in: CharacterSet(charactersIn: " \0"))
            }
            if tag >= DICOMTag(0x0020, 0x0013) { break }
            offset = start + length
        }
        guard values[DICOMTag(0x0002, 0x0012)] == implementation,
              let set = values[DICOMTag(0x0020, 0x000E)], let instance = values[DICOMTag(0x0008, 0x0018)] else { return nil }
        return PreviousRevision(documentSetUID: set, instanceUID: instance, instanceNumber: values[DICOMTag(0x0020, 0x0013)].flatMap { Int($0) })
    }

    /// Reads the revision in a `.fhir.json` file this tool wrote at `url` (a DocumentReference, or a
    /// Bundle holding one).
    public static func readFHIR(at url: URL) -> PreviousRevision? {
        guard let data = try? Data(contentsOf: url),
              let root = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else { return nil }
        var resource = root
        if root["resourceType"] as? String == "Bundle" {
            let entries = root["entry"] as? [[String: Any]] ?? []
            guard let found = entries.compactMap({ $0["resource"] as? [String: Any] })
                    .first(where: { $0["resourceType"] as? String == "DocumentReference" }) else { return nil }
            resource = found
        }
        func oid(_ identifier: Any?) -> String? {
            guard let value = (identifier as? [String: Any])?["value"] as? String, value.hasPrefix("urn:oid:") else { return nil }
            return String(value.dropFirst("urn:oid:".count))
        }
        guard resource["resourceType"] as? String == "DocumentReference",
              let instance = oid(resource["masterIdentifier"]),
              let set = (resource["identifier"] as? [Any])?.lazy.compactMap(oid).first else { return nil }
        let replaced = (resource["relatesTo"] as? [[String: Any]])?
            .first { $0["code"] as? String == "replaces" }
            .flatMap { oid(($0["target"] as? [String: Any])?["identifier"]) }
        return PreviousRevision(documentSetUID: set, instanceUID: instance, replaced: replaced)
    }
}
