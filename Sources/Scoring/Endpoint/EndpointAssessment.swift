import ClinicalModel

/// Each lesion's outcome at the model's own endpoint: the first follow-up inside the endpoint window
/// (days after the first TACE, with the model's tolerance) at which the lesion was measured, its
/// lesion-level mRECIST category there, and whether the prediction matched.
///
/// Rules, stated precisely:
/// - Day 0 is `treatment.tace_date`; without it the CT exam date, and `notes` says so (the exam
///   precedes TACE, so days after treatment are then overstated by that gap).
/// - A lesion is assessed at the earliest follow-up with `acceptedFirstDay ≤ day ≤ acceptedLastDay`
///   whose lesion-level category is not NE. Later scans never change the result.
/// - Otherwise: "not measured at the follow-up inside the window" when a follow-up inside the window
///   left the lesion unmeasured; "no follow-up inside the window" when a follow-up after the window
///   exists (the window has passed); else "not yet assessable".
/// - `matched` compares predicted non-response with SD/PD; only for models whose positive class is NR.
/// O(T·L) for T follow-ups and L lesions.
public struct EndpointAssessment: Sendable, Hashable {
    /// The date counted as day 0.
    public enum Anchor: Sendable, Hashable {
        /// `treatment.tace_date`, the first TACE.
        case firstTACE(CalendarDate)
        /// The CT exam date, used because no TACE date was recorded.
        case examDate(CalendarDate)

        /// The date.
        public var date: CalendarDate {
            switch self {
            case let .firstTACE(d), let .examDate(d): d
            }
        }
    }

    /// Why a lesion has no endpoint result.
    public enum Unassessed: Sendable, Hashable {
        /// No follow-up reached past the window yet (or none at all).
        case notYetAssessable
        /// The window has passed without a follow-up inside it.
        case noFollowUpInWindow
        /// Follow-up inside the window did not measure the lesion.
        case notMeasuredInWindow
        /// No endpoint can be determined: no window in the model, no date to count from, or the
        /// lesion is not a target lesion.
        case undetermined(reason: String)

        /// The words printed for this status.
        public var text: String {
            switch self {
            case .notYetAssessable: "not yet assessable"
            case .noFollowUpInWindow: "no follow-up inside the window"
            case .notMeasuredInWindow: "not measured at the follow-up inside the window"
            case let .undetermined(reason): "not determined: \(reason)"
            }
        }

        /// The machine word written as `endpoint_status` in JSON.
        public var code: String {
            switch self {
            case .notYetAssessable: "not_yet_assessable"
            case .noFollowUpInWindow: "no_followup_in_window"
            case .notMeasuredInWindow: "not_measured_in_window"
            case .undetermined: "not_determined"
            }
        }
    }

    /// The follow-up that decided a lesion's endpoint.
    public struct Result: Sendable, Hashable {
        /// Follow-up date.
        public let date: CalendarDate
        /// Days after day 0.
        public let daysAfterTreatment: Int
        /// The lesion-level mRECIST category there (never NE).
        public let category: MRECISTResponse
        /// Whether the prediction matched; `nil` when the lesion was not scored or the model is not a
        /// model of non-response.
        public let matched: Bool?

        /// Weeks after day 0 (days / 7).
        public var weeksAfterTreatment: Double { Double(daysAfterTreatment) / 7 }
    }

    /// One lesion's endpoint.
    public struct LesionEndpoint: Sendable, Hashable {
        /// The lesion.
        public let lesionId: String
        /// The result, or why there is none.
        public let outcome: Swift.Result<Result, UnassessedError>

        /// The result when assessed.
        public var result: Result? { try? outcome.get() }
        /// Why not assessed, when not.
        public var unassessed: Unassessed? {
            if case let .failure(e) = outcome { return e.status }
            return nil
        }
    }

    /// `Unassessed` as an `Error`, so it can sit in a `Result`.
    public struct UnassessedError: Error, Sendable, Hashable {
        /// The status.
        public let status: Unassessed
    }

    /// The model's window, or `nil` when it states none.
    public let window: EndpointWindow?
    /// Day 0, or `nil` when neither a TACE date nor an exam date is recorded.
    public let anchor: Anchor?
    /// One entry per lesion of the case, in case order.
    public let lesions: [LesionEndpoint]
    /// Sentences printed with the endpoint check (fallback to the exam date).
    public let notes: [String]

    /// Finds each lesion's endpoint.
    /// - Parameters:
    ///   - patientCase: The case (treatment and exam dates, lesions).
    ///   - mrecist: Its mRECIST assessment, `nil` without follow-up.
    ///   - window: The model's endpoint window.
    ///   - predictedNonResponse: The prediction per lesion id (true = NR), when the model predicts NR.
    public init(case patientCase: PatientCase, mrecist: MRECISTAssessment?, window: EndpointWindow?,
                predictedNonResponse: [String: Bool]) {
        self.window = window
        var notes: [String] = []
        if let tace = patientCase.treatment?.taceDate {
            anchor = .firstTACE(tace)
        } else if let exam = patientCase.exam?.date {
            anchor = .examDate(exam)
            notes.append("No TACE date recorded (treatment.tace_date): days are counted from the CT exam on \(exam), "
                         + "which precedes the first TACE, so they overstate the time since treatment.")
        } else {
            anchor = nil
        }
        self.notes = notes
        let targets = Set(mrecist?.baselines.map(\.lesionId) ?? patientCase.lesions.map(\.id))
        lesions = patientCase.lesions.map { lesion in
            LesionEndpoint(lesionId: lesion.id, outcome: Self.endpoint(
                of: lesion.id, isTarget: targets.contains(lesion.id), mrecist: mrecist, window: window,
                anchor: patientCase.treatment?.taceDate ?? patientCase.exam?.date,
                predicted: predictedNonResponse[lesion.id]))
        }
    }

    /// The endpoint of one lesion (see the type's rules).
    private static func endpoint(of id: String, isTarget: Bool, mrecist: MRECISTAssessment?, window: EndpointWindow?,
                                 anchor: CalendarDate?, predicted: Bool?) -> Swift.Result<Result, UnassessedError> {
        func fail(_ s: Unassessed) -> Swift.Result<Result, UnassessedError> { .failure(UnassessedError(status: s)) }
        guard let window else { return fail(.undetermined(reason: "the model states no endpoint window")) }
        guard let anchor else { return fail(.undetermined(reason: "neither a TACE date nor an exam date is recorded")) }
        guard isTarget else { return fail(.undetermined(reason: "not a target lesion (no baseline diameter)")) }
        var windowPassed = false, unmeasuredInWindow = false
        for tp in mrecist?.timePoints ?? [] {
            let day = anchor.days(until: tp.date)
            if day > window.acceptedLastDay { windowPassed = true; break }
            guard window.accepts(day: day) else { continue }
            unmeasuredInWindow = true
            guard let lesion = tp.lesion(id), let objective = lesion.category.isObjectiveResponse else { continue }
            return .success(Result(date: tp.date, daysAfterTreatment: day, category: lesion.category,
                                   matched: predicted.map { $0 == !objective }))
        }
        if unmeasuredInWindow { return fail(.notMeasuredInWindow) }
        return fail(windowPassed ? .noFollowUpInWindow : .notYetAssessable)
    }

    /// The endpoint of `lesionId`, if it is a lesion of the case.
    public func lesion(_ lesionId: String) -> LesionEndpoint? { lesions.first { $0.lesionId == lesionId } }
}
