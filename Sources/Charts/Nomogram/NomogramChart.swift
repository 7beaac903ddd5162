import Canvas
import Formatting

/// Draws a nomogram (R rms layout) with the patient's lesions overlaid (regplot conventions).
///
/// Rows from the top: Points 0–100, one axis per predictor, Total points, the optional linear predictor,
/// and the probability. Each lesion gets a marker on every predictor axis with its points below it, a drop
/// line up to its points on the Points axis, a marker on the Total points axis and its probability read
/// out on the probability axis; read-outs of different lesions are moved apart so they never overlap.
/// Values outside an axis are drawn at the axis end with an arrowhead and named in the caption.
public enum NomogramChart {
    /// Draws the chart inside `frame`.
    /// - Parameters:
    ///   - spec: What to draw.
    ///   - canvas: The canvas to draw on.
    ///   - frame: The figure's rectangle; nothing is drawn outside it.
    ///   - theme: Fonts, lines and marker shapes.
    public static func draw(_ spec: NomogramChartSpec, in canvas: Canvas, frame: Rect, theme: ChartTheme = .standard) {
        let layout = Layout(spec: spec, frame: frame, theme: theme, canvas: canvas)
        if let title = spec.title {
            canvas.draw(TextBlock(title, font: theme.titleFont, color: theme.ink), anchor: .topLeft,
                        at: Point(x: frame.minX, y: frame.minY))
        }
        drawReadoutLines(spec, layout, theme, canvas)
        drawAxes(spec, layout, theme, canvas)
        drawLesions(spec, layout, theme, canvas)
        if !spec.lesions.isEmpty {
            let entries = spec.lesions.enumerated().map { i, l in
                Legend.Entry(.marker(theme.lesionMarker(i)), "\(l.tag): \(l.name)")
            }
            Legend.draw(entries, arrangement: .row, at: Point(x: layout.x0, y: layout.legendTop),
                        maxWidth: frame.maxX - layout.x0, theme: theme, in: canvas)
        }
        FigureFooter.draw(notes: spec.notes, footnote: spec.footnote, in: frame, theme: theme, canvas: canvas)
    }

    /// The height at which the chart has its natural row spacing at `width`.
    /// - Parameters:
    ///   - spec: What will be drawn.
    ///   - width: Figure width in points.
    ///   - theme: Fonts and lines.
    ///   - canvas: Used to measure text.
    /// - Returns: Height in points.
    public static func preferredHeight(_ spec: NomogramChartSpec, width: Double, theme: ChartTheme = .standard, canvas: Canvas) -> Double {
        let probe = Layout(spec: spec, frame: Rect(x: 0, y: 0, width: width, height: 10_000), theme: theme, canvas: canvas)
        return probe.fixedHeight + Double(probe.rows.count) * Layout.naturalPitch
    }

    // MARK: - Layout

    enum Row: Hashable { case points, predictor(Int), totalPoints, linearPredictor, probability }

    struct Layout {
        static let naturalPitch = 38.0
        let rows: [Row]
        let rowY: [Row: Double]
        let labelRight: Double
        let labelWidth: Double
        let x0: Double
        let x1: Double
        let pointsX: LinearScale
        let totalX: LinearScale
        let legendTop: Double
        let fixedHeight: Double

        init(spec: NomogramChartSpec, frame: Rect, theme: ChartTheme, canvas: Canvas) {
            var rows: [Row] = [.points]
            rows += spec.predictors.indices.map { .predictor($0) }
            rows.append(.totalPoints)
            if spec.linearPredictor != nil { rows.append(.linearPredictor) }
            rows.append(.probability)
            self.rows = rows

            let labels = rows.map { NomogramChart.rowLabel($0, spec) }
            let natural = labels.map { canvas.measure(TextBlock($0, font: theme.labelFont)).width }.max() ?? 0
            labelWidth = min(natural, frame.width * 0.22)
            labelRight = frame.minX + labelWidth
            x0 = labelRight + 14
            x1 = frame.maxX - 14
            pointsX = LinearScale(domain: (0, 100), range: (x0, x1))
            totalX = LinearScale(domain: (spec.totalPointsRange.lowerBound, spec.totalPointsRange.upperBound), range: (x0, x1))

            let titleHeight = spec.title.map { canvas.measure(TextBlock($0, font: theme.titleFont)).height + 4 } ?? 0
            let legendEntries = spec.lesions.map { Legend.Entry(.marker(.filledCircle), "\($0.tag): \($0.name)") }
            let legendHeight = legendEntries.isEmpty ? 0 : Legend.size(legendEntries, arrangement: .row, maxWidth: x1 - x0,
                                                                       theme: theme, canvas: canvas).height + 6
            let footer = FigureFooter.height(notes: spec.notes, footnote: spec.footnote, width: frame.width, theme: theme, canvas: canvas)
            let footerGap = footer > 0 ? 6.0 : 0
            // Above the first axis: up to two rows of tick labels; below the last: the read-outs.
            let above = 24.0, below = 14.0
            fixedHeight = titleHeight + above + below + legendHeight + footer + footerGap
            let available = frame.height - fixedHeight
            let pitch = rows.count > 1 ? max(24, available / Double(rows.count - 1)) : 0
            let pitchUsed = min(pitch, Self.naturalPitch * 1.4)
            var y = frame.minY + titleHeight + above
            var rowY: [Row: Double] = [:]
            for r in rows {
                rowY[r] = y
                y += pitchUsed
            }
            self.rowY = rowY
            legendTop = y - pitchUsed + below + 4
        }

