/// A maximum-likelihood logistic regression fitted by Newton–Raphson (= IRLS for the canonical
/// logit link), with an optional offset, the coefficient covariance `(XᵀWX)⁻¹`, and detection of
/// (quasi-)complete separation.
///
/// The offset serves calibration-in-the-large, the intercept of `logit P = α + offset(lp)`; without
/// an intercept and with one column it gives the calibration slope. Convergence: R's glm criterion `|D − D_old|/(|D| + 0.1) < 1e-14`, or
/// all steps below `1e-12·(1 + |β|)`; at most 100 iterations; a step that increases the deviance
/// is halved (up to 30 times). Separation is flagged, as R's warning "fitted probabilities
/// numerically 0 or 1 occurred", when a fitted probability is within `10·ε` of 0 or 1 (ε the
/// double precision epsilon), or when `XᵀWX` becomes singular after the first iteration (the weights
/// collapse as coefficients diverge); it is complete when the deviance is below 1e-6.
/// O(iterations·n·p²).
public struct LogisticFit: Sendable, Hashable {
    /// How the outcome is separated by the predictors.
    public enum Separation: String, Sendable, Hashable, Codable {
        /// Some lesions are predicted with probability numerically 0 or 1.
        case quasiComplete = "quasi_complete"
        /// Every lesion is predicted with probability numerically 0 or 1.
        case complete
    }

    /// Coefficients: intercept first (when fitted), then one per column.
    public let coefficients: [Double]
    /// Covariance of the coefficients, `(XᵀWX)⁻¹` at the estimate.
    public let covariance: [[Double]]
    /// Residual deviance −2 log L.
    public let deviance: Double
    /// Newton iterations used.
    public let iterations: Int
    /// Whether the convergence criterion was met.
    public let converged: Bool
    /// Separation detected, if any.
    public let separation: Separation?
    /// Linear predictor per observation, offset included.
    public let linearPredictors: [Double]

    /// Standard errors, the square roots of the covariance diagonal.
    public var standardErrors: [Double] { covariance.indices.map { covariance[$0][$0].squareRoot() } }

    /// Fits the model.
    /// - Parameters:
    ///   - columns: Predictor columns, each with one value per observation (may be empty).
    ///   - outcomes: One outcome per observation (`true` = event).
    ///   - offset: A known term added to the linear predictor, or `nil`.
    ///   - intercept: Whether to fit an intercept.
    /// - Throws: `LogisticFitError.singular` when `XᵀWX` cannot be inverted (collinear or constant
    ///   predictors), `.noParameters` for an empty model, `.lengthMismatch` when a column or the offset
    ///   does not have one value per outcome.
    public init(columns: [[Double]], outcomes: [Bool], offset: [Double]? = nil, intercept: Bool = true) throws(LogisticFitError) {
        let n = outcomes.count
        let design: [[Double]] = (intercept ? [Array(repeating: 1.0, count: n)] : []) + columns
        let p = design.count
        guard p > 0 else { throw .noParameters }
        guard design.allSatisfy({ $0.count == n }), offset.map({ $0.count == n }) ?? true else { throw .lengthMismatch }
        let y = outcomes.map { $0 ? 1.0 : 0.0 }
        let off = offset ?? Array(repeating: 0, count: n)
        func linear(_ beta: [Double]) -> [Double] {
            (0..<n).map { i in
                var eta = off[i]
                for j in 0..<p { eta += design[j][i] * beta[j] }
                return eta
            }
        }
        var beta = Array(repeating: 0.0, count: p)
        var eta = linear(beta)
        var dev = Self.deviance(eta: eta, y: y)
        var information = SymmetricMatrix([])
        var converged = false
        var degenerate = false
        var iterations = 0
        while iterations < 100 {
            iterations += 1
            let mu = eta.map(Logistic.probability)
            var info = Array(repeating: Array(repeating: 0.0, count: p), count: p)
            var score = Array(repeating: 0.0, count: p)
            for i in 0..<n {
                let w = mu[i] * (1 - mu[i])
                let r = y[i] - mu[i]
                for a in 0..<p {
                    score[a] += design[a][i] * r
                    for b in 0...a { info[a][b] += design[a][i] * w * design[b][i] }
                }
            }
            for a in 0..<p { for b in 0..<a { info[b][a] = info[a][b] } }
            information = SymmetricMatrix(info)
            guard let inverse = information.inverse() else {
                // Singular at the start: collinear or constant predictors. Singular later: the
                // weights μ(1 − μ) have collapsed towards 0 because the fit is running off to infinity.
                if iterations == 1 { throw .singular }
                degenerate = true
                break
            }
            var step = (0..<p).map { a in (0..<p).reduce(0.0) { $0 + inverse.rows[a][$1] * score[$1] } }
            var candidate = zip(beta, step).map(+)
            var candidateEta = linear(candidate)
            var candidateDev = Self.deviance(eta: candidateEta, y: y)
            var halvings = 0
            while !(candidateDev <= dev + 1e-12 * abs(dev)) && halvings < 30 {
                step = step.map { $0 / 2 }
                candidate = zip(beta, step).map(+)
                candidateEta = linear(candidate)
                candidateDev = Self.deviance(eta: candidateEta, y: y)
                halvings += 1
            }
            let smallStep = zip(step, candidate).allSatisfy { abs($0) <= 1e-12 * (1 + abs($1)) }
            let relativeChange = abs(candidateDev - dev) / (abs(candidateDev) + 0.1)
            beta = candidate
            eta = candidateEta
            dev = candidateDev
            if relativeChange < 1e-14 || smallStep {
                converged = true
                break
            }
        }
        // Covariance at the final estimate.
        let mu = eta.map(Logistic.probability)
        var info = Array(repeating: Array(repeating: 0.0, count: p), count: p)
        for i in 0..<n {
            let w = mu[i] * (1 - mu[i])
            for a in 0..<p { for b in 0...a { info[a][b] += design[a][i] * w * design[b][i] } }
        }
        for a in 0..<p { for b in 0..<a { info[b][a] = info[a][b] } }
        let covariance = SymmetricMatrix(info).inverse()?.rows
            ?? Array(repeating: Array(repeating: Double.infinity, count: p), count: p)
        let eps = 10 * Double.ulpOfOne
        let boundary = degenerate || mu.contains { $0 < eps || $0 > 1 - eps }
        self.coefficients = beta
        self.covariance = covariance
        self.deviance = dev
        self.iterations = iterations
        self.converged = converged
        self.separation = boundary ? (dev < 1e-6 ? .complete : .quasiComplete) : nil
        self.linearPredictors = eta
    }

    /// Binomial deviance −2 Σ [y log μ + (1 − y) log(1 − μ)] from the linear predictor, computed
    /// as 2 Σ log(1 + e^(∓η)) to stay exact for large |η|. O(n).
    static func deviance(eta: [Double], y: [Double]) -> Double {
        var total = 0.0
        for (e, yi) in zip(eta, y) {
            // −log μ = log(1 + e^(−η)); −log(1 − μ) = log(1 + e^(η)).
            let s = yi == 1 ? -e : e
            total += s > 0 ? s + Math.log1p(Math.exp(-s)) : Math.log1p(Math.exp(s))
        }
        return 2 * total
    }
}

/// Why a logistic regression could not be fitted.
public enum LogisticFitError: Error, Sendable, Hashable {
    /// `XᵀWX` is singular: collinear or constant predictors.
    case singular
    /// The model has no parameter to estimate.
    case noParameters
    /// A predictor column or the offset does not have one value per outcome.
    case lengthMismatch
}
