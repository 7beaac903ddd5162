/// Why a statistical computation could not be carried out.
///
/// Every case's ``description`` is a complete sentence suitable for a report log or a command-line
/// message.
public enum StatisticsError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A computation needs more observations than it was given.
    case tooFewObservations(what: String, needed: Int, got: Int)
    /// Two parallel arrays (e.g. scores and labels) differ in length.
    case lengthMismatch(what: String, expected: Int, got: Int)
    /// An input contained NaN or an infinity.
    case nonFiniteValue(what: String)
    /// ROC analysis needs both classes present.
    case missingClass(eventCount: Int, nonEventCount: Int)
    /// A probability argument was outside the open or closed unit interval it must lie in.
    case probabilityOutOfRange(Double)
    /// A parameter (degrees of freedom, bandwidth, …) was outside its valid domain.
    case invalidParameter(what: String, value: Double)
    /// The sample has no spread, so a scale-based quantity is undefined.
    case zeroVariance(what: String)
    /// Two ROC curves to be compared were not computed on the same observations.
    case unpairedCurves
    /// A contingency table is malformed (ragged, negative, or with an empty row or column).
    case invalidContingencyTable(reason: String)

    /// A sentence describing the problem.
    public var description: String {
        switch self {
        case let .tooFewObservations(what, needed, got):
            return "The \(what) needs at least \(needed) observation\(needed == 1 ? "" : "s"), but \(got) \(got == 1 ? "was" : "were") given."
        case let .lengthMismatch(what, expected, got):
            return "The \(what) must have the same length: expected \(expected) values, got \(got)."
        case let .nonFiniteValue(what):
            return "The \(what) must all be finite numbers, but NaN or infinity was found."
        case let .missingClass(events, nonEvents):
            return "ROC analysis needs at least one observation of each class, but there \(events == 1 ? "is" : "are") \(events) event and \(nonEvents) non-event observation\(nonEvents == 1 ? "" : "s")."
        case let .probabilityOutOfRange(p):
            return "A probability must lie between 0 and 1, but \(p) was given."
        case let .invalidParameter(what, value):
            return "The \(what) is invalid: \(value)."
        case let .zeroVariance(what):
            return "The \(what) has no spread (all values are equal), so it cannot be computed."
        case .unpairedCurves:
            return "A paired ROC comparison needs both curves computed on the same observations with the same labels."
        case let .invalidContingencyTable(reason):
            return "The contingency table cannot be analysed: \(reason)."
        }
    }
}

extension StatisticsError {
    /// Throws ``nonFiniteValue(what:)`` unless every value is finite.
    static func requireFinite(_ values: [Double], _ what: String) throws {
        guard values.allSatisfy(\.isFinite) else { throw StatisticsError.nonFiniteValue(what: what) }
    }

    /// Throws ``invalidParameter(what:value:)`` unless `value` is finite and positive (degrees of
    /// freedom, a scale, a shape).
    static func requirePositive(_ value: Double, _ what: String) throws {
        guard value > 0, value.isFinite else { throw StatisticsError.invalidParameter(what: what, value: value) }
    }

    /// Throws ``tooFewObservations(what:needed:got:)`` unless `count >= needed`.
    static func requireCount(_ count: Int, atLeast needed: Int, _ what: String) throws {
        guard count >= needed else {
            throw StatisticsError.tooFewObservations(what: what, needed: needed, got: count)
        }
    }
}
