import Canvas
import PageLayout

/// What every page of a chart document repeats: who it is about, where it comes from, which page it is.
///
/// Header: institution, report title and the report's status (left), at least two patient
/// identifiers and the exam date (right). Footer: generation date, tool and model versions, the input file's SHA-256, an
/// optional Code 128 barcode of the patient ID, and "Page X of Y".
public struct RunningHeader: PageDecoration, Hashable {
    public var institution: String
    public var title: String
    /// The patient's name, printed before `patientLine` as a text block of its own ("Wang, Li" ·
    /// "ID HCC-2025-0007"): a name in another script keeps its own writing direction and baseline
    /// and cannot reorder or shift the identifier beside it. `nil` when there is no name.
    public var patientName: String?
    /// First identifier line, e.g. "ID HCC-2025-0007" (after `patientName`), or the whole line.
    public var patientLine: String
    /// Second identifier line, e.g. "Born 1958-04-02 · CT 2025-01-14".
    public var patientDetailLine: String
    /// Footer line, e.g. "Generated 2025-02-01 · hccreport 0.1.0 · model zhang-2025-dect-pct 1.0.0".
    public var provenanceLine: String
    /// e.g. "Input SHA-256 3f2a…".
    public var digestLine: String
    /// Text to encode as Code 128, or `nil` for no barcode.
    public var barcodeText: String?
    /// A word printed on every page when the content is not for clinical use (e.g. "DEMONSTRATION").
    public var watermark: String?
    /// The report's status ("Preliminary — not signed off", "Final"), printed after the title on
    /// the title's line when it fits there, else below it; `nil` for documents without one.
    public var statusLine: String? = nil

    /// One text block of the header and where its top-left corner goes.
    public struct PlacedText: Sendable {
        public var block: TextBlock
        public var origin: Point
        /// The block's measured extent on the page.
        public var frame: Rect
        /// The language of the text when it differs by script (a name in Arabic or Chinese).
        public var language: String?
        /// Whether the block continues the previous one's line (the ID after the name).
        public var joinsPrevious: Bool
    }

    /// Space between the lowest header line and the rule under the header, points.
    static let ruleGap = 8.0

