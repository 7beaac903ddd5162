import ClinicalModel
import Testing
@testable import Scoring

@Suite("Is the case inside the study population? (warnings, never refusals)")
struct ApplicabilityCheckTests {
    typealias T = ScoringFixtures

    static func check(exam: String? = "2025-02-24", tace: String? = "2025-03-03", bclc: String? = "B", childPugh: String? = "A6",
                      firstLine: Bool? = true, scanner: String? = "GE Revolution CT") -> ApplicabilityCheck {
        let c = PatientCase(source: "x", patient: Patient(id: "P", childPugh: childPugh, bclc: bclc),
                            exam: Exam(date: exam.map(T.date), scanner: scanner, software: "GE AW 4.7"),
                            lesions: [T.lesion(size: 40, nic: 20, ps: 20)],
                            treatment: Treatment(taceDate: tace.map(T.date), lenvatinibMgPerDay: 12, ici: .camrelizumab, firstLine: firstLine))
        return CaseScore(case: c).applicability
    }

    @Test("Inside on every criterion")
    func inside() {
        let c = Self.check()
        #expect(c.criteria.map(\.status) == [ApplicabilityCheck.Criterion.Status](repeating: .inside, count: 5))
        #expect(c.criteria.map(\.sentence) == ["CT exam 7 days before the first TACE", "BCLC B", "Child–Pugh A6",
                                                "first-line TACE + lenvatinib + camrelizumab", "GE Revolution CT, GE AW 4.7 (the study's scanner family)"])
        #expect(!c.hasOutside)
    }

    @Test("Exam 20 days before TACE, BCLC A, Child–Pugh C, not first-line, another scanner: each outside, with the study's criterion")
    func outside() {
        let c = Self.check(exam: "2025-02-11", bclc: "A", childPugh: "C10", firstLine: false, scanner: "Siemens SOMATOM Force")
        #expect(c.criteria.map(\.status) == [ApplicabilityCheck.Criterion.Status](repeating: .outside, count: 5))
        #expect(c.criteria.map(\.sentence) == [
            "CT exam 20 days before the first TACE (study: within 14 days before treatment)",
            "BCLC A (study: B or C)", "Child–Pugh C10 (study: A or B)",
            "not first-line treatment (study: first-line TACE + lenvatinib + an immune checkpoint inhibitor)",
            "Siemens SOMATOM Force, GE AW 4.7 is not the study's scanner (GE Revolution CT (GE HealthCare), Gemstone Spectral Imaging dual-energy mode; "
                + "the paper names no post-processing software version); DECT and perfusion values are vendor- and software-dependent, so the inputs may not be comparable",
        ])
        #expect(c.hasOutside)
    }

    @Test("Exactly 14 days is inside; missing values are not recorded")
    func edgesAndMissing() {
        #expect(Self.check(exam: "2025-02-17").criteria[0].status == .inside)
        let c = Self.check(tace: nil, bclc: nil, childPugh: nil, firstLine: nil, scanner: nil)
        #expect(c.criteria.map(\.status) == [ApplicabilityCheck.Criterion.Status](repeating: .notRecorded, count: 5))
        #expect(c.criteria[3].sentence == "whether it is first-line not recorded (study: first-line TACE + lenvatinib + an immune checkpoint inhibitor)")
    }

    @Test("A model without a study population checks nothing")
    func noPopulation() {
        var model = NomogramModel.zhang2025
        model.studyPopulation = nil
        #expect(CaseScore(case: PatientCase(source: "x", patient: Patient(id: "P"), lesions: []), model: model).applicability.criteria.isEmpty)
    }
}
