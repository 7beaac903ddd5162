import CaseReader
import ClinicalModel
import Foundation
import Testing

/// The optional fields that file a report with its CT study and name its clinicians.
@Suite("Chart identity fields: study UID, accession number, physicians")
struct ChartIdentityFieldTests {
    static let exam = "exam:\n  date: 2025-01-14"

    /// `minimal` with `lines` added under `exam:` (lines 5 onwards after the replacement).
    static func withExam(_ lines: String) -> String {
        CaseText.replacing("  date: 2025-01-14", with: "  date: 2025-01-14\n" + lines)
    }

    @Test func readsEveryField() throws {
        let text = Self.withExam("""
              study_instance_uid: 1.2.840.113619.2.55.3.2831164355.123.1736841600.1
              accession_number: "A2025-000123"
              referring_physician: "Müller, Anna"
            """).replacingOccurrences(of: "  id: P1", with: "  id: P1\n  responsible_clinician: \"Chen, Yu\"")
        let result = CaseText.read(text)
        #expect(result.errors.isEmpty, "\(result.errors)")
        let c = try #require(result.cases.first)
        #expect(c.exam?.studyInstanceUID?.value == "1.2.840.113619.2.55.3.2831164355.123.1736841600.1")
        #expect(c.exam?.accessionNumber == "A2025-000123")
        #expect(c.exam?.referringPhysician == "Müller, Anna")
        #expect(c.patient.responsibleClinician == "Chen, Yu")
    }

    @Test func fieldsAreOptional() throws {
        let c = try #require(CaseText.read(CaseText.minimal).cases.first)
        #expect(c.exam?.studyInstanceUID == nil && c.exam?.accessionNumber == nil && c.exam?.referringPhysician == nil)
        #expect(c.patient.responsibleClinician == nil)
    }

    static let badUIDs: [(String, String)] = [
        ("1.2.840.01.5", "the component \"01\" starts with a zero"),
        ("1.2..3", "it has an empty component (two dots in a row, or a dot at either end)"),
        ("1.2.3.", "it has an empty component (two dots in a row, or a dot at either end)"),
        ("1.2.3a", "it contains \"a\"; a UID holds only digits and dots"),
        ("\"1.2.\(String(repeating: "9", count: 63))\"", "it has 67 characters, more than the 64 DICOM allows"),
    ]

    @Test("a malformed study UID is an error with its reason and line", arguments: badUIDs)
    func badStudyUID(written: String, reason: String) throws {
        let result = CaseText.read(Self.withExam("  study_instance_uid: \(written)"))
        #expect(result.cases.isEmpty)
        let shown = written.trimmingCharacters(in: CharacterSet(charactersIn: "\""))
        #expect(result.errors.map(\.description) == [
            "p.yaml:5: exam.study_instance_uid: \"\(shown)\" is not a DICOM UID: \(reason); copy the Study Instance UID exactly as PACS shows it (digits and dots, e.g. 1.2.840.113619.2.55.3.2831164355.123)",
        ])
        #expect(result.errors.first?.kind == .invalidIdentifier)
    }

    @Test func accessionNumberLongerThanDICOMAllowsIsAnError() {
        let result = CaseText.read(Self.withExam("  accession_number: ACC-2025-0000012345"))
        #expect(result.errors.map(\.description) == [
            "p.yaml:5: exam.accession_number: \"ACC-2025-0000012345\" has 19 characters; an accession number has at most 16 (DICOM's limit), copy it from the RIS",
        ])
    }

    @Test func accessionNumberWithBackslashIsAnError() {
        let result = CaseText.read(Self.withExam("  accession_number: 'A1\\B2'"))
        #expect(result.errors.map(\.description) == [
            "p.yaml:5: exam.accession_number: an accession number cannot contain a backslash (DICOM uses it to separate values)",
        ])
    }

    @Test func misspelledKeySuggestsTheField() {
        let result = CaseText.read(Self.withExam("  accesion_number: A1"))
        #expect(result.errors.map(\.description) == ["p.yaml:5: exam.accesion_number: unknown key \"accesion_number\"; did you mean \"accession_number\"?"])
    }
}

@Suite("DICOM UID syntax")
struct DICOMUIDTests {
    @Test func acceptsValidUIDs() {
        for text in ["1.2.840.10008.5.1.4.1.1.104.1", "2.25.0", "0.1", "1.2.\(String(repeating: "9", count: 60))"] {
            #expect(DICOMUID(text)?.value == text, "\(text)")
        }
    }

    @Test func refusesInvalidUIDs() {
        for text in ["", "1.2.3 ", "-1.2", "1.02", ".1", "1.2.\(String(repeating: "9", count: 61))"] {
            #expect(DICOMUID(text) == nil, "\(text)")
        }
    }
}
