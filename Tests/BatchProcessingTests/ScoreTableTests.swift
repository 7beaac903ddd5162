import Testing
@testable import BatchProcessing

/// The `score` command's aligned text.
@Suite struct ScoreTableTests {
    @Test func alignsColumnsUnderAHeaderRule() {
        let text = ScoreTable.align([["Patient", "P"], ["A", "0.105"]])
        #expect(text == "Patient  P\n-------  -----\nA        0.105\n")
    }
}
