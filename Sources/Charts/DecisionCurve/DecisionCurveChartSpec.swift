import Statistics

/// Exactly what a decision curve shows (Vickers & Elkin 2006): the net benefit of acting on each model's
/// predictions across threshold probabilities, against acting for every lesion (treat all) and for none.
public struct DecisionCurveChartSpec: Sendable, Hashable {
    /// One model's curve.
    public struct Series: Sendable, Hashable {
        /// Model name for the legend.
        public var name: String
        /// Net benefit (y) against threshold probability pₜ in (0, 1) (x), ascending in pₜ.
        public var points: [PlotPoint]
        /// Curve stroke (its marker is not used).
        public var style: SeriesStyle
    }

    /// Figure title, if any.
    public var title: String?
    /// The models, in legend order.
    public var series: [Series]
    /// Net benefit of acting for every lesion (y) against threshold probability (x).
    public var treatAll: [PlotPoint]
    /// Legend texts of the two reference strategies, e.g. "Treat all as NR" and "Treat none".
    public var treatAllLabel: String
    public var treatNoneLabel: String
    /// Horizontal (threshold) and vertical (net benefit) extent of the plot.
    public var thresholdRange: ClosedRange<Double>
    public var netBenefitRange: ClosedRange<Double>
    /// Provenance banner drawn inside the frame (e.g. the synthetic-cohort label), if any.
    public var footnote: String?
}

extension DecisionCurveChartSpec {
    /// Creates a spec whose axes fit the data: thresholds 0–1, net benefit from a fifth of the largest value below
    /// zero (treat-all falls steeply and is cut there) up to the largest value, both rounded outward to nice ticks.
    /// - Parameters:
    ///   - title: Figure title.
    ///   - series: The models.
    ///   - treatAll: Net benefit of treating all.
    ///   - treatAllLabel: Legend text of treat-all.
    ///   - treatNoneLabel: Legend text of treat-none.
    ///   - footnote: Provenance banner.
    public init(title: String? = nil, series: [Series], treatAll: [PlotPoint], treatAllLabel: String, treatNoneLabel: String,
                footnote: String? = nil) {
        let highest = max(0.05, (series.flatMap(\.points) + treatAll).map(\.y).filter(\.isFinite).max() ?? 0)
        let ticks = NiceTicks(lower: -highest / 5, upper: highest, targetCount: 6, loose: true)
        let low = ticks.values.first ?? -highest / 5, high = ticks.values.last ?? highest
        self.init(title: title, series: series, treatAll: treatAll, treatAllLabel: treatAllLabel, treatNoneLabel: treatNoneLabel,
                  thresholdRange: 0...1, netBenefitRange: low...high, footnote: footnote)
    }

    /// The caption: the formula and what the reference lines mean.
    public var notes: [String] {
        ["Net benefit = TP/n − FP/n · pₜ/(1 − pₜ) at threshold probability pₜ (Vickers & Elkin 2006). "
            + "A model is useful where its curve lies above both “\(treatAllLabel)” and “\(treatNoneLabel)” "
            + "(net benefit 0). Curves are cut at the lower edge of the plot."]
    }
}
