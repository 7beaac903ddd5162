/// Fisher's exact test for a 2×2 table, two-sided, as R `fisher.test`.
///
/// With margins fixed, the top-left count follows the hypergeometric distribution on
/// `max(0, k − n) … min(k, m)` (m, n the column totals, k the first row total). The two-sided p-value
/// sums the probabilities of all tables no more likely than the observed one, with R's relative
/// tolerance `1 + 10⁻⁷` for ties in probability. Probabilities come from the ratio recurrence
/// `d(x + 1)/d(x) = (m − x)(k − x) / ((x + 1)(n − k + x + 1))` accumulated in logs and
/// normalized, so no factorials overflow. O(min(k, m)).
public enum FisherExactTest {
    /// The two-sided p-value.
    /// - Parameter table: A 2×2 table of integer counts.
    /// - Returns: The p-value in [0, 1].
    /// - Throws: ``StatisticsError/invalidContingencyTable(reason:)`` for a table that is not 2×2 or
    ///   has non-integer counts.
    public static func pValue(_ table: ContingencyTable) throws -> Double {
        guard table.counts.count == 2, table.counts[0].count == 2 else {
            throw StatisticsError.invalidContingencyTable(reason: "Fisher's exact test here needs a 2×2 table")
        }
        guard table.counts.joined().allSatisfy({ $0 == $0.rounded() }) else {
            throw StatisticsError.invalidContingencyTable(reason: "Fisher's exact test needs whole-number counts")
        }
        let m = Int(table.columnTotals[0]), n = Int(table.columnTotals[1]), k = Int(table.rowTotals[0])
        let observed = Int(table.counts[0][0])
        let lo = max(0, k - n), hi = min(k, m)
        // Log-weights relative to x = lo, then rescaled by the largest so nothing overflows.
        var logWeights = [0.0]
        for x in lo..<hi {
            let ratio = Double(m - x) * Double(k - x) / (Double(x + 1) * Double(n - k + x + 1))
            logWeights.append(logWeights[logWeights.count - 1] + Math.log(ratio))
        }
        let largest = logWeights.max() ?? 0
        let probabilities = logWeights.map { Math.exp($0 - largest) }
        let sum = probabilities.reduce(0, +)
        let threshold = probabilities[observed - lo] * (1 + 1e-7)
        let p = probabilities.filter { $0 <= threshold }.reduce(0, +) / sum
        return min(p, 1)
    }
}
