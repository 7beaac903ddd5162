import Formatting

extension NomogramChartSpec {
    /// Caption sentences: each lesion's read-out (points per predictor, total, probability), the probability
    /// ticks omitted because they are unreachable, and every value drawn at an axis end because it lies
    /// outside the axis. Drawn under the figure and available to the report text.
    public var notes: [String] {
        var notes: [String] = []
        for lesion in lesions { notes.append(readout(of: lesion)) }
        if !omittedProbabilityTicks.isEmpty {
            let list = omittedProbabilityTicks.map(\.label).joined(separator: ", ")
            let range = ReportNumber.range(totalPointsRange.lowerBound, totalPointsRange.upperBound, unit: "total points", decimals: 0)
            notes.append("Probability ticks \(list) omitted: not reachable within \(range).")
        }
        for lesion in lesions {
            for (j, p) in predictors.enumerated() where j < lesion.outOfRange.count && lesion.outOfRange[j] {
                let value = j < lesion.values.count ? ReportNumber.value(lesion.values[j], unit: p.unit, decimals: 1) : "?"
                notes.append("Out of range: \(lesion.tag) \(p.label) \(value) lies outside the axis "
                             + "\(ReportNumber.range(p.axisMin, p.axisMax, unit: p.unit, decimals: 0)); drawn at the axis end with an arrowhead, points extrapolated.")
            }
            if !totalPointsRange.contains(lesion.totalPoints) {
                notes.append("Out of range: \(lesion.tag) total \(ReportNumber.fixed(lesion.totalPoints, 1)) pts lies outside the Total points axis; drawn at the axis end with an arrowhead.")
            }
        }
        return notes
    }

    /// One lesion's read-out: "L1 = Lesion 1 (segment VII): Size 42.0 mm → 17.8 pts; …; total
    /// 55.2 pts → P(NR) = 0.105." (a value or points missing print as "–").
    /// - Parameter lesion: one of `lesions`.
    /// - Returns: the sentence.
    func readout(of lesion: Lesion) -> String {
        let parts = predictors.indices.map { j -> String in
            let p = predictors[j]
            let value = j < lesion.values.count ? ReportNumber.value(lesion.values[j], unit: p.unit, decimals: 1) : "–"
            let points = j < lesion.points.count ? ReportNumber.fixed(lesion.points[j], 1) : "–"
            return "\(p.label) \(value) → \(points) pts"
        }
        return "\(lesion.tag) = \(lesion.name): " + parts.joined(separator: "; ")
            + "; total \(ReportNumber.fixed(lesion.totalPoints, 1)) pts → \(ReportNumber.probabilityStatement(probabilitySymbol, lesion.probability))."
    }
}