    /// The header's text blocks laid out in the printable area: institution, title and watermark
    /// stacked on the left, identifiers and the detail line on the right, each wrapped (never
    /// overprinting) within its column. Long texts make the header taller (`requiredHeight`)
    /// rather than run into each other or the page body.
    /// - Parameters:
    ///   - measurer: measures text exactly as the page will draw it.
    ///   - style: page geometry and fonts.
    /// - Returns: the placed blocks and the height from the printable area's top to the rule.
    public func layout(measurer: Canvas, style: ReportStyle) -> (texts: [PlacedText], height: Double) {
        let area = style.printableRect
        let leftWidth = area.width * 0.6
        let rightWidth = area.width - leftWidth - 8
        var texts: [PlacedText] = []
        func put(_ block: TextBlock, x: Double, y: Double, language: String? = nil, joinsPrevious: Bool = false) -> Double {
            let m = measurer.measure(block)
            let width = block.width ?? m.width
            let left = block.alignment == .right ? x + width - m.width : (block.alignment == .center ? x + (width - m.width) / 2 : x)
            texts.append(PlacedText(block: block, origin: Point(x: x, y: y), frame: Rect(x: left, y: y, width: m.width, height: m.height),
                                    language: language, joinsPrevious: joinsPrevious))
            return y + m.height
        }
        // Left: who issued it, the report's title and the watermark, each below the one before.
        var leftY = area.minY
        if !institution.isEmpty {
            leftY = put(Self.fitted(institution, font: style.bodyFont.bold, color: style.accent, width: leftWidth, measurer: measurer),
                        x: area.minX, y: leftY)
        }
        let titleTop = max(leftY, area.minY + 12)
        let titleBlock = TextBlock(title, font: style.smallFont, width: leftWidth)
        leftY = put(titleBlock, x: area.minX, y: titleTop)
        if let statusLine {
            // On the title's line after a separator when the title is one line and both fit, so
            // the header does not grow; else on a line of its own below the title.
            let titleMetrics = measurer.measure(titleBlock)
            let status = TextBlock(" · " + statusLine, font: style.smallFont.bold)
            let statusWidth = measurer.measure(status).width
            if titleMetrics.lineCount == 1 && titleMetrics.width + statusWidth <= leftWidth {
                _ = put(status, x: area.minX + titleMetrics.width, y: titleTop, joinsPrevious: true)
            } else {
                leftY = put(TextBlock(statusLine, font: style.smallFont.bold, width: leftWidth), x: area.minX, y: leftY)
            }
        }
        if let mark = watermark {
            leftY = put(TextBlock(mark, font: style.smallFont.bold, color: style.warning, width: leftWidth), x: area.minX, y: leftY)
        }
        // Right: the identifiers (never truncated) and the detail line below them.
        let right = area.maxX
        var rightY = area.minY
        if let name = patientName {
            rightY = identifiers(name: name, measurer: measurer, style: style, right: right, top: rightY, width: rightWidth, put: put)
        } else {
            rightY = put(Self.fitted(patientLine, font: style.bodyFont.bold, color: .black, width: rightWidth, alignment: .right, measurer: measurer),
                         x: right - rightWidth, y: rightY)
        }
        rightY = put(TextBlock(patientDetailLine, font: style.smallFont, width: rightWidth, alignment: .right),
                     x: right - rightWidth, y: max(area.minY + 12, rightY + 1))
        return (texts, max(style.headerHeight, max(leftY, rightY) - area.minY + Self.ruleGap))
    }

    /// The height the header needs from the top of the printable area to below its rule: the
    /// style's header height, or more when long names or institutions wrap.
    public func requiredHeight(measurer: Canvas, style: ReportStyle) -> Double {
        layout(measurer: measurer, style: style).height
    }

    /// `text` on one line, set smaller (down to 7 pt) to fit `width`; text that still does not fit
    /// wraps at 7 pt.
    static func fitted(_ text: String, font: FontSpec, color: Color, width: Double, alignment: TextBlock.Alignment = .left,
                       measurer: Canvas) -> TextBlock {
        var font = font
        var block = TextBlock(text, font: font, color: color, width: width, alignment: alignment)
        while measurer.measure(block).lineCount > 1 && font.size > 7 {
            font = font.with(size: max(7, font.size - 0.5))
            block = TextBlock(text, font: font, color: color, width: width, alignment: alignment)
        }
        return block
    }

    /// The name and " · " + `patientLine` as two blocks on one baseline, right-aligned, shrunk (to
    /// 7 pt) to fit; a name that still does not fit wraps on lines of its own above the identifier
    /// line. A name in another script keeps its own writing direction and cannot reorder the ID.
    /// - Returns: the bottom of the identifiers.
    private func identifiers(name: String, measurer: Canvas, style: ReportStyle, right: Double, top: Double, width: Double,
                             put: (TextBlock, Double, Double, String?, Bool) -> Double) -> Double {
        var font = style.bodyFont.bold
        let language = ScriptLanguage.implied(by: name)
        func blocks(_ font: FontSpec) -> (name: TextBlock, rest: TextBlock, fits: Bool) {
            let nameBlock = TextBlock(name, font: font)
            let restBlock = TextBlock(" · " + patientLine, font: font)
            return (nameBlock, restBlock, measurer.measure(nameBlock).width + measurer.measure(restBlock).width <= width)
        }
        var laid = blocks(font)
        while !laid.fits && font.size > 7 {
            font = font.with(size: max(7, font.size - 0.5))
            laid = blocks(font)
        }
        if laid.fits {
            // The measured blocks themselves (no width: set from their left edge), so each is
            // laid out once.
            let nameMetrics = measurer.measure(laid.name)
            let rest = measurer.measure(laid.rest)
            let baseline = max(nameMetrics.baseline, rest.baseline)
            let nameBottom = put(laid.name, right - rest.width - nameMetrics.width, top + baseline - nameMetrics.baseline, language, false)
            let restBottom = put(laid.rest, right - rest.width, top + baseline - rest.baseline, nil, true)
            return max(restBottom, nameBottom)
        }
        let nameBottom = put(TextBlock(name, font: font, width: width, alignment: .right), right - width, top, language, false)
        return put(TextBlock(patientLine, font: font, width: width, alignment: .right), right - width, nameBottom, nil, true)
    }

