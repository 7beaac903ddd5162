import Canvas
import Formatting
import Statistics

/// Draws the response over time: diameters against weeks since the first treatment, the mRECIST limits,
/// the nadir, each scan's overall category above the plot and the endpoint window.
///
/// Grey-print safe: each lesion has its own dash pattern and marker shape, the sum is the heavy solid
/// line; the PR limit is dashed and the PD limit dotted; the window is light grey with its tolerance
/// hatched; categories, new lesions and non-target progression are written out, never coloured.
public enum ResponseChart {
    /// Plot width as a share of the figure width left of the legend, at most; narrower when the legend
    /// needs more room to fit beside the plot.
    static let plotShare = 0.6
    /// Plot height relative to its width, when the height is free (`preferredHeight`).
    static let aspect = 0.42
    /// Space right of the plot for the limits' labels, before the legend.
    static let labelGap = 34.0
    /// The light grey of the endpoint window.
    static let windowFill = Color(grey: 0.88)

    /// The window's tolerance hatching.
    static let toleranceHatching = Hatching(angleDegrees: 45, spacing: 2.5, stroke: StrokeStyle(width: 0.4, color: Color(grey: 0.25)))
    /// The partial-response limit (0.7 × baseline sum).
    static let responseLimitStyle = StrokeStyle(width: 0.7, color: Color(grey: 0.35))
    /// The progression limit (1.2 × nadir before each scan).
    static let progressionLimitStyle = StrokeStyle(width: 1.0, color: Color(grey: 0.2), dash: [0.8, 1.6], cap: .round)

