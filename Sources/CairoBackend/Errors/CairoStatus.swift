import CCairo

extension cairo_status_t {
    /// Cairo's own sentence for the status, e.g. "error while writing to output stream".
    var reason: String { String(cString: cairo_status_to_string(self)) }
    /// `true` for `CAIRO_STATUS_SUCCESS`.
    var isSuccess: Bool { self == CAIRO_STATUS_SUCCESS }
}
