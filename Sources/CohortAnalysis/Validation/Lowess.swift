/// Cleveland's robust locally weighted scatterplot smoother, exactly as R's `lowess()` (the C
/// routine `clowess`, Cleveland 1979/1981): tricube weights on the `⌊f·n⌋` nearest points, a
/// weighted linear fit per point, `iterations` robustness passes with bisquare weights from
/// 6 × the median absolute residual, and linear interpolation between points closer than `delta`.
///
/// Used for the smoothed calibration curve (outcome 0/1 against predicted probability), as
/// `rms::val.prob` does. O(n²) in the worst case, O(n·f·n) typically.
public struct Lowess: Sendable, Hashable, Codable {
    /// The x values sorted ascending (ties kept in input order, as R's `order()`).
    public let x: [Double]
    /// The smoothed value at each `x`.
    public let y: [Double]
    /// The smoother span f (fraction of points in each local fit).
    public let span: Double
    /// Number of robustness iterations.
    public let iterations: Int

    /// Smooths `y` against `x`.
    /// - Parameters:
    ///   - x: Abscissae (any order, finite).
    ///   - y: Ordinates, one per x.
    ///   - span: f, R's default 2/3.
    ///   - iterations: Robustness iterations, R's default 3.
    ///   - delta: Points closer than this to the last fitted one are interpolated; `nil` means R's
    ///     default `0.01 · (max x − min x)`.
    /// - Precondition: `x.count == y.count`, `x` non-empty.
    public init(x: [Double], y: [Double], span: Double = 2.0 / 3.0, iterations: Int = 3, delta: Double? = nil) {
        precondition(x.count == y.count && !x.isEmpty, "lowess needs matching, non-empty x and y")
        let order = x.indices.sorted { x[$0] < x[$1] || (x[$0] == x[$1] && $0 < $1) }
        let xs = order.map { x[$0] }, ys = order.map { y[$0] }
        let d = delta ?? 0.01 * ((xs.last ?? 0) - (xs.first ?? 0))
        self.x = xs
        self.y = Lowess.clowess(x: xs, y: ys, f: span, steps: iterations, delta: d)
        self.span = span
        self.iterations = iterations
    }

    /// R's `clowess` on sorted x (0-based port of the 1-based C code). O(n²) worst case.
    private static func clowess(x: [Double], y: [Double], f: Double, steps: Int, delta: Double) -> [Double] {
        let n = x.count
        guard n >= 2 else { return y }
        var ys = Array(repeating: 0.0, count: n)
        var rw = Array(repeating: 0.0, count: n)
        var res = Array(repeating: 0.0, count: n)
        let ns = max(2, min(n, Int(f * Double(n) + 1e-7)))
        var iteration = 1
        while iteration <= steps + 1 {
            var nleft = 0, nright = ns - 1, last = -1, i = 0
            while true {
                if nright < n - 1 {
                    let d1 = x[i] - x[nleft], d2 = x[nright + 1] - x[i]
                    if d1 > d2 {
                        nleft += 1
                        nright += 1
                        continue
                    }
                }
                if let fitted = localFit(x: x, y: y, at: x[i], nleft: nleft, nright: nright, weights: &res,
                                         robustness: iteration > 1 ? rw : nil) {
                    ys[i] = fitted
                } else {
                    ys[i] = y[i]
                }
                if last < i - 1 {
                    // Skipped points: interpolate linearly between the last two fitted ones.
                    let denominator = x[i] - x[last]
                    for j in (last + 1)..<i {
                        let alpha = (x[j] - x[last]) / denominator
                        ys[j] = alpha * ys[i] + (1 - alpha) * ys[last]
                    }
                }
                last = i
                let cut = x[last] + delta
                i = last + 1
                while i < n {
                    if x[i] > cut { break }
                    if x[i] == x[last] {
                        ys[i] = ys[last]
                        last = i
                    }
                    i += 1
                }
                i = max(last + 1, i - 1)
                if last >= n - 1 { break }
            }
            for k in 0..<n { res[k] = y[k] - ys[k] }
            let scale = res.reduce(0) { $0 + abs($1) } / Double(n)
            if iteration > steps { break }
            let sortedAbs = res.map(abs).sorted()
            let m1 = n / 2
            let cmad = n % 2 == 0 ? 3 * (sortedAbs[m1] + sortedAbs[n - m1 - 1]) : 6 * sortedAbs[m1]
            if cmad < 1e-7 * scale { break }
            let c9 = 0.999 * cmad, c1 = 0.001 * cmad
            for k in 0..<n {
                let r = abs(res[k])
                if r <= c1 {
                    rw[k] = 1
                } else if r <= c9 {
                    let u = r / cmad
                    rw[k] = (1 - u * u) * (1 - u * u)
                } else {
                    rw[k] = 0
                }
            }
            iteration += 1
        }
        return ys
    }

    /// R's `lowest`: the weighted local linear fit at `xs` over points `nleft…nright` (extended to
    /// the right over ties). `weights` is scratch space (R reuses its residual buffer).
    /// - Returns: The fitted value, or `nil` when all weights are zero.
    private static func localFit(x: [Double], y: [Double], at xs: Double, nleft: Int, nright: Int,
                                 weights w: inout [Double], robustness rw: [Double]?) -> Double? {
        let n = x.count
        let range = x[n - 1] - x[0]
        let h = max(xs - x[nleft], x[nright] - xs)
        let h9 = 0.999 * h, h1 = 0.001 * h
        var a = 0.0
        var j = nleft
        while j < n {
            w[j] = 0
            let r = abs(x[j] - xs)
            if r <= h9 {
                if r <= h1 {
                    w[j] = 1
                } else {
                    let u = r / h
                    let t = 1 - u * u * u
                    w[j] = t * t * t
                }
                if let rw { w[j] *= rw[j] }
                a += w[j]
            } else if x[j] > xs {
                break
            }
            j += 1
        }
        let nrt = j - 1
        guard a > 0 else { return nil }
        for k in nleft...nrt { w[k] /= a }
        if h > 0 {
            var center = 0.0
            for k in nleft...nrt { center += w[k] * x[k] }
            var b = xs - center
            var c = 0.0
            for k in nleft...nrt { c += w[k] * (x[k] - center) * (x[k] - center) }
            if c.squareRoot() > 0.001 * range {
                b /= c
                for k in nleft...nrt { w[k] *= b * (x[k] - center) + 1 }
            }
        }
        var fitted = 0.0
        for k in nleft...nrt { fitted += w[k] * y[k] }
        return fitted
    }
}
