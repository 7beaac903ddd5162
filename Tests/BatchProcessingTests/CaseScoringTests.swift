import ClinicalModel
import Foundation
import Scoring
import TestSupport
import Testing
@testable import BatchProcessing

/// The model a batch is scored with decides which lesion inputs the case reader requires.
@Suite struct CaseScoringTests {
    /// The bundled model file with its NIC-AP predictor replaced by the arterial spectral slope λHU, as
    /// `analyze --model-out` writes it when the refit keeps λHU.
    func spectralSlopeModel() throws -> NomogramModel {
        let url = PackagePaths.file("Examples/models/zhang-2025-dect-pct.yaml")
        let text = try String(contentsOf: url, encoding: .utf8)
        let edited = text.replacingOccurrences(of: "field: \"arterial.nic_percent\"", with: "field: \"arterial.lambda_hu\"")
        try #require(edited != text)
        return try NomogramModelFile.parse(edited)
    }

    @Test func scoresWithAModelThatNeedsTheSpectralSlope() throws {
        let model = try spectralSlopeModel()
        let scoring = try CaseScoring(model: model)
        #expect(scoring.reader.caseReader.requiredLesionInputs.fields == ["size_mm", "arterial.lambda_hu", "perfusion.ps"])
    }
}
