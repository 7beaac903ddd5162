import ClinicalModel
import Foundation
import TestSupport
@testable import Scoring

/// Fixtures and builders shared by the scoring tests.
enum ScoringFixtures {
    static let folder = FixtureFolder("ScoringTests")

    /// A fixture file of this test target.
    static func fixture(_ name: String) -> URL { folder.url(name) }

    /// The R rms reference values (Fixtures/make_nomogram_fixture.R).
    struct RMSFixture: Decodable {
        let sc: Double
        let intercept_prime: Double
        let lp_values: [Double]
        let lp_points: [Double]
        let size_values: [Double]
        let size_points: [Double]
        let nic_values: [Double]
        let nic_points: [Double]
        let ps_values: [Double]
        let ps_points: [Double]
        let probability_ticks: [Double]
        let probability_tick_points: [Double]
        let figure2_lp: [Double]
        let figure2_probability: [Double]
    }

    static func rms() throws -> RMSFixture {
        try folder.decode(RMSFixture.self, from: "nomogram_rms.json")
    }

    /// A lesion with the three model inputs recorded as single numbers.
    static func lesion(_ id: String = "L1", size: Double, nic: Double, ps: Double, viable: Double? = nil) -> Lesion {
        Lesion(id: id, sizeMm: Measurement(size), viableDiameterMm: viable,
               arterial: PhaseMeasurements(nicPercent: Measurement(nic)),
               perfusion: PerfusionMeasurements(ps: Measurement(ps)))
    }

    static func date(_ iso: String) -> CalendarDate { CalendarDate(iso: iso)! }

    /// A follow-up with viable diameters per lesion id.
    static func followUp(_ iso: String, _ diameters: [(String, Double)], nonTarget: FollowUp.NonTargetStatus? = FollowUp.NonTargetStatus.none,
                         newLesions: Bool = false) -> FollowUp {
        FollowUp(date: date(iso), lesions: diameters.map { .init(lesionId: $0.0, viableDiameterMm: $0.1) },
                 nonTarget: nonTarget, newLesions: newLesions)
    }
}
