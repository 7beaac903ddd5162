import Canvas
import PageLayout

extension RunningHeader {
    /// The running header of one document's pages: its layout and its barcode plan decided once,
    /// so every page draws the same header and footer and the batch's warning reads the very
    /// plan the pages printed.
    public struct Pages: PageDecoration {
        /// The header these pages repeat.
        public let header: RunningHeader
        /// What every footer prints for the patient ID.
        public let barcode: BarcodePlan
        /// The header's text blocks and height, as `RunningHeader.layout(measurer:style:)` made them.
        let laidOut: (texts: [PlacedText], height: Double)

        public func drawHeader(in canvas: Canvas, style: ReportStyle, page: Int) {
            header.drawHeader(laidOut, in: canvas, style: style, page: page)
        }

        public func drawFooter(in canvas: Canvas, style: ReportStyle, page: Int, pageCount: Int) {
            header.drawFooter(barcode: barcode, in: canvas, style: style, page: page, pageCount: pageCount)
        }

        public func requiredHeight(measurer: Canvas, style: ReportStyle) -> Double { laidOut.height }
    }

    /// The header for the pages of a document of `pageCount` pages: laid out and its barcode
    /// decided once, not on every page.
    /// - Parameters:
    ///   - pageCount: the document's number of pages.
    ///   - measurer: measures text exactly as the pages will draw it.
    ///   - style: page geometry and fonts, as the pages get them.
    /// - Returns: a `RunningHeader.Pages`.
    public func prepared(pageCount: Int, measurer: Canvas, style: ReportStyle) -> any PageDecoration {
        Pages(header: self, barcode: barcodePlan(measurer: measurer, style: style, pageCount: pageCount),
              laidOut: layout(measurer: measurer, style: style))
    }
}
