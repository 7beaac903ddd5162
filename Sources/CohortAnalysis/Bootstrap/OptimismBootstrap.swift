import Statistics

/// Harrell's bootstrap estimate of the optimism of a model's apparent performance (Harrell, Lee &
/// Mark 1996; Steyerberg, *Clinical Prediction Models*, ch. 17), for the AUC and the calibration
/// slope.
///
/// For each of B resamples (n lesions drawn with replacement): the backward elimination is repeated
/// from the same candidate predictors (the candidate set itself — univariate screening and the VIF
/// step — is fixed, as in `rms::validate(bw = TRUE)`), the selected model is fitted, and its AUC and
/// calibration slope are measured in the resample (apparent) and in the original cohort (test).
/// Optimism = mean(apparent − test); corrected = original apparent − optimism. The apparent slope
/// of a maximum-likelihood fit on its own data is 1. Resamples with a class of fewer than two
/// lesions, a singular fit or separation are skipped and counted. O(B · cost of the elimination).
public struct OptimismBootstrap: Sendable, Hashable, Codable {
    /// Resamples requested, used and skipped.
    public let requested: Int
    public let used: Int
    public let skipped: Int
    /// The seed the generator was created with, when known (for the report).
    public let seed: UInt64?
    /// AUC of the model in the cohort it was fitted on.
    public let apparentAUC: Double
    /// Mean AUC optimism and the corrected AUC.
    public let aucOptimism: Double
    public let correctedAUC: Double
    /// Apparent calibration slope (1), its optimism and the corrected slope.
    public let apparentSlope: Double
    public let slopeOptimism: Double
    public let correctedSlope: Double
    /// How often each candidate was selected across the used resamples, in candidate order.
    public let selectionCounts: [String: Int]
    /// The method in words, printed with the numbers.
    public let method: String

    /// Runs the bootstrap.
    /// - Parameters:
    ///   - names: Candidate predictors (after screening and the VIF step).
    ///   - columns: One column per candidate (complete cases).
    ///   - outcomes: Outcome per lesion.
    ///   - pToRemove: The elimination's p to remove.
    ///   - resamples: B.
    ///   - seed: The seed of `generator`, recorded in the result (optional).
    ///   - generator: The seeded random number generator; resample indices use `nextIndex(below:)`.
    ///   - progress: Called after each resample with (done, B).
    /// - Throws: `CohortAnalysisError` when the model cannot be fitted on the original cohort.
    public init<G: RandomNumberGenerator>(names: [String], columns: [[Double]], outcomes: [Bool], pToRemove: Double,
                                          resamples: Int, seed: UInt64? = nil, using generator: inout G,
                                          progress: (Int, Int) -> Void = { _, _ in }) throws {
        let n = outcomes.count
        let original = try BackwardElimination(names: names, columns: columns, outcomes: outcomes, pToRemove: pToRemove)
        let keptIndices = original.kept.compactMap { names.firstIndex(of: $0) }
        let fit = try BackwardElimination.fit(keptIndices, columns: columns, outcomes: outcomes, names: names)
        let apparent = try ROCCurve(scores: fit.linearPredictors, labels: outcomes, direction: .higherScoreIndicatesEvent).auc
        var aucOptimism = 0.0, slopeOptimism = 0.0, used = 0
        var counts = Dictionary(uniqueKeysWithValues: names.map { ($0, 0) })
        for b in 0..<resamples {
            defer { progress(b + 1, resamples) }
            let draw = (0..<n).map { _ in generator.nextIndex(below: n) }
            let bootOutcomes = draw.map { outcomes[$0] }
            let bootColumns = columns.map { column in draw.map { column[$0] } }
            let events = bootOutcomes.count { $0 }
            guard events >= 2, n - events >= 2,
                  let selection = try? BackwardElimination(names: names, columns: bootColumns, outcomes: bootOutcomes,
                                                           pToRemove: pToRemove),
                  selection.steps.allSatisfy({ $0.separation == nil }) else { continue }
            let selected = selection.kept.compactMap { names.firstIndex(of: $0) }
            guard let bootFit = try? LogisticFit(columns: selected.map { bootColumns[$0] }, outcomes: bootOutcomes),
                  bootFit.separation == nil else { continue }
            let testLP = (0..<n).map { i in
                selected.indices.reduce(bootFit.coefficients[0]) { $0 + bootFit.coefficients[$1 + 1] * columns[selected[$1]][i] }
            }
            guard let bootAUC = try? ROCCurve(scores: bootFit.linearPredictors, labels: bootOutcomes,
                                              direction: .higherScoreIndicatesEvent).auc,
                  let testAUC = try? ROCCurve(scores: testLP, labels: outcomes, direction: .higherScoreIndicatesEvent).auc,
                  let testSlopeFit = try? LogisticFit(columns: [testLP], outcomes: outcomes) else { continue }
            used += 1
            aucOptimism += bootAUC - testAUC
            slopeOptimism += 1 - testSlopeFit.coefficients[1]
            for name in selection.kept { counts[name, default: 0] += 1 }
        }
        let meanAUCOptimism = used > 0 ? aucOptimism / Double(used) : 0
        let meanSlopeOptimism = used > 0 ? slopeOptimism / Double(used) : 0
        self.requested = resamples
        self.used = used
        self.skipped = resamples - used
        self.seed = seed
        self.apparentAUC = apparent
        self.aucOptimism = meanAUCOptimism
        // An AUC lies in [0, 1]; a large optimism on a tiny cohort can push apparent − optimism past it.
        self.correctedAUC = min(1, max(0, apparent - meanAUCOptimism))
        self.apparentSlope = 1
        self.slopeOptimism = meanSlopeOptimism
        self.correctedSlope = 1 - meanSlopeOptimism
        self.selectionCounts = counts
        self.method = "Harrell's bootstrap (\(resamples) resamples\(seed.map { ", seed \($0)" } ?? "")): backward "
            + "elimination by likelihood ratio (p to remove \(pToRemove)) repeated in every resample from the "
            + "\(names.count) candidate predictors; univariate screening and the VIF step were done once on the "
            + "full cohort and are not repeated. \(resamples - used) resample(s) skipped (a class with fewer than "
            + "two lesions, a singular fit or separation)."
    }
}
