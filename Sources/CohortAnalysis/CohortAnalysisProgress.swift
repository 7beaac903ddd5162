/// Where a running analysis is, for a progress line.
public struct CohortAnalysisProgress: Sendable, Hashable {
    /// The stage.
    public enum Stage: String, Sendable, Hashable {
        case groupComparisons = "group comparisons"
        case modelSelection = "model selection"
        case validation = "validation"
        case bootstrap = "bootstrap"
    }

    public let stage: Stage
    /// Units done and in total within the stage (resamples for the bootstrap; 1 of 1 otherwise).
    public let completed: Int
    public let total: Int
}
