/// Exactly what a violin figure shows: one panel per variable comparing the outcome groups (paper, Figure 4),
/// with the patient's lesions marked. Independent of the statistics types.
public struct ViolinChartSpec: Sendable, Hashable {
    /// One outcome group in a panel.
    public struct Group: Sendable, Hashable {
        /// Group name, e.g. "ObR".
        public var name: String
        /// Number of observations.
        public var n: Int
        /// Density evaluation points, ascending.
        public var grid: [Double]
        /// Kernel density at each grid point.
        public var density: [Double]
        /// First quartile of the data.
        public var q1: Double
        /// Median of the data.
        public var median: Double
        /// Third quartile of the data.
        public var q3: Double
        /// Smallest observation (the violin is trimmed here).
        public var min: Double
        /// Largest observation (the violin is trimmed here).
        public var max: Double
        /// Fill, hatching and outline.
        public var style: SeriesStyle
    }

    /// One of the patient's values in a panel.
    public struct Marker: Sendable, Hashable {
        /// Short tag, e.g. "L1".
        public var tag: String
        /// The value.
        public var value: Double
        /// Lesion position (selects the marker shape).
        public var lesionIndex: Int
    }

    /// One variable.
    public struct Panel: Sendable, Hashable {
        /// Variable label, e.g. "Size".
        public var label: String
        /// Unit, e.g. "mm" (may be empty).
        public var unit: String
        /// The groups, left to right (negative class first).
        public var groups: [Group]
        /// Test result as printed, e.g. "p < 0.001".
        public var pValueText: String
        /// The patient's values.
        public var markers: [Marker]
        /// Whether the quantity cannot be negative (the axis and violins then never go below 0).
        public var nonNegative: Bool

        /// "Label (unit)", or the label alone.
        public var title: String { unit.isEmpty ? label : "\(label) (\(unit))" }
    }

    /// Figure title, if any.
    public var title: String?
    /// The panels, in reading order.
    public var panels: [Panel]
    /// Bandwidth rule for the caption, e.g. "Scott's rule".
    public var bandwidthRule: String
    /// Name of the test behind the p-values, for the caption.
    public var testName: String = "two-sided Mann–Whitney U test"
    /// Full names of the lesions, by lesion index, for the legend.
    public var lesionNames: [String] = []
    /// Provenance banner drawn inside the frame (e.g. the synthetic-cohort label), if any.
    public var footnote: String?

    /// The caption: density method with the bandwidth rule, what the lines mean, and the test.
    public var notes: [String] {
        ["Gaussian kernel density (bandwidth: \(bandwidthRule)), trimmed to the observed range; equal-area scaling within a panel. "
         + "Solid line: median; dashed lines: first and third quartiles, from the data."
         + (panels.contains { !$0.pValueText.isEmpty } ? " p: \(testName)." : " No p-value is shown for a synthetic reconstruction.")]
    }
}
