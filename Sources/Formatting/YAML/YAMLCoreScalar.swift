/// How every YAML file the tool reads (case files, model files, template layouts) interprets a plain
/// scalar: the YAML 1.2 core schema, not YAML 1.1. `no`, `off`, `y` are text, never `false`; a
/// boolean setting is `true` or `false` (also `True`/`TRUE`, `False`/`FALSE`).
///
/// Case files additionally accept `yes`/`no` in a field that can only hold a boolean (such as
/// `followup[].new_lesions`), where the word cannot be meant as text; see `caseFileBoolean(_:)`.
public enum YAMLCoreScalar {
    /// The boolean a plain scalar denotes in the YAML 1.2 core schema.
    /// - Parameter text: The scalar as written, without surrounding spaces.
    /// - Returns: `true`, `false`, or `nil` when the scalar is not a core boolean.
    public static func boolean(_ text: String) -> Bool? {
        switch text {
        case "true", "True", "TRUE": true
        case "false", "False", "FALSE": false
        default: nil
        }
    }

    /// A core boolean, or `yes`/`no` (`Yes`, `YES`, `No`, `NO`) in a case-file field that holds only a boolean.
    /// - Parameter text: The scalar as written, without surrounding spaces.
    /// - Returns: The boolean, or `nil`.
    public static func caseFileBoolean(_ text: String) -> Bool? {
        switch text {
        case "yes", "Yes", "YES": true
        case "no", "No", "NO": false
        default: boolean(text)
        }
    }

    /// Whether a plain scalar is the YAML 1.2 core null (`null`, `Null`, `NULL`, `~` or nothing).
    /// - Parameter text: The scalar as written.
    /// - Returns: `true` for a null.
    public static func isNull(_ text: String) -> Bool {
        ["", "~", "null", "Null", "NULL"].contains(text)
    }
}
