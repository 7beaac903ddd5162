import Statistics

/// A fitted logistic regression in the layout of the paper's Table 5: B, S.E., Wald, OR (95 % CI),
/// p for each predictor and the constant.
///
/// Wald = (B/S.E.)² (as SPSS prints it), p = upper-tail χ²(1) of Wald = 2Φ(−|B/S.E.|), OR = e^B with
/// the Wald interval e^(B ± z₀.₉₇₅·S.E.) (R `exp(confint.default(fit))`).
public struct CoefficientTable: Sendable, Hashable, Codable {
    /// One row.
    public struct Row: Sendable, Hashable, Codable {
        /// Predictor name, or "(Intercept)" for the constant.
        public let term: String
        /// Coefficient B.
        public let coefficient: Double
        /// Standard error.
        public let standardError: Double
        /// Wald statistic (B/S.E.)².
        public let wald: Double
        /// Two-sided p-value of the Wald test.
        public let pValue: Double
        /// e^B.
        public let oddsRatio: Double
        /// 95 % Wald interval of the odds ratio.
        public let oddsRatioLow: Double
        public let oddsRatioHigh: Double
    }

    /// The term name used for the intercept.
    public static let interceptTerm = "(Intercept)"

    /// Rows: the constant first, then the predictors in model order.
    public let rows: [Row]
    /// Residual deviance −2 log L.
    public let deviance: Double
    /// Deviance of the intercept-only model.
    public let nullDeviance: Double
    /// Akaike information criterion, deviance + 2·(number of coefficients).
    public let aic: Double
    /// Covariance of (intercept, β₁, …, βₚ).
    public let covariance: [[Double]]
    /// Lesions used and events among them.
    public let count: Int
    public let events: Int
    /// Newton iterations and whether the fit converged.
    public let iterations: Int
    public let converged: Bool
    /// Separation detected, in words, or `nil`.
    public let separation: String?

    /// Builds the table from a fit.
    /// - Parameters:
    ///   - fit: The fitted model (with intercept).
    ///   - predictors: Predictor names, in column order.
    ///   - outcomes: The outcomes it was fitted to.
    init(fit: LogisticFit, predictors: [String], outcomes: [Bool]) throws {
        let se = fit.standardErrors, z = fit.waldZ, p = fit.pValues, intervals = fit.oddsRatioIntervals
        let terms = [Self.interceptTerm] + predictors
        rows = terms.indices.map { k in
            let b = fit.coefficients[k]
            return Row(term: terms[k], coefficient: b, standardError: se[k], wald: z[k] * z[k], pValue: p[k],
                       oddsRatio: Math.exp(b), oddsRatioLow: intervals[k].low, oddsRatioHigh: intervals[k].high)
        }
        deviance = fit.deviance
        nullDeviance = try LogisticFit(columns: [], outcomes: outcomes).deviance
        aic = fit.aic
        covariance = fit.covariance
        count = outcomes.count
        events = outcomes.count { $0 }
        iterations = fit.iterations
        converged = fit.converged
        separation = fit.separation.map(Self.separationMessage)
    }

    /// The sentence reported for a separated fit.
    static func separationMessage(_ kind: LogisticFit.Separation) -> String {
        switch kind {
        case .complete:
            "Complete separation: the predictors classify every lesion perfectly, so the maximum-likelihood "
                + "coefficients are infinite; the coefficients, standard errors and odds ratios shown are meaningless."
        case .quasiComplete:
            "Quasi-complete separation: some lesions are predicted with probability numerically 0 or 1, so at "
                + "least one coefficient is tending to infinity; its standard error and odds ratio are unreliable."
        }
    }
}
