/// Binary logistic regression by maximum likelihood, fitted exactly as R's
/// `glm(y ~ ., family = binomial)` does.
///
/// Iteratively reweighted least squares (Fisher scoring = Newton–Raphson for the canonical logit
/// link), following `glm.fit`: start from `μ = (y + ½)/2`; each step regresses the working response
/// `z = η + (y − μ)/μ'(η)` on X with weights `w = μ'(η)²/(μ(1 − μ))`; stop when
/// `|D − D_old| / (|D| + 0.1) < ε` (ε = 10⁻⁸, at most 25 iterations), D the deviance. The
/// covariance is `(Xᵀ W X)⁻¹` at the last weights (R's `summary.glm`). Each iteration costs
/// O(n p² + p³).
///
/// Separation: when some η diverge the likelihood has no maximum. After convergence the fit is
/// pushed on by up to 30 further Newton steps; if any fitted probability then reaches R's
/// "numerically 0 or 1" limit (within 10·ε of 0 or 1, |η| > 30 with R's clamping) the fit is
/// rejected as complete separation (every observation fitted perfectly) or quasi-complete
/// separation (only some). This heuristic is conservative for n ≲ 10⁴; it never changes the
/// coefficients that are reported.
public enum LogisticRegression {
    /// Iteration controls (R `glm.control`).
    public struct Control: Sendable, Hashable {
        /// The relative deviance-change tolerance ε.
        public var tolerance: Double
        /// The maximum number of IRLS iterations.
        public var maximumIterations: Int

        /// R's defaults: ε = 10⁻⁸, 25 iterations.
        public static let standard = Control(tolerance: 1e-8, maximumIterations: 25)

        /// Creates controls.
        /// - Parameters:
        ///   - tolerance: The relative deviance-change tolerance.
        ///   - maximumIterations: The iteration cap.
        public init(tolerance: Double, maximumIterations: Int) {
            self.tolerance = tolerance
            self.maximumIterations = maximumIterations
        }
    }

    /// Fits `logit P(outcome) = β₀ + Σ βⱼ xⱼ`.
    /// - Parameters:
    ///   - design: One row of predictor values per observation (no intercept column; it is added).
    ///   - outcome: One outcome per observation (`true` = event).
    ///   - control: Iteration controls (default R's).
    /// - Returns: The fitted model with intercept first.
    /// - Throws: ``StatisticsError`` for inconsistent or non-finite input, fewer observations than
    ///   parameters, linearly dependent predictors (``StatisticsError/singularDesign``), separation
    ///   (``StatisticsError/separation(complete:)``) or no convergence
    ///   (``StatisticsError/didNotConverge(iterations:)``).
    public static func fit(design: [[Double]], outcome: [Bool], control: Control = .standard) throws -> LogisticFit {
        guard design.count == outcome.count else {
            throw StatisticsError.lengthMismatch(what: "design rows and outcomes", expected: outcome.count, got: design.count)
        }
        let x = try Matrix(rows: design.map { [1] + $0 })
        try StatisticsError.requireFinite(x.elements, "predictor values")
        try StatisticsError.requireCount(x.rows, atLeast: x.columns + 1, "logistic regression")
        let y = outcome.map { $0 ? 1.0 : 0.0 }

        var eta = y.map { logit(($0 + 0.5) / 2) }
        var mu = eta.map(inverseLogit)
        var previousDeviance = deviance(y, mu)
        var beta: [Double] = []
        var information = Matrix(zeros: x.columns, x.columns)
        var converged = false
        var iterations = 0
        while iterations < control.maximumIterations {
            iterations += 1
            (beta, information) = try weightedLeastSquaresStep(x: x, y: y, eta: eta, mu: mu)
            eta = linearPredictor(x, beta)
            mu = eta.map(inverseLogit)
            let currentDeviance = deviance(y, mu)
            if abs(currentDeviance - previousDeviance) / (abs(currentDeviance) + 0.1) < control.tolerance {
                converged = true
                break
            }
            previousDeviance = currentDeviance
        }

        try checkSeparation(x: x, y: y, eta: eta, mu: mu)
        guard converged else { throw StatisticsError.didNotConverge(iterations: iterations) }
        let covariance = try CholeskyDecomposition(information).inverse()
        let nullMean = Descriptive.unsafeMean(y)
        return LogisticFit(
            coefficients: beta,
            covariance: covariance,
            deviance: deviance(y, mu),
            nullDeviance: deviance(y, y.map { _ in nullMean }),
            observationCount: y.count,
            iterations: iterations
        )
    }

