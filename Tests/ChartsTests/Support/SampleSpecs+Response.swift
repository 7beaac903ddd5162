@testable import Charts
import ClinicalModel
import Scoring

extension SampleSpecs {
    /// Two target lesions (baselines 40 and 20 mm, S_bl 60 mm; exam 7 days before the first TACE on
    /// 2025-03-03): PR at day 63 (26 + 12 = 38 mm), a scan at day 91 that missed L2 (NE), then PD at
    /// day 133 (34 + 14 = 48 mm ≥ 1.2 × 38 = 45.6 mm) with a new lesion and non-target progression.
    static func responseCase() -> CaseScore {
        func date(_ iso: String) -> CalendarDate { CalendarDate(iso: iso)! }
        func lesion(_ id: String, _ viable: Double) -> Lesion {
            Lesion(id: id, sizeMm: Measurement(viable + 4), viableDiameterMm: viable,
                   arterial: PhaseMeasurements(nicPercent: Measurement(20)), perfusion: PerfusionMeasurements(ps: Measurement(25)))
        }
        func scan(_ iso: String, _ d: [(String, Double)], nonTarget: FollowUp.NonTargetStatus = .none, new: Bool = false) -> FollowUp {
            FollowUp(date: date(iso), lesions: d.map { .init(lesionId: $0.0, viableDiameterMm: $0.1) }, nonTarget: nonTarget, newLesions: new)
        }
        return CaseScore(case: PatientCase(
            source: "sample.yaml", patient: Patient(id: "P-RESPONSE"), exam: Exam(date: date("2025-02-24")),
            lesions: [lesion("L1", 40), lesion("L2", 20)], treatment: Treatment(taceDate: date("2025-03-03")),
            followUps: [scan("2025-05-05", [("L1", 26), ("L2", 12)]), scan("2025-06-02", [("L1", 27)]),
                        scan("2025-07-14", [("L1", 34), ("L2", 14)], nonTarget: .pd, new: true)]))
    }

    /// The response chart of `responseCase()`.
    static func response() -> ResponseChartSpec {
        // The sample case is valid by construction; a failure here is a builder defect the tests must show.
        (try? ResponseChartSpec(score: responseCase(), theme: .standard))
            ?? ResponseChartSpec(timeAxisTitle: "builder failed", lesions: [], sum: nil, scans: [], responseLimitMm: 0,
                                 nadir: .init(weeks: 0, millimetres: 0), window: nil, notes: [])
    }
}
