/// Exactly what a nomogram figure shows, as plain values (R rms `nomogram` layout, regplot-style patient overlay).
///
/// Predictor values map to points by the linear map `points = offset + slope · x` (docs/DOMAIN.md §6; the slope
/// is negative for a negative coefficient, so that axis reads right to left). The Points axis runs 0–100;
/// the Total points axis and the axes below it (linear predictor, probability) share one total-points scale.
/// Independent of the scoring types, so charts can be tested with hand-made specs.
public struct NomogramChartSpec: Sendable, Hashable {
    /// A labelled tick: its value and where it sits (in points for predictor and Points axes, in total points
    /// for the Total points and linear-predictor axes). An empty label draws a minor tick.
    public struct Tick: Sendable, Hashable {
        public var value: Double
        public var label: String
        public var position: Double

        /// Creates a tick.
        /// - Parameters:
        ///   - value: The axis value.
        ///   - label: Its printed label ("" for a minor tick).
        ///   - position: Where it sits on the points or total-points scale.
        public init(value: Double, label: String, position: Double) {
            self.value = value
            self.label = label
            self.position = position
        }
    }

    /// One predictor's axis.
    public struct PredictorAxis: Sendable, Hashable {
        /// Machine name, e.g. `nic_ap_percent`.
        public var name: String
        /// Printed label, e.g. "NIC-AP".
        public var label: String
        /// Printed unit, e.g. "%".
        public var unit: String
        /// Axis range of the predictor; values outside are extrapolation.
        public var axisMin: Double
        public var axisMax: Double
        /// Points at x = 0.
        public var offset: Double
        /// Points per unit of the predictor (negative for a negative coefficient).
        public var slope: Double
        /// Ticks with positions in points.
        public var ticks: [Tick]

        /// Creates an axis.
        /// - Parameters:
        ///   - name: Machine name.
        ///   - label: Printed label.
        ///   - unit: Printed unit.
        ///   - axisMin: Range start.
        ///   - axisMax: Range end.
        ///   - offset: Points at x = 0.
        ///   - slope: Points per unit.
        ///   - ticks: Ticks (positions in points).
        public init(name: String, label: String, unit: String, axisMin: Double, axisMax: Double,
                    offset: Double, slope: Double, ticks: [Tick]) {
            self.name = name
            self.label = label
            self.unit = unit
            self.axisMin = axisMin
            self.axisMax = axisMax
            self.offset = offset
            self.slope = slope
            self.ticks = ticks
        }

        /// Points of predictor value `x` (extrapolated outside the axis range).
        /// - Parameter x: Predictor value.
        /// - Returns: `offset + slope · x`.
        public func points(_ x: Double) -> Double { offset + slope * x }

        /// "Label (unit)", or the label alone when the unit is empty.
        public var title: String { unit.isEmpty ? label : "\(label) (\(unit))" }
    }

    /// A probability tick on the probability axis and the total points at which it sits.
    public struct ProbabilityTick: Sendable, Hashable {
        public var probability: Double
        public var label: String
        public var totalPoints: Double

        /// Creates a probability tick.
        /// - Parameters:
        ///   - probability: The probability.
        ///   - label: Its printed label, e.g. "0.05".
        ///   - totalPoints: Total points where the linear predictor equals logit(probability).
        public init(probability: Double, label: String, totalPoints: Double) {
            self.probability = probability
            self.label = label
            self.totalPoints = totalPoints
        }
    }

    /// The optional linear-predictor axis (ticks positioned in total points).
    public struct LinearPredictorAxis: Sendable, Hashable {
        public var label: String
        public var ticks: [Tick]

        /// Creates the axis.
        /// - Parameters:
        ///   - label: Row label, e.g. "Linear predictor".
        ///   - ticks: Ticks with positions in total points.
        public init(label: String, ticks: [Tick]) {
            self.label = label
            self.ticks = ticks
        }
    }

