import Canvas

/// Which point of a text's layout box is placed at the given position.
public struct TextAnchor: Sendable, Hashable {
    /// Horizontal reference: the box's left edge, centre or right edge.
    public enum Horizontal: Sendable, Hashable { case left, center, right }
    /// Vertical reference: the box's top, middle or bottom.
    public enum Vertical: Sendable, Hashable { case top, middle, bottom }

    public var horizontal: Horizontal
    public var vertical: Vertical

    /// Creates an anchor.
    /// - Parameters:
    ///   - horizontal: Horizontal reference.
    ///   - vertical: Vertical reference.
    public init(_ horizontal: Horizontal, _ vertical: Vertical) {
        self.horizontal = horizontal
        self.vertical = vertical
    }

    public static let topLeft = TextAnchor(.left, .top)
    public static let topCenter = TextAnchor(.center, .top)
    public static let topRight = TextAnchor(.right, .top)
    public static let middleLeft = TextAnchor(.left, .middle)
    public static let center = TextAnchor(.center, .middle)
    public static let middleRight = TextAnchor(.right, .middle)
    public static let bottomLeft = TextAnchor(.left, .bottom)
    public static let bottomCenter = TextAnchor(.center, .bottom)
    public static let bottomRight = TextAnchor(.right, .bottom)

    /// The layout box of a text of `size` anchored at `point`.
    /// - Parameters:
    ///   - size: Measured width and height of the text.
    ///   - point: The anchor position.
    /// - Returns: The box, whose origin is where the text is drawn.
    public func box(size: Size, at point: Point) -> Rect {
        let x: Double = switch horizontal {
        case .left: point.x
        case .center: point.x - size.width / 2
        case .right: point.x - size.width
        }
        let y: Double = switch vertical {
        case .top: point.y
        case .middle: point.y - size.height / 2
        case .bottom: point.y - size.height
        }
        return Rect(x: x, y: y, width: size.width, height: size.height)
    }
}

extension Canvas {
    /// Measures and draws `text` so that its `anchor` point lies at `point`.
    /// - Parameters:
    ///   - text: The text block (its own `alignment` applies inside the box).
    ///   - anchor: Which point of the box is placed at `point`.
    ///   - point: Canvas position.
    /// - Returns: The box the text occupies.
    @discardableResult
    public func draw(_ text: TextBlock, anchor: TextAnchor, at point: Point) -> Rect {
        let m = measure(text)
        let box = anchor.box(size: Size(width: text.width ?? m.width, height: m.height), at: point)
        draw(text, at: box.origin)
        return box
    }

    /// Like `draw(_:anchor:at:)`, on a white box slightly larger than the text, so the label stays legible
    /// where it crosses lines or curves.
    /// - Parameters:
    ///   - text: The text block.
    ///   - anchor: Which point of the text box is placed at `point`.
    ///   - point: Canvas position.
    ///   - padding: White margin around the text, points.
    /// - Returns: The box the text occupies (without padding).
    @discardableResult
    public func drawOnWhite(_ text: TextBlock, anchor: TextAnchor, at point: Point, padding: Double = 1) -> Rect {
        let m = measure(text)
        let box = anchor.box(size: Size(width: text.width ?? m.width, height: m.height), at: point)
        fill(.rect(box.inset(by: -padding)), color: .white)
        draw(text, at: box.origin)
        return box
    }
}
