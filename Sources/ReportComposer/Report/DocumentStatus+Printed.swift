import ClinicalModel

extension DocumentStatus {
    /// What the page header prints: "Preliminary — not signed off" or "Final".
    public var printedLabel: String {
        switch self {
        case .preliminary: return "Preliminary — not signed off"
        case .final: return "Final"
        }
    }
}
