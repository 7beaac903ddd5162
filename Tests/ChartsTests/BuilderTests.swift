import Canvas
import Formatting
import Foundation
import Scoring
import Statistics
import Testing
@testable import Charts
import TestSupport

@Suite struct NomogramBuilderTests {
    let model = ReportLesions.model
    let scale = NomogramScale(model: ReportLesions.model)

    @Test func totalPointsMarkerReadsOutTheScoringEngineProbability() throws {
        let lesions = try ReportLesions.paperExamples()
        let spec = NomogramChartSpec(model: model, scale: scale, lesions: lesions)
        let frame = Rect(x: 0, y: 0, width: millimetres(170), height: 360)
        let canvas = RecordingCanvas()
        NomogramChart.draw(spec, in: canvas, frame: frame)
        let layout = NomogramChart.Layout(spec: spec, frame: frame, theme: .standard, canvas: RecordingCanvas())
        let centre = try #require(RecordingScan(canvas).circleCentres(radius: ChartTheme.standard.markerSize / 2)
            .first { isClose($0.y, layout.y(.totalPoints), absolute: 0.01) })
        let readOut = scale.probability(atTotalPoints: layout.totalX.invert(centre.x))
        expectClose(readOut, lesions[0].score.probabilityPositive, absolute: 1e-3)
        expectClose(lesions[0].score.probabilityPositive, 0.105, absolute: 5e-4)
    }

    @Test func predictorTicksSitAtTheirRmsPoints() {
        let spec = NomogramChartSpec(model: model, scale: scale, lesions: [])
        for (axis, scaleAxis) in zip(spec.predictors, scale.axes) {
            for tick in axis.ticks { expectClose(tick.position, scaleAxis.points(at: tick.value), absolute: 1e-9) }
            #expect(axis.ticks.first?.value == scaleAxis.axisMin && axis.ticks.last?.value == scaleAxis.axisMax)
        }
        // Size: 10 mm ticks are 4.3 points apart, so every second one is labelled.
        #expect(spec.predictors[0].ticks.filter { !$0.label.isEmpty }.map(\.label) == stride(from: 0, through: 140, by: 20).map(String.init))
        #expect(spec.totalPointsRange.upperBound == scale.maxTotalPoints)
    }

    @Test func probabilityTicksMatchTheScaleAndUnreachableOnesAreListed() {
        let spec = NomogramChartSpec(model: model, scale: scale, lesions: [], probabilityTicks: [0.0001, 0.05, 0.5, 0.95])
        #expect(spec.probabilityTicks.map(\.label) == ["0.05", "0.5", "0.95"])
        for t in spec.probabilityTicks { expectClose(t.position, scale.totalPoints(atProbability: t.value)!, absolute: 1e-9) }
        #expect(spec.omittedProbabilityTicks.map(\.label) == ["0.0001"])
        #expect(spec.notes.contains("Probability ticks 0.0001 omitted: not reachable within 0–236 total points."))
    }

    @Test func outOfAxisInputIsFlagged() throws {
        let lesions = try ReportLesions.scored([ReportLesions.lesion("3", segment: "II", size: 180, nic: 20, ps: 20)])
        let spec = NomogramChartSpec(model: model, scale: scale, lesions: lesions)
        #expect(spec.lesions[0].outOfRange == [true, false, false])
        #expect(spec.notes.contains { $0.hasPrefix("Out of range: L1 Size 180.0 mm lies outside the axis 0–150 mm") })
    }
}

@Suite struct ROCBuilderTests {
    @Test func curvesCarryStatisticsResultsAndOperatingPoints() throws {
        // The synthetic lesions as a centre's own cohort: computed values are shown (the bundled synthetic
        // cohort shows the published AUCs instead; PublishedAUCLegendTests).
        let cohort = try ReferenceCohort(lesions: ReferenceCohort.syntheticZhang2025.lesions, provenance: .file(path: "own.csv"))
        let lesions = try ReportLesions.paperExamples()
        let spec = try ROCChartSpec(cohort: cohort, model: ReportLesions.model, lesions: lesions)
        #expect(spec.curves.map(\.name) == ["Nomogram", "Size", "NIC-AP", "PS"])
        #expect(spec.footnote == cohort.label)

        // The NIC-AP curve, independently from Statistics.
        let labels = cohort.lesions.map(\.outcome.isPositive)
        let nic = try ROCCurve(scores: cohort.lesions.map(\.nicApPercent), labels: labels, direction: .higherScoreIndicatesEvent)
        let ci = try DeLong(nic).confidenceInterval()
        #expect(spec.curves[2].aucText == ROCChartSpec.aucText(nic.auc, ci))
        #expect(spec.curves[2].points.count == nic.points.count)
        let youden = try #require(nic.optimalCutoffs(by: .youden).first)
        #expect(spec.curves[2].youden == PlotPoint(x: 1 - youden.specificity, y: youden.sensitivity))

        // Lesion 1's score as cut-off: the fraction of NR lesions with lp ≥ its lp is the sensitivity.
        let lp = cohort.lesions.map { l in
            ReportLesions.model.intercept + 0.043 * l.sizeMm + 0.143 * l.nicApPercent + 0.072 * l.psMlMin100g
        }
        let cut = lesions[0].score.linearPredictor
        let se = Double(zip(lp, labels).filter { $1 && $0 >= cut }.count) / Double(labels.filter { $0 }.count)
        let sp = Double(zip(lp, labels).filter { !$1 && $0 < cut }.count) / Double(labels.filter { !$0 }.count)
        expectClose(spec.lesionPoints[0].point.y, se, absolute: 1e-12)
        expectClose(spec.lesionPoints[0].point.x, 1 - sp, absolute: 1e-12)
        #expect(spec.threshold?.description.hasPrefix("Model threshold P(NR) ≥ 0.5 (default 0.5") == true)
    }

