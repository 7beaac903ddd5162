/// Whether a report is still a draft or has been signed off: decided once per run (the template's
/// `records.status`, or `--final`) and carried by the printed page, the DICOM copy and the FHIR
/// resources alike.
///
/// DICOM: Verification Flag `UNVERIFIED` / `VERIFIED`; FHIR: `docStatus` and the DiagnosticReport's
/// `status` `preliminary` / `final`; the page header: "Preliminary — not signed off" / "Final".
public enum DocumentStatus: String, Sendable, CaseIterable, Codable {
    case preliminary, final
}
