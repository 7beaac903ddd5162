import ClinicalModel
import Formatting

/// The dose summary of one exam: effective dose per series (E = DLP × k), CTDIvol per series with
/// its phantom (never summed), totals by kind, and comparisons with published values.
///
/// k defaults to the adult-abdomen 0.015 mSv/(mGy·cm) (AAPM Report 96, ICRP). There is no
/// liver-specific k and k-factors underestimate the dose of narrow-beam perfusion scans, so the
/// perfusion part is an estimate (`caveats`). O(series).
public struct DoseSummary: Sendable, Hashable {
    /// One series with its effective dose.
    public struct Series: Sendable, Hashable {
        /// The series as recorded.
        public let series: DoseSeries
        /// DLP × k, mSv.
        public let effectiveDoseMSv: Double

        /// Name as recorded.
        public var name: String { series.name }
        /// Kind of acquisition.
        public var kind: DoseSeries.Kind { series.kind }
    }

    /// A statement comparing this exam with a reference value.
    public struct Comparison: Sendable, Hashable {
        /// How the measured value relates to the reference.
        public enum Relation: String, Sendable, Hashable {
            case below, within, above
            /// A diagnostic reference level: shown for orientation, no verdict.
            case forOrientation = "for_orientation"
        }

        /// The reference.
        public let reference: DoseReference
        /// What was compared (e.g. the exam DLP, or a series' CTDIvol).
        public let subject: String
        /// The measured value in the reference's unit.
        public let value: Double
        /// below/within/above: for mean ± SD "within" means inside mean ± 2 SD; for a range, inside
        /// it; a DRL (single value) gives no verdict (`forOrientation`).
        public let relation: Relation

        /// A sentence for the report, including the reference's caveat.
        public var statement: String {
            let ref = reference
            let target = ref.valueText
            let verb: String
            switch (relation, ref.standardDeviation != nil) {
            case (.within, true): verb = "is within 2 SD of"
            case (.within, false): verb = "is within"
            case (.above, _): verb = "is above"
            case (.below, _): verb = "is below"
            case (.forOrientation, _): verb = "is shown for orientation beside"
            }
            let caveat = ref.caveat.map { " \($0)" } ?? ""
            return "\(subject) \(ReportNumber.measured(value)) \(ref.unit) \(verb) \(ref.label.lowercasedFirst) (\(target); \(ref.citation)).\(caveat)"
        }
    }

    /// The caption and caveats every dose table carries.
    public static let caveats = [
        "Dose values represent scanner output metrics and not patient absorbed dose.",
        "Effective dose is estimated as DLP × k with an adult-abdomen k; there is no liver-specific k, and "
            + "k-factors underestimate the dose of narrow-beam perfusion scans, so the perfusion share is an estimate.",
        "CTDIvol is reported per series and never added across series.",
    ]

    /// k in mSv/(mGy·cm).
    public let kFactor: Double
    /// Whether k was the default (not written in the case file).
    public let kFactorIsDefault: Bool
    /// The scanner's dose report the series were read from (`nil`: typed in the case).
    public let doseReport: String?
    /// SHA-256 (lower-case hex) of that dose report's bytes (`nil`: typed in the case).
    public let doseReportDigest: String?
    /// Series in recorded order.
    public let series: [Series]
    /// Σ DLP, mGy·cm.
    public let totalDLPMGyCm: Double
    /// Σ effective dose, mSv.
    public let totalEffectiveDoseMSv: Double
    /// Σ DLP and effective dose of the perfusion series.
    public let perfusionDLPMGyCm: Double
    /// Σ effective dose of the perfusion series, mSv (an estimate: see `caveats`).
    public let perfusionEffectiveDoseMSv: Double
    /// Σ DLP and effective dose of the dual-energy series.
    public let dualEnergyDLPMGyCm: Double
    /// Σ effective dose of the dual-energy series, mSv.
    public let dualEnergyEffectiveDoseMSv: Double
    /// Σ DLP and effective dose of the plain series.
    public let plainDLPMGyCm: Double
    /// Σ effective dose of the plain series, mSv.
    public let plainEffectiveDoseMSv: Double
    /// Perfusion effective dose as % of the total, or `nil` when the total is 0.
    public let perfusionSharePercent: Double?
    /// Comparisons with `DoseReference.all`.
    public let comparisons: [Comparison]

