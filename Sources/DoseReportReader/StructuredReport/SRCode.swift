/// A coded concept of a structured report: value, scheme and meaning, e.g. (113830, DCM, "Mean CTDIvol").
struct SRCode: Sendable, Hashable, CustomStringConvertible {
    var value: String
    var scheme: String
    var meaning: String

    init(_ value: String, _ scheme: String, _ meaning: String = "") {
        self.value = value
        self.scheme = scheme
        self.meaning = meaning
    }

    /// The first code of a code sequence item.
    init?(_ item: DICOMDataset?) {
        guard let item, let value = item.string(.codeValue) else { return nil }
        self.init(value, item.string(.codingSchemeDesignator) ?? "", item.string(.codeMeaning) ?? "")
    }

    /// Same concept: equal value and scheme (SRT and SCT codes of the same concept are listed where needed).
    func matches(_ other: SRCode) -> Bool { value == other.value && scheme == other.scheme }

    var description: String { "(\(value), \(scheme), \"\(meaning)\")" }

    // TID 10011 "CT Radiation Dose" and its sub-templates (PS3.16).
    static let ctAccumulatedDoseData = SRCode("113811", "DCM", "CT Accumulated Dose Data")
    static let ctDoseLengthProductTotal = SRCode("113813", "DCM", "CT Dose Length Product Total")
    static let ctAcquisition = SRCode("113819", "DCM", "CT Acquisition")
    static let acquisitionProtocol = SRCode("125203", "DCM", "Acquisition Protocol")
    static let ctAcquisitionType = SRCode("113820", "DCM", "CT Acquisition Type")
    static let irradiationEventUID = SRCode("113769", "DCM", "Irradiation Event UID")
    static let ctAcquisitionParameters = SRCode("113822", "DCM", "CT Acquisition Parameters")
    static let scanningLength = SRCode("113825", "DCM", "Scanning Length")
    static let ctDose = SRCode("113829", "DCM", "CT Dose")
    static let meanCTDIvol = SRCode("113830", "DCM", "Mean CTDIvol")
    static let ctdiwPhantomType = SRCode("113835", "DCM", "CTDIw Phantom Type")
    static let dlp = SRCode("113838", "DCM", "DLP")
    static let targetRegion = SRCode("123014", "DCM", "Target Region")
    static let comment = SRCode("121106", "DCM", "Comment")
    static let xRayRadiationDoseReport = SRCode("113701", "DCM", "X-Ray Radiation Dose Report")

    // CID 10013 "CT Acquisition Type".
    static let sequencedAcquisition = SRCode("113804", "DCM", "Sequenced Acquisition")
    static let spiralAcquisition = SRCode("116152004", "SCT", "Spiral Acquisition")
    static let spiralAcquisitionSRT = SRCode("P5-08001", "SRT", "Spiral Acquisition")
    static let constantAngleAcquisition = SRCode("113805", "DCM", "Constant Angle Acquisition")
    static let stationaryAcquisition = SRCode("113806", "DCM", "Stationary Acquisition")
    static let freeAcquisition = SRCode("113807", "DCM", "Free Acquisition")
    static let coneBeamAcquisition = SRCode("702569007", "SCT", "Cone Beam Acquisition")

    // CID 4052 "Phantom Devices".
    static let headPhantom = SRCode("113690", "DCM", "IEC Head Dosimetry Phantom")
    static let bodyPhantom = SRCode("113691", "DCM", "IEC Body Dosimetry Phantom")
}
