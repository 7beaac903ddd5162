import ClinicalModel

/// A lesion that cannot be scored; the case's other lesions are still scored.
public enum LesionScoringError: Error, Sendable, Hashable, CustomStringConvertible {
    /// A predictor's field path is not a lesion field (only possible for models built in code).
    case unknownField(lesionId: String, predictor: String, LesionFieldError)
    /// The lesion lacks these model inputs (neither recorded nor derivable).
    case missingInputs(lesionId: String, [NomogramModel.Predictor])

    /// The lesion's id.
    public var lesionId: String {
        switch self {
        case let .unknownField(id, _, _), let .missingInputs(id, _): id
        }
    }

    /// A sentence naming the lesion and each missing input with its case-file field.
    public var description: String {
        switch self {
        case let .unknownField(id, predictor, error):
            return "Lesion \(id) cannot be scored: the model's predictor \(predictor) reads an unknown field. \(error.description)"
        case let .missingInputs(id, predictors):
            let names = predictors.map { p -> String in
                let hint = p.field.hasSuffix(".nic_percent")
                    ? ", or ic_mg_ml and ic_aorta_mg_ml to derive it" : ""
                return "\(p.label) (\(p.field), \(p.unit)\(hint))"
            }
            let list = names.count == 1 ? names[0] : names.dropLast().joined(separator: ", ") + " and " + names.last!
            return "Lesion \(id) cannot be scored: the model needs \(list), which \(names.count == 1 ? "is" : "are") not recorded."
        }
    }
}
