import Formatting

/// The single-valued fields of a case file by dotted path, for readers of other sources (a
/// spreadsheet's columns) that name fields that way. Built from `CaseSchema`, so it cannot drift.
public enum CaseFieldPaths {
    /// Where a path starts.
    public enum Level: Sendable {
        /// From the patient document's root: `patient.bclc`, `exam.dose.k_factor`, `treatment.ici`.
        case patientCase
        /// Inside one lesion: `size_mm`, `arterial.nic_percent`, `perfusion.bv`.
        case lesion
    }

    /// Every single-valued field at `level`, in schema order.
    /// - Parameter level: Where the paths start.
    /// - Returns: Dotted paths.
    public static func all(_ level: Level) -> [String] {
        switch level {
        case .patientCase:
            return CaseSchema.patientKeys.map { "patient." + $0 }
                + ["exam.date", "exam.scanner", "exam.software"]
                + CaseSchema.doseKeys.filter { $0 != "series" }.map { "exam.dose." + $0 }
                + CaseSchema.treatmentKeys.map { "treatment." + $0 }
        case .lesion:
            return ["id", "segment", "location", "size_mm", "viable_diameter_mm", "corona_enhancement"]
                + CaseSchema.phaseQuantities.map { "arterial." + $0.key }
                + CaseSchema.phaseQuantities.map { "portal_venous." + $0.key }
                + CaseSchema.perfusionQuantities.map { "perfusion." + $0.key }
        }
    }

    /// Why `path` is not a field at `level`, as a sentence; `nil` when it is one.
    /// - Parameters:
    ///   - path: A dotted path such as `perfusion.bv`.
    ///   - level: Where the path starts.
    /// - Returns: `nil`, or "unknown field …; did you mean …?".
    public static func problem(with path: String, at level: Level) -> String? {
        let known = all(level)
        if known.contains(path) { return nil }
        if let suggestion = KeySuggestion.closest(to: path, among: known) {
            return "\"\(path)\" is not a field of a case file; did you mean \"\(suggestion)\"?"
        }
        return "\"\(path)\" is not a field of a case file (docs/SCHEMA.md lists them)"
    }
}
