/// A dense symmetric positive-definite matrix, stored row-major, with its inverse by Cholesky
/// factorization: the information matrix of a logistic fit, the correlation matrix of the
/// collinearity diagnostics.
public struct SymmetricMatrix: Sendable, Equatable {
    /// Row-major entries, `n × n`.
    public private(set) var rows: [[Double]]

    /// Wraps a square matrix (only symmetry of the input is assumed, not checked).
    /// - Parameter rows: `n × n` entries.
    public init(_ rows: [[Double]]) {
        self.rows = rows
    }

    /// The order n.
    public var order: Int { rows.count }

    /// The Cholesky factor: the lower-triangular `L` with `A = LLᵀ` (Cholesky–Banachiewicz, column by
    /// column). O(n³).
    /// - Returns: `L` row-major, or `nil` when the matrix is not (numerically) positive definite, i.e. a
    ///   pivot is ≤ `1e-12 ·` its diagonal entry.
    public func choleskyFactor() -> [[Double]]? {
        let n = order
        var l = Array(repeating: Array(repeating: 0.0, count: n), count: n)
        for j in 0..<n {
            var pivot = rows[j][j]
            for k in 0..<j { pivot -= l[j][k] * l[j][k] }
            guard pivot > 1e-12 * max(abs(rows[j][j]), .leastNormalMagnitude) else { return nil }
            l[j][j] = pivot.squareRoot()
            for i in (j + 1)..<max(j + 1, n) {
                var s = rows[i][j]
                for k in 0..<j { s -= l[i][k] * l[j][k] }
                l[i][j] = s / l[j][j]
            }
        }
        return l
    }

    /// The inverse by Cholesky factorization `A = LLᵀ` (`choleskyFactor()`), then `A⁻¹ = L⁻ᵀL⁻¹`. O(n³).
    /// - Returns: The inverse, or `nil` when the matrix is not (numerically) positive definite.
    public func inverse() -> SymmetricMatrix? {
        let n = order
        guard let l = choleskyFactor() else { return nil }
        // L⁻¹ by forward substitution, column by column.
        var lInverse = Array(repeating: Array(repeating: 0.0, count: n), count: n)
        for c in 0..<n {
            lInverse[c][c] = 1 / l[c][c]
            for i in (c + 1)..<max(c + 1, n) {
                var s = 0.0
                for k in c..<i { s -= l[i][k] * lInverse[k][c] }
                lInverse[i][c] = s / l[i][i]
            }
        }
        var result = Array(repeating: Array(repeating: 0.0, count: n), count: n)
        for i in 0..<n {
            for j in 0...i {
                var s = 0.0
                for k in i..<n { s += lInverse[k][i] * lInverse[k][j] }
                result[i][j] = s
                result[j][i] = s
            }
        }
        return SymmetricMatrix(result)
    }
}
