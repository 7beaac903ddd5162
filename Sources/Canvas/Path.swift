import Foundation

/// A vector path built from move/line/curve/arc segments, in the canvas's current coordinates.
public struct Path: Sendable, Hashable {
    /// One segment of a path.
    public enum Element: Sendable, Hashable {
        case move(Point)
        case line(Point)
        case curve(Point, Point, Point)
        /// Circular arc around `center`, angles in radians, clockwise on screen (y down) from `start` to `end`.
        case arc(center: Point, radius: Double, start: Double, end: Double)
        case close
    }

    public private(set) var elements: [Element] = []

    public init() {}

    public var isEmpty: Bool { elements.isEmpty }

    public mutating func move(to p: Point) { elements.append(.move(p)) }
    public mutating func line(to p: Point) { elements.append(.line(p)) }
    public mutating func curve(to p: Point, control1: Point, control2: Point) { elements.append(.curve(control1, control2, p)) }
    public mutating func arc(center: Point, radius: Double, start: Double, end: Double) {
        elements.append(.arc(center: center, radius: radius, start: start, end: end))
    }
    public mutating func close() { elements.append(.close) }

    /// A straight segment.
    public static func line(from a: Point, to b: Point) -> Path {
        var p = Path()
        p.move(to: a)
        p.line(to: b)
        return p
    }

    /// A closed rectangle.
    public static func rect(_ r: Rect) -> Path {
        var p = Path()
        p.move(to: r.origin)
        p.line(to: Point(x: r.maxX, y: r.minY))
        p.line(to: Point(x: r.maxX, y: r.maxY))
        p.line(to: Point(x: r.minX, y: r.maxY))
        p.close()
        return p
    }

    /// Parallel segments covering `bounds`: direction `angleDegrees` (counter-clockwise from the
    /// x axis as seen on the page, y down), `spacing` apart, one through the centre of `bounds`.
    /// Empty for a non-positive spacing or an empty rectangle. O(diagonal / spacing) segments.
    public static func hatchLines(across bounds: Rect, angleDegrees: Double, spacing: Double) -> Path {
        var lines = Path()
        guard spacing > 0, spacing.isFinite, bounds.width > 0, bounds.height > 0 else { return lines }
        let angle = angleDegrees * Double.pi / 180
        // Direction of the lines (y down on the page, so a rising line has negative dy).
        let dx = cos(angle), dy = -sin(angle)
        // Normal to the lines.
        let nx = -dy, ny = dx
        let half = (bounds.width + bounds.height) / 2 + spacing
        let c = Point(x: bounds.midX, y: bounds.midY)
        var offset = -half
        while offset <= half {
            let o = Point(x: c.x + nx * offset, y: c.y + ny * offset)
            lines.move(to: Point(x: o.x - dx * half, y: o.y - dy * half))
            lines.line(to: Point(x: o.x + dx * half, y: o.y + dy * half))
            offset += spacing
        }
        return lines
    }

    /// A closed circle.
    public static func circle(center: Point, radius: Double) -> Path {
        var p = Path()
        p.move(to: Point(x: center.x + radius, y: center.y))
        p.arc(center: center, radius: radius, start: 0, end: 2 * Double.pi)
        p.close()
        return p
    }

    /// An open polyline through `points` (empty when `points` is empty).
    public static func polyline(_ points: [Point]) -> Path {
        var p = Path()
        guard let first = points.first else { return p }
        p.move(to: first)
        for q in points.dropFirst() { p.line(to: q) }
        return p
    }

    /// A closed polygon through `points`.
    public static func polygon(_ points: [Point]) -> Path {
        var p = polyline(points)
        if !p.isEmpty { p.close() }
        return p
    }

    /// Appends one element.
    public mutating func append(_ element: Element) { elements.append(element) }

    /// Appends all elements of `other`.
    public mutating func append(_ other: Path) { elements.append(contentsOf: other.elements) }
}
