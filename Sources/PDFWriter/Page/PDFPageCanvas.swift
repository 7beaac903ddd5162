import Canvas
import Foundation

/// A `Canvas` writing one page of a `PDFDocument` as a PDF content stream directly: paths,
/// colours and transforms as PDF operators, text as the glyphs Pango laid out.
///
/// User space is the canvas's (points, origin top-left, y down); the stream starts with the flip
/// to PDF's y-up space. The canvas tracks the transform (for links, destinations, patterns and
/// path simplification) and the graphics state (so unchanged colours and line styles are not
/// written again). Like Cairo, a transform that is not invertible is a sticky error: the page
/// stops drawing and the document reports it.
final class PDFPageCanvas: Canvas {
    /// The page's content stream so far.
    /// (Accesses are not checked for exclusivity at run time: the canvas is used from one thread
    /// and never hands these out, and the checks would run on every number written.)
    @exclusivity(unchecked) private(set) var content = PDFBytes(capacity: 1 << 15)
    /// Link annotations of the page: rectangle in PDF space, target and the Link structure element
    /// that owns it.
    private(set) var links: [(rect: [Double], target: LinkTarget, element: Int)] = []
    /// Named destinations on the page, in PDF space.
    private(set) var destinations: [(name: String, x: Double, y: Double)] = []
    /// The first drawing error, in Cairo's words.
    private(set) var failure: String?
    /// Blocks drawn on this canvas whose markup was invalid and were printed as plain text.
    private(set) var invalidMarkupCount = 0
    /// The fonts, graphics states and patterns the content stream names.
    private(set) var pageResources = PDFPageResources()

    let size: Size
    private let resources: PDFResources
    private let text: any PDFTextShaper
    private let fonts: PDFFontSubsets
    private let pathTolerance: Double
    /// The document's logical structure, which this page's marked content joins.
    private let structure: PDFStructureTree

    /// The marked-content sequence open in the content stream.
    private enum MarkedContent: Equatable {
        case none
        /// Content of structure node `node`.
        case element(Int)
        case artifact(ArtifactKind)
    }

    @exclusivity(unchecked) private var marked = MarkedContent.none
    /// Artifacts begun and not ended, innermost last.
    @exclusivity(unchecked) private var artifacts: [ArtifactKind] = []

    /// The graphics state the canvas has written (what the PDF viewer's state is).
    private struct State {
        var transform = AffineTransform.identity
        /// `nil` when unknown (after a pattern fill).
        var fill: Color? = .black
        var stroke: Color? = .black
        var alpha = (fill: 1.0, stroke: 1.0)
        var lineWidth = 1.0
        var cap = StrokeStyle.LineCap.butt
        var join = StrokeStyle.LineJoin.miter
        var dash: [Double] = []
    }

    @exclusivity(unchecked) private var state = State()
    @exclusivity(unchecked) private var saved: [State] = []

    /// - Parameters:
    ///   - size: the page size.
    ///   - resources: the document's shared resources.
    ///   - text: the thread's text layouts.
    ///   - fonts: the thread's font programs (`PDFWriterContext.fonts`).
    ///   - pathTolerance: how far, in points on the page, simplified polylines may deviate.
    ///   - structure: the document's logical structure, with this page begun.
    init(size: Size, resources: PDFResources, text: any PDFTextShaper, fonts: PDFFontSubsets, pathTolerance: Double,
         structure: PDFStructureTree) {
        self.size = size
        self.resources = resources
        self.text = text
        self.fonts = fonts
        self.pathTolerance = pathTolerance
        self.structure = structure
        content.append("1 0 0 -1 0 ")
        content.append(number: size.height)
        content.append(" cm\n")
    }

    /// Closes the graphics states still open (unbalanced `save()`s) at the end of the page.
    func finishContent() {
        closeMarkedContent()
        for _ in saved { content.append("Q\n") }
        saved.removeAll()
    }

    // MARK: - State and transforms

