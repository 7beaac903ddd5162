import ClinicalModel

/// Everything computed for one case: per-lesion nomogram scores (or per-lesion errors), the dose
/// summary, mRECIST for every follow-up, and all warnings. The unit the report and the CLI consume.
public struct CaseScore: Sendable {
    /// The outcome of scoring one lesion.
    public struct LesionResult: Sendable {
        /// The lesion as read.
        public let lesion: Lesion
        /// 0-based position in the case file (for key paths like `lesions[1]`).
        public let index: Int
        /// The score, or why the lesion could not be scored.
        public let outcome: Result<NomogramScore, LesionScoringError>

        /// The lesion's id.
        public var lesionId: String { lesion.id }
        /// The score when the lesion could be scored.
        public var score: NomogramScore? { try? outcome.get() }
        /// The error when it could not.
        public var error: LesionScoringError? {
            if case let .failure(error) = outcome { return error }
            return nil
        }
    }

    /// The case as read.
    public let patientCase: PatientCase
    /// The model used.
    public let model: NomogramModel
    /// The model's nomogram geometry (for drawing).
    public let scale: NomogramScale
    /// One result per lesion, in case order.
    public let lesions: [LesionResult]
    /// The dose summary, or `nil` when the case has no dose record.
    public let dose: DoseSummary?
    /// mRECIST for every follow-up, or `nil` when there is no follow-up yet.
    public let mrecist: MRECISTAssessment?
    /// Each lesion's outcome at the model's endpoint window (always present; lesions without a
    /// follow-up inside the window say why).
    public let endpoint: EndpointAssessment
    /// Whether the case lies inside the model's study population (warnings, never refusals).
    public let applicability: ApplicabilityCheck
    /// Extrapolation warnings of the model, keyed to lesion fields.
    public let modelWarnings: [InputWarning]

    /// Scores a case. Lesions that cannot be scored get an error; the others are still scored.
    /// O(lesions · p + follow-ups · lesions).
    /// - Parameters:
    ///   - patientCase: The case.
    ///   - model: The model (default: the published Zhang et al. model).
    public init(case patientCase: PatientCase, model: NomogramModel = .zhang2025) {
        self.patientCase = patientCase
        self.model = model
        let scale = NomogramScale(model: model)
        self.scale = scale
        let lesions = patientCase.lesions.enumerated().map { index, lesion in
            LesionResult(lesion: lesion, index: index,
                         outcome: Result { () throws(LesionScoringError) -> NomogramScore in
                             try NomogramScore(lesion: lesion, model: model, scale: scale)
                         })
        }
        self.lesions = lesions
        modelWarnings = lesions.flatMap { r in (r.score?.warnings ?? []).map { $0.inputWarning(lesionIndex: r.index) } }
        dose = patientCase.exam?.dose.map(DoseSummary.init(record:))
        applicability = ApplicabilityCheck(case: patientCase, population: model.studyPopulation)
        // Lesion-level agreement is defined for models of non-response (positive class "NR").
        var predicted: [String: Bool] = [:]
        if model.positiveClass.uppercased() == "NR" {
            for r in lesions { if let s = r.score { predicted[r.lesionId] = s.predictedPositive } }
        }
        let mrecist = patientCase.followUps.isEmpty ? nil : MRECISTAssessment(case: patientCase, predictedNonResponse: predicted)
        self.mrecist = mrecist
        endpoint = EndpointAssessment(case: patientCase, mrecist: mrecist, window: model.endpointWindow,
                                      predictedNonResponse: predicted)
    }

    /// `patient.id`.
    public var patientId: String { patientCase.patient.id }
    /// Where the case came from.
    public var source: String { patientCase.source }
    /// Warnings found while reading the case.
    public var readWarnings: [InputWarning] { patientCase.readWarnings }
    /// Read warnings followed by model warnings.
    public var warnings: [InputWarning] { patientCase.readWarnings + modelWarnings }
    /// The latest mRECIST time point, if any.
    public var latestTimePoint: MRECISTTimePoint? { mrecist?.latest }
    /// The lesions that could not be scored.
    public var lesionErrors: [LesionScoringError] { lesions.compactMap(\.error) }
}
