import ClinicalModel
import Formatting

/// Something about a scored lesion the report must print next to the prediction.
public enum ScoringWarning: Sendable, Hashable, CustomStringConvertible {
    /// Which side of the axis an out-of-range value lies on.
    public enum Direction: String, Sendable, Hashable {
        case below, above
    }

    /// A model input lies outside its nomogram axis (the scale the model file draws; the paper
    /// published no minimum or maximum of its development data): the point is extrapolated.
    case extrapolation(lesionId: String, predictor: NomogramModel.Predictor, value: Double, direction: Direction)

    /// The lesion the warning concerns.
    public var lesionId: String {
        switch self { case let .extrapolation(id, _, _, _): id }
    }

    /// A sentence naming the value, the axis range and the direction.
    public var description: String {
        switch self {
        case let .extrapolation(id, p, value, direction):
            return "Lesion \(id): \(p.label) \(ReportNumber.measured(value)) \(p.unit) lies \(direction.rawValue) the nomogram's axis "
                + "(\(ReportNumber.measured(p.axisMin))–\(ReportNumber.measured(p.axisMax)) \(p.unit)); "
                + "its point is extrapolated beyond the drawn scale."
        }
    }

    /// The warning as an `InputWarning` keyed to the lesion field, e.g. `lesions[1].size_mm`.
    /// - Parameter lesionIndex: 0-based index of the lesion in the case file.
    /// - Returns: The warning.
    public func inputWarning(lesionIndex: Int) -> InputWarning {
        switch self {
        case let .extrapolation(_, p, _, _):
            InputWarning(keyPath: "lesions[\(lesionIndex)].\(p.field)", message: description)
        }
    }
}
