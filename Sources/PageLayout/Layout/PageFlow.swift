import Canvas

/// Paginates blocks onto pages: decides what goes on which page and where, without drawing.
///
/// Rules: figures, callouts and paragraphs are never split (a figure with a minimum height shrinks
/// to stay on its page); a column set breaks between its groups only; tables of up to 10 rows
/// move whole to the next page rather than split; longer tables split between rows (never leaving
/// a lone first row behind) and repeat their header with a "(continued)" line; a heading stays with
/// what it introduces — the paragraphs and subheadings after it and the first figure (with its
/// caption), callout, column set or the start of the first table — so no page ends with a heading;
/// a table's caption stays with at least its last row. O(n) in blocks and table rows, a bounded
/// number of text measurements per laid-out item.
public struct PageFlow {
    /// One laid-out item on a page.
    public struct Placement {
        public enum Item {
            case heading(Heading, TextBlock)
            case paragraph(TextBlock)
            case tableSlice(Table, rows: Range<Int>, rowHeights: [Double], headerHeight: Double, continued: Bool, caption: TextBlock?)
            case figure(Figure, caption: TextBlock?)
            case callout(Callout, lines: [TextBlock], titleBlock: TextBlock)
            /// A column set: each column's frame and its placements (in page coordinates).
            case columns([Column])
        }
        /// One column of a column set.
        public struct Column {
            public var frame: Rect
            public var placements: [Placement]
        }
        public var item: Item
        /// Top of the item in page coordinates.
        public var y: Double
        public var height: Double

        /// The placement moved right by `dx` points; only column sets hold absolute x positions
        /// (everything else is drawn at its flow's left edge).
        func moved(right dx: Double) -> Placement {
            guard dx != 0, case .columns(let columns) = item else { return self }
            var moved = self
            moved.item = .columns(columns.map { c in
                Column(frame: Rect(x: c.frame.minX + dx, y: c.frame.minY, width: c.frame.width, height: c.frame.height),
                       placements: c.placements.map { $0.moved(right: dx) })
            })
            return moved
        }

        /// The placement moved down by `dy` points, with everything inside it.
        func shifted(by dy: Double) -> Placement {
            var moved = self
            moved.y += dy
            if case .columns(let columns) = item {
                moved.item = .columns(columns.map { c in
                    Column(frame: Rect(x: c.frame.minX, y: c.frame.minY + dy, width: c.frame.width, height: c.frame.height),
                           placements: c.placements.map { $0.shifted(by: dy) })
                })
            }
            return moved
        }
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
    /// The area content flows in: the page's content area, or one column of a column set.
    public let frame: Rect
    /// Tables of at most this many rows are kept on one page when they fit on a fresh one.
    static let unsplitTableRows = 10
    let cellPadding = 3.0

    public init(style: ReportStyle, measurer: Canvas) {
        self.init(style: style, measurer: measurer, frame: style.contentRect)
    }

    init(style: ReportStyle, measurer: Canvas, frame: Rect) {
        self.style = style
        self.measurer = measurer
        self.frame = frame
    }

