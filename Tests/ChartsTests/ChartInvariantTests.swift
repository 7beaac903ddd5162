import Canvas
import Foundation
import TestSupport
import Testing
@testable import Charts

/// Properties every chart must have, checked on the recording of each chart.
@Suite struct ChartInvariantTests {
    enum Chart: String, CaseIterable, Sendable { case nomogram, violins, roc, calibration, decisionCurve, response }

    /// Tests/ChartsTests/Snapshots.
    static let snapshots = PackagePaths.tests("ChartsTests").appendingPathComponent("Snapshots")

    static let frame = Rect(x: 20, y: 30, width: millimetres(170), height: 360)

    static func record(_ chart: Chart) -> RecordingCanvas {
        let c = RecordingCanvas()
        switch chart {
        case .nomogram: NomogramChart.draw(SampleSpecs.nomogram(), in: c, frame: frame, theme: .standard)
        case .violins: ViolinChart.draw(SampleSpecs.violins(), in: c, frame: frame, theme: .standard)
        case .roc: ROCChart.draw(SampleSpecs.roc(), in: c, frame: frame, theme: .standard)
        case .calibration: CalibrationChart.draw(SampleSpecs.calibration(), in: c, frame: frame, theme: .standard)
        case .decisionCurve: DecisionCurveChart.draw(SampleSpecs.decisionCurve(), in: c, frame: frame, theme: .standard)
        case .response: ResponseChart.draw(SampleSpecs.response(), in: c, frame: frame, theme: .standard)
        }
        return c
    }

    @Test(arguments: Chart.allCases)
    func noTextBelowSevenPoints(_ chart: Chart) {
        let lines = Self.record(chart).lines.filter { $0.hasPrefix("text ") }
        #expect(!lines.isEmpty)
        for line in lines {
            let size = Double(line.split(separator: " ")[4])!
            #expect(size >= ChartTheme.minimumFontSize, "\(line)")
        }
    }

    @Test(arguments: Chart.allCases)
    func everythingStaysInsideTheFrame(_ chart: Chart) {
        let scan = RecordingScan(Self.record(chart))
        let f = Self.frame
        for t in scan.texts {
            #expect(t.box.minX >= f.minX - 0.01 && t.box.maxX <= f.maxX + 0.01 && t.box.minY >= f.minY - 0.01 && t.box.maxY <= f.maxY + 0.01,
                    "text \(t.string) at \(t.box)")
        }
        for s in scan.shapes {
            // Hatch lines are generated across the bounding box and clipped; they are the only exception.
            if s.kind == "stroke" && s.line.contains("w=0.40 #404040") { continue }
            for p in s.points {
                #expect(p.x >= f.minX - 0.5 && p.x <= f.maxX + 0.5 && p.y >= f.minY - 0.5 && p.y <= f.maxY + 0.5, "\(s.line.prefix(80))")
            }
        }
    }

    @Test(arguments: Chart.allCases)
    func noTwoTextsOverlap(_ chart: Chart) {
        let texts = RecordingScan(Self.record(chart)).texts
        for i in texts.indices {
            for j in texts.indices where j > i {
                #expect(!RecordingScan.overlap(texts[i].box, texts[j].box, tolerance: 0.3),
                        "\"\(texts[i].string)\" overlaps \"\(texts[j].string)\"")
            }
        }
    }

    /// The response chart draws the patient's own follow-up, no cohort, so it carries no banner.
    @Test(arguments: Chart.allCases.filter { $0 != .response })
    func syntheticLabelIsVisibleInsideTheFrame(_ chart: Chart) {
        let scan = RecordingScan(Self.record(chart))
        let banner = scan.texts.filter { $0.string == SampleSpecs.footnote }
        #expect(banner.count == 1)
        if let b = banner.first { #expect(b.box.maxY <= Self.frame.maxY && b.box.minY >= Self.frame.minY) }
    }

    @Test(arguments: Chart.allCases)
    func matchesSnapshot(_ chart: Chart) throws {
        try expectSnapshot(Self.record(chart).dump, named: chart.rawValue, in: Self.snapshots)
    }
}
