import CaseReader
import ClinicalModel
import Foundation
import SpreadsheetReader
import Testing

/// CSV files: the lesions file with its follow-up file beside it; quotes; encodings.
@Suite struct CSVReadingTests {
    typealias Fixture = WorkbookFixture

    @Test func theLesionsFileReadsItsFollowUpFileBesideIt() {
        let result = Fixture.read("board-lesions.csv")
        #expect(Fixture.lines(result) == [])
        #expect(result.cases.map(\.patient.id) == ["00042", "HCC-9"])
        #expect(result.cases[1].patient.name == "O'Brien, \"Pat\"")
        #expect(result.cases[0].followUps.map(\.date) == [CalendarDate(iso: "2025-04-15")!])
        #expect(result.cases[0].followUps.first?.newLesions == true)
        #expect(result.cases[1].followUps.isEmpty)
    }

    @Test func theFollowUpFileNamedAloneIsRefusedWithTheWayOut() {
        let result = Fixture.read("board-followup.csv")
        #expect(Fixture.lines(result) == ["board-followup.csv: this is the followup file; name the lesions file (…lesions.csv) instead: the followup file beside it is read with it"])
    }

    @Test func textThatIsNotUTF8IsRefused() {
        let latin1 = Data([0x70, 0x61, 0x74, 0x69, 0x65, 0x6E, 0x74, 0x5F, 0x69, 0x64, 0x0A, 0x4D, 0xFC, 0x0A])
        let result = SpreadsheetReader().read(data: latin1, sourceName: "x.csv")
        #expect(Fixture.lines(result) == ["x.csv: the file is not valid UTF-8 text (for example saved as Latin-1 or Windows-1252); export the sheet as \"CSV UTF-8\""])
    }

    /// The one CSV reader names the line of a malformed record, even after a quoted line break.
    @Test func aMalformedRecordIsRefusedWithItsLine() {
        let text = "patient_id,note\nP1,\"two\nlines\"\nP2,say \"hi\"\n"
        let result = SpreadsheetReader().read(data: Data(text.utf8), sourceName: "x.csv")
        #expect(Fixture.lines(result) == ["x.csv: line 4 cannot be read as CSV: a double quote inside an unquoted field; "
                                          + "enclose the field in double quotes and double the inner quote (\"\")"])
    }
}
