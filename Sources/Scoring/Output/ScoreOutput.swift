import ClinicalModel
import Formatting

/// The JSON output contract of `hccreport score --format json` (README, "`score --format json`").
/// Keys named there are stable; further keys may be added, never renamed. Encode with
/// `JSONDocument` as declared: keys are spelled out, and predictor names (data) are keys that no
/// key strategy may rewrite. Absent values are written as `null` (``NullWhenAbsent``), not omitted.
public enum ScoreOutput {
    /// `{"model": {"id","version"}, "cases": [...], "errors": [{"source","message"}]}`.
    public struct Document: Encodable, Sendable {
        let model: ModelInfo
        let cases: [Case]
        let errors: [CaseError]

        /// Builds the document.
        /// - Parameters:
        ///   - model: The model used for every case.
        ///   - cases: Scored cases.
        ///   - errors: Cases that could not be read (source and sentence).
        public init(model: NomogramModel, cases: [CaseScore], errors: [CaseError]) {
            self.model = ModelInfo(model)
            self.cases = cases.map(Case.init)
            self.errors = errors
        }
    }

    /// `{"id", "version", "citation", "threshold", "threshold_provenance"}`.
    public struct ModelInfo: Encodable, Sendable {
        let id: String
        let version: String
        let citation: String
        let threshold: Double
        let thresholdProvenance: String

        /// The model's identification and threshold.
        public init(_ m: NomogramModel) {
            id = m.id
            version = m.version
            citation = m.citation
            threshold = m.threshold.probability
            thresholdProvenance = m.threshold.provenance
        }

        enum CodingKeys: String, CodingKey {
            case id, version, citation, threshold
            case thresholdProvenance = "threshold_provenance"
        }
    }

    /// A case that could not be read or scored at all.
    public struct CaseError: Encodable, Sendable, Hashable {
        let source: String
        let message: String

        /// - Parameters:
        ///   - source: The file (and `#N`).
        ///   - message: The full error sentence.
        public init(source: String, message: String) {
            self.source = source
            self.message = message
        }
    }

    /// One case: `source`, `patient_id`, `lesions`, `dose`, `mrecist`, `warnings`.
    public struct Case: Encodable, Sendable {
        let source: String
        let patientId: String
        let lesions: [Lesion]
        @NullWhenAbsent var dose: Dose?
        @NullWhenAbsent var mrecist: MRECIST?
        /// Read and model warnings as `key.path: sentence`.
        let warnings: [String]
        let endpointWindow: EndpointWindowInfo
        /// `[{criterion, status ("inside" | "outside" | "not_recorded"), sentence}]`.
        let applicability: [[String: String]]

        /// - Parameter score: The scored case.
        public init(_ score: CaseScore) {
            source = score.source
            patientId = score.patientId
            lesions = score.lesions.map { Lesion($0, model: score.model, endpoint: score.endpoint.lesion($0.lesionId)) }
            endpointWindow = EndpointWindowInfo(score.endpoint)
            applicability = score.applicability.criteria.map { ["criterion": $0.name, "status": $0.status.rawValue, "sentence": $0.sentence] }
            dose = score.dose.map(Dose.init)
            mrecist = score.mrecist.flatMap(MRECIST.init)
            warnings = score.warnings.map(\.description)
        }

        enum CodingKeys: String, CodingKey {
            case source, lesions, dose, mrecist, warnings
            case patientId = "patient_id", endpointWindow = "endpoint_window", applicability
        }
    }

    /// `endpoint_window`: `{first_day, last_day, tolerance_days, day_zero, day_zero_date, notes}` —
    /// the model's window (days `null` when it states none) and what counted as day 0
    /// (`"tace_date"`, `"exam_date"` or `null`).
    public struct EndpointWindowInfo: Encodable, Sendable {
        @NullWhenAbsent var firstDay: Int?
        @NullWhenAbsent var lastDay: Int?
        @NullWhenAbsent var toleranceDays: Int?
        @NullWhenAbsent var dayZero: String?
        @NullWhenAbsent var dayZeroDate: String?
        let notes: [String]

