import CaseReader
import Canvas
import ClinicalModel
import Foundation
import Scoring
import TestSupport
import Testing
@testable import PageLayout
@testable import ReportComposer

/// The overview is the coordinator's agenda: grouped by what the board must act on, each row with
/// two identifiers, exam and TACE dates, the latest response and the warnings themselves; a case
/// that could not be reported is listed by patient ID and name when its file yields them.
@Suite struct BatchOverviewTests {
    static func scores() throws -> [String: CaseScore] {
        let folder = PackagePaths.file("Examples/cases")
        var out: [String: CaseScore] = [:]
        for file in try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() where file.hasSuffix(".yaml") || file.hasSuffix(".json") {
            for c in CaseFileReader().read(contentsOf: folder.appendingPathComponent(file)).cases { out[c.patient.id] = CaseScore(case: c) }
        }
        return out
    }

    @Test func theExampleCasesFallIntoTheBoardsGroups() throws {
        let scores = try Self.scores()
        #expect(scores.count == 16)
        var groups: [BatchOverview.Group: [String]] = [:]
        for (id, score) in scores { groups[BatchOverview.Group.of(score), default: []].append(id) }
        #expect(groups[.progression]?.sorted() == ["HCC-2025-0004", "HCC-2025-0005", "HCC-2025-0006", "HCC-2025-0007", "HCC-2025-0014"])
        #expect(groups[.notEvaluable]?.sorted() == ["HCC-2025-0013"])
        #expect(groups[.awaitingFollowUp]?.sorted() == ["HCC-2025-0012"])
        #expect(groups[.responding]?.sorted() == ["HCC-2025-0001", "HCC-2025-0002", "HCC-2025-0003", "HCC-2025-0008", "HCC-2025-0009",
                                                  "HCC-2025-0010", "HCC-2025-0011", "HCC-2025-0015", "HCC-2025-0016"])
    }

    @Test func aRowCarriesTwoIdentifiersBothDatesTheLatestResponseAndTheWarningText() throws {
        let scores = try Self.scores()
        let row = BatchOverview.Row(score: try #require(scores["HCC-2025-0013"]), reportFile: "HCC-2025-0013.pdf")
        #expect(row.name == "Li, Na")
        #expect(row.birthDate.map { "\($0)" } == "1971-01-05")
        #expect(row.examDate.map { "\($0)" } == "2025-02-24")
        #expect(row.taceDate.map { "\($0)" } == "2025-02-28")
        #expect(row.latestResponse == "NE on 2025-05-12, week 10.4 after TACE")
        #expect(row.warnings == ["followup[0].lesions: the follow-up on 2025-05-12 does not measure lesion L2; mRECIST sums all target lesions"])
        #expect(row.group == .notEvaluable)
    }

    @Test func theSheetListsTheGroupsInAgendaOrderAndFailuresByWhoTheyAre() throws {
        func row(_ id: String, _ p: Double?, _ group: BatchOverview.Group, warnings: [String] = []) -> BatchOverview.Row {
            BatchOverview.Row(patientId: id, name: "Name \(id)", birthDate: CalendarDate(iso: "1960-01-02"), examDate: CalendarDate(iso: "2025-01-10"),
                              taceDate: CalendarDate(iso: "2025-01-15"), lesions: ["L1"], maxProbability: p,
                              latestResponse: group == .awaitingFollowUp ? nil : "PR on 2025-03-20, week 9.3 after TACE", group: group,
                              warnings: warnings, reportFile: "\(id).pdf")
        }
        let rows = [row("R1", 0.2, .responding), row("A1", 0.3, .awaitingFollowUp), row("P1", 0.1, .progression),
                    row("A2", 0.9, .awaitingFollowUp, warnings: ["lesions[0].size_mm: 162 mm lies above the nomogram's axis"]),
                    row("N1", nil, .notEvaluable)]
        #expect(BatchOverview.agenda(rows).map { "\($0.group.title): " + $0.rows.map(\.patientId).joined(separator: ", ") } == [
            "Progression or new lesions: P1", "Not evaluable — re-read: N1", "Awaiting the first follow-up: A2, A1", "Responding or stable: R1",
        ])
        let template = try ReportTemplate.load(from: ReportTemplateTests.templatesRoot.appendingPathComponent("tumor-board"))
        let failure = BatchOverview.Failure(patientId: "BROKEN-1", name: "Broken, Case",
                                            message: "cases/p99.yaml:6: lesions[0].size_mm: -3 mm is not a size; expected a positive number of millimetres")
        let anonymous = BatchOverview.Failure(patientId: nil, name: nil, message: "cases/p98.yaml:1: the file is not valid YAML")
        let document = BatchOverview.compose(rows: rows, failures: [failure, anonymous], template: template, model: TumorBoardReportTests.report().score.model,
                                             generatedDate: CalendarDate(iso: "2026-11-26")!, toolVersion: "0.1.0")
        let doc = RecordingDocument()
        DocumentComposer.render(document, into: doc, measurer: RecordingCanvas())
        let text = doc.dump
        let headings = ["Progression or new lesions (1)", "Not evaluable — re-read (1)", "Awaiting the first follow-up (2)", "Responding or stable (1)"]
        let positions = headings.compactMap { text.range(of: "\"\($0)\"")?.lowerBound }
        #expect(positions.count == 4 && positions == positions.sorted(), "groups in agenda order")
        let a2 = try #require(text.range(of: "<b>A2</b>")), a1 = try #require(text.range(of: "<b>A1</b>"))
        #expect(a2.lowerBound < a1.lowerBound, "awaiting: highest P(NR) first")
        #expect(text.contains("\"Name A2\\n<b>A2</b>\\nborn 1960-01-02\""))
        #expect(text.contains("\"CT\u{A0}2025-01-10\\nTACE\u{A0}2025-01-15\""))
        #expect(text.contains("\"PR on 2025-03-20, week 9.3 after TACE\""))
        #expect(text.contains("\"▲ lesions[0].size_mm: 162 mm lies above the nomogram&#39;s axis\""))
        #expect(text.contains("\"•  <b>BROKEN-1</b> · Broken, Case — cases/p99.yaml:6: lesions[0].size_mm: -3 mm is not a size; expected a positive number of millimetres\""))
        #expect(text.contains("\"•  cases/p98.yaml:1: the file is not valid YAML\""))
    }

    @Test func aBrokenCaseStillYieldsItsPatientIDAndName() {
        let yaml = "patient:\n  id: BROKEN-1\n  name: \"Broken, Case\"\nlesions:\n  - id: L1\n    size_mm: -3\n"
        let result = CaseFileReader().read(data: Data(yaml.utf8), sourceName: "p99.yaml")
        #expect(result.cases.isEmpty)
        #expect(!result.errors.isEmpty)
        #expect(result.errors.allSatisfy { $0.patientId == "BROKEN-1" && $0.patientName == "Broken, Case" })
        // A file that cannot be parsed at all names nobody.
        let unreadable = CaseFileReader().read(data: Data("patient: [".utf8), sourceName: "p98.yaml")
        #expect(unreadable.errors.allSatisfy { $0.patientId == nil && $0.patientName == nil })
    }
}
