import Foundation
import Formatting
import Testing

/// An absent optional is written as `null`, never left out, and read back from `null` or a missing key.
@Suite struct NullWhenAbsentTests {
    struct Window: Codable, Equatable {
        @NullWhenAbsent var firstDay: Int?
        @NullWhenAbsent var note: String?
        let notes: [String]
    }

    struct Case: Codable, Equatable {
        let id: String
        @NullWhenAbsent var window: Window?
        /// Synthesized conformance as it is: the key is left out when absent.
        let omitted: Double?
    }

    private func text(_ value: some Encodable) throws -> String {
        String(decoding: try JSONDocument.data(value), as: UTF8.self)
    }

    @Test func anAbsentValueIsWrittenAsNull() throws {
        #expect(try text(Window(firstDay: nil, note: nil, notes: []))
            == "{\n  \"firstDay\" : null,\n  \"note\" : null,\n  \"notes\" : [\n\n  ]\n}\n")
    }

    @Test func aPresentValueIsWrittenAsTheValueItself() throws {
        #expect(try text(Window(firstDay: 28, note: "mRECIST", notes: ["a"]))
            == "{\n  \"firstDay\" : 28,\n  \"note\" : \"mRECIST\",\n  \"notes\" : [\n    \"a\"\n  ]\n}\n")
    }

    @Test func nestedDocumentsKeepTheirNullsAndPlainOptionalsStayOmitted() throws {
        #expect(try text(Case(id: "P", window: nil, omitted: nil)) == "{\n  \"id\" : \"P\",\n  \"window\" : null\n}\n")
        #expect(try text(Case(id: "P", window: Window(firstDay: nil, note: "n", notes: []), omitted: 1.5))
            == "{\n  \"id\" : \"P\",\n  \"omitted\" : 1.5,\n  \"window\" : {\n    \"firstDay\" : null,\n"
            + "    \"note\" : \"n\",\n    \"notes\" : [\n\n    ]\n  }\n}\n")
    }

    @Test func snakeCaseKeysApplyToWrappedProperties() throws {
        let text = String(decoding: try JSONDocument.data(Window(firstDay: nil, note: nil, notes: []), keys: .snakeCase),
                          as: UTF8.self)
        #expect(text.contains("\"first_day\" : null"))
    }

    @Test func aNonFiniteWrappedNumberIsRefusedLikeAnyOther() {
        struct Value: Encodable { @NullWhenAbsent var x: Double? }
        #expect(throws: EncodingError.self) { try JSONDocument.data(Value(x: .nan)) }
    }

    @Test func decodingReadsNullAMissingKeyAndAValue() throws {
        let decoder = JSONDecoder()
        let fromNull = try decoder.decode(Window.self, from: Data(#"{"firstDay": null, "note": null, "notes": []}"#.utf8))
        #expect(fromNull == Window(firstDay: nil, note: nil, notes: []))
        let fromMissing = try decoder.decode(Window.self, from: Data(#"{"notes": []}"#.utf8))
        #expect(fromMissing == Window(firstDay: nil, note: nil, notes: []))
        let fromValue = try decoder.decode(Case.self, from: Data(#"{"id": "P", "window": {"firstDay": 7, "notes": []}}"#.utf8))
        #expect(fromValue == Case(id: "P", window: Window(firstDay: 7, note: nil, notes: []), omitted: nil))
    }

    @Test func decodingRefusesAValueOfTheWrongType() {
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(Window.self, from: Data(#"{"firstDay": "seven", "notes": []}"#.utf8))
        }
    }

    @Test func roundTripsThroughTheDocumentEncoder() throws {
        let value = Case(id: "P", window: Window(firstDay: nil, note: "n", notes: ["x"]), omitted: nil)
        #expect(try JSONDecoder().decode(Case.self, from: JSONDocument.data(value)) == value)
    }
}
