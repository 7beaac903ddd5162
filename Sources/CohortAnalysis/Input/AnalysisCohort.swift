/// The lesions of one cohort as the analysis sees them: a binary outcome and named columns.
///
/// Built from a `ReferenceCohort` (CSV or case folder) with `init(_:categoricalColumns:)`, or
/// directly from columns. Numeric columns are summarised by group, tested, screened and offered to
/// the regression; categorical columns (numeric codes such as 0/1) get counts (%) and χ²/Fisher.
public struct AnalysisCohort: Sendable, Hashable {
    /// One column of values, one per lesion; `nil` where the value is missing.
    public struct Column: Sendable, Hashable, Codable {
        /// Whether the column is a measurement or a category code.
        public enum Kind: String, Sendable, Hashable, Codable {
            case numeric
            case categorical
        }

        /// Machine name, e.g. `nic_ap_percent` (matches `NomogramModel.Predictor.name`).
        public var name: String
        /// Printed label, e.g. "NIC-AP".
        public var label: String
        /// Printed unit, e.g. "%"; empty for none.
        public var unit: String
        /// Measurement or category code.
        public var kind: Kind
        /// One value per lesion, in cohort order.
        public var values: [Double?]
    }

    /// Lesion identifiers, in order.
    public let lesionIds: [String]
    /// `true` for the positive (modelled) class, e.g. NR.
    public let outcomes: [Bool]
    /// The columns, in display order.
    public let columns: [Column]
    /// Short names of the classes, e.g. "NR" and "ObR".
    public let positiveClass: String
    public let negativeClass: String
    /// What the cohort is, printed with every table (e.g. the reference cohort's label).
    public let description: String
    /// Where the lesions come from, without their counts (e.g. "Reference cohort: cohort.csv"), for
    /// texts that print the counts of the analysis themselves.
    public let source: String
    /// Whether the lesions were generated rather than measured.
    public let isSynthetic: Bool

    /// Creates a cohort from columns.
    /// - Parameters:
    ///   - lesionIds: One identifier per lesion.
    ///   - outcomes: One outcome per lesion (`true` = positive class).
    ///   - columns: Columns with one value per lesion each.
    ///   - positiveClass: Name of the positive class.
    ///   - negativeClass: Name of the negative class.
    ///   - description: What the cohort is.
    ///   - source: Where the lesions come from, without counts (default: `description`).
    ///   - isSynthetic: Whether it is generated data.
    /// - Throws: `CohortAnalysisError.malformedCohort` when lengths differ or names repeat, and
    ///   `.tooFewLesions` when a class has fewer than two lesions.
    public init(lesionIds: [String], outcomes: [Bool], columns: [Column], positiveClass: String = "NR",
                negativeClass: String = "ObR", description: String, source: String? = nil,
                isSynthetic: Bool = false) throws {
        guard lesionIds.count == outcomes.count, columns.allSatisfy({ $0.values.count == outcomes.count }) else {
            throw CohortAnalysisError.malformedCohort(
                reason: "every column must have one value per lesion (\(outcomes.count) lesions)")
        }
        guard Set(columns.map(\.name)).count == columns.count else {
            throw CohortAnalysisError.malformedCohort(reason: "column names must be unique")
        }
        let positives = outcomes.count { $0 }
        guard positives >= 2, outcomes.count - positives >= 2 else {
            throw CohortAnalysisError.tooFewLesions(positive: positives, negative: outcomes.count - positives,
                                                    positiveClass: positiveClass, negativeClass: negativeClass)
        }
        self.lesionIds = lesionIds
        self.outcomes = outcomes
        self.columns = columns
        self.positiveClass = positiveClass
        self.negativeClass = negativeClass
        self.description = description
        self.source = source ?? description
        self.isSynthetic = isSynthetic
    }

    /// Number of lesions.
    public var count: Int { outcomes.count }

    /// Number of lesions of the positive class.
    public var positiveCount: Int { outcomes.count { $0 } }

    /// A column by machine name.
    /// - Parameter name: The column's `name`.
    /// - Returns: The column, or `nil`.
    public func column(named name: String) -> Column? {
        columns.first { $0.name == name }
    }

    /// The numeric columns, in display order.
    public var numericColumns: [Column] { columns.filter { $0.kind == .numeric } }

    /// The categorical columns, in display order.
    public var categoricalColumns: [Column] { columns.filter { $0.kind == .categorical } }
}
