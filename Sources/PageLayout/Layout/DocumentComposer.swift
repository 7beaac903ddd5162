import Canvas

/// A finished document description: running header, metadata and the blocks to flow.
public struct ComposedDocument: Sendable {
    public var style: ReportStyle
    public var header: any PageDecoration
    public var metadata: DocumentMetadata
    public var blocks: [Block]

    public init(style: ReportStyle, header: any PageDecoration, metadata: DocumentMetadata, blocks: [Block]) {
        self.style = style
        self.header = header
        self.metadata = metadata
        self.blocks = blocks
    }
}

/// Draws a `ComposedDocument` onto a `DocumentSink`: pagination first, so every page can say "Page X of Y".
public enum DocumentComposer {
    /// Paginates and draws `document`.
    /// - Parameters:
    ///   - document: what to draw.
    ///   - sink: the PDF (or recording) document to draw into.
    ///   - measurer: a canvas that measures text exactly as the sink's pages will draw it.
    /// - Returns: the number of pages written.
    @discardableResult
    public static func render(_ document: ComposedDocument, into sink: DocumentSink, measurer: Canvas) -> Int {
        renderPages(document, into: sink, measurer: measurer).pageCount
    }

    /// Paginates and draws `document`, and says what its pages were drawn with.
    /// - Parameters:
    ///   - document: what to draw.
    ///   - sink: the PDF (or recording) document to draw into.
    ///   - measurer: a canvas that measures text exactly as the sink's pages will draw it.
    /// - Returns: the number of pages written and the decoration every page drew (the header
    ///   prepared for that page count), so a caller reports exactly what the pages print.
    public static func renderPages(_ document: ComposedDocument, into sink: DocumentSink,
                                   measurer: Canvas) -> (pageCount: Int, decoration: any PageDecoration) {
        // Long names or institutions wrap and make the header taller; the body starts below it.
        var style = document.style
        style.headerHeight = document.header.requiredHeight(measurer: measurer, style: style)
        let flow = PageFlow(style: style, measurer: measurer)
        let (pages, outline) = flow.paginate(document.blocks)
        let decoration = document.header.prepared(pageCount: pages.count, measurer: measurer, style: style)
        sink.setMetadata(document.metadata)
        for (index, placements) in pages.enumerated() {
            let canvas = sink.beginPage(size: document.style.pageSize)
            // Header, content, footer: the order a reader (and `pdftotext -raw`) follows.
            decoration.drawHeader(in: canvas, style: style, page: index + 1)
            for placement in placements {
                draw(placement, in: canvas, flow: flow)
            }
            decoration.drawFooter(in: canvas, style: style, page: index + 1, pageCount: pages.count)
            sink.endPage()
        }
        for entry in outline {
            sink.addOutlineEntry(title: entry.title, page: entry.page, level: entry.level, top: entry.top)
        }
        return (pages.count, decoration)
    }

    /// Draws one placed item as the structure elements it is: headings, paragraphs, figures with
    /// their alternative text and caption, callouts as a paragraph and a list, tables.
    static func draw(_ placement: PageFlow.Placement, in canvas: Canvas, flow: PageFlow) {
        let style = flow.style
        let frame = flow.frame
        let x = frame.minX
        switch placement.item {
        case .heading(let heading, let text):
            canvas.beginStructure(.heading(level: heading.level))
            defer { canvas.endStructure() }
            canvas.draw(text, at: Point(x: x, y: placement.y))
            if heading.level == 1 {
                let y = placement.y + placement.height - 1
                canvas.stroke(.line(from: Point(x: x, y: y), to: Point(x: frame.maxX, y: y)),
                              style: StrokeStyle(width: 0.4, color: style.rule))
            }
        case .paragraph(let text):
            canvas.structure(.paragraph) { canvas.draw(text, at: Point(x: x, y: placement.y)) }
        case .figure(let figure, let caption):
            let rect = Rect(x: x, y: placement.y, width: frame.width, height: figure.height)
            canvas.structure(.figure(alternativeText: figure.alternativeText)) {
                canvas.withState { figure.draw(canvas, rect) }
            }
            if let caption {
                canvas.structure(StructureElement(.caption)) { canvas.draw(caption, at: Point(x: x, y: rect.maxY + 3)) }
            }
        case .callout(let callout, let lines, let title):
            let rect = Rect(x: x, y: placement.y, width: frame.width, height: placement.height)
            let tint = callout.emphasis == .warning ? style.warning : style.accent
            canvas.fill(.rect(rect), color: tint.blended(opacity: 0.07))
            canvas.stroke(.rect(rect), style: StrokeStyle(width: callout.emphasis == .warning ? 1.2 : 0.6, color: tint))
            canvas.fill(.rect(Rect(x: rect.minX, y: rect.minY, width: 3, height: rect.height)), color: tint)
            var y = rect.minY + 6
            canvas.structure(.paragraph) { canvas.draw(title, at: Point(x: x + 8, y: y)) }
            y += canvas.measure(title).height + 2
            canvas.beginStructure(StructureElement(.list))
            for line in lines {
                // Each item's text starts with its bullet: the body holds both.
                canvas.structure(StructureElement(.listItem)) {
                    canvas.structure(StructureElement(.listBody)) { canvas.draw(line, at: Point(x: x + 8, y: y)) }
                }
                y += canvas.measure(line).height + 2
            }
            canvas.endStructure()
        case .tableSlice(let table, let rows, let rowHeights, let headerHeight, let continued, let caption):
            drawTable(table, rows: rows, rowHeights: rowHeights, headerHeight: headerHeight, continued: continued,
                      caption: caption, top: placement.y, in: canvas, flow: flow)
        case .columns(let columns):
            for column in columns {
                let columnFlow = PageFlow(style: style, measurer: flow.measurer, frame: column.frame)
                for inner in column.placements { draw(inner, in: canvas, flow: columnFlow) }
            }
        }
    }

