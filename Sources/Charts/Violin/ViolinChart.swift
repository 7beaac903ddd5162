import Canvas
import Statistics

/// Draws violin plots comparing outcome groups per variable (paper, Figure 4), with the patient's values.
///
/// Each panel: the variable as title, the test's p-value over a bracket, one violin per group (kernel
/// density trimmed to the data range and never below 0 for non-negative quantities, equal-area scaling,
/// median and quartile lines from the data), "n = …" under each group, and the patient's lesions as
/// labelled markers in a gutter right of the plot, joined to the plot by a faint dashed level line.
public enum ViolinChart {
    /// Draws the chart inside `frame`.
    /// - Parameters:
    ///   - spec: What to draw.
    ///   - canvas: The canvas to draw on.
    ///   - frame: The figure's rectangle.
    ///   - theme: Fonts, lines, group styles and marker shapes.
    public static func draw(_ spec: ViolinChartSpec, in canvas: Canvas, frame: Rect, theme: ChartTheme = .standard) {
        var top = frame.minY
        if let title = spec.title {
            top = canvas.draw(TextBlock(title, font: theme.titleFont, color: theme.ink), anchor: .topLeft,
                              at: Point(x: frame.minX, y: top)).maxY + 4
        }
        let footer = FigureFooter.draw(notes: spec.notes, footnote: spec.footnote, in: frame, theme: theme, canvas: canvas)
        var bottom = footer.height > 0 ? footer.minY - 6 : frame.maxY
        let entries = legendEntries(spec, theme)
        if !entries.isEmpty {
            let size = Legend.size(entries, arrangement: .row, maxWidth: frame.width, theme: theme, canvas: canvas)
            Legend.draw(entries, arrangement: .row, at: Point(x: frame.minX, y: bottom - size.height),
                        maxWidth: frame.width, theme: theme, in: canvas)
            bottom -= size.height + 6
        }
        guard !spec.panels.isEmpty, bottom > top else { return }
        let columns = columnCount(spec.panels.count, width: frame.width)
        let rows = (spec.panels.count + columns - 1) / columns
        let cellWidth = frame.width / Double(columns)
        let cellHeight = (bottom - top) / Double(rows)
        for (k, panel) in spec.panels.enumerated() {
            let cell = Rect(x: frame.minX + Double(k % columns) * cellWidth, y: top + Double(k / columns) * cellHeight,
                            width: cellWidth, height: cellHeight)
            drawPanel(panel, index: k, in: cell.inset(top: 0, left: 0, bottom: 6, right: k % columns == columns - 1 ? 0 : 10),
                      theme: theme, canvas: canvas)
        }
    }

    /// The height at which panels have a comfortable aspect at `width`.
    /// - Parameters:
    ///   - spec: What will be drawn.
    ///   - width: Figure width in points.
    ///   - theme: Fonts.
    ///   - canvas: Used to measure text.
    /// - Returns: Height in points.
    public static func preferredHeight(_ spec: ViolinChartSpec, width: Double, theme: ChartTheme = .standard, canvas: Canvas) -> Double {
        let columns = columnCount(spec.panels.count, width: width)
        let rows = (spec.panels.count + columns - 1) / columns
        let legend = Legend.size(legendEntries(spec, theme), arrangement: .row, maxWidth: width, theme: theme, canvas: canvas).height
        let footer = FigureFooter.height(notes: spec.notes, footnote: spec.footnote, width: width, theme: theme, canvas: canvas)
        let title = spec.title.map { canvas.measure(TextBlock($0, font: theme.titleFont)).height + 4 } ?? 0
        return title + Double(rows) * 175 + legend + 6 + footer + 6
    }

    /// Panels side by side when each gets at least 150 pt, otherwise two per row.
    static func columnCount(_ panels: Int, width: Double) -> Int {
        guard panels > 1 else { return 1 }
        return width / Double(panels) >= 150 ? panels : min(2, panels)
    }

    static func legendEntries(_ spec: ViolinChartSpec, _ theme: ChartTheme) -> [Legend.Entry] {
        let indices = Set(spec.panels.flatMap { $0.markers.map(\.lesionIndex) }).sorted()
        return indices.map { i in
            let tag = spec.panels.lazy.flatMap(\.markers).first { $0.lesionIndex == i }?.tag ?? "L\(i + 1)"
            let name = i < spec.lesionNames.count ? spec.lesionNames[i] : "lesion \(i + 1)"
            return Legend.Entry(.marker(theme.lesionMarker(i)), "\(tag): \(name)")
        }
    }

    // MARK: - One panel

    static let gutter = 34.0

