extension ResponseChartSpec {
    /// A text alternative for the figure (e.g. a tagged PDF's figure description): every lesion's
    /// diameters over time with their categories, the sum, the nadir, the overall category per scan
    /// and the endpoint window, in sentences.
    /// - Returns: The description, e.g. "Response over time, weeks since the first TACE (2025-03-03).
    ///   L1: 44.0 mm at week −1.0 (baseline), 28.0 mm at week 9.0 (PR), 36.0 mm at week 19.0 (PD). …".
    public func altText() -> String {
        func reading(_ r: Reading) -> String {
            "\(ReadoutFormat.number(r.millimetres)) mm at week \(ReadoutFormat.number(r.weeks)) (\(r.category ?? "baseline"))"
        }
        var sentences = ["Response over time, \(timeAxisTitle.prefix(1).lowercased() + timeAxisTitle.dropFirst())."]
        for series in allSeries {
            sentences.append("\(series.label): " + series.readings.map(reading).joined(separator: ", ") + ".")
        }
        if !scans.isEmpty {
            sentences.append("Overall mRECIST response: "
                             + scans.map { "\($0.label) at week \(ReadoutFormat.number($0.weeks))" }.joined(separator: ", ") + ".")
        }
        let target = sum == nil ? "the target lesion" : "the sum"
        sentences.append("Partial-response limit \(ReadoutFormat.number(responseLimitMm)) mm (0.7 × baseline); nadir of \(target) "
                         + "\(ReadoutFormat.number(nadir.millimetres)) mm at week \(ReadoutFormat.number(nadir.weeks)).")
        if let window {
            sentences.append("\(window.label): weeks \(ReadoutFormat.number(window.weeks.lowerBound))–\(ReadoutFormat.number(window.weeks.upperBound)).")
        }
        return sentences.joined(separator: " ")
    }
}
