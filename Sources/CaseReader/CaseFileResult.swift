import ClinicalModel

/// What reading one case file produced: the patients that are valid and the errors of those that are not.
///
/// One bad patient in a multi-patient file does not lose the others: valid patients are in `cases`,
/// each invalid one contributes its errors (with `#N` in `CaseReadError.source`).
public struct CaseFileResult: Sendable, Hashable {
    /// The file path as given.
    public var source: String
    /// Valid patients, in file order.
    public var cases: [PatientCase]
    /// Every problem found, in file order; empty when the whole file is valid.
    public var errors: [CaseReadError]
    /// Number of patient documents found in the file (valid or not); 0 when the file could not be parsed.
    public var entryCount: Int

    /// Creates a result.
    /// - Parameters:
    ///   - source: The file path as given.
    ///   - cases: Valid patients.
    ///   - errors: Problems found.
    ///   - entryCount: Patient documents found.
    public init(source: String, cases: [PatientCase], errors: [CaseReadError], entryCount: Int) {
        self.source = source
        self.cases = cases
        self.errors = errors
        self.entryCount = entryCount
    }

    /// Whether every patient in the file was read without error.
    public var isValid: Bool { errors.isEmpty }
}
