/// Everything one case file says about one patient: the unit that is scored and reported.
public struct PatientCase: Sendable, Hashable, Codable {
    /// Where the case came from: the file path, plus `#N` when a file holds several patients.
    public var source: String
    /// The case file's schema version (currently 1).
    public var schemaVersion: Int
    public var patient: Patient
    public var exam: Exam?
    public var lesions: [Lesion]
    public var treatment: Treatment?
    /// Follow-up time points in date order.
    public var followUps: [FollowUp]
    /// Plausible-but-suspicious input found while reading (not model-dependent).
    public var readWarnings: [InputWarning]

    public init(source: String, schemaVersion: Int = 1, patient: Patient, exam: Exam? = nil, lesions: [Lesion],
                treatment: Treatment? = nil, followUps: [FollowUp] = [], readWarnings: [InputWarning] = []) {
        self.source = source
        self.schemaVersion = schemaVersion
        self.patient = patient
        self.exam = exam
        self.lesions = lesions
        self.treatment = treatment
        self.followUps = followUps
        self.readWarnings = readWarnings
    }

    /// The lesion with `id`, if any.
    public func lesion(id: String) -> Lesion? { lesions.first { $0.id == id } }
}

/// A value that was read but looks suspicious: printed on the report, never silently dropped.
public struct InputWarning: Sendable, Hashable, Codable, CustomStringConvertible {
    /// Key path in the case file, e.g. `lesions[1].arterial.nic_percent`; for a spreadsheet, the
    /// cell and its column, e.g. `lesions!K3 (nic_ap_percent)`.
    public var keyPath: String
    /// 1-based line in the case file when known (YAML and JSON).
    public var line: Int?
    /// A sentence for the clinician.
    public var message: String

    public init(keyPath: String, line: Int? = nil, message: String) {
        self.keyPath = keyPath
        self.line = line
        self.message = message
    }

    public var description: String { "\(keyPath): \(message)" }
}
