/// A point in page coordinates: points (1/72 inch), origin top-left, y grows downward.
public struct Point: Sendable, Hashable {
    public var x: Double
    public var y: Double
    public init(x: Double, y: Double) { self.x = x; self.y = y }
    public static let zero = Point(x: 0, y: 0)
}

/// A size in points.
public struct Size: Sendable, Hashable {
    public var width: Double
    public var height: Double
    public init(width: Double, height: Double) { self.width = width; self.height = height }
    public static let zero = Size(width: 0, height: 0)
    /// ISO A4, 210 × 297 mm.
    public static let a4 = Size(width: 595.2756, height: 841.8898)
    /// US Letter, 8.5 × 11 in.
    public static let letter = Size(width: 612, height: 792)
}

/// An axis-aligned rectangle in points.
public struct Rect: Sendable, Hashable {
    public var origin: Point
    public var size: Size
    public init(x: Double, y: Double, width: Double, height: Double) {
        origin = Point(x: x, y: y)
        size = Size(width: width, height: height)
    }
    public var minX: Double { origin.x }
    public var minY: Double { origin.y }
    public var maxX: Double { origin.x + size.width }
    public var maxY: Double { origin.y + size.height }
    public var midX: Double { origin.x + size.width / 2 }
    public var midY: Double { origin.y + size.height / 2 }
    public var width: Double { size.width }
    public var height: Double { size.height }

    /// The rectangle shrunk by the given amounts on each side.
    public func inset(top: Double = 0, left: Double = 0, bottom: Double = 0, right: Double = 0) -> Rect {
        Rect(x: minX + left, y: minY + top, width: max(0, width - left - right), height: max(0, height - top - bottom))
    }

    /// The rectangle shrunk by `d` on every side.
    public func inset(by d: Double) -> Rect { inset(top: d, left: d, bottom: d, right: d) }
}

/// Converts millimetres to points (1 pt = 1/72 in = 25.4/72 mm).
@inlinable public func millimetres(_ mm: Double) -> Double { mm * 72 / 25.4 }