    public func save() {
        guard failure == nil else { return }
        // Marked-content sequences and q…Q pairs nest: none spans a save or restore.
        closeMarkedContent()
        saved.append(state)
        content.append("q\n")
    }

    public func restore() {
        guard failure == nil else { return }
        guard let previous = saved.popLast() else {
            failure = "cairo_restore() without matching cairo_save()"
            return
        }
        closeMarkedContent()
        state = previous
        content.append("Q\n")
    }

    public func translate(x: Double, y: Double) { concatenate(.translation(x: x, y: y)) }

    public func scale(x: Double, y: Double) { concatenate(.scale(x: x, y: y)) }

    /// Rotates by `radians`, clockwise on screen (y down).
    public func rotate(radians: Double) { concatenate(.rotation(radians: radians)) }

    private func concatenate(_ matrix: AffineTransform) {
        guard failure == nil else { return }
        let combined = matrix.concatenating(state.transform)
        guard matrix.isInvertible, combined.isInvertible else {
            failure = "invalid matrix (not invertible)"
            return
        }
        state.transform = combined
        content.append(matrix: matrix)
        content.append(" cm\n")
    }

    // MARK: - Paths

    public func clip(to path: Path) {
        guard failure == nil, append(path) else { return }
        content.append("W n\n")
    }

    public func fill(_ path: Path, color: Color) {
        guard failure == nil, !path.isEmpty else { return }
        markContent(isText: false)
        setFill(color)
        guard append(path) else { return }
        content.append("f\n")
    }

    /// Strokes `path`; a dash pattern Cairo would reject (negative, non-finite or all-zero
    /// lengths) is drawn solid.
    public func stroke(_ path: Path, style: StrokeStyle) {
        guard failure == nil, !path.isEmpty else { return }
        markContent(isText: false)
        setStroke(style)
        guard append(path) else { return }
        content.append("S\n")
    }

    /// Fills `shape` with a coloured tiling pattern whose tile holds one line: the protocol's
    /// clipped stripes as one pattern and one fill. The tile is `hatchTileLength` long along the
    /// line and `spacing` across it; the pattern matrix turns it to `angleDegrees` and puts a line
    /// through the centre of `bounds`.
    public func hatch(_ shape: Path, bounds: Rect, angleDegrees: Double, spacing: Double, style: StrokeStyle) {
        guard failure == nil, spacing > 0, spacing.isFinite, bounds.width > 0, bounds.height > 0,
              angleDegrees.isFinite, bounds.midX.isFinite, bounds.midY.isFinite else { return }
        var tile = PDFBytes()
        var alphaState: PDFResourceCategory<PDFResources.AlphaKey>.Entry?
        if style.color.alpha < 1 {
            // Named in the pattern's own resources, not the page's.
            let state = resources.alphaState(fill: 1, stroke: Self.unit(style.color.alpha))
            alphaState = state
            tile.append(name: state.name)
            tile.append(" gs ")
        }
        Self.appendColor(style.color, stroke: true, to: &tile)
        tile.append(number: max(0, style.width))
        tile.append(" w ")
        tile.append(integer: Self.capCode(style.cap))
        tile.append(" J 0 ")
        tile.append(number: spacing / 2)
        tile.append(" m ")
        tile.append(number: Self.hatchTileLength)
        tile.append(" ")
        tile.append(number: spacing / 2)
        tile.append(" l S")
        // Pattern space → user space: the tile's x axis along the line direction (cos θ, −sin θ),
        // its middle line through the centre of `bounds`; then user → page → PDF space.
        let angle = angleDegrees * Double.pi / 180
        let c = cos(angle), s = sin(angle)
        let centre = Point(x: bounds.midX, y: bounds.midY)
        let userToPattern = AffineTransform(a: c, b: s, c: -s, d: c,
                                            tx: -(c * centre.x - s * centre.y), ty: -(s * centre.x + c * centre.y) + spacing / 2)
        guard userToPattern.isInvertible else { return }
        let matrix = userToPattern.inverted.concatenating(state.transform).concatenating(pageFlip)
        guard !shape.isEmpty else { return }
        markContent(isText: false)
        let pattern = resources.tilingPattern(matrix: matrix, tile: Size(width: Self.hatchTileLength, height: spacing),
                                              alphaState: alphaState, content: tile)
        pageResources.use(.pattern, name: pattern.name, object: pattern.object)
        // The colour is set before the path is constructed: between construction and painting
        // only clipping operators may appear.
        let mark = content.count
        content.append("/Pattern cs ")
        content.append(name: pattern.name)
        content.append(" scn\n")
        state.fill = nil
        guard append(shape) else { content.truncate(to: mark); return }
        content.append("f\n")
    }

