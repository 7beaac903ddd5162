import Canvas
import Statistics
import Testing
@testable import Charts
import TestSupport

@Suite struct LayoutTests {
    @Test func separatedLabelsStayWhereTheyWant() {
        #expect(LabelPlacement.spread([10, 40, 90], sizes: [10, 10, 10], gap: 2) == [10, 40, 90])
    }

    @Test func twoCollidingLabelsMoveApartSymmetrically() {
        let c = LabelPlacement.spread([10, 11], sizes: [10, 10], gap: 2)
        expectClose(c[0], 4.5, absolute: 1e-12)
        expectClose(c[1], 16.5, absolute: 1e-12)
    }

    @Test func labelsArePushedInsideTheBounds() {
        let c = LabelPlacement.spread([98, 99], sizes: [10, 10], gap: 2, within: 0...100)
        expectClose(c[1], 95, absolute: 1e-12)
        expectClose(c[0], 83, absolute: 1e-12)
    }

    @Test(arguments: 1...20)
    func randomLabelsNeverOverlapAndKeepTheirOrder(seed: UInt64) {
        var rng = SplitMix64(seed: seed)
        let n = 2 + Int(rng.next() % 8)
        let wanted = (0..<n).map { _ in Double(rng.next() % 1000) / 10 }
        let sizes = (0..<n).map { _ in 2 + Double(rng.next() % 100) / 10 }
        let c = LabelPlacement.spread(wanted, sizes: sizes, gap: 1, within: -50...150)
        let order = wanted.indices.sorted { (wanted[$0], $0) < (wanted[$1], $1) }
        for (a, b) in zip(order, order.dropFirst()) {
            #expect(c[b] - sizes[b] / 2 >= c[a] + sizes[a] / 2 + 1 - 1e-9)
        }
        for i in c.indices { #expect(c[i] - sizes[i] / 2 >= -50 - 1e-9 && c[i] + sizes[i] / 2 <= 150 + 1e-9) }
    }

    @Test func overlappingTickLabelsAreStaggered() {
        let rows = AxisRenderer.staggerRows([(0, 10), (5, 10), (20, 10), (24, 6)], gap: 1)
        #expect(rows == [0, 1, 0, 1])
    }

    @Test func linearScaleMapsAndInverts() {
        let s = LinearScale(domain: (0, 1), range: (300, 100))
        #expect(s(0.25) == 250)
        #expect(s.invert(150) == 0.75)
        #expect(s.clampedToDomain(1.3) == 1)
        #expect(!s.domainContains(-0.1))
    }

    @Test func textAnchorPlacesTheBox() {
        let box = TextAnchor.bottomRight.box(size: Size(width: 20, height: 10), at: Point(x: 100, y: 50))
        #expect(box == Rect(x: 80, y: 40, width: 20, height: 10))
    }
}
