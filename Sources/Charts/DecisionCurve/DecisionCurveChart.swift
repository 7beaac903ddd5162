import Canvas
import Statistics

/// Draws a decision curve: net benefit against threshold probability for each model, with treat-all and
/// treat-none reference lines, clipped to the spec's net-benefit range.
///
/// Grey-print safe: models use the theme's curve styles (dash patterns); treat-all is a thin solid grey line
/// and treat-none a thin solid black line at zero. The legend sits in a column right of the plot.
public enum DecisionCurveChart {
    /// Plot width as a share of the figure width left of the legend.
    static let plotShare = 0.6
    /// Plot height relative to its width.
    static let aspect = 0.62

    /// The treat-all line.
    static func treatAllStyle(_ theme: ChartTheme) -> StrokeStyle {
        StrokeStyle(width: 0.8, color: Color(grey: 0.55), join: .round)
    }

    /// The treat-none line.
    static func treatNoneStyle(_ theme: ChartTheme) -> StrokeStyle {
        StrokeStyle(width: 0.8, color: theme.ink)
    }

    /// Draws the chart inside `frame`.
    /// - Parameters:
    ///   - spec: What to draw.
    ///   - canvas: The canvas to draw on.
    ///   - frame: The figure's rectangle.
    ///   - theme: Fonts and curve styles.
    public static func draw(_ spec: DecisionCurveChartSpec, in canvas: Canvas, frame: Rect, theme: ChartTheme = .standard) {
        let (top, bottom) = ChartChrome.draw(title: spec.title, notes: spec.notes, footnote: spec.footnote, in: frame,
                                             theme: theme, canvas: canvas)
        let range = spec.netBenefitRange
        let yTicks = NiceTicks(lower: range.lowerBound, upper: range.upperBound, targetCount: 6)
        let xTicks = NiceTicks(lower: spec.thresholdRange.lowerBound, upper: spec.thresholdRange.upperBound, targetCount: 6)
        let leftMargin = PlotAxes.leftMargin(tickLabels: yTicks.labels, theme: theme, canvas: canvas)
        let bottomMargin = PlotAxes.bottomMargin(theme: theme, canvas: canvas)
        let width = (frame.width - leftMargin) * plotShare
        let height = max(40, min(bottom - top - bottomMargin - 6, width * aspect))
        let plot = Rect(x: frame.minX + leftMargin, y: top + 6, width: width, height: height)
        let x = LinearScale(domain: (spec.thresholdRange.lowerBound, spec.thresholdRange.upperBound), range: (plot.minX, plot.maxX))
        let y = LinearScale(domain: (range.lowerBound, range.upperBound), range: (plot.maxY, plot.minY))

        PlotAxes.draw(plot: plot, x: PlotAxes.Axis(scale: x, ticks: xTicks, title: "Threshold probability"),
                      y: PlotAxes.Axis(scale: y, ticks: yTicks, title: "Net benefit"), theme: theme, in: canvas)
        func stroke(_ points: [PlotPoint], _ style: StrokeStyle) {
            for run in VerticalClip.runs(points, within: range) {
                canvas.stroke(.polyline(run.map { Point(x: x($0.x), y: y($0.y)) }), style: style)
            }
        }
        canvas.stroke(.line(from: Point(x: plot.minX, y: y(0)), to: Point(x: plot.maxX, y: y(0))), style: treatNoneStyle(theme))
        stroke(spec.treatAll, treatAllStyle(theme))
        for series in spec.series.reversed() { stroke(series.points, series.style.stroke) }
        let entries = spec.series.map { Legend.Entry(.line($0.style.stroke, marker: nil), $0.name) }
            + [Legend.Entry(.line(treatAllStyle(theme), marker: nil), spec.treatAllLabel),
               Legend.Entry(.line(treatNoneStyle(theme), marker: nil), spec.treatNoneLabel)]
        Legend.drawColumn(entries, rightOf: plot, in: frame, theme: theme, canvas: canvas)
    }

    /// The height for a plot of `plotShare` of `width` at `aspect`, plus axes, caption and footnote.
    /// - Parameters:
    ///   - spec: What will be drawn.
    ///   - width: Figure width in points.
    ///   - theme: Fonts.
    ///   - canvas: Used to measure text.
    /// - Returns: Height in points.
    public static func preferredHeight(_ spec: DecisionCurveChartSpec, width: Double, theme: ChartTheme = .standard,
                                       canvas: Canvas) -> Double {
        let chrome = ChartChrome.height(title: spec.title, notes: spec.notes, footnote: spec.footnote, width: width,
                                        theme: theme, canvas: canvas)
        let yTicks = NiceTicks(lower: spec.netBenefitRange.lowerBound, upper: spec.netBenefitRange.upperBound, targetCount: 6)
        let leftMargin = PlotAxes.leftMargin(tickLabels: yTicks.labels, theme: theme, canvas: canvas)
        let plotHeight = (width - leftMargin) * plotShare * aspect
        return chrome + 6 + plotHeight + PlotAxes.bottomMargin(theme: theme, canvas: canvas) + 6 + 6
    }
}
