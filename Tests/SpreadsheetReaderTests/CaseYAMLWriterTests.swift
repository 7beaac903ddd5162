import CaseReader
import ClinicalModel
import Foundation
@testable import SpreadsheetReader
import Testing

/// The case files a workbook stands for read back as the same cases, byte for byte on every run.
@Suite struct CaseYAMLWriterTests {
    typealias Fixture = WorkbookFixture

    @Test(arguments: ["board.xlsx", "board-lesions.csv", "cell-types-1904.xlsx", "merged-header.xlsx"])
    func convertedCaseFilesReadBackAsTheSameCases(name: String) throws {
        let reading = SpreadsheetReader().reading(contentsOf: Fixture.url(name), sourceName: name)
        #expect(!reading.documents.isEmpty)
        #expect(reading.documents.count == reading.result.cases.count)
        for (patientCase, document) in zip(reading.result.cases, reading.documents) {
            let yaml = CaseYAMLWriter.yaml(for: document, header: ["from \(name)"])
            #expect(yaml == CaseYAMLWriter.yaml(for: document, header: ["from \(name)"]))
            #expect(yaml.hasSuffix("\n"))
            let back = CaseFileReader().read(data: Data(yaml.utf8), sourceName: "back.yaml")
            #expect(back.errors == [], "\(yaml)")
            let again = try #require(back.cases.first)
            #expect(again.patient == patientCase.patient)
            #expect(again.exam == patientCase.exam)
            #expect(again.lesions == patientCase.lesions)
            #expect(again.treatment == patientCase.treatment)
            #expect(again.followUps == patientCase.followUps)
        }
    }

    @Test func identifiersAndTextAreQuotedAndNumbersAreNot() throws {
        let reading = SpreadsheetReader().reading(contentsOf: Fixture.url("board.xlsx"), sourceName: "board.xlsx")
        let yaml = CaseYAMLWriter.yaml(for: reading.documents[1])
        #expect(yaml.contains("  id: \"00042\"\n"))
        #expect(yaml.contains("  name: \"Rossi, Marco\"\n"))
        #expect(yaml.contains("    size_mm: 61\n"))
        #expect(yaml.contains("  birth_date: 1949-11-02\n"))
        #expect(CaseYAMLWriter.quote("a\"b\\c\u{1}") == "\"a\\\"b\\\\c\\x01\"")
    }
}
