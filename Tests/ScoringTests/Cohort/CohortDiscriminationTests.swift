import ClinicalModel
import Statistics
import Testing
@testable import Scoring

/// `CohortDiscrimination` on small cohorts whose results follow by hand (the pROC comparison runs
/// end to end in `CLITests/CohortCommandTests`).
@Suite struct CohortDiscriminationTests {
    static let header = "lesion_id,outcome,size_mm,nic_ap_percent,ps_ml_min_100g"

    static func cohort(_ rows: [String]) throws -> ReferenceCohort {
        try ReferenceCohort(csvText: ([header] + rows).joined(separator: "\n") + "\n", path: "c.csv")
    }

    /// Perfectly separated by every predictor: AUC 1 everywhere, paired differences 0 with p = 1.
    @Test func separatedCohortHasAUCOneAndNoDifferences() throws {
        let c = try Self.cohort(["a,CR,10,5,5", "b,PR,20,6,6", "c,SD,60,40,50", "d,PD,70,45,55"])
        let d = try CohortDiscrimination(cohort: c, model: .zhang2025)
        #expect(d.negativeCount == 2 && d.positiveCount == 2)
        #expect(d.markers.map(\.name) == ["nomogram", "size_mm", "nic_ap_percent", "ps_ml_min_100g"])
        #expect(d.markers.allSatisfy { $0.auc == 1 && $0.youden.sensitivity == 1 && $0.youden.specificity == 1 })
        #expect(d.markers[1].youden.threshold == 40)  // midpoint of 20 and 60
        #expect(d.comparisons.map(\.second) == ["size_mm", "nic_ap_percent", "ps_ml_min_100g"])
        #expect(d.comparisons.allSatisfy { $0.first == "nomogram" && $0.test.pValue == 1 })
    }

    /// Size values ObR 10, 30 and NR 20, 40: J = 0.5 at thresholds 15 (Se 1, Sp 0.5) and 35 (Se 0.5, Sp 1);
    /// the tie with the highest sensitivity is reported.
    @Test func youdenTieReportsTheHighestSensitivity() throws {
        let c = try Self.cohort(["a,CR,10,5,5", "b,PR,30,6,6", "c,SD,20,40,50", "d,PD,40,45,55"])
        let size = try #require(try CohortDiscrimination(cohort: c, model: .zhang2025).markers.first { $0.name == "size_mm" })
        #expect(size.auc == 0.75)
        #expect(size.youdenTies == 2)
        #expect(size.youden.threshold == 15)
        #expect(size.youden.sensitivity == 1 && size.youden.specificity == 0.5)
    }

    /// A negative coefficient turns the predictor's ROC direction round (never chosen from the data).
    @Test func negativeCoefficientMeansLowerIsNR() throws {
        var model = NomogramModel.zhang2025
        model.predictors[0].coefficient = -0.043
        let c = try Self.cohort(["a,CR,10,5,5", "b,PR,20,6,6", "c,SD,60,40,50", "d,PD,70,45,55"])
        let size = try #require(try CohortDiscrimination(cohort: c, model: model).markers.first { $0.name == "size_mm" })
        #expect(size.curve.direction == .lowerScoreIndicatesEvent)
        #expect(size.auc == 0)
    }

    @Test func predictorMissingFromTheCohortIsNamed() throws {
        var model = NomogramModel.zhang2025
        model.predictors[1].name = "ic_ap_mg_ml"
        model.predictors[1].label = "IC-AP"
        let c = try Self.cohort(["a,CR,10,5,5", "b,PR,20,6,6", "c,SD,60,40,50", "d,PD,70,45,55"])
        #expect(throws: CohortStatisticsError.missingPredictorValue(predictor: "IC-AP", lesionId: "a")) {
            try CohortDiscrimination(cohort: c, model: model)
        }
        #expect(CohortStatisticsError.missingPredictorValue(predictor: "IC-AP", lesionId: "a").description
                == "The reference cohort has no value of IC-AP for lesion a, so the model's markers cannot be evaluated on it.")
    }
}
