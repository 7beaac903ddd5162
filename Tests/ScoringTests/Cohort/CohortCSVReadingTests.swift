import Formatting
import Foundation
import Testing
@testable import Scoring

@Suite struct CohortCSVReadingTests {
    static let header = "lesion_id,outcome,size_mm,nic_ap_percent,ps_ml_min_100g"
    /// Two lesions per group, lines 2–5 after the header.
    static let validRows = ["a1,CR,20,10,12", "a2,PR,30,15,20", "b1,SD,50,30,40", "b2,PD,70,35,45"]

    static func csv(_ rows: [String], header: String = header) -> String {
        ([header] + rows).joined(separator: "\n") + "\n"
    }

    static func problems(_ text: String, options: ReferenceCohort.CSVOptions = .init()) -> [String] {
        do {
            _ = try ReferenceCohort(csvText: text, path: "cohort.csv", options: options)
            return []
        } catch let ReferenceCohortError.invalidCSV(problems, _) {
            return problems.map(\.description)
        } catch {
            return ["unexpected: \(error)"]
        }
    }

    @Test func readsLesionsOutcomesAndPredictors() throws {
        let cohort = try ReferenceCohort(csvText: Self.csv(Self.validRows), path: "cohort.csv")
        #expect(cohort.provenance == .file(path: "cohort.csv"))
        #expect(!cohort.isSynthetic)
        #expect(cohort.label == "Reference cohort: cohort.csv (4 lesions: 2 ObR, 2 NR)")
        #expect(cohort.lesions.first == CohortLesion(id: "a1", label: .completeResponse, sizeMm: 20, nicApPercent: 10, psMlMin100g: 12))
        #expect(cohort.lesions.map(\.outcome) == [.objectiveResponse, .objectiveResponse, .nonResponse, .nonResponse])
    }

    @Test(arguments: [
        ("CR", CohortLesion.ResponseLabel.completeResponse, CohortLesion.Outcome.objectiveResponse),
        ("pr", .partialResponse, .objectiveResponse),
        ("ObR", .objectiveResponse, .objectiveResponse),
        (" OBR ", .objectiveResponse, .objectiveResponse),
        ("sd", .stableDisease, .nonResponse),
        ("Pd", .progressiveDisease, .nonResponse),
        ("nr", .nonResponse, .nonResponse),
    ])
    func mapsOutcomeLabels(text: String, label: CohortLesion.ResponseLabel, outcome: CohortLesion.Outcome) throws {
        let parsed = try #require(CohortLesion.ResponseLabel(recorded: text))
        #expect(parsed == label)
        #expect(parsed.outcome == outcome)
        #expect(outcome.isPositive == (outcome == .nonResponse))
    }

    @Test func quotedCommasCRLFAndBOM() throws {
        let text = "\u{FEFF}" + Self.header + ",note\r\n"
            + "\"a,1\",ObR,20,10,12,\"said \"\"fine\"\", ok\"\r\n"
            + "a2,ObR,\"30.5\",15,20,\r\nb1,NR,50,30,40,x\r\nb2,NR,70,35,45,y"
        let cohort = try ReferenceCohort(csvText: text, path: "cohort.csv")
        #expect(cohort.lesions.map(\.id) == ["a,1", "a2", "b1", "b2"])
        #expect(cohort.lesions[1].sizeMm == 30.5)
        #expect(cohort.extraColumns.isEmpty, "a text column is not kept as a numeric extra")
    }

