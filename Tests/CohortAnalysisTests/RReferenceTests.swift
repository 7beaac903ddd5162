import CohortAnalysis
import Foundation
import TestSupport
import Testing

/// The whole analysis against R (stats::glm, drop1/step, car::vif, pROC, rms::val.prob) on the two
/// committed cohorts. Tolerances: coefficients, SEs and p-values 1e-6; AUC and DeLong variance 1e-9.
@Suite("Cohort analysis against R")
struct RReferenceTests {
    /// The main cohort with univariate screening; the small one with the four given candidates.
    static let cases: [(name: String, options: CohortAnalysisOptions)] = [
        ("main", CohortAnalysisOptions(bootstrapResamples: 0)),
        ("small", CohortAnalysisOptions(candidatePredictors: ["size_mm", "nic_ap_percent", "ps_ml_min_100g", "ic_ap_mg_ml"],
                                        bootstrapResamples: 0)),
    ]

    static func analysed(_ name: String) throws -> (CohortAnalysisResult, JSONObject) {
        let options = cases.first { $0.name == name }!.options
        return (try CohortAnalysis.run(cohort: Fixture.cohort(name), options: options), Fixture.reference[name])
    }

    @Test("Tables 2–3: group summaries, normality and tests", arguments: ["main", "small"])
    func groupComparisons(_ name: String) throws {
        let (result, r) = try Self.analysed(name)
        #expect(result.numericComparisons.count == r["numeric"].array.count)
        for (k, row) in result.numericComparisons.enumerated() {
            let ref = r["numeric"][k]
            #expect(row.name == ref["name"].string)
            for (group, key) in [(row.negative, "obr"), (row.positive, "nr")] {
                let g = ref[key]
                #expect(group.count == g["n"].int)
                expectClose(group.mean, g["mean"].double, relative: 1e-12, absolute: 1e-12, "\(row.name) \(key) mean")
                expectClose(group.standardDeviation, g["sd"].double, relative: 1e-12, absolute: 1e-12, "\(row.name) \(key) sd")
                expectClose(group.median, g["median"].double, relative: 1e-12, absolute: 1e-12, "\(row.name) \(key) median")
                expectClose(group.lowerQuartile, g["q1"].double, relative: 1e-12, absolute: 1e-12, "\(row.name) \(key) q1")
                expectClose(group.upperQuartile, g["q3"].double, relative: 1e-12, absolute: 1e-12, "\(row.name) \(key) q3")
                expectClose(group.normalityStatistic, g["ks_d"].double, relative: 1e-12, absolute: 1e-12, "\(row.name) \(key) KS D")
                expectClose(group.normalityPValue, g["ks_p_asymptotic"].double, relative: 1e-6, absolute: 1e-6, "\(row.name) \(key) KS p")
            }
            let normal = ref["obr"]["ks_p_asymptotic"].double > 0.05 && ref["nr"]["ks_p_asymptotic"].double > 0.05
            #expect(row.method == (normal ? .meanSDWelchT : .medianIQRMannWhitney), "\(row.name) method")
            let expected = normal ? ref["welch_p"].double : ref["mann_whitney_p_corrected"].double
            expectClose(row.pValue, expected, relative: 1e-6, absolute: 1e-6, "\(row.name) p")
            expectClose(row.pValue, r["table_test_p"][k].double, relative: 1e-6, absolute: 1e-6, "\(row.name) p (rule in R)")
        }
        for (k, row) in result.categoricalComparisons.enumerated() {
            let ref = r["categorical"][k]
            #expect(row.name == ref["name"].string)
            let counts = ref["counts"].matrix
            #expect(row.levels.map { Double($0.negativeCount) } == counts[0])
            #expect(row.levels.map { Double($0.positiveCount) } == counts[1])
            expectClose(row.minimumExpected, ref["min_expected"].double, relative: 1e-12, absolute: 1e-12, "\(row.name) min expected")
            expectClose(row.chiSquare, ref["pearson_chisq"].double, relative: 1e-10, absolute: 1e-10, "\(row.name) χ²")
            let fisher = row.minimumExpected < 5
            #expect(row.test == (fisher ? .fisherExact : .pearsonChiSquare))
            expectClose(row.pValue, fisher ? ref["fisher_p"].double : ref["pearson_p"].double, relative: 1e-6, absolute: 1e-6, "\(row.name) p")
        }
    }

