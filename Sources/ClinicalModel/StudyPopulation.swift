/// Who a model was developed on (its inclusion criteria), so a report can say whether a case lies
/// inside it. Every check is a warning, never a refusal.
public struct StudyPopulation: Sendable, Hashable, Codable {
    /// The CT exam was at most this many days before the first treatment.
    public var maxDaysExamBeforeTreatment: Int
    /// BCLC stages included, e.g. `["B", "C"]`.
    public var bclcStages: [String]
    /// Child–Pugh classes included, e.g. `["A", "B"]` (a score such as "A6" counts as its class).
    public var childPughClasses: [String]
    /// The treatment in words, e.g. "first-line TACE + lenvatinib + an immune checkpoint inhibitor".
    public var regimen: String
    /// Words that identify the study's scanner family in `exam.scanner` (any one matches, ignoring case).
    public var scannerKeywords: [String]
    /// The study's scanner and software, as printed.
    public var scannerDescription: String
    /// Where the criteria come from, printed next to them.
    public var source: String

    public init(maxDaysExamBeforeTreatment: Int, bclcStages: [String], childPughClasses: [String], regimen: String,
                scannerKeywords: [String], scannerDescription: String, source: String) {
        self.maxDaysExamBeforeTreatment = maxDaysExamBeforeTreatment
        self.bclcStages = bclcStages
        self.childPughClasses = childPughClasses
        self.regimen = regimen
        self.scannerKeywords = scannerKeywords
        self.scannerDescription = scannerDescription
        self.source = source
    }
}
