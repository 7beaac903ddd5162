/// The result of a χ² test of independence.
public struct ChiSquareTest: Sendable, Equatable {
    /// The Pearson statistic `Σ (|O − E| − c)² / E` (c = Yates correction or 0).
    public let statistic: Double
    /// Degrees of freedom `(r − 1)(c − 1)`.
    public let degreesOfFreedom: Int
    /// The upper-tail p-value `P(χ²_df > statistic)`.
    public let pValue: Double
    /// Whether Yates' continuity correction was applied.
    public let isCorrected: Bool

    /// Pearson's χ² test of independence, as R `chisq.test(table, correct = yatesCorrection)`:
    /// Yates' correction `c = min(½, min |O − E|)` is applied only to 2×2 tables. O(r·c).
    /// - Parameters:
    ///   - table: The contingency table.
    ///   - yatesCorrection: Apply Yates' correction to a 2×2 table (R's default `true`).
    /// - Returns: The statistic, degrees of freedom and p-value.
    public static func independence(_ table: ContingencyTable, yatesCorrection: Bool = true) -> ChiSquareTest {
        let expected = table.expectedCounts
        let corrected = yatesCorrection && table.counts.count == 2 && table.counts[0].count == 2
        var deviations: [(Double, Double)] = []
        for (observedRow, expectedRow) in zip(table.counts, expected) {
            for (o, e) in zip(observedRow, expectedRow) { deviations.append((abs(o - e), e)) }
        }
        let yates = corrected ? min(0.5, deviations.map(\.0).min() ?? 0) : 0
        let statistic = deviations.reduce(0.0) { $0 + ($1.0 - yates) * ($1.0 - yates) / $1.1 }
        let df = (table.counts.count - 1) * (table.counts[0].count - 1)
        // df ≥ 1 because the table has at least two rows and two columns.
        let p = (try? ChiSquaredDistribution(degreesOfFreedom: Double(df)))?.survival(statistic) ?? .nan
        return ChiSquareTest(statistic: statistic, degreesOfFreedom: df, pValue: p, isCorrected: corrected)
    }
}
