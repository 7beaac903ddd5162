import ClinicalModel
import Formatting

/// How the case reader words a value against its `Quantity`.
extension Quantity {
    /// `written` with the unit symbol: "250 %", "3.2".
    func withUnit(_ written: String) -> String { unitSymbol.isEmpty ? written : "\(written) \(unitSymbol)" }

    /// The sentence for a value outside the range, or `nil` when the value is possible.
    func rangeViolation(_ value: Double, written: String) -> String? {
        let belowLower = lower.map { value < $0.value || (!$0.inclusive && value == $0.value) } ?? false
        let aboveUpper = upper.map { value > $0.value || (!$0.inclusive && value == $0.value) } ?? false
        guard belowLower || aboveUpper else { return nil }
        let found = "found \(withUnit(written))"
        let lowerIsZero = lower?.value == 0
        if belowLower, let lower, lowerIsZero, !statesRange {
            return lower.inclusive ? "\(found), but it cannot be negative" : "\(found), but it must be greater than \(withUnit("0"))"
        }
        if aboveUpper, let upper, lowerIsZero || lower == nil, !statesRange {
            return "\(found), above the possible maximum of \(withUnit(ReportNumber.limit(upper.value)))"
        }
        return "\(found), outside the possible range \(rangeText)"
    }

    /// "5–20", "(0, 1] mSv/(mGy·cm)".
    var rangeText: String {
        guard let lower, let upper else { return "" }
        let text = lower.inclusive && upper.inclusive
            ? "\(ReportNumber.limit(lower.value))–\(ReportNumber.limit(upper.value))"
            : "\(lower.inclusive ? "[" : "(")\(ReportNumber.limit(lower.value)), \(ReportNumber.limit(upper.value))\(upper.inclusive ? "]" : ")")"
        return withUnit(text)
    }
}