    /// One lesion of the patient drawn on the nomogram.
    public struct Lesion: Sendable, Hashable {
        /// Full name for the legend, e.g. "Lesion 1 (segment VII)".
        public var name: String
        /// Short tag for read-outs, e.g. "L1".
        public var tag: String
        /// Value per predictor, in `predictors` order.
        public var values: [Double]
        /// Points per predictor, in `predictors` order (extrapolated when a value is out of range).
        public var points: [Double]
        /// Sum of `points`.
        public var totalPoints: Double
        /// Predicted probability of the modelled outcome.
        public var probability: Double
        /// Per predictor: whether the value lies outside the axis range.
        public var outOfRange: [Bool]

        /// Creates a lesion overlay.
        /// - Parameters:
        ///   - name: Legend name.
        ///   - tag: Short read-out tag.
        ///   - values: Values per predictor.
        ///   - points: Points per predictor.
        ///   - totalPoints: Total points.
        ///   - probability: Predicted probability.
        ///   - outOfRange: Out-of-range flag per predictor.
        public init(name: String, tag: String, values: [Double], points: [Double], totalPoints: Double,
                    probability: Double, outOfRange: [Bool]) {
            self.name = name
            self.tag = tag
            self.values = values
            self.points = points
            self.totalPoints = totalPoints
            self.probability = probability
            self.outOfRange = outOfRange
        }
    }

    /// Figure title, if any.
    public var title: String?
    /// Predictor axes, top to bottom.
    public var predictors: [PredictorAxis]
    /// Ticks of the Points axis (value = position, 0–100).
    public var pointsTicks: [Tick]
    /// The total points covered by the Total points axis (and the axes aligned with it).
    public var totalPointsRange: ClosedRange<Double>
    /// Ticks of the Total points axis.
    public var totalPointsTicks: [Tick]
    /// Row label of the probability axis, e.g. "Probability of NR".
    public var probabilityTitle: String
    /// Probability ticks inside `totalPointsRange`.
    public var probabilityTicks: [ProbabilityTick]
    /// Requested probability ticks that fall outside `totalPointsRange` (listed in the caption).
    public var omittedProbabilityTicks: [ProbabilityTick]
    /// The optional linear-predictor axis.
    public var linearPredictor: LinearPredictorAxis?
    /// The patient's lesions (at most a few; each gets its own marker shape).
    public var lesions: [Lesion]
    /// Name of the modelled outcome in read-outs, e.g. "P(NR)".
    public var probabilitySymbol: String
    /// Provenance banner drawn inside the frame (e.g. the synthetic-cohort label), if any.
    public var footnote: String?

    /// Creates a spec.
    /// - Parameters:
    ///   - title: Figure title.
    ///   - predictors: Predictor axes.
    ///   - pointsTicks: Points-axis ticks.
    ///   - totalPointsRange: Range of the Total points axis.
    ///   - totalPointsTicks: Its ticks.
    ///   - probabilityTitle: Probability-axis label.
    ///   - probabilityTicks: Reachable probability ticks.
    ///   - omittedProbabilityTicks: Unreachable probability ticks.
    ///   - linearPredictor: Optional linear-predictor axis.
    ///   - lesions: The patient's lesions.
    ///   - probabilitySymbol: Read-out name, e.g. "P(NR)".
    ///   - footnote: Provenance banner.
    public init(title: String? = nil, predictors: [PredictorAxis], pointsTicks: [Tick],
                totalPointsRange: ClosedRange<Double>, totalPointsTicks: [Tick], probabilityTitle: String,
                probabilityTicks: [ProbabilityTick], omittedProbabilityTicks: [ProbabilityTick] = [],
                linearPredictor: LinearPredictorAxis? = nil, lesions: [Lesion] = [],
                probabilitySymbol: String = "P", footnote: String? = nil) {
        self.title = title
        self.predictors = predictors
        self.pointsTicks = pointsTicks
        self.totalPointsRange = totalPointsRange
        self.totalPointsTicks = totalPointsTicks
        self.probabilityTitle = probabilityTitle
        self.probabilityTicks = probabilityTicks
        self.omittedProbabilityTicks = omittedProbabilityTicks
        self.linearPredictor = linearPredictor
        self.lesions = lesions
        self.probabilitySymbol = probabilitySymbol
        self.footnote = footnote
    }
}
