import CaseReader
import ClinicalModel
import Foundation
import Scoring
import TestSupport
import Testing
@testable import BatchProcessing

/// The batch-level `summary.csv`.
@Suite struct BatchSummaryFilesTests {
    /// The bundled example p01 with its patient's name replaced.
    func exampleScore(name: String) throws -> CaseScore {
        let examples = PackagePaths.file("Examples/cases/p01-figure2-65y-obr.yaml")
        let text = try String(contentsOf: examples, encoding: .utf8)
        let renamed = text.replacingOccurrences(of: "name: \"Wang, Li\"", with: "name: \"\(name)\"")
        try #require(renamed != text)
        let result = CaseFileReader().read(data: Data(renamed.utf8), sourceName: "p01.yaml")
        let patientCase = try #require(result.cases.first, "\(result.errors)")
        return CaseScore(case: patientCase, model: .zhang2025)
    }

    @Test func quotesANameWithACarriageReturnLineFeed() throws {
        let score = try exampleScore(name: "Wang\\r\\nLi")
        #expect(score.patientCase.patient.name == "Wang\r\nLi")
        let csv = BatchSummaryFiles.csv([PatientSummaryRow(score: score, report: "HCC-2025-0001.pdf")])
        #expect(csv.contains(",\"Wang\r\nLi\","))
    }
}
