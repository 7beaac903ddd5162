import Formatting

/// A canvas that draws nothing and records every call as stable text.
///
/// The test double of the Cairo backend (like swift-nio's `NIOEmbedded`): charts and pages are
/// compared through `dump`. Numbers are printed with two decimals so the dump is stable across
/// platforms. Text is measured with a fixed approximation (0.5 em per character, 1.2 em per line),
/// so layouts are deterministic without fonts.
public final class RecordingCanvas: Canvas {
    /// One recorded call: the call with its attributes, and the path it fills, strokes or clips.
    private struct Call {
        var head: String
        var path: Path?
    }

    private var calls: [Call] = []

    /// Path elements per dump line within one subpath, so a long polyline wraps at about 130 characters.
    static let elementsPerDumpLine = 8

    /// Whether structure elements and artifacts are recorded (`begin P`, `end`, `artifact Footer`,
    /// `end artifact`); off by default, so drawing snapshots show only what is drawn.
    public let recordsStructure: Bool

    /// - Parameter recordsStructure: also record `beginStructure`/`beginArtifact` and their ends.
    public init(recordsStructure: Bool = false) {
        self.recordsStructure = recordsStructure
    }

    /// The recorded calls, one string per call (a path call carries its whole path on its line).
    public var lines: [String] {
        calls.map { call in
            guard let path = call.path else { return call.head }
            return ([call.head] + path.elements.map(Self.describe)).joined(separator: " ")
        }
    }

    /// The whole recording as text for snapshots, one element a line: each call on a line of its own, and a
    /// path call followed by its subpaths, one per indented line (a long subpath continues on further lines
    /// of `elementsPerDumpLine` elements), so that a diff shows which call, subpath or point changed.
    public var dump: String {
        var out = ""
        for call in calls {
            out += call.head
            out += "\n"
            guard let path = call.path else { continue }
            for subpath in Self.subpaths(path) {
                var start = 0
                while start < subpath.count {
                    let end = min(start + Self.elementsPerDumpLine, subpath.count)
                    out += start == 0 ? "  " : "    "
                    out += subpath[start..<end].map(Self.describe).joined(separator: " ")
                    out += "\n"
                    start = end
                }
            }
        }
        return out
    }

    /// Appends a free-form marker line (e.g. a page boundary).
    public func record(_ line: String) { calls.append(Call(head: line)) }

    public func save() { record("save") }
    public func restore() { record("restore") }
    public func translate(x: Double, y: Double) { record("translate \(f(x)) \(f(y))") }
    public func scale(x: Double, y: Double) { record("scale \(f(x)) \(f(y))") }
    public func rotate(radians: Double) { record("rotate \(f(radians))") }
    public func clip(to path: Path) { calls.append(Call(head: "clip", path: path)) }

    public func fill(_ path: Path, color: Color) {
        calls.append(Call(head: "fill \(color)", path: path))
    }

    public func stroke(_ path: Path, style: StrokeStyle) {
        var s = "stroke w=\(f(style.width)) \(style.color)"
        if !style.dash.isEmpty { s += " dash=" + style.dash.map(f).joined(separator: ",") }
        calls.append(Call(head: s, path: path))
    }

    public func measure(_ text: TextBlock) -> TextMetrics {
        Self.approximateMetrics(text)
    }

    public func draw(_ text: TextBlock, at origin: Point) {
        let font = "\(text.font.family.rawValue)-\(text.font.weight.rawValue)\(text.font.italic ? "-italic" : "") \(f(text.font.size))"
        let width = text.width.map { " w=\(f($0))" } ?? ""
        let escaped = text.text.replacingNewlines()
        record("text \(f(origin.x)) \(f(origin.y)) \(font) \(text.color) \(text.alignment.rawValue)\(width)\(text.isMarkup ? " markup" : "") \"\(escaped)\"")
    }

    public func link(_ rect: Rect, to target: LinkTarget) {
        switch target {
        case .destination(let d): record("link \(f(rect.minX)) \(f(rect.minY)) \(f(rect.width)) \(f(rect.height)) dest=\(d)")
        case .uri(let u): record("link \(f(rect.minX)) \(f(rect.minY)) \(f(rect.width)) \(f(rect.height)) uri=\(u)")
        }
    }

    public func destination(_ name: String, at point: Point) {
        record("dest \(name) \(f(point.x)) \(f(point.y))")
    }

    public func beginStructure(_ element: StructureElement) {
        guard recordsStructure else { return }
        var line = "begin \(element.role.rawValue)"
        if let scope = element.scope { line += " scope=\(scope.rawValue)" }
        if let language = element.language { line += " lang=\(language)" }
        if let alternativeText = element.alternativeText { line += " alt=\"\(alternativeText.replacingNewlines())\"" }
        record(line)
    }

    public func endStructure() {
        if recordsStructure { record("end") }
    }

    public func beginArtifact(_ kind: ArtifactKind) {
        if recordsStructure { record("artifact \(kind.rawValue)") }
    }

    public func endArtifact() {
        if recordsStructure { record("end artifact") }
    }

