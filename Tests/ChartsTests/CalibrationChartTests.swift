import Canvas
import Testing
@testable import Charts
import TestSupport

@Suite struct CalibrationChartTests {
    let frame = Rect(x: 0, y: 0, width: millimetres(170), height: 360)
    let theme = ChartTheme.standard

    func draw() -> RecordingCanvas {
        let c = RecordingCanvas()
        CalibrationChart.draw(SampleSpecs.calibration(), in: c, frame: frame, theme: theme)
        return c
    }

    /// The dotted diagonal runs from (0, 0) to (1, 1); returns the map from canvas back to probabilities.
    func unitMap(_ scan: RecordingScan) throws -> (Point) -> (x: Double, y: Double) {
        let diagonal = try #require(scan.shapes.first { $0.line.contains("dash=1.00,2.00") && $0.points.count == 2 })
        let p0 = diagonal.points[0], p1 = diagonal.points[1]
        return { p in ((p.x - p0.x) / (p1.x - p0.x), (p.y - p0.y) / (p1.y - p0.y)) }
    }

    @Test func binsSitAtMeanPredictedAndObserved() throws {
        let scan = RecordingScan(draw())
        let toUnit = try unitMap(scan)
        // The legend's sample marker lies right of the plot (x > 1).
        let centres = scan.circleCentres(radius: theme.markerSize / 2).map(toUnit).filter { $0.x <= 1 }
        let bins = SampleSpecs.calibration().series[0].bins
        #expect(centres.count == bins.count)
        for (found, bin) in zip(centres, bins) {
            expectClose(found.x, bin.meanPredicted, absolute: 1e-3)
            expectClose(found.y, bin.observed, absolute: 1e-3)
        }
    }

    @Test func whiskersSpanTheObservedInterval() throws {
        let scan = RecordingScan(draw())
        let toUnit = try unitMap(scan)
        let bin = SampleSpecs.calibration().series[1].bins[1]  // 0.3: 0.2 (0.08–0.42)
        // Whisker paths are move/line pairs: the vertical bar first, then the two caps.
        var found = false
        for shape in scan.shapes where shape.kind == "stroke" {
            for k in stride(from: 0, to: shape.points.count - 1, by: 2) {
                let a: (x: Double, y: Double) = toUnit(shape.points[k])
                let b: (x: Double, y: Double) = toUnit(shape.points[k + 1])
                let atBin = isClose(a.x, bin.meanPredicted, absolute: 1e-3) && isClose(b.x, bin.meanPredicted, absolute: 1e-3)
                if atBin && isClose(a.y, bin.observedLow, absolute: 1e-3) && isClose(b.y, bin.observedHigh, absolute: 1e-3) { found = true }
            }
        }
        #expect(found)
    }

    @Test func smoothedCurveIsCutAtOne() throws {
        let scan = RecordingScan(draw())
        let toUnit = try unitMap(scan)
        let dashed = ChartTheme.standard.curveStyle(1).stroke.dash.map { String(format: "%.2f", $0) }.joined(separator: ",")
        let curve = try #require(scan.shapes.first { $0.line.contains("dash=\(dashed)") && $0.points.count > 3 })
        let ys = curve.points.map { toUnit($0).y }
        // 1.5·p − 0.2 enters at p = 0.2/1.5 (y = 0) and leaves at p = 0.8 (y = 1).
        expectClose(ys.min() ?? -1, 0, absolute: 1e-3)
        expectClose(ys.max() ?? 2, 1, absolute: 1e-3)
        expectClose(toUnit(curve.points.first!).x, 0.2 / 1.5, absolute: 1e-3)
        expectClose(toUnit(curve.points.last!).x, 0.8, absolute: 1e-3)
    }

    @Test func legendNamesEveryModelAndTheDiagonal() {
        let lines = draw().lines
        #expect(lines.contains { $0.hasSuffix("\"Model A\\nintercept 0.00, slope 1.00\"") })
        #expect(lines.contains { $0.hasSuffix("\"Model B\\nintercept 0.10, slope 0.60\"") })
        #expect(lines.contains { $0.hasSuffix("\"Perfect calibration\"") })
        #expect(lines.contains { $0.contains("\"Observed proportion of NR\"") })
    }
}

@Suite struct VerticalClipTests {
    func curve(_ xy: [(Double, Double)]) -> [PlotPoint] { xy.map { PlotPoint(x: $0.0, y: $0.1) } }

    @Test func keepsInsideCutsAtCrossingsAndResumes() {
        let runs = VerticalClip.runs(curve([(0, 0.5), (1, 1.5), (2, 0.5), (3, -1), (4, -2), (5, 0.5)]), within: 0...1)
        #expect(runs.count == 3)
        #expect(runs[0].map(\.x) == [0, 0.5] && runs[0].map(\.y) == [0.5, 1])
        #expect(runs[1].map(\.x) == [1.5, 2, 2 + 1.0 / 3] && runs[1].last?.y == 0)
        expectClose(runs[2][0].x, 4 + 2 / 2.5, absolute: 1e-12)
        #expect(runs[2][0].y == 0)
        #expect(runs[2][1].x == 5)
    }

    @Test func aSegmentJumpingAcrossTheBandKeepsItsMiddle() {
        let runs = VerticalClip.runs(curve([(0, -1), (1, 2)]), within: 0...1)
        #expect(runs.count == 1)
        expectClose(runs[0][0].x, 1.0 / 3, absolute: 1e-12)
        expectClose(runs[0][1].x, 2.0 / 3, absolute: 1e-12)
    }

    @Test func nonFiniteValuesBreakTheCurve() {
        let runs = VerticalClip.runs(curve([(0, 0.2), (1, 0.3), (2, .nan), (3, 0.4), (4, 0.5)]), within: 0...1)
        #expect(runs.map { $0.map(\.x) } == [[0, 1], [3, 4]])
    }
}
