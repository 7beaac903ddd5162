/// The lesions a patient's values are compared with: outcome plus predictors, and where they came from.
///
/// Built from a CSV file (`init(csvText:path:options:)`), from scored case files
/// (`init(lesions:provenance:)`), or the bundled synthetic cohort `syntheticZhang2025`.
public struct ReferenceCohort: Sendable, Hashable {
    /// Where the lesions come from; printed with every figure and table computed from them.
    public enum Provenance: Sendable, Hashable {
        /// Generated, not measured; the text says from what and how.
        case synthetic(description: String)
        /// Read from a CSV file at this path.
        case file(path: String)
        /// Built from a folder of case files with follow-up.
        case caseFolder(path: String)
    }

    /// A lesion left out of the cohort (only with `MissingValuePolicy.omitLesion`), and why.
    public struct Omission: Sendable, Hashable, CustomStringConvertible {
        /// 1-based line of the source file, when the lesion came from one.
        public var line: Int?
        /// The lesion's identifier.
        public var lesionId: String
        /// Why it was left out, e.g. "nic_ap_percent is missing".
        public var reason: String

        /// Creates an omission record.
        /// - Parameters:
        ///   - line: Source line, when known.
        ///   - lesionId: The lesion left out.
        ///   - reason: Why, as a phrase.
        public init(line: Int?, lesionId: String, reason: String) {
            self.line = line
            self.lesionId = lesionId
            self.reason = reason
        }

        /// E.g. "lesion c1 (line 6) left out: nic_ap_percent is missing".
        public var description: String {
            "lesion \(lesionId)\(line.map { " (line \($0))" } ?? "") left out: \(reason)"
        }
    }

    /// The words every figure and table computed from a synthetic cohort must show. The one place
    /// this text lives.
    public static let syntheticLabel = "Synthetic reference reconstructed from published summary statistics — not patient data"

    /// Fewest lesions of each outcome group for ROC and group statistics to be defined.
    public static let minimumLesionsPerGroup = 2

    /// The lesions, in source order.
    public private(set) var lesions: [CohortLesion]
    /// Where they come from.
    public private(set) var provenance: Provenance
    /// Names of the extra numeric columns, in source order.
    public private(set) var extraColumns: [String]
    /// Lesions of the source that were left out, with the reason.
    public private(set) var omissions: [Omission]

    /// Creates a cohort from lesions, e.g. built by the lead's case-folder reader.
    /// - Parameters:
    ///   - lesions: The lesions; identifiers should be unique (prefix them with the case when needed).
    ///   - provenance: Where they come from.
    ///   - extraColumns: Names of extra numeric values, in display order; by default the sorted union
    ///     of the lesions' `extras` keys.
    ///   - omissions: Lesions of the source left out, with the reason.
    /// - Throws: `ReferenceCohortError.tooFewLesions` when an outcome group has fewer than
    ///   `minimumLesionsPerGroup` lesions.
    public init(lesions: [CohortLesion], provenance: Provenance, extraColumns: [String]? = nil,
                omissions: [Omission] = []) throws {
        let positives = lesions.count { $0.outcome == .nonResponse }
        let negatives = lesions.count - positives
        guard positives >= Self.minimumLesionsPerGroup, negatives >= Self.minimumLesionsPerGroup else {
            throw ReferenceCohortError.tooFewLesions(source: provenance.sourceName, objectiveResponses: negatives,
                                                     nonResponses: positives, minimumPerGroup: Self.minimumLesionsPerGroup)
        }
        self.lesions = lesions
        self.provenance = provenance
        self.extraColumns = extraColumns ?? Array(Set(lesions.flatMap(\.extras.keys))).sorted()
        self.omissions = omissions
    }

    /// Whether the lesions were generated rather than measured.
    public var isSynthetic: Bool {
        if case .synthetic = provenance { return true }
        return false
    }

    /// The text a figure or table prints about its reference: `syntheticLabel` for a synthetic cohort,
    /// otherwise the source and the group sizes, e.g. "Reference cohort: cohort.csv (125 lesions: 71 ObR, 54 NR)".
    public var label: String {
        switch provenance {
        case .synthetic:
            source
        case .file, .caseFolder:
            "\(source) (\(lesions.count) lesions: \(count(.objectiveResponse)) ObR, \(count(.nonResponse)) NR)"
        }
    }

    /// Where the lesions come from, without their counts: `syntheticLabel`, or e.g. "Reference cohort: cohort.csv".
    public var source: String {
        switch provenance {
        case .synthetic: Self.syntheticLabel
        case .file, .caseFolder: "Reference cohort: \(provenance.sourceName)"
        }
    }

    /// The lesions with one outcome, in source order.
    /// - Parameter outcome: ObR or NR.
    /// - Returns: Those lesions.
    public func lesions(_ outcome: CohortLesion.Outcome) -> [CohortLesion] {
        lesions.filter { $0.outcome == outcome }
    }

    /// The number of lesions with one outcome.
    /// - Parameter outcome: ObR or NR.
    /// - Returns: How many lesions have it.
    public func count(_ outcome: CohortLesion.Outcome) -> Int {
        lesions.count { $0.outcome == outcome }
    }
}

extension ReferenceCohort.Provenance {
    /// The path, or for a synthetic cohort the word "synthetic reference", as used in messages.
    var sourceName: String {
        switch self {
        case .synthetic: "synthetic reference"
        case .file(let path), .caseFolder(let path): path
        }
    }
}
