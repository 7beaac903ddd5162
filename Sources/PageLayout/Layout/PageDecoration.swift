import Canvas

/// What every page of a document repeats around its content (a running header and footer, a page
/// number), drawn by `DocumentComposer` once the page count is known.
public protocol PageDecoration: Sendable {
    /// Draws the decoration of one page.
    /// - Parameters:
    ///   - canvas: the page's canvas.
    ///   - style: page geometry and fonts.
    ///   - page: 1-based page number.
    ///   - pageCount: total pages of the document.
    func draw(in canvas: Canvas, style: ReportStyle, page: Int, pageCount: Int)
}
