import CCairo
import CFontconfig
import CPangoCairo
import Formatting
import Foundation
import PDFWriter
import Synchronization

/// The bundled fonts, loaded into a private fontconfig configuration and a Pango font map.
///
/// Create **one registry per thread** and never pass it to another thread (it is not `Sendable`):
/// sharing one Pango font map between threads crashes or silently corrupts PDFs (docs/DESIGN.md).
/// The configuration contains only the bundled folder, with the generic families `sans`,
/// `sans-serif` and `serif` mapped to Noto Sans and `monospace`/`mono` to Noto Sans Mono, each
/// followed by `fallbackFamilies`, so no system font can ever be matched and a character Noto
/// Sans lacks comes from the first bundled family that has it (Fonts/README.md). Text is laid out at 72 dpi (1 pt = 1 unit) with hint metrics
/// off, so PDF, PNG and SVG measure text identically.
public final class FontRegistry {
    /// The folder the fonts were loaded from.
    public let directory: URL
    /// `FcConfig*`, one reference owned.
    let config: OpaquePointer
    /// `PangoFontMap*` (a PangoCairo FcFontMap of FreeType type), one reference owned.
    let fontMap: UnsafeMutablePointer<PangoFontMap>

    /// Loads the fonts of `directory`.
    /// - Parameters:
    ///   - directory: a folder holding `FontLocator.requiredFiles` (see `FontLocator.locate()`).
    ///   - cacheDirectory: a writable folder for fontconfig's cache (default: a folder in the
    ///     temporary directory); never the repository.
    /// - Throws: `FontLocationError.incompleteDirectory` if fonts are missing,
    ///   `FontLocationError.fontconfigFailed` if fontconfig or Pango cannot load them.
    public init(directory: URL, cacheDirectory: URL? = nil) throws(FontLocationError) {
        let directory = directory.standardizedFileURL
        let missing = FontLocator.missingFiles(in: directory)
        guard missing.isEmpty else {
            throw .incompleteDirectory(path: directory.path, source: "the font registry", missing: missing)
        }
        let cache = cacheDirectory ?? FileManager.default.temporaryDirectory.appendingPathComponent("hccreport-fontconfig-cache")
        try? FileManager.default.createDirectory(at: cache, withIntermediateDirectories: true)

        guard let config = FcConfigCreate() else {
            throw .fontconfigFailed(path: directory.path, reason: "fontconfig could not create a configuration")
        }
        let xml = Self.configurationXML(fontDirectory: directory.path, cacheDirectory: cache.path)
        let parsed = xml.withCString { FcConfigParseAndLoadFromMemory(config, UnsafeRawPointer($0).assumingMemoryBound(to: FcChar8.self), FcTrue) }
        guard parsed == FcTrue, FcConfigBuildFonts(config) == FcTrue else {
            FcConfigDestroy(config)
            throw .fontconfigFailed(path: directory.path, reason: "fontconfig rejected the configuration")
        }
        let fontCount = FcConfigGetFonts(config, FcSetSystem)?.pointee.nfont ?? 0
        guard fontCount >= Int32(FontLocator.requiredFiles.count) else {
            FcConfigDestroy(config)
            throw .fontconfigFailed(path: directory.path, reason: "fontconfig found \(fontCount) usable fonts instead of \(FontLocator.requiredFiles.count)")
        }
        Self.installAsProcessDefault(config)
        guard let fontMap = pango_cairo_font_map_new_for_font_type(CAIRO_FONT_TYPE_FT) else {
            FcConfigDestroy(config)
            throw .fontconfigFailed(path: directory.path, reason: "Pango could not create a FreeType font map")
        }
        pango_fc_font_map_set_config(OpaquePointer(fontMap), config)
        pango_cairo_font_map_set_resolution(OpaquePointer(fontMap), 72)
        self.directory = directory
        self.config = config
        self.fontMap = fontMap
    }

    /// The families that print what Noto Sans and Noto Sans Mono cannot, in the order they are
    /// tried: Arabic, Hebrew, Chinese and Japanese, Korean.
    public static let fallbackFamilies = ["Noto Sans Arabic", "Noto Sans Hebrew", "Droid Sans Fallback", "NanumGothic"]

    /// The families tried for a character, in order, when text is set in `primary`: the face
    /// itself, the other Noto face (Noto Sans Mono has the mathematical signs ≥, −, → that Noto
    /// Sans lacks), then `fallbackFamilies`.
    /// - Parameter primary: "Noto Sans" or "Noto Sans Mono".
    /// - Returns: family names, `primary` first.
    static func families(primary: String) -> [String] {
        [primary, primary == "Noto Sans" ? "Noto Sans Mono" : "Noto Sans"] + fallbackFamilies
    }

    /// `families(primary:)` as a comma-separated list for `pango_font_description_set_family`.
    static func familyList(primary: String) -> String { families(primary: primary).joined(separator: ",") }

