import ClinicalModel

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
        guard let target else { throw .unknownPath(path, suggestion: Self.suggestion(for: path)) }
        self.path = path
        self.target = target
    }

    /// Every path a predictor may name, in schema order.
    public static let allPaths: [String] = ["size_mm"]
        + Phase.allCases.flatMap { phase in PhaseQuantity.allCases.map { "\(phase.rawValue).\($0.rawValue)" } }
        + PerfusionQuantity.allCases.map { "perfusion.\($0.rawValue)" }

    /// The path.
    public var description: String { path }

    /// The known path closest to `path` by edit distance, when it is close enough to be a typo.
    ///
    /// Levenshtein distance, O(|a|·|b|) per candidate.
    static func suggestion(for path: String) -> String? {
        let best = allPaths.map { ($0, editDistance($0, path)) }.min { $0.1 < $1.1 }
        guard let best, best.1 <= max(2, path.count / 3) else { return nil }
        return best.0
    }

    /// Levenshtein edit distance between two strings, O(|a|·|b|).
    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        var previous = Array(0...b.count)
        for i in 1...max(1, a.count) where !a.isEmpty {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in 1...max(1, b.count) where !b.isEmpty {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return a.isEmpty ? b.count : previous[b.count]
    }
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
