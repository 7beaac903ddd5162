import ClinicalModel
import Foundation
import Testing
@testable import Scoring

@Suite("Prediction checked at the model's endpoint window")
struct EndpointAssessmentTests {
    typealias T = ScoringFixtures

    /// One lesion predicted ObR (P 0.417), TACE on 2025-03-03, follow-ups on the given dates.
    static func endpointCase(tace: String? = "2025-03-03", exam: String? = "2025-02-24",
                             followUps: [FollowUp]) -> CaseScore {
        CaseScore(case: PatientCase(
            source: "x.yaml", patient: Patient(id: "P"), exam: Exam(date: exam.map(T.date)),
            lesions: [T.lesion("L1", size: 48, nic: 22, ps: 30, viable: 44)],
            treatment: Treatment(taceDate: tace.map(T.date)), followUps: followUps))
    }

    @Test("The built-in model's window is days 61–90 after the first TACE, ± 7 days")
    func builtInWindow() throws {
        let w = try #require(NomogramModel.zhang2025.endpointWindow)
        #expect([w.firstDay, w.lastDay, w.toleranceDays, w.acceptedFirstDay, w.acceptedLastDay] == [Int]([61, 90, 7, 54, 97]))
        #expect(!w.accepts(day: 53) && w.accepts(day: 54) && w.accepts(day: 97) && !w.accepts(day: 98))
    }

    @Test("PR at week 9 and PD at week 19: the week-9 PR decides, the prediction ObR matched")
    func prAtWeek9ThenPD() throws {
        let s = Self.endpointCase(followUps: [T.followUp("2025-05-05", [("L1", 28)]), T.followUp("2025-07-14", [("L1", 36)])])
        #expect(s.latestTimePoint?.lesion("L1")?.category == .pd)
        let r = try #require(s.endpoint.lesion("L1")?.result)
        #expect(r.date == T.date("2025-05-05"))
        #expect(r.daysAfterTreatment == 63)
        #expect(r.weeksAfterTreatment == 9)
        #expect(r.category == .pr)
        #expect(r.matched == true)
    }

    @Test("Follow-up only at week 30: no follow-up inside the window")
    func onlyWeek30() {
        let s = Self.endpointCase(followUps: [T.followUp("2025-09-29", [("L1", 50)])])
        #expect(s.endpoint.lesion("L1")?.result == nil)
        #expect(s.endpoint.lesion("L1")?.unassessed == .noFollowUpInWindow)
        #expect(s.endpoint.lesion("L1")?.unassessed?.text == "no follow-up inside the window")
    }

    @Test("No follow-up, or only an early one: not yet assessable")
    func notYet() {
        #expect(Self.endpointCase(followUps: []).endpoint.lesion("L1")?.unassessed == .notYetAssessable)
        // Day 53 is one day before the tolerance starts.
        let early = Self.endpointCase(followUps: [T.followUp("2025-04-25", [("L1", 20)])])
        #expect(early.endpoint.lesion("L1")?.unassessed?.text == "not yet assessable")
    }

    @Test("Tolerance edges: day 54 and day 97 count, day 98 does not")
    func edges() {
        #expect(Self.endpointCase(followUps: [T.followUp("2025-04-26", [("L1", 20)])]).endpoint.lesion("L1")?.result?.daysAfterTreatment == 54)
        #expect(Self.endpointCase(followUps: [T.followUp("2025-06-08", [("L1", 20)])]).endpoint.lesion("L1")?.result?.daysAfterTreatment == 97)
        #expect(Self.endpointCase(followUps: [T.followUp("2025-06-09", [("L1", 20)])]).endpoint.lesion("L1")?.unassessed == .noFollowUpInWindow)
    }

    @Test("A follow-up inside the window that did not measure the lesion says so")
    func unmeasured() {
        let s = Self.endpointCase(followUps: [T.followUp("2025-05-12", [])])
        #expect(s.endpoint.lesion("L1")?.unassessed?.text == "not measured at the follow-up inside the window")
    }

