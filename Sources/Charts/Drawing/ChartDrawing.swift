import Canvas

/// A chart drawn from its spec: the height it wants for a width, and the drawing in a frame.
///
/// Lets a report place any of the cohort charts the same way (measure, then draw in the rectangle
/// the page flow gives it).
public protocol ChartDrawing {
    /// What the chart shows.
    associatedtype Spec: Sendable

    /// Draws `spec` in `frame`.
    /// - Parameters:
    ///   - spec: what to draw.
    ///   - canvas: where to draw.
    ///   - frame: the chart's rectangle, title and footnote included.
    ///   - theme: fonts, line widths and greys.
    static func draw(_ spec: Spec, in canvas: Canvas, frame: Rect, theme: ChartTheme)

    /// The height `spec` needs at `width`.
    /// - Parameters:
    ///   - spec: what will be drawn.
    ///   - width: the chart's width in points.
    ///   - theme: fonts.
    ///   - canvas: used to measure text.
    /// - Returns: the height in points.
    static func preferredHeight(_ spec: Spec, width: Double, theme: ChartTheme, canvas: Canvas) -> Double
}

extension NomogramChart: ChartDrawing {}
extension ROCChart: ChartDrawing {}
extension CalibrationChart: ChartDrawing {}
extension DecisionCurveChart: ChartDrawing {}
