import Canvas
import Foundation
import Testing
@testable import Charts
import TestSupport

@Suite struct NomogramChartTests {
    let frame = Rect(x: 0, y: 0, width: millimetres(170), height: 360)
    let theme = ChartTheme.standard

    func draw(_ spec: NomogramChartSpec) -> (RecordingCanvas, NomogramChart.Layout) {
        let c = RecordingCanvas()
        NomogramChart.draw(spec, in: c, frame: frame, theme: theme)
        return (c, NomogramChart.Layout(spec: spec, frame: frame, theme: theme, canvas: RecordingCanvas()))
    }

    @Test func lesionMarkersOnThePointsAxisSitAtTheirPoints() throws {
        let spec = SampleSpecs.nomogram()
        let (c, layout) = draw(spec)
        let radius = theme.markerSize * 0.8 / 2
        let centres = RecordingScan(c).circleCentres(radius: radius).filter { isClose($0.y, layout.y(.points), absolute: 0.01) }
        let lesion = spec.lesions[0] // lesion 1 is a filled circle
        #expect(centres.count == lesion.points.count)
        for (found, points) in zip(centres, lesion.points) {
            // Back from canvas x to points through the Points axis scale: 0 at x0, 100 at x1.
            let p = (found.x - layout.x0) / (layout.x1 - layout.x0) * 100
            expectClose(p, points, absolute: 0.01 * 100 / (layout.x1 - layout.x0) + 1e-9 + 0.005 * 100 / (layout.x1 - layout.x0) * 2)
        }
    }

