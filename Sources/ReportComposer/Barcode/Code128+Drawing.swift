import Canvas

extension Code128 {
    /// Draws the bars filling `rect` (quiet zones of 10 modules are left blank on both sides).
    /// - Parameters:
    ///   - canvas: where to draw.
    ///   - rect: the barcode's box including quiet zones; bars span its full height.
    public func draw(in canvas: Canvas, rect: Rect) {
        let quiet = 10
        let totalModules = modules.count + 2 * quiet
        let module = rect.width / Double(totalModules)
        let symbol = Rect(x: rect.minX + Double(quiet) * module, y: rect.minY,
                          width: Double(modules.count) * module, height: rect.height)
        canvas.fillModules(modules, in: symbol, color: .black)
    }

    /// Width of the barcode with quiet zones for a given module width.
    public func width(module: Double) -> Double { Double(modules.count + 20) * module }
}
