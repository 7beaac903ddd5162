/// Exactly what the response-over-time figure shows: the viable-tumour diameter of each target lesion
/// and their sum at every scan, against weeks since the first treatment; the mRECIST limits (−30 %
/// from the baseline sum, +20 % over the nadir before each scan); the nadir; the category of every
/// follow-up with new lesions and non-target progression; and the model's endpoint window.
///
/// The values are those of the case's mRECIST assessment (`Scoring/MRECIST`); the chart derives none of
/// them. Lines join consecutive scans that measured a lesion only: a scan that missed it breaks the line.
public struct ResponseChartSpec: Sendable, Hashable {
    /// One measured value at one scan.
    public struct Reading: Sendable, Hashable {
        /// Weeks after day 0 (negative for the baseline exam before the first TACE).
        public var weeks: Double
        /// Viable diameter (or sum of diameters), mm.
        public var millimetres: Double
        /// The mRECIST category at this scan (lesion level for a lesion, target response for the sum);
        /// `nil` at baseline.
        public var category: String?
    }

    /// One line: a target lesion's viable diameter, or the sum of all target lesions.
    public struct Series: Sendable, Hashable {
        /// Short name, e.g. "L1" or "Sum".
        public var tag: String
        /// Legend text.
        public var label: String
        /// Runs of readings joined by a line; a scan that did not measure the lesion ends a run.
        public var runs: [[Reading]]
        /// Line style and marker.
        public var style: SeriesStyle

        /// Every reading, in time order.
        public var readings: [Reading] { runs.flatMap { $0 } }
    }

    /// One follow-up scan: its time, overall category and the PD limit it was judged against.
    public struct Scan: Sendable, Hashable {
        /// Weeks after day 0.
        public var weeks: Double
        /// Days after day 0.
        public var days: Int
        /// Overall mRECIST response (CR, PR, SD, PD or NE).
        public var category: String
        /// Whether a new lesion was recorded.
        public var newLesions: Bool
        /// Whether non-target lesions progressed.
        public var nonTargetProgression: Bool
        /// 1.2 × the nadir of the sum before this scan, mm (the PD limit for this scan).
        public var progressionLimitMm: Double

        /// The label above the scan, e.g. "PD (new lesion)".
        public var label: String {
            var marks: [String] = []
            if newLesions { marks.append("new lesion") }
            if nonTargetProgression { marks.append("non-target PD") }
            return marks.isEmpty ? category : "\(category) (\(marks.joined(separator: ", ")))"
        }
    }

    /// The endpoint window in weeks after day 0.
    public struct Window: Sendable, Hashable {
        /// The window proper (e.g. days 61–90), weeks.
        public var weeks: ClosedRange<Double>
        /// The window with its tolerance (e.g. days 54–97), weeks.
        public var acceptedWeeks: ClosedRange<Double>
        /// Legend text, e.g. "Endpoint window, days 61–90 (± 7 days hatched)".
        public var label: String
    }

    /// Figure title, if any.
    public var title: String?
    /// The x axis title, e.g. "Weeks since the first TACE (2025-03-03)".
    public var timeAxisTitle: String
    /// One series per target lesion, in case order.
    public var lesions: [Series]
    /// The sum of the target lesions; `nil` with a single target lesion (the sum is that lesion).
    public var sum: Series?
    /// The follow-up scans in date order.
    public var scans: [Scan]
    /// 0.7 × the baseline sum, mm (a partial response at or below it).
    public var responseLimitMm: Double
    /// The smallest sum so far (baseline included), where it occurred.
    public var nadir: Reading
    /// The model's endpoint window, if it states one.
    public var window: Window?
    /// Caption: where every line comes from.
    public var notes: [String]
    /// Provenance banner, if any.
    public var footnote: String?

    /// The series the mRECIST limits apply to: the sum, or the only lesion.
    public var targetSeries: Series? { sum ?? (lesions.count == 1 ? lesions.first : nil) }

    /// Every series, the sum last (drawn on top).
    public var allSeries: [Series] { lesions + (sum.map { [$0] } ?? []) }
}
