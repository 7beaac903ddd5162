/// The syntax of a case file.
public enum CaseFileFormat: String, Sendable, Hashable, CaseIterable {
    case yaml
    case json

    /// The format implied by a file name: `.json` → JSON, `.yaml`/`.yml` → YAML; `nil` otherwise.
    /// - Parameter name: A file name or path.
    /// - Returns: The format, or `nil` for another extension.
    public static func fromFileName(_ name: String) -> CaseFileFormat? {
        let lower = name.lowercased()
        if lower.hasSuffix(".json") { return .json }
        if lower.hasSuffix(".yaml") || lower.hasSuffix(".yml") { return .yaml }
        return nil
    }
}
