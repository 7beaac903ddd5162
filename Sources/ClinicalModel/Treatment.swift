/// The TACE + lenvatinib + immune checkpoint inhibitor regimen the prediction is about.
public struct Treatment: Sendable, Hashable, Codable {
    /// The checkpoint inhibitor given.
    public enum CheckpointInhibitor: String, Sendable, Codable, CaseIterable { case camrelizumab, sintilimab, other }

    public var taceDate: CalendarDate?
    public var lenvatinibMgPerDay: Double?
    public var ici: CheckpointInhibitor?

    public init(taceDate: CalendarDate? = nil, lenvatinibMgPerDay: Double? = nil, ici: CheckpointInhibitor? = nil) {
        self.taceDate = taceDate
        self.lenvatinibMgPerDay = lenvatinibMgPerDay
        self.ici = ici
    }
}