    /// Length of a hatch tile along its line, points: longer than any hatched shape, so a line
    /// has no tile seam inside it.
    static let hatchTileLength = 1000.0

    /// Paths with fewer elements are written as given: rectangles, ticks and markers have no
    /// point worth dropping, and simplifying them cost more than writing them.
    static let simplificationThreshold = 12

    // MARK: - Text

    public func measure(_ text: TextBlock) -> TextMetrics {
        self.text.shapedText(text)?.metrics ?? TextMetrics(width: 0, height: 0, baseline: 0, lineCount: 0)
    }

    /// Draws `text` with the top-left of its layout box at `origin`: per glyph run a text matrix
    /// and the run's `TJ` operators (`GlyphRun.segments`, made once per laid-out block). The
    /// block's glyphs are added to the document's font subsets the first time the document
    /// shows it.
    public func draw(_ text: TextBlock, at origin: Point) {
        guard failure == nil, origin.x.isFinite, origin.y.isFinite, let layout = self.text.shapedText(text) else { return }
        if layout.isFallback { invalidMarkupCount += 1 }
        if let character = layout.unprintableCharacter {
            failure = UnprintableCharacter(character).reason
            return
        }
        let runs = layout.glyphRuns(fonts: fonts)
        guard !runs.isEmpty else { return }
        let recordGlyphs = layout.glyphsRecordedInDocument != resources.serial
        layout.glyphsRecordedInDocument = resources.serial
        markContent(isText: true)
        setFill(text.color)
        content.append("BT\n")
        var currentFont: (usage: ObjectIdentifier, size: Double)?
        for run in runs {
            let usage = resources.font(for: run.font.program)
            if recordGlyphs {
                for glyph in run.distinctGlyphs { usage.use(glyph.id, text: glyph.text) }
            }
            let face = run.font
            if currentFont == nil || currentFont?.usage != ObjectIdentifier(usage) || currentFont?.size != face.size {
                pageResources.use(.font, name: usage.name, object: usage.object)
                content.append(name: usage.name)
                content.append(" ")
                content.append(number: face.size)
                content.append(" Tf\n")
                currentFont = (ObjectIdentifier(usage), face.size)
            }
            if face.embolden {
                // Fill and stroke the outlines (render mode 2) with the text's colour.
                setStroke(StrokeStyle(width: face.emboldenStrokeWidth, color: text.color))
                content.append("2 Tr\n")
            }
            for segment in run.segments {
                content.append(matrix: AffineTransform(a: face.xx, b: -face.yx, c: face.xy, d: -face.yy,
                                                       tx: origin.x + run.x + segment.x, ty: origin.y + run.y - segment.rise))
                content.append(" Tm")
                content.append(bytes: segment.showText)
            }
            if face.embolden { content.append("0 Tr\n") }

        }
        content.append("ET\n")
    }

    // MARK: - Links

