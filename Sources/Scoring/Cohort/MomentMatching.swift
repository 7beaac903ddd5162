import Foundation

/// Gives a positive sample an exact mean and SD by x ↦ a·x^b, keeping ranks and positivity.
///
/// b is found by bisection on the coefficient of variation of x^b (increasing in b for a positive,
/// non-constant sample), a by the mean. The result is rounded to hundredths with the exact target
/// total (largest-remainder method), so the mean is exact and the SD changes by far less than 0.005.
/// O(200 n).
enum MomentMatching {
    /// - Parameters:
    ///   - values: A positive, non-constant sample.
    ///   - mean: Target mean. - sd: Target sample SD (n − 1).
    ///   - range: Every value must lie here.
    /// - Returns: The matched sample in hundredths, in input order; `nil` when it cannot be matched
    ///   within `range` (the caller draws again).
    static func match(_ values: [Double], mean: Double, sd: Double, within range: ClosedRange<Double>) -> [Int]? {
        guard values.allSatisfy({ $0 > 0 }) else { return nil }
        let logs = values.map { log($0) }
        let pivot = logs.max()!
        let powered = { (b: Double) in logs.map { exp(b * ($0 - pivot)) } }
        let variation = { (b: Double) -> Double in
            let x = powered(b)
            let mean = x.reduce(0, +) / Double(x.count)
            return (x.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(x.count - 1)).squareRoot() / mean
        }
        let target = sd / mean
        var low = 1e-3, high = 10.0
        guard variation(low) < target, variation(high) > target else { return nil }
        for _ in 0..<200 {
            let middle = (low + high) / 2
            if variation(middle) < target { low = middle } else { high = middle }
        }
        let shaped = powered((low + high) / 2)
        let scale = mean / (shaped.reduce(0, +) / Double(shaped.count))
        let hundredths = shaped.map { $0 * scale * 100 }

        let total = Int((mean * 100 * Double(values.count)).rounded())
        var result = hundredths.map { Int($0.rounded(.down)) }
        let missing = total - result.reduce(0, +)
        guard (0...values.count).contains(missing) else { return nil }
        let byRemainder = hundredths.indices.sorted {
            (hundredths[$0] - hundredths[$0].rounded(.down), $1) > (hundredths[$1] - hundredths[$1].rounded(.down), $0)
        }
        for index in byRemainder.prefix(missing) { result[index] += 1 }

        let check = SampleSummary(result.map { Double($0) / 100 })
        guard abs(check.standardDeviation - sd) < 0.001,
              result.allSatisfy({ range.contains(Double($0) / 100) }) else { return nil }
        return result
    }
}
