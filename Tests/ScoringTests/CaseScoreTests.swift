import ClinicalModel
import Foundation
import Testing
@testable import Scoring
import TestSupport

@Suite("Case score and JSON output")
struct CaseScoreTests {
    typealias T = ScoringFixtures

    static let patientCase = PatientCase(
        source: "cases/p01.yaml", patient: Patient(id: "HCC-0001"),
        exam: Exam(dose: DoseSummaryTests.fiveSeries),
        lesions: [T.lesion("L1", size: 42.4, nic: 17.42, ps: 17.38, viable: 40),
                  Lesion(id: "L2", sizeMm: Measurement(30)),
                  T.lesion("L3", size: 162, nic: 30, ps: 30)],
        followUps: [T.followUp("2025-03-01", [("L1", 20), ("L2", 30), ("L3", 150)]),
                    T.followUp("2025-04-01", [("L1", 0), ("L2", 28), ("L3", 140)], nonTarget: .nonCRNonPD)],
        readWarnings: [InputWarning(keyPath: "patient.afp_ng_ml", line: 7, message: "AFP looks unusual.")])

    @Test("One unscorable lesion does not stop the others; warnings combine")
    func caseScore() throws {
        let s = CaseScore(case: Self.patientCase)
        #expect(s.lesions.map { $0.score != nil } == [true, false, true])
        #expect(s.lesionErrors.map(\.lesionId) == ["L2"])
        #expect(s.warnings.map(\.keyPath) == ["patient.afp_ng_ml", "lesions[2].size_mm"])
        #expect(s.dose?.totalDLPMGyCm == 1268)
        #expect(s.mrecist?.timePoints.count == 2)
        #expect(s.latestTimePoint?.date == T.date("2025-04-01"))
        #expect(s.latestTimePoint?.target == .sd)  // 168 vs baseline 232 → −27.6 %
        // L1 predicted ObR (P = 0.105) and reached CR: match. L3 predicted NR and is SD: match.
        #expect(s.latestTimePoint?.lesion("L1")?.predictionMatched == true)
        #expect(s.latestTimePoint?.lesion("L3")?.predictionMatched == true)
        #expect(s.latestTimePoint?.lesion("L2")?.predictionMatched == nil)
        let noFollowUp = CaseScore(case: PatientCase(source: "x", patient: Patient(id: "P"), lesions: [T.lesion(size: 1, nic: 1, ps: 1)]))
        #expect(noFollowUp.mrecist == nil)
        #expect(noFollowUp.dose == nil)
    }

    @Test("JSON output carries the issue-2 contract keys and explicit nulls")
    func jsonContract() throws {
        let doc = ScoreOutput.Document(model: .zhang2025, cases: [CaseScore(case: Self.patientCase)],
                                       errors: [.init(source: "cases/bad.yaml", message: "Broken.")])
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let json = try #require(try JSONSerialization.jsonObject(with: encoder.encode(doc)) as? [String: Any])
        let model = try #require(json["model"] as? [String: Any])
        #expect(model["id"] as? String == "zhang-2025-dect-pct")
        #expect(model["version"] as? String == "1.0.0")
        #expect((json["errors"] as? [[String: String]]) == [["source": "cases/bad.yaml", "message": "Broken."]])
        let c = try #require((json["cases"] as? [[String: Any]])?.first)
        #expect(c["source"] as? String == "cases/p01.yaml")
        #expect(c["patient_id"] as? String == "HCC-0001")
        let lesions = try #require(c["lesions"] as? [[String: Any]])
        let l1 = lesions[0]
        for key in ["id", "size_mm", "nic_ap_percent", "ps_ml_min_100g", "linear_predictor", "probability_nr",
                    "predicted", "points", "total_points", "warnings"] {
            #expect(l1[key] != nil, "missing \(key)")
        }
        #expect(l1["predicted"] as? String == "ObR")
        expectClose(l1["linear_predictor"] as? Double ?? 0, -2.13938, absolute: 1e-9)
        #expect((l1["points"] as? [String: Double])?.keys.sorted() == ["nic_ap_percent", "ps_ml_min_100g", "size_mm"])
        #expect(lesions[1]["probability_nr"] is NSNull)
        #expect((lesions[1]["error"] as? String)?.hasPrefix("Lesion L2 cannot be scored") == true)
        #expect((lesions[2]["warnings"] as? [String])?.count == 1)
        let dose = try #require(c["dose"] as? [String: Any])
        #expect(dose["total_dlp_mgy_cm"] as? Double == 1268)
        expectClose(dose["total_effective_dose_msv"] as? Double ?? 0, 19.02, absolute: 1e-12)
        expectClose(dose["perfusion_effective_dose_msv"] as? Double ?? 0, 15.495, absolute: 1e-12)
        #expect((dose["series"] as? [[String: Any]])?.count == 5)
        let m = try #require(c["mrecist"] as? [String: Any])
        #expect(m["date"] as? String == "2025-04-01")
        #expect(m["target"] as? String == "SD")
        #expect(m["non_target"] as? String == "non_cr_non_pd")
        #expect(m["new_lesions"] as? Bool == false)
        #expect(m["overall"] as? String == "SD")
        #expect(m["objective_response"] as? Bool == false)
        let ml = try #require(m["lesions"] as? [[String: Any]])
        #expect(ml.map { $0["id"] as? String } == ["L1", "L2", "L3"])
        #expect(ml.map { $0["category"] as? String } == ["CR", "SD", "SD"])
        #expect(ml[0]["change_from_baseline_percent"] as? Double == -100)
        #expect((m["timepoints"] as? [[String: Any]])?.count == 2)
        #expect(c["warnings"] as? [String] == ["patient.afp_ng_ml: AFP looks unusual.",
                                               "lesions[2].size_mm: " + ScoringWarning.extrapolation(
                                                   lesionId: "L3", predictor: NomogramModel.zhang2025.predictors[0],
                                                   value: 162, direction: .above).description])
        let empty = ScoreOutput.Case(CaseScore(case: PatientCase(source: "x", patient: Patient(id: "P"),
                                                                 lesions: [T.lesion(size: 1, nic: 1, ps: 1)])))
        let emptyJSON = try #require(try JSONSerialization.jsonObject(with: JSONEncoder().encode(empty)) as? [String: Any])
        #expect(emptyJSON["dose"] is NSNull)
        #expect(emptyJSON["mrecist"] is NSNull)
    }
}
