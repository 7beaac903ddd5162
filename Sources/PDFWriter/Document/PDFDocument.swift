import Canvas
import Foundation
import Formatting

/// A multi-page PDF written to a file: the `DocumentSink` of printed reports.
///
/// Pages are written as PDF content streams by `PDFPageCanvas` (text laid out by Pango, glyphs
/// and paths written directly), fonts as subsets of the bundled Noto fonts made with HarfBuzz's
/// subsetter, each page with a resource dictionary of what it uses. The file claims PDF/A-2
/// (`PDFConformance.written`): XMP metadata in step with the document information, an sRGB
/// output intent, a file identifier, printable links (see docs/PDFA.md). Cairo draws PNG and SVG output; for
/// PDF it spent three quarters of a report's time replaying each page twice (see README,
/// Performance). Pages may have any size (`Size.a4`, `Size.letter`, …). With
/// `DocumentMetadata.creationDate` set, two runs produce byte-identical files. Outline entries
/// may be added at any time before `finish()`, also for pages already drawn or not drawn yet;
/// they are written, in the order added, when the document is finished. Drawing errors are
/// collected and thrown by `finish()`; the file is written only by a successful `finish()`, and a
/// failed document's file is deleted. Use from one thread, with that thread's text layout and writer context.
public final class PDFDocument: DocumentSink {
    /// The file being written.
    public let path: String
    private let file: OutputFile
    private let text: any PDFTextShaper
    private let context: PDFWriterContext
    private let resources: PDFResources
    /// The logical structure of all pages (the document is tagged).
    private let structure = PDFStructureTree()
    private var page: PDFPageCanvas?
    /// Object number, size and parent-tree key (`/StructParents`) of each page.
    private var pages: [(object: Int, size: Size, structParents: Int)] = []
    /// Named destinations: page object and PDF coordinates, first definition of a name wins.
    private var destinations: [String: (page: Int, x: Double, y: Double)] = [:]
    private var metadata = DocumentMetadata(title: "")
    /// Pages, first drawing error, bookmarks.
    private var progress = DocumentProgress()
    /// Pages begun so far.
    public var pageCount: Int { progress.pageCount }

    /// How far, in points, a polyline on the page may deviate from the one drawn: 0.05 pt
    /// (0.018 mm), under half a dot of a 600 dpi printer. Density outlines and ROC staircases
    /// have many points that add nothing at that scale (see `Path.simplified(tolerance:)`).
    public static let pathTolerance = 0.05

    /// Opens `path` for a new PDF.
    /// - Parameters:
    ///   - path: the file to create or replace (the batch writer passes a temporary name and renames).
    ///   - text: the calling thread's text layout.
    ///   - context: the calling thread's writer context.
    ///   - metadata: document information; may also be set later with `setMetadata(_:)`.
    /// - Throws: `RenderError.cannotCreateFile` if `path` cannot be opened for writing.
    package init(path: String, text: any PDFTextShaper, context: PDFWriterContext, metadata: DocumentMetadata? = nil) throws(RenderError) {
        let file = try OutputFile(path: path)
        self.text = text
        self.context = context
        self.path = path
        self.file = file
        resources = PDFResources(serial: context.nextDocumentSerial(), compressor: context.fonts.compressor)
        if let metadata { setMetadata(metadata) }
    }

    deinit {
        // Abandoned without finish(): nothing was written; remove the empty file.
        if !progress.isFinished { file.discard() }
    }

    /// Blocks whose markup was invalid and were printed as plain text (a template bug to report).
    public private(set) var invalidMarkupCount = 0

    /// Starts page `pageCount + 1` (ending the current page first, if any).
    /// - Parameter size: the page size in points.
    /// - Returns: the page's canvas, valid until `endPage()`.
    public func beginPage(size: Size) -> Canvas {
        endPage()
        progress.beginPage()
        let object = resources.file.reserve()
        let key = structure.beginPage(object: object)
        let canvas = PDFPageCanvas(size: size, resources: resources, text: text, fonts: context.fonts, pathTolerance: Self.pathTolerance,
                                   structure: structure)
        pages.append((object, size, key))
        page = canvas
        return canvas
    }

