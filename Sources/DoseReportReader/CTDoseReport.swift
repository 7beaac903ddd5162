import ClinicalModel

/// What a CT Radiation Dose SR (TID 10011) says: whose exam, when, and each irradiation event.
public struct CTDoseReport: Sendable, Hashable {
    /// One irradiation event (TID 10013 "CT Irradiation Event Data").
    public struct IrradiationEvent: Sendable, Hashable {
        /// 1-based position in the report.
        public var number: Int
        /// Acquisition Protocol (125203), as the scanner wrote it.
        public var acquisitionProtocol: String?
        /// CT Acquisition Type (113820): its code meaning, e.g. "Spiral Acquisition".
        public var acquisitionType: String?
        /// The acquisition type's code value, e.g. 113806 for Stationary Acquisition.
        public var acquisitionTypeCode: String?
        /// Mean CTDIvol (113830), mGy.
        public var meanCTDIvolMGy: Double?
        /// DLP (113838), mGy·cm.
        public var dlpMGyCm: Double?
        /// CTDIw Phantom Type (113835) as a diameter: 16 (head) or 32 cm (body).
        public var phantomCm: Int?
        /// Scanning Length (113825), cm.
        public var scanningLengthCm: Double?
    }

    public var patientID: String
    public var patientBirthDate: CalendarDate?
    public var studyDate: CalendarDate?
    public var manufacturer: String?
    public var model: String?
    public var events: [IrradiationEvent]
    /// CT Dose Length Product Total (113813), mGy·cm.
    public var accumulatedDLPMGyCm: Double?
}
