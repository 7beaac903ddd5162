/// Whether a report is still a draft or has been signed off.
///
/// DICOM: Verification Flag `UNVERIFIED` / `VERIFIED`; FHIR: `docStatus` and the DiagnosticReport's
/// `status` `preliminary` / `final`.
public enum DocumentStatus: String, Sendable, CaseIterable, Codable {
    case preliminary, final

    /// DICOM's Verification Flag (0040,A493).
    public var verificationFlag: String { self == .final ? "VERIFIED" : "UNVERIFIED" }
}