    /// Ends the current page (no-op without one): writes its content stream, links and page
    /// object, and records its drawing error, if any.
    public func endPage() {
        guard let canvas = page, let current = pages.last else { return }
        page = nil
        invalidMarkupCount += canvas.invalidMarkupCount
        progress.recordFailure(canvas.failure)
        canvas.finishContent()
        for destination in canvas.destinations where destinations[destination.name] == nil {
            destinations[destination.name] = (current.object, destination.x, destination.y)
        }
        let contents = resources.file.reserve()
        resources.file.writeStream(contents, data: canvas.content.bytes)
        var annotations: [Int] = []
        for link in canvas.links {
            let annotation = resources.file.reserve()
            let structParent = structure.attachAnnotation(annotation, to: link.element)
            let linkText = structure.description(of: link.element)
            resources.file.write(annotation) { out in
                // /F 4: printed (PDF/A-2, 6.3.2), like the text it lies on.
                out.append("<</Type/Annot/Subtype/Link/F 4/StructParent ")
                out.append(integer: structParent)
                if let linkText {
                    out.append("/Contents")
                    out.append(textString: linkText)
                }
                out.append("/Border[0 0 0]/Rect")
                out.append(numbers: link.rect)
                switch link.target {
                case .destination(let name):
                    out.append("/Dest")
                    out.append(literal: name)
                case .uri(let uri):
                    out.append("/A<</S/URI/URI")
                    out.append(literal: uri)
                    out.append(">>")
                }
                out.append(">>")
            }
            annotations.append(annotation)
        }
        let pagesObject = pagesTreeObject
        resources.file.write(current.object) { out in
            out.append("<</Type/Page/Parent ")
            out.append(reference: pagesObject)
            out.append("/MediaBox")
            out.append(numbers: [0, 0, current.size.width, current.size.height])
            out.append("/Resources")
            canvas.pageResources.write(to: &out)
            out.append("/Contents ")
            out.append(reference: contents)
            out.append("/StructParents ")
            out.append(integer: current.structParents)
            out.append("/Tabs/S")
            if !annotations.isEmpty {
                out.append("/Annots")
                out.append(references: annotations)
            }
            out.append(">>")
        }
    }

    /// The page tree's object number, reserved with the first page.
    private lazy var pagesTreeObject: Int = resources.file.reserve()

    /// Adds a bookmark; written at `finish()`, which checks that `page` exists.
    /// - Parameters:
    ///   - title: the bookmark text (UTF-8).
    ///   - page: the 1-based target page.
    ///   - level: 0 for top level; deeper levels nest under the previous shallower entry (a level
    ///     deeper than possible is attached to the deepest available parent).
    ///   - top: where the bookmarked heading begins, in points from the page's top edge; a reader
    ///     following the bookmark shows the page from there.
    public func addOutlineEntry(title: String, page: Int, level: Int, top: Double) {
        progress.addOutlineEntry(title: title, page: page, level: level, top: top)
    }

    /// Sets title, author, subject, keywords, creator and, if given, the creation and modification date.
    /// - Parameter metadata: the document information; empty strings are left out.
    public func setMetadata(_ metadata: DocumentMetadata) {
        self.metadata = metadata
    }

    /// Ends the last page, writes fonts, outline, destinations and document information, and
    /// writes the file.
    ///
    /// Calling it again after success does nothing.
    /// - Throws: `RenderError.drawingFailed` for the first page that failed to draw (or a font
    ///   that could not be embedded), `RenderError.outlinePageOutOfRange`,
    ///   `RenderError.emptyDocument`, or `RenderError.writeFailed`; the file is deleted in every case.
    public func finish() throws(RenderError) {
        guard progress.finish() else { return }
        endPage()
        do throws(RenderError) {
            try progress.check(path: path)
            guard resources.finish(subsets: context.fonts) else {
                throw RenderError.drawingFailed(page: nil, reason: "a font could not be embedded")
            }
            guard let profile = OutputIntentProfile.sRGB else {
                throw RenderError.drawingFailed(page: nil, reason: "the sRGB colour profile of the output intent could not be built")
            }
            let bytes = writeDocumentObjects(outputProfile: profile)
            guard file.write(bytes) else { try file.close(); throw RenderError.writeFailed(path: path, reason: "write failed") }
            try file.close()
        } catch {
            file.discard()
            throw error
        }
    }

