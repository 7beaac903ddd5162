import CaseReader
import Canvas
import ClinicalModel
import Foundation
import Scoring
import TestSupport
import Testing
@testable import Charts

/// The response over time: what the builder takes from the mRECIST assessment, checked against values
/// computed here from the raw diameters, and what the drawing shows.
@Suite struct ResponseChartTests {
    /// The diameters of a case recomputed without `Scoring`: per reading (weeks after the first TACE,
    /// sum of the targets, or nil when a target was not measured).
    struct Independent {
        var responseLimit: Double
        var progressionLimits: [Double]
        var nadir: (weeks: Double, millimetres: Double)

        init(_ c: PatientCase) throws {
            let tace = try #require(c.treatment?.taceDate)
            let exam = try #require(c.exam?.date)
            let baselines = c.lesions.map { $0.viableDiameterMm ?? $0.sizeMm!.value }
            let ids = c.lesions.map(\.id)
            let baselineSum = baselines.reduce(0, +)
            responseLimit = 0.7 * baselineSum
            var nadirSum = baselineSum
            var nadirWeeks = Double(tace.days(until: exam)) / 7
            progressionLimits = []
            for f in c.followUps {
                progressionLimits.append(1.2 * nadirSum)
                let measured = ids.compactMap { id in f.lesions.first { $0.lesionId == id }?.viableDiameterMm }
                guard measured.count == ids.count else { continue }
                let s = measured.reduce(0, +)
                if s < nadirSum { nadirSum = s; nadirWeeks = Double(tace.days(until: f.date)) / 7 }
            }
            nadir = (nadirWeeks, nadirSum)
        }
    }

