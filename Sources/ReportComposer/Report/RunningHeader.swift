import Canvas
import PageLayout

/// What every page of a chart document repeats: who it is about, where it comes from, which page it is.
///
/// Header: institution and report title (left), at least two patient identifiers and the exam
/// date (right). Footer: generation date, tool and model versions, the input file's SHA-256, an
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

    public init(institution: String, title: String, patientName: String? = nil, patientLine: String, patientDetailLine: String,
                provenanceLine: String, digestLine: String, barcodeText: String?, watermark: String? = nil) {
        self.institution = institution
        self.title = title
        self.patientName = patientName
        self.patientLine = patientLine
        self.patientDetailLine = patientDetailLine
        self.provenanceLine = provenanceLine
        self.digestLine = digestLine
        self.barcodeText = barcodeText
        self.watermark = watermark
    }

    /// Draws `patientLine` as one right-aligned block, shrunk (to 7 pt) and then wrapped to fit.
    /// - Returns: the block's height.
    private func drawIdentifierLine(in canvas: Canvas, style: ReportStyle, right: Double, top: Double, width: Double) -> Double {
        var idFont = style.bodyFont.bold
        var idBlock = TextBlock(patientLine, font: idFont, width: width, alignment: .right)
        while canvas.measure(idBlock).lineCount > 1 && idFont.size > 7 {
            idFont = idFont.with(size: max(7, idFont.size - 0.5))
            idBlock = TextBlock(patientLine, font: idFont, width: width, alignment: .right)
        }
        canvas.draw(idBlock, at: Point(x: right - width, y: top))
        return canvas.measure(idBlock).height
    }

    /// Draws the name and " · " + `patientLine` as two blocks on one baseline, right-aligned,
    /// shrunk (to 7 pt) to fit; a name that still does not fit wraps on lines of its own above the
    /// identifier line.
    /// - Returns: the height the identifiers take.
    private func drawIdentifiers(name: String, in canvas: Canvas, style: ReportStyle, right: Double, top: Double, width: Double) -> Double {
        var font = style.bodyFont.bold
        func blocks(_ font: FontSpec) -> (name: TextBlock, rest: TextBlock, fits: Bool) {
            let nameBlock = TextBlock(name, font: font)
            let restBlock = TextBlock(" · " + patientLine, font: font)
            return (nameBlock, restBlock, canvas.measure(nameBlock).width + canvas.measure(restBlock).width <= width)
        }
        var laid = blocks(font)
        while !laid.fits && font.size > 7 {
            font = font.with(size: max(7, font.size - 0.5))
            laid = blocks(font)
        }
        let rest = canvas.measure(laid.rest)
        // The name first (in reading order), in a span of its own language when its script says so.
        let language = ScriptLanguage.implied(by: name)
        if laid.fits {
            // The measured blocks themselves (no width: set from their left edge), so each is
            // laid out once.
            let nameMetrics = canvas.measure(laid.name)
            let baseline = max(nameMetrics.baseline, rest.baseline)
            Self.drawName(laid.name, language: language, in: canvas,
                          at: Point(x: right - rest.width - nameMetrics.width, y: top + baseline - nameMetrics.baseline))
            canvas.draw(laid.rest, at: Point(x: right - rest.width, y: top + baseline - rest.baseline))
            return max(baseline - nameMetrics.baseline + nameMetrics.height, baseline - rest.baseline + rest.height)
        }
        let wrapped = TextBlock(name, font: font, width: width, alignment: .right)
        Self.drawName(wrapped, language: language, in: canvas, at: Point(x: right - width, y: top))
        let nameHeight = canvas.measure(wrapped).height
        let line = TextBlock(patientLine, font: font, width: width, alignment: .right)
        canvas.draw(line, at: Point(x: right - width, y: top + nameHeight))
        return nameHeight + canvas.measure(line).height
    }

    /// Draws the patient's name, as a span tagged with `language` when there is one.
    private static func drawName(_ block: TextBlock, language: String?, in canvas: Canvas, at origin: Point) {
        guard let language else { return canvas.draw(block, at: origin) }
        canvas.structure(.span(language: language)) { canvas.draw(block, at: origin) }
    }

    /// Draws header and footer of page `page` of `pageCount` (the header before the page's
    /// content and the footer after it read in that order: `drawHeader`, then `drawFooter`).
    /// - Parameters:
    ///   - canvas: the page's canvas.
    ///   - style: page geometry and fonts.
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
        if page == 1 {
            drawHeaderContent(in: canvas, style: style, tagged: true)
        } else {
            canvas.artifact(.header) { drawHeaderContent(in: canvas, style: style, tagged: false) }
        }
    }

    /// Runs `body` as a paragraph when `tagged`, else as it is (inside the header artifact).
    private func paragraph(_ tagged: Bool, in canvas: Canvas, _ body: () -> Void) {
        if tagged { canvas.structure(.paragraph, body) } else { body() }
    }

    private func drawHeaderContent(in canvas: Canvas, style: ReportStyle, tagged: Bool) {
        let area = style.printableRect
        let leftWidth = area.width * 0.6
        let rightWidth = area.width - leftWidth - 8
        // Header: who issued it (left), who it is about (right), each on single lines.
        if !institution.isEmpty {
            paragraph(tagged, in: canvas) {
                canvas.draw(TextBlock(institution, font: style.bodyFont.bold, color: style.accent, width: leftWidth),
                            at: Point(x: area.minX, y: area.minY))
            }
        }
        paragraph(tagged, in: canvas) {
            canvas.draw(TextBlock(title, font: style.smallFont, width: leftWidth),
                        at: Point(x: area.minX, y: area.minY + 12))
        }
        // The identifiers are never truncated: a long name is set smaller (down to 7 pt) and, if it
        // still does not fit, wraps onto a second line with the detail line moved below it.
        var idHeight = 0.0
        paragraph(tagged, in: canvas) {
            idHeight = patientName.map { drawIdentifiers(name: $0, in: canvas, style: style, right: area.maxX, top: area.minY, width: rightWidth) }
                ?? drawIdentifierLine(in: canvas, style: style, right: area.maxX, top: area.minY, width: rightWidth)
        }
        let detailY = area.minY + max(12, idHeight + 1)
        paragraph(tagged, in: canvas) {
            canvas.draw(TextBlock(patientDetailLine, font: style.smallFont, width: rightWidth, alignment: .right),
                        at: Point(x: area.maxX - rightWidth, y: detailY))
        }
        if let mark = watermark {
            paragraph(tagged, in: canvas) {
                canvas.draw(TextBlock(mark, font: style.smallFont.bold, color: style.warning, width: leftWidth),
                            at: Point(x: area.minX, y: area.minY + 22))
            }
        }
        let ruleY = area.minY + style.headerHeight - 8
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
        canvas.artifact(.footer) { drawFooterContent(in: canvas, style: style, page: page, pageCount: pageCount) }
    }

    private func drawFooterContent(in canvas: Canvas, style: ReportStyle, page: Int, pageCount: Int) {
        let area = style.printableRect
        let footTop = area.maxY - style.footerHeight + 6
        canvas.stroke(.line(from: Point(x: area.minX, y: footTop), to: Point(x: area.maxX, y: footTop)),
                      style: StrokeStyle(width: 0.5, color: style.rule))
        var textRight = area.maxX
        let pageText = TextBlock("Page \(page) of \(pageCount)", font: style.bodyFont.bold, alignment: .right)
        let pageWidth = canvas.measure(pageText).width
        canvas.draw(TextBlock(pageText.text, font: pageText.font, width: pageWidth + 1, alignment: .right),
                    at: Point(x: area.maxX - pageWidth - 1, y: footTop + 4))
        textRight -= pageWidth + 8
        var barcodeBottom = footTop
        if let code = barcodeText, let barcode = try? Code128(code) {
            // The symbol's quiet zones (10 modules on each side) are the gaps to its neighbours.
            let rect = barcode.draw(in: canvas, at: Point(x: textRight + 6 - barcode.width, y: footTop + 4))
            let readable = TextBlock(code, font: style.monoFont, width: rect.width, alignment: .center)
            canvas.draw(readable, at: Point(x: rect.minX, y: rect.maxY + 0.5))
            textRight = rect.minX
            barcodeBottom = rect.maxY + 0.5 + canvas.measure(readable).height
        }
        let footerTextWidth = max(textRight - area.minX, 50)
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
