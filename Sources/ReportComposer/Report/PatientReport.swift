import Canvas
import ClinicalModel
import Scoring

/// Everything one patient's report is made from: the scored case, where it came from and the
/// figures drawn from the reference cohort.
public struct PatientReport: Sendable {
    public var score: CaseScore
    /// Reference-cohort description shown with the violins and ROC curves.
    public var cohort: CohortDescription?
    /// The figures (nomogram, violins, ROC) ready to draw for this patient.
    public var figures: ReportFigures
    /// SHA-256 of the case file, hex.
    public var inputDigest: String
    /// Date printed as "generated" and written as the PDF creation date (YYYY-MM-DD).
    public var generatedDate: CalendarDate
    public var toolVersion: String
    /// Overrides the template's institution when set.
    public var institution: String?
    /// Overrides the template's paper size when set.
    public var paper: ReportTemplate.Paper?
    /// A word printed on every page when the report is not for clinical use (demo runs).
    public var watermark: String?
    /// Whether the report is signed off, printed in the header of every page; `nil` for the
    /// template's `records.status`.
    public var status: DocumentStatus?

    public init(score: CaseScore, cohort: CohortDescription?, figures: ReportFigures, inputDigest: String,
                generatedDate: CalendarDate, toolVersion: String, institution: String? = nil,
                paper: ReportTemplate.Paper? = nil, watermark: String? = nil, status: DocumentStatus? = nil) {
        self.score = score
        self.cohort = cohort
        self.figures = figures
        self.inputDigest = inputDigest
        self.generatedDate = generatedDate
        self.toolVersion = toolVersion
        self.institution = institution
        self.paper = paper
        self.watermark = watermark
        self.status = status
    }
}

/// What the report says about the reference cohort behind the violins and ROC curves.
public struct CohortDescription: Sendable, Hashable {
    /// e.g. "synthetic cohort of 125 lesions reconstructed from Zhang et al. Tables 2–4".
    public var description: String
    public var isSynthetic: Bool
    /// The label every figure from a synthetic cohort carries.
    public var label: String
    public var negativeCount: Int
    public var positiveCount: Int
    /// The smallest and largest value observed in the cohort per predictor name (e.g. `size_mm`).
    public var observedRanges: [String: ClosedRange<Double>]

    public init(description: String, isSynthetic: Bool, label: String, negativeCount: Int, positiveCount: Int,
                observedRanges: [String: ClosedRange<Double>] = [:]) {
        self.description = description
        self.isSynthetic = isSynthetic
        self.label = label
        self.negativeCount = negativeCount
        self.positiveCount = positiveCount
        self.observedRanges = observedRanges
    }
}

/// A figure drawn into a rectangle, with its caption (Pango markup).
public struct ReportFigure: Sendable {
    public var caption: String
    /// What the figure shows, in words generated from its data (the PDF's `/Alt`).
    public var alternativeText: String
    public var draw: @Sendable (Canvas, Rect) -> Void
}

/// The charts of one report; a missing one is replaced by a sentence saying why.
public struct ReportFigures: Sendable {
    public var nomogram: ReportFigure?
    public var violins: ReportFigure?
    public var roc: ReportFigure?
    /// Diameters, sum, mRECIST limits and categories over time (only for a case with follow-up).
    public var response: ReportFigure?
}
