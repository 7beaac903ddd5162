/// The resources one page (or one pattern's tile) uses (fonts, graphics states, patterns),
/// written as its own `/Resources` dictionary.
///
/// A page lists only what its content stream names: a page without transparency then has no
/// graphics state with an opacity below 1 in reach, and printer drivers (Ghostscript's
/// PostScript and PCL output) keep it as vectors instead of rasterising it.
struct PDFPageResources {
    /// The kinds of resource a page names, in the order of the dictionary's keys.
    enum Kind: Int, CaseIterable {
        case font, graphicsState, pattern

        /// The key of this kind's sub-dictionary.
        var key: String {
            switch self {
            case .font: "Font"
            case .graphicsState: "ExtGState"
            case .pattern: "Pattern"
            }
        }
    }

    private var entries: [[(name: String, object: Int)]] = Array(repeating: [], count: Kind.allCases.count)
    /// Object numbers already listed (every resource has its own object).
    private var listed: Set<Int> = []

    /// Records that the page names `name` (object `object`) of `kind`; repeated uses are one entry.
    mutating func use(_ kind: Kind, name: String, object: Int) {
        guard listed.insert(object).inserted else { return }
        entries[kind.rawValue].append((name, object))
    }

    /// Writes the dictionary `<</Font<<…>>/ExtGState<<…>>…>>`, leaving out empty kinds.
    /// - Parameter out: where to write.
    func write(to out: inout PDFBytes) {
        out.append("<<")
        for kind in Kind.allCases where !entries[kind.rawValue].isEmpty {
            out.append("/")
            out.append(kind.key)
            out.append("<<")
            for entry in entries[kind.rawValue] {
                out.append(name: entry.name)
                out.append(" ")
                out.append(reference: entry.object)
            }
            out.append(">>")
        }
        out.append(">>")
    }
}
