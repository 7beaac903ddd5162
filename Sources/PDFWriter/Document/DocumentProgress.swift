/// What a PDF document records while its pages are drawn (pages begun, the first drawing error,
/// the bookmarks, whether it was finished) and what it refuses before writing the file: the
/// part both PDF engines (`PDFDocument` and Cairo's `CairoPDFDocument`) share.
package struct DocumentProgress {
    /// A bookmark as added: its text, 1-based page, nesting level (0 for top level) and where the
    /// bookmarked heading begins, in points from the page's top edge.
    package struct OutlineEntry {
        package let title: String
        package let page: Int
        package let level: Int
        package let top: Double
    }

    /// Pages begun so far.
    package private(set) var pageCount = 0
    /// The bookmarks, in the order added.
    package private(set) var outline: [OutlineEntry] = []
    /// Whether `finish()` was called.
    package private(set) var isFinished = false
    private var firstError: RenderError?

    package init() {}

    /// Counts the page begun next.
    package mutating func beginPage() { pageCount += 1 }

    /// Records that the current page failed to draw, unless an earlier page already did.
    /// - Parameter reason: the page's drawing error, `nil` when it drew.
    package mutating func recordFailure(_ reason: String?) {
        if firstError == nil, let reason { firstError = .drawingFailed(page: pageCount, reason: reason) }
    }

    /// Adds a bookmark; `check(path:)` checks that its page exists.
    package mutating func addOutlineEntry(title: String, page: Int, level: Int, top: Double) {
        outline.append(OutlineEntry(title: title, page: page, level: level, top: top))
    }

    /// Marks the document finished.
    /// - Returns: `false` when it already was (finishing again does nothing).
    package mutating func finish() -> Bool {
        guard !isFinished else { return false }
        isFinished = true
        return true
    }

    /// Checks that the document can be written.
    /// - Parameter path: the document's file, named in the error.
    /// - Throws: the first page's drawing error, then `RenderError.emptyDocument` without pages, then
    ///   `RenderError.outlinePageOutOfRange` for the first bookmark to a page the document lacks.
    package func check(path: String) throws(RenderError) {
        if let firstError { throw firstError }
        guard pageCount > 0 else { throw .emptyDocument(path: path) }
        for entry in outline where !(1...pageCount).contains(entry.page) {
            throw .outlinePageOutOfRange(title: entry.title, page: entry.page, pageCount: pageCount)
        }
    }

    /// The index in `outline` of each bookmark's parent, `nil` at top level: a bookmark nests under
    /// the last one before it a level up; a level deeper than possible is attached to the deepest
    /// available parent. O(bookmarks × levels).
    package var outlineParents: [Int?] {
        var parents: [Int?] = []
        var open: [Int] = []
        for (index, entry) in outline.enumerated() {
            let level = min(max(entry.level, 0), open.count)
            parents.append(level == 0 ? nil : open[level - 1])
            open = Array(open.prefix(level)) + [index]
        }
        return parents
    }
}