    /// The Unicode scalars some bundled font has a glyph for, as sorted, disjoint ranges of code
    /// points (the union of the fonts' fontconfig character sets).
    /// - Returns: ranges in ascending order; every scalar inside one can be printed.
    public func printableRanges() -> [ClosedRange<UInt32>] {
        guard let fonts = FcConfigGetFonts(config, FcSetSystem)?.pointee, let union = FcCharSetCreate() else { return [] }
        defer { FcCharSetDestroy(union) }
        for index in 0..<Int(fonts.nfont) {
            var charset: OpaquePointer?
            if let pattern = fonts.fonts[index], FcPatternGetCharSet(pattern, FC_CHARSET, 0, &charset) == FcResultMatch, let charset {
                FcCharSetMerge(union, charset, nil)
            }
        }
        var ranges: [ClosedRange<UInt32>] = []
        var map = [FcChar32](repeating: 0, count: Int(FC_CHARSET_MAP_SIZE))
        var next: FcChar32 = 0
        var base = FcCharSetFirstPage(union, &map, &next)
        while base != FcChar32.max {  // FC_CHARSET_DONE
            for word in 0..<map.count {
                var bits = map[word]
                while bits != 0 {
                    let code = base + FcChar32(word * 32 + bits.trailingZeroBitCount)
                    bits &= bits - 1
                    if let last = ranges.last, last.upperBound + 1 == code {
                        ranges[ranges.count - 1] = last.lowerBound...code
                    } else {
                        ranges.append(code...code)
                    }
                }
            }
            base = FcCharSetNextPage(union, &map, &next)
        }
        return ranges
    }

    /// The thread's text layouts and their cache, made on first use.
    private var sharedTextLayout: TextLayout?

    /// The text layouts shared by every canvas and document made with this registry.
    /// - Returns: the registry's `TextLayout`, created on the first call.
    /// - Throws: `RenderError.resourceUnavailable` if Pango cannot create a context.
    func textLayout() throws(RenderError) -> TextLayout {
        if let sharedTextLayout { return sharedTextLayout }
        let created = try TextLayout(fontMap: fontMap)
        sharedTextLayout = created
        return created
    }

    /// The font programs, subsets, compressor and document serials shared by every PDF document
    /// made with this registry.
    let pdfWriterContext = PDFWriterContext()

    deinit {
        // The layouts and their context refer to the font map: release them first.
        sharedTextLayout = nil
        g_object_unref(UnsafeMutableRawPointer(fontMap))
        FcConfigDestroy(config)
    }

    /// The fontconfig XML: the bundled folder, a cache folder, and the generic-family aliases.
    /// - Parameters:
    ///   - fontDirectory: absolute path of the bundled fonts.
    ///   - cacheDirectory: absolute path of a writable cache folder.
    /// - Returns: a complete `<fontconfig>` document.
    static func configurationXML(fontDirectory: String, cacheDirectory: String) -> String {
        func alias(_ generic: String, _ families: [String]) -> String {
            "  <alias binding=\"same\"><family>\(generic)</family><prefer>"
                + families.map { "<family>\($0)</family>" }.joined() + "</prefer></alias>\n"
        }
        // Families tried after `family` itself (`accept`), for the characters it lacks.
        func fallback(_ family: String, _ families: [String]) -> String {
            "  <alias binding=\"same\"><family>\(family)</family><accept>"
                + families.map { "<family>\($0)</family>" }.joined() + "</accept></alias>\n"
        }
        func alias(_ generic: String, _ family: String) -> String { alias(generic, families(primary: family)) }
        return """
        <?xml version="1.0"?>
        <!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">
        <fontconfig>
          <dir>\(XMLText.escaped(fontDirectory))</dir>
          <cachedir>\(XMLText.escaped(cacheDirectory))</cachedir>

        """
            + alias("sans", "Noto Sans") + alias("sans-serif", "Noto Sans") + alias("serif", "Noto Sans")
            + alias("monospace", "Noto Sans Mono") + alias("mono", "Noto Sans Mono")
            + fallback("Noto Sans", Array(families(primary: "Noto Sans").dropFirst()))
            + fallback("Noto Sans Mono", Array(families(primary: "Noto Sans Mono").dropFirst()))
            + synthesiseBold + "</fontconfig>\n"
    }

    /// Fontconfig's rule for bold text in a family without a bold face (as its
    /// `90-synthetic.conf`): the regular face, marked `embolden`, which Cairo and the PDF writer
    /// draw thicker.
    private static let synthesiseBold = """
          <match target="font">
            <test name="weight" compare="less_eq"><const>medium</const></test>
            <test target="pattern" name="weight" compare="more_eq"><const>bold</const></test>
            <edit name="embolden" mode="assign"><bool>true</bool></edit>
            <edit name="weight" mode="assign"><const>bold</const></edit>
          </match>

        """

    /// Makes the first bundled configuration fontconfig's process default, once.
    ///
    /// Pango initialises fontconfig (`FcInit`) on a helper thread when the first font map is
    /// created; with a current configuration already set, that never reads the system
    /// configuration or system fonts. Later registries keep the first one as default (they use
    /// their own configuration through `pango_fc_font_map_set_config` anyway), which avoids
    /// swapping the default while another thread may be reading it.
    private static func installAsProcessDefault(_ config: OpaquePointer) {
        defaultInstalled.withLock { installed in
            guard !installed else { return }
            installed = FcConfigSetCurrent(config) == FcTrue
        }
    }

    /// Whether a bundled configuration has been made fontconfig's default (write-once).
    private static let defaultInstalled = Mutex(false)
}
