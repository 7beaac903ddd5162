import Formatting

extension ViolinChartSpec {
    /// The chart in words, for readers who do not see it (a tagged PDF's `/Alt`): per variable the
    /// groups with their size, median and quartiles, and where each of the patient's values lies
    /// against each group's quartiles; the provenance banner, if any.
    public var alternativeText: String {
        var sentences = ["Violin plots of the reference cohort's distributions by outcome group" + (title.map { " (\($0))" } ?? "") + "."]
        for panel in panels {
            let unit = panel.unit
            let groups = panel.groups.map { group in
                "\(group.name) (n = \(group.n)) median \(ReportNumber.value(group.median, unit: unit, decimals: 1)), "
                    + "quartiles \(ReportNumber.fixed(group.q1, 1))–\(ReportNumber.value(group.q3, unit: unit, decimals: 1))"
            }
            var sentence = "\(panel.label): " + groups.joined(separator: "; ") + "."
            for marker in panel.markers {
                let places = panel.groups.map { "\(Self.position(of: marker.value, in: $0)) of \($0.name)" }
                sentence += " \(marker.tag) \(ReportNumber.value(marker.value, unit: unit, decimals: 1)) lies " + places.joined(separator: " and ") + "."
            }
            if !panel.pValueText.isEmpty { sentence += " \(panel.pValueText) (\(testName))." }
            sentences.append(sentence)
        }
        if let footnote { sentences.append(Sentence.terminated(footnote)) }
        return sentences.joined(separator: " ")
    }

    /// Where `value` lies against `group`'s quartiles, e.g. "between the median and the third quartile".
    static func position(of value: Double, in group: Group) -> String {
        if value < group.min { return "below the smallest value" }
        if value > group.max { return "above the largest value" }
        if value < group.q1 { return "below the first quartile" }
        if value < group.median { return "between the first quartile and the median" }
        if value <= group.q3 { return "between the median and the third quartile" }
        return "above the third quartile"
    }
}
