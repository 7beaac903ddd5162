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

    /// `text` with `&`, `<`, `>`, `"` and `'` as entities; text without them is returned as it is
    /// after one pass over its bytes. O(n).
    static func escape(_ text: String) -> String {
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
