import Foundation
import TestSupport
import Testing

/// The hostile corpus in `Fixtures/Hostile` (made by `make_hostile.py`), run through the built
/// binary: every file is either read or refused with one exact sentence, nothing hangs, and a
/// report is always written inside the output folder under a safe name.
@Suite(.serialized) struct HostileInputTests {
    typealias CLI = CommandLineRunner
    static let folder = PackagePaths.root.appendingPathComponent("Tests/CLITests/Fixtures/Hostile")

    /// `validate FILE` (run in the corpus folder): exit status and the exact lines on standard output.
    @Test(arguments: [
        ("alias-bomb.yaml", 1, ["alias-bomb.yaml:3: the file uses more than 16 YAML aliases (*name); write the values out instead of referring to anchors"]),
        ("deep-nesting.yaml", 1, ["deep-nesting.yaml:1: the file is nested more than 32 levels deep; a case file needs far fewer"]),
        ("deep-nesting.json", 1, ["deep-nesting.json:1: the file is nested more than 32 levels deep; a case file needs far fewer"]),
        ("binary-garbage.yaml", 1, ["binary-garbage.yaml:3: the file contains a NUL byte; it is probably not a text file"]),
        ("invalid-utf8.yaml", 1, ["invalid-utf8.yaml:6: the file is not valid UTF-8 text (for example saved as Latin-1 or Windows-1252); save it as UTF-8"]),
        ("utf8-bom.yaml", 0, []),
        ("utf16-bom.yaml", 1, ["utf16-bom.yaml:1: the file is saved as UTF-16; save it as UTF-8 text"]),
        ("non-finite.yaml", 1, [
            "non-finite.yaml:9: patient.weight_kg: expected a number in kg, found -.inf (infinite)",
            "non-finite.yaml:55: lesions[0].size_mm: expected a number in mm, found .nan (not a number)",
            "non-finite.yaml:61: lesions[0].arterial.nic_percent: expected a number in percent, found 1e400 (too large to be a measurement)",
            "non-finite.yaml:70: lesions[0].perfusion.ps: expected a number in mL/min/100 g, found Infinity (infinite)",
        ]),
        ("duplicate-keys.yaml", 1, ["duplicate-keys.yaml:71: the key \"ps\" appears twice in the same group (lines 70 and 71); keep one"]),
        ("duplicate-keys.json", 1, ["duplicate-keys.json:1: patient.id: the key \"id\" appears twice in the same group (lines 1 and 1); keep one"]),
        ("id-traversal.yaml", 0, []),
        ("id-slashes.yaml", 0, []),
        ("nul-byte.yaml", 1, ["nul-byte.yaml:6: the file contains a NUL byte; it is probably not a text file"]),
        ("nul-escaped.json", 1, [
            "nul-escaped.json:4: patient.id: the text contains the control character U+0000, which cannot be printed and would hide what follows it; remove it",
            "nul-escaped.json:5: patient.name: the text contains the control character U+0000, which cannot be printed and would hide what follows it; remove it",
        ]),
        ("rtl-cjk.yaml", 0, []),
        ("bidi-override.yaml", 1, ["bidi-override.yaml:5: patient.id: the text contains the bidirectional control character U+202E, which can make the printed text read differently from what was entered; remove it"]),
        ("empty.yaml", 1, ["empty.yaml: the file is empty (or holds only comments); expected a patient with at least patient.id and lesions"]),
        ("empty-list.yaml", 1, ["empty-list.yaml:1: the file holds an empty list; expected at least one patient"]),
        ("empty-list.json", 1, ["empty-list.json:1: the file holds an empty list; expected at least one patient"]),
    ])
    func validateGivesTheExactOutcome(file: String, status: Int32, lines: [String]) throws {
        let out = try CLI.hccreport(["validate", file], in: Self.folder)
        #expect(out.status == status, "\(file): \(out.stderr)")
        #expect(out.stdout.split(separator: "\n").map(String.init) == lines)
        let valid = status == 0 ? 1 : 0
        #expect(out.stderr == "\(valid) valid case\(valid == 1 ? "" : "s"), \(1 - valid) with errors, in 1 file.\n")
    }

    @Test func a100MBFileIsRefusedBeforeItIsRead() throws {
        let dir = try makeTemporaryDirectory("hostile-100mb")
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("huge.yaml")
        #expect(FileManager.default.createFile(atPath: file.path, contents: Data("schema_version: 1\n".utf8)))
        // A sparse file: 100 MiB long, but only its first block is stored, so the test writes almost nothing.
        let handle = try FileHandle(forWritingTo: file)
        try handle.truncate(atOffset: 18 + (100 << 20))
        try handle.close()
        let size = try #require(try FileManager.default.attributesOfItem(atPath: file.path)[.size] as? Int)
        #expect(size == 18 + (100 << 20))
        let out = try CLI.hccreport(["validate", "huge.yaml"], in: dir)
        #expect(out.status == 1)
        #expect(out.stdout == "huge.yaml: the file is 100 MiB, larger than the 2 MiB limit for a case file; is it really a case file?\n")
    }