    @Test func aucTextClampsTheIntervalToTheUnitRange() {
        #expect(ROCChartSpec.aucText(0.98, 0.951...1.02) == "AUC 0.980 (95 % CI 0.951–1.000)")
    }
}

@Suite struct ViolinBuilderTests {
    @Test func panelsCarryTheCohortStatistics() throws {
        let cohort = ReferenceCohort.syntheticZhang2025
        let lesions = try ReportLesions.paperExamples()
        let spec = try ViolinChartSpec(cohort: cohort, model: ReportLesions.model, lesions: lesions)
        #expect(spec.panels.map(\.title) == ["Size (mm)", "NIC-AP (%)", "PS (mL/min/100 g)", "Nomogram score (log-odds of NR)"])
        #expect(spec.footnote == ReferenceCohort.syntheticLabel)
        #expect(spec.bandwidthRule == "Scott's rule, h = s·n^(−1/5)")

        let nic = spec.panels[1]
        let obr = cohort.lesions(.objectiveResponse).map(\.nicApPercent), nr = cohort.lesions(.nonResponse).map(\.nicApPercent)
        #expect(nic.groups.map(\.n) == [obr.count, nr.count])
        #expect(nic.groups[0].median == (try Quantile.median(obr)))
        #expect(nic.groups[1].q3 == (try Quantile.type7(nr, p: 0.75)))
        #expect(nic.groups[0].grid.first == obr.min() && nic.groups[0].grid.last == obr.max())
        // A p-value on the synthetic reconstruction is not a finding; a centre's own cohort gets it.
        #expect(spec.panels.allSatisfy { $0.pValueText.isEmpty })
        #expect(spec.notes[0].hasSuffix("No p-value is shown for a synthetic reconstruction."))
        let own = try ReferenceCohort(lesions: cohort.lesions, provenance: .file(path: "own.csv"))
        let ownSpec = try ViolinChartSpec(cohort: own, model: ReportLesions.model, lesions: lesions)
        #expect(ownSpec.panels[1].pValueText == ReportNumber.pStatement(try MannWhitneyU.test(obr, nr).pValue))
        #expect(nic.nonNegative && !spec.panels[3].nonNegative)
        #expect(nic.markers.map(\.value) == [17.42, 54.71])
        #expect(spec.panels[3].markers[0].value == lesions[0].score.linearPredictor)
    }
}

/// A batch computes the cohort's statistics once (`CohortBasis`, `discrimination`) and marks each
/// patient on them: the result equals building each patient's chart from the cohort.
@Suite struct CohortBasisReuseTests {
    @Test func sharedCohortStatisticsGiveThePerPatientCharts() throws {
        let cohort = ReferenceCohort.syntheticZhang2025
        let model = ReportLesions.model
        let all = try ReportLesions.paperExamples()
        let patients = [Array(all.prefix(1)), Array(all.suffix(1)), []]
        let basis = try ViolinChartSpec.CohortBasis(cohort: cohort, model: model, gridPoints: 64)
        let statistics = try ROCChartSpec.discrimination(cohort: cohort, model: model)
        for lesions in patients {
            let violins = ViolinChartSpec(basis: basis, lesions: lesions)
            #expect(violins == (try ViolinChartSpec(cohort: cohort, model: model, lesions: lesions, gridPoints: 64)))
            #expect(violins.panels.allSatisfy { $0.markers.count == lesions.count })
            let roc = ROCChartSpec(statistics: statistics, cohort: cohort, model: model, lesions: lesions)
            #expect(roc == (try ROCChartSpec(cohort: cohort, model: model, lesions: lesions)))
            #expect(roc.lesionPoints.count == lesions.count)
        }
    }
}
