import ClinicalModel
import Formatting
import Scoring
import Statistics

/// Turns the refit logistic model into a `NomogramModel` that `render --model` can use.
///
/// Axis ranges are the cohort's data range per predictor rounded outward to nice ticks (`axis`); the
/// threshold is the refit model's Youden-optimal probability cutoff on its development cohort, with
/// provenance saying so; the covariance of (intercept, β…) is included so that a report can print a
/// delta-method 95 % CI for each lesion's probability.
enum RefitNomogram {
    /// Builds the model, or explains why none can be built.
    /// - Parameters:
    ///   - table: The refit coefficient table (intercept first).
    ///   - predictors: The refit predictors' columns, complete-case values, in model order.
    ///   - validation: Apparent performance of the refit model.
    ///   - template: The validated model, whose outcome definition and class names are reused.
    ///   - cohort: The cohort summary.
    ///   - source: Where the cohort's lesions come from, without counts (`AnalysisCohort.source`).
    ///   - bootstrap: Optimism correction, when run.
    ///   - options: Id and version.
    /// - Returns: The model or the reason.
    static func build(table: CoefficientTable, predictors: [(column: AnalysisCohort.Column, values: [Double])],
                      validation: ModelValidation, template: NomogramModel,
                      cohort: CohortAnalysisResult.CohortSummary, source: String, bootstrap: OptimismBootstrap?,
                      options: CohortAnalysisOptions) -> Result<NomogramModel, RefitModelUnavailable> {
        if let separation = table.separation { return .failure(RefitModelUnavailable(reason: separation)) }
        guard table.converged else {
            return .failure(RefitModelUnavailable(reason: "The logistic regression did not converge in \(table.iterations) iterations."))
        }
        var modelPredictors: [NomogramModel.Predictor] = []
        for (k, entry) in predictors.enumerated() {
            guard let field = AnalysisCohort.caseFileField(forColumn: entry.column.name) else {
                return .failure(RefitModelUnavailable(
                    reason: "The selected predictor \"\(entry.column.name)\" has no case-file field, so per-patient "
                        + "reports could not read it from a lesion."))
            }
            let axis = Self.axis(low: entry.values.min() ?? 0, high: entry.values.max() ?? 1)
            let row = table.rows[k + 1]
            modelPredictors.append(NomogramModel.Predictor(
                name: entry.column.name, field: field, label: entry.column.label, unit: entry.column.unit,
                coefficient: row.coefficient, standardError: row.standardError,
                axisMin: axis.minimum, axisMax: axis.maximum, tickStep: axis.step))
        }
        let youden = validation.discrimination.youden
        let discrimination = validation.discrimination
        let validationText = bootstrap.map {
            "internal validation only: Harrell bootstrap (\($0.used) resamples) optimism-corrected AUROC "
                + "\(ReportNumber.fixed($0.correctedAUC, 3)), calibration slope \(ReportNumber.fixed($0.correctedSlope, 3)); no external validation"
        } ?? "apparent performance on the development cohort; not validated"
        let model = NomogramModel(
            id: options.refitModelId, version: options.refitModelVersion,
            citation: "Refit by hccreport analyze on \(source) (\(cohort.lesions) lesions: "
                + "\(cohort.negatives) \(cohort.negativeClass), \(cohort.positives) \(cohort.positiveClass)); "
                + "model form of Zhang et al.; backward likelihood-ratio stepwise logistic regression.",
            doi: nil, outcome: template.outcome, positiveClass: template.positiveClass,
            negativeClass: template.negativeClass, intercept: table.rows[0].coefficient,
            interceptStandardError: table.rows[0].standardError, predictors: modelPredictors,
            threshold: NomogramModel.Threshold(
                probability: youden.threshold,
                provenance: "Youden-optimal cutoff of the refit model on its development cohort "
                    + "(\(cohort.lesions) lesions; sensitivity \(ReportNumber.fixed(youden.sensitivity, 3)), "
                    + "specificity \(ReportNumber.fixed(youden.specificity, 3))); not externally validated",
                fromPublication: false),
            performance: NomogramModel.Performance(
                auroc: discrimination.auc, aurocCILow: discrimination.aucLow, aurocCIHigh: discrimination.aucHigh,
                sensitivity: youden.sensitivity, specificity: youden.specificity, accuracy: youden.accuracy,
                developmentN: table.count, validation: validationText),
            covariance: table.covariance, endpointWindow: template.endpointWindow)
        do {
            try NomogramModelFile.validate(model)
        } catch {
            return .failure(RefitModelUnavailable(reason: "The refit model is not a valid model file: \(error.description)"))
        }
        return .success(model)
    }

    /// A predictor's axis: the data range rounded outward to the nice ticks the charts draw
    /// (`NiceTicks`, Heckbert's 1, 2, 5 × 10ᵏ, about ten intervals, loose); a constant column gets a
    /// unit-wide axis with step 0.5.
    /// - Parameters:
    ///   - low: Smallest value observed.
    ///   - high: Largest value observed.
    /// - Returns: Axis ends and tick step.
    static func axis(low: Double, high: Double) -> (minimum: Double, maximum: Double, step: Double) {
        guard high > low, (high - low).isFinite else {
            let base = low.rounded(.down)
            return (base, base + 1, 0.5)
        }
        let ticks = NiceTicks(lower: low, upper: high, targetCount: 11, loose: true)
        return (ticks.values.first ?? low, ticks.values.last ?? high, ticks.step)
    }
}

/// Why no refit model file can be written.
struct RefitModelUnavailable: Error, Sendable, Hashable {
    let reason: String
}
