import Testing
@testable import BatchProcessing

/// The `score` command's CSV fields and aligned text.
@Suite struct ScoreTableTests {
    @Test func leavesAPlainFieldAsItIs() {
        #expect(ScoreTable.csvField("HCC-2025-0001") == "HCC-2025-0001")
        #expect(ScoreTable.csvField("") == "")
    }

    @Test(arguments: [("a,b", "\"a,b\""), ("say \"no\"", "\"say \"\"no\"\"\""), ("line\nbreak", "\"line\nbreak\""),
                      ("cr\ronly", "\"cr\ronly\"")])
    func quotesAFieldWithACommaQuoteOrLineBreak(field: String, quoted: String) {
        #expect(ScoreTable.csvField(field) == quoted)
    }

    @Test func alignsColumnsUnderAHeaderRule() {
        let text = ScoreTable.align([["Patient", "P"], ["A", "0.105"]])
        #expect(text == "Patient  P\n-------  -----\nA        0.105\n")
    }
}
