/// A measured or recorded quantity: its unit and the range of values that are physically or
/// clinically possible. Values outside the range are errors (not warnings): they cannot be right.
///
/// The bounds are deliberately wide; "unusual but possible" is a warning (the case reader's warnings).
/// A lesion field's quantity is `LesionField.quantity`; the case reader checks every value against it.
public struct Quantity: Sendable, Hashable {
    /// One end of the possible range.
    public struct Bound: Sendable, Hashable {
        /// The bound.
        public var value: Double
        /// Whether the bound itself is possible.
        public var inclusive: Bool

        /// Creates a bound.
        /// - Parameters:
        ///   - value: The bound.
        ///   - inclusive: Whether the bound itself is possible.
        public init(value: Double, inclusive: Bool) {
            self.value = value
            self.inclusive = inclusive
        }
    }

    /// "percent", "mm", "mg/mL"; empty for a pure number.
    public var unitName: String
    /// The symbol printed after a value: "%", "mm"; empty for none.
    public var unitSymbol: String
    /// The lowest possible value, if any.
    public var lower: Bound?
    /// The highest possible value, if any.
    public var upper: Bound?
    /// Name the whole range in errors ("outside the possible range (0, 1]") rather than only the violated end.
    public var statesRange: Bool

    /// Creates a quantity.
    /// - Parameters:
    ///   - unitName: The unit in words ("percent"); empty for a pure number.
    ///   - unitSymbol: The unit printed after a value ("%"); empty for none.
    ///   - lower: The lowest possible value, if any.
    ///   - upper: The highest possible value, if any.
    ///   - statesRange: Name the whole range in errors rather than only the violated end.
    public init(unitName: String, unitSymbol: String, lower: Bound?, upper: Bound?, statesRange: Bool = false) {
        self.unitName = unitName
        self.unitSymbol = unitSymbol
        self.lower = lower
        self.upper = upper
        self.statesRange = statesRange
    }

    /// "a number in percent", "a number".
    public var expectation: String { unitName.isEmpty ? "a number" : "a number in \(unitName)" }

    /// A non-negative quantity with an optional inclusive upper bound.
    public static func nonNegative(_ name: String, _ symbol: String, max: Double? = nil) -> Quantity {
        Quantity(unitName: name, unitSymbol: symbol, lower: Bound(value: 0, inclusive: true),
                 upper: max.map { Bound(value: $0, inclusive: true) })
    }

    /// A strictly positive quantity with an optional inclusive upper bound.
    public static func positive(_ name: String, _ symbol: String, max: Double? = nil) -> Quantity {
        Quantity(unitName: name, unitSymbol: symbol, lower: Bound(value: 0, inclusive: false),
                 upper: max.map { Bound(value: $0, inclusive: true) })
    }

    /// A quantity within an inclusive range [min, max].
    public static func range(_ name: String, _ symbol: String, _ min: Double, _ max: Double) -> Quantity {
        Quantity(unitName: name, unitSymbol: symbol, lower: Bound(value: min, inclusive: true),
                 upper: Bound(value: max, inclusive: true))
    }
}
