import Canvas
import Statistics

/// Draws a calibration plot: observed against predicted probability on equal 0–1 scales, per model the
/// grouped observed proportions with 95 % whiskers and a smoothed curve, and the dotted diagonal of perfect
/// calibration.
///
/// Grey-print safe: models differ by curve dash pattern and marker shape (the theme's curve styles). The plot
/// is square on the left; the legend sits in a column to its right, as in the ROC chart.
public enum CalibrationChart {
    /// Draws the chart inside `frame`.
    /// - Parameters:
    ///   - spec: What to draw.
    ///   - canvas: The canvas to draw on.
    ///   - frame: The figure's rectangle.
    ///   - theme: Fonts, curve styles and marker shapes.
    public static func draw(_ spec: CalibrationChartSpec, in canvas: Canvas, frame: Rect, theme: ChartTheme = .standard) {
        let (top, bottom) = ChartChrome.draw(title: spec.title, notes: spec.notes, footnote: spec.footnote, in: frame,
                                             theme: theme, canvas: canvas)
        let ticks = NiceTicks(lower: 0, upper: 1, step: 0.2)
        let leftMargin = PlotAxes.leftMargin(tickLabels: ticks.labels, theme: theme, canvas: canvas)
        let bottomMargin = PlotAxes.bottomMargin(theme: theme, canvas: canvas)
        let side = max(40, min(bottom - top - bottomMargin - 6, (frame.width - leftMargin) * 0.55))
        let plot = Rect(x: frame.minX + leftMargin, y: top + 6, width: side, height: side)
        let x = LinearScale(domain: (0, 1), range: (plot.minX, plot.maxX))
        let y = LinearScale(domain: (0, 1), range: (plot.maxY, plot.minY))

        PlotAxes.draw(plot: plot, x: PlotAxes.Axis(scale: x, ticks: ticks, title: "Predicted probability of \(spec.positiveClass)"),
                      y: PlotAxes.Axis(scale: y, ticks: ticks, title: "Observed proportion of \(spec.positiveClass)"),
                      theme: theme, in: canvas)
        canvas.stroke(.line(from: Point(x: plot.minX, y: plot.maxY), to: Point(x: plot.maxX, y: plot.minY)),
                      style: theme.identityDiagonal)
        for series in spec.series.reversed() {
            for run in VerticalClip.runs(series.smoothed, within: 0...1) {
                canvas.stroke(.polyline(run.map { Point(x: x($0.x), y: y($0.y)) }), style: series.style.stroke)
            }
        }
        canvas.withState {
            canvas.clip(to: .rect(plot.inset(by: -2)))
            let cap = theme.markerSize * 0.45
            for series in spec.series.reversed() {
                let whisker = StrokeStyle(width: 0.6, color: series.style.stroke.color)
                var whiskers = Path()
                for bin in series.bins {
                    let bx = x(bin.meanPredicted), lo = y(bin.observedLow), hi = y(bin.observedHigh)
                    whiskers.move(to: Point(x: bx, y: lo))
                    whiskers.line(to: Point(x: bx, y: hi))
                    for end in [lo, hi] {
                        whiskers.move(to: Point(x: bx - cap, y: end))
                        whiskers.line(to: Point(x: bx + cap, y: end))
                    }
                }
                if !whiskers.isEmpty { canvas.stroke(whiskers, style: whisker) }
                for bin in series.bins {
                    series.style.marker.draw(in: canvas, at: Point(x: x(bin.meanPredicted), y: y(bin.observed)),
                                             size: theme.markerSize, color: series.style.stroke.color,
                                             lineWidth: theme.markerLineWidth)
                }
            }
        }
        let entries = spec.series.map { Legend.Entry(.line($0.style.stroke, marker: $0.style.marker), "\($0.name)\n\($0.summary)") }
            + [Legend.Entry(.line(theme.identityDiagonal, marker: nil),
                            "Perfect calibration")]
        Legend.drawColumn(entries, rightOf: plot, in: frame, theme: theme, canvas: canvas)
    }

    /// The height for a plot square of about 55 % of `width` plus axes, caption and footnote.
    /// - Parameters:
    ///   - spec: What will be drawn.
    ///   - width: Figure width in points.
    ///   - theme: Fonts.
    ///   - canvas: Used to measure text.
    /// - Returns: Height in points.
    public static func preferredHeight(_ spec: CalibrationChartSpec, width: Double, theme: ChartTheme = .standard,
                                       canvas: Canvas) -> Double {
        let chrome = ChartChrome.height(title: spec.title, notes: spec.notes, footnote: spec.footnote, width: width,
                                        theme: theme, canvas: canvas)
        let leftMargin = PlotAxes.leftMargin(tickLabels: ["0.0"], theme: theme, canvas: canvas)
        return chrome + 6 + (width - leftMargin) * 0.55 + PlotAxes.bottomMargin(theme: theme, canvas: canvas) + 6 + 6
    }
}
