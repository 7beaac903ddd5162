import ClinicalModel

/// An mRECIST response category (Lencioni & Llovet 2010), or NE when it cannot be evaluated.
public enum MRECISTResponse: String, Sendable, Hashable, Codable, CaseIterable {
    /// Complete response: no arterial enhancement left.
    case cr = "CR"
    /// Partial response: ≥ 30 % decrease from baseline.
    case pr = "PR"
    /// Stable disease.
    case sd = "SD"
    /// Progressive disease: ≥ 20 % increase over the nadir (or non-target PD / new lesion).
    case pd = "PD"
    /// Not evaluable (e.g. a target lesion was not measured).
    case ne = "NE"

    /// Objective response (CR or PR) → `true`; non-response (SD or PD) → `false`; NE → `nil`.
    public var isObjectiveResponse: Bool? {
        switch self {
        case .cr, .pr: true
        case .sd, .pd: false
        case .ne: nil
        }
    }

    /// The target-lesion response (docs/DOMAIN.md §5, evaluated in this order): CR when every target
    /// lesion has no enhancement; PD when S ≥ 1.2·S_nadir; PR when S ≤ 0.7·S_bl; else SD. There is
    /// no 5 mm absolute rule (RECIST 1.1 has one; mRECIST does not). Exact integer arithmetic.
    /// - Parameters:
    ///   - diameters: Viable diameters of all target lesions now.
    ///   - baseline: S_bl.
    ///   - nadir: S_nadir (smallest sum before now, baseline included).
    /// - Returns: CR, PD, PR or SD.
    public static func target(diameters: [ViableDiameter], baseline: ViableDiameter, nadir: ViableDiameter) -> MRECISTResponse {
        let sum = diameters.reduce(.zero, +)
        if diameters.allSatisfy(\.isZero) { return .cr }
        if sum.isAtLeast120Percent(of: nadir) { return .pd }
        if sum.isAtMost70Percent(of: baseline) { return .pr }
        return .sd
    }

    /// The overall response from the mRECIST table (docs/DOMAIN.md §5): PD when the target response is
    /// PD, the non-target status is PD or there is a new lesion; otherwise target CR with non-target
    /// CR/none → CR, target CR with non-target IR/SD → PR, target PR → PR, target SD → SD, target
    /// NE → NE. A missing non-target status counts as "no non-target lesions".
    /// - Parameters:
    ///   - target: Target response.
    ///   - nonTarget: Non-target status, if recorded.
    ///   - newLesions: Whether a new typical lesion ≥ 1 cm appeared.
    /// - Returns: The overall response.
    public static func overall(target: MRECISTResponse, nonTarget: FollowUp.NonTargetStatus?, newLesions: Bool) -> MRECISTResponse {
        if target == .pd || nonTarget == .pd || newLesions { return .pd }
        switch target {
        case .cr: return nonTarget == .nonCRNonPD ? .pr : .cr
        case .pr, .sd, .ne, .pd: return target
        }
    }
}
