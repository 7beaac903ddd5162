import Canvas
import PageLayout

extension RunningHeader {
    /// What the footer prints for the patient ID: its barcode at the specified module size, or a
    /// one-line note saying why there is none.
    public enum BarcodePlan: Equatable, Sendable {
        /// No barcode was asked for.
        case none
        /// The barcode fits beside the footer text and is printed.
        case barcode(Code128)
        /// The barcode cannot be printed; the sentence says why ("No barcode: …").
        case refused(String)

        /// The sentence printed instead of the barcode, or `nil` when nothing is refused.
        public var refusal: String? {
            if case .refused(let sentence) = self { return sentence }
            return nil
        }
    }

    /// Whether the patient ID's barcode can be printed in the footer of a document of `pageCount`
    /// pages, and if not, why.
    ///
    /// The symbol is never shrunk: it keeps its 1/75-inch module and quiet zones. It fits when,
    /// beside it and the widest page number ("Page N of N"), the provenance line still needs at
    /// most two lines (the footer's height beside the bars); the limit in characters follows from
    /// the page's printable width, the fonts and that line. Every page of a document gets the
    /// same answer.
    /// - Parameters:
    ///   - measurer: measures text as the pages draw it.
    ///   - style: page geometry and fonts.
    ///   - pageCount: the document's number of pages.
    /// - Returns: the barcode, the refusal, or `.none` without a barcode text.
    public func barcodePlan(measurer: Canvas, style: ReportStyle, pageCount: Int) -> BarcodePlan {
        guard let text = barcodeText else { return .none }
        if text.isEmpty { return .refused("No barcode: the ID is empty") }
        if let character = Code128.firstUnencodable(in: text) {
            return .refused("No barcode: the ID contains \"\(character)\", which Code 128 cannot encode")
        }
        let widest = Self.pageNumberText("Page \(pageCount) of \(pageCount)", style: style)
        let limit = fittingBarcodeLength(measurer: measurer, style: style, pageNumberWidth: measurer.measure(widest).width)
        guard text.count <= limit, let barcode = try? Code128(text) else {
            return .refused(limit == 0 ? "No barcode: the footer has no room for one"
                                       : "No barcode: the ID has \(text.count) characters (at most \(limit) fit)")
        }
        return .barcode(barcode)
    }

    /// The most characters whose barcode fits in the footer (0 to `Code128.maximumLength`).
    /// - Parameters:
    ///   - measurer: measures the provenance line.
    ///   - style: page geometry and fonts.
    ///   - pageNumberWidth: the width of the widest "Page N of N".
    /// - Returns: the limit; a binary search over the lengths, O(log 48) measurements.
    func fittingBarcodeLength(measurer: Canvas, style: ReportStyle, pageNumberWidth: Double) -> Int {
        var low = 0, high = Code128.maximumLength
        while low < high {
            let middle = (low + high + 1) / 2
            if barcodeFits(characters: middle, measurer: measurer, style: style, pageNumberWidth: pageNumberWidth) {
                low = middle
            } else {
                high = middle - 1
            }
        }
        return low
    }

    /// Whether a barcode of `characters` characters leaves the provenance line room for two lines.
    private func barcodeFits(characters: Int, measurer: Canvas, style: ReportStyle, pageNumberWidth: Double) -> Bool {
        let area = style.printableRect
        let barsRight = Self.barcodeRight(area: area, pageNumberWidth: pageNumberWidth)
        let column = Code128.snappedLeft(barsRight - Code128.width(characters: characters)) - area.minX
        guard column >= Self.minimumFooterTextWidth else { return false }
        return measurer.measure(TextBlock(provenanceLine, font: style.smallFont, width: column)).lineCount <= 2
    }

    /// The narrowest the footer's text column may become, points.
    static let minimumFooterTextWidth = 50.0

    /// The right edge of the barcode's box (its quiet zone) left of a page number `pageNumberWidth` wide.
    static func barcodeRight(area: Rect, pageNumberWidth: Double) -> Double {
        area.maxX - pageNumberWidth - 8 + 6
    }

    /// "Page X of Y" as the footer sets it.
    static func pageNumberText(_ text: String, style: ReportStyle) -> TextBlock {
        TextBlock(text, font: style.bodyFont.bold, alignment: .right)
    }
}
