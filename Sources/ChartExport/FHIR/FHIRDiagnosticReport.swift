import Foundation

/// The report as a FHIR R4 `DiagnosticReport` whose `presentedForm` is the same PDF as the
/// DocumentReference's, for EHRs that file results rather than documents.
public struct FHIRDiagnosticReport: Encodable, Sendable, Equatable {
    public var resourceType = "DiagnosticReport"
    public var id: String
    public var identifier: [FHIR.Identifier]
    public var status: String
    public var code: FHIR.CodeableConcept
    public var subject: FHIR.Reference
    public var effectiveDateTime: String?
    public var issued: String
    public var performer: [FHIR.Reference]?
    public var resultsInterpreter: [FHIR.Reference]?
    public var imagingStudy: [FHIR.Reference]
    public var presentedForm: [FHIR.Attachment]

    /// The DiagnosticReport of `document`; it shares the DocumentReference's instance identifier.
    public init(_ document: ChartDocument, identity: DocumentIdentity) {
        id = "dr-" + identity.instanceUID.value
        identifier = [FHIR.Identifier(system: FHIR.uriSystem, value: "urn:oid:\(identity.instanceUID.value)")]
        status = document.status.rawValue
        code = FHIR.CodeableConcept(coding: [FHIR.reportType], text: document.title)
        subject = FHIRDocumentReference.patientReference(document.patient)
        effectiveDateTime = document.study.date.map { "\($0)" }
        issued = "\(document.reportDate)T00:00:00Z"
        performer = document.institution.flatMap { $0.isEmpty ? nil : [FHIR.Reference(type: "Organization", display: $0)] }
        resultsInterpreter = document.responsibleClinician.map { [FHIR.Reference(type: "Practitioner", display: $0)] }
        imagingStudy = [FHIR.Reference(type: "ImagingStudy",
                                       identifier: FHIR.Identifier(system: FHIR.dicomUIDSystem, value: "urn:oid:\(identity.studyInstanceUID.value)"))]
        presentedForm = [FHIRDocumentReference.attachment(document)]
    }
}
