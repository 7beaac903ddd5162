import Statistics

/// One categorical variable compared between the outcome groups: counts (%) per level and a test.
///
/// Rule: Fisher's exact test (two-sided) for a 2×2 table with an expected count below 5; otherwise
/// Pearson's χ² without continuity correction. Percentages are within each outcome group. Missing
/// values are left out. O(n + levels).
public struct CategoricalComparison: Sendable, Hashable, Codable {
    /// One level's counts.
    public struct Level: Sendable, Hashable, Codable {
        /// The category code.
        public let value: Double
        public let negativeCount: Int
        public let positiveCount: Int
        /// Percent of the negative / positive group with this level.
        public let negativePercent: Double
        public let positivePercent: Double
    }

    /// The test used.
    public enum Test: String, Sendable, Hashable, Codable {
        case pearsonChiSquare = "pearson_chi_square"
        case fisherExact = "fisher_exact"
    }

    public let name: String
    public let label: String
    /// Levels in ascending code order.
    public let levels: [Level]
    public let test: Test
    /// χ² statistic (also reported when Fisher's test is used), p-value of the chosen test, and the
    /// smallest expected count.
    public let chiSquare: Double
    public let pValue: Double
    public let minimumExpected: Double
    /// Lesions without a value.
    public let missing: Int

    /// Compares one column.
    /// - Parameters:
    ///   - column: A categorical column.
    ///   - outcomes: Outcome per lesion.
    /// - Throws: `CohortAnalysisError.malformedCohort` when the column has a single level;
    ///   `StatisticsError` when an outcome group has no value.
    public init(column: AnalysisCohort.Column, outcomes: [Bool]) throws {
        let codes = Array(Set(column.values.compactMap { $0 })).sorted()
        guard codes.count >= 2 else {
            throw CohortAnalysisError.malformedCohort(reason: "the column \(column.name) has a single category, so it cannot be compared")
        }
        var table = [Array(repeating: 0, count: codes.count), Array(repeating: 0, count: codes.count)]
        for (value, outcome) in zip(column.values, outcomes) {
            guard let value, let j = codes.firstIndex(of: value) else { continue }
            table[outcome ? 1 : 0][j] += 1
        }
        let negatives = Double(table[0].reduce(0, +)), positives = Double(table[1].reduce(0, +))
        name = column.name
        label = column.label
        levels = codes.indices.map { j in
            Level(value: codes[j], negativeCount: table[0][j], positiveCount: table[1][j],
                  negativePercent: 100 * Double(table[0][j]) / negatives,
                  positivePercent: 100 * Double(table[1][j]) / positives)
        }
        let contingency = try ContingencyTable(rows: table.map { $0.map(Double.init) })
        let pearson = ChiSquareTest.independence(contingency, yatesCorrection: false)
        chiSquare = pearson.statistic
        minimumExpected = contingency.expectedCounts.flatMap { $0 }.min() ?? 0
        if codes.count == 2 && minimumExpected < 5 {
            test = .fisherExact
            pValue = try FisherExactTest.pValue(contingency)
        } else {
            test = .pearsonChiSquare
            pValue = pearson.pValue
        }
        missing = column.values.count { $0 == nil }
    }
}
