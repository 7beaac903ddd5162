import Foundation
import Testing

/// A word of a PDF page as poppler's `pdftotext -bbox` reports it: its text (with the XML escapes
/// poppler writes, such as `&amp;`) and its box in points from the page's top-left corner.
public struct PageWord: Sendable {
    public let text: String
    public let minX: Double, minY: Double, maxX: Double, maxY: Double

    /// The words of one page, in poppler's reading order.
    /// - Parameters:
    ///   - pdf: the PDF's path.
    ///   - page: the 1-based page.
    /// - Returns: the words; none when poppler fails (the failure is recorded).
    /// - Throws: `ExternalProcess.ToolMissing` when pdftotext is not installed.
    public static func words(of pdf: String, page: Int) throws -> [PageWord] {
        let html = try ExternalProcess.tool("pdftotext", ["-bbox", "-f", "\(page)", "-l", "\(page)", "-enc", "UTF-8", pdf, "-"]).stdout
        let word = /<word xMin="([0-9.]+)" yMin="([0-9.]+)" xMax="([0-9.]+)" yMax="([0-9.]+)">([^<]*)<\/word>/
        return html.matches(of: word).compactMap { match in
            guard let minX = Double(match.1), let minY = Double(match.2), let maxX = Double(match.3), let maxY = Double(match.4) else {
                return nil
            }
            return PageWord(text: String(match.5), minX: minX, minY: minY, maxX: maxX, maxY: maxY)
        }
    }
}
