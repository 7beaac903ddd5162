import Foundation
import TestSupport
import Testing

/// Patient names in the scripts a tumour board meets print on every report and on the overview,
/// and extract exactly; what the bundled fonts cannot print is refused before anything is written.
@Suite(.serialized) struct NameScriptTests {
    typealias CLI = CommandLineRunner

    /// One name per script (and a few that mix scripts), with the ID its case gets.
    static let corpus: [(id: String, script: String, name: String)] = [
        ("SCR-01", "Simplified Chinese", "王丽"),
        ("SCR-02", "Traditional Chinese", "陳美麗"),
        ("SCR-03", "Japanese", "山田 花子 (やまだ はなこ)"),
        ("SCR-04", "Korean", "김민준"),
        ("SCR-05", "Arabic", "محمد عبد الله"),
        ("SCR-06", "Arabic", "عبد الرحمن بن ثابت"),
        ("SCR-07", "Hebrew", "דוד כהן"),
        ("SCR-08", "Cyrillic", "Иванов, Пётр Сергеевич"),
        ("SCR-09", "Greek", "Παπαδόπουλος, Γιώργος"),
        ("SCR-10", "Vietnamese", "Nguyễn Thị Hồng Đặng"),
        ("SCR-11", "Latin with diacritics", "Ólafsdóttir, Zoë Françoise"),
    ]

    /// A valid case for `name` (the published model's inputs only).
    static func caseFile(id: String, name: String) -> String {
        """
        schema_version: 1
        patient:
          id: "\(id)"
          name: "\(name)"
          birth_date: 1959-06-18
          sex: female
        exam:
          date: 2025-01-14
        lesions:
          - id: "L1"
            size_mm: 42.4
            arterial:
              nic_percent: 17.42
            perfusion:
              ps: 17.38

        """
    }

    /// What a reader gets from `pdftotext`: NFKC, without the directional marks poppler puts
    /// around right-to-left words (its own presentation, not part of the text).
    static func extractedText(_ pdf: URL, page: Int? = nil) throws -> String {
        let range = page.map { ["-f", "\($0)", "-l", "\($0)"] } ?? []
        let out = try CLI.tool("pdftotext", range + ["-enc", "UTF-8", pdf.path, "-"])
        #expect(out.status == 0, "pdftotext failed on \(pdf.lastPathComponent): \(out.stderr)")
        let marks: Set<Unicode.Scalar> = ["\u{202A}", "\u{202B}", "\u{202C}", "\u{202D}", "\u{202E}"]
        var text = ""
        text.unicodeScalars.append(contentsOf: out.stdout.unicodeScalars.filter { !marks.contains($0) })
        return text.precomposedStringWithCompatibilityMapping
    }

    /// The fraction of dark pixels (grey below 128) in `rect` (points, top-left origin) of page 1,
    /// rasterised by poppler at 100 dpi.
    static func inkCoverage(_ pdf: URL, in rect: (x: Double, y: Double, width: Double, height: Double)) throws -> Double {
        let scale = 100.0 / 72
        let dir = try makeTemporaryDirectory("ink")
        defer { try? FileManager.default.removeItem(at: dir) }
        let (pixels, _) = try Raster.page(pdf.path, dpi: 100, in: dir,
                                          crop: (Int(rect.x * scale), Int(rect.y * scale),
                                                 max(1, Int((rect.width * scale).rounded(.up))),
                                                 max(1, Int((rect.height * scale).rounded(.up)))))
        #expect(!pixels.isEmpty)
        return Double(pixels.count { $0 < 128 }) / Double(max(1, pixels.count))
    }

