/// A small dense real matrix stored row-major (for regression normal equations and covariance
/// matrices; not meant for large problems).
public struct Matrix: Sendable, Equatable {
    /// The number of rows.
    public let rows: Int
    /// The number of columns.
    public let columns: Int
    /// The entries, row by row (`rows · columns` values).
    public private(set) var elements: [Double]

    /// A matrix of zeros.
    /// - Parameters:
    ///   - rows: The number of rows (≥ 0).
    ///   - columns: The number of columns (≥ 0).
    public init(zeros rows: Int, _ columns: Int) {
        self.rows = rows
        self.columns = columns
        elements = [Double](repeating: 0, count: rows * columns)
    }

    /// A matrix from its rows.
    /// - Parameter rowValues: The rows, all of the same length.
    /// - Throws: ``StatisticsError/lengthMismatch(what:expected:got:)`` for ragged rows.
    public init(rows rowValues: [[Double]]) throws {
        let width = rowValues.first?.count ?? 0
        for row in rowValues where row.count != width {
            throw StatisticsError.lengthMismatch(what: "matrix rows", expected: width, got: row.count)
        }
        rows = rowValues.count
        columns = width
        elements = Array(rowValues.joined())
    }

    /// The entry in row `i`, column `j` (zero-based).
    public subscript(_ i: Int, _ j: Int) -> Double {
        get { elements[i * columns + j] }
        set { elements[i * columns + j] = newValue }
    }

    /// The rows as arrays.
    public var rowArrays: [[Double]] {
        (0..<rows).map { Array(elements[($0 * columns)..<(($0 + 1) * columns)]) }
    }

    /// The main diagonal.
    public var diagonal: [Double] { (0..<min(rows, columns)).map { self[$0, $0] } }
}