    private static func drawPanel(_ panel: ViolinChartSpec.Panel, index: Int, in cell: Rect, theme: ChartTheme, canvas: Canvas) {
        let titleBox = canvas.draw(TextBlock(panel.title, font: theme.labelFont, color: theme.ink), anchor: .topLeft,
                                   at: Point(x: cell.minX, y: cell.minY))
        let lineHeight = canvas.measure(TextBlock("0", font: theme.tickFont)).height
        let bracketTop = titleBox.maxY + 2
        let plotTop = bracketTop + lineHeight + 6
        let plotBottom = cell.maxY - 2 * lineHeight - theme.tickLength - 3
        guard plotBottom > plotTop + 10 else { return }

        let (scale, ticks) = yScale(panel, top: plotTop, bottom: plotBottom)
        let tickBlocks = ticks.labels.map { TextBlock($0, font: theme.tickFont) }
        let axisWidth = (tickBlocks.map { canvas.measure($0).width }.max() ?? 0) + theme.tickLength + theme.tickLabelGap + 2
        let plot = Rect(x: cell.minX + axisWidth, y: plotTop, width: max(20, cell.width - axisWidth - gutter), height: plotBottom - plotTop)
        AxisRenderer.draw(ticks: zip(ticks.values, ticks.labels).map { AxisRenderer.Tick(position: scale($0), label: $1) },
                          line: plot.minY...plot.maxY, at: plot.minX, side: .left, theme: theme, in: canvas)
        canvas.stroke(.line(from: Point(x: plot.minX, y: plot.maxY), to: Point(x: plot.maxX, y: plot.maxY)),
                      style: StrokeStyle(width: theme.axisLineWidth, color: theme.ink))

        // Patient level lines go under the violins.
        var levels = Path()
        for m in panel.markers {
            levels.move(to: Point(x: plot.minX, y: scale(m.value)))
            levels.line(to: Point(x: plot.maxX + 3, y: scale(m.value)))
        }
        if !levels.isEmpty { canvas.stroke(levels, style: theme.dropLine) }

        let count = panel.groups.count
        let slot = plot.width / Double(max(count, 1))
        let maxHalfWidth = slot * 0.42
        let curves = panel.groups.map { trimmedCurve($0, nonNegative: panel.nonNegative) }
        let peak = curves.flatMap { $0.map(\.density) }.max() ?? 0
        var centres: [Double] = []
        for (g, group) in panel.groups.enumerated() {
            let cx = plot.minX + slot * (Double(g) + 0.5)
            centres.append(cx)
            drawViolin(group, curve: curves[g], centre: cx, halfWidth: { peak > 0 ? $0 / peak * maxHalfWidth : 0 },
                       scale: scale, theme: theme, canvas: canvas)
            canvas.stroke(.line(from: Point(x: cx, y: plot.maxY), to: Point(x: cx, y: plot.maxY + theme.tickLength)),
                          style: StrokeStyle(width: theme.axisLineWidth, color: theme.ink))
            canvas.draw(TextBlock("\(group.name)\nn = \(group.n)", font: theme.tickFont, color: theme.ink, alignment: .center),
                        anchor: .topCenter, at: Point(x: cx, y: plot.maxY + theme.tickLength + 1))
        }

        // p-value bracket over the first and last group.
        if let first = centres.first, let last = centres.last, first < last, !panel.pValueText.isEmpty {
            let y = plotTop - 3
            canvas.stroke(.polyline([Point(x: first, y: y + 3), Point(x: first, y: y), Point(x: last, y: y), Point(x: last, y: y + 3)]),
                          style: StrokeStyle(width: theme.axisLineWidth, color: theme.ink))
            canvas.draw(TextBlock(panel.pValueText, font: theme.annotationFont, color: theme.ink), anchor: .bottomCenter,
                        at: Point(x: (first + last) / 2, y: y - 1))
        }

        // Patient markers in the gutter: a marker that would touch the one below moves one column right;
        // labels right of all columns, spread vertically.
        let mx = plot.maxX + 7
        let step = theme.markerSize + 1.5
        var columns = Array(repeating: 0, count: panel.markers.count)
        let byValue = panel.markers.indices.sorted { panel.markers[$0].value < panel.markers[$1].value }
        for (a, b) in zip(byValue, byValue.dropFirst())
        where abs(scale(panel.markers[a].value) - scale(panel.markers[b].value)) < theme.markerSize + 1 {
            columns[b] = columns[a] + 1
        }
        for (m, column) in zip(panel.markers, columns) {
            theme.lesionMarker(m.lesionIndex).draw(in: canvas, at: Point(x: mx + Double(column) * step, y: scale(m.value)),
                                                   size: theme.markerSize, color: theme.ink, lineWidth: theme.markerLineWidth)
        }
        let labelX = mx + Double(columns.max() ?? 0) * step + theme.markerSize / 2 + 2.5
        let blocks = panel.markers.map { TextBlock($0.tag, font: theme.annotationFont, color: theme.ink) }
        let heights = blocks.map { canvas.measure($0).height }
        let ys = LabelPlacement.spread(panel.markers.map { scale($0.value) }, sizes: heights, gap: 0.5,
                                       within: (plot.minY - 4)...(plot.maxY + 4))
        for (b, y) in zip(blocks, ys) {
            canvas.draw(b, anchor: .middleLeft, at: Point(x: labelX, y: y))
        }
    }

