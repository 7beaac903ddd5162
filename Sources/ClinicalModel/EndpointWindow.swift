/// When a model's outcome was assessed: a span of days after the first treatment, with a tolerance.
///
/// A prediction is checked against the first evaluation inside the window — not against a later
/// scan, where the course may have changed (a late PD after an early PR is common).
public struct EndpointWindow: Sendable, Hashable, Codable {
    /// First day of the window after the first treatment (day 0 = the first TACE).
    public var firstDay: Int
    /// Last day of the window after the first treatment.
    public var lastDay: Int
    /// Days accepted before `firstDay` and after `lastDay` (scans are rarely on the exact day).
    public var toleranceDays: Int
    /// Where the window comes from, printed next to it.
    public var source: String

    public init(firstDay: Int, lastDay: Int, toleranceDays: Int, source: String) {
        self.firstDay = firstDay
        self.lastDay = lastDay
        self.toleranceDays = toleranceDays
        self.source = source
    }

    /// The earliest day accepted (`firstDay − toleranceDays`).
    public var acceptedFirstDay: Int { firstDay - toleranceDays }
    /// The latest day accepted (`lastDay + toleranceDays`).
    public var acceptedLastDay: Int { lastDay + toleranceDays }

    /// Whether a follow-up `day` days after the first treatment falls inside the window or its tolerance.
    /// - Parameter day: Days after the first treatment.
    /// - Returns: `true` when `acceptedFirstDay ≤ day ≤ acceptedLastDay`.
    public func accepts(day: Int) -> Bool { day >= acceptedFirstDay && day <= acceptedLastDay }
}
