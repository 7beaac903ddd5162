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

    /// The height the header needs from the top of the printable area to below its rule (at
    /// least `style.headerHeight`); long texts that wrap make it taller, and the content starts
    /// below it.
    /// - Parameters:
    ///   - measurer: measures text exactly as the pages will draw it.
    ///   - style: page geometry and fonts.
    func requiredHeight(measurer: Canvas, style: ReportStyle) -> Double

    /// The decoration as the pages of one document draw it: what is the same on every page (a
    /// header's layout, a footer's barcode) decided once for the document.
    /// - Parameters:
    ///   - pageCount: the document's number of pages.
    ///   - measurer: measures text exactly as the pages will draw it.
    ///   - style: page geometry and fonts, as the pages get them.
    /// - Returns: a decoration that draws the same pages as this one.
    func prepared(pageCount: Int, measurer: Canvas, style: ReportStyle) -> any PageDecoration
}

extension PageDecoration {
    /// A header of fixed height: the style's.
    public func requiredHeight(measurer: Canvas, style: ReportStyle) -> Double { style.headerHeight }

    /// Nothing to decide per document: the decoration itself.
    public func prepared(pageCount: Int, measurer: Canvas, style: ReportStyle) -> any PageDecoration { self }
}
