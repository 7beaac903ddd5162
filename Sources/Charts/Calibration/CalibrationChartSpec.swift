/// Exactly what a calibration plot shows (TRIPOD; `rms::val.prob` style): for each model, the observed proportion
/// against the mean predicted probability in groups of predicted risk with 95 % intervals, a smoothed calibration
/// curve, and the diagonal of perfect calibration.
public struct CalibrationChartSpec: Sendable, Hashable {
    /// One group of lesions with similar predicted risk.
    public struct Bin: Sendable, Hashable {
        /// Mean predicted probability in the group (x).
        public var meanPredicted: Double
        /// Observed proportion of the positive class (y).
        public var observed: Double
        /// 95 % interval of the observed proportion.
        public var observedLow: Double
        public var observedHigh: Double
        /// Lesions in the group.
        public var count: Int
    }

    /// One model's calibration.
    public struct Series: Sendable, Hashable {
        /// Model name for the legend.
        public var name: String
        /// Legend detail, e.g. "intercept 0.12, slope 0.91".
        public var summary: String
        /// The risk groups, ascending in predicted risk.
        public var bins: [Bin]
        /// The smoothed curve: x is the predicted probability (ascending), y the smoothed observed proportion.
        public var smoothed: [PlotPoint]
        /// Curve stroke and bin marker.
        public var style: SeriesStyle
    }

    /// Figure title, if any.
    public var title: String?
    /// Series in legend order (the first drawn last, on top).
    public var series: [Series]
    /// Class name of the positive outcome, e.g. "NR", for the axis titles.
    public var positiveClass: String
    /// How the groups were formed and what their intervals are, for the caption.
    public var binningNote: String
    /// How the curve was smoothed, for the caption.
    public var smoothingNote: String
    /// Provenance banner drawn inside the frame (e.g. the synthetic-cohort label), if any.
    public var footnote: String?

    /// The caption: what points, whiskers, curves and the diagonal mean.
    public var notes: [String] {
        ["Markers: \(binningNote); whiskers: 95 % interval of the observed proportion. Lines: \(smoothingNote). "
            + "Dotted diagonal: perfect calibration. Axes are clipped to 0–1."]
    }
}