    @Test("Table 4: single markers with DeLong CI and Youden cutoff", arguments: ["main", "small"])
    func markers(_ name: String) throws {
        let (result, r) = try Self.analysed(name)
        for (k, marker) in result.markers.enumerated() {
            let ref = r["markers"][k]
            #expect(marker.name == ref["name"].string)
            expectClose(marker.auc, ref["auc"].double, relative: 1e-9, absolute: 1e-9, "\(marker.name) AUC")
            expectClose(marker.variance, ref["variance"].double, relative: 1e-9, absolute: 1e-9, "\(marker.name) variance")
            expectClose([marker.aucLow, marker.aucHigh], ref["ci"].doubles, relative: 1e-9, absolute: 1e-9, "\(marker.name) CI")
            expectClose(marker.youden.threshold, ref["youden_threshold"][0].double, relative: 1e-9, absolute: 1e-9, "\(marker.name) cutoff")
            expectClose(marker.youden.sensitivity, ref["youden_sensitivity"][0].double, relative: 1e-12, absolute: 1e-12, "\(marker.name) Se")
            expectClose(marker.youden.specificity, ref["youden_specificity"][0].double, relative: 1e-12, absolute: 1e-12, "\(marker.name) Sp")
            expectClose(marker.youden.accuracy, ref["youden_accuracy"][0].double, relative: 1e-12, absolute: 1e-12, "\(marker.name) accuracy")
            #expect(marker.youdenTies == ref["youden_threshold"].array.count)
        }
    }

    @Test("Screening, VIF sequence and backward LR elimination", arguments: ["main", "small"])
    func selection(_ name: String) throws {
        let (result, r) = try Self.analysed(name)
        #expect(result.candidates == r["candidates"].strings)
        let vifSteps = r["vif"]["steps"].array
        #expect(result.varianceInflation.steps.count == vifSteps.count)
        for (step, ref) in zip(result.varianceInflation.steps, vifSteps) {
            #expect(step.predictors == ref["predictors"].strings)
            expectClose(step.factors, ref["vif"].doubles, relative: 1e-8, absolute: 1e-8, "VIF \(step.predictors)")
            #expect(step.removed == ref["removed"].string)
        }
        #expect(result.varianceInflation.kept == r["vif"]["kept"].strings)
        let backwardSteps = r["backward"]["steps"].array
        #expect(result.backwardElimination.steps.count == backwardSteps.count)
        for (step, ref) in zip(result.backwardElimination.steps, backwardSteps) {
            #expect(step.predictors == ref["predictors"].strings)
            expectClose(step.deviance, ref["deviance"].double, relative: 1e-8, absolute: 1e-8, "deviance \(step.predictors)")
            expectClose(step.dropTests.map(\.statistic), ref["lr"].doubles, relative: 1e-6, absolute: 1e-6, "LR \(step.predictors)")
            expectClose(step.dropTests.map(\.pValue), ref["p"].doubles, relative: 1e-6, absolute: 1e-6, "LR p \(step.predictors)")
            #expect(step.removed == ref["removed"].string)
            #expect(step.separation == nil)
        }
        #expect(result.backwardElimination.kept == r["backward"]["kept"].strings)
    }

    @Test("Table 5: refit coefficients, SE, Wald, p, OR (95 % CI), covariance", arguments: ["main", "small"])
    func refit(_ name: String) throws {
        let (result, r) = try Self.analysed(name)
        let ref = r["final"], table = result.refit
        #expect(table.rows.map(\.term) == ref["terms"].strings)
        expectClose(table.rows.map(\.coefficient), ref["coefficients"].doubles, relative: 1e-6, absolute: 1e-6, "B")
        expectClose(table.rows.map(\.standardError), ref["standard_errors"].doubles, relative: 1e-6, absolute: 1e-6, "SE")
        expectClose(table.rows.map(\.wald), ref["wald"].doubles, relative: 1e-6, absolute: 1e-6, "Wald")
        expectClose(table.rows.map(\.pValue), ref["p"].doubles, relative: 1e-6, absolute: 1e-6, "p")
        expectClose(table.rows.map(\.oddsRatio), ref["odds_ratio"].doubles, relative: 1e-6, absolute: 1e-6, "OR")
        expectClose(table.rows.map(\.oddsRatioLow), ref["or_low"].doubles, relative: 1e-6, absolute: 1e-6, "OR low")
        expectClose(table.rows.map(\.oddsRatioHigh), ref["or_high"].doubles, relative: 1e-6, absolute: 1e-6, "OR high")
        expectClose(table.deviance, ref["deviance"].double, relative: 1e-9, absolute: 1e-9, "deviance")
        expectClose(table.nullDeviance, ref["null_deviance"].double, relative: 1e-9, absolute: 1e-9, "null deviance")
        expectClose(table.aic, ref["aic"].double, relative: 1e-9, absolute: 1e-9, "AIC")
        for (row, refRow) in zip(table.covariance, ref["covariance"].matrix) {
            expectClose(row, refRow, relative: 1e-6, absolute: 1e-6, "covariance")
        }
        #expect(table.converged && table.separation == nil)
    }

