/// The pre-treatment CT examination (low-dose dual-energy + perfusion CT in the study).
public struct Exam: Sendable, Hashable, Codable {
    public var date: CalendarDate?
    /// Scanner make and model; DECT/PCT values are vendor-dependent, so reports print it.
    public var scanner: String?
    /// Post-processing software and version.
    public var software: String?
    public var dose: DoseRecord?
    /// The CT study's Study Instance UID, so that documents about it are filed with it in PACS.
    public var studyInstanceUID: DICOMUID?
    /// The accession number the RIS gave the exam (at most 16 characters, as in DICOM).
    public var accessionNumber: String?
    /// The physician who referred the patient for the exam, as written ("Family, Given").
    public var referringPhysician: String?

    public init(date: CalendarDate? = nil, scanner: String? = nil, software: String? = nil, dose: DoseRecord? = nil,
                studyInstanceUID: DICOMUID? = nil, accessionNumber: String? = nil, referringPhysician: String? = nil) {
        self.date = date
        self.scanner = scanner
        self.software = software
        self.dose = dose
        self.studyInstanceUID = studyInstanceUID
        self.accessionNumber = accessionNumber
        self.referringPhysician = referringPhysician
    }
}

/// Scanner-reported dose metrics of an exam, one entry per acquired series.
public struct DoseRecord: Sendable, Hashable, Codable {
    /// The adult abdomen conversion coefficient, mSv/(mGy·cm) (AAPM Report 96; ICRP).
    public static let abdomenKFactor = 0.015

    /// Conversion coefficient k in E = DLP × k, mSv/(mGy·cm).
    public var kFactor: Double
    /// Whether `kFactor` was written in the case file (false: the default was applied).
    public var kFactorGiven: Bool
    public var series: [DoseSeries]
    /// The scanner's dose report (DICOM RDSR) the series come from, as the case names it or as it
    /// was found; `nil` when the series were typed.
    public var doseReport: String?
    /// The SHA-256 (lower-case hex) of the dose report's bytes the series were read from; `nil`
    /// when the series were typed.
    public var doseReportDigest: String?

    public init(kFactor: Double? = nil, series: [DoseSeries], doseReport: String? = nil, doseReportDigest: String? = nil) {
        self.kFactor = kFactor ?? Self.abdomenKFactor
        self.kFactorGiven = kFactor != nil
        self.series = series
        self.doseReport = doseReport
        self.doseReportDigest = doseReportDigest
    }
}

/// One acquired CT series with its scanner output metrics.
public struct DoseSeries: Sendable, Hashable, Codable {
    /// What the series was acquired for.
    public enum Kind: String, Sendable, Codable, CaseIterable {
        /// Non-contrast or conventional single-energy series.
        case plain
        /// Dynamic perfusion acquisition.
        case perfusion
        /// Dual-energy (e.g. rapid kVp switching) series.
        case dualEnergy = "dual_energy"
        /// Localizer (topogram, scout): a constant-angle acquisition for planning.
        case localizer
        /// Bolus tracking (monitoring scans at one position until the contrast arrives).
        case bolusTracking = "bolus_tracking"

        /// Whether the series is a diagnostic acquisition (not a localizer or bolus-tracking scan).
        public var isDiagnostic: Bool { self == .plain || self == .perfusion || self == .dualEnergy }
    }

    public var name: String
    public var kind: Kind
    /// Volume CT dose index, mGy; reported per series, never summed.
    public var ctdiVolMGy: Double?
    /// Diameter of the CTDI phantom, 16 or 32 cm.
    public var phantomCm: Int?
    /// Dose-length product, mGy·cm.
    public var dlpMGyCm: Double
    public var scanLengthCm: Double?

    public init(name: String, kind: Kind, ctdiVolMGy: Double? = nil, phantomCm: Int? = nil,
                dlpMGyCm: Double, scanLengthCm: Double? = nil) {
        self.name = name
        self.kind = kind
        self.ctdiVolMGy = ctdiVolMGy
        self.phantomCm = phantomCm
        self.dlpMGyCm = dlpMGyCm
        self.scanLengthCm = scanLengthCm
    }
}