        init(_ e: EndpointAssessment) {
            firstDay = e.window?.firstDay
            lastDay = e.window?.lastDay
            toleranceDays = e.window?.toleranceDays
            switch e.anchor {
            case let .firstTACE(d)?: dayZero = "tace_date"; dayZeroDate = d.description
            case let .examDate(d)?: dayZero = "exam_date"; dayZeroDate = d.description
            case nil: dayZero = nil; dayZeroDate = nil
            }
            notes = e.notes
        }

        enum CodingKeys: String, CodingKey {
            case firstDay = "first_day", lastDay = "last_day", toleranceDays = "tolerance_days"
            case dayZero = "day_zero", dayZeroDate = "day_zero_date", notes
        }
    }

    /// A lesion's outcome at the model's endpoint: `{date, days_after_treatment, category, matched}`.
    public struct Endpoint: Encodable, Sendable {
        let date: String
        let daysAfterTreatment: Int
        let category: String
        @NullWhenAbsent var matched: Bool?

        enum CodingKeys: String, CodingKey {
            case date, category, matched
            case daysAfterTreatment = "days_after_treatment"
        }
    }

    /// One lesion: `id`, one key per model input (e.g. `size_mm`, `nic_ap_percent`,
    /// `ps_ml_min_100g`), `linear_predictor`, `probability_nr` (P of the positive class),
    /// `probability_obr` (P of the negative class), `predicted`, `points` {predictor: points},
    /// `total_points`, `inputs` (with provenance), `confidence_interval`, `warnings`, `error`,
    /// `endpoint` (the outcome at the model's endpoint window, `null` when not assessable) and
    /// `endpoint_status` (`assessed`, `not_yet_assessable`, `no_followup_in_window`, `not_measured_in_window`,
    /// `not_determined`).
    /// A lesion that could not be scored has `null` scores and an `error` sentence.
    public struct Lesion: Encodable, Sendable {
        /// One model input with its provenance.
        public struct Input: Encodable, Sendable {
            let name: String
            let value: Double
            let derived: Bool
            let provenance: String
        }

        let id: String
        let inputs: [Input]
        let linearPredictor: Double?
        let probabilityPositive: Double?
        let probabilityNegative: Double?
        let predicted: String?
        let points: [(String, Double)]
        let totalPoints: Double?
        let confidenceInterval: [Double]?
        let confidenceIntervalNote: String?
        let warnings: [String]
        let error: String?
        let endpoint: Endpoint?
        let endpointStatus: String

        init(_ r: CaseScore.LesionResult, model: NomogramModel, endpoint e: EndpointAssessment.LesionEndpoint?) {
            if let result = e?.result {
                endpoint = Endpoint(date: result.date.description, daysAfterTreatment: result.daysAfterTreatment,
                                    category: result.category.rawValue, matched: result.matched)
                endpointStatus = "assessed"
            } else {
                endpoint = nil
                endpointStatus = e?.unassessed?.code ?? "not_determined"
            }
            id = r.lesionId
            let s = r.score
            inputs = s?.inputs.map { Input(name: $0.predictor.name, value: $0.value, derived: $0.resolved.isDerived,
                                           provenance: $0.resolved.provenanceDescription) } ?? []
            linearPredictor = s?.linearPredictor
            probabilityPositive = s?.probabilityPositive
            probabilityNegative = s?.probabilityNegative
            predicted = s?.predictedClass
            points = s?.inputs.map { ($0.predictor.name, $0.points) } ?? []
            totalPoints = s?.totalPoints
            switch s?.confidenceInterval {
            case let .available(ci)?: confidenceInterval = [ci.probabilityLow, ci.probabilityHigh]; confidenceIntervalNote = nil
            case let .unavailable(reason)?: confidenceInterval = nil; confidenceIntervalNote = reason
            case nil: confidenceInterval = nil; confidenceIntervalNote = nil
            }
            warnings = s?.warnings.map(\.description) ?? []
            error = r.error?.description
        }

