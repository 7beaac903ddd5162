extension LogisticFit {
    /// Wald z statistics `β/SE`, indexed like `coefficients`.
    public var waldZ: [Double] { zip(coefficients, standardErrors).map { $0 / $1 } }
    /// Two-sided Wald p-values `2·Φ(−|z|)` (the normal tail rather than χ²(1): identical, and exact
    /// for tiny p, as R prints them).
    public var pValues: [Double] { waldZ.map { 2 * NormalDistribution.standard.cdf(-abs($0)) } }
    /// The log-likelihood `−deviance/2` (0/1 outcomes).
    public var logLikelihood: Double { -deviance / 2 }
    /// Akaike's information criterion `deviance + 2p`.
    public var aic: Double { deviance + 2 * Double(coefficients.count) }

    /// Wald 95 % confidence intervals for the odds ratios, `exp(β ± z₀.₉₇₅·SE)` (R
    /// `exp(confint.default(fit))`, not the profile-likelihood intervals of `confint`).
    /// - Returns: One interval per coefficient.
    public var oddsRatioIntervals: [(low: Double, high: Double)] {
        let z = NormalDistribution.z975
        return zip(coefficients, standardErrors).map { (Math.exp($0 - z * $1), Math.exp($0 + z * $1)) }
    }
}
