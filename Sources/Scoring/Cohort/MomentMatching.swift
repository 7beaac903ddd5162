import Foundation
import Statistics

/// Gives a sample an exact mean and SD by the affine map x ↦ mean + sd·(x − x̄)/s, which keeps its
/// ranks and its shape (skewness and every standardised moment).
///
/// The result is rounded to hundredths with the exact target total (largest-remainder method), so
/// the mean is exact and the SD changes by far less than 0.005. O(n log n).
enum MomentMatching {
    /// - Parameters:
    ///   - values: A non-constant sample.
    ///   - mean: Target mean. - sd: Target sample SD (n − 1).
    ///   - range: Every value must lie here.
    /// - Returns: The matched sample in hundredths, in input order; `nil` when a value leaves `range`
    ///   (the caller draws again).
    static func match(_ values: [Double], mean: Double, sd: Double, within range: ClosedRange<Double>) -> [Int]? {
        guard let summary = try? SampleSummary(values), summary.standardDeviation > 0 else { return nil }
        let hundredths = values.map { (mean + sd * ($0 - summary.mean) / summary.standardDeviation) * 100 }

        let total = Int((mean * 100 * Double(values.count)).rounded())
        var result = hundredths.map { Int($0.rounded(.down)) }
        let missing = total - result.reduce(0, +)
        guard (0...values.count).contains(missing) else { return nil }
        let byRemainder = hundredths.indices.sorted {
            (hundredths[$0] - hundredths[$0].rounded(.down), $1) > (hundredths[$1] - hundredths[$1].rounded(.down), $0)
        }
        for index in byRemainder.prefix(missing) { result[index] += 1 }

        guard let check = try? SampleSummary(result.map { Double($0) / 100 }),
              abs(check.standardDeviation - sd) < 0.001,
              result.allSatisfy({ range.contains(Double($0) / 100) }) else { return nil }
        return result
    }
}
