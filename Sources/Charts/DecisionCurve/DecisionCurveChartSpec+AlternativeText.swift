import Formatting

extension DecisionCurveChartSpec {
    /// The chart in words, for readers who do not see it (a tagged PDF's `/Alt`): net benefit
    /// against threshold probability for each series and the two reference strategies; the
    /// provenance banner, if any.
    public var alternativeText: String {
        var text = "Decision curves" + (title.map { " (\($0))" } ?? "") + ": net benefit against threshold probability "
            + ReportNumber.range(thresholdRange.lowerBound, thresholdRange.upperBound, unit: "", decimals: 2) + " for "
            + (series.map(\.name) + [treatAllLabel, treatNoneLabel]).joined(separator: ", ") + "."
        if let footnote { text += " " + Sentence.terminated(footnote) }
        return text
    }
}