    @Test("Without a TACE date the exam date is day 0, with a note")
    func examDateFallback() throws {
        let s = Self.endpointCase(tace: nil, followUps: [T.followUp("2025-05-05", [("L1", 28)])])
        #expect(s.endpoint.anchor == .examDate(T.date("2025-02-24")))
        #expect(s.endpoint.lesion("L1")?.result?.daysAfterTreatment == 70)
        #expect(s.endpoint.notes == ["No TACE date recorded (treatment.tace_date): days are counted from the CT exam on 2025-02-24, "
                                     + "which precedes the first TACE, so they overstate the time since treatment."])
        let none = Self.endpointCase(tace: nil, exam: nil, followUps: [T.followUp("2025-05-05", [("L1", 28)])])
        #expect(none.endpoint.lesion("L1")?.unassessed?.text == "not determined: neither a TACE date nor an exam date is recorded")
    }

    @Test("A model without a window checks nothing")
    func noWindow() {
        var model = NomogramModel.zhang2025
        model.endpointWindow = nil
        let c = Self.endpointCase(followUps: [T.followUp("2025-05-05", [("L1", 28)])]).patientCase
        let s = CaseScore(case: c, model: model)
        #expect(s.endpoint.lesion("L1")?.unassessed?.text == "not determined: the model states no endpoint window")
    }

    @Test("JSON: endpoint {date, days_after_treatment, category, matched} or null, with endpoint_status")
    func json() throws {
        let cases = [Self.endpointCase(followUps: [T.followUp("2025-05-05", [("L1", 28)]), T.followUp("2025-07-14", [("L1", 36)])]),
                     Self.endpointCase(followUps: [T.followUp("2025-09-29", [("L1", 50)])])]
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let data = try encoder.encode(ScoreOutput.Document(model: .zhang2025, cases: cases, errors: []))
        let doc = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let out = try #require(doc["cases"] as? [[String: Any]])
        let l0 = try #require((out[0]["lesions"] as? [[String: Any]])?.first)
        let e = try #require(l0["endpoint"] as? [String: Any])
        #expect(e["date"] as? String == "2025-05-05")
        #expect(e["days_after_treatment"] as? Int == 63)
        #expect(e["category"] as? String == "PR")
        #expect(e["matched"] as? Bool == true)
        #expect(l0["endpoint_status"] as? String == "assessed")
        let l1 = try #require((out[1]["lesions"] as? [[String: Any]])?.first)
        #expect(l1["endpoint"] is NSNull)
        #expect(l1["endpoint_status"] as? String == "no_followup_in_window")
        let w = try #require(out[0]["endpoint_window"] as? [String: Any])
        #expect(w["first_day"] as? Int == 61 && w["last_day"] as? Int == 90 && w["tolerance_days"] as? Int == 7)
        #expect(w["day_zero"] as? String == "tace_date" && w["day_zero_date"] as? String == "2025-03-03")
        // The latest time point's keys are unchanged (PD at week 19).
        #expect((out[0]["mrecist"] as? [String: Any])?["overall"] as? String == "PD")
    }

    @Test("The model file carries the window; a backwards window is refused")
    func modelFile() throws {
        let text = NomogramModelFile.yaml(for: .zhang2025)
        #expect(text.contains("endpoint_window:\n  first_day: 61\n  last_day: 90\n  tolerance_days: 7\n"))
        #expect(try NomogramModelFile.parse(text) == .zhang2025)
        let broken = text.replacingOccurrences(of: "  last_day: 90", with: "  last_day: 50")
        #expect(throws: NomogramModelFileError.self) { try NomogramModelFile.parse(broken) }
        do {
            _ = try NomogramModelFile.parse(broken)
        } catch {
            #expect(error.description.contains("endpoint_window.last_day: the endpoint window must end on or after its first day"))
        }
    }
}
