import CaseReader
import ClinicalModel
import Foundation
import SpreadsheetReader
import Testing

/// A centre's own sheet, column and value names through `--columns`.
@Suite struct ColumnMapTests {
    typealias Fixture = WorkbookFixture

    @Test func germanHeadersAndWordsReadLikeTheDefaultLayout() throws {
        let map = try ColumnMap.load(Fixture.url("german-map.yaml"))
        let result = Fixture.read("german.xlsx", map: map)
        #expect(Fixture.lines(result) == [])
        #expect(result.cases.map(\.patient.id) == ["P-1", "P-2"])
        #expect(result.cases.map(\.patient.sex) == [.male, .female])
        #expect(result.cases.map { $0.lesions[0].coronaEnhancement } == [true, false])
        #expect(result.cases.map { $0.lesions[0].sizeMm?.value } == [38, 51])
        #expect(result.cases[0].patient.birthDate == CalendarDate(iso: "1950-05-06"))
        #expect(result.cases[0].followUps.map(\.nonTarget) == [FollowUp.NonTargetStatus.none])
        #expect(result.cases[0].followUps.map(\.newLesions) == [false])
    }

    @Test func aBrokenMapIsASentenceNamingTheKey() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("map-\(UUID().uuidString).yaml")
        defer { try? FileManager.default.removeItem(at: file) }
        try "columns:\n  läsionen: {a: b}\n".write(to: file, atomically: true, encoding: .utf8)
        #expect(throws: SpreadsheetError.self) { try ColumnMap.load(file) }
        do { _ = try ColumnMap.load(file) } catch {
            #expect(error.message == "columns: \"läsionen\" is not a sheet of the layout; the sheets are lesions, followup and dose")
        }
    }
}
