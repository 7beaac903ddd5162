/// A measured or recorded quantity: its unit and the range of values that are physically or
/// clinically possible. Values outside the range are errors (not warnings): they cannot be right.
///
/// The bounds are deliberately wide; "unusual but possible" is a warning (see `CaseDecoder+Warnings`).
struct Quantity: Sendable {
    /// One end of the possible range.
    struct Bound: Sendable {
        var value: Double
        var inclusive: Bool
    }

    /// "percent", "mm", "mg/mL"; empty for a pure number.
    var unitName: String
    /// The symbol printed after a value: "%", "mm"; empty for none.
    var unitSymbol: String
    var lower: Bound?
    var upper: Bound?
    /// Name the whole range in errors ("outside the possible range (0, 1]") rather than only the violated end.
    var statesRange = false

    /// "a number in percent", "a number".
    var expectation: String { unitName.isEmpty ? "a number" : "a number in \(unitName)" }

    /// A non-negative quantity with an optional inclusive upper bound.
    static func nonNegative(_ name: String, _ symbol: String, max: Double? = nil) -> Quantity {
        Quantity(unitName: name, unitSymbol: symbol, lower: Bound(value: 0, inclusive: true),
                 upper: max.map { Bound(value: $0, inclusive: true) })
    }

    /// A strictly positive quantity with an optional inclusive upper bound.
    static func positive(_ name: String, _ symbol: String, max: Double? = nil) -> Quantity {
        Quantity(unitName: name, unitSymbol: symbol, lower: Bound(value: 0, inclusive: false),
                 upper: max.map { Bound(value: $0, inclusive: true) })
    }

    /// A quantity within an inclusive range [min, max].
    static func range(_ name: String, _ symbol: String, _ min: Double, _ max: Double) -> Quantity {
        Quantity(unitName: name, unitSymbol: symbol, lower: Bound(value: min, inclusive: true),
                 upper: Bound(value: max, inclusive: true))
    }

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
            return "\(found), above the possible maximum of \(withUnit(Self.format(upper.value)))"
        }
        return "\(found), outside the possible range \(rangeText)"
    }

    /// "5–20", "(0, 1] mSv/(mGy·cm)".
    var rangeText: String {
        guard let lower, let upper else { return "" }
        let text = lower.inclusive && upper.inclusive
            ? "\(Self.format(lower.value))–\(Self.format(upper.value))"
            : "\(lower.inclusive ? "[" : "(")\(Self.format(lower.value)), \(Self.format(upper.value))\(upper.inclusive ? "]" : ")")"
        return withUnit(text)
    }

    /// Shortest decimal text of a bound: 200, 0.5, 3071.
    static func format(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }
}
