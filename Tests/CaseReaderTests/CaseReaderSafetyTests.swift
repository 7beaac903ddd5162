import CaseReader
import ClinicalModel
import Foundation
import Testing

@Suite("Safety limits and encodings")
struct CaseReaderSafetyTests {
    /// The classic "billion laughs": 9 levels of 10 aliases each expand to 10⁹ strings.
    static let billionLaughs: String = {
        var lines = ["a0: &a0 \"lol\""]
        for level in 1...9 {
            let refs = Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ")
            lines.append("a\(level): &a\(level) [\(refs)]")
        }
        return lines.joined(separator: "\n") + "\npatient: {id: *a9}\n"
    }()

    @Test("a billion-laughs file is refused before composing")
    func billionLaughsRefused() {
        let result = CaseText.read(Self.billionLaughs)
        #expect(result.errors.map(\.description) == [
            "p.yaml:3: the file uses more than 16 YAML aliases (*name); write the values out instead of referring to anchors",
        ])
        #expect(result.errors.first?.kind == .limitExceeded)
    }

    @Test("with aliases allowed, the expanded node count still stops the bomb")
    func billionLaughsNodeLimit() {
        let reader = CaseFileReader(limits: CaseReaderLimits(maxAliases: .max))
        let result = CaseText.read(Self.billionLaughs, reader: reader)
        #expect(result.errors.map(\.description) == [
            "p.yaml:1: the file expands to more than 100000 values (through YAML aliases or sheer size); a case file holds a few hundred",
        ])
    }

    @Test("a few aliases are accepted and resolved")
    func smallAliasUse() throws {
        let text = CaseText.replacing("      ps: 17.38", with: "      ps: &ps 17.38\n      bf: *ps")
        let patientCase = try #require(CaseText.read(text).cases.first)
        #expect(patientCase.lesions[0].perfusion?.bf == Measurement(17.38))
    }

    @Test("deep nesting is refused with a clear error", arguments: [("p.yaml", 10_000), ("p.json", 10_000), ("p.yaml", 40), ("p.json", 40)])
    func deepNesting(file: String, depth: Int) {
        let text = "{\"patient\": " + String(repeating: "[", count: depth) + String(repeating: "]", count: depth) + "}"
        let result = CaseText.read(text, name: file)
        #expect(result.errors.map(\.kind) == [.limitExceeded])
        #expect(result.errors.first?.message == "the file is nested more than 32 levels deep; a case file needs far fewer")
    }

    @Test("files over the size limit are refused before parsing")
    func sizeLimit() {
        let reader = CaseFileReader(limits: CaseReaderLimits(maxFileBytes: 1024))
        let result = CaseText.read(String(repeating: "# padding\n", count: 200), reader: reader)
        #expect(result.errors.map(\.description) == ["p.yaml: the file is 2 KiB, larger than the 1 KiB limit for a case file; is it really a case file?"])
    }

    @Test("invalid UTF-8 and UTF-16 are refused with the line")
    func encodings() {
        let latin1 = CaseFileReader().read(data: Data("patient:\n  name: Jos".utf8) + Data([0xE9]) + Data("\n".utf8), sourceName: "p.yaml")
        #expect(latin1.errors.map(\.description) == ["p.yaml:2: the file is not valid UTF-8 text (for example saved as Latin-1 or Windows-1252); save it as UTF-8"])
        let utf16 = CaseFileReader().read(data: Data([0xFF, 0xFE, 0x70, 0x00]), sourceName: "p.yaml")
        #expect(utf16.errors.map(\.description) == ["p.yaml:1: the file is saved as UTF-16; save it as UTF-8 text"])
    }

    @Test("JSON strings: escapes decode as in RFC 8259; invalid ones are syntax errors", arguments: [
        (#""a\/b\u00e9\ud83d\ude00\t""#, "a/bé😀\t"),
        (#""\ud83d""#, "p.json:1: the file is not valid JSON: the escape \\ud83d is half of a surrogate pair without its second half (line 1, column 29)"),
        (#""\x41""#, "p.json:1: the file is not valid JSON: \\x is not a JSON escape; write a backslash as \\\\ (line 1, column 24)"),
        ("\"a\tb\"", "p.json:1: the file is not valid JSON: a control character (such as a tab) inside double quotes must be written as an escape like \\t (line 1, column 24)"),
    ])
    func jsonStrings(literal: String, expected: String) {
        let text = "{\"patient\": {\"name\": \(literal), \"id\": \"P\"}, \"lesions\": [{\"id\": \"L\", \"size_mm\": 20, \"arterial\": {\"nic_percent\": 12}, \"perfusion\": {\"ps\": 9}}]}"
        let result = CaseText.read(text, name: "p.json")
        if let patientCase = result.cases.first {
            #expect(patientCase.patient.name == expected)
        } else {
            #expect(result.errors.map(\.description) == [expected])
        }
    }

    @Test("JSON numbers follow the JSON grammar; leading zeros are refused")
    func jsonNumbers() {
        let result = CaseText.read("{\"patient\": {\"id\": 007}}", name: "p.json")
        #expect(result.errors.map(\.description) == ["p.json:1: the file is not valid JSON: a number must not start with 0 (write 10, not 010) (line 1, column 21)"])
    }
}