    @Test("External and apparent validation: AUC, calibration, Brier, HL, lowess, net benefit",
          arguments: ["main", "small"], ["published", "refit"])
    func validation(_ name: String, _ which: String) throws {
        let (result, r) = try Self.analysed(name)
        let v = which == "published" ? result.externalValidation : result.refitValidation
        let ref = r[which]
        expectClose(v.discrimination.auc, ref["auc"].double, relative: 1e-9, absolute: 1e-9, "AUC")
        expectClose(v.discrimination.variance, ref["variance"].double, relative: 1e-9, absolute: 1e-9, "DeLong variance")
        expectClose([v.discrimination.aucLow, v.discrimination.aucHigh], ref["ci"].doubles, relative: 1e-9, absolute: 1e-9, "AUC CI")
        expectClose(v.discrimination.youden.threshold, ref["youden_threshold"][0].double, relative: 1e-9, absolute: 1e-9, "Youden cutoff")
        expectClose(v.discrimination.youden.sensitivity, ref["youden_sensitivity"][0].double, relative: 1e-12, absolute: 1e-12, "Youden Se")
        expectClose(v.calibrationIntercept.value, ref["calibration_intercept"].double, relative: 1e-6, absolute: 1e-6, "calibration intercept")
        expectClose(v.calibrationIntercept.standardError, ref["calibration_intercept_se"].double, relative: 1e-6, absolute: 1e-6, "its SE")
        expectClose(v.calibrationSlope.value, ref["calibration_slope"].double, relative: 1e-6, absolute: 1e-6, "calibration slope")
        expectClose(v.calibrationSlope.standardError, ref["calibration_slope_se"].double, relative: 1e-6, absolute: 1e-6, "its SE")
        expectClose(v.calibrationSlopeIntercept, ref["calibration_slope_intercept"].double, relative: 1e-6, absolute: 1e-6, "slope intercept")
        expectClose(v.brierScore, ref["brier"].double, relative: 1e-12, absolute: 1e-12, "Brier")
        expectClose(v.brierScore, ref["val_prob"]["brier"].double, relative: 1e-12, absolute: 1e-12, "Brier (val.prob)")
        expectClose(v.calibrationSlope.value, ref["val_prob"]["slope"].double, relative: 1e-6, absolute: 1e-6, "slope (val.prob)")
        expectClose(v.calibrationSlopeIntercept, ref["val_prob"]["intercept"].double, relative: 1e-6, absolute: 1e-6, "intercept (val.prob)")
        let hl = ref["hosmer_lemeshow"]
        expectClose(v.hosmerLemeshow.statistic, hl["chisq"].double, relative: 1e-9, absolute: 1e-9, "HL χ²")
        #expect(v.hosmerLemeshow.degreesOfFreedom == hl["df"].int)
        expectClose(v.hosmerLemeshow.pValue ?? .nan, hl["p"].double, relative: 1e-6, absolute: 1e-6, "HL p")
        let groups = v.hosmerLemeshow.groups
        expectClose(groups.map { Double($0.count) }, hl["n"].doubles, relative: 0, absolute: 0, "HL n")
        expectClose(groups.map { Double($0.observed) }, hl["observed"].doubles, relative: 0, absolute: 0, "HL observed")
        expectClose(groups.map(\.expected), hl["expected"].doubles, relative: 1e-9, absolute: 1e-9, "HL expected")
        expectClose(groups.map(\.observedLow), hl["wilson_low"].doubles, relative: 1e-12, absolute: 1e-12, "Wilson low")
        expectClose(groups.map(\.observedHigh), hl["wilson_high"].doubles, relative: 1e-12, absolute: 1e-12, "Wilson high")
        expectClose(v.smoothedCalibration.x, ref["lowess_x"].doubles, relative: 1e-9, absolute: 1e-9, "lowess x")
        expectClose(v.smoothedCalibration.y, ref["lowess_y"].doubles, relative: 1e-9, absolute: 1e-9, "lowess y")
        let nb = ref["net_benefit"]
        expectClose(v.decisionCurve.thresholds, nb["thresholds"].doubles, relative: 1e-12, absolute: 1e-12, "DCA thresholds")
        expectClose(v.decisionCurve.model, nb["model"].doubles, relative: 1e-12, absolute: 1e-12, "net benefit")
        expectClose(v.decisionCurve.treatAll, nb["treat_all"].doubles, relative: 1e-12, absolute: 1e-12, "treat all")
        #expect(v.decisionCurve.treatNone.allSatisfy { $0 == 0 })
    }

    @Test("Paired DeLong: published vs refit", arguments: ["main", "small"])
    func comparison(_ name: String) throws {
        let (result, r) = try Self.analysed(name)
        expectClose(result.comparison.z, r["delong_published_vs_refit"]["z"].double, relative: 1e-9, absolute: 1e-9, "z")
        expectClose(result.comparison.pValue, r["delong_published_vs_refit"]["p"].double, relative: 1e-9, absolute: 1e-9, "p")
    }
}
