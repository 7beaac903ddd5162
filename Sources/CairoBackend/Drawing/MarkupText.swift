import CPangoCairo

/// Pango markup parsed into plain text plus attributes.
enum MarkupText {
    /// The markup parsed: its text and the styling attributes.
    case styled(text: String, attributes: AttributeList)
    /// The markup is malformed (unclosed tag, unknown entity, bad attribute value).
    case invalid

    /// Parses `markup` with `pango_parse_markup` (O(n)); never logs or aborts on bad input.
    /// - Parameter markup: Pango markup (`<b>`, `<i>`, `<span …>`, entities).
    /// - Returns: `.styled` on success, `.invalid` otherwise.
    static func parse(_ markup: String) -> MarkupText {
        var attributes: OpaquePointer?
        var text: UnsafeMutablePointer<CChar>?
        var error: UnsafeMutablePointer<GError>?
        let ok = pango_parse_markup(markup, -1, 0, &attributes, &text, nil, &error)
        if let error { g_error_free(error) }
        defer { if let text { g_free(text) } }
        guard ok != 0, let text, let attributes else {
            if let attributes { pango_attr_list_unref(attributes) }
            return .invalid
        }
        return .styled(text: String(cString: text), attributes: AttributeList(attributes))
    }
}

/// Owns one `PangoAttrList*` reference.
final class AttributeList {
    /// The list.
    let pointer: OpaquePointer

    /// Takes ownership of `pointer`.
    init(_ pointer: OpaquePointer) { self.pointer = pointer }

    deinit { pango_attr_list_unref(pointer) }
}
