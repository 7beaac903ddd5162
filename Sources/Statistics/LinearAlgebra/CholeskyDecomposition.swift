/// The Cholesky factorization `A = L Lᵀ` of a symmetric positive definite matrix, with solves and
/// the inverse.
///
/// Factorization O(p³/3), each solve O(p²), the inverse O(p³). Only the lower triangle of A is read.
public struct CholeskyDecomposition: Sendable {
    /// The lower-triangular factor L.
    public let lower: Matrix

    /// Factorizes `matrix`.
    /// - Parameter matrix: A square symmetric positive definite matrix.
    /// - Throws: ``StatisticsError/singularDesign`` when the matrix is not (numerically) positive
    ///   definite — a pivot ≤ 10⁻¹⁰ · Aⱼⱼ, i.e. a column whose part not explained by the previous
    ///   ones is below 10⁻⁵ of its norm (a variance inflation factor above 10¹⁰) — and
    ///   ``StatisticsError/lengthMismatch(what:expected:got:)`` when it is not square.
    public init(_ matrix: Matrix) throws {
        guard matrix.rows == matrix.columns else {
            throw StatisticsError.lengthMismatch(what: "rows and columns of a square matrix", expected: matrix.rows, got: matrix.columns)
        }
        let p = matrix.rows
        var l = Matrix(zeros: p, p)
        for j in 0..<p {
            var pivot = matrix[j, j]
            for k in 0..<j { pivot -= l[j, k] * l[j, k] }
            guard pivot > 1e-10 * matrix[j, j], pivot > 0, pivot.isFinite else { throw StatisticsError.singularDesign }
            let root = pivot.squareRoot()
            l[j, j] = root
            for i in (j + 1)..<max(p, j + 1) {
                var s = matrix[i, j]
                for k in 0..<j { s -= l[i, k] * l[j, k] }
                l[i, j] = s / root
            }
        }
        lower = l
    }

    /// Solves `A x = b` by forward and back substitution.
    /// - Parameter b: The right-hand side (length p).
    /// - Returns: x.
    public func solve(_ b: [Double]) -> [Double] {
        let p = lower.rows
        var y = b
        for i in 0..<p {
            for k in 0..<i { y[i] -= lower[i, k] * y[k] }
            y[i] /= lower[i, i]
        }
        for i in stride(from: p - 1, through: 0, by: -1) {
            for k in (i + 1)..<max(p, i + 1) { y[i] -= lower[k, i] * y[k] }
            y[i] /= lower[i, i]
        }
        return y
    }

    /// `A⁻¹`, column by column (symmetric by construction up to rounding; symmetrized).
    /// - Returns: The inverse matrix.
    public func inverse() -> Matrix {
        let p = lower.rows
        var result = Matrix(zeros: p, p)
        for j in 0..<p {
            var unit = [Double](repeating: 0, count: p)
            unit[j] = 1
            let column = solve(unit)
            for i in 0..<p { result[i, j] = column[i] }
        }
        for i in 0..<p {
            for j in 0..<i {
                let mean = (result[i, j] + result[j, i]) / 2
                result[i, j] = mean
                result[j, i] = mean
            }
        }
        return result
    }
}
