import ClinicalModel
import Foundation
import Scoring
import Statistics

/// The study's whole analysis reproduced on a centre's own cohort: Tables 2–5, multicollinearity,
/// backward stepwise refit, external validation of a given nomogram, and the bootstrap.
public enum CohortAnalysis {
    /// Runs the analysis.
    ///
    /// Order: group comparisons (Tables 2–3) and single markers (Table 4) on every column; candidate
    /// predictors (screened at `screeningAlpha` unless given); complete cases on the candidates and
    /// the model's inputs; VIF elimination; backward LR elimination; the refit (Table 5); the given
    /// model and the refit validated on the same lesions and compared by paired DeLong; the bootstrap.
    /// - Parameters:
    ///   - cohort: The cohort.
    ///   - model: The model to validate (the published one by default).
    ///   - options: Analysis choices.
    ///   - progress: Called as stages complete and after each bootstrap resample.
    /// - Returns: The result.
    /// - Throws: `CohortAnalysisError` (unknown column, no candidate left, bad option) or
    ///   `StatisticsError` (e.g. a group too small for a test).
    public static func run(cohort: AnalysisCohort, model: NomogramModel = .zhang2025,
                           options: CohortAnalysisOptions = CohortAnalysisOptions(),
                           progress: (CohortAnalysisProgress) -> Void = { _ in }) throws -> CohortAnalysisResult {
        try options.validate()
        var warnings: [String] = []
        if cohort.isSynthetic { warnings.append(ReferenceCohort.syntheticLabel + ".") }
        let outcomes = cohort.outcomes

        // Tables 2–4.
        let numeric = try cohort.numericColumns.map {
            try NumericComparison(column: $0, outcomes: outcomes, normalityAlpha: options.normalityAlpha)
        }
        let categorical = try cohort.categoricalColumns.map { try CategoricalComparison(column: $0, outcomes: outcomes) }
        let markers = try cohort.numericColumns.map { column in
            let pairs = zip(column.values, outcomes).compactMap { value, outcome in value.map { ($0, outcome) } }
            return try MarkerPerformance(name: column.name, label: column.label, scores: pairs.map(\.0),
                                         outcomes: pairs.map(\.1))
        }
        progress(CohortAnalysisProgress(stage: .groupComparisons, completed: 1, total: 1))

        // Candidates and complete cases.
        let candidates: [String]
        if let given = options.candidatePredictors {
            candidates = given
        } else {
            candidates = numeric.filter { $0.pValue < options.screeningAlpha }.map(\.name)
        }
        for name in candidates + model.predictors.map(\.name) {
            guard let column = cohort.column(named: name) else {
                throw CohortAnalysisError.unknownColumn(name: name, available: cohort.columns.map(\.name))
            }
            guard column.kind == .numeric else { throw CohortAnalysisError.notNumeric(name: name) }
        }
        guard !candidates.isEmpty else {
            throw CohortAnalysisError.noCandidatePredictors(
                reason: "no numeric column differs between the groups at p < \(options.screeningAlpha)")
        }
        let needed = Array(Set(candidates + model.predictors.map(\.name)))
        let complete = outcomes.indices.filter { i in needed.allSatisfy { cohort.column(named: $0)?.values[i] != nil } }
        let excluded = outcomes.count - complete.count
        if excluded > 0 {
            warnings.append("\(excluded) lesion(s) with a missing predictor value were left out of the modelling.")
        }
        func values(_ name: String) -> [Double] {
            let column = cohort.column(named: name)
            return complete.map { column?.values[$0] ?? .nan }
        }
        let y = complete.map { outcomes[$0] }
        let candidateColumns = candidates.map(values)

        // VIF, backward elimination, refit.
        let vif = try VarianceInflation(names: candidates, columns: candidateColumns, limit: options.varianceInflationLimit)
        let vifColumns = vif.kept.map(values)
        let estimability = RefitEstimability(positives: y.filter { $0 }.count, negatives: y.filter { !$0 }.count,
                                             candidates: vif.kept.count, minimum: options.minimumEventsPerCandidate)
        let backward = try BackwardElimination(names: vif.kept, columns: vifColumns, outcomes: y, pToRemove: options.pToRemove)
        let keptColumns = backward.kept.map(values)
        let fit = try BackwardElimination.fit(Array(backward.kept.indices), columns: keptColumns, outcomes: y,
                                              names: backward.kept)
        let table = try CoefficientTable(fit: fit, predictors: backward.kept, outcomes: y)
        if let separation = table.separation { warnings.append(separation) }
        for step in backward.steps where step.separation != nil && step.predictors != backward.kept {
            warnings.append("Separation in the elimination model with \(step.predictors.joined(separator: ", ")): "
                + "its likelihood-ratio tests are unreliable.")
        }
        progress(CohortAnalysisProgress(stage: .modelSelection, completed: 1, total: 1))

        // Validation of both models on the same lesions.
        let refitCurve = try ROCCurve(scores: fit.linearPredictors.map(Logistic.probability), labels: y,
                                      direction: .higherScoreIndicatesEvent)
        let refitYouden = refitCurve.optimalCutoffs(by: .youden)[0].threshold
        let refitValidation = try ModelValidation(
            model: options.refitModelId, linearPredictors: fit.linearPredictors, outcomes: y, threshold: refitYouden,
            riskGroups: options.riskGroups, decisionThresholds: options.decisionThresholds)
        let modelInputs = model.predictors.map { values($0.name) }
        let externalLP = y.indices.map { i in
            model.predictors.indices.reduce(model.intercept) { $0 + model.predictors[$1].coefficient * modelInputs[$1][i] }
        }
        let external = try ModelValidation(
            model: model.id, linearPredictors: externalLP, outcomes: y, threshold: model.threshold.probability,
            riskGroups: options.riskGroups, decisionThresholds: options.decisionThresholds)
        for case let warning? in [refitValidation.calibrationWarning, external.calibrationWarning] {
            warnings.append(warning)
        }
        let delong = try ROCComparison.pairedDeLong(
            try ROCCurve(scores: externalLP.map(Logistic.probability), labels: y, direction: .higherScoreIndicatesEvent),
            refitCurve)
        let comparison = CohortAnalysisResult.AUCComparison(
            first: model.id, second: options.refitModelId, firstAUC: delong.firstAUC, secondAUC: delong.secondAUC,
            z: delong.z, pValue: delong.pValue)
        progress(CohortAnalysisProgress(stage: .validation, completed: 1, total: 1))

        // Bootstrap.
        var bootstrap: OptimismBootstrap?
        if options.bootstrapResamples > 0, estimability.isEstimable {
            var generator = Xoshiro256StarStar(seed: options.seed)
            bootstrap = try OptimismBootstrap(
                names: vif.kept, columns: vifColumns, outcomes: y, pToRemove: options.pToRemove,
                resamples: options.bootstrapResamples, seed: options.seed, using: &generator,
                progress: { progress(CohortAnalysisProgress(stage: .bootstrap, completed: $0, total: $1)) })
        }

        let summary = CohortAnalysisResult.CohortSummary(
            description: cohort.description, isSynthetic: cohort.isSynthetic, lesions: cohort.count,
            positives: cohort.positiveCount, negatives: cohort.count - cohort.positiveCount,
            positiveClass: cohort.positiveClass, negativeClass: cohort.negativeClass)
        let refitPredictors = backward.kept.compactMap { name in cohort.column(named: name).map { ($0, values(name)) } }
        let built = RefitNomogram.build(table: table, predictors: refitPredictors, validation: refitValidation,
                                        template: model, cohort: summary, source: cohort.source, bootstrap: bootstrap,
                                        options: options)
        var refitModel: NomogramModel?
        var unavailable: String?
        switch built {
        case .success(let m) where estimability.isEstimable: refitModel = m
        case .success: unavailable = "the refit is not estimable: " + estimability.reason
        case .failure(let reason): unavailable = reason.reason
        }
        return CohortAnalysisResult(
            cohort: summary, options: options, numericComparisons: numeric, categoricalComparisons: categorical,
            markers: markers, candidates: candidates, modellingLesions: complete.count,
            excludedForMissingValues: excluded, varianceInflation: vif, backwardElimination: backward, refit: table,
            refitValidation: refitValidation, externalValidation: external, externalModelId: model.id,
            externalModelVersion: model.version, comparison: comparison, bootstrap: bootstrap,
            refitModel: refitModel, refitEstimability: estimability, refitModelUnavailableReason: unavailable, warnings: warnings,
            methods: methods(options: options, screened: options.candidatePredictors == nil))
    }

