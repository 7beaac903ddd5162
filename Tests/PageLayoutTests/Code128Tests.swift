import Foundation
import TestSupport
import Testing
import Canvas
@testable import PageLayout

@Suite struct Code128Tests {
    struct Reference: Decodable {
        let text: String
        let symbols_without_check: [Int]
        let modules: String
    }

    /// Fixtures/code128.json; empty when it cannot be read, which `fixturesAreLoaded` reports.
    static let references: [Reference] =
        (try? FixtureFolder("PageLayoutTests").decode([Reference].self, from: "code128.json")) ?? []

    @Test func fixturesAreLoaded() {
        #expect(Self.references.count == 7)
    }

    @Test(arguments: Code128Tests.references.map(\.text))
    func matchesPythonBarcode(_ text: String) throws {
        let ref = try #require(Self.references.first { $0.text == text })
        let code = try Code128(text)
        #expect(Array(code.symbols.dropLast()) == ref.symbols_without_check)
        #expect(String(code.modules.map { $0 ? "1" : "0" }) == ref.modules)
    }

    @Test func everyPatternHasElevenModulesAndThreeBars() {
        #expect(Code128.patterns.count == 107)
        for p in Code128.patterns {
            #expect(p.count == 11)
            #expect(p.first == "1" && p.last == "0")
        }
    }

    @Test func checkSymbolFollowsModulo103() throws {
        // ISO/IEC 15417 worked example logic: start B (104) + Σ i·value, mod 103.
        let code = try Code128("PJJ123C")
        let data = [48, 42, 42, 17, 18, 19, 35]
        let sum = 104 + data.enumerated().reduce(0) { $0 + ($1.offset + 1) * $1.element }
        #expect(code.symbols == [104] + data + [sum % 103])
        #expect(code.modules.count == 11 * 9 + 13)
    }

    @Test(arguments: [
        ("", "A barcode needs at least one character."),
        ("李雷", "The character \"李\" cannot be encoded in a Code 128 barcode (printable ASCII only)."),
        ("a\u{0}b", "The character \"\u{0}\" cannot be encoded in a Code 128 barcode (printable ASCII only)."),
        (String(repeating: "x", count: 49), "A 49-character text is too long for a printed Code 128 barcode (at most 48)."),
    ])
    func refusesWhatItCannotEncode(_ text: String, _ message: String) {
        #expect(throws: Code128.EncodingError.self) { try Code128(text) }
        do { _ = try Code128(text) } catch { #expect("\(error)" == message) }
    }

    /// One fill of one rectangle per bar: the first right after the 10-module quiet zone, the
    /// symbol's box snapped left onto the 1/150-inch grid, each bar 1/600 inch narrower than its
    /// modules, centred on them.
    @Test func drawsOneRectanglePerBarInsideQuietZones() throws {
        let code = try Code128("A")
        let canvas = RecordingCanvas()
        let box = code.draw(in: canvas, at: Point(x: 100.5, y: 20))
        expectClose(box.minX, 100.32, absolute: 1e-9)
        expectClose(box.width, Double(code.modules.count + 20) * 0.96, absolute: 1e-9)
        #expect(box.height == 18)
        #expect((0.33...0.5).contains(Code128.moduleWidth * 25.4 / 72), "module width in mm")
        let dump = canvas.dump.split(separator: "\n")
        #expect(canvas.lines.count == 1 && dump.count == 1 + code.bars.count, "\(dump)")
        #expect(dump.first == "fill #000000")
        // First bar: start B begins with a two-module bar at module 0.
        let bar = try #require(code.bars.first)
        #expect(bar.start == 0 && bar.width == 2)
        let left = 100.32 + 10 * 0.96 + 0.06, right = 100.32 + 10 * 0.96 + 2 * 0.96 - 0.06
        #expect(dump[1].hasPrefix(String(format: "  M%.2f,20.00 L%.2f,20.00", left, right)), "\(dump[1])")
    }
}
