import CaseReader
import ClinicalModel
import Testing

@Suite("Read warnings")
struct ReadWarningTests {
    struct Scenario: Sendable, CustomTestStringConvertible {
        let name: String
        let text: String
        let expected: [String]
        var testDescription: String { name }
    }

    static let scenarios: [Scenario] = [
        Scenario(name: "portal-venous NIC written as a fraction (an arterial one is an error)",
                 text: CaseText.replacing("      nic_percent: 17.42", with: "      nic_percent: 17.42\n    portal_venous:\n      nic_percent: 0.17"),
                 expected: ["11 lesions[0].portal_venous.nic_percent: NIC is 0.17 %; this looks like a fraction — NIC is recorded in percent (e.g. 17.4, not 0.174)"]),
        Scenario(name: "NIC disagrees with IC beyond 0.5 pp (up to 2 pp: a warning)",
                 text: CaseText.replacing("      nic_percent: 17.42", with: "      nic_percent: 17.42\n      ic_mg_ml: 2.3\n      ic_aorta_mg_ml: 12.0"),
                 expected: ["9 lesions[0].arterial.nic_percent: NIC is 17.42 % but 100·ic_mg_ml/ic_aorta_mg_ml gives 19.17 %; the difference exceeds 0.5 percentage points"]),
        Scenario(name: "NIC agrees with IC within rounding",
                 text: CaseText.replacing("      nic_percent: 17.42", with: "      nic_percent: 17.42\n      ic_mg_ml: 2.1\n      ic_aorta_mg_ml: 12.0"),
                 expected: []),
        Scenario(name: "viable diameter above size",
                 text: CaseText.replacing("    size_mm: 42.4", with: "    size_mm: 42.4\n    viable_diameter_mm: 45"),
                 expected: ["8 lesions[0].viable_diameter_mm: the viable diameter (45 mm) is larger than the lesion size (42.4 mm)"]),
        Scenario(name: "lesion below 10 mm",
                 text: CaseText.replacing("    size_mm: 42.4", with: "    size_mm: 8"),
                 expected: ["7 lesions[0].size_mm: the lesion measures 8 mm, below the 10 mm minimum of an mRECIST target lesion"]),
        Scenario(name: "not a Couinaud segment",
                 text: CaseText.replacing("    size_mm: 42.4", with: "    size_mm: 42.4\n    segment: S9"),
                 expected: ["8 lesions[0].segment: \"S9\" is not a Couinaud segment S1–S8 as written"]),
        Scenario(name: "three target lesions",
                 text: CaseText.appending("  - {id: L2, size_mm: 20, arterial: {nic_percent: 12}, perfusion: {ps: 10}}\n  - {id: L3, size_mm: 20, arterial: {nic_percent: 12}, perfusion: {ps: 10}}"),
                 expected: ["13 lesions[2]: the case has 3 lesions; the study used at most two target lesions per patient (the two largest)"]),
        Scenario(name: "unusual dose",
                 text: CaseText.replacing("  date: 2025-01-14", with: """
                      date: 2025-01-14
                      dose:
                        series:
                          - {kind: plain, ctdi_vol_mgy: 60, phantom_cm: 16, dlp_mgy_cm: 1500}
                          - {kind: perfusion, ctdi_vol_mgy: 700, dlp_mgy_cm: 2000}
                    """),
                 expected: [
                    "7 exam.dose.series[0].ctdi_vol_mgy: CTDIvol of 60 mGy for one series is above the 50 mGy dose-check notification value; please verify",
                    "7 exam.dose.series[0].phantom_cm: CTDIvol refers to the 16 cm (head) phantom; abdominal CTDIvol is normally reported on the 32 cm phantom and the 16 cm value is about twice as high",
                    "8 exam.dose.series[1].ctdi_vol_mgy: CTDIvol of 700 mGy for one perfusion series is above the 600 mGy dose-check notification value; please verify",
                    "7 exam.dose.series: the exam's total DLP is 3500 mGy·cm, above 3000 mGy·cm; please verify",
                    "7 exam.dose.series: the estimated effective dose is 52.5 mSv, above 50 mSv; please verify",
                 ]),
        Scenario(name: "follow-up misses a target lesion",
                 text: CaseText.appending("  - {id: L2, size_mm: 20, arterial: {nic_percent: 12}, perfusion: {ps: 10}}\nfollowup:\n  - date: 2025-03-01\n    lesions: [{id: L1, viable_diameter_mm: 30}]"),
                 expected: ["14 followup[0].lesions: the follow-up on 2025-03-01 does not measure lesion L2; mRECIST sums all target lesions"]),
    ]

    @Test("each rule gives its exact warning with key path and line", arguments: scenarios)
    func warnings(_ scenario: Scenario) throws {
        let result = CaseText.read(scenario.text)
        #expect(result.errors.isEmpty)
        let patientCase = try #require(result.cases.first)
        #expect(patientCase.readWarnings.map { "\($0.line.map(String.init) ?? "-") \($0.description)" } == scenario.expected)
    }
}
