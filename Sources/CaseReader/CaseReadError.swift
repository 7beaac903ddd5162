/// A problem that keeps a case file, or one patient in it, from being read.
///
/// Every error names the file (plus `#N` for the N-th patient of a multi-patient file), the
/// 1-based line when known, the key path inside the patient (0-based list indices, as in jq or
/// JSONPath: `lesions[1]` is the second lesion) and a sentence a radiologist can act on.
/// `description` is `source:line: key.path: message`, e.g.
/// `cases/p07.yaml:14: lesions[1].arterial.nic_percent: expected a number in percent, found "17,4" — write decimals with a point: 17.4`.
public struct CaseReadError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What went wrong, for programs (exit codes, tests); the sentence is in `message`.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// The file could not be opened or read.
        case unreadableFile
        /// The file is larger than `CaseReaderLimits.maxFileBytes`.
        case fileTooLarge
        /// Not UTF-8 text, or it contains NUL bytes.
        case invalidEncoding
        /// A character that none of the report's fonts can print (`PrintableCharacters`).
        case unprintableCharacter
        /// The file holds nothing (empty, only comments, or an empty list).
        case emptyFile
        /// Not valid YAML or JSON.
        case syntax
        /// The same key twice in one mapping.
        case duplicateKey
        /// Too deep, too many nodes or aliases: refused to protect the reader.
        case limitExceeded
        /// A key that the schema does not know at that level.
        case unknownKey
        /// A value of the wrong kind (text where a number belongs, a list where a date belongs, …).
        case wrongType
        /// A required value is absent.
        case missingValue
        /// A number outside what is physically or clinically possible (including negative and non-finite).
        case outOfRange
        /// A date that is malformed, does not exist or contradicts another date.
        case invalidDate
        /// A word that is not one of the allowed values.
        case unknownValue
        /// A `schema_version` this reader does not understand.
        case unsupportedSchemaVersion
        /// A list that must not be empty is empty.
        case emptyList
        /// A list mixing single numbers and ROI lists.
        case mixedList
        /// Two lesions with the same id, or one lesion twice in a follow-up.
        case duplicateId
        /// A follow-up refers to a lesion id that the case does not define.
        case unknownReference
        /// An identifier that breaks its syntax (a DICOM UID, an accession number too long for DICOM).
        case invalidIdentifier
        /// Two recorded values contradict each other (e.g. NIC and the iodine concentrations it derives from).
        case inconsistentValues
        /// More problems than `CaseReaderLimits.maxErrorsPerCase`; the rest were not listed.
        case tooManyErrors
        /// No case files were found where the user pointed.
        case noCaseFiles
        /// Two values that must agree do not (a patient's rows in a spreadsheet, a dose report and its case).
        case conflictingValues
    }

    /// The file path as given, plus `#N` (1-based) for the N-th patient of a multi-patient file.
    public var source: String
    /// 1-based line in the file, when known.
    public var line: Int?
    /// Key path inside the patient document, e.g. `lesions[1].arterial.nic_percent`; empty for the whole file.
    public var keyPath: String
    public var kind: Kind
    /// A sentence for the clinician, without the location prefix.
    public var message: String
    /// For a spreadsheet: the cell and its column header, e.g. `lesions!I7 (size_mm)`; it replaces
    /// the line and key path in `description`.
    public var cell: String?
    /// The patient ID and name the broken case still yields (its patient block read), so that a
    /// case that cannot be reported is listed by who it is, not by its path alone.
    public var patientId: String?
    public var patientName: String?

    /// Creates an error.
    /// - Parameters:
    ///   - source: File path, with `#N` for the N-th patient of a multi-patient file.
    ///   - line: 1-based line, when known.
    ///   - keyPath: Key path inside the patient document; empty for file-level problems.
    ///   - kind: The category.
    ///   - message: The sentence shown after the location.
    ///   - cell: For a spreadsheet, the cell and its column header.
    public init(source: String, line: Int?, keyPath: String, kind: Kind, message: String, cell: String? = nil) {
        self.source = source
        self.line = line
        self.keyPath = keyPath
        self.kind = kind
        self.message = message
        self.cell = cell
    }

    /// `source:line: key.path: message`, or `source: cell: message` for a spreadsheet; the line
    /// and key path are left out when unknown.
    public var description: String {
        if let cell { return "\(source): \(cell): \(message)" }
        var text = source
        if let line { text += ":\(line)" }
        text += ": "
        if !keyPath.isEmpty { text += keyPath + ": " }
        return text + message
    }
}