    /// Lays `blocks` out on as many pages as they need.
    /// - Parameter blocks: the content in reading order.
    /// - Returns: placements per page (at least one page) and the outline.
    public func paginate(_ blocks: [Block]) -> (pages: [[Placement]], outline: [OutlineEntry]) {
        let blocks = fittingColumnSets(blocks)
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

        // A float (e.g. a heading with its chart) that does not fit where it stands waits; the
        // blocks after it fill the rest of this page meanwhile, and it goes in at the next
        // section boundary. It is never passed by a column set (the closing block).
        var deferred: [Block]?

        func placeFloat() {
            guard let group = deferred else { return }
            deferred = nil
            if !atTop() && y + groupHeight(group) > frame.maxY { newPage() }
            run(group)
        }

        func run(_ blocks: [Block]) {
            for (index, block) in blocks.enumerated() {
                // A waiting float goes in at a section boundary: before a section that no longer
                // fits (at the top of its new page), before another float, or before the closing
                // column set. A section's own blocks are never split by it.
                if deferred != nil, !atTop() {
                    switch block {
                    case .float:
                        placeFloat()
                    case .heading(let h) where h.level == 1 && !startsColumnSet(at: index, in: blocks):
                        if y + leadHeight(of: index, in: blocks) > frame.maxY { placeFloat() }
                    default:
                        if startsColumnSet(at: index, in: blocks) { placeFloat() }
                    }
                }
                switch block {
                case .float(let group):
                    if !atTop() && deferred == nil && y + groupHeight(group) > frame.maxY {
                        deferred = group
                    } else {
                        run(group)
                    }
                case .spacer(let h):
                    if !atTop() { y += h }
                case .pageBreak:
                    if !atTop() { newPage() }
                case .heading(let heading):
                    let text = headingText(heading, width: frame.width)
                    let h = measurer.measure(text).height + (heading.level == 1 ? 2 : 0)
                    let next = keptHeight(after: index, in: blocks, level: heading.level)
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
                    var figure = figure
                    let room = frame.maxY - y - captionHeight
                    if !atTop() && room < figure.height {
                        if room >= figure.minimumHeight { figure.height = room } else { newPage() }
                    }
                    let h = min(figure.height + captionHeight, frame.height)
                    place(.figure(figure, caption: caption), height: h)
                case .callout(let callout):
                    let (titleBlock, lines, h) = calloutLayout(callout, width: frame.width)
                    if !atTop() && y + h > frame.maxY { newPage() }
                    place(.callout(callout, lines: lines, titleBlock: titleBlock), height: h)
                case .columns(let set):
                    // The groups that fit below what is on the page go there; the rest continue at the
                    // top of the next page (a group is never split).
                    var rest = groupLayouts(set)[...]
                    while !rest.isEmpty {
                        var count = rest.count
                        var laid = assemble(rest.prefix(count), set)
                        while !atTop() && y + laid.height > frame.maxY && count > 0 {
                            count -= 1
                            laid = assemble(rest.prefix(count), set)
                        }
                        if count == 0 {
                            newPage()
                            continue
                        }
                        for entry in laid.outline {
                            outline.append(OutlineEntry(title: entry.title, page: pages.count, level: entry.level, top: entry.top + y - frame.minY))
                        }
                        pages[pages.count - 1].append(Placement(item: .columns(laid.columns), y: frame.minY, height: laid.height)
                            .shifted(by: y - frame.minY))
                        y += laid.height + gap
                        rest = rest.dropFirst(count)
                        if !rest.isEmpty { newPage() }
                    }
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
    }

        run(blocks)
        placeFloat()
        return (pages, outline)
    }

    // MARK: - Floats

    /// The least height a float group needs on one page: its heading, intro and first figure or
    /// table start, as a heading keeps them together.
    func groupHeight(_ group: [Block]) -> Double {
        let gap = style.blockSpacing
        guard case .heading(let heading)? = group.first else {
            return group.first.map { minimumHeight(of: $0, width: frame.width) } ?? 0
        }
        let h = measurer.measure(headingText(heading, width: frame.width)).height + (heading.level == 1 ? 2 : 0)
        return h + gap + keptHeight(after: 0, in: group, level: heading.level)
    }

    /// The least height the block at `index` needs where it starts (a heading with what it keeps).
    func leadHeight(of index: Int, in blocks: [Block]) -> Double {
        switch blocks[index] {
        case .float(let group): return groupHeight(group)
        case .heading: return groupHeight(Array(blocks[index...]))
        case .spacer, .pageBreak: return 0
        default: return minimumHeight(of: blocks[index], width: frame.width)
        }
    }

    /// Whether the block at `index` is a column set, or a heading (with subheadings, paragraphs
    /// and tables) that introduces one.
    func startsColumnSet(at index: Int, in blocks: [Block]) -> Bool {
        var i = index
        while i < blocks.count {
            switch blocks[i] {
            case .columns: return true
            case .heading(let h) where i > index && h.level == 1: return false
            case .heading, .paragraph, .table: i += 1
            default: return false
            }
        }
        return false
    }

    // MARK: - Column sets

    /// One group of a column set laid out at the top of an unbounded column.
    struct GroupLayout {
        var placements: [Placement]
        var height: Double
        var outline: [OutlineEntry]
    }

    /// The width of each column of `set`.
    func columnWidth(_ set: ColumnSet) -> Double {
        (frame.width - Double(set.columnCount - 1) * set.gutter) / Double(set.columnCount)
    }

    /// Lays out each group of `set` once, in a column-wide flow of unbounded height starting at
    /// the left edge and top of this flow's frame.
    func groupLayouts(_ set: ColumnSet) -> [GroupLayout] {
        let unbounded = Rect(x: frame.minX, y: frame.minY, width: columnWidth(set), height: .greatestFiniteMagnitude / 4)
        let flow = PageFlow(style: style, measurer: measurer, frame: unbounded)
        return set.groups.compactMap { group in
            let (pages, outline) = flow.paginate(group)
            let placements = pages.flatMap { $0 }
            guard let last = placements.last else { return nil }
            return GroupLayout(placements: placements, height: last.y + last.height - frame.minY, outline: outline)
        }
    }

    /// Puts laid-out groups into the columns of `set` in reading order, down the first column and
    /// on into the next, with the column height that balances them best (the least height at which
    /// the groups fit in the columns, found by bisection over the greedy fill). O(groups × 40).
    /// - Returns: the columns (with placements starting at `frame.minY`), the height of the tallest
    ///   and the outline entries of the headings inside, in reading order.
    func assemble(_ groups: ArraySlice<GroupLayout>, _ set: ColumnSet) -> (columns: [Placement.Column], height: Double, outline: [OutlineEntry]) {
        let gap = style.blockSpacing
        let heights = groups.map(\.height)
        /// The column index of each group when columns are filled up to `limit`, or nil if more
        /// columns than the set has would be needed.
        func fill(_ limit: Double) -> [Int]? {
            var column = 0, used = 0.0, assignment: [Int] = []
            for h in heights {
                let needed = used > 0 ? used + gap + h : h
                if needed > limit + 0.001 && used > 0 {
                    column += 1
                    used = h
                } else {
                    used = needed
                }
                if column >= set.columnCount { return nil }
                assignment.append(column)
            }
            return assignment
        }
        var low = heights.max() ?? 0
        var high = heights.reduce(0, +) + gap * Double(max(0, heights.count - 1))
        var best = fill(high) ?? Array(repeating: 0, count: heights.count)
        if let direct = fill(low) {
            best = direct
        } else {
            for _ in 0..<40 where high - low > 0.5 {
                let mid = (low + high) / 2
                if let a = fill(mid) { best = a; high = mid } else { low = mid }
            }
        }
        let width = columnWidth(set)
        var columns = (0..<set.columnCount).map { k in
            Placement.Column(frame: Rect(x: frame.minX + Double(k) * (width + set.gutter), y: frame.minY, width: width, height: 0),
                             placements: [])
        }
        var used = Array(repeating: 0.0, count: set.columnCount)
        var outline: [OutlineEntry] = []
        for (group, k) in zip(groups, best) {
            let dy = used[k] > 0 ? used[k] + gap : 0
            let dx = columns[k].frame.minX - frame.minX
            columns[k].placements += group.placements.map { $0.shifted(by: dy).moved(right: dx) }
            outline += group.outline.map { entry in
                var moved = entry
                moved.top += dy
                return moved
            }
            used[k] = dy + group.height
        }
        let height = used.max() ?? 0
        for k in columns.indices { columns[k].frame.size.height = height }
        return (columns, height, outline)
    }

    /// `blocks` with every column set that holds a group taller than a page replaced by its groups
    /// at full width, so that nothing is cut off.
    func fittingColumnSets(_ blocks: [Block]) -> [Block] {
        guard blocks.contains(where: { if case .columns = $0 { return true } else { return false } }) else { return blocks }
        return blocks.flatMap { block -> [Block] in
            guard case .columns(let set) = block else { return [block] }
            let tallest = groupLayouts(set).map(\.height).max() ?? 0
            return tallest > frame.height ? set.groups.flatMap { $0 } : [block]
        }
    }

    // MARK: - Keeping a heading with its content

    /// The least height that must fit after the heading at `index` so that it does not end a page:
    /// following paragraphs and deeper headings, then the first figure, callout, column set or
    /// table start. Falls back to the next block alone when that run is taller than a page.
    func keptHeight(after index: Int, in blocks: [Block], level: Int) -> Double {
        let width = frame.width
        let gap = style.blockSpacing
        var total = 0.0
        var i = index + 1
        scan: while i < blocks.count {
            switch blocks[i] {
            case .heading(let h) where h.level > level:
                total += measurer.measure(headingText(h, width: width)).height + gap
            case .paragraph:
                total += minimumHeight(of: blocks[i], width: width) + gap
            case .heading, .spacer, .pageBreak:
                break scan
            case .figure, .callout, .table, .columns, .float:
                total += minimumHeight(of: blocks[i], width: width)
                break scan
            }
            i += 1
        }
        if total <= frame.height - 40 { return total }
        return index + 1 < blocks.count ? minimumHeight(of: blocks[index + 1], width: width) : 0
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
        case .figure(let f):
            return f.minimumHeight + (f.caption.map { measurer.measure(captionText($0, width: width)).height + 3 } ?? 0)
        case .columns(let set):
            return groupLayouts(ColumnSet(groups: Array(set.groups.prefix(1)), columnCount: set.columnCount, gutter: set.gutter)).first?.height ?? 0
        case .callout(let c): return calloutLayout(c, width: width).2
        case .table(let t):
            let widths = t.columnWidths(totalWidth: width)
            let alignments = t.columns.map(\.alignment)
            let header = rowHeight(t.columns.map(\.title), widths: widths, alignments: alignments, font: style.smallFont.bold)
            let rows = t.rows.map { rowHeight($0.cells, widths: widths, alignments: alignments, font: font(for: $0)) }
            if t.rows.count <= Self.unsplitTableRows {  // moved whole, so the heading must fit with all of it
                let caption = t.caption.map { measurer.measure(captionText($0, width: width)).height + 3 } ?? 0
                let whole = header + rows.reduce(0, +) + caption
                if whole <= frame.height { return whole }
            }
            return header + rows.prefix(2).reduce(0, +)
        case .heading(let h): return measurer.measure(headingText(h, width: width)).height
        case .float(let group): return groupHeight(group)
        case .spacer, .pageBreak: return 0
        }
    }
}
