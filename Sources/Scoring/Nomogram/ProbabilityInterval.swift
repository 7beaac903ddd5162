import Foundation
import Statistics

/// A confidence interval for a predicted probability, by the delta method on the logit scale.
public struct ProbabilityInterval: Sendable, Hashable {
    /// Either an interval or the reason there is none.
    public enum Estimate: Sendable, Hashable {
        case available(ProbabilityInterval)
        case unavailable(reason: String)

        /// The interval when available.
        public var interval: ProbabilityInterval? {
            if case let .available(i) = self { return i }
            return nil
        }
    }

    /// z₀.₉₇₅, the standard normal 97.5 % quantile (≈ 1.96).
    public static let z975 = 1.959963984540054

    /// The reason printed when the model has no covariance matrix.
    public static let noCovarianceReason =
        "No covariance matrix of the coefficients was published, so a confidence interval for this "
        + "probability cannot be computed (the standard errors alone are not enough)."

    /// Standard error of the linear predictor, sqrt(x̃ᵀΣx̃) with x̃ = (1, x₁, …, xₚ).
    public let linearPredictorStandardError: Double
    /// lp ± z·SE.
    public let linearPredictorLow: Double
    /// lp + z·SE.
    public let linearPredictorHigh: Double
    /// expit of the bounds (the interval is asymmetric on the probability scale).
    public let probabilityLow: Double
    /// expit(lp + z·SE).
    public let probabilityHigh: Double

    /// The 95 % interval lp ± 1.96·sqrt(x̃ᵀΣx̃), mapped through expit. O(p²).
    /// - Parameters:
    ///   - linearPredictor: lp of the lesion.
    ///   - inputs: x₁…xₚ in model order.
    ///   - covariance: Σ of (β₀, β₁, …, βₚ), (p+1)×(p+1), or `nil`.
    /// - Returns: The interval, or the reason there is none (no Σ, wrong size, negative variance).
    public static func deltaMethod(linearPredictor: Double, inputs: [Double], covariance: [[Double]]?) -> Estimate {
        guard let sigma = covariance else { return .unavailable(reason: noCovarianceReason) }
        let x = [1.0] + inputs
        guard sigma.count == x.count, sigma.allSatisfy({ $0.count == x.count }) else {
            return .unavailable(reason: "The covariance matrix is \(sigma.count)×\(sigma.first?.count ?? 0) but the model has \(x.count) coefficients, so no confidence interval can be computed.")
        }
        var variance = 0.0
        for i in x.indices {
            for j in x.indices { variance += x[i] * sigma[i][j] * x[j] }
        }
        guard variance.isFinite, variance >= 0 else {
            return .unavailable(reason: "The covariance matrix gives a negative variance for this lesion (it is not positive semi-definite), so no confidence interval can be computed.")
        }
        let se = variance.squareRoot()
        let low = linearPredictor - z975 * se, high = linearPredictor + z975 * se
        return .available(ProbabilityInterval(
            linearPredictorStandardError: se, linearPredictorLow: low, linearPredictorHigh: high,
            probabilityLow: Logistic.probability(low), probabilityHigh: Logistic.probability(high)))
    }
}
