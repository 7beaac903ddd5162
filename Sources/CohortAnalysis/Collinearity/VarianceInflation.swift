import Statistics

/// Multicollinearity screening by variance inflation factors, removing the worst predictor above a
/// limit in turn (the paper removed IC-AP and Zeff-AP this way, limit 5).
///
/// `VIF_j = 1/(1 − R_j²)` with `R_j²` from the OLS regression (with intercept) of predictor j on the
/// others. Computed through the identity `VIF_j = (C⁻¹)_jj` for the correlation matrix C of the
/// predictors, which gives the same numbers as `car::vif` on a linear model. O(steps · (n·p² + p³)).
public struct VarianceInflation: Sendable, Hashable, Codable {
    /// One round: the predictors still in, their VIFs, and the one removed (if any).
    public struct Step: Sendable, Hashable, Codable {
        /// Predictor names in this round, in candidate order.
        public let predictors: [String]
        /// VIF of each predictor, same order.
        public let factors: [Double]
        /// The predictor removed after this round (the largest VIF, when above the limit).
        public let removed: String?
    }

    /// The rounds, first to last.
    public let steps: [Step]
    /// The predictors kept.
    public let kept: [String]
    /// The limit: a predictor with VIF above it is removed (worst first).
    public let limit: Double

    /// Runs the elimination. At least two predictors always remain (a VIF needs two).
    /// - Parameters:
    ///   - names: Predictor names.
    ///   - columns: One column per name, complete cases only, equal lengths.
    ///   - limit: VIF limit, 5 by default.
    /// - Throws: `CohortAnalysisError.noCandidatePredictors` when the predictors are exactly
    ///   collinear or one is constant (the correlation matrix is singular).
    public init(names: [String], columns: [[Double]], limit: Double = 5) throws {
        var current = Array(names.indices)
        var steps: [Step] = []
        while true {
            guard current.count >= 2 else {
                steps.append(Step(predictors: current.map { names[$0] }, factors: current.map { _ in 1 }, removed: nil))
                break
            }
            let factors = try Self.factors(current.map { columns[$0] }, names: current.map { names[$0] })
            let worst = factors.indices.max { factors[$0] < factors[$1] } ?? 0
            let remove = factors[worst] > limit && current.count > 2
            steps.append(Step(predictors: current.map { names[$0] }, factors: factors,
                              removed: remove ? names[current[worst]] : nil))
            guard remove else { break }
            current.remove(at: worst)
        }
        self.steps = steps
        self.kept = current.map { names[$0] }
        self.limit = limit
    }

    /// The VIFs of a set of columns: the diagonal of the inverse correlation matrix. O(n·p² + p³).
    static func factors(_ columns: [[Double]], names: [String]) throws -> [Double] {
        let p = columns.count
        let centred = try columns.map { column -> [Double] in
            let mean = try Descriptive.mean(column)
            return column.map { $0 - mean }
        }
        let scale = centred.map { $0.reduce(0) { $0 + $1 * $1 }.squareRoot() }
        if let flat = scale.firstIndex(where: { $0 == 0 }) {
            throw CohortAnalysisError.noCandidatePredictors(reason: "\(names[flat]) has the same value in every lesion")
        }
        var correlation = Array(repeating: Array(repeating: 0.0, count: p), count: p)
        for a in 0..<p {
            for b in 0...a {
                let c = zip(centred[a], centred[b]).reduce(0) { $0 + $1.0 * $1.1 } / (scale[a] * scale[b])
                correlation[a][b] = c
                correlation[b][a] = c
            }
        }
        guard let inverse = SymmetricMatrix(correlation).inverse() else {
            throw CohortAnalysisError.noCandidatePredictors(
                reason: "the predictors \(names.joined(separator: ", ")) are exactly collinear")
        }
        return (0..<p).map { inverse.rows[$0][$0] }
    }
}
