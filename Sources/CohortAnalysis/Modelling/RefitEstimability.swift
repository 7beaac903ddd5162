/// Whether a cohort has enough events to refit a logistic model by stepwise selection: events per
/// candidate predictor (EPV) — the predictors entering the backward selection, after the
/// multicollinearity step; the less frequent outcome counted as the events — against a stated
/// minimum of 10 (Peduzzi P, Concato J, Kemper E, Holford TR, Feinstein AR. A simulation study of
/// the number of events per variable in logistic regression analysis. J Clin Epidemiol
/// 1996;49:1373–1379: below 10, coefficients are biased and their confidence intervals unreliable).
public struct RefitEstimability: Sendable, Hashable, Codable {
    /// The stated minimum of events per candidate predictor.
    public static let minimumEventsPerCandidate = 10.0
    /// The source of the minimum, printed with it.
    public static let source = "Peduzzi et al., J Clin Epidemiol 1996"

    /// Lesions in the less frequent outcome class among the lesions used for modelling.
    public let events: Int
    /// Candidate predictors entering the backward selection (after VIF).
    public let candidates: Int
    /// events / candidates.
    public let eventsPerCandidate: Double
    /// The minimum applied.
    public let minimum: Double
    /// Whether the refit (and its bootstrap) is estimated.
    public let isEstimable: Bool

    /// - Parameters:
    ///   - positives: Lesions of the positive class used for modelling.
    ///   - negatives: Lesions of the negative class used for modelling.
    ///   - candidates: Candidate predictors (at least 1).
    ///   - minimum: The minimum events per candidate (default 10).
    public init(positives: Int, negatives: Int, candidates: Int, minimum: Double = Self.minimumEventsPerCandidate) {
        events = min(positives, negatives)
        self.candidates = candidates
        eventsPerCandidate = Double(events) / Double(max(candidates, 1))
        self.minimum = minimum
        isEstimable = eventsPerCandidate >= minimum
    }

    /// The sentence printed when the refit is not estimable, e.g. "5 events (the less frequent
    /// outcome) for 3 candidate predictors: 1.7 per candidate, below the minimum of 10 (…)".
    public var reason: String {
        let epv = (eventsPerCandidate * 10).rounded() / 10
        return "\(events) events (lesions of the less frequent outcome) for \(candidates) candidate predictor\(candidates == 1 ? "" : "s"): "
            + "\(epv) per candidate, below the minimum of \((minimum * 10).rounded() / 10) (\(Self.source)); a model selected and fitted on so few "
            + "events would be unstable and its performance overstated, so the refit, its bootstrap and its comparison with "
            + "the validated model are not estimated. Collect at least \(Int((minimum * Double(candidates)).rounded(.up))) lesions of each outcome"
            + (candidates > 1 ? ", or name fewer candidates with --predictors." : ".")
    }
}
