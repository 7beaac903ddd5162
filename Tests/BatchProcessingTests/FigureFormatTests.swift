import Testing
@testable import BatchProcessing

/// The figure format chosen by the output file's extension.
@Suite struct FigureFormatTests {
    @Test func readsTheExtensionWhateverItsCase() {
        #expect(FigureFormat(path: "out/roc.PDF") == .pdf)
        #expect(FigureFormat(path: "nomogram.png") == .png)
        #expect(FigureFormat(path: "a.b/violins.svg") == .svg)
    }

    @Test func refusesAnyOtherName() {
        #expect(FigureFormat(path: "figure.jpeg") == nil)
        #expect(FigureFormat(path: "figure") == nil)
        #expect(FigureFormat(path: "folder.pdf/figure") == nil)
    }
}
