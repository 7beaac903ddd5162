/// Why the bundled fonts could not be found or loaded.
public enum FontLocationError: Error, Sendable, Hashable, CustomStringConvertible {
    /// No candidate directory held the bundled fonts; `searched` lists every directory tried, in order.
    case notFound(searched: [String])
    /// A directory named explicitly (by `source`, e.g. `--fonts` or `HCCREPORT_FONTS`) lacks some bundled fonts.
    case incompleteDirectory(path: String, source: String, missing: [String])
    /// Fontconfig could not load the bundled font directory.
    case fontconfigFailed(path: String, reason: String)

    public var description: String {
        switch self {
        case let .notFound(searched):
            return "The bundled fonts were not found; looked in: \(searched.joined(separator: ", ")); set \(FontLocator.environmentVariable) or pass --fonts."
        case let .incompleteDirectory(path, source, missing):
            return "The font folder \(path) (from \(source)) does not contain the bundled fonts \(missing.joined(separator: ", ")); point it at the hccreport Fonts folder."
        case let .fontconfigFailed(path, reason):
            return "The fonts in \(path) could not be loaded: \(reason)."
        }
    }
}
