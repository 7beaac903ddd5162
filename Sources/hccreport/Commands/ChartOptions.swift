import ArgumentParser
import BatchProcessing
import ChartExport
import ClinicalModel
import ReportComposer

/// `render`'s options for the documents that carry each report into the chart (PACS, EHR).
struct ChartOptions: ParsableArguments {
    @Flag(name: .long, help: "Also write DIR/<name>.dcm per patient: a DICOM Encapsulated PDF for PACS.")
    var dicom = false

    @Flag(name: .long, help: "Also write DIR/<name>.fhir.json per patient: a FHIR R4 DocumentReference for the EHR.")
    var fhir = false

    @Flag(name: .customLong("fhir-bundle"),
          help: "Write the FHIR file as a transaction Bundle: the DocumentReference and a DiagnosticReport with the same PDF (implies --fhir).")
    var fhirBundle = false

    @Option(name: .customLong("patient-id-issuer"),
            help: ArgumentHelp("Who assigns the patient IDs, as a URI (default: the template's records.patient_id_issuer; without one the documents say the ID has no issuer).",
                               valueName: "URI"))
    var patientIdIssuer: String?

    @Flag(name: .long, help: "Mark the reports final (signed off) rather than preliminary: printed in each report's header and written into the DICOM and FHIR copies (default: the template's records.status).")
    var final = false

    @Option(name: .customLong("uid-root"),
            help: ArgumentHelp("Your organisation's UID root for the DICOM UIDs (default 2.25: UUID-derived UIDs, no registration needed).",
                               valueName: "UID"))
    var uidRoot: String?

    func validate() throws {
        if let patientIdIssuer, let problem = ChartExportSettings.problem(withIssuer: patientIdIssuer) {
            throw ValidationError("--patient-id-issuer: \(problem).")
        }
        if let uidRoot {
            do { _ = try UIDRoot(validating: uidRoot) } catch { throw ValidationError("\(error)") }
        }
    }

    /// Whether the reports are signed off: `--final`, else the template's `records.status`. The one
    /// value the PDF's header prints and the DICOM and FHIR documents carry.
    func status(template: ReportTemplate) -> DocumentStatus {
        final ? .final : template.records.status
    }

    /// The chart documents to write, or `nil` when neither --dicom nor --fhir was given.
    /// - Throws: `SetupError` when the template's issuer is not a usable URI.
    func chartFiles(template: ReportTemplate, institution: String?) throws -> ChartFiles? {
        guard dicom || fhir || fhirBundle else { return nil }
        let issuer = patientIdIssuer ?? template.records.patientIdIssuer
        if let issuer, let problem = ChartExportSettings.problem(withIssuer: issuer) {
            throw SetupError("The template's records.patient_id_issuer cannot be used: \(problem).")
        }
        let root = try uidRoot.map { try UIDRoot(validating: $0) } ?? .uuidDerived
        let settings = ChartExportSettings(uidRoot: root, patientIdIssuer: issuer,
                                           institution: institution ?? (template.institution.isEmpty ? nil : template.institution),
                                           title: template.title,
                                           software: ChartDocument.Software(name: "hccreport", version: ToolVersion.current))
        return ChartFiles(dicom: dicom, fhir: fhirBundle ? .bundle : (fhir ? .documentReference : nil), settings: settings)
    }
}
