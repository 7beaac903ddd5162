import Canvas

/// What every page of a document repeats around its content (a running header and footer, a page
/// number), drawn by `DocumentComposer`: the header before the page's content and the footer after
/// it, so that a reader (and text extraction) meets them in that order.
public protocol PageDecoration: Sendable {
    /// Draws the header of one page.
    /// - Parameters:
    ///   - canvas: the page's canvas.
    ///   - style: page geometry and fonts.
    ///   - page: 1-based page number.
    func drawHeader(in canvas: Canvas, style: ReportStyle, page: Int)

    /// Draws the footer of one page, once the page count is known.
    /// - Parameters:
    ///   - canvas: the page's canvas.
    ///   - style: page geometry and fonts.
    ///   - page: 1-based page number.
    ///   - pageCount: total pages of the document.
    func drawFooter(in canvas: Canvas, style: ReportStyle, page: Int, pageCount: Int)
}