        func y(_ row: Row) -> Double { rowY[row]! }

        /// Canvas x of the predictor value `x` on axis `j`, clamped to the axis range.
        func predictorX(_ spec: NomogramChartSpec, _ j: Int, _ x: Double) -> Double {
            let axis = spec.predictors[j]
            return pointsX(axis.points(min(max(x, axis.axisMin), axis.axisMax)))
        }
    }

    static func rowLabel(_ row: Row, _ spec: NomogramChartSpec) -> String {
        switch row {
        case .points: "Points"
        case .predictor(let j): spec.predictors[j].title
        case .totalPoints: "Total points"
        case .linearPredictor: spec.linearPredictor?.label ?? "Linear predictor"
        case .probability: spec.probabilityTitle
        }
    }

    // MARK: - Drawing

    private static func drawAxes(_ spec: NomogramChartSpec, _ l: Layout, _ theme: ChartTheme, _ canvas: Canvas) {
        for row in l.rows {
            let y = l.y(row)
            canvas.draw(TextBlock(rowLabel(row, spec), font: theme.labelFont, color: theme.ink, width: l.labelWidth, alignment: .right),
                        anchor: .middleRight, at: Point(x: l.labelRight, y: y))
            let ticks: [AxisRenderer.Tick]
            let line: ClosedRange<Double>?
            switch row {
            case .points:
                ticks = spec.pointsTicks.map { axisTick(l.pointsX($0.position), $0.label) }
                line = l.pointsX(0)...l.pointsX(100)
            case .predictor(let j):
                let axis = spec.predictors[j]
                ticks = axis.ticks.map { axisTick(l.pointsX($0.position), $0.label) }
                line = [l.pointsX(axis.points(axis.axisMin)), l.pointsX(axis.points(axis.axisMax))].minMax
            case .totalPoints:
                ticks = spec.totalPointsTicks.map { axisTick(l.totalX($0.position), $0.label) }
                line = l.x0...l.x1
            case .linearPredictor:
                ticks = (spec.linearPredictor?.ticks ?? []).map { axisTick(l.totalX($0.position), $0.label) }
                line = nil
            case .probability:
                ticks = spec.probabilityTicks.map { axisTick(l.totalX($0.position), $0.label) }
                // The line spans the ticks and reaches every lesion marker, so no marker floats off the axis.
                let xs = ticks.map(\.position) + spec.lesions.map { l.totalX(l.totalX.clampedToDomain($0.totalPoints)) }
                line = xs.minMax
            }
            AxisRenderer.draw(ticks: ticks, line: line, at: y, side: .above, theme: theme, in: canvas, labelsOnWhite: true)
        }
    }

    private static func axisTick(_ x: Double, _ label: String) -> AxisRenderer.Tick {
        AxisRenderer.Tick(position: x, label: label.isEmpty ? nil : label, isMajor: !label.isEmpty)
    }

    /// Drop lines from each predictor marker to the Points axis, and the read-out line from the total points
    /// down to the probability axis; drawn first so markers and axes sit on top.
    private static func drawReadoutLines(_ spec: NomogramChartSpec, _ l: Layout, _ theme: ChartTheme, _ canvas: Canvas) {
        var path = Path()
        for lesion in spec.lesions {
            for j in spec.predictors.indices where j < lesion.values.count {
                let x = l.predictorX(spec, j, lesion.values[j])
                path.move(to: Point(x: x, y: l.y(.predictor(j))))
                path.line(to: Point(x: x, y: l.y(.points)))
            }
            let tx = l.totalX(l.totalX.clampedToDomain(lesion.totalPoints))
            path.move(to: Point(x: tx, y: l.y(.totalPoints)))
            path.line(to: Point(x: tx, y: l.y(.probability)))
        }
        if !path.isEmpty { canvas.stroke(path, style: theme.dropLine) }
    }