    /// Marks `rect` (current coordinates) as a link annotation of the page.
    public func link(_ rect: Rect, to target: LinkTarget) {
        guard failure == nil else { return }
        let corners = [Point(x: rect.minX, y: rect.minY), Point(x: rect.maxX, y: rect.minY),
                       Point(x: rect.maxX, y: rect.maxY), Point(x: rect.minX, y: rect.maxY)].map(toPDF)
        let xs = corners.map(\.x), ys = corners.map(\.y)
        guard let minX = xs.min(), let maxX = xs.max(), let minY = ys.min(), let maxY = ys.max(),
              [minX, maxX, minY, maxY].allSatisfy(\.isFinite) else { return }
        let description: String
        switch target {
        case .destination(let name): description = "Go to \(name)"
        case .uri(let uri): description = "Open \(uri)"
        }
        links.append(([minX, minY, maxX, maxY], target, structure.linkOwner(description: description)))
    }

    /// Names `point` (current coordinates) as a destination for internal links.
    public func destination(_ name: String, at point: Point) {
        guard failure == nil else { return }
        let p = toPDF(point)
        guard p.x.isFinite, p.y.isFinite else { return }
        destinations.append((name, p.x, p.y))
    }

    // MARK: - Logical structure

    /// Structure elements begun inside an artifact (not content, so not in the tree) and not ended.
    @exclusivity(unchecked) private var elementsInArtifacts = 0

    public func beginStructure(_ element: StructureElement) {
        if artifacts.isEmpty && elementsInArtifacts == 0 {
            structure.begin(element)
        } else {
            elementsInArtifacts += 1
        }
    }

    public func endStructure() {
        if elementsInArtifacts > 0 {
            elementsInArtifacts -= 1
        } else {
            structure.end()
        }
    }

    public func beginArtifact(_ kind: ArtifactKind) {
        artifacts.append(kind)
    }

    public func endArtifact() {
        _ = artifacts.popLast()
    }

    /// Opens the marked-content sequence what is painted next belongs to, unless it is open:
    /// inside an artifact the artifact; text, and anything inside a figure, the open structure
    /// element; other paths (rules, bands, boxes) a layout artifact.
    @inline(__always) private func markContent(isText: Bool) {
        let wanted: MarkedContent
        if let kind = artifacts.last {
            wanted = .artifact(kind)
        } else if isText || structure.isInsideFigure {
            wanted = .element(structure.contentOwner())
        } else {
            wanted = .artifact(.layout)
        }
        guard wanted != marked else { return }
        closeMarkedContent()
        switch wanted {
        case .none:
            return
        case .element(let node):
            content.append(name: structure.role(of: node).rawValue)
            content.append("<</MCID ")
            content.append(integer: structure.markContent(of: node))
            content.append(">>BDC\n")
        case .artifact(let kind):
            switch kind {
            case .layout: content.append("/Artifact<</Type/Layout>>BDC\n")
            case .header, .footer, .watermark:
                content.append("/Artifact<</Type/Pagination/Subtype/")
                content.append(kind.rawValue)
                content.append(">>BDC\n")
            }
        }
        marked = wanted
    }

    /// Ends the open marked-content sequence, if any.
    @inline(__always) private func closeMarkedContent() {
        guard marked != .none else { return }
        content.append("EMC\n")
        marked = .none
    }

    // MARK: - Helpers

    /// Page space (y down) → PDF space (y up).
    private var pageFlip: AffineTransform { AffineTransform(a: 1, b: 0, c: 0, d: -1, tx: 0, ty: size.height) }

    private func toPDF(_ point: Point) -> Point {
        pageFlip.apply(state.transform.apply(point))
    }

