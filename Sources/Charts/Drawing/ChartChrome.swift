import Canvas

/// What the ROC, calibration and decision-curve charts put around their plot: an optional title at the top
/// and the figure footer (caption notes, provenance banner) at the bottom.
enum ChartChrome {
    /// Draws the title and the footer.
    /// - Parameters:
    ///   - title: Figure title, if any.
    ///   - notes: Caption sentences.
    ///   - footnote: Provenance banner, if any.
    ///   - frame: The figure's rectangle.
    ///   - theme: Fonts and ink.
    ///   - canvas: The canvas to draw on.
    /// - Returns: The vertical span left for the plot, its axes and legend.
    static func draw(title: String?, notes: [String], footnote: String?, in frame: Rect, theme: ChartTheme,
                     canvas: Canvas) -> (top: Double, bottom: Double) {
        var top = frame.minY
        if let title {
            top = canvas.draw(TextBlock(title, font: theme.titleFont, color: theme.ink), anchor: .topLeft,
                              at: Point(x: frame.minX, y: top)).maxY + 4
        }
        let footer = FigureFooter.draw(notes: notes, footnote: footnote, in: frame, theme: theme, canvas: canvas)
        return (top, footer.height > 0 ? footer.minY - 6 : frame.maxY)
    }

    /// The height of the title (with its gap) and the footer at `width`.
    /// - Parameters:
    ///   - title: Figure title, if any.
    ///   - notes: Caption sentences.
    ///   - footnote: Provenance banner, if any.
    ///   - width: Figure width.
    ///   - theme: Fonts.
    ///   - canvas: Used to measure text.
    /// - Returns: Height in points.
    static func height(title: String?, notes: [String], footnote: String?, width: Double, theme: ChartTheme, canvas: Canvas) -> Double {
        FigureFooter.height(notes: notes, footnote: footnote, width: width, theme: theme, canvas: canvas)
            + (title.map { canvas.measure(TextBlock($0, font: theme.titleFont)).height + 4 } ?? 0)
    }
}
