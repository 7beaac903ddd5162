import Formatting

extension ResponseChartSpec {
    /// A text alternative for the figure (e.g. a tagged PDF's figure description): every lesion's
    /// diameters over time with their categories, the sum, the nadir, the overall category per scan
    /// and the endpoint window, in sentences.
    /// - Returns: The description, e.g. "Response over time, weeks since the first TACE (2025-03-03).
    ///   L1: 44.0 mm at week −1.0 (baseline), 28.0 mm at week 9.0 (PR), 36.0 mm at week 19.0 (PD). …".
    public func altText() -> String {
        func reading(_ r: Reading) -> String {
            "\(ReportNumber.fixed(r.millimetres, 1)) mm at week \(ReportNumber.fixed(r.weeks, 1)) (\(r.category ?? "baseline"))"
        }
        var sentences = ["Response over time, \(timeAxisTitle.prefix(1).lowercased() + timeAxisTitle.dropFirst())."]
        for series in allSeries {
            sentences.append("\(series.label): " + series.readings.map(reading).joined(separator: ", ") + ".")
        }
        if !scans.isEmpty {
            sentences.append("Overall mRECIST response: "
                             + scans.map { "\($0.label) at week \(ReportNumber.fixed($0.weeks, 1))" }.joined(separator: ", ") + ".")
        }
        let target = sum == nil ? "the target lesion" : "the sum"
        sentences.append("Partial-response limit \(ReportNumber.fixed(responseLimitMm, 1)) mm (0.7 × baseline); nadir of \(target) "
                         + "\(ReportNumber.fixed(nadir.millimetres, 1)) mm at week \(ReportNumber.fixed(nadir.weeks, 1)).")
        if let window {
            sentences.append("\(window.label): weeks \(ReportNumber.fixed(window.weeks.lowerBound, 1))–\(ReportNumber.fixed(window.weeks.upperBound, 1)).")
        }
        return sentences.joined(separator: " ")
    }
}
