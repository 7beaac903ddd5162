import ChartExport
import ClinicalModel
import Foundation

/// The chart documents `render` writes beside each patient's PDF: `<name>.dcm` (DICOM Encapsulated
/// PDF, for PACS) and `<name>.fhir.json` (FHIR R4 DocumentReference, or a transaction Bundle with a
/// DiagnosticReport as well, for the EHR).
///
/// Each is written atomically like the PDF. A document a case cannot be expressed in (a name with a
/// DICOM delimiter, an ID longer than DICOM allows) is refused with a sentence for errors.json;
/// the PDF and the other format are kept.
public struct ChartFiles: Sendable {
    /// The form of the FHIR file.
    public enum FHIRForm: String, Sendable, CaseIterable {
        /// A single DocumentReference.
        case documentReference = "document-reference"
        /// A transaction Bundle: the DocumentReference and a DiagnosticReport presenting the same PDF.
        case bundle
    }

    public var dicom: Bool
    public var fhir: FHIRForm?
    public var settings: ChartExportSettings

    public init(dicom: Bool, fhir: FHIRForm?, settings: ChartExportSettings) {
        self.dicom = dicom
        self.fhir = fhir
        self.settings = settings
    }

    /// Writes the requested documents for one patient's finished PDF.
    /// - Parameters:
    ///   - patientCase: the case the PDF was made from.
    ///   - pdf: the PDF's bytes, exactly as in the report file.
    ///   - status: the report's status, as its pages print it.
    ///   - reportDate: the date its pages print.
    ///   - directory: the output folder.
    ///   - fileBase: the patient's file name without extension.
    ///   - token: a number unique among the batch's workers, for temporary names.
    /// - Returns: one sentence per document that was refused or could not be written.
    func write(for patientCase: PatientCase, pdf: Data, status: DocumentStatus, reportDate: CalendarDate, in directory: URL, fileBase: String, token: Int) -> [String] {
        let document = ChartDocument(case: patientCase, pdf: pdf, status: status, reportDate: reportDate, settings: settings)
        let identity = DocumentIdentity(document, root: settings.uidRoot)
        var problems: [String] = []
        let who = "patient \(patientCase.patient.id)"
        if dicom {
            let destination = directory.appendingPathComponent(fileBase + ".dcm")
            do {
                let previous = PreviousRevision.readDICOM(at: destination, software: settings.software.name)
                let bytes = try EncapsulatedPDFWriter.encode(document, identity: identity,
                                                             instanceNumber: PreviousRevision.instanceNumber(for: identity, after: previous))
                try AtomicFile.write(bytes, to: destination, token: token)
            } catch {
                problems.append("\(patientCase.source): no DICOM file was written for \(who) (its PDF was): \(error)")
            }
        }
        if let fhir {
            let destination = directory.appendingPathComponent(fileBase + ".fhir.json")
            do {
                let replaces = PreviousRevision.replacedInstance(for: identity, after: PreviousRevision.readFHIR(at: destination))
                let bytes = fhir == .bundle
                    ? try FHIRJSON.encode(FHIRTransactionBundle(document, identity: identity, replaces: replaces))
                    : try FHIRJSON.encode(FHIRDocumentReference(document, identity: identity, replaces: replaces))
                try AtomicFile.write(bytes, to: destination, token: token)
            } catch {
                problems.append("\(patientCase.source): no FHIR file was written for \(who) (its PDF was): \(error)")
            }
        }
        return problems
    }
}
