/// Which end of the score scale indicates the event class in a ROC analysis.
///
/// Always explicit: an automatic choice (pROC's `direction = "auto"`) would silently flip an
/// AUC below ½ into one above ½.
public enum ROCDirection: String, Sendable, Hashable, CaseIterable {
    /// Higher scores indicate the event class (pROC `direction = "<"`, controls < cases).
    case higherScoreIndicatesEvent
    /// Lower scores indicate the event class (pROC `direction = ">"`).
    case lowerScoreIndicatesEvent

    /// The opposite direction.
    public var reversed: ROCDirection {
        self == .higherScoreIndicatesEvent ? .lowerScoreIndicatesEvent : .higherScoreIndicatesEvent
    }

    /// The score mapped so that larger always means "more event-like" (identity or negation).
    func oriented(_ score: Double) -> Double {
        self == .higherScoreIndicatesEvent ? score : -score
    }
}