    private static func drawLesions(_ spec: NomogramChartSpec, _ l: Layout, _ theme: ChartTheme, _ canvas: Canvas) {
        guard !spec.lesions.isEmpty else { return }
        let size = theme.markerSize
        // Per row, the read-outs of all lesions are placed together so that they do not overlap. Below the
        // marker and centred, or (`besideMarker`) starting right of it, clear of a read-out line running down.
        func readouts(_ items: [(x: Double, text: String)], row: Row, besideMarker: Bool = false) {
            let blocks = items.map { TextBlock($0.text, font: theme.annotationFont, color: theme.ink) }
            let widths = blocks.map { canvas.measure($0).width }
            let shift = besideMarker ? size / 2 + 2 : 0
            let wanted = zip(items, widths).map { $0.x + (besideMarker ? shift + $1 / 2 : 0) }
            let centres = LabelPlacement.spread(wanted, sizes: widths, gap: 4, within: (l.x0 - 12)...(l.x1 + 12))
            for (b, c) in zip(blocks, centres) {
                canvas.draw(b, anchor: .topCenter, at: Point(x: c, y: l.y(row) + size / 2 + (besideMarker ? 0 : 1.5)))
            }
        }
        for (i, lesion) in spec.lesions.enumerated() {
            let shape = theme.lesionMarker(i)
            // Points axis: one small marker per predictor at its points.
            for j in spec.predictors.indices where j < lesion.points.count {
                let p = lesion.points[j]
                let x = l.pointsX(min(max(p, 0), 100))
                shape.draw(in: canvas, at: Point(x: x, y: l.y(.points)), size: size * 0.8, color: theme.ink, lineWidth: theme.markerLineWidth)
                if p < 0 || p > 100 { OutOfRangeMark.draw(at: Point(x: x, y: l.y(.points)), dx: p < 0 ? -1 : 1, theme: theme, in: canvas) }
            }
        }
        for (j, axis) in spec.predictors.enumerated() {
            var items: [(x: Double, text: String)] = []
            for (i, lesion) in spec.lesions.enumerated() where j < lesion.values.count {
                let v = lesion.values[j]
                let x = l.predictorX(spec, j, v)
                let centre = Point(x: x, y: l.y(.predictor(j)))
                theme.lesionMarker(i).draw(in: canvas, at: centre, size: size, color: theme.ink, lineWidth: theme.markerLineWidth)
                let outside = (j < lesion.outOfRange.count && lesion.outOfRange[j]) || v < axis.axisMin || v > axis.axisMax
                if outside {
                    // Direction of the true value on the page: towards the clamped end, away from the axis.
                    let towardsMax = v > axis.axisMax
                    let dx: Double = (towardsMax == (axis.slope >= 0)) ? 1 : -1
                    OutOfRangeMark.draw(at: centre, dx: dx, theme: theme, in: canvas)
                }
                items.append((x, j < lesion.points.count ? ReportNumber.fixed(lesion.points[j], 1) + " pts" : ""))
            }
            readouts(items, row: .predictor(j))
        }
        var totals: [(x: Double, text: String)] = []
        var probabilities: [(x: Double, text: String)] = []
        for (i, lesion) in spec.lesions.enumerated() {
            let tp = lesion.totalPoints
            let x = l.totalX(l.totalX.clampedToDomain(tp))
            for row in [Row.totalPoints, .probability] {
                let centre = Point(x: x, y: l.y(row))
                theme.lesionMarker(i).draw(in: canvas, at: centre, size: size, color: theme.ink, lineWidth: theme.markerLineWidth)
                if !spec.totalPointsRange.contains(tp) {
                    OutOfRangeMark.draw(at: centre, dx: tp < spec.totalPointsRange.lowerBound ? -1 : 1, theme: theme, in: canvas)
                }
            }
            totals.append((x, "\(lesion.tag) \(ReportNumber.fixed(tp, 1))"))
            probabilities.append((x, "\(lesion.tag) \(ReportNumber.probabilityStatement(spec.probabilitySymbol, lesion.probability))"))
        }
        readouts(totals, row: .totalPoints, besideMarker: true)
        readouts(probabilities, row: .probability)
    }
}
