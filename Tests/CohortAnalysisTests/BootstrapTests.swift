import CohortAnalysis
import Statistics
import TestSupport
import Testing

/// Harrell's optimism bootstrap: reproducible for a seed, different for another, and in the range of
/// `rms::validate(B = 200, bw = TRUE)` (whose RNG and step-down method differ, so only plausibility).
@Suite("Optimism bootstrap")
struct BootstrapTests {
    static func run(seed: UInt64, resamples: Int = 200) throws -> OptimismBootstrap {
        let options = CohortAnalysisOptions(bootstrapResamples: resamples, seed: seed)
        return try #require(try CohortAnalysis.run(cohort: Fixture.cohort("main"), options: options).bootstrap)
    }

    @Test("Same seed, same numbers; another seed, other numbers")
    func reproducible() throws {
        let first = try Self.run(seed: 11, resamples: 40)
        let again = try Self.run(seed: 11, resamples: 40)
        let other = try Self.run(seed: 12, resamples: 40)
        #expect(first == again)
        #expect(first.correctedAUC != other.correctedAUC)
        #expect(first.selectionCounts != other.selectionCounts || first.correctedSlope != other.correctedSlope)
    }

    @Test("Plausible against rms::validate")
    func plausible() throws {
        let r = Fixture.reference["main"]["rms_validate"]
        let result = try Self.run(seed: 7)
        expectClose(result.apparentAUC, r["apparent_c"].double, relative: 1e-9, absolute: 1e-9, "apparent AUC")
        #expect(result.correctedAUC < result.apparentAUC)
        expectClose(result.correctedAUC, r["corrected_c"].double, absolute: 0.03)
        #expect(result.correctedSlope < 1)
        expectClose(result.correctedSlope, r["corrected_slope"].double, absolute: 0.1)
        #expect(result.used + result.skipped == 200)
    }

    @Test("Progress is reported once per resample")
    func progress() throws {
        var seen: [Int] = []
        var generator = Xoshiro256StarStar(seed: 1)
        _ = try OptimismBootstrap(names: ["x"], columns: [[1, 2, 3, 4, 5, 6, 7, 8, 2, 9]],
                                  outcomes: [false, false, true, false, true, false, true, true, false, true],
                                  pToRemove: 0.1, resamples: 6, using: &generator) { done, total in
            #expect(total == 6)
            seen.append(done)
        }
        #expect(seen == [1, 2, 3, 4, 5, 6])
    }
}
