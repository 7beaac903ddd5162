import Canvas
import Foundation
import Statistics

/// Draws ROC curves (paper, Figure 5) with AUC and CI in the legend, Youden points, the chance diagonal,
/// the model's threshold and the patient's lesions as operating points.
///
/// The plot is square (equal scales on both axes) on the left; the legend sits in a column to its right.
public enum ROCChart {
    /// Draws the chart inside `frame`.
    /// - Parameters:
    ///   - spec: What to draw.
    ///   - canvas: The canvas to draw on.
    ///   - frame: The figure's rectangle.
    ///   - theme: Fonts, curve styles and marker shapes.
    public static func draw(_ spec: ROCChartSpec, in canvas: Canvas, frame: Rect, theme: ChartTheme = .standard) {
        let (top, bottom) = ChartChrome.draw(title: spec.title, notes: spec.notes, footnote: spec.footnote, in: frame,
                                             theme: theme, canvas: canvas)
        let ticks = NiceTicks(lower: 0, upper: 1, step: 0.2)
        let leftMargin = PlotAxes.leftMargin(tickLabels: ["0.0"], theme: theme, canvas: canvas)
        let bottomMargin = PlotAxes.bottomMargin(theme: theme, canvas: canvas)
        let side = max(40, min(bottom - top - bottomMargin - 6, (frame.width - leftMargin) * 0.55))
        let plot = Rect(x: frame.minX + leftMargin, y: top + 6, width: side, height: side)
        let x = LinearScale(domain: (0, 1), range: (plot.minX, plot.maxX))
        let y = LinearScale(domain: (0, 1), range: (plot.maxY, plot.minY))
        func p(_ r: PlotPoint) -> Point { Point(x: x(r.x), y: y(r.y)) }

        PlotAxes.draw(plot: plot, x: PlotAxes.Axis(scale: x, ticks: ticks, title: "1 − Specificity"),
                      y: PlotAxes.Axis(scale: y, ticks: ticks, title: "Sensitivity"), theme: theme, in: canvas)
        if spec.showsChanceDiagonal {
            canvas.stroke(.line(from: Point(x: plot.minX, y: plot.maxY), to: Point(x: plot.maxX, y: plot.minY)),
                          style: theme.identityDiagonal)
        }
        canvas.withState {
            canvas.clip(to: .rect(plot.inset(by: -2)))
            for curve in spec.curves.reversed() {
                canvas.stroke(.polyline(curve.points.map(p)), style: curve.style.stroke)
            }
            for curve in spec.curves.reversed() {
                if let yd = curve.youden {
                    curve.style.marker.draw(in: canvas, at: p(yd), size: theme.markerSize * 1.1, color: curve.style.stroke.color,
                                            lineWidth: theme.markerLineWidth)
                }
            }
        }
        let special = (spec.threshold.map { [$0] } ?? []) + spec.lesionPoints
        for op in special {
            marker(op.kind, theme).draw(in: canvas, at: p(op.point), size: theme.markerSize * 1.15, color: theme.ink,
                                        lineWidth: theme.markerLineWidth)
        }
        // Tags right of their points, spread vertically so close points stay readable.
        let blocks = special.map { TextBlock($0.tag, font: theme.annotationFont, color: theme.ink) }
        let ys = LabelPlacement.spread(special.map { p($0.point).y }, sizes: blocks.map { canvas.measure($0).height }, gap: 0.5,
                                       within: plot.minY...plot.maxY)
        for ((op, b), ly) in zip(zip(special, blocks), ys) {
            let c = p(op.point)
            let lx = c.x + theme.markerSize / 2 + 4
            if abs(ly - c.y) > 2 {
                canvas.stroke(.line(from: Point(x: c.x + theme.markerSize / 2 + 0.5, y: c.y), to: Point(x: lx - 0.5, y: ly)),
                              style: StrokeStyle(width: 0.4, color: theme.secondaryInk))
            }
            canvas.drawOnWhite(b, anchor: .middleLeft, at: Point(x: lx, y: ly), padding: 0.8)
        }

        var entries = spec.curves.map { Legend.Entry(.line($0.style.stroke, marker: $0.style.marker), "\($0.name)\n\($0.aucText)") }
        entries += special.map { Legend.Entry(.marker(marker($0.kind, theme)), $0.description) }
        Legend.drawColumn(entries, rightOf: plot, in: frame, theme: theme, canvas: canvas)
    }

    /// The height for a plot square of about 55 % of `width` plus axes, caption and footnote.
    /// - Parameters:
    ///   - spec: What will be drawn.
    ///   - width: Figure width in points.
    ///   - theme: Fonts.
    ///   - canvas: Used to measure text.
    /// - Returns: Height in points.
    public static func preferredHeight(_ spec: ROCChartSpec, width: Double, theme: ChartTheme = .standard, canvas: Canvas) -> Double {
        let chrome = ChartChrome.height(title: spec.title, notes: spec.notes, footnote: spec.footnote, width: width,
                                        theme: theme, canvas: canvas)
        return chrome + 6 + (width - 30) * 0.55 + 32 + 6
    }

    static func marker(_ kind: ROCChartSpec.OperatingPoint.Kind, _ theme: ChartTheme) -> MarkerShape {
        switch kind {
        case .threshold: .filledSquare
        case .lesion(let i): theme.lesionMarker(i)
        }
    }
}
