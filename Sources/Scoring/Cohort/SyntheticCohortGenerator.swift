import Foundation
import Statistics

/// Reconstructs a reference cohort from published group statistics: not patient data.
///
/// Per outcome group, every lesion gets three correlated standard normals (Gaussian copula: the
/// Cholesky factor of `correlations`, `SymmetricMatrix.choleskyFactor`, times independent normals from
/// `NormalDistribution.sample`, Box–Muller on a seeded SplitMix64). Then:
/// - **size**: Φ(z) (`NormalDistribution.cdf`) through a quantile function that is linear in log(size) between the knots
///   (minimum, Q1, median, Q3, maximum); the sample is then mapped by a monotone piecewise-linear
///   function that moves the order statistics defining the type-7 Q1, median and Q3 onto the
///   published values and fixes the sample minimum and maximum; finally those order statistics are
///   set exactly in hundredths of a millimetre.
/// - **NIC-AP, PS**: Tukey's g-distribution (e^(gz) − 1)/g with the group's skewness g (g > 0 skewed
///   to the right, g < 0 to the left, g = 0 normal), then matched exactly to the published mean and SD
///   by an affine map (ranks and shape kept). Rounded to hundredths with the published total
///   (largest-remainder method), so the sample mean is exact and the SD agrees to better than 0.005.
/// A group whose matched sample breaks the order of its order statistics or leaves the plausible
/// ranges is drawn again from the continuing random stream (rejection), so the result is a pure
/// function of the specification. O(attempts · n log n).
public struct SyntheticCohortGenerator: Sendable, Hashable {
    /// What one outcome group must look like.
    public struct GroupTargets: Sendable, Hashable {
        /// Number of lesions (at least 4).
        public var count: Int
        /// Size quantile-function knots at p = 0, ¼, ½, ¾, 1, mm: minimum, published Q1, median, Q3,
        /// maximum. Q1, median and Q3 are matched exactly (type 7); minimum and maximum are bounds.
        public var sizeKnots: [Double]
        /// Published NIC-AP mean, %.
        public var nicMean: Double
        /// Published NIC-AP standard deviation, %.
        public var nicStandardDeviation: Double
        /// Published PS mean, mL/min/100 g.
        public var psMean: Double
        /// Published PS standard deviation, mL/min/100 g.
        public var psStandardDeviation: Double
        /// Tukey g of the NIC-AP marginal (0: normal; not published, an assumption).
        public var nicSkewness: Double = 0
        /// Tukey g of the PS marginal (0: normal; not published, an assumption).
        public var psSkewness: Double = 0
    }

    /// Within-group correlations of the latent normals (size, NIC-AP, PS), the same for both groups; together
    /// they must form a positive-definite matrix.
    public struct Correlations: Sendable, Hashable {
        /// ρ(size, NIC-AP).
        public var sizeNIC: Double
        /// ρ(size, PS).
        public var sizePS: Double
        /// ρ(NIC-AP, PS).
        public var nicPS: Double
    }

    /// Targets of the ObR group (generated first).
    public var objectiveResponse: GroupTargets
    /// Targets of the NR group.
    public var nonResponse: GroupTargets
    /// Within-group latent correlations.
    public var correlations: Correlations
    /// Plausible NIC-AP values, %; a sample outside is drawn again.
    public var nicRange: ClosedRange<Double>
    /// Plausible PS values, mL/min/100 g; a sample outside is drawn again.
    public var psRange: ClosedRange<Double>
    /// The random seed; the cohort is a pure function of the specification.
    public var seed: UInt64
    /// Words for `ReferenceCohort.Provenance.synthetic`: the source of the targets and the seed.
    public var description: String
    /// Lesion identifiers are this prefix plus a 3-digit number, ObR lesions first.
    public var idPrefix: String = "syn-"
    /// Draws per group before giving up.
    public var maximumAttempts: Int = 1000

