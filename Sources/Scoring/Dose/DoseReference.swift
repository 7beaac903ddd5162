import Formatting

/// A published dose value the exam is compared with, with its citation.
public struct DoseReference: Sendable, Hashable {
    /// What the reference is, e.g. "LD-DE&PCT total effective dose (study mean ± SD)".
    public let label: String
    /// The quantity compared.
    public let quantity: Quantity
    /// Central or reference value (mean, or DRL).
    public let value: Double
    /// Standard deviation when the reference is a mean ± SD.
    public let standardDeviation: Double?
    /// Upper end when the reference is a range (e.g. 32–45 mSv).
    public let upperValue: Double?
    /// Unit as printed.
    public let unit: String
    /// Source.
    public let citation: String
    /// A caveat printed with any comparison against it.
    public let caveat: String?

    /// The dose quantity a reference describes.
    public enum Quantity: String, Sendable, Hashable {
        case totalEffectiveDose = "total_effective_dose"
        case perfusionEffectiveDose = "perfusion_effective_dose"
        case examDLP = "exam_dlp"
        case seriesCTDIvol = "series_ctdi_vol"
    }

    private static let paper = "Zhang et al., Dual-energy CT biomarkers for predicting the efficacy of TACE "
        + "combined with lenvatinib and immune checkpoint inhibitors in unresectable HCC"
    private static let foley = "Foley SJ et al., Br J Radiol 2012 (Irish national DRLs)"
    private static let drlCaveat = "A diagnostic reference level describes a typical multiphase abdominal exam across "
        + "patients, not one patient's dose, and it excludes perfusion (no DRL exists for CT perfusion): it is shown for "
        + "orientation beside the non-perfusion series only."

    /// Study total LD-DE&PCT effective dose, 19.02 ± 5.39 mSv.
    public static let paperTotal = DoseReference(
        label: "LD-DE&PCT total effective dose in the source study (mean ± SD)", quantity: .totalEffectiveDose,
        value: 19.02, standardDeviation: 5.39, upperValue: nil, unit: "mSv", citation: paper, caveat: nil)
    /// Study perfusion part, 15.55 ± 4.64 mSv.
    public static let paperPerfusion = DoseReference(
        label: "Perfusion part in the source study (mean ± SD)", quantity: .perfusionEffectiveDose,
        value: 15.55, standardDeviation: 4.64, upperValue: nil, unit: "mSv", citation: paper, caveat: nil)
    /// Earlier liver perfusion protocols, 32–45 mSv (as cited by the source study).
    public static let earlierPerfusionProtocols = DoseReference(
        label: "Earlier liver perfusion CT protocols", quantity: .perfusionEffectiveDose,
        value: 32, standardDeviation: nil, upperValue: 45, unit: "mSv", citation: paper + " (as cited there)",
        caveat: nil)
    /// Multiphase abdomen DRL for exam DLP, 1120 mGy·cm (set beside the non-perfusion series' DLP).
    public static let multiphaseAbdomenDLP = DoseReference(
        label: "DRL multiphase abdomen CT, DLP per exam (for orientation)", quantity: .examDLP, value: 1120, standardDeviation: nil,
        upperValue: nil, unit: "mGy·cm", citation: foley, caveat: drlCaveat)
    /// Multiphase abdomen DRL for CTDIvol, 13 mGy (32 cm phantom).
    public static let multiphaseAbdomenCTDIvol = DoseReference(
        label: "DRL multiphase abdomen CT, CTDIvol per series (32 cm phantom; for orientation)", quantity: .seriesCTDIvol, value: 13,
        standardDeviation: nil, upperValue: nil, unit: "mGy", citation: foley, caveat: drlCaveat)

    /// Whether this is a diagnostic reference level (a single value describing typical exams across
    /// patients): shown for orientation, never as a verdict on one patient.
    public var isReferenceLevel: Bool { standardDeviation == nil && upperValue == nil }

    /// All references, in the order a report lists them.
    public static let all: [DoseReference] = [paperTotal, paperPerfusion, earlierPerfusionProtocols,
                                              multiphaseAbdomenDLP, multiphaseAbdomenCTDIvol]

    /// The reference value as printed: "19.02 ± 5.39 mSv", "32.0–45.0 mSv" or "1120.0 mGy·cm".
    public var valueText: String {
        if let sd = standardDeviation { return "\(ReportNumber.measured(value)) ± \(ReportNumber.measured(sd)) \(unit)" }
        if let upper = upperValue { return "\(ReportNumber.measured(value))–\(ReportNumber.measured(upper)) \(unit)" }
        return "\(ReportNumber.measured(value)) \(unit)"
    }
}
