import CaseReader
import ClinicalModel
import Foundation
import Testing

/// One error scenario: a file and the exact error lines it must produce.
struct ErrorScenario: Sendable, CustomTestStringConvertible {
    let name: String
    let file: String
    let text: String
    let expected: [String]
    var testDescription: String { name }

    init(_ name: String, file: String = "p.yaml", _ text: String, _ expected: [String]) {
        self.name = name
        self.file = file
        self.text = text
        self.expected = expected
    }
}

@Suite("Case read errors: exact text per kind")
struct CaseReadErrorTests {
    static let scenarios: [ErrorScenario] = [
        ErrorScenario("decimal comma", CaseText.replacing("      nic_percent: 17.42", with: "      nic_percent: 17,4"), [
            "p.yaml:9: lesions[0].arterial.nic_percent: expected a number in percent, found \"17,4\" — write decimals with a point: 17.4",
        ]),
        ErrorScenario("two commas: no decimal hint", CaseText.replacing("      nic_percent: 17.42", with: "      nic_percent: 1,7,4"), [
            "p.yaml:9: lesions[0].arterial.nic_percent: expected a number in percent, found \"1,7,4\"",
        ]),
        ErrorScenario("quoted number", CaseText.replacing("      nic_percent: 17.42", with: "      nic_percent: \"17.42\""), [
            "p.yaml:9: lesions[0].arterial.nic_percent: expected a number in percent, found \"17.42\" (in quotes, so it is text)",
        ]),
        ErrorScenario("NaN", CaseText.replacing("      ps: 17.38", with: "      ps: .nan"), [
            "p.yaml:11: lesions[0].perfusion.ps: expected a number in mL/min/100 g, found .nan (not a number)",
        ]),
        ErrorScenario("infinity", CaseText.replacing("      ps: 17.38", with: "      ps: .inf"), [
            "p.yaml:11: lesions[0].perfusion.ps: expected a number in mL/min/100 g, found .inf (infinite)",
        ]),
        ErrorScenario("overflow", CaseText.replacing("      ps: 17.38", with: "      ps: 1e400"), [
            "p.yaml:11: lesions[0].perfusion.ps: expected a number in mL/min/100 g, found 1e400 (too large to be a measurement)",
        ]),
        ErrorScenario("negative", CaseText.replacing("    size_mm: 42.4", with: "    size_mm: -4"), [
            "p.yaml:7: lesions[0].size_mm: found -4 mm, but it must be greater than 0 mm",
        ]),
        ErrorScenario("NIC above 200 %", CaseText.replacing("      nic_percent: 17.42", with: "      nic_percent: 250"), [
            "p.yaml:9: lesions[0].arterial.nic_percent: found 250 %, above the possible maximum of 200 %",
        ]),
        ErrorScenario("size above 300 mm", CaseText.replacing("    size_mm: 42.4", with: "    size_mm: 424"), [
            "p.yaml:7: lesions[0].size_mm: found 424 mm, above the possible maximum of 300 mm",
        ]),
        ErrorScenario("size zero", CaseText.replacing("    size_mm: 42.4", with: "    size_mm: 0"), [
            "p.yaml:7: lesions[0].size_mm: found 0 mm, but it must be greater than 0 mm",
        ]),
        ErrorScenario("Zeff outside 5–20", CaseText.replacing("      nic_percent: 17.42", with: "      nic_percent: 17.42\n      zeff: 3.2"), [
            "p.yaml:10: lesions[0].arterial.zeff: found 3.2, outside the possible range 5–20",
        ]),
        ErrorScenario("k factor outside (0, 1]", CaseText.replacing("  date: 2025-01-14", with: "  date: 2025-01-14\n  dose:\n    k_factor: 1.5\n    series:\n      - {kind: plain, dlp_mgy_cm: 100}"), [
            "p.yaml:6: exam.dose.k_factor: found 1.5 mSv/(mGy·cm), outside the possible range (0, 1] mSv/(mGy·cm)",
        ]),
        ErrorScenario("phantom not 16/32", CaseText.replacing("  date: 2025-01-14", with: "  date: 2025-01-14\n  dose:\n    series:\n      - kind: plain\n        dlp_mgy_cm: 100\n        phantom_cm: 24"), [
            "p.yaml:9: exam.dose.series[0].phantom_cm: expected 16 or 32 (cm), found 24",
        ]),
        ErrorScenario("dose series without DLP and kind", CaseText.replacing("  date: 2025-01-14", with: "  date: 2025-01-14\n  dose:\n    series:\n      - name: Arterial"), [
            "p.yaml:7: exam.dose.series[0].kind: missing; give the series kind: plain, perfusion, dual_energy, localizer or bolus_tracking",
            "p.yaml:7: exam.dose.series[0].dlp_mgy_cm: missing; every series needs its dose-length product in mGy·cm",
        ]),
        ErrorScenario("unknown key with suggestion", CaseText.replacing("      nic_percent: 17.42", with: "      nic_percnt: 17.42"), [
            "p.yaml:9: lesions[0].arterial.nic_percnt: unknown key \"nic_percnt\"; did you mean \"nic_percent\"?",
            "p.yaml:8: lesions[0].arterial.nic_percent: missing; the prediction model needs NIC: give nic_percent, or both ic_mg_ml and ic_aorta_mg_ml to derive it",
        ]),
        ErrorScenario("unknown key camelCase", CaseText.replacing("    size_mm: 42.4", with: "    sizeMm: 42.4"), [
            "p.yaml:7: lesions[0].sizeMm: unknown key \"sizeMm\"; did you mean \"size_mm\"?",
            "p.yaml:6: lesions[0].size_mm: missing; the prediction model needs this value",
        ]),
        ErrorScenario("unknown key without suggestion", CaseText.appending("comment: hello"), [
            "p.yaml:12: comment: unknown key \"comment\"; the keys allowed here are schema_version, patient, exam, lesions, treatment, followup",
        ]),
        ErrorScenario("wrong type: list for a date", CaseText.replacing("  date: 2025-01-14", with: "  date: [2025, 1, 14]"), [
            "p.yaml:4: exam.date: expected a date written YYYY-MM-DD, found a list",
        ]),
        ErrorScenario("wrong type: text for a section", CaseText.replacing("patient:", with: "patient: P1\nx:"), [
            "p.yaml:2: x: unknown key \"x\"; the keys allowed here are schema_version, patient, exam, lesions, treatment, followup",
            "p.yaml:1: patient: expected the patient (keys such as id, name, birth_date), found \"P1\"",
        ]),
        ErrorScenario("missing patient id", CaseText.replacing("  id: P1", with: "  name: Someone"), [
            "p.yaml:2: patient.id: missing; every case needs a patient id (medical record number or study ID)",
        ]),
        ErrorScenario("missing patient", CaseText.replacing("patient:", with: "treatment:").replacingOccurrences(of: "  id: P1", with: "  ici: other"), [
            "p.yaml:1: patient: missing; every case needs a patient with at least an id",
        ]),
        ErrorScenario("missing lesions", "patient:\n  id: P1\n", [
            "p.yaml:1: lesions: missing; the case needs at least one lesion with the model's inputs (size_mm, arterial.nic_percent, perfusion.ps)",
        ]),
        ErrorScenario("empty lesion list", "patient:\n  id: P1\nlesions: []\n", [
            "p.yaml:3: lesions: the list is empty; the case needs at least one lesion",
        ]),
        ErrorScenario("missing model inputs", CaseText.replacing("    size_mm: 42.4", with: "    segment: S8").replacingOccurrences(of: "      nic_percent: 17.42", with: "      zeff: 8.8").replacingOccurrences(of: "      ps: 17.38", with: "      bf: 80"), [
            "p.yaml:6: lesions[0].size_mm: missing; the prediction model needs this value",
            "p.yaml:8: lesions[0].arterial.nic_percent: missing; the prediction model needs NIC: give nic_percent, or both ic_mg_ml and ic_aorta_mg_ml to derive it",
            "p.yaml:10: lesions[0].perfusion.ps: missing; the prediction model needs this value",
        ]),
        ErrorScenario("NIC derivable from IC is not missing, half IC is", CaseText.replacing("      nic_percent: 17.42", with: "      ic_mg_ml: 2.1"), [
            "p.yaml:8: lesions[0].arterial.nic_percent: missing; the prediction model needs NIC: give nic_percent, or both ic_mg_ml and ic_aorta_mg_ml to derive it",
        ]),
        ErrorScenario("invalid date", CaseText.replacing("  date: 2025-01-14", with: "  date: 2025-02-30"), [
            "p.yaml:4: exam.date: found 2025-02-30, which is not a real date",
        ]),
        ErrorScenario("malformed date", CaseText.replacing("  date: 2025-01-14", with: "  date: 14.01.2025"), [
            "p.yaml:4: exam.date: expected a date written YYYY-MM-DD, found \"14.01.2025\"",
        ]),
        ErrorScenario("duplicate lesion ids", CaseText.appending("  - id: L1\n    size_mm: 20\n    arterial: {nic_percent: 12}\n    perfusion: {ps: 10}"), [
            "p.yaml:12: lesions[1].id: the lesion id \"L1\" is used twice (lines 6 and 12); each lesion needs its own id",
        ]),
        ErrorScenario("follow-up names an unknown lesion", CaseText.appending("followup:\n  - date: 2025-03-01\n    lesions:\n      - {id: L9, viable_diameter_mm: 10}"), [
            "p.yaml:15: followup[0].lesions[0].id: lesion \"L9\" is not among the lesions of this case (L1)",
        ]),
        ErrorScenario("a lesion with a bad value is not also unknown to its follow-up", CaseText.replacing("      ps: 17.38", with: "      ps: \"n/a\"").appending("followup:\n  - date: 2025-03-01\n    lesions:\n      - {id: L1, viable_diameter_mm: 10}"), [
            "p.yaml:11: lesions[0].perfusion.ps: expected a number in mL/min/100 g, found \"n/a\" (in quotes, so it is text)",
        ]),
        ErrorScenario("follow-up on the exam date", CaseText.appending("followup:\n  - date: 2025-01-14\n    lesions:\n      - {id: L1, viable_diameter_mm: 10}"), [
            "p.yaml:13: followup[0].date: the follow-up on 2025-01-14 is not after the pre-treatment exam on 2025-01-14",
        ]),
        ErrorScenario("follow-up before TACE", CaseText.appending("treatment:\n  tace_date: 2025-02-01\nfollowup:\n  - date: 2025-01-20\n    lesions:\n      - {id: L1, viable_diameter_mm: 10}"), [
            "p.yaml:15: followup[0].date: the follow-up on 2025-01-20 is before TACE on 2025-02-01",
        ]),
        ErrorScenario("TACE before the exam", CaseText.appending("treatment:\n  tace_date: 2025-01-10"), [
            "p.yaml:13: treatment.tace_date: TACE on 2025-01-10 is before the pre-treatment exam on 2025-01-14",
        ]),
        ErrorScenario("unknown enum value", CaseText.replacing("  id: P1", with: "  id: P1\n  sex: m"), [
            "p.yaml:3: patient.sex: expected one of female, male, other, found \"m\"",
        ]),
        ErrorScenario("schema version 2", "schema_version: 2\n" + CaseText.minimal, [
            "p.yaml:1: schema_version: this reader understands schema version 1 only, found \"2\"",
        ]),
        ErrorScenario("mixed ROI/observer list", CaseText.replacing("      nic_percent: 17.42", with: "      nic_percent: [17.3, [17.9, 18.2]]"), [
            "p.yaml:9: lesions[0].arterial.nic_percent: the list mixes single numbers and lists; write the ROI values of one observer as [17.1, 17.6, 17.5], or several observers as {observers: [17.3, [17.9, 18.2]]}",
        ]),
        ErrorScenario("empty measurement list", CaseText.replacing("      ps: 17.38", with: "      ps: []"), [
            "p.yaml:11: lesions[0].perfusion.ps: the list is empty; give at least one value",
        ]),
        ErrorScenario("empty observer list", CaseText.replacing("      ps: 17.38", with: "      ps: {observers: []}"), [
            "p.yaml:11: lesions[0].perfusion.ps.observers: the list is empty; give at least one observer",
        ]),
        ErrorScenario("bad ROI inside observers", CaseText.replacing("      ps: 17.38", with: "      ps: {observers: [17.3, [17.9, -1]]}"), [
            "p.yaml:11: lesions[0].perfusion.ps.observers[1][1]: found -1 mL/min/100 g, but it cannot be negative",
        ]),
        ErrorScenario("YAML syntax", CaseText.replacing("    size_mm: 42.4", with: "    size_mm: 42.4: 3"), [
            "p.yaml:7: the file is not valid YAML: a ':' appears where it is not allowed; check the indentation, or put text that contains ': ' in quotes (line 7, column 18)",
        ]),
        ErrorScenario("YAML tab indentation", CaseText.replacing("      ps: 17.38", with: "\tps: 17.38"), [
            "p.yaml:11: the file is not valid YAML: this character cannot start a value here (tabs cannot indent; text starting with @ or ` must be in quotes) (line 11, column 1)",
        ]),
        ErrorScenario("YAML duplicate key", CaseText.replacing("  id: P1", with: "  id: P1\n  name: A\n  id: P2"), [
            "p.yaml:4: the key \"id\" appears twice in the same group (lines 2 and 4); keep one",
        ]),
        ErrorScenario("JSON duplicate key", file: "p.json", "{\n  \"patient\": {\n    \"id\": \"P1\",\n    \"id\": \"P2\"\n  }\n}\n", [
            "p.json:4: patient.id: the key \"id\" appears twice in the same group (lines 3 and 4); keep one",
        ]),
        ErrorScenario("JSON syntax", file: "p.json", "{\n  \"patient\": {\"id\": \"P1\",}\n}\n", [
            "p.json:2: the file is not valid JSON: expected a key in double quotes (line 2, column 26)",
        ]),
        ErrorScenario("JSON trailing text", file: "p.json", "{\"patient\": {\"id\": \"P1\"}}\n{}\n", [
            "p.json:2: the file is not valid JSON: unexpected text after the end of the JSON value; a file holds one object or one list (line 2, column 1)",
        ]),
        ErrorScenario("empty file", "", [
            "p.yaml: the file is empty (or holds only comments); expected a patient with at least patient.id and lesions",
        ]),
        ErrorScenario("only comments", "# nothing yet\n\n", [
            "p.yaml: the file is empty (or holds only comments); expected a patient with at least patient.id and lesions",
        ]),
        ErrorScenario("empty list file", "[]\n", [
            "p.yaml:1: the file holds an empty list; expected at least one patient",
        ]),
        ErrorScenario("scalar file", "hello\n", [
            "p.yaml:1: expected a patient case (keys such as schema_version, patient, exam), found \"hello\"",
        ]),
        ErrorScenario("NUL byte", "patient:\n  id: P1\u{0}\n", [
            "p.yaml:2: the file contains a NUL byte; it is probably not a text file",
        ]),
        ErrorScenario("merge key", CaseText.appending("<<: {x: 1}"), [
            "p.yaml:12: <<: YAML merge keys (<<) are not supported; write the keys out",
        ]),
        ErrorScenario("follow-up lesion measured twice", CaseText.appending("followup:\n  - date: 2025-03-01\n    lesions:\n      - {id: L1, viable_diameter_mm: 10}\n      - {id: L1, viable_diameter_mm: 11}"), [
            "p.yaml:16: followup[0].lesions[1].id: lesion \"L1\" is measured twice in this follow-up (lines 15 and 16)",
        ]),
        ErrorScenario("follow-up without date and viable diameter", CaseText.appending("followup:\n  - lesions:\n      - {id: L1}"), [
            "p.yaml:13: followup[0].date: missing; every follow-up needs its date",
            "p.yaml:14: followup[0].lesions[0].viable_diameter_mm: missing; give the viable (enhancing) diameter in mm, 0 when no enhancement is left",
        ]),
    ]

    @Test("every error kind has its exact sentence, key path and line", arguments: scenarios)
    func exactErrors(_ scenario: ErrorScenario) {
        let result = CaseText.read(scenario.text, name: scenario.file)
        #expect(result.errors.map(\.description) == scenario.expected)
        #expect(result.cases.isEmpty)
    }
}
