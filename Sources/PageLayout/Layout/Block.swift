import Canvas

/// One unit of content flowing down report pages, top to bottom.
public enum Block: Sendable {
    /// A section or subsection title; never left alone at the bottom of a page.
    case heading(Heading)
    /// Running text, wrapped to the content width; may break between lines across pages.
    case paragraph(TextBlock)
    /// A table whose rows may continue on the next page under a repeated header.
    case table(Table)
    /// A chart or other drawing of fixed height; never split.
    case figure(Figure)
    /// A boxed note (warnings, disclaimer); never split.
    case callout(Callout)
    /// Groups of blocks side by side in balanced columns (e.g. a closing block of reference
    /// material); it breaks across pages only between groups.
    case columns(ColumnSet)
    /// A group (e.g. a heading with its chart) kept together that, when it does not fit where it
    /// stands, moves to the top of the next page while the blocks after it fill this one.
    case float([Block])
    /// Vertical space in points (dropped at the top of a page).
    case spacer(Double)
    /// Starts a new page.
    case pageBreak
}

/// A title that also becomes a PDF bookmark.
public struct Heading: Sendable, Hashable {
    public var text: String
    /// 1 = section, 2 = subsection.
    public var level: Int
    /// Bookmark title (defaults to `text`); `nil` keeps it out of the outline.
    public var outlineTitle: String?

    public init(_ text: String, level: Int = 1, outlineTitle: String? = nil, inOutline: Bool = true) {
        self.text = text
        self.level = level
        self.outlineTitle = inOutline ? (outlineTitle ?? text) : nil
    }
}

/// A drawing of fixed height placed across the content width, with an optional caption below.
public struct Figure: Sendable {
    public var height: Double
    /// The least height the figure may shrink to so that it stays on the current page (at most
    /// `height`); a figure that would need less moves to the next page at `height`.
    public var minimumHeight: Double
    /// Caption as Pango markup, drawn under the figure in the caption style.
    public var caption: String?
    /// What the figure shows, in words, for readers who do not see it (the PDF's `/Alt`).
    public var alternativeText: String
    /// Draws the figure inside the given rectangle.
    public var draw: @Sendable (Canvas, Rect) -> Void

    public init(height: Double, minimumHeight: Double? = nil, caption: String? = nil, alternativeText: String,
                draw: @escaping @Sendable (Canvas, Rect) -> Void) {
        self.height = height
        self.minimumHeight = min(minimumHeight ?? height, height)
        self.caption = caption
        self.alternativeText = alternativeText
        self.draw = draw
    }
}

/// A boxed note with a title line, e.g. the warnings a reader must not miss.
public struct Callout: Sendable, Hashable {
    public enum Emphasis: String, Sendable { case warning, note }
    public var title: String
    /// Lines of Pango markup, each drawn as its own bullet.
    public var items: [String]
    public var emphasis: Emphasis

    public init(title: String, items: [String], emphasis: Emphasis) {
        self.title = title
        self.items = items
        self.emphasis = emphasis
    }
}

/// Groups of blocks set side by side: each group stays whole in one column, and each group goes to
/// the column that is shortest so far, so the columns end at about the same height.
public struct ColumnSet: Sendable {
    /// The groups in reading order (e.g. a subheading with its text and table).
    public var groups: [[Block]]
    public var columnCount: Int
    /// Space between columns, points.
    public var gutter: Double

    public init(groups: [[Block]], columnCount: Int = 2, gutter: Double = 14) {
        self.groups = groups
        self.columnCount = max(1, columnCount)
        self.gutter = gutter
    }
}
