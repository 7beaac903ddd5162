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
}
