/// A fitted logistic regression model with Wald inference (R `summary(glm(…, family = binomial))`).
///
/// All per-coefficient arrays are indexed like ``coefficients``: intercept first, then the design
/// columns in order.
public struct LogisticFit: Sendable, Equatable {
    /// The maximum-likelihood coefficients β (log odds ratios), intercept first.
    public let coefficients: [Double]
    /// The covariance matrix `(Xᵀ W X)⁻¹` (inverse Fisher information).
    public let covariance: Matrix
    /// The residual deviance `−2 log L`.
    public let deviance: Double
    /// The deviance of the intercept-only model.
    public let nullDeviance: Double
    /// The number of observations.
    public let observationCount: Int
    /// The number of IRLS iterations used.
    public let iterations: Int

    /// Standard errors `√diag(Cov)`.
    public var standardErrors: [Double] { covariance.diagonal.map { $0.squareRoot() } }
    /// Wald z statistics `β/SE`.
    public var waldZ: [Double] { zip(coefficients, standardErrors).map { $0 / $1 } }
    /// Wald χ² statistics `(β/SE)²` (SPSS's "Wald" column), 1 degree of freedom each.
    public var waldChiSquare: [Double] { waldZ.map { $0 * $0 } }
    /// Two-sided Wald p-values `2·Φ(−|z|)`.
    public var pValues: [Double] { waldZ.map { 2 * NormalDistribution.standard.cdf(-abs($0)) } }
    /// Odds ratios `e^β`.
    public var oddsRatios: [Double] { coefficients.map(Math.exp) }
    /// The log-likelihood `−deviance/2` (0/1 outcomes).
    public var logLikelihood: Double { -deviance / 2 }
    /// Akaike's information criterion `deviance + 2p`.
    public var aic: Double { deviance + 2 * Double(coefficients.count) }

    /// Wald confidence intervals for the odds ratios, `exp(β ± z·SE)` (R `exp(confint.default(fit))`,
    /// not the profile-likelihood intervals of `confint`).
    /// - Parameter level: The confidence level in (0, 1).
    /// - Returns: One interval per coefficient.
    /// - Throws: ``StatisticsError/probabilityOutOfRange(_:)`` for an invalid level.
    public func oddsRatioIntervals(level: Double = 0.95) throws -> [ClosedRange<Double>] {
        guard level > 0, level < 1 else { throw StatisticsError.probabilityOutOfRange(level) }
        let z = NormalDistribution.standard.unsafeQuantile(1 - (1 - level) / 2)
        return zip(coefficients, standardErrors).map { Math.exp($0 - z * $1)...Math.exp($0 + z * $1) }
    }

    /// The linear predictor `β₀ + Σ βⱼ xⱼ` for one observation.
    /// - Parameter predictors: The predictor values, in design-column order.
    /// - Returns: The log odds.
    /// - Throws: ``StatisticsError/lengthMismatch(what:expected:got:)`` for a wrong count.
    public func linearPredictor(_ predictors: [Double]) throws -> Double {
        guard predictors.count == coefficients.count - 1 else {
            throw StatisticsError.lengthMismatch(what: "predictor values and coefficients", expected: coefficients.count - 1, got: predictors.count)
        }
        return zip([1] + predictors, coefficients).reduce(0.0) { $0 + $1.0 * $1.1 }
    }

    /// The fitted probability `1/(1 + e^(−η))` for one observation.
    /// - Parameter predictors: The predictor values, in design-column order.
    /// - Returns: The probability of the event.
    /// - Throws: As ``linearPredictor(_:)``.
    public func probability(_ predictors: [Double]) throws -> Double {
        1 / (1 + Math.exp(-(try linearPredictor(predictors))))
    }
}