    /// The refit model as model-file YAML (Scoring's writer), with a header naming its origin.
    /// - Parameters:
    ///   - result: An analysis result with a refit model.
    /// - Returns: The YAML text, or `nil` when there is no refit model (see `refitModelUnavailableReason`).
    public static func modelFileText(for result: CohortAnalysisResult) -> String? {
        guard let model = result.refitModel else { return nil }
        return NomogramModelFile.yaml(for: model, header: [
            "Refit by hccreport analyze on \(result.cohort.description).",
            "Coefficient covariance included: reports print a delta-method 95 % CI for each P(\(model.positiveClass)).",
        ])
    }

    /// The methods in sentences.
    static func methods(options: CohortAnalysisOptions, screened: Bool) -> [String] {
        [
            "Normality: one-sample Kolmogorov–Smirnov test against a normal distribution with each group's mean and SD "
                + "(asymptotic p, no Lilliefors correction); p > \(options.normalityAlpha) in both groups → mean ± SD and "
                + "Welch's t-test, otherwise median (IQR) and the Mann–Whitney U test (normal approximation, tie- and "
                + "continuity-corrected).",
            "Categorical variables: counts (%) with Pearson's χ² test without continuity correction, or Fisher's exact "
                + "test for a 2×2 table with an expected count below 5.",
            "Single markers: AUC with DeLong 95 % CI, higher values indicating non-response; Youden-optimal cutoff.",
            (screened ? "Candidate predictors: numeric variables with p < \(options.screeningAlpha) above. "
                : "Candidate predictors as specified. ")
                + "Multicollinearity: the predictor with the largest variance inflation factor (1/(1 − R²), OLS on the "
                + "others) above \(options.varianceInflationLimit) removed in turn.",
            "Backward stepwise logistic regression by likelihood ratio (χ², 1 df; p to remove \(options.pToRemove)), "
                + "maximum likelihood by Newton–Raphson (IRLS) with separation detection.",
            "Validation: calibration intercept (linear predictor as offset), calibration slope, Brier score, "
                + "Hosmer–Lemeshow test in \(options.riskGroups) groups by quantiles of predicted risk (χ², groups − 2 df), "
                + "binned calibration with Wilson 95 % intervals, lowess calibration curve (f = 2/3, 3 iterations), "
                + "decision-curve net benefit (Vickers & Elkin 2006); paired DeLong test between the two models.",
        ]
    }
}
