/// Exactly what a nomogram figure shows, as plain values (R rms `nomogram` layout, regplot-style patient overlay).
///
/// Predictor values map to points by the linear map `points = offset + slope · x` (docs/DOMAIN.md §6; the slope
/// is negative for a negative coefficient, so that axis reads right to left). The Points axis runs 0–100;
/// the Total points axis and the axes below it (linear predictor, probability) share one total-points scale.
/// Independent of the scoring types, so charts can be tested with hand-made specs.
public struct NomogramChartSpec: Sendable, Hashable {
    /// A labelled tick: its value and where it sits (in points for predictor and Points axes, in total points
    /// for the Total points, linear-predictor and probability axes). An empty label draws a minor tick.
    /// A probability tick's value is the probability and its position the total points where the linear
    /// predictor equals logit(value).
    public struct Tick: Sendable, Hashable {
        /// The axis value.
        public var value: Double
        /// Its printed label ("" for a minor tick).
        public var label: String
        /// Where it sits on the points or total-points scale.
        public var position: Double
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

        /// Points of predictor value `x` (extrapolated outside the axis range).
        /// - Parameter x: Predictor value.
        /// - Returns: `offset + slope · x`.
        public func points(_ x: Double) -> Double { offset + slope * x }

        /// "Label (unit)", or the label alone when the unit is empty.
        public var title: String { unit.isEmpty ? label : "\(label) (\(unit))" }
    }

    /// The optional linear-predictor axis (ticks positioned in total points).
    public struct LinearPredictorAxis: Sendable, Hashable {
        /// Row label, e.g. "Linear predictor".
        public var label: String
        public var ticks: [Tick]
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
    public var probabilityTicks: [Tick]
    /// Requested probability ticks that fall outside `totalPointsRange` (listed in the caption).
    public var omittedProbabilityTicks: [Tick] = []
    /// The optional linear-predictor axis.
    public var linearPredictor: LinearPredictorAxis?
    /// The patient's lesions (at most a few; each gets its own marker shape).
    public var lesions: [Lesion] = []
    /// Name of the modelled outcome in read-outs, e.g. "P(NR)".
    public var probabilitySymbol: String = "P"
    /// Provenance banner drawn inside the frame (e.g. the synthetic-cohort label), if any.
    public var footnote: String?
}
