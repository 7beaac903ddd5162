/// Places labels along one dimension so that none overlap, moving each as little as possible.
///
/// Labels that would collide are merged into a cluster laid out edge to edge and centred on the mean of
/// their wanted centres; clusters are merged until no two overlap, then shifted into the allowed bounds.
/// O(n²) in the worst case, n = number of labels (a handful per axis).
public enum LabelPlacement {
    /// Non-overlapping centres for labels that want to sit at `wanted`.
    /// - Parameters:
    ///   - wanted: Wanted centre of each label.
    ///   - sizes: Extent of each label along the dimension (same count as `wanted`).
    ///   - gap: Minimum free space between neighbours.
    ///   - bounds: Allowed interval for the labels' outer edges, if any.
    /// - Returns: Centres in the order of `wanted`, keeping the labels' order along the dimension.
    public static func spread(_ wanted: [Double], sizes: [Double], gap: Double,
                              within bounds: ClosedRange<Double>? = nil) -> [Double] {
        precondition(wanted.count == sizes.count, "one size per label")
        guard !wanted.isEmpty else { return [] }
        let order = wanted.indices.sorted { (wanted[$0], $0) < (wanted[$1], $1) }
        struct Cluster { var members: [Int]; var start: Double; var length: Double; var wantedSum: Double }
        func length(_ members: [Int]) -> Double {
            members.reduce(0) { $0 + sizes[$1] } + gap * Double(members.count - 1)
        }
        func start(wantedMean: Double, members: [Int]) -> Double {
            // Centre the cluster so the mean offset of its members from their wanted centres is zero.
            var offset = 0.0, acc = 0.0
            for m in members {
                offset += (acc + sizes[m] / 2)
                acc += sizes[m] + gap
            }
            return wantedMean - offset / Double(members.count)
        }
        var clusters: [Cluster] = []
        for i in order {
            var c = Cluster(members: [i], start: wanted[i] - sizes[i] / 2, length: sizes[i], wantedSum: wanted[i])
            while let last = clusters.last, last.start + last.length + gap > c.start {
                clusters.removeLast()
                let members = last.members + c.members
                let sum = last.wantedSum + c.wantedSum
                c = Cluster(members: members, start: start(wantedMean: sum / Double(members.count), members: members),
                            length: length(members), wantedSum: sum)
            }
            clusters.append(c)
        }
        if let b = bounds {
            // Push clusters inside the bounds from the right, then from the left, merging when they touch.
            var upper = b.upperBound
            for k in clusters.indices.reversed() {
                clusters[k].start = min(clusters[k].start, upper - clusters[k].length)
                upper = clusters[k].start - gap
            }
            var lower = b.lowerBound
            for k in clusters.indices {
                clusters[k].start = max(clusters[k].start, lower)
                lower = clusters[k].start + clusters[k].length + gap
            }
        }
        var result = wanted
        for c in clusters {
            var x = c.start
            for m in c.members {
                result[m] = x + sizes[m] / 2
                x += sizes[m] + gap
            }
        }
        return result
    }
}
