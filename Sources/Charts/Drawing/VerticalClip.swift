/// Cuts a curve at the top and bottom of a plot, so that nothing is drawn (or recorded) outside it.
///
/// Segments leaving the band end at the exact crossing (linear interpolation); the curve resumes where it
/// re-enters, so one curve may become several runs. Non-finite points break the curve. O(n).
enum VerticalClip {
    /// The runs of `points` inside `band`.
    /// - Parameters:
    ///   - points: The curve in data coordinates, in drawing order.
    ///   - band: The y interval to keep.
    /// - Returns: Runs of at least two points each.
    static func runs(_ points: [PlotPoint], within band: ClosedRange<Double>) -> [[PlotPoint]] {
        var runs: [[PlotPoint]] = []
        var current: [PlotPoint] = []
        func close() {
            if current.count > 1 { runs.append(current) }
            current = []
        }
        func crossing(_ a: PlotPoint, _ b: PlotPoint, at level: Double) -> PlotPoint {
            let t = (level - a.y) / (b.y - a.y)
            return PlotPoint(x: a.x + t * (b.x - a.x), y: level)
        }
        var previous: PlotPoint?
        for p in points {
            guard p.x.isFinite, p.y.isFinite else {
                close()
                previous = nil
                continue
            }
            let inside = band.contains(p.y)
            if let a = previous {
                let wasInside = band.contains(a.y)
                switch (wasInside, inside) {
                case (true, true):
                    current.append(p)
                case (true, false):
                    current.append(crossing(a, p, at: p.y > band.upperBound ? band.upperBound : band.lowerBound))
                    close()
                case (false, true):
                    current = [crossing(a, p, at: a.y > band.upperBound ? band.upperBound : band.lowerBound), p]
                case (false, false):
                    // A segment jumping across the whole band (from below to above or back) crosses it.
                    if (a.y < band.lowerBound) != (p.y < band.lowerBound) {
                        let enter = crossing(a, p, at: a.y < band.lowerBound ? band.lowerBound : band.upperBound)
                        let leave = crossing(a, p, at: a.y < band.lowerBound ? band.upperBound : band.lowerBound)
                        runs.append([enter, leave])
                    }
                }
            } else if inside {
                current = [p]
            }
            previous = p
        }
        close()
        return runs
    }
}