        /// Encodes the contract keys; absent values are written as `null`.
        public func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: DynamicKey.self)
            try c.encode(id, forKey: "id")
            for input in inputs { try c.encode(input.value, forKey: DynamicKey(input.name)) }
            try c.encode(linearPredictor, forKey: "linear_predictor")
            try c.encode(probabilityPositive, forKey: "probability_nr")
            try c.encode(probabilityNegative, forKey: "probability_obr")
            try c.encode(predicted, forKey: "predicted")
            var p = c.nestedContainer(keyedBy: DynamicKey.self, forKey: "points")
            for (name, value) in points { try p.encode(value, forKey: DynamicKey(name)) }
            try c.encode(totalPoints, forKey: "total_points")
            try c.encode(inputs, forKey: "inputs")
            try c.encode(confidenceInterval, forKey: "confidence_interval")
            try c.encode(confidenceIntervalNote, forKey: "confidence_interval_note")
            try c.encode(warnings, forKey: "warnings")
            try c.encode(error, forKey: "error")
            try c.encode(endpoint, forKey: "endpoint")
            try c.encode(endpointStatus, forKey: "endpoint_status")
        }
    }

    /// `total_dlp_mgy_cm`, `total_effective_dose_msv`, `perfusion_effective_dose_msv`, the other
    /// parts, perfusion share, k-factor, `series`, and `dose_report_sha256`.
    public struct Dose: Encodable, Sendable {
        /// One series; `ctdi_vol_mgy` with its `phantom_cm`, never summed.
        public struct Series: Encodable, Sendable {
            let name: String
            let kind: String
            @NullWhenAbsent var ctdiVolMGy: Double?
            @NullWhenAbsent var phantomCm: Int?
            let dlpMGyCm: Double
            let effectiveDoseMSv: Double

            enum CodingKeys: String, CodingKey {
                case name, kind
                case ctdiVolMGy = "ctdi_vol_mgy", phantomCm = "phantom_cm", dlpMGyCm = "dlp_mgy_cm"
                case effectiveDoseMSv = "effective_dose_msv"
            }
        }

        let totalDLPMGyCm: Double
        let totalEffectiveDoseMSv: Double
        let perfusionEffectiveDoseMSv: Double
        let dualEnergyEffectiveDoseMSv: Double
        let plainEffectiveDoseMSv: Double
        @NullWhenAbsent var perfusionSharePercent: Double?
        let kFactor: Double
        let kFactorDefault: Bool
        let series: [Series]
        /// SHA-256 of the scanner's dose report the series were read from; null when typed.
        @NullWhenAbsent var doseReportSHA256: String?

        init(_ d: DoseSummary) {
            totalDLPMGyCm = d.totalDLPMGyCm
            totalEffectiveDoseMSv = d.totalEffectiveDoseMSv
            perfusionEffectiveDoseMSv = d.perfusionEffectiveDoseMSv
            dualEnergyEffectiveDoseMSv = d.dualEnergyEffectiveDoseMSv
            plainEffectiveDoseMSv = d.plainEffectiveDoseMSv
            perfusionSharePercent = d.perfusionSharePercent
            kFactor = d.kFactor
            kFactorDefault = d.kFactorIsDefault
            doseReportSHA256 = d.doseReportDigest
            series = d.series.map {
                Series(name: $0.name, kind: $0.kind.rawValue, ctdiVolMGy: $0.series.ctdiVolMGy,
                       phantomCm: $0.series.phantomCm, dlpMGyCm: $0.series.dlpMGyCm, effectiveDoseMSv: $0.effectiveDoseMSv)
            }
        }

        enum CodingKeys: String, CodingKey {
            case totalDLPMGyCm = "total_dlp_mgy_cm", totalEffectiveDoseMSv = "total_effective_dose_msv"
            case perfusionEffectiveDoseMSv = "perfusion_effective_dose_msv"
            case dualEnergyEffectiveDoseMSv = "dual_energy_effective_dose_msv"
            case plainEffectiveDoseMSv = "plain_effective_dose_msv"
            case perfusionSharePercent = "perfusion_share_percent"
            case kFactor = "k_factor", kFactorDefault = "k_factor_default", series
            case doseReportSHA256 = "dose_report_sha256"
        }
    }

    /// One mRECIST time point: `date`, `target`, `non_target` (case-file vocabulary or null),
    /// `new_lesions`, `overall` (CR|PR|SD|PD, or NE when not evaluable), `objective_response`
    /// (bool, null for NE), `lesions` [{id, category, change_from_baseline_percent, …}], sums and notes.
    public struct TimePoint: Encodable, Sendable {
        /// One target lesion at this time point.
        public struct LesionCategory: Encodable, Sendable {
            let id: String
            let category: String
            @NullWhenAbsent var changeFromBaselinePercent: Double?
            @NullWhenAbsent var changeFromNadirPercent: Double?
            @NullWhenAbsent var viableDiameterMm: Double?
            @NullWhenAbsent var predictionMatched: Bool?

            enum CodingKeys: String, CodingKey {
                case id, category
                case changeFromBaselinePercent = "change_from_baseline_percent"
                case changeFromNadirPercent = "change_from_nadir_percent"
                case viableDiameterMm = "viable_diameter_mm"
                case predictionMatched = "prediction_matched"
            }
        }

        let date: String
        let target: String
        @NullWhenAbsent var nonTarget: String?
        let newLesions: Bool
        let overall: String
        @NullWhenAbsent var objectiveResponse: Bool?
        @NullWhenAbsent var sumMm: Double?
        let baselineSumMm: Double
        let nadirSumMm: Double
        @NullWhenAbsent var changeFromBaselinePercent: Double?
        @NullWhenAbsent var changeFromNadirPercent: Double?
        let lesions: [LesionCategory]
        let notes: [String]

        init(_ t: MRECISTTimePoint) {
            date = t.date.description
            target = t.target.rawValue
            nonTarget = t.nonTarget?.rawValue
            newLesions = t.newLesions
            overall = t.overall.rawValue
            objectiveResponse = t.objectiveResponse
            sumMm = t.sum?.millimetres
            baselineSumMm = t.baselineSum.millimetres
            nadirSumMm = t.nadirSum.millimetres
            changeFromBaselinePercent = t.changeFromBaselinePercent
            changeFromNadirPercent = t.changeFromNadirPercent
            lesions = t.lesions.map {
                LesionCategory(id: $0.lesionId, category: $0.category.rawValue,
                               changeFromBaselinePercent: $0.changeFromBaselinePercent,
                               changeFromNadirPercent: $0.changeFromNadirPercent,
                               viableDiameterMm: $0.diameter?.millimetres, predictionMatched: $0.predictionMatched)
            }
            notes = t.notes
        }

        enum CodingKeys: String, CodingKey {
            case date, target, overall, lesions, notes
            case nonTarget = "non_target", newLesions = "new_lesions", objectiveResponse = "objective_response"
            case sumMm = "sum_mm", baselineSumMm = "baseline_sum_mm", nadirSumMm = "nadir_sum_mm"
            case changeFromBaselinePercent = "change_from_baseline_percent"
            case changeFromNadirPercent = "change_from_nadir_percent"
        }
    }

    /// The latest time point's keys, plus `timepoints` (every time point) and `notes` (baseline notes).
    public struct MRECIST: Encodable, Sendable {
        let latest: TimePoint
        let timepoints: [TimePoint]
        let baselineNotes: [String]

        init?(_ a: MRECISTAssessment) {
            guard let last = a.latest else { return nil }
            latest = TimePoint(last)
            timepoints = a.timePoints.map(TimePoint.init)
            baselineNotes = a.notes
        }

        /// Encodes the contract keys; absent values are written as `null`.
        public func encode(to encoder: Encoder) throws {
            try latest.encode(to: encoder)
            var c = encoder.container(keyedBy: DynamicKey.self)
            try c.encode(timepoints, forKey: "timepoints")
            try c.encode(baselineNotes, forKey: "baseline_notes")
        }
    }

    /// A coding key built from any string (predictor names are data).
    struct DynamicKey: CodingKey, ExpressibleByStringLiteral {
        let stringValue: String
        var intValue: Int? { nil }
        init(_ string: String) { stringValue = string }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
        init(stringLiteral value: String) { stringValue = value }
    }
}
