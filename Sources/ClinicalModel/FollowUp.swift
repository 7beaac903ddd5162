/// One follow-up imaging time point assessed with mRECIST.
public struct FollowUp: Sendable, Hashable, Codable {
    /// Status of the non-target lesions at this time point.
    public enum NonTargetStatus: String, Sendable, Codable, CaseIterable {
        /// There are no non-target lesions.
        case none
        /// Arterial enhancement has disappeared in all non-target lesions.
        case cr
        /// Incomplete response / stable disease: enhancement persists in at least one.
        case nonCRNonPD = "non_cr_non_pd"
        /// Unequivocal progression of non-target lesions.
        case pd
    }

    /// Viable diameter of one target lesion at this time point.
    public struct TargetMeasurement: Sendable, Hashable, Codable {
        /// The `Lesion.id` this measurement belongs to.
        public var lesionId: String
        /// Longest diameter of the arterially enhancing tumour, mm; 0 means no enhancement left.
        public var viableDiameterMm: Double

        public init(lesionId: String, viableDiameterMm: Double) {
            self.lesionId = lesionId
            self.viableDiameterMm = viableDiameterMm
        }
    }

    public var date: CalendarDate
    public var lesions: [TargetMeasurement]
    public var nonTarget: NonTargetStatus?
    public var newLesions: Bool

    public init(date: CalendarDate, lesions: [TargetMeasurement], nonTarget: NonTargetStatus? = nil, newLesions: Bool = false) {
        self.date = date
        self.lesions = lesions
        self.nonTarget = nonTarget
        self.newLesions = newLesions
    }
}
