/// What `analyze` writes into its output folder.
public enum AnalyzeOutput: String, CaseIterable, Sendable {
    case pdf, json

    /// The file name in the output folder.
    var fileName: String { self == .pdf ? "cohort-report.pdf" : "cohort-analysis.json" }
}
