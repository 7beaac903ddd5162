import CaseReader
import ClinicalModel
import Testing

/// An arterial NIC below 1 % is accepted only when the iodine concentrations confirm it, and a NIC
/// more than 2 percentage points from 100·IC/IC_aorta is an error naming both values.
@Suite("NIC written as a fraction, NIC against IC")
struct NICConsistencyTests {
    static let scenarios: [ErrorScenario] = [
        ErrorScenario("NIC-AP 0.28 without IC: a fraction", CaseText.replacing("      nic_percent: 17.42", with: "      nic_percent: 0.28"), [
            "p.yaml:9: lesions[0].arterial.nic_percent: NIC-AP is 0.28 %, below 1 %; NIC is recorded in percent, so this looks like a fraction — "
                + "if you meant 28 %, write 28; a NIC-AP below 1 % is accepted only with ic_mg_ml and ic_aorta_mg_ml that confirm it",
        ]),
        ErrorScenario("NIC-AP 0.28 with IC giving 28 %", CaseText.replacing("      nic_percent: 17.42", with: "      nic_percent: 0.28\n      ic_mg_ml: 3.36\n      ic_aorta_mg_ml: 12.0"), [
            "p.yaml:9: lesions[0].arterial.nic_percent: NIC-AP is 0.28 %, below 1 %; NIC is recorded in percent, so this looks like a fraction — "
                + "if you meant 28 %, write 28 (ic_mg_ml 3.36 / ic_aorta_mg_ml 12 give 28 %, which does not confirm 0.28 %)",
        ]),
        ErrorScenario("NIC 17.42 against IC 3.5 / 12.0 = 29.17 %", CaseText.replacing("      nic_percent: 17.42", with: "      nic_percent: 17.42\n      ic_mg_ml: 3.5\n      ic_aorta_mg_ml: 12.0"), [
            "p.yaml:9: lesions[0].arterial.nic_percent: nic_percent 17.42 % disagrees with 100·ic_mg_ml/ic_aorta_mg_ml = 100·3.5/12 = 29.17 % "
                + "by 11.75 percentage points (more than 2); check which value is right, or give only one of them",
        ]),
        ErrorScenario("portal-venous NIC against IC beyond 2 pp", CaseText.replacing("      nic_percent: 17.42", with: "      nic_percent: 17.42\n    portal_venous:\n      nic_percent: 20\n      ic_mg_ml: 1.0\n      ic_aorta_mg_ml: 8.0"), [
            "p.yaml:11: lesions[0].portal_venous.nic_percent: nic_percent 20 % disagrees with 100·ic_mg_ml/ic_aorta_mg_ml = 100·1/8 = 12.5 % "
                + "by 7.5 percentage points (more than 2); check which value is right, or give only one of them",
        ]),
    ]

    @Test("exact error with key path and line", arguments: scenarios)
    func errors(_ scenario: ErrorScenario) {
        let result = CaseText.read(scenario.text, name: scenario.file)
        #expect(result.errors.map(\.description) == scenario.expected)
        #expect(result.cases.isEmpty)
    }

    @Test("NIC-AP 0.28 % confirmed by IC 0.0336 / 12.0 is accepted without an error")
    func confirmedSmallNIC() throws {
        let result = CaseText.read(CaseText.replacing("      nic_percent: 17.42", with: "      nic_percent: 0.28\n      ic_mg_ml: 0.0336\n      ic_aorta_mg_ml: 12.0"))
        #expect(result.errors.isEmpty)
        let lesion = try #require(result.cases.first?.lesions.first)
        #expect(lesion.arterial?.nicPercent?.value == 0.28)
    }

    @Test("A NIC-AP below 1 % derived from IC alone is not an entry and is accepted")
    func derivedSmallNIC() {
        let result = CaseText.read(CaseText.replacing("      nic_percent: 17.42", with: "      ic_mg_ml: 0.1\n      ic_aorta_mg_ml: 12.0"))
        #expect(result.errors.isEmpty)
    }
}