    /// The y scale (data → canvas, upward) with loose nice ticks covering the groups' data and the patient's values.
    static func yScale(_ panel: ViolinChartSpec.Panel, top: Double, bottom: Double) -> (LinearScale, NiceTicks) {
        let values = panel.groups.flatMap { [$0.min, $0.max] } + panel.markers.map(\.value)
        var lo = values.min() ?? 0, hi = values.max() ?? 1
        if hi <= lo { hi = lo + 1 }
        let pad = (hi - lo) * 0.04
        lo -= pad
        hi += pad
        if panel.nonNegative { lo = max(0, lo) }
        let ticks = NiceTicks(lower: lo, upper: hi, targetCount: 5, loose: true)
        let d0 = min(ticks.values.first ?? lo, lo), d1 = max(ticks.values.last ?? hi, hi)
        return (LinearScale(domain: (panel.nonNegative ? max(0, d0) : d0, d1), range: (bottom, top)), ticks)
    }

    /// The density restricted to [min, max] of the data (and to ≥ 0 for non-negative quantities), with the
    /// density interpolated exactly at both ends so the violin closes flat at the extreme observations.
    static func trimmedCurve(_ g: ViolinChartSpec.Group, nonNegative: Bool) -> [(value: Double, density: Double)] {
        let lo = nonNegative ? max(0, g.min) : g.min
        let hi = g.max
        guard g.grid.count == g.density.count, g.grid.count >= 2, hi >= lo else { return [] }
        var out: [(Double, Double)] = [(lo, interpolate(g, at: lo))]
        for (x, d) in zip(g.grid, g.density) where x > lo && x < hi { out.append((x, d)) }
        out.append((hi, interpolate(g, at: hi)))
        return out
    }

    /// Linear interpolation of the group's density at `x` (0 outside the grid).
    static func interpolate(_ g: ViolinChartSpec.Group, at x: Double) -> Double {
        interpolateCurve(zip(g.grid, g.density).map { (value: $0, density: $1) }, at: x)
    }

    private static func drawViolin(_ group: ViolinChartSpec.Group, curve: [(value: Double, density: Double)], centre cx: Double,
                                   halfWidth: (Double) -> Double, scale: LinearScale, theme: ChartTheme, canvas: Canvas) {
        guard !curve.isEmpty else { return }
        let right = curve.map { Point(x: cx + halfWidth($0.density), y: scale($0.value)) }
        let left = curve.reversed().map { Point(x: cx - halfWidth($0.density), y: scale($0.value)) }
        let outline = Path.polygon(right + left)
        let xs = (right + left).map(\.x), ys = right.map(\.y)
        let bounds = Rect(x: xs.min()!, y: ys.min()!, width: xs.max()! - xs.min()!, height: ys.max()! - ys.min()!)
        if let fill = group.style.fill { canvas.fill(outline, color: fill) }
        group.style.hatching?.draw(clippedTo: outline, bounds: bounds, in: canvas)
        canvas.stroke(outline, style: group.style.stroke)
        func level(_ v: Double, _ style: StrokeStyle) {
            let w = halfWidth(interpolateCurve(curve, at: v))
            guard w > 0 else { return }
            canvas.stroke(.line(from: Point(x: cx - w, y: scale(v)), to: Point(x: cx + w, y: scale(v))), style: style)
        }
        let quartile = StrokeStyle(width: 0.8, color: theme.ink, dash: [2.5, 1.5])
        level(group.q1, quartile)
        level(group.q3, quartile)
        // The median with a white halo, so it reads on hatched fills.
        level(group.median, StrokeStyle(width: 2.6, color: .white))
        level(group.median, StrokeStyle(width: 1.4, color: theme.ink))
    }

    /// Linear interpolation of a sampled density at `v` (0 outside the samples). O(n).
    static func interpolateCurve(_ curve: [(value: Double, density: Double)], at v: Double) -> Double {
        guard let i = curve.firstIndex(where: { $0.value >= v }) else { return 0 }
        if i == 0 { return curve[0].value == v ? curve[0].density : 0 }
        let a = curve[i - 1], b = curve[i]
        let t = b.value == a.value ? 0 : (v - a.value) / (b.value - a.value)
        return a.density + t * (b.density - a.density)
    }
}
