import CohortAnalysis
import Scoring
import Testing

/// A column's printed unit is its case-file field's (`LesionField.quantity`): the study's column names
/// and columns named by a field path alike.
@Suite struct ColumnUnitTests {
    @Test func columnsPrintTheirFieldsUnits() throws {
        var lesions: [CohortLesion] = []
        for k in 0..<6 {
            let x = Double(k)
            let extras: [String: Double] = ["lambda_hu_ap": 2 + x / 10, "perfusion.bf": 40 + x, "site_code": x]
            lesions.append(CohortLesion(id: "L\(k)", label: k < 3 ? .nonResponse : .objectiveResponse, sizeMm: 20 + x,
                                        nicApPercent: 10 + x, psMlMin100g: 15 + x, extras: extras))
        }
        let cohort = try ReferenceCohort(lesions: lesions, provenance: .file(path: "x.csv"),
                                         extraColumns: ["lambda_hu_ap", "perfusion.bf", "site_code"])
        let units = Dictionary(uniqueKeysWithValues: try AnalysisCohort(cohort).columns.map { ($0.name, $0.unit) })
        #expect(units == ["size_mm": "mm", "nic_ap_percent": "%", "ps_ml_min_100g": "mL/min/100 g",
                          "lambda_hu_ap": "HU/keV", "perfusion.bf": "mL/min/100 g", "site_code": ""])
    }
}
