import ClinicalModel

extension DocumentStatus {
    /// DICOM's Verification Flag (0040,A493).
    public var verificationFlag: String { self == .final ? "VERIFIED" : "UNVERIFIED" }
}
