import Mustache

/// The Mustache content type of the report templates: values are escaped for Pango markup.
///
/// The escapes are those of Mustache's HTML type (`&`, `<`, `>`, `"`, `'`), which Pango's markup
/// parser reads as well, but computed over UTF-8 bytes with a fast path for values that need
/// none (numbers, most names): Mustache's own escaping walks the text character by character
/// through a dictionary, which costs far more per sentence. Templates get it through a
/// `{{% CONTENT_TYPE: PANGO}}` pragma that `ReportTemplate.load` puts in front of each text
/// block (on the block's first line, so line numbers in error messages do not move).
struct PangoMarkupContentType: MustacheContentType {
    /// The name the pragma uses.
    static let name = "PANGO"

    /// The pragma that selects this content type.
    static let pragma = "{{% CONTENT_TYPE: \(name)}}"

    /// Registers the type with Mustache (idempotent; Mustache keeps registrations in a locked
    /// table).
    static let registered: Void = MustacheContentTypes.register(PangoMarkupContentType(), named: name)

    func escapeText(_ text: String) -> String { Self.escape(text) }

    /// `text` with `&`, `<`, `>`, `"` and `'` as entities, and isolated (U+2068 … U+2069) when it
    /// holds right-to-left letters, so that a Hebrew or Arabic name cannot reorder the text around
    /// it ("محمد عبد الله · ID 42" keeps the ID on the right). Text without any of these is returned
    /// as it is after one pass over its bytes. O(n).
    static func escape(_ text: String) -> String {
        let escaped = escapeEntities(text)
        return text.utf8.contains(where: Self.mayStartRightToLeft) && text.unicodeScalars.contains(where: Self.isRightToLeft)
            ? "\u{2068}" + escaped + "\u{2069}" : escaped
    }

    /// Lead bytes of the UTF-8 encodings of U+0580–U+07FF (Hebrew, Arabic, Syriac, Thaana, N'Ko)
    /// and of U+E000–U+FFFF and the supplementary planes, where the other right-to-left letters are.
    private static func mayStartRightToLeft(_ byte: UInt8) -> Bool { (0xD6...0xDF).contains(byte) || byte >= 0xEE }

    /// Letters of right-to-left scripts (strong R and AL in Unicode's bidi classes, by block).
    private static func isRightToLeft(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0590...0x08FF, 0xFB1D...0xFDFF, 0xFE70...0xFEFF, 0x10800...0x10FFF, 0x1E800...0x1EFFF: true
        default: false
        }
    }

    private static func escapeEntities(_ text: String) -> String {
        guard text.utf8.contains(where: Self.needsEscape) else { return text }
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count + 16)
        for byte in text.utf8 {
            switch byte {
            case 0x26: out.append(contentsOf: Array("&amp;".utf8))
            case 0x3C: out.append(contentsOf: Array("&lt;".utf8))
            case 0x3E: out.append(contentsOf: Array("&gt;".utf8))
            case 0x22: out.append(contentsOf: Array("&quot;".utf8))
            case 0x27: out.append(contentsOf: Array("&#39;".utf8))
            default: out.append(byte)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static func needsEscape(_ byte: UInt8) -> Bool {
        byte == 0x26 || byte == 0x3C || byte == 0x3E || byte == 0x22 || byte == 0x27
    }
}
