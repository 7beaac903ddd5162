import ClinicalModel

/// What a batch's chart documents share: set once per run from the command line and the template.
/// The report's status and date are not here: the run decides them once and gives them to the printed
/// page and to `ChartDocument(case:pdf:status:reportDate:settings:)` alike.
public struct ChartExportSettings: Sendable {
    /// The root under which the document's UIDs are made.
    public var uidRoot: UIDRoot
    /// Who assigned the patient IDs (a URI); `nil`: the documents say the ID has no issuer.
    public var patientIdIssuer: String?
    public var institution: String?
    public var title: String
    public var software: ChartDocument.Software

    public init(uidRoot: UIDRoot, patientIdIssuer: String?, institution: String?, title: String,
                software: ChartDocument.Software) {
        self.uidRoot = uidRoot
        self.patientIdIssuer = patientIdIssuer
        self.institution = institution
        self.title = title
        self.software = software
    }

    /// Checks a patient-ID issuer: an absolute URI (FHIR `Identifier.system`) that also fits DICOM's
    /// Issuer of Patient ID (at most 64 characters, no backslash).
    /// - Returns: a sentence saying what is wrong, or `nil` when `issuer` is usable.
    public static func problem(withIssuer issuer: String) -> String? {
        let example = "e.g. urn:oid:2.16.840.1.113883.2.4.6.3 or https://hospital.example/fhir/mrn"
        if issuer.count > 64 { return "the patient-ID issuer has \(issuer.count) characters; DICOM's Issuer of Patient ID holds at most 64" }
        guard let colon = issuer.firstIndex(of: ":"), colon != issuer.startIndex,
              issuer[..<colon].allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "+-.".contains($0)) }),
              issuer[..<colon].first?.isLetter == true,
              issuer.index(after: colon) != issuer.endIndex else {
            return "the patient-ID issuer \"\(issuer)\" is not a URI; FHIR needs one (\(example))"
        }
        if issuer.contains(where: { $0.isWhitespace || $0 == "\\" || !$0.isASCII }) {
            return "the patient-ID issuer \"\(issuer)\" contains spaces, a backslash or non-ASCII characters; write it as a URI (\(example))"
        }
        return nil
    }
}