    /// Writes `path` (simplified within the tolerance) as path construction operators.
    /// - Returns: `false` when nothing was written (empty, or a non-finite coordinate: Cairo
    ///   would reject the path too).
    private func append(_ path: Path) -> Bool {
        guard !path.isEmpty else { return false }
        var path = path
        // Short paths (rectangles, ticks, markers) have nothing worth dropping.
        if path.elements.count >= Self.simplificationThreshold, path.hasSimplifiableRun {
            let transform = state.transform
            let userTolerance = pathTolerance / max(transform.length(dx: 1, dy: 0), transform.length(dx: 0, dy: 1))
            path = path.simplified(tolerance: userTolerance)
        }
        let mark = content.count
        var current: Point?
        var subpathStart: Point?
        func point(_ p: Point) {
            content.append(number: p.x)
            content.append(byte: UInt8(ascii: " "))
            content.append(number: p.y)
        }
        func move(_ p: Point) {
            point(p)
            content.append(" m\n")
            current = p
            subpathStart = p
        }
        func line(_ p: Point) {
            guard current != nil else { return move(p) }
            point(p)
            content.append(" l\n")
            current = p
        }
        func curve(_ c1: Point, _ c2: Point, _ p: Point) {
            if current == nil { move(c1) }
            point(c1)
            content.append(byte: UInt8(ascii: " "))
            point(c2)
            content.append(byte: UInt8(ascii: " "))
            point(p)
            content.append(" c\n")
            current = p
        }
        let elements = path.elements
        var index = elements.startIndex
        while index < elements.endIndex {
            let element = elements[index]
            index += 1
            switch element {
            case .move(let p):
                guard p.x.isFinite, p.y.isFinite else { content.truncate(to: mark); return false }
                if let corner = Self.rectangleCorner(elements, from: index - 1) {
                    // One `re` instead of m, three l and h: the same subpath, a quarter of the bytes.
                    point(p)
                    content.append(byte: UInt8(ascii: " "))
                    content.append(number: corner.x - p.x)
                    content.append(byte: UInt8(ascii: " "))
                    content.append(number: corner.y - p.y)
                    content.append(" re\n")
                    current = p
                    subpathStart = p
                    index += 4
                    continue
                }
                move(p)
            case .line(let p):
                guard p.x.isFinite, p.y.isFinite else { content.truncate(to: mark); return false }
                line(p)
            case let .curve(c1, c2, p):
                guard [c1.x, c1.y, c2.x, c2.y, p.x, p.y].allSatisfy(\.isFinite) else { content.truncate(to: mark); return false }
                curve(c1, c2, p)
            case let .arc(centre, radius, start, end):
                guard [centre.x, centre.y, radius, start, end].allSatisfy(\.isFinite) else { content.truncate(to: mark); return false }
                let segments = Self.arcSegments(centre: centre, radius: radius, start: start, end: end)
                if current == nil {
                    move(segments.start)
                } else if current != segments.start {
                    line(segments.start)
                }
                for segment in segments.curves { curve(segment.0, segment.1, segment.2) }
            case .close:
                guard current != nil else { continue }
                content.append("h\n")
                current = subpathStart
            }
        }
        return content.count > mark
    }

    /// The corner opposite `elements[start]` when the elements from `start` are an axis-aligned
    /// rectangle drawn as `re` draws it (move to (x, y), lines to (x + w, y), (x + w, y + h),
    /// (x, y + h), close; `Path.rect`), with finite coordinates; `nil` otherwise.
    private static func rectangleCorner(_ elements: [Path.Element], from start: Int) -> Point? {
        guard start + 4 < elements.count, case .move(let a) = elements[start], case .line(let b) = elements[start + 1],
              case .line(let c) = elements[start + 2], case .line(let d) = elements[start + 3], case .close = elements[start + 4],
              b.y == a.y, b.x == c.x, d.y == c.y, d.x == a.x, c.x.isFinite, c.y.isFinite else { return nil }
        return c
    }

