import ClinicalModel
import Statistics

/// The geometry of a model's nomogram in the convention of R `rms::nomogram` (docs/DOMAIN.md §6):
/// points per predictor, the total-points axis and its mapping to the linear predictor and to the
/// probability.
///
/// For predictor j with axis [loⱼ, hiⱼ] and coefficient βⱼ, Rⱼ is the range of βⱼ·x over the axis;
/// `pointsPerLinearUnit` sc = 100 / maxⱼ(max Rⱼ − min Rⱼ), so the predictor with the widest βx
/// range spans exactly 0–100 points. points_j(x) = (βⱼ·x − min Rⱼ)·sc (a negative βⱼ makes the
/// axis run right-to-left: points fall as x grows). Intercept′ = β₀ + Σ min Rⱼ, and total points TP
/// map to lp = Intercept′ + TP/sc. A probability tick p sits at TP = (logit p − Intercept′)·sc.
/// All conversions are O(1); construction is O(p).
public struct NomogramScale: Sendable, Hashable {
    /// The axis of one predictor.
    public struct Axis: Sendable, Hashable {
        /// The predictor's machine name.
        public let name: String
        /// Printed label and unit.
        public let label: String
        /// Unit as printed.
        public let unit: String
        /// Coefficient β.
        public let coefficient: Double
        /// Axis range in the predictor's unit.
        public let axisMin: Double
        /// Axis end in the predictor's unit.
        public let axisMax: Double
        /// min and max of β·x over [axisMin, axisMax] (Rⱼ of rms).
        public let minContribution: Double
        /// max of β·x over the axis.
        public let maxContribution: Double
        /// Points per unit of sc (shared by every axis of the nomogram).
        let pointsPerLinearUnit: Double

        /// Nomogram points for a value x: (β·x − min Rⱼ)·sc. Not clamped: values outside the axis
        /// give points outside [0, `maxPoints`] (extrapolation).
        /// - Parameter value: The predictor value in its unit.
        /// - Returns: Points.
        public func points(at value: Double) -> Double {
            (coefficient * value - minContribution) * pointsPerLinearUnit
        }

        /// Points at the two axis ends; `pointsAtMin` is 0 for a positive β and `maxPoints` for a negative one.
        public var pointsAtMin: Double { points(at: axisMin) }
        /// Points at the axis end.
        public var pointsAtMax: Double { points(at: axisMax) }

        /// The largest number of points this predictor can contribute: (max Rⱼ − min Rⱼ)·sc.
        public var maxPoints: Double { (maxContribution - minContribution) * pointsPerLinearUnit }

        /// The predictor value that earns `points` (inverse of `points(at:)`), or `nil` when β = 0.
        /// - Parameter points: Points on this axis.
        /// - Returns: The value in the predictor's unit.
        public func value(atPoints points: Double) -> Double? {
            guard coefficient != 0 else { return nil }
            return (points / pointsPerLinearUnit + minContribution) / coefficient
        }
    }

    /// One axis per predictor, in model order.
    public let axes: [Axis]
    /// sc: points per unit of linear predictor.
    public let pointsPerLinearUnit: Double
    /// Intercept′ = β₀ + Σ min Rⱼ: the linear predictor at 0 total points.
    public let adjustedIntercept: Double

    /// Builds the scale of a model.
    /// - Parameter model: The model; every axis must have axisMin < axisMax and at least one β ≠ 0
    ///   (guaranteed for models from `NomogramModelFile`). When every β is 0, sc is taken as 1.
    public init(model: NomogramModel) {
        let ranges = model.predictors.map { p -> (Double, Double) in
            let a = p.coefficient * p.axisMin, b = p.coefficient * p.axisMax
            return (Swift.min(a, b), Swift.max(a, b))
        }
        let widest = ranges.map { $0.1 - $0.0 }.max() ?? 0
        let sc = widest > 0 ? 100 / widest : 1
        pointsPerLinearUnit = sc
        adjustedIntercept = model.intercept + ranges.reduce(0) { $0 + $1.0 }
        axes = zip(model.predictors, ranges).map { p, r in
            Axis(name: p.name, label: p.label, unit: p.unit, coefficient: p.coefficient,
                 axisMin: p.axisMin, axisMax: p.axisMax, minContribution: r.0, maxContribution: r.1,
                 pointsPerLinearUnit: sc)
        }
    }

    /// The end of the total-points axis: Σ maxPointsⱼ (the start is 0).
    public var maxTotalPoints: Double { axes.reduce(0) { $0 + $1.maxPoints } }

    /// Linear predictor for a total-points value: Intercept′ + TP/sc.
    /// - Parameter totalPoints: Total points.
    /// - Returns: The linear predictor (log-odds).
    public func linearPredictor(atTotalPoints totalPoints: Double) -> Double {
        adjustedIntercept + totalPoints / pointsPerLinearUnit
    }

    /// Total points for a linear predictor: (lp − Intercept′)·sc.
    /// - Parameter linearPredictor: Log-odds.
    /// - Returns: Total points (may lie outside [0, `maxTotalPoints`]).
    public func totalPoints(atLinearPredictor linearPredictor: Double) -> Double {
        (linearPredictor - adjustedIntercept) * pointsPerLinearUnit
    }

    /// Probability of the modelled outcome at a total-points value: expit(Intercept′ + TP/sc).
    /// - Parameter totalPoints: Total points.
    /// - Returns: P in (0, 1).
    public func probability(atTotalPoints totalPoints: Double) -> Double {
        Logistic.probability(linearPredictor(atTotalPoints: totalPoints))
    }

    /// Where a probability tick sits on the total-points axis: (logit p − Intercept′)·sc.
    /// - Parameter probability: p in (0, 1).
    /// - Returns: Total points, or `nil` for p outside (0, 1).
    public func totalPoints(atProbability probability: Double) -> Double? {
        guard probability > 0, probability < 1 else { return nil }
        return totalPoints(atLinearPredictor: Logistic.logit(probability))
    }

    /// The probabilities reachable with total points in [0, `maxTotalPoints`], i.e. with every
    /// input on its axis: [expit(Intercept′), expit(Intercept′ + ΣmaxPoints/sc)]. Probability ticks
    /// outside this range cannot be drawn on the probability axis.
    public var reachableProbabilities: ClosedRange<Double> {
        probability(atTotalPoints: 0)...probability(atTotalPoints: maxTotalPoints)
    }

    /// The linear predictor range reachable with every input on its axis.
    public var reachableLinearPredictors: ClosedRange<Double> {
        linearPredictor(atTotalPoints: 0)...linearPredictor(atTotalPoints: maxTotalPoints)
    }

    /// The subset of `candidates` that can be drawn on the probability axis (inside
    /// `reachableProbabilities`), each with its total-points position, in ascending order.
    /// - Parameter candidates: Probability tick values, e.g. [0.01, 0.05, 0.1, …, 0.99].
    /// - Returns: (probability, total points) pairs.
    public func probabilityTicks(_ candidates: [Double]) -> [(probability: Double, totalPoints: Double)] {
        let reach = reachableProbabilities
        return candidates.sorted().compactMap { p in
            guard reach.contains(p), let tp = totalPoints(atProbability: p) else { return nil }
            return (p, tp)
        }
    }
}
