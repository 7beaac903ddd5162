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

        /// Creates a bin.
        /// - Parameters:
        ///   - meanPredicted: Mean predicted probability.
        ///   - observed: Observed proportion.
        ///   - observedLow: Lower 95 % bound of the observed proportion.
        ///   - observedHigh: Upper 95 % bound.
        ///   - count: Lesions in the group.
        public init(meanPredicted: Double, observed: Double, observedLow: Double, observedHigh: Double, count: Int) {
            self.meanPredicted = meanPredicted
            self.observed = observed
            self.observedLow = observedLow
            self.observedHigh = observedHigh
            self.count = count
        }
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

        /// Creates a series.
        /// - Parameters:
        ///   - name: Model name.
        ///   - summary: Legend detail.
        ///   - bins: Risk groups.
        ///   - smoothed: Smoothed curve.
        ///   - style: Stroke and marker.
        public init(name: String, summary: String, bins: [Bin], smoothed: [PlotPoint], style: SeriesStyle) {
            self.name = name
            self.summary = summary
            self.bins = bins
            self.smoothed = smoothed
            self.style = style
        }
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

    /// Creates a spec.
    /// - Parameters:
    ///   - title: Figure title.
    ///   - series: One per model.
    ///   - positiveClass: Positive class name.
    ///   - binningNote: Caption text for the points and whiskers.
    ///   - smoothingNote: Caption text for the curves.
    ///   - footnote: Provenance banner.
    public init(title: String? = nil, series: [Series], positiveClass: String, binningNote: String, smoothingNote: String,
                footnote: String? = nil) {
        self.title = title
        self.series = series
        self.positiveClass = positiveClass
        self.binningNote = binningNote
        self.smoothingNote = smoothingNote
        self.footnote = footnote
    }

    /// The caption: what points, whiskers, curves and the diagonal mean.
    public var notes: [String] {
        ["Markers: \(binningNote); whiskers: 95 % interval of the observed proportion. Lines: \(smoothingNote). "
            + "Dotted diagonal: perfect calibration. Axes are clipped to 0–1."]
    }
}