    /// Draws rows `rows` of `table`, as a table element (header cells heading their columns)
    /// that continues across pages: the first slice opens it, the last closes it, and a continued
    /// slice's "(continued)" line and repeated header row are page furniture (artifacts).
    static func drawTable(_ table: Table, rows: Range<Int>, rowHeights: [Double], headerHeight: Double, continued: Bool,
                          caption: TextBlock?, top: Double, in canvas: Canvas, flow: PageFlow) {
        let style = flow.style
        let frame = flow.frame
        let widths = table.columnWidths(totalWidth: frame.width)
        var y = top
        let isLast = rows.upperBound == table.rows.count
        if continued {
            canvas.beginArtifact(.layout)
            let t = flow.continuedText(table, width: frame.width)
            canvas.draw(t, at: Point(x: frame.minX, y: y))
            y += canvas.measure(t).height
        } else {
            canvas.beginStructure(StructureElement(.table))
            canvas.beginStructure(StructureElement(.tableHead))
            canvas.beginStructure(StructureElement(.tableRow))
        }
        // Header row on a grey band.
        canvas.fill(.rect(Rect(x: frame.minX, y: y, width: frame.width, height: headerHeight)), color: style.shade)
        var cx = frame.minX
        for (i, column) in table.columns.enumerated() {
            let t = flow.cellText(column.title, width: widths[i], font: style.smallFont.bold, alignment: column.alignment)
            if continued {
                canvas.draw(t, at: Point(x: cx + flow.cellPadding, y: y + flow.cellPadding))
            } else {
                canvas.structure(.headerCell(scope: .column)) { canvas.draw(t, at: Point(x: cx + flow.cellPadding, y: y + flow.cellPadding)) }
            }
            cx += widths[i]
        }
        if continued {
            canvas.endArtifact()
        } else {
            canvas.endStructure()  // TR
            canvas.endStructure()  // THead
            if !rows.isEmpty { canvas.beginStructure(StructureElement(.tableBody)) }
        }
        y += headerHeight
        canvas.stroke(.line(from: Point(x: frame.minX, y: y), to: Point(x: frame.maxX, y: y)),
                      style: StrokeStyle(width: 0.6, color: .black))
        for (k, rowIndex) in rows.enumerated() {
            let row = table.rows[rowIndex]
            let h = rowHeights[k]
            if row.emphasis == .warning {
                canvas.fill(.rect(Rect(x: frame.minX, y: y, width: frame.width, height: h)),
                            color: style.warning.blended(opacity: 0.08))
            }
            if row.emphasis == .total {
                canvas.stroke(.line(from: Point(x: frame.minX, y: y), to: Point(x: frame.maxX, y: y)),
                              style: StrokeStyle(width: 0.6, color: .black))
            }
            cx = frame.minX
            canvas.beginStructure(StructureElement(.tableRow))
            for (i, cell) in row.cells.enumerated() where i < widths.count {
                let t = flow.cellText(cell, width: widths[i], font: flow.font(for: row), alignment: table.columns[i].alignment,
                                      color: row.emphasis == .warning ? style.warning : .black)
                canvas.structure(StructureElement(.dataCell)) { canvas.draw(t, at: Point(x: cx + flow.cellPadding, y: y + flow.cellPadding)) }
                cx += widths[i]
            }
            canvas.endStructure()
            y += h
            canvas.stroke(.line(from: Point(x: frame.minX, y: y), to: Point(x: frame.maxX, y: y)),
                          style: StrokeStyle(width: 0.25, color: style.rule))
        }
        guard isLast else { return }
        if !rows.isEmpty { canvas.endStructure() }  // TBody
        if let caption {
            canvas.structure(StructureElement(.caption)) { canvas.draw(caption, at: Point(x: frame.minX, y: y + 3)) }
        }
        canvas.endStructure()  // Table
    }
}
