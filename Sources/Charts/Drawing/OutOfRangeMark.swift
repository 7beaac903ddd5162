import Canvas

/// The arrowhead drawn just beyond a marker that was clamped to the end of an axis because its value lies
/// outside the axis range; the figure caption names the value.
public enum OutOfRangeMark {
    /// Draws a filled arrowhead next to `anchor`, pointing in the direction the true value lies.
    /// - Parameters:
    ///   - anchor: Centre of the clamped marker.
    ///   - dx: Horizontal direction of the true value (+1 right, −1 left); use 0 with `dy` for vertical.
    ///   - dy: Vertical direction of the true value (+1 down, −1 up).
    ///   - theme: Marker size and ink.
    ///   - canvas: The canvas to draw on.
    public static func draw(at anchor: Point, dx: Double, dy: Double = 0, theme: ChartTheme, in canvas: Canvas) {
        let gap = theme.markerSize / 2 + 1.5
        let length = theme.markerSize * 0.9
        let half = theme.markerSize * 0.5
        let base = Point(x: anchor.x + dx * gap, y: anchor.y + dy * gap)
        let tip = Point(x: base.x + dx * length, y: base.y + dy * length)
        // Perpendicular to the direction.
        let px = -dy, py = dx
        canvas.fill(.polygon([tip, Point(x: base.x + px * half, y: base.y + py * half),
                              Point(x: base.x - px * half, y: base.y - py * half)]), color: theme.ink)
    }
}
