import Foundation
import Testing

/// Greyscale rasters of PDF pages (pdftoppm).
public enum Raster {
    /// Page `page` of `path` at `dpi` as 8-bit grey pixels (0 black, 255 white), row by row.
    /// - Parameters:
    ///   - path: the PDF.
    ///   - page: the 1-based page.
    ///   - dpi: the resolution.
    ///   - dir: a folder for the temporary image.
    ///   - crop: the part of the page to keep, in pixels at `dpi` from the top-left corner; the whole page by default.
    /// - Returns: the pixels and the image width.
    public static func page(_ path: String, page: Int = 1, dpi: Int, in dir: URL,
                            crop: (x: Int, y: Int, width: Int, height: Int)? = nil) throws -> (pixels: [UInt8], width: Int) {
        let root = dir.appendingPathComponent(UUID().uuidString).path
        let cropArguments = crop.map { ["-x", "\($0.x)", "-y", "\($0.y)", "-W", "\($0.width)", "-H", "\($0.height)"] } ?? []
        let result = try ExternalProcess.tool("pdftoppm", ["-r", "\(dpi)", "-gray", "-f", "\(page)", "-l", "\(page)"] + cropArguments
                                              + ["-singlefile", path, root])
        #expect(result.status == 0, "\(result.stderr)")
        let pgm = try [UInt8](Data(contentsOf: URL(fileURLWithPath: root + ".pgm")))
        // Header "P5\n<width> <height>\n255\n", then one byte per pixel.
        var newlines = 0, start = 0
        for (index, byte) in pgm.enumerated() where byte == 10 {
            newlines += 1
            if newlines == 3 { start = index + 1; break }
        }
        let header = String(decoding: pgm[..<start], as: UTF8.self).split(whereSeparator: \.isWhitespace)
        return (Array(pgm[start...]), header.count > 1 ? Int(header[1]) ?? 0 : 0)
    }
}
