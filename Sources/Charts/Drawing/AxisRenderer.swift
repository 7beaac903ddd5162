import Canvas

/// Draws one straight axis: its line, major and minor ticks, and tick labels.
///
/// Horizontal tick labels that would overlap are staggered onto further rows (never dropped and never
/// drawn on top of each other), so dense ticks such as the 0.9/0.95 probabilities stay readable.
public enum AxisRenderer {
    /// One tick, at a canvas coordinate along the axis.
    public struct Tick: Sendable, Hashable {
        /// Canvas coordinate along the axis (x for a horizontal axis, y for a vertical one).
        public var position: Double
        /// The label; `nil` for an unlabelled tick.
        public var label: String?
        /// Major ticks are longer than minor ones.
        public var isMajor: Bool = true
    }

    /// The side of the axis line on which ticks and labels are drawn.
    public enum Side: Sendable, Hashable { case above, below, left, right }

    /// Draws the axis.
    /// - Parameters:
    ///   - ticks: Ticks to draw.
    ///   - line: Canvas interval covered by the axis line; `nil` spans the ticks.
    ///   - cross: The axis line's other coordinate (y for a horizontal axis, x for a vertical one).
    ///   - side: Where ticks and labels go.
    ///   - theme: Fonts and line widths.
    ///   - canvas: The canvas to draw on.
    ///   - labelsOnWhite: Put tick labels on small white boxes, so lines drawn earlier (e.g. nomogram drop
    ///     lines) do not run through them.
    /// - Returns: How far ticks and labels reach away from the axis line, points.
    @discardableResult
    public static func draw(ticks: [Tick], line: ClosedRange<Double>?, at cross: Double, side: Side,
                            theme: ChartTheme, in canvas: Canvas, labelsOnWhite: Bool = false) -> Double {
        func label(_ text: String, _ anchor: TextAnchor, _ p: Point) -> Rect {
            labelsOnWhite ? canvas.drawOnWhite(block(text, theme), anchor: anchor, at: p, padding: 0.6)
                : canvas.draw(block(text, theme), anchor: anchor, at: p)
        }
        let horizontal = side == .above || side == .below
        let sign: Double = (side == .below || side == .right) ? 1 : -1
        func point(_ along: Double, _ across: Double) -> Point {
            horizontal ? Point(x: along, y: across) : Point(x: across, y: along)
        }
        let axisStyle = StrokeStyle(width: theme.axisLineWidth, color: theme.ink, cap: .square)
        let span = line ?? ticks.map(\.position).minMax
        if let span {
            canvas.stroke(.line(from: point(span.lowerBound, cross), to: point(span.upperBound, cross)), style: axisStyle)
        }
        var tickPath = Path()
        for t in ticks {
            let length = t.isMajor ? theme.tickLength : theme.minorTickLength
            tickPath.move(to: point(t.position, cross))
            tickPath.line(to: point(t.position, cross + sign * length))
        }
        if !tickPath.isEmpty { canvas.stroke(tickPath, style: StrokeStyle(width: theme.axisLineWidth, color: theme.ink)) }

        let labelled = ticks.filter { $0.label != nil }.sorted { $0.position < $1.position }
        let offset = theme.tickLength + theme.tickLabelGap
        guard !labelled.isEmpty else { return theme.tickLength }
        if horizontal {
            let rows = staggerRows(labelled.map { ($0.position, canvas.measure(block($0.label!, theme)).width) },
                                   gap: theme.tickFont.size * 0.25)
            let lineHeight = canvas.measure(block("0", theme)).height
            for (t, row) in zip(labelled, rows) {
                let y = cross + sign * (offset + Double(row) * lineHeight)
                _ = label(t.label!, side == .below ? .topCenter : .bottomCenter, Point(x: t.position, y: y))
            }
            return offset + Double((rows.max() ?? 0) + 1) * lineHeight
        } else {
            var widest = 0.0
            for t in labelled {
                let box = label(t.label!, side == .left ? .middleRight : .middleLeft, Point(x: cross + sign * offset, y: t.position))
                widest = max(widest, box.width)
            }
            return offset + widest
        }
    }

    /// Assigns labels (sorted by centre) to rows by strict alternation over the fewest rows k for which no two
    /// labels of one row overlap: label i goes to row i mod k. The regular pattern reads better than greedy
    /// packing. O(n · k).
    /// - Parameters:
    ///   - labels: Centre and width of each label, ascending by centre.
    ///   - gap: Minimum free space between labels in one row.
    /// - Returns: The row index (0 = next to the axis) of each label.
    public static func staggerRows(_ labels: [(center: Double, width: Double)], gap: Double) -> [Int] {
        guard labels.count > 1 else { return labels.map { _ in 0 } }
        for k in 1..<labels.count {
            let fits = (k..<labels.count).allSatisfy { i in
                let a = labels[i - k], b = labels[i]
                return b.center - b.width / 2 >= a.center + a.width / 2 + gap
            }
            if fits { return labels.indices.map { $0 % k } }
        }
        return Array(labels.indices)
    }

    private static func block(_ s: String, _ theme: ChartTheme) -> TextBlock {
        TextBlock(s, font: theme.tickFont, color: theme.ink)
    }
}

extension Array where Element == Double {
    /// The closed interval from the smallest to the largest element; `nil` when empty.
    var minMax: ClosedRange<Double>? {
        guard let lo = self.min(), let hi = self.max() else { return nil }
        return lo...hi
    }
}
