import CairoBackend
import CaseReader
import Formatting
import Foundation

extension PrintableCharacters {
    /// The characters the bundled fonts in `directory` can print.
    /// - Parameter directory: the located Fonts/ folder.
    /// - Throws: `SetupError` when the fonts cannot be loaded.
    public init(fontsIn directory: URL) throws {
        do {
            self.init(ranges: try FontRegistry(directory: directory).printableRanges())
        } catch {
            throw SetupError("\(error)")
        }
    }

    /// Refuses a batch-wide text (the institution) that the fonts cannot print.
    /// - Parameters:
    ///   - text: the text printed on every page.
    ///   - what: what it is, for the sentence ("The institution").
    /// - Throws: `SetupError` naming the character and its code point.
    public func requirePrintable(_ text: String, what: String) throws {
        guard let missing = firstUnprintable(in: text) else { return }
        throw SetupError("\(what) \"\(text)\" contains the character \(missing.quotedForUser), which none of the report's fonts can print; write it with other characters.")
    }
}
