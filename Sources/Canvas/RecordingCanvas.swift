/// A canvas that draws nothing and records every call as one line of stable text.
///
/// The test double of the Cairo backend (like swift-nio's `NIOEmbedded`): charts and pages are
/// compared through `dump`. Numbers are printed with two decimals so the dump is stable across
/// platforms. Text is measured with a fixed approximation (0.5 em per character, 1.2 em per line),
/// so layouts are deterministic without fonts.
public final class RecordingCanvas: Canvas {
    /// The recorded calls, one per line.
    public private(set) var lines: [String] = []

    public init() {}

    /// The whole recording as text, one call per line.
    public var dump: String { lines.joined(separator: "\n") + (lines.isEmpty ? "" : "\n") }

    /// Appends a free-form marker line (e.g. a page boundary).
    public func record(_ line: String) { lines.append(line) }

    public func save() { lines.append("save") }
    public func restore() { lines.append("restore") }
    public func translate(x: Double, y: Double) { lines.append("translate \(f(x)) \(f(y))") }
    public func scale(x: Double, y: Double) { lines.append("scale \(f(x)) \(f(y))") }
    public func rotate(radians: Double) { lines.append("rotate \(f(radians))") }
    public func clip(to path: Path) { lines.append("clip \(describe(path))") }

    public func fill(_ path: Path, color: Color) {
        lines.append("fill \(color) \(describe(path))")
    }

    public func stroke(_ path: Path, style: StrokeStyle) {
        var s = "stroke w=\(f(style.width)) \(style.color)"
        if !style.dash.isEmpty { s += " dash=" + style.dash.map(f).joined(separator: ",") }
        lines.append(s + " " + describe(path))
    }

    public func measure(_ text: TextBlock) -> TextMetrics {
        Self.approximateMetrics(text)
    }

    public func draw(_ text: TextBlock, at origin: Point) {
        let font = "\(text.font.family.rawValue)-\(text.font.weight.rawValue)\(text.font.italic ? "-italic" : "") \(f(text.font.size))"
        let width = text.width.map { " w=\(f($0))" } ?? ""
        let escaped = text.text.replacingNewlines()
        lines.append("text \(f(origin.x)) \(f(origin.y)) \(font) \(text.color) \(text.alignment.rawValue)\(width)\(text.isMarkup ? " markup" : "") \"\(escaped)\"")
    }

    public func link(_ rect: Rect, to target: LinkTarget) {
        switch target {
        case .destination(let d): lines.append("link \(f(rect.minX)) \(f(rect.minY)) \(f(rect.width)) \(f(rect.height)) dest=\(d)")
        case .uri(let u): lines.append("link \(f(rect.minX)) \(f(rect.minY)) \(f(rect.width)) \(f(rect.height)) uri=\(u)")
        }
    }

    public func destination(_ name: String, at point: Point) {
        lines.append("dest \(name) \(f(point.x)) \(f(point.y))")
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
                for word in paragraph.split(separator: " ") {
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

    private func describe(_ path: Path) -> String {
        path.elements.map { e -> String in
            switch e {
            case .move(let p): return "M\(f(p.x)),\(f(p.y))"
            case .line(let p): return "L\(f(p.x)),\(f(p.y))"
            case .curve(let a, let b, let c): return "C\(f(a.x)),\(f(a.y)),\(f(b.x)),\(f(b.y)),\(f(c.x)),\(f(c.y))"
            case .arc(let c, let r, let s, let e): return "A\(f(c.x)),\(f(c.y)),\(f(r)),\(f(s)),\(f(e))"
            case .close: return "Z"
            }
        }.joined(separator: " ")
    }

    private func f(_ v: Double) -> String { Self.format(v) }

    /// Fixed two-decimal formatting without Foundation; `-0.00` prints as `0.00`.
    public static func format(_ v: Double) -> String {
        guard v.isFinite else { return v.isNaN ? "nan" : (v > 0 ? "inf" : "-inf") }
        let scaled = (v * 100).rounded()
        if scaled == 0 { return "0.00" }
        let negative = scaled < 0
        let a = Int(abs(scaled))
        let frac = a % 100
        return (negative ? "-" : "") + String(a / 100) + "." + (frac < 10 ? "0" : "") + String(frac)
    }
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
    public private(set) var outline: [(title: String, page: Int, level: Int)] = []
    public private(set) var metadata: DocumentMetadata?

    public init() {}

    public func beginPage(size: Size) -> Canvas {
        let c = RecordingCanvas()
        pages.append(c)
        pageSizes.append(size)
        return c
    }

    public func endPage() {}

    public func addOutlineEntry(title: String, page: Int, level: Int) { outline.append((title, page, level)) }

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
