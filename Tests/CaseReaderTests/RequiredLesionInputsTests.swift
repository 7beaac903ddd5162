import CaseReader
import ClinicalModel
import Testing

/// The model inputs a case must hold, and the derived ones (NIC from iodine, λHU from the 40 and 90 keV CT numbers).
@Suite struct RequiredLesionInputsTests {
    @Test func acceptsTheSpectralSlopeThatModelsAndAnalyzeUse() throws {
        let required = try RequiredLesionInputs(fields: ["size_mm", "arterial.lambda_hu", "portal_venous.lambda_hu"])
        #expect(required.fields == ["size_mm", "arterial.lambda_hu", "portal_venous.lambda_hu"])
    }

    @Test func readsALesionWhoseSpectralSlopeCanBeDerived() throws {
        let reader = CaseFileReader(requiredLesionInputs: try RequiredLesionInputs(fields: ["size_mm", "arterial.lambda_hu"]))
        let text = CaseText.replacing("      nic_percent: 17.42", with: "      ct_40kev_hu: 180\n      ct_90kev_hu: 80")
        let result = CaseText.read(text, reader: reader)
        #expect(result.errors.isEmpty, "\(result.errors)")
        #expect(result.cases.first?.lesions.first?.arterial?.lambdaHUFromSpectrum == 2)
    }

    @Test func namesBothCTNumbersWhenTheSpectralSlopeCannotBeDerived() throws {
        let reader = CaseFileReader(requiredLesionInputs: try RequiredLesionInputs(fields: ["size_mm", "arterial.lambda_hu"]))
        let text = CaseText.replacing("      nic_percent: 17.42", with: "      ct_40kev_hu: 180")
        let result = CaseText.read(text, reader: reader)
        #expect(result.errors.map(\.description) == [
            "p.yaml:8: lesions[0].arterial.lambda_hu: missing; the prediction model needs λHU: give both ct_40kev_hu and ct_90kev_hu to derive it",
        ])
    }
}
