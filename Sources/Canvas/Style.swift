/// How a path's outline is drawn.
public struct StrokeStyle: Sendable, Hashable {
    public enum LineCap: String, Sendable { case butt, round, square }
    public enum LineJoin: String, Sendable { case miter, round, bevel }

    public var width: Double
    public var color: Color
    /// Dash lengths in points (on, off, …); empty for a solid line.
    public var dash: [Double]
    public var cap: LineCap
    public var join: LineJoin

    public init(width: Double = 0.75, color: Color = .black, dash: [Double] = [], cap: LineCap = .butt, join: LineJoin = .miter) {
        self.width = width
        self.color = color
        self.dash = dash
        self.cap = cap
        self.join = join
    }
}

/// A font request: the canvas maps families to the bundled fonts only.
public struct FontSpec: Sendable, Hashable {
    public enum Family: String, Sendable { case sans, mono }
    public enum Weight: String, Sendable { case regular, bold }

    public var family: Family
    public var weight: Weight
    public var italic: Bool
    /// Size in points.
    public var size: Double

    public init(family: Family = .sans, weight: Weight = .regular, italic: Bool = false, size: Double) {
        self.family = family
        self.weight = weight
        self.italic = italic
        self.size = size
    }

    public func with(size: Double) -> FontSpec { var f = self; f.size = size; return f }
    public var bold: FontSpec { var f = self; f.weight = .bold; return f }
    public var italicized: FontSpec { var f = self; f.italic = true; return f }
}

/// A run of text to lay out: plain text or Pango markup, wrapped to a width when given.
public struct TextBlock: Sendable, Hashable {
    public enum Alignment: String, Sendable { case left, center, right }

    public var text: String
    /// `true` when `text` is Pango markup (`<b>`, `<i>`, `<span …>`); plain text is escaped.
    public var isMarkup: Bool
    public var font: FontSpec
    public var color: Color
    /// Wrap width in points; `nil` lays the text out on one line per paragraph.
    public var width: Double?
    public var alignment: Alignment
    /// Extra space between lines as a multiple of the font size (0 = the font's natural spacing).
    public var lineSpacing: Double

    public init(_ text: String, font: FontSpec, color: Color = .black, width: Double? = nil,
                alignment: Alignment = .left, isMarkup: Bool = false, lineSpacing: Double = 0) {
        self.text = text
        self.isMarkup = isMarkup
        self.font = font
        self.color = color
        self.width = width
        self.alignment = alignment
        self.lineSpacing = lineSpacing
    }
}

/// The laid-out size of a `TextBlock`.
public struct TextMetrics: Sendable, Hashable {
    /// Logical width of the widest line, points.
    public var width: Double
    /// Logical height of all lines, points.
    public var height: Double
    /// Distance from the top of the block to the first line's baseline, points.
    public var baseline: Double
    public var lineCount: Int

    public init(width: Double, height: Double, baseline: Double, lineCount: Int) {
        self.width = width
        self.height = height
        self.baseline = baseline
        self.lineCount = lineCount
    }
}
