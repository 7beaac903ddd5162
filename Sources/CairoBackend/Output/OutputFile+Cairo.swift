import CCairo
import PDFWriter

extension OutputFile {
    /// The context pointer to hand to Cairo alongside `cairoWrite`; valid while `self` lives.
    var cairoClosure: UnsafeMutableRawPointer { Unmanaged.passUnretained(self).toOpaque() }

    /// Cairo's write callback: appends `length` bytes to the file behind `closure`.
    static let cairoWrite: cairo_write_func_t = { closure, data, length in
        guard let closure else { return CAIRO_STATUS_WRITE_ERROR }
        let file = Unmanaged<OutputFile>.fromOpaque(closure).takeUnretainedValue()
        return file.write(data, count: Int(length)) ? CAIRO_STATUS_SUCCESS : CAIRO_STATUS_WRITE_ERROR
    }
}