    /// Summarises a dose record.
    /// - Parameter record: The exam's dose record.
    public init(record: DoseRecord) {
        let k = record.kFactor
        kFactor = k
        kFactorIsDefault = !record.kFactorGiven
        doseReport = record.doseReport
        doseReportDigest = record.doseReportDigest
        series = record.series.map { Series(series: $0, effectiveDoseMSv: $0.dlpMGyCm * k) }
        func dlp(_ kind: DoseSeries.Kind?) -> Double {
            record.series.filter { kind == nil || $0.kind == kind }.reduce(0) { $0 + $1.dlpMGyCm }
        }
        totalDLPMGyCm = dlp(nil)
        perfusionDLPMGyCm = dlp(.perfusion)
        dualEnergyDLPMGyCm = dlp(.dualEnergy)
        plainDLPMGyCm = dlp(.plain)
        totalEffectiveDoseMSv = totalDLPMGyCm * k
        perfusionEffectiveDoseMSv = perfusionDLPMGyCm * k
        dualEnergyEffectiveDoseMSv = dualEnergyDLPMGyCm * k
        plainEffectiveDoseMSv = plainDLPMGyCm * k
        perfusionSharePercent = totalDLPMGyCm > 0 ? 100 * perfusionDLPMGyCm / totalDLPMGyCm : nil

        // The study's figures measured the whole LD-DE&PCT exam and its perfusion part; the DRL
        // describes a multiphase abdominal exam without perfusion, so it is set beside the
        // non-perfusion series only (per-series CTDIvol against it: `referenceLevel(for:)`).
        var comparisons = [Self.compare(.paperTotal, "Total effective dose", totalEffectiveDoseMSv)]
        if perfusionDLPMGyCm > 0 {
            comparisons += [Self.compare(.paperPerfusion, "Perfusion effective dose", perfusionEffectiveDoseMSv),
                            Self.compare(.earlierPerfusionProtocols, "Perfusion effective dose", perfusionEffectiveDoseMSv)]
        }
        let multiphaseDLP = plainDLPMGyCm + dualEnergyDLPMGyCm
        if multiphaseDLP > 0 {
            comparisons.append(Self.compare(.multiphaseAbdomenDLP, "DLP of the non-perfusion series", multiphaseDLP))
        }
        self.comparisons = comparisons
    }

    /// The DRL a series is set beside for orientation: the multiphase-abdomen CTDIvol DRL for a
    /// non-perfusion diagnostic series on the 32 cm phantom; `nil` for perfusion (no DRL exists),
    /// localizers and bolus tracking, or a 16 cm value.
    /// - Parameter series: One series of this exam.
    /// - Returns: The reference, or `nil`.
    public static func referenceLevel(for series: DoseSeries) -> DoseReference? {
        series.kind.isDiagnostic && series.kind != .perfusion && (series.phantomCm ?? 32) == 32 ? .multiphaseAbdomenCTDIvol : nil
    }

    /// Classifies `value` against a reference (see `Comparison.relation`).
    static func compare(_ ref: DoseReference, _ subject: String, _ value: Double) -> Comparison {
        let relation: Comparison.Relation
        if let sd = ref.standardDeviation {
            relation = value < ref.value - 2 * sd ? .below : value > ref.value + 2 * sd ? .above : .within
        } else if let upper = ref.upperValue {
            relation = value < ref.value ? .below : value > upper ? .above : .within
        } else {
            relation = .forOrientation
        }
        return Comparison(reference: ref, subject: subject, value: value, relation: relation)
    }
}
