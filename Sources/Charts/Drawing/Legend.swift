import Canvas

/// A key explaining line styles, areas and markers; laid out in a column or as a wrapping row.
public enum Legend {
    /// The sample drawn in front of an entry's text.
    public enum Symbol: Sendable, Hashable {
        /// A line segment, optionally with a marker in its middle.
        case line(StrokeStyle, marker: MarkerShape?)
        /// A small filled (and possibly hatched) box.
        case area(SeriesStyle)
        /// A marker alone.
        case marker(MarkerShape)
    }

    /// One legend entry.
    public struct Entry: Sendable, Hashable {
        public var symbol: Symbol
        /// The text; may contain line breaks.
        public var text: String

        /// Creates an entry.
        /// - Parameters:
        ///   - symbol: The sample.
        ///   - text: The explanation.
        public init(_ symbol: Symbol, _ text: String) {
            self.symbol = symbol
            self.text = text
        }
    }

    /// Column (one entry per row) or row (entries side by side, wrapping).
    public enum Arrangement: Sendable, Hashable { case column, row }

    static let symbolWidth = 18.0
    static let symbolGap = 4.0
    static let entryGap = 10.0

    /// The size the legend needs.
    /// - Parameters:
    ///   - entries: The entries.
    ///   - arrangement: Column or row.
    ///   - maxWidth: Available width (text wraps in a column, entries wrap in a row).
    ///   - theme: Fonts and marker sizes.
    ///   - canvas: Used to measure text.
    /// - Returns: The legend's size.
    public static func size(_ entries: [Entry], arrangement: Arrangement, maxWidth: Double,
                            theme: ChartTheme, canvas: Canvas) -> Size {
        layout(entries, arrangement: arrangement, maxWidth: maxWidth, theme: theme, canvas: canvas).size
    }

    /// Draws the legend with its top-left corner at `origin`.
    /// - Parameters:
    ///   - entries: The entries.
    ///   - arrangement: Column or row.
    ///   - origin: Top-left corner.
    ///   - maxWidth: Available width.
    ///   - theme: Fonts and marker sizes.
    ///   - canvas: The canvas to draw on.
    /// - Returns: The size used.
    @discardableResult
    public static func draw(_ entries: [Entry], arrangement: Arrangement, at origin: Point, maxWidth: Double,
                            theme: ChartTheme, in canvas: Canvas) -> Size {
        let l = layout(entries, arrangement: arrangement, maxWidth: maxWidth, theme: theme, canvas: canvas)
        for (entry, box) in zip(entries, l.boxes) {
            let lineHeight = canvas.measure(TextBlock("0", font: theme.legendFont)).height
            let symbolCenter = Point(x: origin.x + box.minX + symbolWidth / 2, y: origin.y + box.minY + lineHeight / 2)
            drawSymbol(entry.symbol, at: symbolCenter, theme: theme, in: canvas)
            canvas.draw(text(entry.text, width: box.width - symbolWidth - symbolGap, theme: theme),
                        at: Point(x: origin.x + box.minX + symbolWidth + symbolGap, y: origin.y + box.minY))
        }
        return l.size
    }

    /// Draws the legend as a column right of a plot, its top level with the plot's top, wrapping at the
    /// figure's right edge (the layout of the ROC, calibration, decision-curve and response charts).
    /// - Parameters:
    ///   - entries: The entries.
    ///   - plot: The data rectangle the legend stands beside.
    ///   - gap: Space between the plot's right edge and the legend.
    ///   - frame: The figure's rectangle.
    ///   - theme: Fonts and marker sizes.
    ///   - canvas: The canvas to draw on.
    static func drawColumn(_ entries: [Entry], rightOf plot: Rect, gap: Double = 18, in frame: Rect, theme: ChartTheme,
                           canvas: Canvas) {
        let left = plot.maxX + gap
        draw(entries, arrangement: .column, at: Point(x: left, y: plot.minY), maxWidth: frame.maxX - left, theme: theme, in: canvas)
    }

    private static func text(_ s: String, width: Double?, theme: ChartTheme) -> TextBlock {
        TextBlock(s, font: theme.legendFont, color: theme.ink, width: width)
    }

    private static func layout(_ entries: [Entry], arrangement: Arrangement, maxWidth: Double,
                               theme: ChartTheme, canvas: Canvas) -> (size: Size, boxes: [Rect]) {
        let textWidth = max(10, maxWidth - symbolWidth - symbolGap)
        var boxes: [Rect] = []
        var x = 0.0, y = 0.0, rowHeight = 0.0, width = 0.0
        for e in entries {
            let natural = canvas.measure(text(e.text, width: nil, theme: theme))
            let m = natural.width > textWidth ? canvas.measure(text(e.text, width: textWidth, theme: theme)) : natural
            let w = symbolWidth + symbolGap + min(natural.width, textWidth)
            switch arrangement {
            case .column:
                boxes.append(Rect(x: 0, y: y, width: w, height: m.height))
                y += m.height + 3
                width = max(width, w)
            case .row:
                if x > 0 && x + w > maxWidth {
                    x = 0
                    y += rowHeight + 3
                    rowHeight = 0
                }
                boxes.append(Rect(x: x, y: y, width: w, height: m.height))
                x += w + entryGap
                rowHeight = max(rowHeight, m.height)
                width = max(width, x - entryGap)
            }
        }
        let height = arrangement == .column ? max(0, y - 3) : (entries.isEmpty ? 0 : y + rowHeight)
        return (Size(width: width, height: height), boxes)
    }

    private static func drawSymbol(_ symbol: Symbol, at c: Point, theme: ChartTheme, in canvas: Canvas) {
        switch symbol {
        case .line(let style, let marker):
            canvas.stroke(.line(from: Point(x: c.x - symbolWidth / 2, y: c.y), to: Point(x: c.x + symbolWidth / 2, y: c.y)), style: style)
            marker?.draw(in: canvas, at: c, size: theme.markerSize, color: style.color, lineWidth: theme.markerLineWidth)
        case .area(let style):
            let box = Rect(x: c.x - 6, y: c.y - 4, width: 12, height: 8)
            let path = Path.rect(box)
            if let fill = style.fill { canvas.fill(path, color: fill) }
            style.hatching?.draw(clippedTo: path, bounds: box, in: canvas)
            canvas.stroke(path, style: style.stroke)
        case .marker(let shape):
            shape.draw(in: canvas, at: c, size: theme.markerSize, color: theme.ink, lineWidth: theme.markerLineWidth)
        }
    }
}
