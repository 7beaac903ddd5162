import ClinicalModel
import Foundation
import Formatting
import Statistics
import Testing
@testable import Scoring

/// The output contracts write an absent value as `null` under its documented key, never leave the key out.
@Suite struct OutputNullTests {
    private func object(_ value: some Encodable) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: JSONDocument.data(value)) as? [String: Any])
    }

    @Test func anEndpointWindowTheModelDoesNotStateIsWrittenAsNulls() throws {
        var model = NomogramModel.zhang2025
        model.endpointWindow = nil
        let score = CaseScore(case: PatientCase(source: "x", patient: Patient(id: "P"), lesions: [ScoringFixtures.lesion(size: 1, nic: 1, ps: 1)]),
                              model: model)
        let window = try #require(try object(ScoreOutput.Case(score))["endpoint_window"] as? [String: Any])
        for key in ["first_day", "last_day", "tolerance_days", "day_zero", "day_zero_date"] {
            #expect(window[key] is NSNull, "\(key) is not null")
        }
        #expect(window["notes"] is [String])
    }

    @Test func aCurveCornerYoudenThresholdIsWrittenAsNull() throws {
        // Every NR lesion scores below every ObR lesion: J is 0 at the two corners and below elsewhere.
        let curve = try ROCCurve(scores: [1, 2, 3, 4], labels: [true, true, false, false], direction: .higherScoreIndicatesEvent)
        let discrimination = try MarkerDiscrimination(curve)
        #expect(!discrimination.youden.threshold.isFinite)
        let youden = try object(CohortOutput.Youden(discrimination.youden, ties: discrimination.youdenTies))
        #expect(youden["threshold"] is NSNull)
        #expect(youden["sensitivity"] as? Double == discrimination.youden.sensitivity)
        #expect(youden["true_positives"] as? Int == discrimination.youden.truePositiveCount)
    }

    @Test func aMarkerTheSourceDidNotPublishHasNullAUCAndInterval() throws {
        let published = try object(CohortOutput.Published(entry: nil, source: "Zhang et al. 2025"))
        #expect(published["auc"] is NSNull)
        #expect(published["auc_ci"] is NSNull)
        #expect(published["source"] as? String == "Zhang et al. 2025")
    }
}
