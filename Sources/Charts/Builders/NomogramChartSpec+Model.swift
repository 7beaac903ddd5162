import ClinicalModel
import Formatting
import Scoring
import Statistics

extension NomogramChartSpec {
    /// The probability ticks of a printed nomogram (as rms draws them): 0.05, 0.1, 0.2 … 0.9, 0.95.
    public static let standardProbabilityTicks = [0.05, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95]

    /// The nomogram of `model` with the patient's lesions, laid out with the rms points convention of `scale`.
    ///
    /// Predictor ticks use the model's `tickStep` (every second tick labelled when labels would be closer than
    /// 4.5 points) or nice numbers; the Total points axis runs from 0 to the scale's maximum; probability ticks
    /// outside the reachable probabilities are listed as omitted. O(p + ticks + lesions · p).
    /// - Parameters:
    ///   - model: The logistic model.
    ///   - scale: Its nomogram scale (built from the model when `nil`).
    ///   - lesions: The patient's scored lesions (values, points, probabilities come from the scores).
    ///   - probabilityTicks: Requested probability ticks.
    ///   - showsLinearPredictor: Whether to add the linear-predictor axis.
    ///   - footnote: Provenance banner, if any.
    ///   - title: Figure title, if any.
    public init(model: NomogramModel, scale: NomogramScale? = nil, lesions: [PatientLesion],
                probabilityTicks: [Double] = NomogramChartSpec.standardProbabilityTicks,
                showsLinearPredictor: Bool = true, footnote: String? = nil, title: String? = nil) {
        let scale = scale ?? NomogramScale(model: model)
        let axes = zip(model.predictors, scale.axes).map { predictor, axis in
            Self.predictorAxis(predictor, axis, scale: scale)
        }
        let pointsTicks = stride(from: 0.0, through: 100, by: 5).map {
            Tick(value: $0, label: Int($0) % 10 == 0 ? String(Int($0)) : "", position: $0)
        }
        let maxTP = scale.maxTotalPoints
        let tpStep = NiceTicks.niceNumber(max(maxTP, 1) / 12, round: true)
        let tpTicks = NiceTicks(lower: 0, upper: maxTP, step: tpStep / 2)
        let totalTicks = zip(tpTicks.values, tpTicks.values.indices).map { v, i in
            Tick(value: v, label: i % 2 == 0 ? ReportNumber.fixed(v, tpTicks.fractionDigits) : "", position: v)
        }
        let reachable = Set(scale.probabilityTicks(probabilityTicks).map(\.probability))
        let requested = probabilityTicks.sorted().compactMap { p -> Tick? in
            guard let tp = scale.totalPoints(atProbability: p) else { return nil }
            return Tick(value: p, label: ReportNumber.shortest(p, maxDecimals: 6), position: tp)
        }
        var lpAxis: LinearPredictorAxis?
        if showsLinearPredictor {
            let range = scale.reachableLinearPredictors
            let t = NiceTicks(lower: range.lowerBound, upper: range.upperBound,
                              step: NiceTicks.niceNumber((range.upperBound - range.lowerBound) / 10, round: true))
            lpAxis = LinearPredictorAxis(label: "Linear predictor", ticks: zip(t.values, t.labels).map {
                Tick(value: $0, label: $1, position: scale.totalPoints(atLinearPredictor: $0))
            })
        }
        let lesionMarks = lesions.map { l in
            Lesion(name: l.name, tag: l.tag, values: l.score.inputs.map(\.value), points: l.score.inputs.map(\.points),
                   totalPoints: l.score.totalPoints, probability: l.score.probabilityPositive,
                   outOfRange: l.score.inputs.map { !$0.isOnAxis })
        }
        self.init(title: title, predictors: axes, pointsTicks: pointsTicks, totalPointsRange: 0...maxTP,
                  totalPointsTicks: totalTicks, probabilityTitle: "Probability of \(model.positiveClass)",
                  probabilityTicks: requested.filter { reachable.contains($0.value) },
                  omittedProbabilityTicks: requested.filter { !reachable.contains($0.value) },
                  linearPredictor: lpAxis, lesions: lesionMarks, probabilitySymbol: "P(\(model.positiveClass))",
                  footnote: footnote)
    }

    /// One predictor's axis: the model's tick step (or nice numbers) over the axis range, every second label
    /// dropped while neighbouring labels would be closer than 4.5 points.
    static func predictorAxis(_ predictor: NomogramModel.Predictor, _ axis: NomogramScale.Axis, scale: NomogramScale) -> PredictorAxis {
        let offset = axis.points(at: 0)
        let slope = axis.points(at: 1) - offset
        let span = abs(slope) * (axis.axisMax - axis.axisMin)
        let step = predictor.tickStep.flatMap { $0 > 0 ? $0 : nil }
            ?? NiceTicks.niceNumber((axis.axisMax - axis.axisMin) / max(2, (span / 8).rounded()), round: true)
        let ticks = NiceTicks(lower: axis.axisMin, upper: axis.axisMax, step: step)
        let spacing = abs(slope) * ticks.step
        let every = max(1, Int((4.5 / max(spacing, 1e-9)).rounded(.up)))
        let labelEvery = every == 1 ? 1 : (every <= 2 ? 2 : (every <= 5 ? 5 : 10))
        let labels = ticks.labels
        let tickList = ticks.values.indices.map { i -> Tick in
            let v = ticks.values[i]
            let k = Int((v / ticks.step).rounded())
            return Tick(value: v, label: k % labelEvery == 0 ? labels[i] : "", position: axis.points(at: v))
        }
        return PredictorAxis(name: predictor.name, label: predictor.label, unit: predictor.unit, axisMin: axis.axisMin,
                             axisMax: axis.axisMax, offset: offset, slope: slope, ticks: tickList)
    }
}
