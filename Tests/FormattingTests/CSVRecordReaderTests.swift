import Testing
@testable import Formatting

@Suite struct CSVRecordReaderTests {
    @Test func splitsQuotedCommasDoubledQuotesAndLineBreaksInsideQuotes() {
        let reader = CSVRecordReader(text: "a,\"b,c\",\"say \"\"hi\"\"\"\n\"two\nlines\",x,\n3,4,5")
        #expect(reader.problems.isEmpty)
        #expect(reader.records == [
            .init(line: 1, row: 1, fields: ["a", "b,c", "say \"hi\""]),
            .init(line: 2, row: 2, fields: ["two\nlines", "x", ""]),
            .init(line: 4, row: 3, fields: ["3", "4", "5"]),
        ])
    }

    @Test(arguments: ["\r\n", "\n", "\r"])
    func acceptsEveryLineEnd(_ end: String) {
        let reader = CSVRecordReader(text: "h1,h2\(end)1,2\(end)\(end)3,4\(end)")
        #expect(reader.records.map(\.fields) == [["h1", "h2"], ["1", "2"], ["3", "4"]])
        #expect(reader.records.map(\.line) == [1, 2, 4])
        #expect(reader.records.map(\.row) == [1, 2, 4])
    }

    @Test func skipsTheByteOrderMark() {
        let reader = CSVRecordReader(text: "\u{FEFF}lesion_id,outcome\nL1,NR")
        #expect(reader.records.first?.fields == ["lesion_id", "outcome"])
    }

    @Test(arguments: [
        ("a,b\n1,2\"x\n3,4", 2, "a double quote inside an unquoted field; enclose the field in double quotes and double the inner quote (\"\")"),
        ("a,b\n\"1\"x,2\n3,4", 2, "unexpected text after the closing quote of a field; quote the whole field"),
    ])
    func reportsMalformedRecordAndGoesOn(text: String, line: Int, message: String) {
        let reader = CSVRecordReader(text: text)
        #expect(reader.problems == [.init(line: line, message: message)])
        #expect(reader.records.map(\.fields) == [["a", "b"], ["3", "4"]])
    }

    @Test func unterminatedQuoteStopsWithItsLine() {
        let reader = CSVRecordReader(text: "a,b\n1,2\n3,\"open\n4,5\n")
        #expect(reader.problems == [.init(line: 3, message: "a quoted field starts on this line but its closing quote is missing")])
        #expect(reader.records.map(\.fields) == [["a", "b"], ["1", "2"]])
    }

    @Test func readsSemicolonSeparatedFilesAndTellsTheDelimiter() {
        let text = "id;size_mm;\"note; quoted\"\nL1;42,4;x\n"
        #expect(CSVRecordReader.likelyDelimiter(of: text) == ";")
        #expect(CSVRecordReader.likelyDelimiter(of: "a,b;c\n") == ",")
        #expect(CSVRecordReader(text: text, delimiter: ";").records.map(\.fields) == [["id", "size_mm", "note; quoted"], ["L1", "42,4", "x"]])
    }
}
