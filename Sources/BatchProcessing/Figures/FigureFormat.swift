/// The file formats `figure` writes, chosen by the output file's extension.
public enum FigureFormat: String, CaseIterable {
    case pdf, png, svg

    /// The format of `path`'s extension (case-insensitive), or `nil` for any other extension.
    public init?(path: String) {
        guard let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else { return nil }
        self.init(rawValue: path[path.index(after: dot)...].lowercased())
    }
}
