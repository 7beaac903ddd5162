import Statistics

/// Backward stepwise logistic regression by likelihood ratio (SPSS "Backward: LR"; R `drop1(test =
/// "LRT")` repeated): starting from all candidates, the predictor whose removal raises the deviance
/// least — the largest LR p-value against χ² with 1 df — is removed while that p exceeds
/// `pToRemove` (0.10 by default) and more than one predictor is left.
///
/// Equivalent to R `step(fit, direction = "backward", k = qchisq(1 − pToRemove, 1))` for 1-df terms.
/// O(steps · p · cost of one fit).
public struct BackwardElimination: Sendable, Hashable, Codable {
    /// One round: the model fitted, and the LR test of dropping each of its predictors.
    public struct Step: Sendable, Hashable, Codable {
        /// One predictor's drop test.
        public struct DropTest: Sendable, Hashable, Codable {
            /// The predictor.
            public let predictor: String
            /// LR statistic: deviance without it minus deviance with it.
            public let statistic: Double
            /// Upper-tail χ²(1) p-value.
            public let pValue: Double
        }

        /// Predictors in the model of this round.
        public let predictors: [String]
        /// Its residual deviance.
        public let deviance: Double
        /// Drop tests, same order as `predictors`.
        public let dropTests: [DropTest]
        /// The predictor removed after this round, if any.
        public let removed: String?
        /// Separation detected in this round's model (its LR tests are then unreliable).
        public let separation: String?
    }

    /// The rounds, first to last.
    public let steps: [Step]
    /// The predictors of the final model.
    public let kept: [String]
    /// The p-value to remove.
    public let pToRemove: Double

    /// Runs the elimination.
    /// - Parameters:
    ///   - names: Candidate predictor names.
    ///   - columns: One column per candidate (complete cases).
    ///   - outcomes: Outcome per lesion.
    ///   - pToRemove: Remove while the largest LR p-value exceeds this.
    /// - Throws: `CohortAnalysisError.noCandidatePredictors` when a model cannot be fitted
    ///   (collinear predictors).
    public init(names: [String], columns: [[Double]], outcomes: [Bool], pToRemove: Double = 0.10) throws {
        guard !names.isEmpty else { throw CohortAnalysisError.noCandidatePredictors(reason: "no candidate predictor is left") }
        let chi1 = try ChiSquaredDistribution(degreesOfFreedom: 1)
        var current = Array(names.indices)
        var steps: [Step] = []
        while true {
            let full = try Self.fit(current, columns: columns, outcomes: outcomes, names: names)
            var tests: [Step.DropTest] = []
            for k in current.indices {
                var reduced = current
                reduced.remove(at: k)
                let smaller = try Self.fit(reduced, columns: columns, outcomes: outcomes, names: names)
                let lr = max(0, smaller.deviance - full.deviance)
                tests.append(Step.DropTest(predictor: names[current[k]], statistic: lr, pValue: chi1.survival(lr)))
            }
            let worst = tests.indices.max { tests[$0].pValue < tests[$1].pValue } ?? 0
            let remove = tests[worst].pValue > pToRemove && current.count > 1
            steps.append(Step(predictors: current.map { names[$0] }, deviance: full.deviance, dropTests: tests,
                              removed: remove ? names[current[worst]] : nil,
                              separation: full.separation?.rawValue))
            guard remove else { break }
            current.remove(at: worst)
        }
        self.steps = steps
        self.kept = current.map { names[$0] }
        self.pToRemove = pToRemove
    }

    /// Fits the model with the given predictor indices (intercept only when empty).
    static func fit(_ indices: [Int], columns: [[Double]], outcomes: [Bool], names: [String]) throws -> LogisticFit {
        do {
            return try LogisticFit(columns: indices.map { columns[$0] }, outcomes: outcomes)
        } catch {
            throw CohortAnalysisError.noCandidatePredictors(
                reason: "the predictors \(indices.map { names[$0] }.joined(separator: ", ")) are collinear or constant, "
                    + "so their logistic regression cannot be fitted")
        }
    }
}
