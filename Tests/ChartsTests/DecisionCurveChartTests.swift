import Canvas
import Foundation
import Testing
@testable import Charts
import TestSupport

@Suite struct DecisionCurveChartTests {
    let frame = Rect(x: 0, y: 0, width: millimetres(170), height: 300)
    let theme = ChartTheme.standard

    func draw(_ spec: DecisionCurveChartSpec = SampleSpecs.decisionCurve()) -> RecordingCanvas {
        let c = RecordingCanvas()
        DecisionCurveChart.draw(spec, in: c, frame: frame, theme: theme)
        return c
    }

    @Test func automaticRangeHoldsZeroAndTheLargestNetBenefit() {
        let spec = SampleSpecs.decisionCurve()
        let highest = 0.4 * 0.99  // the model at pₜ = 0.01
        #expect(spec.netBenefitRange.lowerBound < 0 && spec.netBenefitRange.upperBound >= highest)
        #expect(spec.netBenefitRange.lowerBound >= -highest / 5 - 0.1)
        #expect(spec.thresholdRange == 0...1)
    }

    @Test func treatAllIsCutExactlyWhereItLeavesThePlot() throws {
        let spec = SampleSpecs.decisionCurve()
        let scan = RecordingScan(draw(spec))
        let treatNone = try #require(scan.shapes.first { $0.line.hasPrefix("stroke w=0.80 #000000") && $0.points.count == 2 })
        let treatAll = try #require(scan.shapes.first { $0.line.hasPrefix("stroke w=0.80 #8C8C8C") })
        // Treat-none spans the plot at net benefit 0; its ends fix the x scale.
        let x0 = treatNone.points[0].x, x1 = treatNone.points[1].x, y0 = treatNone.points[0].y
        expectClose(treatNone.points[1].y, y0, absolute: 1e-9)
        // Treat-all crosses zero at pₜ = prevalence.
        let crossing = try #require(zip(treatAll.points, treatAll.points.dropFirst()).first { $0.y <= y0 && $1.y >= y0 })
        let t = (crossing.0.x + (y0 - crossing.0.y) / (crossing.1.y - crossing.0.y) * (crossing.1.x - crossing.0.x) - x0) / (x1 - x0)
        expectClose(t, SampleSpecs.prevalence, absolute: 0.01)
        // It ends on the lower edge, between the two grid thresholds around the root of 0.4 − 0.6·p/(1 − p) = low
        // (the curve is linear between grid points).
        let low = spec.netBenefitRange.lowerBound
        let pEnd = (0.4 - low) / (0.4 - low + 0.6)
        let end = try #require(treatAll.points.last)
        let endThreshold = (end.x - x0) / (x1 - x0)
        #expect(endThreshold > (pEnd * 100).rounded(.down) / 100 - 1e-9 && endThreshold < (pEnd * 100).rounded(.up) / 100 + 1e-9)
        let axis = try #require(scan.shapes.first { $0.points.count == 2 && isClose($0.points[0].x, x0, absolute: 1e-9) && isClose($0.points[1].x, x0, absolute: 1e-9) })
        expectClose(end.y, max(axis.points[0].y, axis.points[1].y), absolute: 1e-9)
        #expect(scan.shapes.allSatisfy { $0.points.allSatisfy { $0.y <= frame.maxY } })
    }

    @Test func legendExplainsBothReferenceStrategies() {
        let lines = draw().lines
        for text in ["Model A", "Treat all as NR", "Treat none", "Net benefit", "Threshold probability"] {
            #expect(lines.contains { $0.hasSuffix("\"\(text)\"") }, "\(text)")
        }
        #expect(SampleSpecs.decisionCurve().notes[0].contains("“Treat all as NR” and “Treat none”"))
    }
}