    /// `text` with every run of white space (line breaks included) as one space.
    static func singleSpaced(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// The box of the name in page 1's header (right half, top band): the words made only of the
    /// name's characters.
    static func boxOfName(_ name: String, in pdf: URL) throws -> (x: Double, y: Double, width: Double, height: Double)? {
        let characters = Set(name.precomposedStringWithCompatibilityMapping.filter { !" ,()·".contains($0) })
        let matching = try PageWord.words(of: pdf.path, page: 1).filter { word in
            let letters = word.text.precomposedStringWithCompatibilityMapping.filter { !" ,()·".contains($0) }
            return word.minY < 120 && word.minX > 280 && !letters.isEmpty && letters.allSatisfy(characters.contains)
        }
        guard let minX = matching.map(\.minX).min(), let minY = matching.map(\.minY).min(),
              let maxX = matching.map(\.maxX).max(), let maxY = matching.map(\.maxY).max() else { return nil }
        return (minX, minY, maxX - minX, maxY - minY)
    }

    @Test func everyScriptPrintsOnPageOneAndTheOverviewAndExtractsExactly() throws {
        let root = try makeTemporaryDirectory("names")
        defer { try? FileManager.default.removeItem(at: root) }
        let cases = root.appendingPathComponent("cases")
        try FileManager.default.createDirectory(at: cases, withIntermediateDirectories: true)
        for entry in Self.corpus {
            try Self.caseFile(id: entry.id, name: entry.name).write(to: cases.appendingPathComponent("\(entry.id).yaml"), atomically: true, encoding: .utf8)
        }
        let validate = try CLI.hccreport(["validate", cases.path])
        #expect(validate.status == 0, "\(validate.stdout)\(validate.stderr)")
        let out = root.appendingPathComponent("out")
        let render = try CLI.hccreport(["render", cases.path, "-o", out.path, "--date", "2026-01-01", "--institution", "Klinikum Süd · 南院"])
        #expect(render.status == 0, "\(render.stderr)")

        let overview = try Self.extractedText(out.appendingPathComponent("overview.pdf"))
        for entry in Self.corpus {
            let expected = entry.name.precomposedStringWithCompatibilityMapping
            let pdf = out.appendingPathComponent("\(entry.id).pdf")
            let pageOne = try Self.extractedText(pdf, page: 1)
            #expect(pageOne.contains(expected), "\(entry.script): page 1 does not read \"\(entry.name)\"")
            #expect(pageOne.contains("ID \(entry.id)"), "\(entry.script): no ID on page 1")
            // The overview's patient column is narrow: a long name wraps at a space.
            #expect(Self.singleSpaced(overview).contains(expected), "\(entry.script): the overview does not read \"\(entry.name)\"")
            // Ink where the name is: glyphs were drawn, not blanks (.notdef has no place on a page).
            let box = try #require(try Self.boxOfName(entry.name, in: pdf), "\(entry.script): no words of the name on page 1")
            #expect(try Self.inkCoverage(pdf, in: box) > 0.05, "\(entry.script): no ink where the name is")
            // Every embedded font is a bundled one.
            let fonts = try CLI.tool("pdffonts", [pdf.path]).stdout.split(separator: "\n").dropFirst(2)
            for row in fonts {
                let name = row.split(separator: " ").first.map { $0.split(separator: "+").last.map(String.init) ?? "" } ?? ""
                #expect(Self.bundledFaces.contains { name.hasPrefix($0) }, "\(entry.script): unexpected font \(row)")
            }
            // A CJK, Arabic or Hebrew name keeps a report small.
            let size = try #require(try FileManager.default.attributesOfItem(atPath: pdf.path)[.size] as? Int)
            #expect(size <= 150_000, "\(entry.script): \(size) bytes")
        }
        let institution = try Self.extractedText(out.appendingPathComponent("SCR-01.pdf"), page: 1)
        #expect(institution.contains("Klinikum Süd · 南院"))
    }

    static let bundledFaces = ["NotoSans-", "NotoSansMono-", "NotoSansArabic-", "NotoSansHebrew-", "DroidSansFallback", "NanumGothic"]

    @Test func aRightToLeftNameDoesNotTurnTheHeaderAround() throws {
        let root = try makeTemporaryDirectory("rtl-header")
        defer { try? FileManager.default.removeItem(at: root) }
        try Self.caseFile(id: "42", name: "محمد عبد الله").write(to: root.appendingPathComponent("p.yaml"), atomically: true, encoding: .utf8)
        let render = try CLI.hccreport(["render", "p.yaml", "-o", "out", "--date", "2026-01-01"], in: root)
        #expect(render.status == 0, "\(render.stderr)")
        let pdf = root.appendingPathComponent("out/42.pdf")
        // Read left to right on the page: the whole name, then "· ID 42".
        let words = try PageWord.words(of: pdf.path, page: 1).filter { $0.minY < 120 }
        let arabic = words.filter { $0.text.unicodeScalars.allSatisfy { (0x0600...0x06FF).contains($0.value) } }
        #expect(arabic.count >= 4)
        let id = try #require(words.first { $0.text == "ID" })
        let nameEnd = try #require(arabic.map(\.maxX).max())
        #expect(nameEnd < id.minX)
        // Poppler puts the neutral "·" before the right-to-left name when it extracts; the name
        // itself reads as typed.
        let text = try Self.extractedText(pdf, page: 1)
        #expect(text.contains("محمد عبد الله"))
        #expect(text.contains("ID 42"))
    }

    @Test func whatNoBundledFontCanPrintIsRefusedNamingTheCharacter() throws {
        let root = try makeTemporaryDirectory("unprintable")
        defer { try? FileManager.default.removeItem(at: root) }
        try Self.caseFile(id: "EMOJI-1", name: "Anna 😀 Smith").write(to: root.appendingPathComponent("emoji.yaml"), atomically: true, encoding: .utf8)
        try Self.caseFile(id: "OK-1", name: "Anna Smith").write(to: root.appendingPathComponent("ok.yaml"), atomically: true, encoding: .utf8)
        let sentence = "patient.name: the character \"😀\" (U+1F600 GRINNING FACE) is in none of the report's fonts, so it would be missing from the printed report; write it with other characters (for a name, as in the passport) or remove it"

        let validate = try CLI.hccreport(["validate", "."], in: root)
        #expect(validate.status == 1)
        #expect(validate.stdout == "emoji.yaml:4: \(sentence)\n")

        let render = try CLI.hccreport(["render", ".", "-o", "out", "--date", "2026-01-01"], in: root)
        #expect(render.status == 1)
        #expect(render.stderr.contains("emoji.yaml:4: \(sentence)"))
        let written = try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("out").path).sorted()
        #expect(written == ["OK-1.pdf", "errors.json", "overview.pdf", "summary.csv", "summary.json"])
        // The overview lists the refused case, quoting the character by its code point.
        let overview = try Self.extractedText(root.appendingPathComponent("out/overview.pdf"))
        #expect(overview.contains("[U+1F600]"))

        // An identifier and an institution are refused the same way.
        try Self.caseFile(id: "P-🙂", name: "Anna Smith").write(to: root.appendingPathComponent("ok.yaml"), atomically: true, encoding: .utf8)
        let id = try CLI.hccreport(["validate", "ok.yaml"], in: root)
        #expect(id.status == 1)
        #expect(id.stdout.hasPrefix("ok.yaml:3: patient.id: the character \"🙂\" (U+1F642 SLIGHTLY SMILING FACE) is in none of the report's fonts"))
        let institution = try CLI.hccreport(["render", "emoji.yaml", "-o", "out2", "--institution", "Clinic ✨"], in: root)
        #expect(institution.status == 2)
        #expect(institution.stderr == "error: The institution \"Clinic ✨\" contains the character \"✨\" (U+2728 SPARKLES), which none of the report's fonts can print; write it with other characters.\n")
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("out2/EMOJI-1.pdf").path))
    }
}