    @Test func keepsNumericExtraColumnsAndAnyColumnOrder() throws {
        let text = Self.csv(["NR,b1,40,50,30,9.1,", "NR,b2,45,70,35,9.3,8", "ObR,a1,12,20,10,8.8,7", "ObR,a2,20,30,15,8.7,7.5"],
                            header: "outcome,Lesion_ID,ps_ml_min_100g,SIZE_MM,nic_ap_percent,zeff_ap,ic_ap")
        let cohort = try ReferenceCohort(csvText: text, path: "cohort.csv")
        #expect(cohort.extraColumns == ["zeff_ap", "ic_ap"])
        #expect(cohort.lesions[0] == CohortLesion(id: "b1", label: .nonResponse, sizeMm: 50, nicApPercent: 30, psMlMin100g: 40,
                                                  extras: ["zeff_ap": 9.1]))
        #expect(cohort.lesions[1].value(named: "ic_ap") == 8)
        #expect(cohort.lesions[1].value(named: "size_mm") == 70)
    }

    @Test(arguments: [
        ("z9,CR,20,n/a,12", "cohort.csv:2: nic_ap_percent: expected a number, found \"n/a\""),
        ("z9,CR,20,10,12,5", "cohort.csv:2: expected 5 fields as in the header, found 6"),
        ("z9,CR,20,10", "cohort.csv:2: expected 5 fields as in the header, found 4"),
        ("z9,CR,\"20,5\",10,12", "cohort.csv:2: size_mm: expected a number with a decimal point, found \"20,5\""),
        ("z9,CR,-3,10,12", "cohort.csv:2: size_mm: expected a value of 0 or more, found \"-3\""),
        ("z9,CR,20,10,nan", "cohort.csv:2: ps_ml_min_100g: expected a number, found \"nan\""),
        ("z9,CR,0x14,10,12", "cohort.csv:2: size_mm: expected a number, found \"0x14\""),
        ("z9,partial,20,10,12", "cohort.csv:2: outcome: expected one of ObR, NR, CR, PR, SD, PD, found \"partial\""),
        ("z9,CR,20,,12", "cohort.csv:2: nic_ap_percent: missing value (empty field)"),
        (",CR,20,10,12", "cohort.csv:2: lesion_id: missing value (empty field)"),
        ("a2,CR,20,10,12", "cohort.csv:4: lesion_id: \"a2\" is already used on line 2"),
    ])
    func badRowIsOneProblemWithLineAndColumn(row: String, expected: String) {
        // The bad row is line 2; the valid rows follow on lines 3–6 (a duplicate is reported where it recurs).
        #expect(Self.problems(Self.csv([row] + Self.validRows)) == [expected])
    }

    @Test func collectsEveryBadRowInOrder() {
        let text = Self.csv(Self.validRows + ["c1,NR,1e2,x,", "c2,maybe,5,5,5"])
        #expect(Self.problems(text) == [
            "cohort.csv:6: nic_ap_percent: expected a number, found \"x\"",
            "cohort.csv:6: ps_ml_min_100g: missing value (empty field)",
            "cohort.csv:7: outcome: expected one of ObR, NR, CR, PR, SD, PD, found \"maybe\"",
        ])
    }

    @Test func capsTheListAndCountsTheRest() throws {
        let bad = (1...30).map { "x\($0),NR,1,bad,1" }
        let error = try #require(throws: ReferenceCohortError.self) {
            try ReferenceCohort(csvText: Self.csv(Self.validRows + bad), path: "cohort.csv",
                                options: .init(maximumReportedProblems: 5))
        }
        guard case let .invalidCSV(problems, unreported) = error else {
            Issue.record("unexpected \(error)")
            return
        }
        #expect(problems.count == 5)
        #expect(unreported == 25)
        #expect(error.description.hasSuffix("\n… and 25 more problems not shown."))
    }

    @Test func missingValuesCanOmitTheLesionInstead() throws {
        let text = Self.csv(Self.validRows + ["c1,NR,60,,"])
        let cohort = try ReferenceCohort(csvText: text, path: "cohort.csv", options: .init(missingValues: .omitLesion))
        #expect(cohort.lesions.count == 4)
        #expect(cohort.omissions == [.init(line: 6, lesionId: "c1", reason: "nic_ap_percent, ps_ml_min_100g are missing")])
        #expect(cohort.omissions[0].description == "lesion c1 (line 6) left out: nic_ap_percent, ps_ml_min_100g are missing")
    }

    @Test func missingColumnsNameWhatWasFound() {
        let text = Self.csv(Self.validRows, header: "lesion_id,outcome,size_mm,nic,ps")
        #expect(Self.problems(text) == [
            "cohort.csv:1: missing required columns nic_ap_percent, ps_ml_min_100g; "
                + "the header has \"lesion_id\", \"outcome\", \"size_mm\", \"nic\", \"ps\"",
        ])
    }

    @Test func duplicateHeaderColumnIsAnError() {
        let text = Self.csv(Self.validRows.map { $0 + ",1" }, header: Self.header + ",Size_mm")
        #expect(Self.problems(text) == ["cohort.csv:1: column \"Size_mm\" appears more than once in the header"])
    }

    @Test func emptyFileSaysWhatHeaderIsExpected() {
        #expect(Self.problems("\n\n") == [
            "cohort.csv: the file is empty; expected a header line lesion_id,outcome,size_mm,nic_ap_percent,ps_ml_min_100g",
        ])
    }

    @Test func syntaxProblemsCarryTheirLine() {
        let text = Self.csv(Self.validRows + ["c1,NR,5\"0,1,1", "c2,NR,\"5"])
        #expect(Self.problems(text) == [
            "cohort.csv:6: a double quote inside an unquoted field; enclose the field in double quotes and double the inner quote (\"\")",
            "cohort.csv:7: a quoted field starts on this line but its closing quote is missing",
        ])
    }

    @Test func needsTwoLesionsPerGroup() {
        let text = Self.csv(["a1,CR,20,10,12", "a2,PR,30,15,20", "b1,SD,50,30,40"])
        #expect(throws: ReferenceCohortError.tooFewLesions(source: "cohort.csv", objectiveResponses: 2, nonResponses: 1, minimumPerGroup: 2)) {
            try ReferenceCohort(csvText: text, path: "cohort.csv")
        }
        #expect(ReferenceCohortError.tooFewLesions(source: "cohort.csv", objectiveResponses: 2, nonResponses: 1, minimumPerGroup: 2).description
            == "cohort.csv: a reference cohort needs at least 2 lesions in each outcome group; found 2 ObR (CR/PR) and 1 NR (SD/PD).")
    }

    /// Values are written exactly (`PlainDecimal.exactText`), a whole number without ".0" (12, not 12.0).
    @Test func writesWhatItReadsBack() throws {
        let lesions = [
            CohortLesion(id: "q\"1,x", label: .completeResponse, sizeMm: 20.125, nicApPercent: 0.1, psMlMin100g: 12, extras: ["ic": 1.5]),
            CohortLesion(id: "a2", label: .objectiveResponse, sizeMm: 30, nicApPercent: 15, psMlMin100g: 20),
            CohortLesion(id: "b1", label: .stableDisease, sizeMm: 50, nicApPercent: 30, psMlMin100g: 40, extras: ["ic": 3]),
            CohortLesion(id: "b2", label: .nonResponse, sizeMm: 70, nicApPercent: 35, psMlMin100g: 1e-3),
        ]
        let cohort = try ReferenceCohort(lesions: lesions, provenance: .caseFolder(path: "cases/"))
        #expect(cohort.label == "Reference cohort: cases/ (4 lesions: 2 ObR, 2 NR)")
        let text = cohort.csvText()
        #expect(text.hasPrefix("lesion_id,outcome,size_mm,nic_ap_percent,ps_ml_min_100g,ic\n\"q\"\"1,x\",CR,20.125,0.1,12,1.5\n"))
        let reread = try ReferenceCohort(csvText: text, path: "x.csv")
        #expect(reread.lesions == lesions)
        #expect(reread.extraColumns == ["ic"])
    }

    /// Written values round as printed ones do (half up from the shortest decimal, `FixedDecimal.plain`):
    /// 1033 × 0.015 = 15.495 (binary 15.494999…) is written 15.50.
    @Test func writtenDecimalsRoundLikePrintedOnes() throws {
        let lesions = [CohortLesion(id: "a", label: .nonResponse, sizeMm: 1033 * 0.015, nicApPercent: 33.4, psMlMin100g: 0.005),
                       CohortLesion(id: "b", label: .nonResponse, sizeMm: 2, nicApPercent: 3, psMlMin100g: 4),
                       CohortLesion(id: "c", label: .objectiveResponse, sizeMm: 2, nicApPercent: 3, psMlMin100g: 4),
                       CohortLesion(id: "d", label: .objectiveResponse, sizeMm: 2, nicApPercent: 3, psMlMin100g: 4)]
        let text = try ReferenceCohort(lesions: lesions, provenance: .file(path: "x.csv")).csvText(decimals: 2)
        #expect(text.split(separator: "\n")[1] == "a,NR,15.50,33.40,0.01")
    }

    @Test func unreadableFileIsASentence() {
        #expect(throws: ReferenceCohortError.unreadableFile(path: "/nonexistent/cohort.csv", reason: "there is no such file")) {
            try ReferenceCohort(contentsOfCSVFile: "/nonexistent/cohort.csv")
        }
        let folder = FileManager.default.temporaryDirectory.path
        #expect(throws: ReferenceCohortError.unreadableFile(path: folder, reason: "it is a folder, not a CSV file")) {
            try ReferenceCohort(contentsOfCSVFile: folder)
        }
        let error = ReferenceCohortError.unreadableFile(path: "c.csv", reason: "it is not UTF-8 text")
        #expect(error.description == "c.csv: the reference cohort file cannot be read (it is not UTF-8 text).")
    }

    @Test func readsTheCommittedExampleFile() throws {
        let cohort = try ReferenceCohort(contentsOfCSVFile: SyntheticCohortTests.committedCSV.path)
        #expect(cohort.count(.objectiveResponse) == 71 && cohort.count(.nonResponse) == 54)
        #expect(cohort.provenance == .file(path: SyntheticCohortTests.committedCSV.path))
    }
}
