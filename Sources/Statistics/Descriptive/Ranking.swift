/// Midranks (average ranks for ties) and tie-group sizes.
///
/// Sorting dominates: O(n log n).
public enum Ranking {
    /// Ranks `1…n` of `values`, with tied values sharing the mean of the ranks they occupy
    /// (R `rank(ties.method = "average")`).
    /// - Parameter values: The values to rank (finite).
    /// - Returns: One midrank per value, in input order.
    public static func midranks(_ values: [Double]) -> [Double] {
        midranksAndTies(values).ranks
    }

    /// Midranks plus the sizes of every group of tied values (groups of size 1 included).
    static func midranksAndTies(_ values: [Double]) -> (ranks: [Double], tieSizes: [Int]) {
        let order = values.indices.sorted { values[$0] < values[$1] }
        var ranks = [Double](repeating: 0, count: values.count)
        var tieSizes: [Int] = []
        var start = 0
        while start < order.count {
            var end = start
            while end + 1 < order.count, values[order[end + 1]] == values[order[start]] { end += 1 }
            let rank = Double(start + end + 2) / 2
            for k in start...end { ranks[order[k]] = rank }
            tieSizes.append(end - start + 1)
            start = end + 1
        }
        return (ranks, tieSizes)
    }
}
