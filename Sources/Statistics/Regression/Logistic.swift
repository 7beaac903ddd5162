/// The logistic function and its inverse, computed without overflow or cancellation: the one
/// used for nomogram probabilities, model validation and the refit.
public enum Logistic {
    /// expit(lp) = 1 / (1 + e^(−lp)), evaluated as e^lp / (1 + e^lp) for negative lp so that no
    /// intermediate overflows and small probabilities keep full relative precision. O(1).
    /// - Parameter linearPredictor: Log-odds.
    /// - Returns: Probability in [0, 1].
    public static func probability(_ linearPredictor: Double) -> Double {
        if linearPredictor >= 0 {
            return 1 / (1 + Math.exp(-linearPredictor))
        }
        let e = Math.exp(linearPredictor)
        return e / (1 + e)
    }

    /// logit(p) = ln(p / (1 − p)).
    /// - Parameter probability: p in (0, 1).
    /// - Returns: Log-odds (±∞ at 0 and 1).
    public static func logit(_ probability: Double) -> Double {
        Math.log(probability) - Math.log1p(-probability)
    }
}
