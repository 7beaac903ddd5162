import Formatting

extension ROCChartSpec {
    /// The chart in words, for readers who do not see it (a tagged PDF's `/Alt`): each curve with
    /// its AUC, the model threshold's and each lesion's operating point; the provenance banner, if any.
    public var alternativeText: String {
        var sentences = ["ROC curves (sensitivity against 1 − specificity)" + (title.map { " (\($0))" } ?? "") + ": "
                         + Sentence.terminated(curves.map { "\($0.name), \($0.aucText)" }.joined(separator: "; "))]
        if let threshold { sentences.append(Sentence.terminated(threshold.description)) }
        for point in lesionPoints { sentences.append(Sentence.terminated(point.description)) }
        if let footnote { sentences.append(Sentence.terminated(footnote)) }
        return sentences.joined(separator: " ")
    }
}
