import Formatting
import Testing

/// Quantities, ranges and statements as reports, captions and read-outs print them.
@Suite struct ReportNumberTests {
    @Test(arguments: [(0.0004, "p < 0.001"), (0.001, "p = 0.001"), (0.0194, "p = 0.019"), (0.5, "p = 0.500")])
    func pStatements(_ p: Double, _ text: String) {
        #expect(ReportNumber.pStatement(p) == text)
    }

    @Test(arguments: [(0.105, "P(NR) = 0.105"), (0.99915, "P(NR) = 0.999"), (0.99999, "P(NR) > 0.999"), (0.0001, "P(NR) < 0.001")])
    func probabilityStatements(_ p: Double, _ text: String) {
        #expect(ReportNumber.probabilityStatement("P(NR)", p) == text)
    }

    @Test func valuesCarryTheirUnitAfterASpace() {
        #expect(ReportNumber.value(42.44, unit: "mm", decimals: 1) == "42.4 mm")
        #expect(ReportNumber.value(-2.15, unit: "%", decimals: 1) == "\u{2212}2.2 %")
        #expect(ReportNumber.value(5.3, unit: "", decimals: 0) == "5")
    }

    @Test func rangesUseAnEnDash() {
        #expect(ReportNumber.range(0, 70, unit: "%", decimals: 0) == "0–70 %")
        #expect(ReportNumber.range(0.05, 0.5, unit: "", decimals: 2) == "0.05–0.50")
        #expect(ReportNumber.range(-1.5, 12.25, unit: "total points", decimals: 1) == "\u{2212}1.5–12.3 total points")
    }

    @Test func nonFiniteValuesPrintAsSymbols() {
        #expect(ReportNumber.fixed(.nan, 2) == "—")
        #expect(ReportNumber.fixed(.infinity, 2) == "∞")
        #expect(ReportNumber.fixed(-.infinity, 2) == "−∞")
    }

    @Test(arguments: [("AUC 0.91", "AUC 0.91."), ("Zhang et al.", "Zhang et al."), ("", ".")])
    func sentencesEndWithOneFullStop(_ clause: String, _ sentence: String) {
        #expect(Sentence.terminated(clause) == sentence)
    }
}
