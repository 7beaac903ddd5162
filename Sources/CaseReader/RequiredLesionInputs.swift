import ClinicalModel
import Formatting

/// The lesion values a prediction model needs; a lesion without one of them is an error.
///
/// Fields are `LesionField` paths, as in `NomogramModel.Predictor.field`: `size_mm`,
/// `arterial.nic_percent`, `perfusion.ps`. A derived quantity is satisfied by the recorded ones it is
/// derived from (`LesionField.PhaseQuantity.derivedFrom`): `<phase>.nic_percent` also by `ic_mg_ml`
/// together with `ic_aorta_mg_ml`, `<phase>.lambda_hu` only by `ct_40kev_hu` together with `ct_90kev_hu`.
public struct RequiredLesionInputs: Sendable, Hashable {
    /// Lesion field paths that must be present.
    public let fields: [String]

    /// The published model's inputs (Zhang et al., Table 5): size, NIC-AP and PS.
    public static let publishedModel = RequiredLesionInputs(uncheckedFields: ["size_mm", "arterial.nic_percent", "perfusion.ps"])

    /// Lesion field paths a model can require: `LesionField.allPaths`.
    public static let knownFields: [String] = LesionField.allPaths

    /// Requires `fields`.
    /// - Parameter fields: Lesion field paths, e.g. `["size_mm", "perfusion.bf"]`.
    /// - Throws: `UnknownLesionFieldError` when a path is not a `LesionField`.
    public init(fields: [String]) throws(UnknownLesionFieldError) {
        for field in fields where (try? LesionField(path: field)) == nil {
            throw UnknownLesionFieldError(field: field, suggestion: KeySuggestion.closest(to: field, among: Self.knownFields))
        }
        self.fields = fields
    }

    /// Requires every predictor field of `model`.
    /// - Parameter model: A nomogram whose `Predictor.field`s are lesion field paths.
    /// - Throws: `UnknownLesionFieldError` for a predictor whose field a case file cannot hold.
    public init(model: NomogramModel) throws(UnknownLesionFieldError) {
        try self.init(fields: model.predictors.map(\.field))
    }

    private init(uncheckedFields: [String]) { fields = uncheckedFields }
}

/// A model asks for a lesion field that case files of schema 1 do not have.
public struct UnknownLesionFieldError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The field path as given.
    public var field: String
    /// The closest known field, if any.
    public var suggestion: String?

    /// Creates the error.
    /// - Parameters:
    ///   - field: The unknown field path.
    ///   - suggestion: The closest known field, if any.
    public init(field: String, suggestion: String?) {
        self.field = field
        self.suggestion = suggestion
    }

    /// A sentence naming the field and the closest known one.
    public var description: String {
        "the model input \"\(field)\" is not a lesion field of the case file"
            + (suggestion.map { "; did you mean \"\($0)\"?" } ?? "; known fields are \(RequiredLesionInputs.knownFields.joined(separator: ", "))")
    }
}
