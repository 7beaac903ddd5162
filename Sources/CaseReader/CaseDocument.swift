import ClinicalModel

/// One patient's document built by a reader of another source (a spreadsheet), to be decoded
/// with exactly the rules, vocabulary and sentences of a case file.
///
/// Its nodes' `line` values are 1-based indices into `placeNames`, the reader's own names of the
/// places (cells) the values came from; errors keep those indices in `CaseReadError.line` for the
/// reader to resolve, and sentences that name two places use `placeNames`.
public struct CaseDocument: Sendable, Hashable {
    /// The patient document: a mapping with the keys of a case file.
    public var root: SourceNode
    /// Name used for `PatientCase.source` of the decoded case.
    public var caseSource: String
    /// Name of place N (a node with `line` N), e.g. `lesions!G3`.
    public var placeNames: [String]
    /// Warnings found by the source's reader (e.g. an ID stored as a number), added to the case's.
    public var warnings: [InputWarning]

    /// Creates a document.
    /// - Parameters:
    ///   - root: The patient mapping.
    ///   - caseSource: `PatientCase.source` of the decoded case.
    ///   - placeNames: Names of the places the nodes' `line` values index (1-based).
    ///   - warnings: Warnings of the source's reader.
    public init(root: SourceNode, caseSource: String, placeNames: [String], warnings: [InputWarning] = []) {
        self.root = root
        self.caseSource = caseSource
        self.placeNames = placeNames
        self.warnings = warnings
    }
}