    /// Cubic Bézier pieces of at most a quarter turn approximating a circular arc from `start`
    /// to `end` (radians, increasing clockwise on screen as `cairo_arc` draws; an `end` below
    /// `start` is raised by whole turns first). Control points at 4/3·tan(θ/4) of the radius
    /// along the tangents (radial error below 0.03 % of the radius).
    static func arcSegments(centre: Point, radius: Double, start: Double, end: Double)
        -> (start: Point, curves: [(Point, Point, Point)]) {
        func at(_ angle: Double) -> Point { Point(x: centre.x + radius * cos(angle), y: centre.y + radius * sin(angle)) }
        var end = end
        if end < start {
            end += (((start - end) / (2 * Double.pi)).rounded(.up)) * 2 * Double.pi
        }
        let sweep = min(end - start, 2 * Double.pi * 64)
        guard radius > 0, sweep > 0 else { return (at(start), []) }
        let count = max(1, Int((sweep / (Double.pi / 2)).rounded(.up)))
        let step = sweep / Double(count)
        let k = 4.0 / 3.0 * tan(step / 4) * radius
        var curves: [(Point, Point, Point)] = []
        curves.reserveCapacity(count)
        for index in 0..<count {
            let a = start + Double(index) * step, b = a + step
            let p0 = at(a), p3 = at(b)
            curves.append((Point(x: p0.x - k * sin(a), y: p0.y + k * cos(a)),
                           Point(x: p3.x + k * sin(b), y: p3.y - k * cos(b)), p3))
        }
        return (at(start), curves)
    }

    private func setFill(_ color: Color) {
        if state.fill.map({ $0.red != color.red || $0.green != color.green || $0.blue != color.blue }) ?? true {
            Self.appendColor(color, stroke: false, to: &content)
            state.fill = color
        }
        setAlpha(fill: Self.unit(color.alpha), stroke: state.alpha.stroke)
    }

    private func setStroke(_ style: StrokeStyle) {
        let color = style.color
        if state.stroke.map({ $0.red != color.red || $0.green != color.green || $0.blue != color.blue }) ?? true {
            Self.appendColor(color, stroke: true, to: &content)
            state.stroke = color
        }
        setAlpha(fill: state.alpha.fill, stroke: Self.unit(color.alpha))
        let width = style.width.isFinite ? max(0, style.width) : 1
        if width != state.lineWidth {
            content.append(number: width)
            content.append(" w\n")
            state.lineWidth = width
        }
        if style.cap != state.cap {
            content.append(integer: Self.capCode(style.cap))
            content.append(" J\n")
            state.cap = style.cap
        }
        if style.join != state.join {
            content.append(integer: Self.joinCode(style.join))
            content.append(" j\n")
            state.join = style.join
        }
        let dash = style.dash
        let valid = !dash.isEmpty && dash.allSatisfy { $0.isFinite && $0 >= 0 } && dash.contains { $0 > 0 }
        let wanted = valid ? dash : []
        if wanted != state.dash {
            content.append(numbers: wanted)
            content.append(" 0 d\n")
            state.dash = wanted
        }
    }

    private func setAlpha(fill: Double, stroke: Double) {
        guard fill != state.alpha.fill || stroke != state.alpha.stroke else { return }
        let graphicsState = resources.alphaState(fill: fill, stroke: stroke)
        pageResources.use(.graphicsState, name: graphicsState.name, object: graphicsState.object)
        content.append(name: graphicsState.name)
        content.append(" gs\n")
        state.alpha = (fill, stroke)
    }

    private static func unit(_ value: Double) -> Double { value.isFinite ? min(max(value, 0), 1) : 1 }

    /// `g`/`G` for greys, `rg`/`RG` otherwise, components clamped to 0…1.
    private static func appendColor(_ color: Color, stroke: Bool, to out: inout PDFBytes) {
        let r = unit(color.red), g = unit(color.green), b = unit(color.blue)
        if r == g, g == b {
            out.append(number: r)
            out.append(stroke ? " G\n" : " g\n")
        } else {
            out.append(number: r)
            out.append(" ")
            out.append(number: g)
            out.append(" ")
            out.append(number: b)
            out.append(stroke ? " RG\n" : " rg\n")
        }
    }

    private static func capCode(_ cap: StrokeStyle.LineCap) -> Int {
        switch cap {
        case .butt: 0
        case .round: 1
        case .square: 2
        }
    }

    private static func joinCode(_ join: StrokeStyle.LineJoin) -> Int {
        switch join {
        case .miter: 0
        case .round: 1
        case .bevel: 2
        }
    }
}