    @Test func totalPointsMarkerReadsOutTheSpecProbability() throws {
        let spec = SampleSpecs.nomogram()
        let (c, layout) = draw(spec)
        let lesion = spec.lesions[0]
        let centre = try #require(RecordingScan(c).circleCentres(radius: theme.markerSize / 2)
            .first { isClose($0.y, layout.y(.totalPoints), absolute: 0.01) })
        let tp = layout.totalX.invert(centre.x)
        // rms: lp = Intercept′ + TP / sc.
        let lp = SampleSpecs.shiftedIntercept + tp / SampleSpecs.pointsPerUnit
        let p = 1 / (1 + exp(-lp))
        expectClose(p, lesion.probability, absolute: 5e-4)
        expectClose(lesion.probability, 0.105, absolute: 5e-4) // the paper's worked example
        // The same x on the probability axis, and the probability printed there.
        #expect(RecordingScan(c).circleCentres(radius: theme.markerSize / 2)
            .contains { isClose($0.y, layout.y(.probability), absolute: 0.01) && isClose($0.x, centre.x, absolute: 0.01) })
        #expect(c.lines.contains { $0.hasSuffix("\"L1 P(NR) = 0.105\"") })
    }

    @Test func probabilityTickSitsWhereItsLogitIs() throws {
        let spec = SampleSpecs.nomogram()
        let (c, layout) = draw(spec)
        let tick = try #require(spec.probabilityTicks.first { $0.value == 0.5 })
        let x = layout.totalX(tick.position)
        let lp = SampleSpecs.shiftedIntercept + layout.totalX.invert(x) / SampleSpecs.pointsPerUnit
        expectClose(lp, 0, absolute: 1e-9)
        let label = try #require(RecordingScan(c).texts.first { $0.string == "0.5" && isClose($0.box.midX, x, absolute: 0.02) })
        #expect(label.box.maxY <= layout.y(.probability))
    }

    @Test func closeLesionReadoutsDoNotOverlap() {
        let spec = SampleSpecs.nomogram(lesions: [
            SampleSpecs.lesion(0, "Lesion 1", values: [42.4, 17.42, 17.38]),
            SampleSpecs.lesion(1, "Lesion 2", values: [43.0, 17.9, 17.0]),
        ])
        let texts = RecordingScan(draw(spec).0).texts.filter { $0.size == 7.5 }.filter { $0.string.hasPrefix("L1 ") || $0.string.hasPrefix("L2 ") || $0.string.hasSuffix(" pts") }
        #expect(texts.count == 2 * 3 + 2 + 2)
        for i in texts.indices {
            for j in texts.indices where j > i {
                #expect(!RecordingScan.overlap(texts[i].box, texts[j].box), "\(texts[i].string) / \(texts[j].string)")
            }
        }
    }

    @Test func valueOutsideTheAxisIsDrawnAtTheEndWithAnArrowheadAndNoted() throws {
        let spec = SampleSpecs.nomogram(lesions: [SampleSpecs.lesion(0, "Lesion 1", values: [42.4, 85, 17.38])])
        let (c, layout) = draw(spec)
        let end = layout.pointsX(spec.predictors[1].points(70))
        let y = layout.y(.predictor(1))
        #expect(RecordingScan(c).circleCentres(radius: theme.markerSize / 2).contains { isClose($0.x, end, absolute: 0.01) && isClose($0.y, y, absolute: 0.01) })
        // A filled triangle to the right of the marker, pointing right.
        let arrow = RecordingScan(c).shapes.first { $0.kind == "fill" && $0.points.count == 3 && isClose($0.points[1].y, y, absolute: 3) && $0.points[0].x > end }
        #expect(arrow != nil)
        #expect(spec.notes.contains { $0.hasPrefix("Out of range: L1 NIC-AP 85.0 % lies outside the axis 0–70 %") })
        #expect(c.lines.contains { $0.contains("Out of range: L1 NIC-AP 85.0 %") })
    }

    @Test func negativeSlopeArrowheadPointsTowardsTheValue() throws {
        var spec = SampleSpecs.nomogram(lesions: [])
        // A protective predictor: β = −0.05 over 0–40, so 0 is at 20 points and 40 at 0 points.
        spec.predictors.append(.init(name: "x", label: "X", unit: "", axisMin: 0, axisMax: 40, offset: 20, slope: -0.5,
                                     ticks: [.init(value: 0, label: "0", position: 20), .init(value: 40, label: "40", position: 0)]))
        spec.lesions = [.init(name: "Lesion 1", tag: "L1", values: [40, 10, 10, 55], points: [10, 10, 10, -7.5], totalPoints: 22.5,
                              probability: 0.01, outOfRange: [false, false, false, true])]
        let (c, layout) = draw(spec)
        let y = layout.y(.predictor(3))
        let x = layout.pointsX(0)
        #expect(RecordingScan(c).circleCentres(radius: theme.markerSize / 2).contains { isClose($0.x, x, absolute: 0.01) && isClose($0.y, y, absolute: 0.01) })
        let arrow = try #require(RecordingScan(c).shapes.first { $0.kind == "fill" && $0.points.count == 3 && isClose($0.points[1].y, y, absolute: 3) })
        #expect(arrow.points[0].x < x) // tip to the left: larger values lie further left on this axis
    }

    @Test func unreachableProbabilityTicksAreOmittedAndNoted() {
        let spec = SampleSpecs.nomogram(lesions: [], totalPointsRange: 0...100)
        #expect(spec.omittedProbabilityTicks.map(\.label) == ["0.95"])
        let (c, _) = draw(spec)
        #expect(!c.lines.contains { $0.hasSuffix("\"0.95\"") })
        #expect(c.lines.contains { $0.contains("Probability ticks 0.95 omitted: not reachable within 0–100 total points.") })
    }

    @Test func denseProbabilityLabelsAreStaggeredNotDropped() {
        let spec = SampleSpecs.nomogram()
        let (c, _) = draw(spec)
        let labels = spec.probabilityTicks.map(\.label)
        for l in labels { #expect(c.lines.contains { $0.hasSuffix("\"\(l)\"") }, "\(l)") }
    }

    @Test func captionListsEachLesionsReadout() {
        let notes = SampleSpecs.nomogram().notes
        #expect(notes[0].hasPrefix("L1 = Lesion 1 (segment VII): Size 42.4 mm → "))
        #expect(notes[0].hasSuffix("→ P(NR) = 0.105."))
        #expect(notes[1].hasSuffix("→ P(NR) = 0.999.")) // 0.99915 (paper, Figure 2)
    }
}
