import Foundation
import Canvas

/// Parallel hatch lines drawn inside a shape, so two areas differ in grey print even at similar grey levels.
public struct Hatching: Sendable, Hashable {
    /// Line direction in degrees, counter-clockwise from the x axis as seen on the page.
    public var angleDegrees: Double
    /// Distance between neighbouring lines, points.
    public var spacing: Double
    /// Line style of the hatch lines.
    public var stroke: StrokeStyle

    /// Creates a hatching.
    /// - Parameters:
    ///   - angleDegrees: Direction of the lines (45 = rising to the right).
    ///   - spacing: Distance between lines in points.
    ///   - stroke: Style of each line.
    public init(angleDegrees: Double = 45, spacing: Double = 3, stroke: StrokeStyle = StrokeStyle(width: 0.4, color: Color(grey: 0.3))) {
        self.angleDegrees = angleDegrees
        self.spacing = spacing
        self.stroke = stroke
    }

    /// Draws the hatch lines clipped to `shape`.
    /// - Parameters:
    ///   - shape: The closed outline to hatch.
    ///   - bounds: A rectangle containing `shape`; lines are generated across it. O(diagonal / spacing) lines.
    ///   - canvas: The canvas to draw on.
    public func draw(clippedTo shape: Path, bounds: Rect, in canvas: Canvas) {
        guard spacing > 0, bounds.width > 0, bounds.height > 0 else { return }
        let angle = angleDegrees * Double.pi / 180
        // Direction of the lines (y down on the page, so a rising line has negative dy).
        let dx = cos(angle), dy = -sin(angle)
        // Normal to the lines.
        let nx = -dy, ny = dx
        let half = (bounds.width + bounds.height) / 2 + spacing
        let c = Point(x: bounds.midX, y: bounds.midY)
        var lines = Path()
        var offset = -half
        while offset <= half {
            let o = Point(x: c.x + nx * offset, y: c.y + ny * offset)
            lines.move(to: Point(x: o.x - dx * half, y: o.y - dy * half))
            lines.line(to: Point(x: o.x + dx * half, y: o.y + dy * half))
            offset += spacing
        }
        canvas.withState {
            canvas.clip(to: shape)
            canvas.stroke(lines, style: stroke)
        }
    }
}
