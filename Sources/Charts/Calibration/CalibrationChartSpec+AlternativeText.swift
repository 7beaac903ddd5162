import Formatting

extension CalibrationChartSpec {
    /// The chart in words, for readers who do not see it (a tagged PDF's `/Alt`): observed against
    /// predicted probability for each series with its summary; the provenance banner, if any.
    public var alternativeText: String {
        var text = "Calibration plot" + (title.map { " (\($0))" } ?? "") + ": observed proportion of \(positiveClass) against "
            + "the predicted probability, " + Sentence.terminated(series.map { "\($0.name) (\($0.summary))" }.joined(separator: "; "))
        if let footnote { text += " " + Sentence.terminated(footnote) }
        return text
    }
}
