import CohortAnalysis
import Scoring
import Testing

/// The small cohort's `tmax_s` quasi-completely separates the outcome (every NR ≥ 12 s, every ObR
/// ≤ 12 s); R's glm warns "fitted probabilities numerically 0 or 1 occurred" on it.
@Suite("Separation is detected and reported")
struct SeparationTests {
    static let options = CohortAnalysisOptions(
        candidatePredictors: ["size_mm", "nic_ap_percent", "ps_ml_min_100g", "tmax_s"], bootstrapResamples: 5, seed: 3,
        minimumEventsPerCandidate: 0)  // a small cohort on purpose: the separation rule is under test, not the EPV rule

    @Test("R flags the separating column")
    func rAgrees() {
        #expect(Fixture.reference["small"]["separation_glm_warnings"].strings
            .contains("glm.fit: fitted probabilities numerically 0 or 1 occurred"))
    }

    @Test("The refit is flagged, warned about, and no model file is produced")
    func separated() throws {
        let result = try CohortAnalysis.run(cohort: Fixture.cohort("small"), options: Self.options)
        let message = try #require(result.refit.separation)
        #expect(message.contains("separation"))
        #expect(result.refit.rows.map(\.term).contains("tmax_s"))
        #expect(result.warnings.contains(message))
        #expect(result.refitModel == nil)
        #expect(result.refitModelUnavailableReason == message)
        #expect(CohortAnalysis.modelFileText(for: result) == nil)
        // Every resample of a separated selection is skipped, and the bootstrap says so.
        let bootstrap = try #require(result.bootstrap)
        #expect(bootstrap.used + bootstrap.skipped == 5)
        #expect(bootstrap.method.contains("\(bootstrap.skipped) resample(s) skipped"))
    }

    @Test("Without the separating column the same cohort refits cleanly")
    func clean() throws {
        var options = Self.options
        options.candidatePredictors = ["size_mm", "nic_ap_percent", "ps_ml_min_100g"]
        let result = try CohortAnalysis.run(cohort: Fixture.cohort("small"), options: options)
        #expect(result.refit.separation == nil)
        #expect(result.refitModel != nil)
    }
}
