extension Path {
    /// The path with polyline points dropped where they deviate from the simplified line by at
    /// most `tolerance`: the Ramer–Douglas–Peucker algorithm, applied to every run of straight
    /// segments that starts at a `move` (polylines and polygons: density outlines, ROC steps).
    ///
    /// The first and last point of each run are kept, so closed polygons stay closed and
    /// neighbouring runs still meet; curves, arcs and runs of one segment are copied unchanged.
    /// Points exactly on the segment between their neighbours (the straight stretches of a ROC
    /// staircase) are always dropped; a point that doubles back is not. Every kept point is one
    /// of the original points, and every original point lies within `tolerance` of the
    /// simplified polyline.
    ///
    /// Complexity: O(n log n) for typical curves and O(n²) in the worst case, for n points.
    /// - Parameter tolerance: the largest allowed distance, in the path's units; 0 drops only
    ///   exactly collinear points. Non-finite or negative tolerances return the path unchanged.
    /// - Returns: the simplified path.
    public func simplified(tolerance: Double) -> Path {
        guard tolerance.isFinite, tolerance >= 0 else { return self }
        var result = Path()
        var run: [Point] = []

        func flush() {
            guard !run.isEmpty else { return }
            guard run.count > 2 else {  // nothing to drop
                result.move(to: run[0])
                if run.count == 2 { result.line(to: run[1]) }
                run.removeAll(keepingCapacity: true)
                return
            }
            let kept = Self.douglasPeucker(run, tolerance: tolerance)
            result.move(to: run[kept[0]])
            for index in kept.dropFirst() { result.line(to: run[index]) }
            run.removeAll(keepingCapacity: true)
        }

        for element in elements {
            switch element {
            case .move(let p):
                flush()
                run.append(p)
            case .line(let p) where !run.isEmpty:
                run.append(p)
            default:
                flush()
                result.append(element)
            }
        }
        flush()
        return result
    }

    /// Whether some run of straight segments has three or more points, so that `simplified`
    /// could drop one (rectangles, single lines and tick marks cannot). O(n), no allocation.
    public var hasSimplifiableRun: Bool {
        var points = 0
        for element in elements {
            switch element {
            case .move: points = 1
            case .line where points > 0:
                points += 1
                if points >= 3 { return true }
            default: points = 0
            }
        }
        return false
    }

    /// Indices of the points Ramer–Douglas–Peucker keeps, in order (iterative, so long runs do
    /// not recurse deeply).
    static func douglasPeucker(_ points: [Point], tolerance: Double) -> [Int] {
        guard points.count > 2 else { return Array(points.indices) }
        let squaredTolerance = tolerance * tolerance
        var keep = [Bool](repeating: false, count: points.count)
        keep[0] = true
        keep[points.count - 1] = true
        var pending = [(points.startIndex, points.count - 1)]
        while let (first, last) = pending.popLast() {
            guard last - first > 1 else { continue }
            let a = points[first], b = points[last]
            var farthest = first, squaredDistance = -1.0
            for i in (first + 1)..<last {
                let d = Self.squaredDistance(from: points[i], toSegment: a, b)
                if d > squaredDistance { squaredDistance = d; farthest = i }
            }
            if squaredDistance > squaredTolerance {
                keep[farthest] = true
                pending.append((first, farthest))
                pending.append((farthest, last))
            }
        }
        return keep.indices.filter { keep[$0] }
    }

    /// Euclidean distance from `p` to the segment from `a` to `b` (to `a` when the segment has
    /// no length). Distance to the segment, not to its line, so a point that doubles back
    /// beyond an end of the chord is kept.
    static func distance(from p: Point, toSegment a: Point, _ b: Point) -> Double {
        squaredDistance(from: p, toSegment: a, b).squareRoot()
    }

    /// The square of `distance(from:toSegment:_:)` (compared with the squared tolerance, it
    /// saves a square root per point and pass).
    static func squaredDistance(from p: Point, toSegment a: Point, _ b: Point) -> Double {
        let dx = b.x - a.x, dy = b.y - a.y
        let squaredLength = dx * dx + dy * dy
        var t = squaredLength > 0 ? ((p.x - a.x) * dx + (p.y - a.y) * dy) / squaredLength : 0
        t = min(max(t, 0), 1)
        let ex = p.x - (a.x + t * dx), ey = p.y - (a.y + t * dy)
        return ex * ex + ey * ey
    }
}
