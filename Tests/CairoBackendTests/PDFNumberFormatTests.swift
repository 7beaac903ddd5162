import CairoBackend
import Foundation
import Testing

/// Cairo's numbers in a PDF go through the fast path (the replacement `__snprintf_chk` is the one
/// Cairo calls); the formatting itself is tested against glibc in FixedPointTests.
@Suite("PDF number format")
struct PDFNumberFormatTests {
    /// Writing a PDF goes through the fast path (the replacement is the snprintf Cairo calls).
    @Test func cairoNumbersGoThroughTheFastPath() throws {
        let dir = try TestEnvironment.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let before = PDFNumberFormat.answered
        try PDFDocumentTests.render(to: dir.appendingPathComponent("report.pdf").path, fonts: TestEnvironment.fonts())
        #expect(PDFNumberFormat.answered - before > 100)
    }
}
