import CCairo

/// One-row alpha images of module patterns (barcodes), made once per PDF document.
///
/// A barcode drawn as an image mask is one small image in the PDF, written once however many
/// pages show it (Cairo writes a surface used on several pages once per document), and painted
/// with the fill colour as a stencil (`/ImageMask`, `/Interpolate false`), so the edges stay sharp
/// at every resolution. Drawn as rectangles, a 12-character ID costs Cairo ~140 path segments on
/// every page.
final class ModuleMasks {
    private var masks: [[Bool]: CairoSurface] = [:]

    /// Image pixels per module. One pixel per module, drawn without smoothing, snaps each module
    /// to whole device pixels: at 150 dpi (1.56 px per module) bar widths then err by up to a
    /// module and the code no longer scans. With 8 pixels per module the renderer's
    /// downsampling smooths the edges like a vector fill, and at printer resolutions the
    /// error is below one device pixel.
    static let pixelsPerModule = 8

    /// The A8 image for `modules`: `pixelsPerModule` pixels per module, alpha 255 where the
    /// module is `true`.
    /// - Parameter modules: the row of modules (not empty).
    /// - Returns: the image, or `nil` if Cairo cannot allocate it.
    func mask(for modules: [Bool]) -> CairoSurface? {
        if let cached = masks[modules] { return cached }
        guard !modules.isEmpty,
              let surface = try? CairoSurface(cairo_image_surface_create(CAIRO_FORMAT_A8, Int32(modules.count * Self.pixelsPerModule), 1),
                                              creating: "a barcode image"),
              let data = cairo_image_surface_get_data(surface.pointer) else { return nil }
        cairo_surface_flush(surface.pointer)
        for (index, on) in modules.enumerated() {
            for pixel in 0..<Self.pixelsPerModule { data[index * Self.pixelsPerModule + pixel] = on ? 255 : 0 }
        }
        cairo_surface_mark_dirty(surface.pointer)
        masks[modules] = surface
        return surface
    }
}