    /// Deterministic text metrics without fonts: 0.5 em per character (markup tags removed),
    /// 1.2 em per line, baseline at 0.9 em; wrapping on spaces when `width` is set.
    public static func approximateMetrics(_ text: TextBlock) -> TextMetrics {
        let plain = text.isMarkup ? stripMarkup(text.text) : text.text
        let em = text.font.size
        let charWidth = 0.5 * em
        var lineWidths: [Double] = []
        for paragraph in plain.split(separator: "\n", omittingEmptySubsequences: false) {
            let full = Double(paragraph.count) * charWidth
            if let w = text.width, full > w, w > 0 {
                var current = 0.0
                // A word wider than the line is broken between characters, as Pango's
                // word-char wrapping does (e.g. Chinese text without spaces).
                let perLine = max(1, Int(w / charWidth))
                let words = paragraph.split(separator: " ").flatMap { word -> [Substring] in
                    guard word.count > perLine else { return [word] }
                    return stride(from: 0, to: word.count, by: perLine).map { start in
                        let from = word.index(word.startIndex, offsetBy: start)
                        return word[from..<word.index(from, offsetBy: min(perLine, word.count - start))]
                    }
                }
                for word in words {
                    let ww = Double(word.count) * charWidth
                    if current > 0 && current + charWidth + ww > w {
                        lineWidths.append(current)
                        current = ww
                    } else {
                        current += (current > 0 ? charWidth : 0) + ww
                    }
                }
                lineWidths.append(current)
            } else {
                lineWidths.append(full)
            }
        }
        let lineHeight = em * (1.2 + text.lineSpacing)
        return TextMetrics(width: lineWidths.max() ?? 0, height: Double(lineWidths.count) * lineHeight,
                           baseline: 0.9 * em, lineCount: lineWidths.count)
    }

    /// Removes `<…>` tags and decodes the five XML entities.
    static func stripMarkup(_ s: String) -> String {
        var out = ""
        var inTag = false
        for ch in s {
            if ch == "<" { inTag = true; continue }
            if ch == ">" { inTag = false; continue }
            if !inTag { out.append(ch) }
        }
        return out.replacingEntities()
    }

    /// The path's elements split before each move, so each subpath is one group.
    private static func subpaths(_ path: Path) -> [[Path.Element]] {
        var groups: [[Path.Element]] = []
        for element in path.elements {
            if case .move = element, !(groups.last?.isEmpty ?? true) { groups.append([]) }
            if groups.isEmpty { groups.append([]) }
            groups[groups.count - 1].append(element)
        }
        return groups
    }

    /// One path element as `M x,y`, `L x,y`, `C …`, `A cx,cy,r,start,end` or `Z`, without spaces.
    private static func describe(_ element: Path.Element) -> String {
        switch element {
        case .move(let p): return "M\(format(p.x)),\(format(p.y))"
        case .line(let p): return "L\(format(p.x)),\(format(p.y))"
        case .curve(let a, let b, let c):
            return "C\(format(a.x)),\(format(a.y)),\(format(b.x)),\(format(b.y)),\(format(c.x)),\(format(c.y))"
        case .arc(let c, let r, let s, let e): return "A\(format(c.x)),\(format(c.y)),\(format(r)),\(format(s)),\(format(e))"
        case .close: return "Z"
        }
    }

    private func f(_ v: Double) -> String { Self.format(v) }

    /// A number as the dump prints it: two decimals, rounded as printed numbers are, an ASCII minus,
    /// `0.00` for a value that rounds to zero (`FixedDecimal.plain`).
    /// - Parameter v: The number.
    /// - Returns: The text.
    public static func format(_ v: Double) -> String { FixedDecimal.plain(v, digits: 2) }
}

private extension String {
    func replacingNewlines() -> String {
        var out = ""
        for ch in self {
            switch ch {
            case "\n": out += "\\n"
            case "\"": out += "\\\""
            default: out.append(ch)
            }
        }
        return out
    }

    func replacingEntities() -> String {
        guard contains("&") else { return self }
        var out = ""
        var i = startIndex
        let entities = ["&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": "\"", "&apos;": "'"]
        outer: while i < endIndex {
            if self[i] == "&" {
                for (k, v) in entities where self[i...].hasPrefix(k) {
                    out += v
                    i = index(i, offsetBy: k.count)
                    continue outer
                }
            }
            out.append(self[i])
            i = index(after: i)
        }
        return out
    }
}

/// A document sink that records pages into `RecordingCanvas`es, for page-layout tests.
public final class RecordingDocument: DocumentSink {
    public private(set) var pages: [RecordingCanvas] = []
    public private(set) var pageSizes: [Size] = []
    public private(set) var outline: [(title: String, page: Int, level: Int, top: Double)] = []
    public private(set) var metadata: DocumentMetadata?
    /// Whether the pages record structure elements and artifacts.
    public let recordsStructure: Bool

    /// - Parameter recordsStructure: let the pages record structure elements and artifacts too.
    public init(recordsStructure: Bool = false) {
        self.recordsStructure = recordsStructure
    }

    public func beginPage(size: Size) -> Canvas {
        let c = RecordingCanvas(recordsStructure: recordsStructure)
        pages.append(c)
        pageSizes.append(size)
        return c
    }

    public func endPage() {}

    public func addOutlineEntry(title: String, page: Int, level: Int, top: Double) {
        outline.append((title, page, level, top))
    }

    public func setMetadata(_ metadata: DocumentMetadata) { self.metadata = metadata }

    /// All pages as one text: a `page N W×H` header before each page's recording, outline and metadata at the end.
    public var dump: String {
        var s = ""
        for (i, p) in pages.enumerated() {
            s += "page \(i + 1) \(RecordingCanvas.format(pageSizes[i].width))x\(RecordingCanvas.format(pageSizes[i].height))\n"
            s += p.dump
        }
        for o in outline { s += "outline \(o.level) p\(o.page) \(o.title)\n" }
        if let m = metadata { s += "metadata title=\(m.title) author=\(m.author) subject=\(m.subject)\n" }
        return s
    }
}
