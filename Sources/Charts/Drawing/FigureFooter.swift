import Canvas

/// The foot of a figure, inside its frame: caption notes (omitted ticks, out-of-range flags, methods) and
/// a boxed provenance banner such as the synthetic-cohort label, so neither can be cropped away from the chart.
public enum FigureFooter {
    /// The height the footer needs at `width`.
    /// - Parameters:
    ///   - notes: Caption sentences, one paragraph each.
    ///   - footnote: The boxed banner text, if any.
    ///   - width: Available width.
    ///   - theme: Fonts.
    ///   - canvas: Used to measure text.
    /// - Returns: Height in points (0 when there is nothing to show).
    public static func height(notes: [String], footnote: String?, width: Double, theme: ChartTheme, canvas: Canvas) -> Double {
        var h = 0.0
        if !notes.isEmpty { h += canvas.measure(noteBlock(notes, width: width, theme: theme)).height + 3 }
        if let f = footnote { h += canvas.measure(bannerBlock(f, width: width - 2 * bannerPadding, theme: theme)).height + 2 * bannerPadding + 2 }
        return h
    }

    /// Draws the footer so that it ends at `frame.maxY`.
    /// - Parameters:
    ///   - notes: Caption sentences.
    ///   - footnote: The boxed banner text, if any.
    ///   - frame: The figure frame; the footer takes its bottom and full width.
    ///   - theme: Fonts and ink.
    ///   - canvas: The canvas to draw on.
    /// - Returns: The rectangle the footer occupies.
    @discardableResult
    public static func draw(notes: [String], footnote: String?, in frame: Rect, theme: ChartTheme, canvas: Canvas) -> Rect {
        let h = height(notes: notes, footnote: footnote, width: frame.width, theme: theme, canvas: canvas)
        var y = frame.maxY - h
        let area = Rect(x: frame.minX, y: y, width: frame.width, height: h)
        if !notes.isEmpty {
            let b = noteBlock(notes, width: frame.width, theme: theme)
            canvas.draw(b, at: Point(x: frame.minX, y: y))
            y += canvas.measure(b).height + 3
        }
        if let f = footnote {
            let b = bannerBlock(f, width: frame.width - 2 * bannerPadding, theme: theme)
            let m = canvas.measure(b)
            let box = Rect(x: frame.minX, y: y + 1, width: frame.width, height: m.height + 2 * bannerPadding)
            canvas.fillAndStroke(.rect(box), fill: Color(grey: 0.94), stroke: StrokeStyle(width: 0.6, color: theme.ink))
            canvas.draw(b, at: Point(x: box.minX + bannerPadding, y: box.minY + bannerPadding))
        }
        return area
    }

    static let bannerPadding = 2.5

    private static func noteBlock(_ notes: [String], width: Double, theme: ChartTheme) -> TextBlock {
        TextBlock(notes.joined(separator: "\n"), font: theme.captionFont, color: theme.ink, width: width)
    }

    private static func bannerBlock(_ text: String, width: Double, theme: ChartTheme) -> TextBlock {
        TextBlock(text, font: theme.footnoteFont, color: theme.ink, width: width, alignment: .center)
    }
}
