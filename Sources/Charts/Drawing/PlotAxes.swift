import Canvas
import Statistics

/// The frame of a rectangular x–y plot (ROC, calibration, decision curve): labelled axes below and left,
/// a thin closing frame on top and right, and the two axis titles (the y title rotated).
public enum PlotAxes {
    /// One axis: where its values go on the page and which ticks it shows.
    public struct Axis: Sendable, Hashable {
        /// Data → canvas coordinate.
        public var scale: LinearScale
        /// Tick values with their printed labels.
        public var ticks: NiceTicks
        /// The axis title.
        public var title: String
    }

    /// Space left of the plot for the rotated y title, the widest tick label, the ticks and their gap.
    /// - Parameters:
    ///   - tickLabels: The y axis's tick labels.
    ///   - theme: Fonts and tick geometry.
    ///   - canvas: Used to measure text.
    /// - Returns: Width in points.
    public static func leftMargin(tickLabels: [String], theme: ChartTheme, canvas: Canvas) -> Double {
        let labelHeight = canvas.measure(TextBlock("0", font: theme.labelFont)).height
        let widest = tickLabels.map { canvas.measure(TextBlock($0, font: theme.tickFont)).width }.max() ?? 0
        return labelHeight + 4 + widest + theme.tickLength + theme.tickLabelGap + 2
    }

    /// Space below the plot for ticks, one row of tick labels and the x title.
    /// - Parameters:
    ///   - theme: Fonts and tick geometry.
    ///   - canvas: Used to measure text.
    /// - Returns: Height in points.
    public static func bottomMargin(theme: ChartTheme, canvas: Canvas) -> Double {
        let lineHeight = canvas.measure(TextBlock("0", font: theme.tickFont)).height
        let labelHeight = canvas.measure(TextBlock("0", font: theme.labelFont)).height
        return theme.tickLength + theme.tickLabelGap + lineHeight + 4 + labelHeight
    }

    /// Draws both axes around `plot`.
    /// - Parameters:
    ///   - plot: The data rectangle.
    ///   - x: The horizontal axis (drawn along the bottom edge).
    ///   - y: The vertical axis (drawn along the left edge).
    ///   - theme: Fonts, line widths and inks.
    ///   - canvas: The canvas to draw on.
    public static func draw(plot: Rect, x: Axis, y: Axis, theme: ChartTheme, in canvas: Canvas) {
        let bottom = AxisRenderer.draw(ticks: zip(x.ticks.values, x.ticks.labels).map { AxisRenderer.Tick(position: x.scale($0), label: $1) },
                                       line: plot.minX...plot.maxX, at: plot.maxY, side: .below, theme: theme, in: canvas)
        let left = AxisRenderer.draw(ticks: zip(y.ticks.values, y.ticks.labels).map { AxisRenderer.Tick(position: y.scale($0), label: $1) },
                                     line: plot.minY...plot.maxY, at: plot.minX, side: .left, theme: theme, in: canvas)
        // Close the rectangle with a thin frame.
        canvas.stroke(.polyline([Point(x: plot.minX, y: plot.minY), Point(x: plot.maxX, y: plot.minY), Point(x: plot.maxX, y: plot.maxY)]),
                      style: StrokeStyle(width: theme.axisLineWidth * 0.6, color: theme.secondaryInk))
        canvas.draw(TextBlock(x.title, font: theme.labelFont, color: theme.ink), anchor: .topCenter,
                    at: Point(x: plot.midX, y: plot.maxY + bottom + 2))
        canvas.withState {
            canvas.translate(x: plot.minX - left - 3, y: plot.midY)
            canvas.rotate(radians: -Double.pi / 2)
            canvas.draw(TextBlock(y.title, font: theme.labelFont, color: theme.ink), anchor: .bottomCenter, at: .zero)
        }
    }
}
