/// The TACE + lenvatinib + immune checkpoint inhibitor regimen the prediction is about.
public struct Treatment: Sendable, Hashable, Codable {
    /// The checkpoint inhibitor given.
    public enum CheckpointInhibitor: String, Sendable, Codable, CaseIterable { case camrelizumab, sintilimab, other }

    public var taceDate: CalendarDate?
    public var lenvatinibMgPerDay: Double?
    public var ici: CheckpointInhibitor?
    /// Whether TACE + lenvatinib + ICI is the patient's first-line treatment (`nil`: not recorded).
    public var firstLine: Bool?

    public init(taceDate: CalendarDate? = nil, lenvatinibMgPerDay: Double? = nil, ici: CheckpointInhibitor? = nil,
                firstLine: Bool? = nil) {
        self.taceDate = taceDate
        self.lenvatinibMgPerDay = lenvatinibMgPerDay
        self.ici = ici
        self.firstLine = firstLine
    }
}
