import Formatting
import Testing

/// Quantities, ranges and statements as reports, captions and read-outs print them.
@Suite struct ReportNumberTests {
    @Test(arguments: [(0.0004, "< 0.001"), (0.019, "0.019"), (1.0, "1.000"), (Double.nan, "—")])
    func pValues(_ p: Double, _ text: String) {
        #expect(ReportNumber.pValue(p) == text)
    }

    @Test(arguments: [(0.0001, "< 0.001"), (0.99915, "0.999"), (0.99960, "> 0.999"), (0.1053, "0.105"), (0.5, "0.500")])
    func probabilitiesNeverClaimCertainty(_ p: Double, _ text: String) {
        #expect(ReportNumber.probability(p) == text)
    }

    @Test(arguments: [(-30.0, "−30.0 %"), (20.0, "+20.0 %"), (-0.01, "0.0 %"), (0.0, "0.0 %")])
    func changesHaveTrueMinusAndPlus(_ v: Double, _ text: String) {
        #expect(ReportNumber.change(v) == text)
    }

    @Test func oddsRatiosKeepTheirDigitsAndGoScientificWhenHuge() {
        #expect(ReportNumber.oddsRatio(1.0107, 0.9991, 1.0226) == "1.011 (0.999–1.023)")
        #expect(ReportNumber.oddsRatio(11.98, 0, .infinity) == "11.98 (0.00–∞)")
        #expect(ReportNumber.oddsRatio(9.1e25, 0.5, 2e30) == "9.1e+25 (0.5–2.0e+30)")
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

    /// Numbers in messages: the case reader's range and plausibility messages and the dose-report
    /// warnings printed them three ways (shortest round trip for range bounds; the binary product
    /// `(x·100).rounded()/100` with `String(Int)` or `String(Double)` for the others). The printed-number
    /// rule won: half up from the shortest decimal, so 1.005 is "1.01" (was "1") and 2.675 is "2.68"
    /// (was "2.67"); positional at any magnitude, so 1e20 is all 21 digits (was "1e+20"); 0.125 is "0.13"
    /// at two decimals (a bound keeps "0.125" with more); the ASCII minus and "0" for −0.0 are kept.
    @Test(arguments: [
        (0.125, 2, "0.13"), (0.125, 6, "0.125"), (1.005, 2, "1.01"), (2.675, 2, "2.68"), (2.50, 2, "2.5"),
        (-0.0, 2, "0"), (-0.001, 2, "0"), (-1024, 6, "-1024"), (-3.25, 2, "-3.25"), (200, 2, "200"),
        (1e20, 2, "100000000000000000000"), (17.4, 2, "17.4"), (0.174 * 100, 2, "17.4"), (1e-5, 6, "0.00001"),
    ] as [(Double, Int, String)])
    func plainShortestNumbersInMessages(_ value: Double, _ maxDecimals: Int, _ text: String) {
        #expect(ReportNumber.plainShortest(value, maxDecimals: maxDecimals) == text)
    }

    /// Limits in messages print all their decimals; the template reader's used Foundation's
    /// locale-dependent `formatted()` ("1,000" in English, "1.000" in German), now "1000" everywhere.
    @Test(arguments: [(15.0, "15"), (0.125, "0.125"), (-1024, "-1024"), (1000, "1000"), (0.000001, "0.000001"), (2.5, "2.5")])
    func limits(_ value: Double, _ text: String) {
        #expect(ReportNumber.limit(value) == text)
    }
}
