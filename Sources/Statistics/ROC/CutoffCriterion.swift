/// How an "optimal" threshold is chosen on a ROC curve (pROC `coords(…, "best", best.method=)`
/// with the default `best.weights = c(1, 0.5)`).
public enum CutoffCriterion: String, Sendable, Hashable, CaseIterable {
    /// Maximize Youden's J = sensitivity + specificity − 1 (pROC `"youden"`).
    case youden
    /// Minimize the squared distance to the top-left corner, (1 − Se)² + (1 − Sp)²
    /// (pROC `"closest.topleft"`).
    case closestToTopLeft

    /// The value to maximize, computed with exactly pROC's floating-point expression so that ties
    /// (and their breaking by rounding) agree with pROC.
    func objective(_ point: ROCPoint) -> Double {
        switch self {
        case .youden:
            return point.sensitivity + point.specificity
        case .closestToTopLeft:
            let a = 1 - point.sensitivity, b = 1 - point.specificity
            return -(a * a + b * b)
        }
    }
}