    /// Draws the chart inside `frame`.
    /// - Parameters:
    ///   - spec: What to draw.
    ///   - canvas: The canvas to draw on.
    ///   - frame: The figure's rectangle.
    ///   - theme: Fonts, line styles and marker shapes.
    public static func draw(_ spec: ResponseChartSpec, in canvas: Canvas, frame: Rect, theme: ChartTheme = .standard) {
        let (top, bottom) = ChartChrome.draw(title: spec.title, notes: spec.notes, footnote: spec.footnote, in: frame,
                                             theme: theme, canvas: canvas)
        let (xTicks, yTicks) = ticks(spec)
        let leftMargin = PlotAxes.leftMargin(tickLabels: yTicks.labels, theme: theme, canvas: canvas)
        let bottomMargin = PlotAxes.bottomMargin(theme: theme, canvas: canvas)
        let rowHeight = canvas.measure(TextBlock("PD", font: theme.annotationFont)).height
        let strip = 2 * rowHeight + 4
        let plotTop = top + strip
        // The legend runs from the plot's top down to the caption; the plot narrows until it fits.
        let entries = legendEntries(spec, theme: theme)
        var width = (frame.width - leftMargin) * plotShare
        for share in stride(from: plotShare, through: 0.4, by: -0.05) {
            width = (frame.width - leftMargin) * share
            let legendWidth = frame.maxX - (frame.minX + leftMargin + width + labelGap)
            if Legend.size(entries, arrangement: .column, maxWidth: legendWidth, theme: theme, canvas: canvas).height <= bottom - plotTop { break }
        }
        let plot = Rect(x: frame.minX + leftMargin, y: plotTop, width: width, height: max(30, bottom - bottomMargin - 4 - plotTop))
        let x = LinearScale(domain: (xTicks.values.first ?? 0, xTicks.values.last ?? 1), range: (plot.minX, plot.maxX))
        let y = LinearScale(domain: (yTicks.values.first ?? 0, yTicks.values.last ?? 1), range: (plot.maxY, plot.minY))
        func p(_ r: ResponseChartSpec.Reading) -> Point { Point(x: x(r.weeks), y: y(r.millimetres)) }

        if let window = spec.window {
            let accepted = Rect(x: x(window.acceptedWeeks.lowerBound), y: plot.minY,
                                width: x(window.acceptedWeeks.upperBound) - x(window.acceptedWeeks.lowerBound), height: plot.height)
            toleranceHatching.draw(clippedTo: .rect(accepted), bounds: accepted, in: canvas)
            canvas.fill(.rect(Rect(x: x(window.weeks.lowerBound), y: plot.minY,
                                   width: x(window.weeks.upperBound) - x(window.weeks.lowerBound), height: plot.height)),
                        color: windowFill)
        }
        for scan in spec.scans {
            canvas.stroke(.line(from: Point(x: x(scan.weeks), y: plot.minY - 1), to: Point(x: x(scan.weeks), y: plot.maxY)),
                          style: StrokeStyle(width: 0.4, color: theme.faintInk, dash: [1, 2]))
        }
        PlotAxes.draw(plot: plot, x: PlotAxes.Axis(scale: x, ticks: xTicks, title: spec.timeAxisTitle),
                      y: PlotAxes.Axis(scale: y, ticks: yTicks, title: "Viable diameter (mm)"), theme: theme, in: canvas)

        canvas.stroke(.line(from: Point(x: plot.minX, y: y(spec.responseLimitMm)), to: Point(x: plot.maxX, y: y(spec.responseLimitMm))),
                      style: responseLimitStyle)
        // The PD limit as steps: each scan is judged against 1.2 × the nadir of the scans before it.
        if let target = spec.targetSeries?.readings.first {
            var steps = Path()
            var start = target.weeks
            for scan in spec.scans {
                steps.move(to: Point(x: x(start), y: y(scan.progressionLimitMm)))
                steps.line(to: Point(x: x(scan.weeks), y: y(scan.progressionLimitMm)))
                start = scan.weeks
            }
            canvas.stroke(steps, style: progressionLimitStyle)
        }

        // The limits named at the plot's right edge, so neither depends on its line style.
        let limitLabels = [("−30 %", spec.responseLimitMm)] + (spec.scans.last.map { [("+20 %", $0.progressionLimitMm)] } ?? [])
        let labelBlocks = limitLabels.map { TextBlock($0.0, font: theme.annotationFont, color: theme.ink) }
        let labelYs = LabelPlacement.spread(limitLabels.map { y($0.1) }, sizes: labelBlocks.map { canvas.measure($0).height }, gap: 0.5,
                                            within: plot.minY...plot.maxY)
        for (block, ly) in zip(labelBlocks, labelYs) {
            canvas.draw(block, anchor: .middleLeft, at: Point(x: plot.maxX + 3, y: ly))
        }

        for series in spec.allSeries {
            for run in series.runs where run.count > 1 {
                canvas.stroke(.polyline(run.map(p)), style: series.style.stroke)
            }
        }
        for series in spec.allSeries {
            for r in series.readings {
                series.style.marker.draw(in: canvas, at: p(r), size: theme.markerSize, color: series.style.stroke.color,
                                         lineWidth: theme.markerLineWidth)
            }
        }
        let nadir = p(spec.nadir)
        canvas.stroke(.circle(center: nadir, radius: theme.markerSize * 1.1), style: StrokeStyle(width: 0.7, color: theme.ink))
        // Below-right of the ring, or above-right when the nadir lies near the x axis.
        let low = nadir.y > plot.maxY - plot.height / 4
        canvas.drawOnWhite(TextBlock("nadir", font: theme.annotationFont, color: theme.ink), anchor: low ? .bottomLeft : .topLeft,
                           at: Point(x: nadir.x + theme.markerSize * 0.9, y: nadir.y + (low ? -1 : 1) * theme.markerSize * 0.9), padding: 0.6)

        // Categories above the plot, in two rows when neighbours would collide.
        var rowEnds = [-Double.infinity, -Double.infinity]
        for scan in spec.scans {
            let block = TextBlock(scan.label, font: scan.category == "PD" ? theme.annotationFont.bold : theme.annotationFont, color: theme.ink)
            let w = canvas.measure(block).width
            let cx = min(max(x(scan.weeks), frame.minX + w / 2), frame.maxX - w / 2)
            let left = cx - w / 2
            let row = left >= rowEnds[1] + 3 ? 1 : left >= rowEnds[0] + 3 ? 0 : 1
            rowEnds[row] = cx + w / 2
            canvas.draw(block, anchor: .bottomCenter, at: Point(x: cx, y: plot.minY - 2 - Double(1 - row) * rowHeight))
        }

        Legend.drawColumn(entries, rightOf: plot, gap: labelGap, in: frame, theme: theme, canvas: canvas)
    }

