import ClinicalModel
import Foundation

/// The identifiers of one revision of a patient's report, all reproducible.
///
/// - The **study**: the exam's Study Instance UID from the case, else one made from the patient and
///   the exam (ID, issuer, exam date, accession number), so every revision lands in the same study.
/// - The **document set** (DICOM: the series; FHIR: `identifier`): made from the patient and the
///   study, the same for every revision of this patient's report on this exam.
/// - The **instance** (DICOM SOP Instance UID; FHIR `masterIdentifier` and resource id): made from
///   the set, the PDF's SHA-256 and the status, so a changed report or a report signed off as final
///   is a new instance in the same set, and the same report is always the same instance.
public struct DocumentIdentity: Sendable, Hashable {
    public let studyInstanceUID: DICOMUID
    public let documentSetUID: DICOMUID
    public let instanceUID: DICOMUID
    /// Lower-case hex SHA-256 of the PDF.
    public let pdfSHA256: String

    /// Derives the identity of `document` under `root`.
    public init(_ document: ChartDocument, root: UIDRoot) {
        let p = document.patient, s = document.study
        let patientParts = [p.issuer ?? "", p.id]
        studyInstanceUID = s.instanceUID
            ?? root.uid("study", patientParts + [s.date.map { "\($0)" } ?? "", s.accessionNumber ?? ""])
        documentSetUID = root.uid("document-set", patientParts + [studyInstanceUID.value])
        pdfSHA256 = ChartDigest.sha256(document.pdf).map { String(format: "%02x", $0) }.joined()
        instanceUID = root.uid("instance", [documentSetUID.value, pdfSHA256, document.status.rawValue])
    }
}
