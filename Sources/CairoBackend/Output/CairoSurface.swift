import CCairo
import PDFWriter

/// Owns one `cairo_surface_t*` reference and destroys it in `deinit`.
final class CairoSurface {
    /// The surface (never `nil`; Cairo returns an error surface rather than `NULL`).
    let pointer: OpaquePointer

    /// Takes ownership of `pointer`.
    /// - Parameters:
    ///   - pointer: a surface returned by a `cairo_*_surface_create*` function.
    ///   - what: what was being created, for the error sentence.
    /// - Throws: `RenderError.resourceUnavailable` if `pointer` is `nil` or the surface is in an error state.
    init(_ pointer: OpaquePointer?, creating what: String) throws(RenderError) {
        guard let pointer else { throw .resourceUnavailable(what) }
        let status = cairo_surface_status(pointer)
        guard status.isSuccess else {
            cairo_surface_destroy(pointer)
            throw .resourceUnavailable("\(what) (\(status.reason))")
        }
        self.pointer = pointer
    }

    deinit { cairo_surface_destroy(pointer) }

    /// The surface's sticky status.
    var status: cairo_status_t { cairo_surface_status(pointer) }

    /// Finishes the surface (flushes all output to its stream).
    /// - Returns: the status after finishing.
    func finish() -> cairo_status_t {
        cairo_surface_finish(pointer)
        return cairo_surface_status(pointer)
    }
}
