import Foundation
import Formatting
import Testing

/// The one JSON layout of the tool's output files.
@Suite struct JSONDocumentTests {
    struct Sample: Encodable { let unit = "mL/min/100 g"; let b = 2; let a = [1.5] }

    @Test func sortsKeysKeepsSlashesIndentsAndEndsInANewline() throws {
        let text = String(decoding: try JSONDocument.data(Sample()), as: UTF8.self)
        #expect(text == "{\n  \"a\" : [\n    1.5\n  ],\n  \"b\" : 2,\n  \"unit\" : \"mL/min/100 g\"\n}\n")
    }

    struct Statistic: Encodable { let pValue: Double; let aucLow = 0.5 }

    @Test func cohortAnalysisKeysAreSnakeCaseAndUndefinedNumbersStrings() throws {
        let text = String(decoding: try JSONDocument.data(Statistic(pValue: .nan), keys: .snakeCase, nonFinite: .strings),
                          as: UTF8.self)
        #expect(text == "{\n  \"auc_low\" : 0.5,\n  \"p_value\" : \"NaN\"\n}\n")
    }

    @Test func refusesANonFiniteNumberByDefault() {
        #expect(throws: EncodingError.self) { try JSONDocument.data(Statistic(pValue: .infinity)) }
    }
}
