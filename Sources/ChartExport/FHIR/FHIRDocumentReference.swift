import ClinicalModel
import Foundation

/// A report as a FHIR R4 `DocumentReference`, the form in which an EHR's interface engine files a
/// document in the chart.
///
/// `masterIdentifier` is the instance UID (the same as the DICOM object's SOP Instance UID), the
/// first `identifier` the document set shared by every revision, `relatesTo` `replaces` the
/// earlier revision, `docStatus` the report's status, `subject` the patient by identifier (with the
/// issuer as `system` when one is set), `content` the PDF inline with its size and SHA-1 hash.
public struct FHIRDocumentReference: Codable, Sendable, Equatable {
    public struct RelatesTo: Codable, Sendable, Equatable {
        public var code: String
        public var target: FHIR.Reference
    }

    public struct Content: Codable, Sendable, Equatable {
        public var attachment: FHIR.Attachment
    }

    public struct Context: Codable, Sendable, Equatable {
        public var period: FHIR.Period?
        public var related: [FHIR.Reference]?
    }

    public var resourceType = "DocumentReference"
    public var id: String
    public var masterIdentifier: FHIR.Identifier
    public var identifier: [FHIR.Identifier]
    public var status: String
    public var docStatus: String
    public var type: FHIR.CodeableConcept
    public var subject: FHIR.Reference
    public var date: String
    public var author: [FHIR.Reference]?
    public var custodian: FHIR.Reference?
    public var relatesTo: [RelatesTo]?
    public var description: String
    public var content: [Content]
    public var context: Context?

    /// The DocumentReference of `document`.
    /// - Parameters:
    ///   - document: the report and its identity.
    ///   - identity: its UIDs.
    ///   - replaces: the instance UID of the revision it supersedes, if any.
    public init(_ document: ChartDocument, identity: DocumentIdentity, replaces: String?) {
        id = identity.instanceUID.value
        masterIdentifier = FHIR.Identifier(system: FHIR.uriSystem, value: "urn:oid:\(identity.instanceUID.value)")
        identifier = [FHIR.Identifier(type: FHIR.CodeableConcept(text: "Document set: every revision of this patient's report on this exam"),
                                      system: FHIR.uriSystem, value: "urn:oid:\(identity.documentSetUID.value)")]
        status = "current"
        docStatus = document.status.rawValue
        type = FHIR.CodeableConcept(coding: [FHIR.reportType], text: document.title)
        subject = Self.patientReference(document.patient)
        date = "\(document.reportDate)T00:00:00Z"
        var authors: [FHIR.Reference] = []
        if let clinician = document.responsibleClinician { authors.append(FHIR.Reference(type: "Practitioner", display: clinician)) }
        if let institution = document.institution, !institution.isEmpty {
            authors.append(FHIR.Reference(type: "Organization", display: institution))
            custodian = FHIR.Reference(type: "Organization", display: institution)
        }
        author = authors.isEmpty ? nil : authors
        relatesTo = replaces.map {
            [RelatesTo(code: "replaces", target: FHIR.Reference(type: "DocumentReference",
                                                                identifier: FHIR.Identifier(system: FHIR.uriSystem, value: "urn:oid:\($0)")))]
        }
        description = document.title
        content = [Content(attachment: Self.attachment(document))]
        var related = [FHIR.Reference(type: "ImagingStudy",
                                      identifier: FHIR.Identifier(system: FHIR.dicomUIDSystem, value: "urn:oid:\(identity.studyInstanceUID.value)"))]
        if let accession = document.study.accessionNumber {
            related.append(FHIR.Reference(identifier: FHIR.Identifier(
                type: FHIR.CodeableConcept(coding: [FHIR.Coding(system: "http://terminology.hl7.org/CodeSystem/v2-0203", code: "ACSN",
                                                                display: "Accession ID")]),
                value: accession)))
        }
        context = Context(period: document.study.date.map { FHIR.Period(start: "\($0)") }, related: related)
    }

    /// The patient by identifier; `system` is the issuer, left out when none is set.
    static func patientReference(_ patient: ChartDocument.PatientIdentity) -> FHIR.Reference {
        FHIR.Reference(type: "Patient", identifier: FHIR.Identifier(system: patient.issuer, value: patient.id), display: patient.name)
    }

    /// The PDF inline: base64 data, size in bytes and base64 SHA-1, as FHIR's Attachment specifies.
    static func attachment(_ document: ChartDocument) -> FHIR.Attachment {
        FHIR.Attachment(contentType: "application/pdf", data: document.pdf.base64EncodedString(), size: document.pdf.count,
                        hash: Data(ChartDigest.sha1(document.pdf)).base64EncodedString(), title: document.title,
                        creation: "\(document.reportDate)")
    }
}
