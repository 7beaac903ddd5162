import Canvas

/// Paginates blocks onto pages: decides what goes on which page and where, without drawing.
///
/// Rules: figures, callouts and paragraphs are never split; tables of up to 10 rows move whole to
/// the next page rather than split; longer tables split between rows (never leaving a lone first
/// row behind) and repeat their header with a "(continued)" line; a heading stays with the start of what follows it; a
/// table's caption stays with at least its last row. O(n) in blocks and table rows, one text
/// measurement per laid-out item.
public struct PageFlow {
    /// One laid-out item on a page.
    public struct Placement {
        public enum Item {
            case heading(Heading, TextBlock)
            case paragraph(TextBlock)
            case tableSlice(Table, rows: Range<Int>, rowHeights: [Double], headerHeight: Double, continued: Bool, caption: TextBlock?)
            case figure(Figure, caption: TextBlock?)
            case callout(Callout, lines: [TextBlock], titleBlock: TextBlock)
        }
        public var item: Item
        /// Top of the item in page coordinates.
        public var y: Double
        public var height: Double
    }

    /// A bookmark collected while paginating.
    public struct OutlineEntry: Hashable {
        public var title: String
        public var page: Int
        public var level: Int
        /// Where the heading begins, in page coordinates (points from the top edge).
        public var top: Double
    }

    public let style: ReportStyle
    let measurer: Canvas
    /// Tables of at most this many rows are kept on one page when they fit on a fresh one.
    static let unsplitTableRows = 10
    let cellPadding = 3.0

    public init(style: ReportStyle, measurer: Canvas) {
        self.style = style
        self.measurer = measurer
    }

    /// Lays `blocks` out on as many pages as they need.
    /// - Parameter blocks: the content in reading order.
    /// - Returns: placements per page (at least one page) and the outline.
    public func paginate(_ blocks: [Block]) -> (pages: [[Placement]], outline: [OutlineEntry]) {
        let frame = style.contentRect
        var pages: [[Placement]] = [[]]
        var outline: [OutlineEntry] = []
        var y = frame.minY
        let gap = style.blockSpacing

        func newPage() {
            pages.append([])
            y = frame.minY
        }
        func atTop() -> Bool { y <= frame.minY + 0.001 }
        func place(_ item: Placement.Item, height: Double) {
            pages[pages.count - 1].append(Placement(item: item, y: y, height: height))
            y += height + gap
        }

        for (index, block) in blocks.enumerated() {
            switch block {
            case .spacer(let h):
                if !atTop() { y += h }
            case .pageBreak:
                if !atTop() { newPage() }
            case .heading(let heading):
                let text = headingText(heading, width: frame.width)
                let h = measurer.measure(text).height + (heading.level == 1 ? 2 : 0)
                let next = index + 1 < blocks.count ? minimumHeight(of: blocks[index + 1], width: frame.width) : 0
                if !atTop() && y + h + gap + next > frame.maxY { newPage() }
                if let title = heading.outlineTitle {
                    outline.append(OutlineEntry(title: title, page: pages.count, level: heading.level - 1, top: y))
                }
                place(.heading(heading, text), height: h)
            case .paragraph(let text):
                var t = text
                if t.width == nil { t.width = frame.width }
                let h = measurer.measure(t).height
                if !atTop() && y + h > frame.maxY { newPage() }
                place(.paragraph(t), height: h)
            case .figure(let figure):
                let caption = figure.caption.map { captionText($0, width: frame.width) }
                let captionHeight = caption.map { measurer.measure($0).height + 3 } ?? 0
                let h = min(figure.height + captionHeight, frame.height)
                if !atTop() && y + h > frame.maxY { newPage() }
                place(.figure(figure, caption: caption), height: h)
            case .callout(let callout):
                let (titleBlock, lines, h) = calloutLayout(callout, width: frame.width)
                if !atTop() && y + h > frame.maxY { newPage() }
                place(.callout(callout, lines: lines, titleBlock: titleBlock), height: h)
            case .table(let table):
                let widths = table.columnWidths(totalWidth: frame.width)
                let alignments = table.columns.map(\.alignment)
                let headerHeight = rowHeight(table.columns.map(\.title), widths: widths, alignments: alignments,
                                             font: style.smallFont.bold)
                let rowHeights = table.rows.map { rowHeight($0.cells, widths: widths, alignments: alignments, font: font(for: $0)) }
                let caption = table.caption.map { captionText($0, width: frame.width) }
                let captionHeight = caption.map { measurer.measure($0).height + 3 } ?? 0
                let continuedHeight = measurer.measure(continuedText(table, width: frame.width)).height
                var start = 0
                var continued = false
                if table.rows.isEmpty {
                    let h = headerHeight + captionHeight
                    if !atTop() && y + h > frame.maxY { newPage() }
                    place(.tableSlice(table, rows: 0..<0, rowHeights: [], headerHeight: headerHeight, continued: false, caption: caption), height: h)
                    continue
                }
                // A short table that would fit whole on a fresh page moves there instead of splitting.
                let wholeHeight = headerHeight + rowHeights.reduce(0, +) + captionHeight
                if !atTop() && y + wholeHeight > frame.maxY && table.rows.count <= Self.unsplitTableRows && wholeHeight <= frame.height {
                    newPage()
                }
                while start < table.rows.count {
                    let top = (continued ? continuedHeight : 0) + headerHeight
                    // Never leave a lone first row at the bottom of a page (orphan control).
                    let firstRows = rowHeights[start..<min(start + 2, table.rows.count)].reduce(0, +)
                    if !atTop() && y + top + firstRows > frame.maxY { newPage() }
                    var end = start
                    var h = top
                    while end < table.rows.count && (end == start || y + h + rowHeights[end] <= frame.maxY) {
                        h += rowHeights[end]
                        end += 1
                    }
                    let isLast = end == table.rows.count
                    if isLast && captionHeight > 0 && y + h + captionHeight > frame.maxY && end - start > 1 {
                        end -= 1  // keep the caption with at least the last row
                        h -= rowHeights[end]
                    }
                    let last = end == table.rows.count
                    let sliceHeight = h + (last ? captionHeight : 0)
                    place(.tableSlice(table, rows: start..<end, rowHeights: Array(rowHeights[start..<end]),
                                      headerHeight: headerHeight, continued: continued, caption: last ? caption : nil),
                          height: sliceHeight)
                    start = end
                    if !last { newPage(); continued = true }
                }
            }
        }
        return (pages, outline)
    }

