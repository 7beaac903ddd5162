import Formatting

extension NomogramChartSpec {
    /// The chart in words, for readers who do not see it (a tagged PDF's `/Alt`): what the axes
    /// add up to, and each lesion's inputs with their units, points per input, total points and
    /// probability; the provenance banner, if any.
    public var alternativeText: String {
        var text = "Nomogram" + (title.map { " (\($0))" } ?? "") + ": points for "
            + predictors.map(\.title).joined(separator: ", ")
            + " add up to total points, which give the \(probabilityTitle.lowercasedFirst)."
        if lesions.isEmpty {
            text += " No lesion of the patient is marked."
        } else {
            text += " " + lesions.map(readout(of:)).joined(separator: " ")
        }
        if let footnote { text += " " + Sentence.terminated(footnote) }
        return text
    }
}
