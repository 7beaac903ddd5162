import Formatting

/// A case-file field path inside a lesion that a model predictor reads, e.g. `size_mm`,
/// `arterial.nic_percent`, `arterial.lambda_hu` (derived) or `perfusion.ps`.
///
/// Paths use the case-file vocabulary (docs/SCHEMA.md) so that a model file can name them; every path
/// is checked when the model is loaded, not when the first lesion is scored.
public struct LesionField: Sendable, Hashable, CustomStringConvertible {
    /// The contrast phase of a dual-energy measurement.
    public enum Phase: String, Sendable, Hashable, CaseIterable {
        case arterial
        case portalVenous = "portal_venous"
    }

    /// A dual-energy quantity of one phase; `lambdaHU` is always derived from the 40/90 keV values.
    public enum PhaseQuantity: String, Sendable, Hashable, CaseIterable {
        case icMgMl = "ic_mg_ml"
        case icAortaMgMl = "ic_aorta_mg_ml"
        case nicPercent = "nic_percent"
        case zeff
        case ct40keVHU = "ct_40kev_hu"
        case ct90keVHU = "ct_90kev_hu"
        case lambdaHU = "lambda_hu"

        /// The name printed in messages, e.g. `NIC`.
        public var symbol: String {
            switch self {
            case .icMgMl: "IC"
            case .icAortaMgMl: "aortic IC"
            case .nicPercent: "NIC"
            case .zeff: "Zeff"
            case .ct40keVHU: "CT number at 40 keV"
            case .ct90keVHU: "CT number at 90 keV"
            case .lambdaHU: "λHU"
            }
        }

        /// Whether a case file records the quantity itself; λHU is only ever derived.
        public var isRecorded: Bool { self != .lambdaHU }

        /// The recorded quantities this one is derived from when the case file does not give it: NIC
        /// from the tumour and aortic iodine (`PhaseMeasurements.nicPercentFromIodine`), λHU from the 40
        /// and 90 keV CT numbers (`PhaseMeasurements.lambdaHUFromSpectrum`); empty for the others.
        public var derivedFrom: [PhaseQuantity] {
            switch self {
            case .nicPercent: [.icMgMl, .icAortaMgMl]
            case .lambdaHU: [.ct40keVHU, .ct90keVHU]
            default: []
            }
        }
    }

    /// A perfusion CT parameter.
    public enum PerfusionQuantity: String, Sendable, Hashable, CaseIterable {
        case ps, bv, bf, habf, mtt, ttp, tmax
    }

    /// What the path points at.
    public enum Target: Sendable, Hashable {
        /// `size_mm`, the longest arterial-phase diameter.
        case size
        /// `<phase>.<quantity>`.
        case phase(Phase, PhaseQuantity)
        /// `perfusion.<quantity>`.
        case perfusion(PerfusionQuantity)
    }

    /// The path as written, e.g. `arterial.nic_percent`.
    public let path: String
    /// The parsed target.
    public let target: Target

    /// Parses a field path.
    /// - Parameter path: A path such as `size_mm`, `arterial.nic_percent` or `perfusion.ps`.
    /// - Throws: `LesionFieldError.unknownPath` when the path names no lesion quantity.
    public init(path: String) throws(LesionFieldError) {
        let parts = path.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        let target: Target?
        switch parts.count {
        case 1 where parts[0] == "size_mm":
            target = .size
        case 2 where parts[0] == "perfusion":
            target = PerfusionQuantity(rawValue: parts[1]).map(Target.perfusion)
        case 2:
            if let phase = Phase(rawValue: parts[0]), let quantity = PhaseQuantity(rawValue: parts[1]) {
                target = .phase(phase, quantity)
            } else {
                target = nil
            }
        default:
            target = nil
        }
        guard let target else { throw .unknownPath(path, suggestion: KeySuggestion.closest(to: path, among: Self.allPaths)) }
        self.path = path
        self.target = target
    }

    /// Every path a predictor may name, in schema order.
    public static let allPaths: [String] = ["size_mm"]
        + Phase.allCases.flatMap { phase in PhaseQuantity.allCases.map { "\(phase.rawValue).\($0.rawValue)" } }
        + PerfusionQuantity.allCases.map { "perfusion.\($0.rawValue)" }

    /// The path.
    public var description: String { path }
}

/// A predictor names a lesion field that does not exist.
public enum LesionFieldError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The path is not one of `LesionField.allPaths`; `suggestion` is the closest known path.
    case unknownPath(String, suggestion: String?)

    /// A sentence naming the path and, when there is one, the likely intended path.
    public var description: String {
        switch self {
        case let .unknownPath(path, suggestion):
            let hint = suggestion.map { " Did you mean \"\($0)\"?" } ?? ""
            return "\"\(path)\" is not a lesion field a predictor can read.\(hint)"
        }
    }
}
