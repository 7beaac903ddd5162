import Canvas

/// A table of text cells; rows continue on the next page under a repeated header.
public struct Table: Sendable, Hashable {
    /// One column: its header, share of the table width and alignment.
    public struct Column: Sendable, Hashable {
        public var title: String
        /// Relative width; columns are scaled to fill the content width.
        public var weight: Double
        public var alignment: TextBlock.Alignment

        public init(_ title: String, weight: Double = 1, alignment: TextBlock.Alignment = .left) {
            self.title = title
            self.weight = weight
            self.alignment = alignment
        }
    }

    /// One row of cells (Pango markup), optionally emphasised.
    public struct Row: Sendable, Hashable {
        public enum Emphasis: String, Sendable { case normal, bold, total, warning }
        public var cells: [String]
        public var emphasis: Emphasis

        public init(_ cells: [String], emphasis: Emphasis = .normal) {
            self.cells = cells
            self.emphasis = emphasis
        }
    }

    public var columns: [Column]
    public var rows: [Row]
    /// Caption as Pango markup, printed under the last part of the table.
    public var caption: String?
    /// Title used in the "(continued)" line on following pages.
    public var continuationTitle: String

    public init(columns: [Column], rows: [Row], caption: String? = nil, continuationTitle: String = "") {
        self.columns = columns
        self.rows = rows
        self.caption = caption
        self.continuationTitle = continuationTitle
    }

    /// Absolute column widths for a table `width` points wide.
    public func columnWidths(totalWidth width: Double) -> [Double] {
        let total = columns.reduce(0) { $0 + max($1.weight, 0) }
        guard total > 0 else { return columns.map { _ in width / Double(max(columns.count, 1)) } }
        return columns.map { width * max($0.weight, 0) / total }
    }
}
