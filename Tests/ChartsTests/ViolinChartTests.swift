import Canvas
import Testing
@testable import Charts
import TestSupport

@Suite struct ViolinChartTests {
    @Test func densityIsTrimmedToTheDataAndNeverBelowZero() {
        var g = SampleSpecs.group("ObR", n: 10, mean: 2, sd: 3, lo: -1, hi: 6, style: 0)
        let curve = ViolinChart.trimmedCurve(g, nonNegative: true)
        #expect(curve.first?.value == 0)
        #expect(curve.last?.value == 6)
        #expect(curve.allSatisfy { $0.value >= 0 && $0.value <= 6 })
        g.min = 1
        let inner = ViolinChart.trimmedCurve(g, nonNegative: true)
        #expect(inner.first?.value == 1)
        expectClose(inner.first!.density, ViolinChart.interpolate(g, at: 1), absolute: 1e-15)
    }

    @Test func interpolationIsLinearBetweenGridPoints() {
        let g = ViolinChartSpec.Group(name: "a", n: 2, grid: [0, 1, 2], density: [0, 1, 0], q1: 0, median: 1, q3: 2, min: 0, max: 2,
                                      style: ChartTheme.standard.groupStyle(0))
        #expect(ViolinChart.interpolate(g, at: 0.25) == 0.25)
        #expect(ViolinChart.interpolate(g, at: 1.5) == 0.5)
        #expect(ViolinChart.interpolate(g, at: 3) == 0)
    }

    @Test func nonNegativeAxisStartsAtZeroOrAbove() {
        for panel in SampleSpecs.violins().panels where panel.nonNegative {
            let (scale, ticks) = ViolinChart.yScale(panel, top: 0, bottom: 100)
            #expect(min(scale.domainStart, scale.domainEnd) >= 0)
            #expect(ticks.values.allSatisfy { $0 >= 0 })
        }
    }

    @Test func violinsNeverReachBelowTheBaseline() {
        var spec = SampleSpecs.violins()
        spec.panels = [spec.panels[0]]
        spec.panels[0].groups[0].min = -5 // a bad value must not pull the violin below 0
        let c = RecordingCanvas()
        ViolinChart.draw(spec, in: c, frame: Rect(x: 0, y: 0, width: 300, height: 300))
        let scan = RecordingScan(c)
        let baseline = try! #require(scan.shapes.first { $0.kind == "stroke" && $0.points.count == 2 && $0.points[0].y == $0.points[1].y && $0.points[0].x < 40 && $0.points[1].x > 200 }?.points[0].y)
        let violins = scan.shapes.filter { $0.kind == "fill" && $0.points.count > 20 }
        #expect(violins.count == 2)
        for v in violins { #expect(v.points.allSatisfy { $0.y <= baseline + 0.005 }) }
    }

    @Test func eachGroupShowsItsCountAndEachPanelItsTest() {
        let c = RecordingCanvas()
        ViolinChart.draw(SampleSpecs.violins(), in: c, frame: Rect(x: 0, y: 0, width: millimetres(170), height: 400))
        #expect(c.lines.filter { $0.hasSuffix("\"ObR\\nn = 71\"") }.count == 4)
        #expect(c.lines.filter { $0.hasSuffix("\"NR\\nn = 54\"") }.count == 4)
        #expect(c.lines.filter { $0.hasSuffix("\"p < 0.001\"") }.count == 3)
        #expect(c.lines.contains { $0.contains("bandwidth: Scott's rule") })
        // One median line per group, with its white halo.
        #expect(c.lines.filter { $0.hasPrefix("stroke w=1.40 #000000 M") }.count == 8)
        #expect(c.lines.filter { $0.hasPrefix("stroke w=2.60 #FFFFFF M") }.count == 8)
    }

    @Test func twoPanelsPerRowAtReportWidth() {
        #expect(ViolinChart.columnCount(4, width: millimetres(170)) == 2)
        #expect(ViolinChart.columnCount(4, width: 800) == 4)
        #expect(ViolinChart.columnCount(1, width: 100) == 1)
    }
}