    /// Draws header and footer of page `page` of `pageCount` (the header before the page's
    /// content and the footer after it read in that order: `drawHeader`, then `drawFooter`).
    /// - Parameters:
    ///   - canvas: the page's canvas.
    ///   - style: page geometry and fonts (its header height as `requiredHeight` returned, so the
    ///     rule sits below the lowest header line).
    ///   - page: 1-based page number.
    ///   - pageCount: total pages of the document.
    public func draw(in canvas: Canvas, style: ReportStyle, page: Int, pageCount: Int) {
        drawHeader(in: canvas, style: style, page: page)
        drawFooter(in: canvas, style: style, page: page, pageCount: pageCount)
    }

    /// Draws the header of page `page`: on the first page as content (who issued the report and
    /// whom it is about are read once), on later pages as a header artifact.
    /// - Parameters:
    ///   - canvas: the page's canvas.
    ///   - style: page geometry and fonts.
    ///   - page: 1-based page number.
    public func drawHeader(in canvas: Canvas, style: ReportStyle, page: Int) {
        drawHeader(layout(measurer: canvas, style: style), in: canvas, style: style, page: page)
    }

    /// Draws the header of page `page` from its layout (`layout(measurer:style:)`).
    func drawHeader(_ laidOut: (texts: [PlacedText], height: Double), in canvas: Canvas, style: ReportStyle, page: Int) {
        if page == 1 {
            drawHeaderContent(laidOut, in: canvas, style: style, tagged: true)
        } else {
            canvas.artifact(.header) { drawHeaderContent(laidOut, in: canvas, style: style, tagged: false) }
        }
    }

    /// Runs `body` as a paragraph when `tagged`, else as it is (inside the header artifact).
    private func paragraph(_ tagged: Bool, in canvas: Canvas, _ body: () -> Void) {
        if tagged { canvas.structure(.paragraph, body) } else { body() }
    }

    private func drawHeaderContent(_ laidOut: (texts: [PlacedText], height: Double), in canvas: Canvas, style: ReportStyle,
                                   tagged: Bool) {
        let area = style.printableRect
        let (texts, height) = laidOut
        // One paragraph per line of text, the name and its ID in one; the name in a span of its
        // own language when its script says so.
        var index = 0
        while index < texts.count {
            var end = index + 1
            while end < texts.count && texts[end].joinsPrevious { end += 1 }
            let group = texts[index..<end]
            paragraph(tagged, in: canvas) {
                for text in group {
                    if tagged, let language = text.language {
                        canvas.structure(.span(language: language)) { canvas.draw(text.block, at: text.origin) }
                    } else {
                        canvas.draw(text.block, at: text.origin)
                    }
                }
            }
            index = end
        }
        let ruleY = area.minY + max(style.headerHeight, height) - Self.ruleGap
        canvas.stroke(.line(from: Point(x: area.minX, y: ruleY), to: Point(x: area.maxX, y: ruleY)),
                      style: StrokeStyle(width: 0.8, color: style.accent))
    }

