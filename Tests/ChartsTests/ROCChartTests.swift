import Scoring
import ClinicalModel
import Canvas
import Testing
@testable import Charts
import TestSupport

@Suite struct ROCChartTests {
    func draw() -> RecordingCanvas {
        let c = RecordingCanvas()
        ROCChart.draw(SampleSpecs.roc(), in: c, frame: Rect(x: 0, y: 0, width: millimetres(170), height: 320))
        return c
    }

    @Test func operatingPointsSitAtTheirRates() throws {
        let scan = RecordingScan(draw())
        // The chance diagonal spans the plot square from (0,0) to (1,1).
        let diagonal = try #require(scan.shapes.first { $0.line.contains("dash=1.00,2.00") })
        let p0 = diagonal.points[0], p1 = diagonal.points[1]
        func rates(_ p: Point) -> (Double, Double) { ((p.x - p0.x) / (p1.x - p0.x), (p.y - p0.y) / (p1.y - p0.y)) }
        let l1 = try #require(scan.circleCentres(radius: ChartTheme.standard.markerSize * 1.15 / 2).first)
        let (fpr, tpr) = rates(l1)
        expectClose(fpr, 0.38, absolute: 1e-3)
        expectClose(tpr, 0.96, absolute: 1e-3)
        expectClose(abs(p1.x - p0.x), abs(p1.y - p0.y), absolute: 0.01, "plot width vs height") // square plot
    }

    @Test func legendCarriesAUCWithConfidenceInterval() {
        let c = draw()
        #expect(c.lines.contains { $0.hasSuffix("\"Nomogram\\nAUC 0.913 (95 % CI 0.858–0.968)\"") })
        #expect(c.lines.contains { $0.contains("Model threshold P(NR) ≥ 0.5") })
    }

    @Test func everyCurveHasItsOwnDashPattern() {
        let styles = (0..<4).map { ChartTheme.standard.curveStyle($0).stroke.dash }
        #expect(Set(styles).count == 4)
    }
}

/// With the bundled synthetic cohort the legend's headline figures are the paper's published AUCs and no
/// cut-off computed on it is shown; with a centre's own cohort the computed values are shown.
@Suite struct PublishedAUCLegendTests {
    @Test func syntheticCohortShowsThePublishedAUCsAndNoYoudenPoints() throws {
        let spec = try ROCChartSpec(cohort: .syntheticZhang2025, model: .zhang2025, lesions: [])
        #expect(spec.curves.map(\.aucText) == [
            "published AUC 0.913 (95 % CI 0.858–0.968), Zhang et al.",
            "published AUC 0.623 (95 % CI 0.522–0.725), Zhang et al.",
            "published AUC 0.770 (no CI published), Zhang et al.",
            "published AUC 0.713 (no CI published), Zhang et al.",
        ])
        #expect(spec.curves.allSatisfy { $0.name.hasSuffix("(illustrative reconstruction)") })
        #expect(spec.curves.allSatisfy { $0.youden == nil })
        #expect(spec.threshold?.description == "Model threshold P(NR) ≥ 0.5 (default 0.5 — the paper did not publish a cutoff)")
    }

    @Test func aCentresOwnCohortShowsTheComputedAUCs() throws {
        let own = try ReferenceCohort(lesions: ReferenceCohort.syntheticZhang2025.lesions, provenance: .file(path: "own.csv"))
        let spec = try ROCChartSpec(cohort: own, model: .zhang2025, lesions: [])
        #expect(spec.curves.allSatisfy { $0.aucText.hasPrefix("AUC ") && $0.youden != nil })
        #expect(spec.curves.map(\.name).first == "Nomogram")
    }
}