    /// The legend: every series, both limits, the nadir and the window.
    static func legendEntries(_ spec: ResponseChartSpec, theme: ChartTheme) -> [Legend.Entry] {
        var entries = spec.allSeries.map { Legend.Entry(.line($0.style.stroke, marker: $0.style.marker), $0.label) }
        let target = spec.sum == nil ? "baseline" : "baseline sum"
        entries.append(Legend.Entry(.line(responseLimitStyle, marker: nil),
                                    "−30 %: PR ≤ 0.7 × \(target) (\(ReportNumber.fixed(spec.responseLimitMm, 1)) mm)"))
        entries.append(Legend.Entry(.line(progressionLimitStyle, marker: nil), "+20 %: PD ≥ 1.2 × the nadir before each scan"))
        entries.append(Legend.Entry(.marker(.openCircle),
                                    "Nadir \(ReportNumber.fixed(spec.nadir.millimetres, 1)) mm, week \(ReportNumber.fixed(spec.nadir.weeks, 1))"))
        if let window = spec.window {
            entries.append(Legend.Entry(.area(SeriesStyle(stroke: StrokeStyle(width: 0.4, color: theme.secondaryInk), fill: windowFill)),
                                        window.label))
        }
        return entries
    }

    /// The height for a plot of `plotShare` of `width` at `aspect`, plus the category strip, axes,
    /// caption and footnote.
    /// - Parameters:
    ///   - spec: What will be drawn.
    ///   - width: Figure width in points.
    ///   - theme: Fonts.
    ///   - canvas: Used to measure text.
    /// - Returns: Height in points.
    public static func preferredHeight(_ spec: ResponseChartSpec, width: Double, theme: ChartTheme = .standard, canvas: Canvas) -> Double {
        let chrome = ChartChrome.height(title: spec.title, notes: spec.notes, footnote: spec.footnote, width: width,
                                        theme: theme, canvas: canvas)
        let leftMargin = PlotAxes.leftMargin(tickLabels: ticks(spec).y.labels, theme: theme, canvas: canvas)
        let rowHeight = canvas.measure(TextBlock("PD", font: theme.annotationFont)).height
        return chrome + 2 * rowHeight + 4 + (width - leftMargin) * plotShare * aspect
            + PlotAxes.bottomMargin(theme: theme, canvas: canvas) + 4 + 6
    }

    /// Weeks from the baseline (or 0) to the last scan or the window's end; millimetres from 0 to the
    /// largest diameter, sum or limit.
    static func ticks(_ spec: ResponseChartSpec) -> (x: NiceTicks, y: NiceTicks) {
        let weeks = spec.allSeries.flatMap(\.readings).map(\.weeks) + spec.scans.map(\.weeks)
            + (spec.window.map { [$0.acceptedWeeks.lowerBound, $0.acceptedWeeks.upperBound] } ?? [])
        let values = spec.allSeries.flatMap(\.readings).map(\.millimetres) + spec.scans.map(\.progressionLimitMm) + [spec.responseLimitMm]
        let x = NiceTicks(lower: min(0, weeks.min() ?? 0), upper: max(1, weeks.max() ?? 1), targetCount: 9, loose: true)
        let y = NiceTicks(lower: 0, upper: max(1, values.max() ?? 1) * 1.05, targetCount: 5, loose: true)
        return (x, y)
    }
}