    /// Generates the cohort: ObR lesions first, then NR; values in hundredths.
    /// - Returns: A cohort with provenance `.synthetic(description)`.
    /// - Throws: `ReferenceCohortError.generatorFailed` when the correlations are not a valid matrix,
    ///   the targets are malformed, or no draw met the constraints in `maximumAttempts`.
    public func generate() throws -> ReferenceCohort {
        let cholesky = try choleskyFactor()
        var random = SplitMix64(seed: seed)
        var lesions: [CohortLesion] = []
        for (targets, label) in [(objectiveResponse, CohortLesion.ResponseLabel.objectiveResponse),
                                 (nonResponse, .nonResponse)] {
            let group = try draw(targets, cholesky: cholesky, random: &random)
            for values in group {
                let id = idPrefix + String(lesions.count + 1).leftPadded(to: 3)
                lesions.append(CohortLesion(id: id, label: label, sizeMm: Double(values.size) / 100,
                                            nicApPercent: Double(values.nic) / 100, psMlMin100g: Double(values.ps) / 100))
            }
        }
        return try ReferenceCohort(lesions: lesions, provenance: .synthetic(description: description))
    }

    /// One group's values in hundredths of their units.
    private func draw(_ targets: GroupTargets, cholesky: [[Double]],
                      random: inout SplitMix64) throws -> [(size: Int, nic: Int, ps: Int)] {
        guard targets.count >= 4, targets.sizeKnots.count == 5, targets.sizeKnots.first! > 0,
              zip(targets.sizeKnots, targets.sizeKnots.dropFirst()).allSatisfy({ $0 < $1 }) else {
            throw ReferenceCohortError.generatorFailed(attempts: 0, reason: "group targets need at least 4 lesions and five increasing positive size knots")
        }
        for _ in 0..<maximumAttempts {
            var latent: [[Double]] = []
            for _ in 0..<targets.count {
                let z = (0..<3).map { _ in NormalDistribution.standard.sample(using: &random) }
                latent.append(cholesky.map { row in zip(row, z).reduce(0) { $0 + $1.0 * $1.1 } })
            }
            let sizes = latent.map { Self.sizeQuantile(NormalDistribution.standard.cdf($0[0]), knots: targets.sizeKnots) }
            let nic = latent.map { Self.tukeyG($0[1], g: targets.nicSkewness) }
            let ps = latent.map { Self.tukeyG($0[2], g: targets.psSkewness) }
            guard let sizeHundredths = QuartileMatching.match(sizes, quartiles: Array(targets.sizeKnots[1...3])),
                  let nicHundredths = MomentMatching.match(nic, mean: targets.nicMean, sd: targets.nicStandardDeviation, within: nicRange),
                  let psHundredths = MomentMatching.match(ps, mean: targets.psMean, sd: targets.psStandardDeviation, within: psRange)
            else { continue }
            return (0..<targets.count).map { (sizeHundredths[$0], nicHundredths[$0], psHundredths[$0]) }
        }
        throw ReferenceCohortError.generatorFailed(attempts: maximumAttempts, reason: "every matched sample left the plausible ranges or broke the order of its quartiles")
    }

    /// Lower-triangular L with L·Lᵀ = the correlation matrix (`SymmetricMatrix.choleskyFactor`). O(1).
    private func choleskyFactor() throws -> [[Double]] {
        let r = SymmetricMatrix([[1, correlations.sizeNIC, correlations.sizePS],
                                 [correlations.sizeNIC, 1, correlations.nicPS],
                                 [correlations.sizePS, correlations.nicPS, 1]])
        guard let l = r.choleskyFactor() else {
            throw ReferenceCohortError.generatorFailed(attempts: 0, reason: "the correlations do not form a positive-definite matrix")
        }
        return l
    }

    /// Quantile function linear in log(size) between knots at p = 0, ¼, ½, ¾, 1.
    private static func sizeQuantile(_ p: Double, knots: [Double]) -> Double {
        let scaled = min(max(p, 0), 1) * 4
        let segment = min(Int(scaled), 3)
        let t = scaled - Double(segment)
        return exp(log(knots[segment]) + t * (log(knots[segment + 1]) - log(knots[segment])))
    }

    /// Tukey's g transform of a standard normal: (e^(gz) − 1)/g, or z itself for g = 0.
    private static func tukeyG(_ z: Double, g: Double) -> Double {
        g == 0 ? z : (exp(g * z) - 1) / g
    }
}

extension String {
    /// The text with leading zeros up to `width` characters.
    fileprivate func leftPadded(to width: Int) -> String {
        String(repeating: "0", count: max(0, width - count)) + self
    }
}
