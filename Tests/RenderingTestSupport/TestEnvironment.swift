import CairoBackend
import Foundation
import TestSupport
import Testing

/// Paths and factories shared by the Cairo backend and PDF writer tests.
public enum TestEnvironment {
    /// The bundled fonts, found the way the CLI finds them (source tree as the last resort).
    public static func fontDirectory() throws -> URL {
        try FontLocator(environment: [:], executable: nil, installPrefixes: [], sourceTree: PackagePaths.root).locate()
    }

    /// A font registry for the calling thread.
    public static func fonts() throws -> FontRegistry { try FontRegistry(directory: fontDirectory()) }

    /// A fresh, empty temporary folder, removed by the caller.
    public static func temporaryDirectory() throws -> URL { try makeTemporaryDirectory("cairo-tests") }
}

/// Greyscale rasters of PDF pages (pdftoppm).
public enum Raster {
    /// Page `page` of `path` at `dpi` as 8-bit grey pixels (0 black, 255 white), row by row.
    /// - Parameters:
    ///   - path: the PDF.
    ///   - page: the 1-based page.
    ///   - dpi: the resolution.
    ///   - dir: a folder for the temporary image.
    /// - Returns: the pixels and the image width.
    public static func page(_ path: String, page: Int = 1, dpi: Int, in dir: URL) throws -> (pixels: [UInt8], width: Int) {
        let root = dir.appendingPathComponent(UUID().uuidString).path
        let result = try ExternalProcess.tool("pdftoppm", ["-r", "\(dpi)", "-gray", "-f", "\(page)", "-l", "\(page)", "-singlefile", path, root])
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
