import Foundation
import Canvas

/// Parallel hatch lines drawn inside a shape, so two areas differ in grey print even at similar grey levels.
public struct Hatching: Sendable, Hashable {
    /// Line direction in degrees, counter-clockwise from the x axis as seen on the page.
    public var angleDegrees: Double = 45
    /// Distance between neighbouring lines, points.
    public var spacing: Double = 3
    /// Line style of the hatch lines.
    public var stroke: StrokeStyle = StrokeStyle(width: 0.4, color: Color(grey: 0.3))

    /// Draws the hatch lines clipped to `shape` (`Canvas.hatch`).
    /// - Parameters:
    ///   - shape: The closed outline to hatch.
    ///   - bounds: A rectangle containing `shape`; one line passes through its centre.
    ///   - canvas: The canvas to draw on.
    public func draw(clippedTo shape: Path, bounds: Rect, in canvas: Canvas) {
        canvas.hatch(shape, bounds: bounds, angleDegrees: angleDegrees, spacing: spacing, style: stroke)
    }
}
