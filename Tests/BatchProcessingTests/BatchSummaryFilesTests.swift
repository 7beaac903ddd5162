import CaseReader
import ClinicalModel
import Formatting
import Foundation
import Scoring
import TestSupport
import Testing
@testable import BatchProcessing

/// The batch-level `summary.csv` and `summary.json`.
@Suite struct BatchSummaryFilesTests {
    /// A bundled example case file.
    func exampleURL(_ file: String) -> URL {
        PackagePaths.file("Examples/cases/\(file)")
    }

    /// The bundled example p01 with its patient's name replaced.
    func exampleScore(name: String) throws -> CaseScore {
        let text = try String(contentsOf: exampleURL("p01-figure2-65y-obr.yaml"), encoding: .utf8)
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

    /// The summary row of a bundled example, as `summary.json` writes it.
    func summaryObject(example file: String) throws -> [String: Any] {
        let result = CaseFileReader().read(data: try Data(contentsOf: exampleURL(file)), sourceName: file)
        let patientCase = try #require(result.cases.first, "\(result.errors)")
        let row = PatientSummaryRow(score: CaseScore(case: patientCase, model: .zhang2025), report: "report.pdf")
        return try #require(try JSONSerialization.jsonObject(with: JSONDocument.data(row)) as? [String: Any])
    }

    @Test func summaryJSONKeysAreSnakeCase() throws {
        let object = try summaryObject(example: "p01-figure2-65y-obr.yaml")
        #expect(object.keys.sorted() == ["lesions", "max_probability_nr", "mrecist_date", "mrecist_overall", "name",
                                         "patient_id", "report", "source", "total_effective_dose_msv", "warnings"])
        #expect(object["patient_id"] as? String == "HCC-2025-0001")
        #expect(object["total_effective_dose_msv"] as? Double == 19.02)
        let lesion = try #require((object["lesions"] as? [[String: Any]])?.first)
        #expect(lesion.keys.sorted() == ["id", "predicted", "probability_nr"])
        #expect(lesion["predicted"] as? String == "ObR")
    }

    @Test func anAbsentSummaryValueLeavesItsKeyOut() throws {
        let object = try summaryObject(example: "p12-no-followup.json")
        #expect(object.keys.sorted() == ["lesions", "max_probability_nr", "name", "patient_id", "report", "source", "warnings"])
    }
}