    /// Writes the page tree, outline, destinations, information, metadata, output intent and
    /// catalog; returns the file.
    /// - Parameter outputProfile: the ICC profile of the output intent (`OutputIntentProfile.sRGB`).
    private func writeDocumentObjects(outputProfile: [UInt8]) -> [UInt8] {
        let pagesObject = pagesTreeObject
        let pageObjects = pages.map(\.object)
        resources.file.write(pagesObject) { out in
            out.append("<</Type/Pages/Count ")
            out.append(integer: pageObjects.count)
            out.append("/Kids")
            out.append(references: pageObjects)
            out.append(">>")
        }
        let outlineRoot = writeOutline()
        let names = writeDestinations()
        let date = metadata.creationDate.flatMap(Self.pdfDate) ?? Self.pdfDate(SourceDateEpoch.instantOrNow())
        let info = writeInformation(date: date)
        let xmp = writeXMPMetadata(date: date)
        let outputIntent = writeOutputIntent(profile: outputProfile)
        let structTreeRoot = structure.write(into: &resources.file)
        let catalog = resources.file.reserve()
        let language = metadata.language
        resources.file.write(catalog) { out in
            out.append("<</Type/Catalog/Pages ")
            out.append(reference: pagesObject)
            out.append("/MarkInfo<</Marked true>>/StructTreeRoot ")
            out.append(reference: structTreeRoot)
            out.append("/Metadata ")
            out.append(reference: xmp)
            out.append("/OutputIntents[")
            out.append(reference: outputIntent)
            out.append("]")
            if !language.isEmpty {
                out.append("/Lang")
                out.append(textString: language)
            }
            out.append("/ViewerPreferences<</DisplayDocTitle true>>")
            if let outlineRoot {
                out.append("/Outlines ")
                out.append(reference: outlineRoot)
                out.append("/PageMode/UseOutlines")
            }
            if let names {
                out.append("/Names<</Dests ")
                out.append(reference: names)
                out.append(">>")
            }
            out.append(">>")
        }
        return resources.file.finish(root: catalog, info: info)
    }

    /// The outline (bookmarks) as PDF outline items, each pointing at its heading: the page shown
    /// from the heading's top, at the reader's zoom.
    /// - Returns: the outline dictionary's object number, `nil` without entries.
    private func writeOutline() -> Int? {
        let outline = progress.outline
        guard !outline.isEmpty else { return nil }
        let root = resources.file.reserve()
        let objects = outline.map { _ in resources.file.reserve() }
        // Parent (index into `outline`, -1 for the root) of each entry.
        let parentOf = progress.outlineParents.map { $0 ?? -1 }
        func children(of parent: Int) -> [Int] { outline.indices.filter { parentOf[$0] == parent } }
        func descendants(of parent: Int) -> Int { children(of: parent).reduce(0) { $0 + 1 + descendants(of: $1) } }
        func reference(_ index: Int) -> Int { index < 0 ? root : objects[index] }
        for index in outline.indices {
            let entry = outline[index]
            let siblings = children(of: parentOf[index])
            let position = siblings.firstIndex(of: index) ?? 0
            let kids = children(of: index)
            let target = pages[entry.page - 1]
            resources.file.write(objects[index]) { out in
                out.append("<</Title")
                out.append(textString: entry.title)
                out.append("/Parent ")
                out.append(reference: reference(parentOf[index]))
                if position > 0 {
                    out.append("/Prev ")
                    out.append(reference: objects[siblings[position - 1]])
                }
                if position + 1 < siblings.count {
                    out.append("/Next ")
                    out.append(reference: objects[siblings[position + 1]])
                }
                if let first = kids.first, let last = kids.last {
                    out.append("/First ")
                    out.append(reference: objects[first])
                    out.append("/Last ")
                    out.append(reference: objects[last])
                    out.append("/Count ")
                    out.append(integer: descendants(of: index))
                }
                out.append("/Dest")
                out.append(destination: target.object, left: 0, top: min(max(target.size.height - entry.top, 0), target.size.height))
                out.append(">>")
            }
        }
        let top = children(of: -1)
        resources.file.write(root) { out in
            out.append("<</Type/Outlines/First ")
            out.append(reference: objects[top[0]])
            out.append("/Last ")
            out.append(reference: objects[top[top.count - 1]])
            out.append("/Count ")
            out.append(integer: outline.count)
            out.append(">>")
        }
        return root
    }

