/// An r×c table of counts with the χ² test of independence and, for 2×2 tables, Fisher's exact test.
public struct ContingencyTable: Sendable, Equatable {
    /// The counts, one array per row.
    public let counts: [[Double]]

    /// Creates a table.
    /// - Parameter rows: At least 2 rows and 2 columns of equal length, non-negative finite counts,
    ///   no empty row or column.
    /// - Throws: ``StatisticsError/invalidContingencyTable(reason:)`` otherwise.
    public init(rows: [[Double]]) throws {
        guard rows.count >= 2, let width = rows.first?.count, width >= 2 else {
            throw StatisticsError.invalidContingencyTable(reason: "it needs at least two rows and two columns")
        }
        guard rows.allSatisfy({ $0.count == width }) else {
            throw StatisticsError.invalidContingencyTable(reason: "its rows have different lengths")
        }
        guard rows.joined().allSatisfy({ $0 >= 0 && $0.isFinite }) else {
            throw StatisticsError.invalidContingencyTable(reason: "counts must be non-negative finite numbers")
        }
        counts = rows
        guard rowTotals.allSatisfy({ $0 > 0 }), columnTotals.allSatisfy({ $0 > 0 }) else {
            throw StatisticsError.invalidContingencyTable(reason: "a row or column is empty")
        }
    }

    /// Row sums.
    public var rowTotals: [Double] { counts.map { $0.reduce(0, +) } }
    /// Column sums.
    public var columnTotals: [Double] { counts[0].indices.map { j in counts.reduce(0) { $0 + $1[j] } } }
    /// The grand total N.
    public var total: Double { rowTotals.reduce(0, +) }

    /// Expected counts under independence, `Eᵢⱼ = rowᵢ · colⱼ / N` (check them before trusting the χ²
    /// approximation; the usual rule is all ≥ 5).
    public var expectedCounts: [[Double]] {
        let rows = rowTotals, columns = columnTotals, n = total
        return rows.map { r in columns.map { r * $0 / n } }
    }
}
