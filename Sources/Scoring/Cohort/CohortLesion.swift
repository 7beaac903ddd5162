import Foundation

/// One lesion of a reference cohort: its outcome and the model's predictors.
///
/// The outcome is binary for the statistics (positive = non-response, NR) but keeps the label the
/// source used (CR, PR, SD, PD, ObR or NR), so a table can say what was recorded.
public struct CohortLesion: Sendable, Hashable {
    /// The binary outcome the nomogram models.
    public enum Outcome: String, Sendable, Hashable, CaseIterable {
        /// Objective response (mRECIST CR or PR): the negative class.
        case objectiveResponse = "ObR"
        /// Non-response (mRECIST SD or PD): the positive class, modelled by the nomogram.
        case nonResponse = "NR"

        /// Whether this is the modelled (positive) class.
        public var isPositive: Bool { self == .nonResponse }
    }

    /// The outcome as recorded in the source: an mRECIST category or the already-binary ObR/NR.
    public enum ResponseLabel: String, Sendable, Hashable, CaseIterable {
        /// mRECIST complete response.
        case completeResponse = "CR"
        /// mRECIST partial response.
        case partialResponse = "PR"
        /// mRECIST stable disease.
        case stableDisease = "SD"
        /// mRECIST progressive disease.
        case progressiveDisease = "PD"
        /// Objective response (CR or PR) recorded without the category.
        case objectiveResponse = "ObR"
        /// Non-response (SD or PD) recorded without the category.
        case nonResponse = "NR"

        /// Reads a label case-insensitively ("obr", "Pd", " NR ").
        /// - Parameter text: The recorded label; surrounding spaces are ignored.
        /// - Returns: The label, or `nil` when the text is none of CR, PR, SD, PD, ObR, NR.
        public init?(recorded text: String) {
            let key = text.trimmingCharacters(in: .whitespaces).lowercased()
            guard let label = Self.allCases.first(where: { $0.rawValue.lowercased() == key }) else { return nil }
            self = label
        }

        /// The binary outcome: CR, PR and ObR are objective response; SD, PD and NR are non-response.
        public var outcome: Outcome {
            switch self {
            case .completeResponse, .partialResponse, .objectiveResponse: .objectiveResponse
            case .stableDisease, .progressiveDisease, .nonResponse: .nonResponse
            }
        }
    }

    /// Machine names of the three predictors, as in the CSV header and `NomogramModel.Predictor.name`.
    public static let predictorNames = ["size_mm", "nic_ap_percent", "ps_ml_min_100g"]

    /// Identifier, unique within its cohort.
    public var id: String
    /// The recorded outcome label.
    public var label: ResponseLabel
    /// Longest diameter on the arterial phase, mm.
    public var sizeMm: Double
    /// Normalized iodine concentration in the arterial phase, %.
    public var nicApPercent: Double
    /// Permeability-surface area product, mL/min/100 g.
    public var psMlMin100g: Double
    /// Further numeric columns of the source, by column name (absent when that cell was empty).
    public var extras: [String: Double]

    /// Creates a lesion.
    /// - Parameters:
    ///   - id: Identifier, unique within the cohort.
    ///   - label: The recorded outcome label; `outcome` derives from it.
    ///   - sizeMm: Longest arterial-phase diameter, mm.
    ///   - nicApPercent: Arterial-phase NIC, %.
    ///   - psMlMin100g: Perfusion PS, mL/min/100 g.
    ///   - extras: Further numeric values by name.
    public init(id: String, label: ResponseLabel, sizeMm: Double, nicApPercent: Double, psMlMin100g: Double,
                extras: [String: Double] = [:]) {
        self.id = id
        self.label = label
        self.sizeMm = sizeMm
        self.nicApPercent = nicApPercent
        self.psMlMin100g = psMlMin100g
        self.extras = extras
    }

    /// The binary outcome (positive = NR).
    public var outcome: Outcome { label.outcome }

    /// A value by its machine name: one of `predictorNames`, else an extra column.
    /// - Parameter name: `size_mm`, `nic_ap_percent`, `ps_ml_min_100g` or an extra column's name.
    /// - Returns: The value, or `nil` when the lesion has no such value.
    public func value(named name: String) -> Double? {
        switch name {
        case "size_mm": sizeMm
        case "nic_ap_percent": nicApPercent
        case "ps_ml_min_100g": psMlMin100g
        default: extras[name]
        }
    }
}