    /// Named destinations as a name tree with one node (names in byte order, as PDF requires).
    private func writeDestinations() -> Int? {
        guard !destinations.isEmpty else { return nil }
        let object = resources.file.reserve()
        let sorted = destinations.sorted { Array($0.key.utf8).lexicographicallyPrecedes(Array($1.key.utf8)) }
        resources.file.write(object) { out in
            out.append("<</Names[")
            for (name, target) in sorted {
                out.append(literal: name)
                out.append(destination: target.page, left: target.x, top: target.y)
            }
            out.append("]>>")
        }
        return object
    }

    /// The producer named in the document information and the XMP metadata.
    static let producer = "hccreport"

    /// The document information dictionary (title, author, …, dates).
    /// - Parameter date: the creation and modification date, a PDF date.
    private func writeInformation(date: String) -> Int {
        let object = resources.file.reserve()
        let fields = [("Title", metadata.title), ("Author", metadata.author), ("Subject", metadata.subject),
                      ("Keywords", metadata.keywords), ("Creator", metadata.creator), ("Producer", Self.producer),
                      ("CreationDate", date), ("ModDate", date)]
        resources.file.write(object) { out in
            out.append("<<")
            for (key, value) in fields where !value.isEmpty {
                out.append("/")
                out.append(key)
                out.append(textString: value)
            }
            out.append(">>")
        }
        return object
    }

    /// The XMP metadata stream: the document information and `PDFConformance.written`.
    /// - Parameter date: the creation and modification date, a PDF date (the same instant in XMP).
    private func writeXMPMetadata(date: String) -> Int {
        let object = resources.file.reserve()
        let packet = XMPPacket(title: metadata.title, author: metadata.author, subject: metadata.subject, keywords: metadata.keywords,
                               creatorTool: metadata.creator, producer: Self.producer, date: XMPPacket.date(fromPDFDate: date),
                               language: metadata.language, conformance: PDFConformance.written)
        resources.file.writeUncompressedStream(object, data: packet.bytes) { out in
            out.append("/Type/Metadata/Subtype/XML")
        }
        return object
    }

    /// The sRGB output intent with `profile` (`OutputIntentProfile.sRGB`) as destination profile.
    private func writeOutputIntent(profile: [UInt8]) -> Int {
        let intent = resources.file.reserve(), stream = resources.file.reserve()
        resources.file.writeStream(stream, data: profile) { out in
            out.append("/N 3")
        }
        resources.file.write(intent) { out in
            out.append("<</Type/OutputIntent/S/GTS_PDFA1/OutputConditionIdentifier")
            out.append(literal: OutputIntentProfile.identifier)
            out.append("/Info")
            out.append(literal: OutputIntentProfile.identifier)
            out.append("/DestOutputProfile ")
            out.append(reference: stream)
            out.append(">>")
        }
        return intent
    }

    /// An ISO 8601 date or date-time ("2024-03-01", "2024-03-01T10:00:00Z", "…+01:00") as a PDF
    /// date ("D:20240301100000Z"); `nil` if it is not one.
    static func pdfDate(_ iso: String) -> String? {
        let scalars = Array(iso.unicodeScalars)
        var digits = ""
        var index = 0
        // Date and time digits, skipping the separators "-", "T", ":".
        while index < scalars.count, digits.count < 14 {
            let c = scalars[index]
            if CharacterSet.decimalDigits.contains(c), c.isASCII {
                digits.unicodeScalars.append(c)
            } else if !"-T:".unicodeScalars.contains(c) {
                break
            }
            index += 1
        }
        guard digits.count == 8 || digits.count == 12 || digits.count == 14 else { return nil }
        if index < scalars.count, scalars[index] == "." {
            index += 1
            while index < scalars.count, CharacterSet.decimalDigits.contains(scalars[index]) { index += 1 }
        }
        let zone = String(String.UnicodeScalarView(scalars[index...]))
        var suffix = ""
        if zone == "Z" {
            suffix = "Z"
        } else if zone.count == 6, let sign = zone.first, sign == "+" || sign == "-" {
            let parts = zone.dropFirst().split(separator: ":")
            guard parts.count == 2, parts.allSatisfy({ $0.count == 2 && $0.allSatisfy(\.isNumber) }) else { return nil }
            suffix = "\(sign)\(parts[0])'\(parts[1])'"
        } else if !zone.isEmpty {
            return nil
        }
        return "D:" + digits + suffix
    }

    /// `date` in UTC as a PDF date.
    static func pdfDate(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyyMMddHHmmss"
        return "D:" + formatter.string(from: date) + "Z"
    }
}
