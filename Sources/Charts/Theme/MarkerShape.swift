import Canvas

/// A plotting symbol that stays recognisable in grey print: filled and open variants of four outlines.
///
/// Open shapes are filled with white first, so lines running underneath do not show through.
public enum MarkerShape: String, Sendable, Hashable, CaseIterable {
    case filledCircle, openTriangle, filledSquare, openDiamond, openCircle, filledTriangle, openSquare, filledDiamond

    /// Whether the outline is filled with the ink colour (`true`) or with white (`false`).
    public var isFilled: Bool {
        switch self {
        case .filledCircle, .filledSquare, .filledTriangle, .filledDiamond: true
        case .openTriangle, .openDiamond, .openCircle, .openSquare: false
        }
    }

    /// The outline of the marker centred on `center`.
    /// - Parameters:
    ///   - center: The centre of the marker, canvas coordinates.
    ///   - size: The marker's nominal diameter in points; triangles and diamonds are enlarged slightly so
    ///     that all shapes look equally heavy.
    /// - Returns: A closed path.
    public func path(at center: Point, size: Double) -> Path {
        let r = size / 2
        switch self {
        case .filledCircle, .openCircle:
            return .circle(center: center, radius: r)
        case .filledSquare, .openSquare:
            let s = r * 0.9
            return .rect(Rect(x: center.x - s, y: center.y - s, width: 2 * s, height: 2 * s))
        case .openTriangle, .filledTriangle:
            let t = r * 1.2
            return .polygon([Point(x: center.x, y: center.y - t),
                             Point(x: center.x + t * 0.866, y: center.y + t * 0.5),
                             Point(x: center.x - t * 0.866, y: center.y + t * 0.5)])
        case .openDiamond, .filledDiamond:
            let d = r * 1.25
            return .polygon([Point(x: center.x, y: center.y - d), Point(x: center.x + d, y: center.y),
                             Point(x: center.x, y: center.y + d), Point(x: center.x - d, y: center.y)])
        }
    }

    /// Draws the marker.
    /// - Parameters:
    ///   - canvas: The canvas to draw on.
    ///   - center: The marker's centre.
    ///   - size: Nominal diameter in points.
    ///   - color: Ink colour of the outline (and of the fill for filled shapes).
    ///   - lineWidth: Outline width in points.
    public func draw(in canvas: Canvas, at center: Point, size: Double, color: Color = .black, lineWidth: Double = 0.8) {
        let p = path(at: center, size: size)
        canvas.fillAndStroke(p, fill: isFilled ? color : .white, stroke: StrokeStyle(width: lineWidth, color: color))
    }
}
