import ClinicalModel
import Formatting

/// The value of a lesion field as used for scoring, with where it came from (traceability:
/// "NIC-AP 17.42 % (derived from IC 2.1 / 12.0 mg/mL)").
public struct LesionFieldValue: Sendable, Hashable {
    /// How the value was obtained.
    public enum Provenance: Sendable, Hashable {
        /// Written in the case file (one number, ROI list or observers).
        case recorded(Measurement)
        /// NIC = 100 · IC_tumour / IC_aorta, because `nic_percent` was absent.
        case derivedNIC(icMgMl: Double, icAortaMgMl: Double)
        /// λ_HU = (CT₄₀ − CT₉₀) / 50, always derived.
        case derivedLambda(ct40keVHU: Double, ct90keVHU: Double)
    }

    /// The field that was read.
    public let field: LesionField
    /// The value used, in the field's unit.
    public let value: Double
    /// Where `value` came from.
    public let provenance: Provenance

    /// Whether the value was computed from other recorded values rather than written directly.
    public var isDerived: Bool {
        if case .recorded = provenance { return false }
        return true
    }

    /// A short phrase for the report, e.g. "derived from IC 2.1 / 12.0 mg/mL",
    /// "mean of 3 ROIs", "mean of 2 observers (6 readings)", or "recorded".
    public var provenanceDescription: String {
        switch provenance {
        case let .recorded(measurement):
            switch measurement.form {
            case .single: return "recorded"
            case .rois: return "mean of \(measurement.readingCount) ROIs"
            case .observers:
                return "mean of \(measurement.observers.count) observers (\(measurement.readingCount) readings)"
            }
        case let .derivedNIC(ic, aorta):
            return "derived from IC \(ReportNumber.measured(ic)) / \(ReportNumber.measured(aorta)) mg/mL"
        case let .derivedLambda(hu40, hu90):
            return "derived from (\(ReportNumber.measured(hu40)) − \(ReportNumber.measured(hu90)) HU) / 50 keV"
        }
    }
}
