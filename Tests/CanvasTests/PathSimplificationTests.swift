import Foundation
import Testing
@testable import Canvas

@Suite struct PathSimplificationTests {
    private func points(_ path: Path) -> [Point] {
        path.elements.compactMap { element in
            switch element {
            case .move(let p), .line(let p): p
            default: nil
            }
        }
    }

    @Test func collinearPointsOfAStaircaseAreDropped() {
        // A ROC-like staircase: runs of equal x or equal y.
        let staircase = Path.polyline([
            Point(x: 0, y: 0), Point(x: 0, y: 1), Point(x: 0, y: 2), Point(x: 0, y: 3),
            Point(x: 1, y: 3), Point(x: 2, y: 3), Point(x: 2, y: 4), Point(x: 2, y: 5),
        ])
        let simplified = staircase.simplified(tolerance: 0)
        #expect(points(simplified) == [Point(x: 0, y: 0), Point(x: 0, y: 3), Point(x: 2, y: 3), Point(x: 2, y: 5)])
        #expect(simplified.elements.first == .move(Point(x: 0, y: 0)))
    }

    @Test func aPointThatDoublesBackIsKept() {
        // On the line through the chord, but beyond its end: dropping it would shorten the path.
        let spike = Path.polyline([Point(x: 0, y: 0), Point(x: 10, y: 0), Point(x: 5, y: 0)])
        #expect(points(spike.simplified(tolerance: 0.5)) == points(spike))
    }

    @Test func closedPolygonsStayClosedAndCurvesAreCopied() {
        var path = Path.polygon([Point(x: 0, y: 0), Point(x: 1, y: 0.001), Point(x: 2, y: 0), Point(x: 2, y: 2)])
        path.curve(to: Point(x: 5, y: 5), control1: Point(x: 3, y: 3), control2: Point(x: 4, y: 4))
        path.line(to: Point(x: 6, y: 6))
        let simplified = path.simplified(tolerance: 0.01)
        #expect(simplified.elements == [
            .move(Point(x: 0, y: 0)), .line(Point(x: 2, y: 0)), .line(Point(x: 2, y: 2)), .close,
            .curve(Point(x: 3, y: 3), Point(x: 4, y: 4), Point(x: 5, y: 5)), .line(Point(x: 6, y: 6)),
        ])
    }

    @Test func onlyRunsOfThreeOrMorePointsAreSimplifiable() {
        #expect(!Path.line(from: Point(x: 0, y: 0), to: Point(x: 1, y: 1)).hasSimplifiableRun)
        var ticks = Path()
        for i in 0..<10 { ticks.append(.line(from: Point(x: Double(i), y: 0), to: Point(x: Double(i), y: 3))) }
        #expect(!ticks.hasSimplifiableRun)
        #expect(Path.polyline([Point(x: 0, y: 0), Point(x: 1, y: 0), Point(x: 2, y: 0)]).hasSimplifiableRun)
        #expect(Path.rect(Rect(x: 0, y: 0, width: 1, height: 1)).hasSimplifiableRun)
        #expect(!Path.circle(center: .zero, radius: 1).hasSimplifiableRun)
    }

    @Test func invalidTolerancesLeaveThePathUnchanged() {
        let path = Path.polyline([Point(x: 0, y: 0), Point(x: 1, y: 0), Point(x: 2, y: 0)])
        #expect(path.simplified(tolerance: -1) == path)
        #expect(path.simplified(tolerance: .nan) == path)
        #expect(path.simplified(tolerance: .infinity) == path)
    }

    /// Every original point is within the tolerance of the simplified polyline, every kept point
    /// is an original point in the original order, and the ends are kept (seeded random walks).
    @Test(arguments: [0.01, 0.05, 0.5])
    func everyPointStaysWithinTheTolerance(tolerance: Double) {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next() -> Double {  // SplitMix64 → [0, 1)
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return Double((z ^ (z >> 31)) >> 11) / Double(1 << 53)
        }
        for _ in 0..<50 {
            var walk: [Point] = [Point(x: 0, y: 0)]
            for i in 1..<200 {
                walk.append(Point(x: Double(i) * 0.3, y: walk[i - 1].y + (next() - 0.5) * 0.2))
            }
            let kept = points(Path.polyline(walk).simplified(tolerance: tolerance))
            #expect(kept.first == walk.first && kept.last == walk.last)
            #expect(kept.count < walk.count)
            // Kept points are a subsequence of the original.
            var cursor = walk.startIndex
            for p in kept {
                guard let found = walk[cursor...].firstIndex(of: p) else { Issue.record("\(p) is not an original point"); return }
                cursor = found + 1
            }
            for p in walk {
                let nearest = zip(kept, kept.dropFirst()).map { Path.distance(from: p, toSegment: $0, $1) }.min() ?? .infinity
                #expect(nearest <= tolerance + 1e-12)
            }
        }
    }
}