    /// One IRLS step: solves `(Xᵀ W X) β = Xᵀ W z` by Cholesky; also returns `Xᵀ W X`.
    private static func weightedLeastSquaresStep(
        x: Matrix, y: [Double], eta: [Double], mu: [Double]
    ) throws -> ([Double], Matrix) {
        let p = x.columns
        var information = Matrix(zeros: p, p)
        var score = [Double](repeating: 0, count: p)
        for i in 0..<x.rows {
            let derivative = muEta(eta[i])
            let weight = derivative * derivative / (mu[i] * (1 - mu[i]))
            let z = eta[i] + (y[i] - mu[i]) / derivative
            for a in 0..<p {
                let xa = x[i, a] * weight
                score[a] += xa * z
                for b in 0...a { information[a, b] += xa * x[i, b] }
            }
        }
        for a in 0..<p { for b in 0..<a { information[b, a] = information[a, b] } }
        return (try CholeskyDecomposition(information).solve(score), information)
    }

    /// Keeps iterating past convergence to see whether fitted probabilities run to 0 or 1.
    private static func checkSeparation(x: Matrix, y: [Double], eta: [Double], mu: [Double]) throws {
        let limit = 10 * Double.ulpOfOne
        func atBoundary(_ m: Double) -> Bool { m < limit || m > 1 - limit }
        var eta = eta, mu = mu
        for _ in 0..<30 where !mu.contains(where: atBoundary) {
            guard let (beta, _) = try? weightedLeastSquaresStep(x: x, y: y, eta: eta, mu: mu) else { break }
            eta = linearPredictor(x, beta)
            mu = eta.map(inverseLogit)
        }
        guard mu.contains(where: atBoundary) else { return }
        let perfect = zip(y, mu).allSatisfy { abs($0 - $1) < 1e-6 }
        throw StatisticsError.separation(complete: perfect)
    }

    static func linearPredictor(_ x: Matrix, _ beta: [Double]) -> [Double] {
        (0..<x.rows).map { i in (0..<x.columns).reduce(0.0) { $0 + x[i, $1] * beta[$1] } }
    }

    /// `log(μ/(1 − μ))`.
    static func logit(_ mu: Double) -> Double { Math.log(mu / (1 - mu)) }

    /// R's `logit_linkinv`: `e^η/(1 + e^η)`, clamped to [ε, 1 − ε] for |η| > 30.
    static func inverseLogit(_ eta: Double) -> Double {
        if eta < -30 { return Double.ulpOfOne }
        if eta > 30 { return 1 - Double.ulpOfOne }
        let e = Math.exp(eta)
        return e / (1 + e)
    }

    /// R's `logit_mu_eta`: `e^η/(1 + e^η)²`, ε for |η| > 30.
    static func muEta(_ eta: Double) -> Double {
        if abs(eta) > 30 { return Double.ulpOfOne }
        let e = Math.exp(eta)
        return e / ((1 + e) * (1 + e))
    }

    /// The binomial deviance `−2 Σ [y log μ + (1 − y) log(1 − μ)]` for 0/1 outcomes.
    static func deviance(_ y: [Double], _ mu: [Double]) -> Double {
        zip(y, mu).reduce(0.0) { $0 - 2 * ($1.0 == 1 ? Math.log($1.1) : Math.log(1 - $1.1)) }
    }
}
