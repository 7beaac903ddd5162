import ClinicalModel

/// The mRECIST assessment of one follow-up time point.
public struct MRECISTTimePoint: Sendable, Hashable {
    /// Follow-up date.
    public let date: CalendarDate
    /// S: sum of target viable diameters now, or `nil` when a target lesion was not measured.
    public let sum: ViableDiameter?
    /// S_bl: sum of baseline viable diameters.
    public let baselineSum: ViableDiameter
    /// S_nadir: smallest sum over the baseline and all evaluable EARLIER time points (this one excluded).
    public let nadirSum: ViableDiameter
    /// 100·(S − S_bl)/S_bl and 100·(S − S_nadir)/S_nadir, when defined.
    public let changeFromBaselinePercent: Double?
    /// 100·(S − S_nadir)/S_nadir, when defined.
    public let changeFromNadirPercent: Double?
    /// Target response (NE when a target lesion was not measured).
    public let target: MRECISTResponse
    /// Non-target status as recorded (`nil`: not recorded, treated as none).
    public let nonTarget: FollowUp.NonTargetStatus?
    /// Whether a new typical lesion appeared.
    public let newLesions: Bool
    /// Overall response from the mRECIST table.
    public let overall: MRECISTResponse
    /// Per-lesion categories (the study's lesion-level outcome), in baseline order.
    public let lesions: [MRECISTLesionResponse]
    /// Sentences the report prints with this time point (not evaluable reasons, assumptions,
    /// where RECIST 1.1's 5 mm rule would differ).
    public let notes: [String]

    /// CR/PR → true, SD/PD → false, NE → nil.
    public var objectiveResponse: Bool? { overall.isObjectiveResponse }

    /// The lesion-level response of `lesionId`.
    /// - Parameter lesionId: A target lesion id.
    /// - Returns: The response, or `nil` for an unknown id.
    public func lesion(_ lesionId: String) -> MRECISTLesionResponse? { lesions.first { $0.lesionId == lesionId } }
}

/// The lesion-level mRECIST category of one target lesion at one time point (the study's unit):
/// CR at 0 mm; PD at ≥ +20 % over the lesion's own nadir; PR at ≤ −30 % from its own baseline;
/// else SD; NE when not measured.
public struct MRECISTLesionResponse: Sendable, Hashable {
    /// The lesion.
    public let lesionId: String
    /// Viable diameter now, or `nil` when not measured.
    public let diameter: ViableDiameter?
    /// Baseline viable diameter and the lesion's nadir before this time point (baseline included).
    public let baseline: ViableDiameter
    /// The lesion's smallest diameter before this time point, baseline included.
    public let nadir: ViableDiameter
    /// Changes in percent, when defined.
    public let changeFromBaselinePercent: Double?
    /// Change from the lesion's nadir, %.
    public let changeFromNadirPercent: Double?
    /// The category.
    public let category: MRECISTResponse
    /// Whether the nomogram's prediction matched: predicted non-response ↔ SD/PD; `nil` when the
    /// lesion was not scored or the category is NE.
    public let predictionMatched: Bool?

    /// Categorises one lesion (exact integer comparisons, inclusive boundaries).
    /// - Parameters:
    ///   - lesionId: The lesion.
    ///   - diameter: Viable diameter now, `nil` when not measured (→ NE).
    ///   - baseline: The lesion's baseline viable diameter.
    ///   - nadir: The lesion's smallest diameter before now, baseline included.
    ///   - predictedNonResponse: The nomogram's prediction for the lesion, if scored.
    public init(lesionId: String, diameter: ViableDiameter?, baseline: ViableDiameter, nadir: ViableDiameter,
                predictedNonResponse: Bool?) {
        self.lesionId = lesionId
        self.diameter = diameter
        self.baseline = baseline
        self.nadir = nadir
        changeFromBaselinePercent = diameter?.percentChange(from: baseline)
        changeFromNadirPercent = diameter?.percentChange(from: nadir)
        if let d = diameter {
            category = MRECISTResponse.target(diameters: [d], baseline: baseline, nadir: nadir)
        } else {
            category = .ne
        }
        if let predicted = predictedNonResponse, let objective = category.isObjectiveResponse {
            predictionMatched = predicted == !objective
        } else {
            predictionMatched = nil
        }
    }
}