    /// Patient IDs with `../`, slashes, backslashes, RTL and CJK text: reports land inside the
    /// folder under sanitised names, render completely, and are identical for --jobs 1, 2 and 4.
    @Test func hostileIDsAreWrittenInsideTheFolderUnderSafeNames() throws {
        let root = try makeTemporaryDirectory("hostile-ids")
        defer { try? FileManager.default.removeItem(at: root) }
        let inputs = ["id-traversal.yaml", "id-slashes.yaml", "rtl-cjk.yaml", "utf8-bom.yaml"].map { Self.folder.appendingPathComponent($0).path }
        var outputs: [Int: [String: Data]] = [:]
        for jobs in [1, 2, 4] {
            let dir = root.appendingPathComponent("out-\(jobs)")
            let out = try CLI.hccreport(["render"] + inputs + ["-o", dir.path, "--date", "2025-06-30", "--jobs", "\(jobs)"])
            #expect(out.status == 0, "\(out.stderr)")
            let names = try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted()
            // Changed IDs get the first 8 hex digits of their SHA-256 (values from Python's hashlib.sha256).
            #expect(names == ["HCC-2025-0001.pdf", "abs_a_b_c_d-27f6265c.pdf", "errors.json", "etc_passwd-3754d6cb.pdf", "overview.pdf",
                              "patient-9b000888.pdf", "summary.csv", "summary.json"])
            var files: [String: Data] = [:]
            for name in names where name.hasSuffix(".pdf") {
                files[name] = try Data(contentsOf: dir.appendingPathComponent(name))
            }
            outputs[jobs] = files
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.path).sorted() == ["out-1", "out-2", "out-4"])
        #expect(outputs[1] == outputs[2])
        #expect(outputs[1] == outputs[4])
        let dir = root.appendingPathComponent("out-1")
        for (name, id) in [("etc_passwd-3754d6cb.pdf", "../../etc/passwd"), ("abs_a_b_c_d-27f6265c.pdf", "/abs/a\\b/c:d")] {
            let text = try CLI.tool("pdftotext", ["-enc", "UTF-8", dir.appendingPathComponent(name).path, "-"]).stdout
            #expect(text.contains("ID \(id)"), "\(name) does not print the ID as written")
        }
        // Arabic, Hebrew, CJK and Hangul in one ID and name print with the bundled fallback fonts
        // (as many pages as the same case with a Latin ID); the name extracts as typed.
        func pages(_ name: String) throws -> [Substring] {
            try CLI.tool("pdfinfo", [dir.appendingPathComponent(name).path]).stdout.split(separator: "\n").filter { $0.hasPrefix("Pages:") }
        }
        #expect(try pages("patient-9b000888.pdf") == pages("HCC-2025-0001.pdf"))
        #expect(try pages("patient-9b000888.pdf").count == 1)
        let mixed = dir.appendingPathComponent("patient-9b000888.pdf")
        let fonts = try CLI.tool("pdffonts", [mixed.path]).stdout
        for row in fonts.split(separator: "\n").dropFirst(2) {
            #expect(NameScriptTests.bundledFaces.contains { row.contains("+" + $0) }, "unexpected font \(row)")
        }
        let text = try NameScriptTests.extractedText(mixed, page: 1)
        #expect(text.contains("עברית, 王小明 (おう しょうめい), 김민수".precomposedStringWithCompatibilityMapping))
        // Poppler reorders an Arabic word followed by Arabic-Indic digits by its own rules
        // ("٤٢- مريض"); the content stream holds the ID in reading order, as mupdf reads it.
        let mupdf = try CLI.tool("mutool", ["draw", "-F", "txt", "-o", "-", mixed.path, "1"]).stdout
        #expect(mupdf.contains("ID مريض-٤٢ 王小明"))
    }

    @Test func aCohortCSVWithQuotedCommasAndMissingValuesListsEachMissingValue() throws {
        let dir = try makeTemporaryDirectory("hostile-cohort")
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = try CLI.hccreport(["render", "utf8-bom.yaml", "--cohort", "cohort-quoted-missing.csv", "-o", dir.path], in: Self.folder)
        #expect(out.status == 2)
        // Rows 2 and 3 hold quoted commas and doubled quotes and parse; rows 4–6 each miss a value.
        #expect(out.stderr == """
            error: cohort-quoted-missing.csv:4: size_mm: missing value (empty field)
            cohort-quoted-missing.csv:5: ps_ml_min_100g: missing value (empty field)
            cohort-quoted-missing.csv:6: outcome: missing value (empty field)

            """)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == [])
    }
}

/// The hostile workbooks (made by `make_hostile_workbooks.py`): each is refused with one sentence,
/// within the limits (a part unpacks to at most 64 MiB and to no more than it declares, a sheet is
/// read to row 65,536 at most).
@Suite struct HostileWorkbookTests {
    typealias CLI = CommandLineRunner

    @Test(arguments: [
        ("zip-bomb.xlsx", "zip-bomb.xlsx: the workbook's part xl/worksheets/sheet1.xml cannot be unpacked: it unpacks to more than the 1024 bytes it declares (a zip bomb, or a damaged file); save the workbook again from the spreadsheet program"),
        ("shared-strings-1gb.xlsx", "shared-strings-1gb.xlsx: the workbook's part xl/sharedStrings.xml unpacks to 1 GiB, more than the 64 MiB limit for one part; a coordinator's workbook is far smaller (is it a zip bomb?)"),
        ("entity-expansion.xlsx", "entity-expansion.xlsx: the workbook's part xl/sharedStrings.xml declares a document type (<!DOCTYPE or <!ENTITY), which no spreadsheet program writes; it is refused to protect the reader (XML entity expansion)"),
        ("million-empty-rows.xlsx", "million-empty-rows.xlsx: the sheet \"lesions\" goes on beyond row 65536 (to row 65537 at least), the limit for a sheet; delete the empty or extra rows below the table"),
    ])
    func aHostileWorkbookIsRefusedWithOneSentence(file: String, line: String) throws {
        let out = try CLI.hccreport(["validate", file], in: HostileInputTests.folder)
        #expect(out.status == 1)
        #expect(out.stdout == line + "\n")
        #expect(out.stderr == "0 valid cases, 1 with errors, in 1 file.\n")
    }
}