    /// Draws the footer of page `page` of `pageCount` as a footer artifact: provenance, input
    /// digest, barcode and page number.
    /// - Parameters:
    ///   - canvas: the page's canvas.
    ///   - style: page geometry and fonts.
    ///   - page: 1-based page number.
    ///   - pageCount: total pages of the document.
    public func drawFooter(in canvas: Canvas, style: ReportStyle, page: Int, pageCount: Int) {
        drawFooter(barcode: barcodePlan(measurer: canvas, style: style, pageCount: pageCount),
                   in: canvas, style: style, page: page, pageCount: pageCount)
    }

    /// Draws the footer of page `page` of `pageCount` with the barcode decided for the document.
    func drawFooter(barcode: BarcodePlan, in canvas: Canvas, style: ReportStyle, page: Int, pageCount: Int) {
        canvas.artifact(.footer) { drawFooterContent(barcode: barcode, in: canvas, style: style, page: page, pageCount: pageCount) }
    }

    private func drawFooterContent(barcode plan: BarcodePlan, in canvas: Canvas, style: ReportStyle, page: Int, pageCount: Int) {
        let area = style.printableRect
        let footTop = area.maxY - style.footerHeight + 6
        canvas.stroke(.line(from: Point(x: area.minX, y: footTop), to: Point(x: area.maxX, y: footTop)),
                      style: StrokeStyle(width: 0.5, color: style.rule))
        let pageText = Self.pageNumberText("Page \(page) of \(pageCount)", style: style)
        let pageWidth = canvas.measure(pageText).width
        canvas.draw(TextBlock(pageText.text, font: pageText.font, width: pageWidth + 1, alignment: .right),
                    at: Point(x: area.maxX - pageWidth - 1, y: footTop + 4))
        let barsRight = Self.barcodeRight(area: area, pageNumberWidth: pageWidth)
        var textRight = barsRight - 6
        var barcodeBottom = footTop
        switch plan {
        case .none:
            break
        case .barcode(let barcode):
            // The symbol's quiet zones (10 modules on each side) are the gaps to its neighbours.
            let rect = barcode.draw(in: canvas, at: Point(x: barsRight - barcode.width, y: footTop + 4))
            let readable = TextBlock(barcode.text, font: style.monoFont, width: rect.width, alignment: .center)
            canvas.draw(readable, at: Point(x: rect.minX, y: rect.maxY + 0.5))
            textRight = rect.minX
            barcodeBottom = rect.maxY + 0.5 + canvas.measure(readable).height
        case .refused(let sentence):
            // Where the barcode would be, one line saying why it is not (the header prints the ID).
            let note = TextBlock(sentence, font: style.smallFont, color: style.warning)
            let width = min(canvas.measure(note).width + 1, textRight - area.minX - Self.minimumFooterTextWidth)
            canvas.draw(TextBlock(sentence, font: style.smallFont, color: style.warning, width: width, alignment: .right),
                        at: Point(x: textRight - width, y: footTop + 4))
            textRight -= width + 8
        }
        let footerTextWidth = max(textRight - area.minX, Self.minimumFooterTextWidth)
        let provenance = TextBlock(provenanceLine, font: style.smallFont, width: footerTextWidth)
        canvas.draw(provenance, at: Point(x: area.minX, y: footTop + 4))
        let provenanceBottom = footTop + 4 + max(11, canvas.measure(provenance).height)
        // The digest goes below the provenance line; when it would take more than two lines
        // beside a wide barcode, it runs below both across the whole width.
        let digestColor = Color(grey: 0.25)
        let digest = TextBlock(digestLine, font: style.monoFont, color: digestColor, width: footerTextWidth)
        if canvas.measure(digest).lineCount <= 2 {
            canvas.draw(digest, at: Point(x: area.minX, y: provenanceBottom))
        } else {
            canvas.draw(TextBlock(digestLine, font: style.monoFont, color: digestColor, width: area.width),
                        at: Point(x: area.minX, y: max(provenanceBottom, barcodeBottom)))
        }
    }
}
