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

        /// Creates a group.
        /// - Parameters:
        ///   - name: Group name.
        ///   - n: Number of observations.
        ///   - grid: Density grid.
        ///   - density: Density values.
        ///   - q1: First quartile.
        ///   - median: Median.
        ///   - q3: Third quartile.
        ///   - min: Minimum.
        ///   - max: Maximum.
        ///   - style: Drawing style.
        public init(name: String, n: Int, grid: [Double], density: [Double], q1: Double, median: Double,
                    q3: Double, min: Double, max: Double, style: SeriesStyle) {
            self.name = name
            self.n = n
            self.grid = grid
            self.density = density
            self.q1 = q1
            self.median = median
            self.q3 = q3
            self.min = min
            self.max = max
            self.style = style
        }
    }

    /// One of the patient's values in a panel.
    public struct Marker: Sendable, Hashable {
        /// Short tag, e.g. "L1".
        public var tag: String
        /// The value.
        public var value: Double
        /// Lesion position (selects the marker shape).
        public var lesionIndex: Int

        /// Creates a marker.
        /// - Parameters:
        ///   - tag: Short tag.
        ///   - value: The value.
        ///   - lesionIndex: Lesion position.
        public init(tag: String, value: Double, lesionIndex: Int) {
            self.tag = tag
            self.value = value
            self.lesionIndex = lesionIndex
        }
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

        /// Creates a panel.
        /// - Parameters:
        ///   - label: Variable label.
        ///   - unit: Unit.
        ///   - groups: Groups.
        ///   - pValueText: Printed p-value.
        ///   - markers: Patient values.
        ///   - nonNegative: Whether values are ≥ 0.
        public init(label: String, unit: String, groups: [Group], pValueText: String, markers: [Marker], nonNegative: Bool) {
            self.label = label
            self.unit = unit
            self.groups = groups
            self.pValueText = pValueText
            self.markers = markers
            self.nonNegative = nonNegative
        }

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
    public var testName: String
    /// Full names of the lesions, by lesion index, for the legend.
    public var lesionNames: [String]
    /// Provenance banner drawn inside the frame (e.g. the synthetic-cohort label), if any.
    public var footnote: String?

    /// Creates a spec.
    /// - Parameters:
    ///   - title: Figure title.
    ///   - panels: Panels.
    ///   - bandwidthRule: Bandwidth rule name.
    ///   - testName: Test name.
    ///   - lesionNames: Lesion names by index.
    ///   - footnote: Provenance banner.
    public init(title: String? = nil, panels: [Panel], bandwidthRule: String, testName: String = "two-sided Mann–Whitney U test",
                lesionNames: [String] = [], footnote: String? = nil) {
        self.title = title
        self.panels = panels
        self.bandwidthRule = bandwidthRule
        self.testName = testName
        self.lesionNames = lesionNames
        self.footnote = footnote
    }

    /// The caption: density method with the bandwidth rule, what the lines mean, and the test.
    public var notes: [String] {
        ["Gaussian kernel density (bandwidth: \(bandwidthRule)), trimmed to the observed range; equal-area scaling within a panel. "
         + "Solid line: median; dashed lines: first and third quartiles, from the data."
         + (panels.contains { !$0.pValueText.isEmpty } ? " p: \(testName)." : " No p-value is shown for a synthetic reconstruction.")]
    }
}