    static func example(_ name: String) throws -> CaseScore {
        let url = PackagePaths.root.appendingPathComponent("Examples/cases/\(name)")
        let result = CaseFileReader().read(contentsOf: url)
        #expect(result.errors.isEmpty, "\(result.errors)")
        return CaseScore(case: try #require(result.cases.first))
    }

    @Test(arguments: ["p14-endpoint-pr-then-pd.yaml", "p15-followup-only-week-30.yaml", "p16-exam-20-days-before-tace.yaml",
                      "p04-pd-against-nadir.yaml", "p13-target-not-measured.yaml", "p06-new-lesion.yaml"])
    func limitsAndNadirEqualTheIndependentComputation(_ name: String) throws {
        let score = try Self.example(name)
        let spec = try ResponseChartSpec(score: score)
        let expected = try Independent(score.patientCase)
        expectClose(spec.responseLimitMm, expected.responseLimit, absolute: 1e-9)
        expectClose(spec.scans.map(\.progressionLimitMm), expected.progressionLimits, absolute: 1e-9, "progression limits")
        expectClose(spec.nadir.millimetres, expected.nadir.millimetres, absolute: 1e-9)
        expectClose(spec.nadir.weeks, expected.nadir.weeks, absolute: 1e-9)
    }

    /// The examples that exercise the endpoint window, by hand from their files' comments.
    @Test func endpointExamplesByHand() throws {
        let p14 = try ResponseChartSpec(score: try Self.example("p14-endpoint-pr-then-pd.yaml"))
        #expect(p14.responseLimitMm == 30.8)
        #expect(p14.scans.map(\.progressionLimitMm) == [52.8, 33.6])
        #expect(p14.scans.map(\.days) == [63, 133])
        #expect(p14.scans.map(\.category) == ["PR", "PD"])
        #expect(p14.nadir == .init(weeks: 9, millimetres: 28, category: "PR"))
        let core: ClosedRange<Double> = (61.0 / 7)...(90.0 / 7)
        let accepted: ClosedRange<Double> = (54.0 / 7)...(97.0 / 7)
        let window = ResponseChartSpec.Window(weeks: core, acceptedWeeks: accepted, label: "Endpoint window, days 61–90 (± 7 days hatched)")
        #expect(p14.window == window)
        #expect(p14.sum == nil, "one target lesion: the sum is that lesion")
        let p15 = try ResponseChartSpec(score: try Self.example("p15-followup-only-week-30.yaml"))
        #expect(p15.scans.map(\.days) == [210])
        #expect(p15.scans.map(\.category) == ["SD"])
        #expect(p15.nadir.millimetres == 50)
        let p16 = try ResponseChartSpec(score: try Self.example("p16-exam-20-days-before-tace.yaml"))
        #expect(p16.lesions[0].readings.first?.weeks == -20.0 / 7)
        #expect(p16.scans.map(\.days) == [77])
        #expect(p16.responseLimitMm == 46.2)
    }

    @Test func aMissedScanBreaksTheLineAndNothingIsInterpolated() throws {
        let spec = SampleSpecs.response()
        #expect(spec.lesions.map(\.tag) == ["L1", "L2"])
        #expect(spec.lesions[0].runs.map(\.count) == [4], "L1 was measured at every scan")
        let l2: [[Double]] = spec.lesions[1].runs.map { $0.map(\.millimetres) }
        #expect(l2 == [[20, 12], [14]], "L2 was missed on 2025-06-02")
        let sum = try #require(spec.sum)
        let sums: [[Double]] = sum.runs.map { $0.map(\.millimetres) }
        #expect(sums == [[60, 38], [48]])
        #expect(sum.readings.map(\.category) == [nil, "PR", "PD"])
        #expect(spec.scans.map(\.label) == ["PR", "NE", "PD (new lesion, non-target PD)"])
        #expect(spec.responseLimitMm == 42)
        #expect(spec.scans.map(\.progressionLimitMm) == [72, 45.6, 45.6])
        #expect(spec.nadir == .init(weeks: 9, millimetres: 38, category: "PR"))
    }

    @Test func altTextNamesEveryDiameterAndCategory() {
        #expect(SampleSpecs.response().altText() == """
            Response over time, weeks since the first TACE (2025-03-03). \
            L1 viable diameter: 40.0 mm at week −1.0 (baseline), 26.0 mm at week 9.0 (PR), 27.0 mm at week 13.0 (PR), 34.0 mm at week 19.0 (PD). \
            L2 viable diameter: 20.0 mm at week −1.0 (baseline), 12.0 mm at week 9.0 (PR), 14.0 mm at week 19.0 (PR). \
            Sum of target lesions: 60.0 mm at week −1.0 (baseline), 38.0 mm at week 9.0 (PR), 48.0 mm at week 19.0 (PD). \
            Overall mRECIST response: PR at week 9.0, NE at week 13.0, PD (new lesion, non-target PD) at week 19.0. \
            Partial-response limit 42.0 mm (0.7 × baseline); nadir of the sum 38.0 mm at week 9.0. \
            Endpoint window, days 61–90 (± 7 days hatched): weeks 8.7–12.9.
            """)
    }

    @Test func withoutFollowUpTheChartIsRefusedWithTheReason() {
        let score = CaseScore(case: PatientCase(source: "x.yaml", patient: Patient(id: "P"), lesions: []))
        #expect(throws: ChartDataError.notDrawable(chart: "response chart", reason: "the case has no follow-up imaging")) {
            try ResponseChartSpec(score: score)
        }
    }

    /// At the report's size (full width, 60 mm) the legend fits beside the plot: no text overlaps
    /// another and everything stays inside the frame.
    @Test func fitsTheReportsSixtyMillimetres() {
        let frame = Rect(x: 51.02, y: 100, width: 493.23, height: millimetres(60))
        let c = RecordingCanvas()
        ResponseChart.draw(SampleSpecs.response(), in: c, frame: frame, theme: .standard)
        let texts = RecordingScan(c).texts
        #expect(texts.count > 20)
        for t in texts {
            #expect(t.box.minX >= frame.minX - 0.01 && t.box.maxX <= frame.maxX + 0.01 && t.box.minY >= frame.minY - 0.01
                    && t.box.maxY <= frame.maxY + 0.01, "text \(t.string) at \(t.box)")
        }
        for i in texts.indices {
            for j in texts.indices where j > i {
                #expect(!RecordingScan.overlap(texts[i].box, texts[j].box, tolerance: 0.3), "\"\(texts[i].string)\" overlaps \"\(texts[j].string)\"")
            }
        }
    }

    @Test func drawingShowsLimitsCategoriesAndTheWindow() {
        let c = RecordingCanvas()
        ResponseChart.draw(SampleSpecs.response(), in: c, frame: Rect(x: 0, y: 0, width: millimetres(170), height: 200), theme: .standard)
        let texts = c.lines.filter { $0.hasPrefix("text ") }
        for t in ["PR", "NE", "PD (new lesion, non-target PD)", "nadir", "−30 %", "+20 %", "Viable diameter (mm)",
                  "Weeks since the first TACE (2025-03-03)", "−30 %: PR ≤ 0.7 × baseline sum (42.0 mm)",
                  "Nadir 38.0 mm, week 9.0", "Endpoint window, days 61–90 (± 7 days hatched)"] {
            #expect(texts.contains { $0.hasSuffix("\"\(t)\"") }, "missing \(t)")
        }
        // The window: light grey fill.
        #expect(c.lines.contains { $0.hasPrefix("fill #E0E0E0 ") })
    }
}
