/// The FHIR R4 data types the chart documents use (only the elements they fill).
public enum FHIR {
    /// `Coding`.
    public struct Coding: Codable, Sendable, Equatable {
        public var system: String?
        public var code: String?
        public var display: String?
    }

    /// `CodeableConcept`.
    public struct CodeableConcept: Codable, Sendable, Equatable {
        public var coding: [Coding]?
        public var text: String?
    }

    /// `Identifier`.
    public struct Identifier: Codable, Sendable, Equatable {
        public var type: CodeableConcept?
        public var system: String?
        public var value: String
    }

    /// `Reference` (logical by identifier, or by display only).
    public struct Reference: Codable, Sendable, Equatable {
        public var reference: String?
        public var type: String?
        public var identifier: Identifier?
        public var display: String?
    }

    /// `Attachment`: the PDF inline, with its size and SHA-1 (base64), as FHIR specifies.
    public struct Attachment: Codable, Sendable, Equatable {
        public var contentType: String
        public var data: String
        public var size: Int
        public var hash: String
        public var title: String?
        public var creation: String?
    }

    /// `Period`.
    public struct Period: Codable, Sendable, Equatable {
        public var start: String?
    }

    /// The LOINC code of the document type (the same concept as the DICOM object's concept name).
    static let reportType = Coding(system: "http://loinc.org", code: "18748-4", display: "Diagnostic imaging study")
    /// The identifier system for URIs such as `urn:oid:…` (FHIR's rule for OIDs as identifiers).
    static let uriSystem = "urn:ietf:rfc:3986"
    /// The identifier system of DICOM UIDs (ImagingStudy.identifier).
    static let dicomUIDSystem = "urn:dicom:uid"
}
