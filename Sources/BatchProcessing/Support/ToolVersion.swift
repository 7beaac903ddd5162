/// The version of hccreport printed on every report and by `hccreport --version`.
public enum ToolVersion {
    /// The current version.
    public static let current = "0.1.0"
}
