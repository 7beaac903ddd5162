import Foundation
import TestSupport
import Testing

/// The rendered example batch as a printer driver sees it: no page needs transparency, each page
/// lists only the resources it uses, colours are set outside path objects, and Ghostscript's
/// PostScript output keeps the pages as vectors. Judged with pikepdf (qpdf's parser) and
/// Ghostscript.
@Suite struct PrintedPageTests {
    typealias CLI = CommandLineRunner

    /// `audit_pdf_pages.py` over every PDF of the batch: file → its findings.
    private func audit() throws -> [String: [String: Any]] {
        let files = try RenderCommandTests.batchPDFs()
        let script = PackagePaths.file("Tests/Scripts/audit_pdf_pages.py").path
        let result = try ExternalProcess.run(ChartValidators.python, [script] + files.map(\.path))
        try #require(result.status == 0, "audit_pdf_pages.py failed; `make validators` installs pikepdf: \(result.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: [String: Any]])
        try #require(object.count == files.count)
        for (file, report) in object {
            try #require((report["content_streams"] as? Int ?? 0) >= (report["pages"] as? Int ?? 1), "\(file): no content stream read")
        }
        return object
    }

    private func findings(_ key: String, in audit: [String: [String: Any]]) -> [String] {
        audit.sorted { $0.key < $1.key }.flatMap { file, report in
            (report[key] as? [String] ?? []).map { "\(URL(fileURLWithPath: file).lastPathComponent) \($0)" }
        }
    }

    /// No page has an ExtGState with `/ca` or `/CA` below 1, a soft mask, a blend mode or a
    /// transparency group (callouts and warning rows are opaque pre-blended tints).
    @Test func noPageNeedsTransparency() throws {
        let found = findings("transparency", in: try audit())
        #expect(found.isEmpty, "\(found.prefix(10))")
    }

    /// Each page's `/Resources` lists exactly the fonts, graphics states, images and patterns its
    /// content stream names.
    @Test func eachPageListsOnlyTheResourcesItUses() throws {
        let audit = try audit()
        let unused = findings("unused_resources", in: audit), missing = findings("missing_resources", in: audit)
        #expect(unused.isEmpty, "\(unused.prefix(10))")
        #expect(missing.isEmpty, "\(missing.prefix(10))")
    }

    /// Between a path's construction and its painting operator there is nothing but clipping
    /// (PDF 32000-1 8.5.1): colours, patterns and graphics states are set before the path.
    @Test func coloursAreSetBeforeThePath() throws {
        let found = findings("colour_inside_path", in: try audit())
        #expect(found.isEmpty, "\(found.prefix(10))")
    }

    /// Every embedded font's descriptor agrees with its program: FixedPitch and Italic flags,
    /// Symbolic or Nonsymbolic by the characters shown, ItalicAngle from `post`, StemV from the
    /// weight class. The example reports use regular, bold, italic, bold italic and mono faces.
    @Test func fontDescriptorsDescribeTheirFonts() throws {
        let audit = try audit()
        let checked = audit.values.reduce(0) { $0 + ($1["fonts_checked"] as? Int ?? 0) }
        #expect(checked >= 5 * 16, "\(checked) font descriptors checked")
        let found = findings("font_descriptors", in: audit)
        #expect(found.isEmpty, "\(found.prefix(10))")
    }

    /// Embedded subsets keep their hinting (`fpgm`, `prep`, `cvt `): Ghostscript and printers
    /// space and stem glyphs evenly at 100–300 dpi with it.
    @Test func fontSubsetsKeepTheirHinting() throws {
        let found = findings("unhinted_fonts", in: try audit())
        #expect(found.isEmpty, "\(found.prefix(10))")
    }

    /// Ghostscript's PostScript output (`ps2write`) has no image on any page: a page that needs
    /// transparency becomes one page-sized image there, and the barcode is drawn as rectangles.
    /// (Glyphs of CID TrueType fonts become Type 3 bitmap glyphs in ps2write's prolog, ours as
    /// Cairo's; they are not page content.)
    @Test func postScriptOutputKeepsThePagesAsVectors() throws {
        let dir = try makeTemporaryDirectory("ps2write")
        defer { try? FileManager.default.removeItem(at: dir) }
        for pdf in try RenderCommandTests.batchPDFs() {
            let ps = dir.appendingPathComponent(pdf.deletingPathExtension().lastPathComponent + ".ps")
            let result = try CLI.tool("gs", ["-q", "-dSAFER", "-dBATCH", "-dNOPAUSE", "-sDEVICE=ps2write", "-sOutputFile=\(ps.path)", pdf.path])
            #expect(result.status == 0, "\(pdf.lastPathComponent): \(result.stderr)")
            let text = String(decoding: try Data(contentsOf: ps), as: UTF8.self)
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            let firstPage = try #require(lines.firstIndex { $0.hasPrefix("%%Page:") }, "\(pdf.lastPathComponent): no page in the PostScript")
            let pages = lines[firstPage...].filter { $0.hasPrefix("%%Page:") }.count
            let images = lines[firstPage...].filter { $0 == "BI" || $0.hasSuffix(" image") || $0.hasSuffix(" imagemask") }.count
            #expect(pages >= 1)
            #expect(images == 0, "\(pdf.lastPathComponent): \(images) images in the pages of the PostScript output")
        }
    }
}