    // MARK: - Measuring

    func headingText(_ heading: Heading, width: Double) -> TextBlock {
        TextBlock(heading.text, font: heading.level == 1 ? style.sectionFont : style.subsectionFont,
                  color: heading.level == 1 ? style.accent : .black, width: width)
    }

    func captionText(_ markup: String, width: Double) -> TextBlock {
        TextBlock(markup, font: style.smallFont, color: Color(grey: 0.2), width: width, isMarkup: true)
    }

    func continuedText(_ table: Table, width: Double) -> TextBlock {
        let title = table.continuationTitle.isEmpty ? "Table" : table.continuationTitle
        return TextBlock("\(title) (continued)", font: style.smallFont.italicized, color: Color(grey: 0.3), width: width)
    }

    func font(for row: Table.Row) -> FontSpec {
        switch row.emphasis {
        case .bold, .total: return style.smallFont.bold
        case .normal, .warning: return style.smallFont
        }
    }

    func cellText(_ markup: String, width: Double, font: FontSpec, alignment: TextBlock.Alignment, color: Color = .black) -> TextBlock {
        TextBlock(markup, font: font, color: color, width: max(width - 2 * cellPadding, 1), alignment: alignment, isMarkup: true)
    }

    /// The height of a table row: its tallest cell plus padding. Each cell is measured with its
    /// column's alignment, as it will be drawn, so measuring and drawing share one laid-out block
    /// (the height does not depend on the alignment).
    func rowHeight(_ cells: [String], widths: [Double], alignments: [TextBlock.Alignment], font: FontSpec) -> Double {
        var h = 0.0
        for (i, cell) in cells.enumerated() where i < widths.count {
            let alignment = i < alignments.count ? alignments[i] : .left
            h = max(h, measurer.measure(cellText(cell, width: widths[i], font: font, alignment: alignment)).height)
        }
        return h + 2 * cellPadding
    }

    func calloutLayout(_ callout: Callout, width: Double) -> (TextBlock, [TextBlock], Double) {
        let inner = width - 16
        let title = TextBlock(callout.title, font: style.bodyFont.bold,
                              color: callout.emphasis == .warning ? style.warning : style.accent, width: inner)
        let lines = callout.items.map { TextBlock("•  " + $0, font: style.bodyFont, width: inner, isMarkup: true) }
        let h = 12 + measurer.measure(title).height + lines.reduce(0) { $0 + measurer.measure($1).height + 2 }
        return (title, lines, h)
    }

    /// The least height that must fit after a heading: a whole figure, callout or paragraph (none is
    /// split), or a table's header and first row.
    func minimumHeight(of block: Block, width: Double) -> Double {
        switch block {
        case .paragraph(let t):
            var t = t
            if t.width == nil { t.width = width }
            return measurer.measure(t).height  // paragraphs are never split
        case .figure(let f): return f.height
        case .callout(let c): return calloutLayout(c, width: width).2
        case .table(let t):
            let widths = t.columnWidths(totalWidth: width)
            let alignments = t.columns.map(\.alignment)
            let header = rowHeight(t.columns.map(\.title), widths: widths, alignments: alignments, font: style.smallFont.bold)
            let rows = t.rows.map { rowHeight($0.cells, widths: widths, alignments: alignments, font: font(for: $0)) }
            if t.rows.count <= Self.unsplitTableRows {  // moved whole, so the heading must fit with all of it
                let caption = t.caption.map { measurer.measure(captionText($0, width: width)).height + 3 } ?? 0
                let whole = header + rows.reduce(0, +) + caption
                if whole <= style.contentRect.height { return whole }
            }
            return header + rows.prefix(2).reduce(0, +)
        case .heading(let h): return measurer.measure(headingText(h, width: width)).height
        case .spacer, .pageBreak: return 0
        }
    }
}
