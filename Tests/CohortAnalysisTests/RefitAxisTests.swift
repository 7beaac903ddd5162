import Testing
@testable import CohortAnalysis

/// A refit model's predictor axes: the column's data range rounded outward to `NiceTicks` (Heckbert's
/// nice numbers, about ten intervals, loose) — the ticks every chart draws.
///
/// The former rule took the smallest of {1, 2, 2.5, 5} × 10ᵏ giving at most ten intervals; the two
/// agree on the example cohort (NIC-AP 2.54–59.2 % → 0–60 step 10; PS 3.44–102.43 → 0–110 step 10)
/// and differ where that rule picked a step of 2.5 × 10ᵏ: 0–25 had step 2.5, now 5; 1.3–3.7 had
/// 1.25–3.75 step 0.25, now 1–4 step 0.5.
@Suite struct RefitAxisTests {
    @Test(arguments: [
        (2.54, 59.2, 0.0, 60.0, 10.0),
        (3.44, 102.43, 0.0, 110.0, 10.0),
        (10.09, 175.65, 0.0, 180.0, 20.0),
        (0.0, 25.0, 0.0, 25.0, 5.0),
        (1.3, 3.7, 1.0, 4.0, 0.5),
        (7.0, 7.0, 7.0, 8.0, 0.5),
    ])
    func axisEnclosesTheDataOnNiceTicks(low: Double, high: Double, minimum: Double, maximum: Double, step: Double) {
        let axis = RefitNomogram.axis(low: low, high: high)
        #expect(axis.minimum == minimum)
        #expect(axis.maximum == maximum)
        #expect(axis.step == step)
    }
}
