/// A 2-D drawing surface: the only way charts and pages draw.
///
/// Coordinates are points, origin top-left, y down. Implementations: the Cairo backend (PDF, PNG,
/// SVG) and `RecordingCanvas`, which records every call as stable text for tests.
public protocol Canvas: AnyObject {
    /// Pushes the graphics state (transform, clip).
    func save()
    /// Pops the graphics state pushed by the matching `save()`.
    func restore()
    /// Moves the origin.
    func translate(x: Double, y: Double)
    /// Scales subsequent drawing.
    func scale(x: Double, y: Double)
    /// Rotates subsequent drawing by `radians` (clockwise on screen).
    func rotate(radians: Double)
    /// Intersects the clip region with `path`.
    func clip(to path: Path)
    /// Fills `path` (non-zero winding).
    func fill(_ path: Path, color: Color)
    /// Strokes `path`.
    func stroke(_ path: Path, style: StrokeStyle)
    /// Strokes parallel lines inside `shape` (hatching): lines at `angleDegrees` (counter-clockwise
    /// from the x axis as seen on the page), `spacing` apart, one of them through the centre of
    /// `bounds`, a rectangle containing `shape`. The default clips to `shape` and strokes the
    /// lines across `bounds`.
    func hatch(_ shape: Path, bounds: Rect, angleDegrees: Double, spacing: Double, style: StrokeStyle)
    /// Lays out `text` and returns its size without drawing.
    func measure(_ text: TextBlock) -> TextMetrics
    /// Draws `text` with the top-left of its layout box at `origin`.
    func draw(_ text: TextBlock, at origin: Point)
    /// Marks `rect` as a link to a named destination or URI (no-op where unsupported).
    func link(_ rect: Rect, to target: LinkTarget)
    /// Names the current position as a destination for internal links (no-op where unsupported).
    func destination(_ name: String, at point: Point)
    /// Opens a structure element: what is drawn until the matching `endStructure()` is its
    /// content (no-op where there is no logical structure). Elements may stay open across pages.
    func beginStructure(_ element: StructureElement)
    /// Closes the element opened last.
    func endStructure()
    /// Marks what is drawn until the matching `endArtifact()` as page furniture a reader skips.
    func beginArtifact(_ kind: ArtifactKind)
    /// Ends the artifact begun last.
    func endArtifact()
}

/// Where a link points.
public enum LinkTarget: Sendable, Hashable {
    case destination(String)
    case uri(String)
}

public extension Canvas {
    /// Fills `path` then strokes it.
    func fillAndStroke(_ path: Path, fill color: Color, stroke style: StrokeStyle) {
        fill(path, color: color)
        stroke(path, style: style)
    }

    /// Runs `body` between `save()` and `restore()`.
    func withState<T>(_ body: () throws -> T) rethrows -> T {
        save()
        defer { restore() }
        return try body()
    }

    func link(_ rect: Rect, to target: LinkTarget) {}
    func destination(_ name: String, at point: Point) {}
    func beginStructure(_ element: StructureElement) {}
    func endStructure() {}
    func beginArtifact(_ kind: ArtifactKind) {}
    func endArtifact() {}

    /// Draws `body` as the content of `element`.
    func structure<T>(_ element: StructureElement, _ body: () throws -> T) rethrows -> T {
        beginStructure(element)
        defer { endStructure() }
        return try body()
    }

    /// Draws `body` as an artifact of `kind`.
    func artifact<T>(_ kind: ArtifactKind, _ body: () throws -> T) rethrows -> T {
        beginArtifact(kind)
        defer { endArtifact() }
        return try body()
    }

    func hatch(_ shape: Path, bounds: Rect, angleDegrees: Double, spacing: Double, style: StrokeStyle) {
        let lines = Path.hatchLines(across: bounds, angleDegrees: angleDegrees, spacing: spacing)
        guard !lines.isEmpty else { return }
        withState {
            clip(to: shape)
            stroke(lines, style: style)
        }
    }
}

/// A multi-page document being written: the composer asks for pages and adds metadata.
public protocol DocumentSink: AnyObject {
    /// Starts a new page of `size` and returns the canvas to draw it on.
    func beginPage(size: Size) -> Canvas
    /// Finishes the current page.
    func endPage()
    /// Adds a bookmark to the document outline pointing at `top` (points from the top edge) of
    /// `page` (1-based), where its heading begins; `level` 0 is top level.
    func addOutlineEntry(title: String, page: Int, level: Int, top: Double)
    /// Sets the document's title/author/subject/keywords/creator metadata.
    func setMetadata(_ metadata: DocumentMetadata)
}

/// PDF document information.
public struct DocumentMetadata: Sendable, Hashable {
    public var title: String
    public var author: String
    public var subject: String
    public var keywords: String
    public var creator: String
    /// ISO 8601 date-time written as creation and modification date (reproducible output).
    public var creationDate: String?
    /// The document's natural language (BCP 47, "en"), which screen readers and PDF/A-2 metadata use.
    public var language: String

    public init(title: String, author: String = "", subject: String = "", keywords: String = "",
                creator: String = "", creationDate: String? = nil, language: String = "en") {
        self.title = title
        self.author = author
        self.subject = subject
        self.keywords = keywords
        self.creator = creator
        self.creationDate = creationDate
        self.language = language
    }
}
