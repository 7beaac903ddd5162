import Foundation
import Formatting
import TestSupport
import Testing

/// The printed-number rule against Python's decimal module (ROUND_HALF_UP of the shortest
/// round-tripping decimal), from Fixtures/make_rounding_reference.py.
@Suite struct RoundingReferenceTests {
    struct Reference: Decodable {
        struct Plain: Decodable { let value: String; let digits: Int; let text: String }
        struct Probability: Decodable { let value: String; let text: String }
        let plain: [Plain]
        let probability: [Probability]
    }

    static func reference() throws -> Reference {
        try FixtureFolder("FormattingTests").decode(Reference.self, from: "rounding_reference.json")
    }

    @Test func plainAndPrintedDigitsMatchPython() throws {
        let reference = try Self.reference()
        #expect(reference.plain.count == 120)
        for r in reference.plain {
            let value = try #require(Double(r.value))
            #expect(FixedDecimal.plain(value, digits: r.digits) == r.text, "\(r.value) @\(r.digits)")
            #expect(FixedDecimal.printed(value, digits: r.digits) == r.text.replacingOccurrences(of: "-", with: "\u{2212}"))
        }
    }

    @Test func probabilitiesMatchPython() throws {
        let reference = try Self.reference()
        #expect(reference.probability.count == 13)
        for r in reference.probability {
            #expect(ReportNumber.probability(try #require(Double(r.value))) == r.text, "\(r.value)")
        }
    }

    /// The one cut-off: a probability that rounds half up to 1.000 (P ≥ 0.9995) prints "> 0.999" on the page
    /// and in the chart read-out alike; just below it prints its digits.
    @Test func upperBoundIsInclusive() {
        #expect(ReportNumber.probability(0.9995) == "> 0.999")
        #expect(ReportNumber.probability(0.99949) == "0.999")
        #expect(ReportNumber.percent(0.9995) == "> 99.9 %")
        #expect(ReportNumber.probability(0.0005) == "0.001")
        #expect(ReportNumber.probability(0.00049999) == "< 0.001")
    }

    @Test(arguments: [(0.0004, "p < 0.001"), (0.001, "p = 0.001"), (0.0194, "p = 0.019"), (0.0195, "p = 0.020"),
                      (0.5, "p = 0.500"), (Double.nan, "p = —")])
    func pStatements(_ p: Double, _ text: String) {
        #expect(ReportNumber.pStatement(p) == text)
    }

    @Test(arguments: [(0.05, 6, "0.05"), (0.1, 6, "0.1"), (2.0, 2, "2"), (-0.25, 1, "\u{2212}0.3")])
    func shortestForms(_ x: Double, _ digits: Int, _ text: String) {
        #expect(ReportNumber.shortest(x, maxDecimals: digits) == text)
    }
}
