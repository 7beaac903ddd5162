import Foundation
import TestSupport
import Testing

/// `render --dicom --fhir` end to end on the example batch: every DICOM file judged by dcmdump,
/// dciodvfy and pydicom, every FHIR file by fhir.resources, against the PDF beside it; a patient whose
/// name DICOM cannot carry keeps its PDF and FHIR file and gets one sentence in errors.json; reruns
/// are byte-identical; a changed report supersedes the earlier one.
@Suite(.serialized) struct ChartDocumentsTests {
    typealias CLI = CommandLineRunner
    static let date = "2025-06-30"
    static let issuer = "urn:oid:2.16.840.1.113883.19.5"

    static let batch: Result<(URL, ProcessOutput), Error> = Result {
        let dir = try makeTemporaryDirectory("chart-render")
        let out = try CLI.hccreport(["render", CLI.examples, "-o", dir.path, "--date", date, "--jobs", "2", "--dicom", "--fhir",
                                     "--patient-id-issuer", issuer])
        return (dir, out)
    }

    func files(_ dir: URL, _ suffix: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(suffix) }.sorted()
    }

    @Test func everyDocumentPassesTheValidatorsAndWrapsItsPDF() throws {
        let (dir, out) = try Self.batch.get()
        #expect(out.status == 1, "one patient's DICOM file is refused: \(out.stderr)")
        #expect(!out.stderr.contains("warning: no issuer"))
        let pdfs = try files(dir, ".pdf").filter { $0.hasPrefix("HCC-") }
        #expect(pdfs.count == 16)
        #expect(try files(dir, ".fhir.json").count == 16)
        #expect(try files(dir, ".dcm").count == 15)
        #expect(try !FileManager.default.contentsOfDirectory(atPath: dir.path).contains { $0.contains(".partial-") })
        var studies: Set<String> = [], series: Set<String> = []
        for dcm in try files(dir, ".dcm") {
            let base = String(dcm.dropLast(4))
            let read = try ChartValidators.judgeDICOM(dir.appendingPathComponent(dcm).path, pdf: dir.appendingPathComponent(base + ".pdf").path)
            #expect(read["pdf_identical"] as? Bool == true, "\(dcm)")
            #expect(read["patient_id"] as? String == base)
            #expect(read["issuer"] as? String == Self.issuer)
            #expect(read["instance_number"] as? Int == 1)
            #expect(read["content_date"] as? String == "20250630")
            #expect(read["verification"] as? String == "UNVERIFIED")
            studies.insert(read["study"] as? String ?? "")
            series.insert(read["series"] as? String ?? "")
        }
        #expect(studies.count == 15 && series.count == 15, "each patient's exam has its own study and document series")
        for json in try files(dir, ".fhir.json") {
            let base = String(json.dropLast(".fhir.json".count))
            let read = try ChartValidators.judgeFHIR(dir.appendingPathComponent(json).path, pdf: dir.appendingPathComponent(base + ".pdf").path)
            #expect(read["subject_system"] as? String == Self.issuer)
            #expect(read["subject_value"] as? String == base)
            #expect(read["docStatus"] as? String == "preliminary")
        }
    }

    @Test func aNameDICOMCannotCarryIsRefusedWithOneSentenceAndNothingElseIsLost() throws {
        let (dir, _) = try Self.batch.get()
        let errors = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: dir.appendingPathComponent("errors.json"))) as? [[String: String]])
        #expect(errors.map { $0["message"] ?? "" } == [
            "Examples/cases/p11-long-name-diacritics.yaml: no DICOM file was written for patient HCC-2025-0011 (its PDF was): patient.name cannot be written into DICOM: it takes 69 bytes in UTF-8, more than the 64 that DICOM validators (dciodvfy) and many PACS accept here",
        ])
        for file in ["HCC-2025-0011.pdf", "HCC-2025-0011.fhir.json"] {
            #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent(file).path), "\(file) missing")
        }
        let summary = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: dir.appendingPathComponent("summary.json"))) as? [[String: Any]])
        #expect(summary.count == 16, "the patient is still reported")
    }

    @Test func aRerunWritesTheSameBytesAndAnotherFolderToo() throws {
        let (dir, _) = try Self.batch.get()
        let again = try makeTemporaryDirectory("chart-rerun")
        defer { try? FileManager.default.removeItem(at: again) }
        for target in [dir, again] {
            let out = try CLI.hccreport(["render", CLI.examples + "/p01-figure2-65y-obr.yaml", "-o", target.path, "--date", Self.date,
                                         "--jobs", "1", "--dicom", "--fhir", "--patient-id-issuer", Self.issuer])
            #expect(out.status == 0, "\(out.stderr)")
        }
        for file in ["HCC-2025-0001.dcm", "HCC-2025-0001.fhir.json"] {
            let first = try Data(contentsOf: dir.appendingPathComponent(file))
            #expect(first == (try Data(contentsOf: again.appendingPathComponent(file))), "\(file) differs")
        }
    }

    @Test func aChangedReportSupersedesTheEarlierOne() throws {
        let dir = try makeTemporaryDirectory("chart-revision")
        defer { try? FileManager.default.removeItem(at: dir) }
        let source = URL(fileURLWithPath: CLI.examples + "/p01-figure2-65y-obr.yaml")
        let caseFile = dir.appendingPathComponent("case.yaml")
        let original = try String(contentsOf: source, encoding: .utf8)
        try original.write(to: caseFile, atomically: true, encoding: .utf8)
        let out = dir.appendingPathComponent("out")
        let arguments = ["render", caseFile.path, "-o", out.path, "--date", Self.date, "--dicom", "--fhir-bundle"]
        let first = try CLI.hccreport(arguments)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stderr.components(separatedBy: "warning: no issuer of the patient IDs is set").count == 2, "warned once: \(first.stderr)")
        let pdf = out.appendingPathComponent("HCC-2025-0001.pdf").path
        let dcm = out.appendingPathComponent("HCC-2025-0001.dcm").path, json = out.appendingPathComponent("HCC-2025-0001.fhir.json").path
        let before = try ChartValidators.judgeDICOM(dcm, pdf: pdf)
        let beforeFHIR = try ChartValidators.judgeFHIR(json, pdf: pdf)
        #expect(before["issuer"] is NSNull && beforeFHIR["subject_system"] is NSNull)
        #expect(beforeFHIR["types"] as? [String] == ["DocumentReference", "DiagnosticReport"])

        // The measurement is corrected and the report signed off.
        try original.replacingOccurrences(of: "afp_ng_ml: 86.4", with: "afp_ng_ml: 86.5").write(to: caseFile, atomically: true, encoding: .utf8)
        let second = try CLI.hccreport(arguments + ["--final"])
        #expect(second.status == 0, "\(second.stderr)")
        let after = try ChartValidators.judgeDICOM(dcm, pdf: pdf)
        let afterFHIR = try ChartValidators.judgeFHIR(json, pdf: pdf)
        #expect(after["series"] as? String == before["series"] as? String, "same document series")
        #expect(after["study"] as? String == before["study"] as? String)
        #expect(after["sop_instance"] as? String != before["sop_instance"] as? String, "a new instance")
        #expect(after["instance_number"] as? Int == 2)
        #expect(after["verification"] as? String == "VERIFIED")
        #expect(afterFHIR["docStatus"] as? String == "final")
        #expect(afterFHIR["set"] as? String == beforeFHIR["set"] as? String)
        #expect(afterFHIR["relates_to"] as? [[String]] == [["replaces", try #require(beforeFHIR["master"] as? String)]])
        #expect(afterFHIR["master"] as? String == "urn:oid:" + (after["sop_instance"] as? String ?? ""), "FHIR and DICOM name the same instance")

        // The same command again changes nothing.
        let dcmBytes = try Data(contentsOf: URL(fileURLWithPath: dcm)), jsonBytes = try Data(contentsOf: URL(fileURLWithPath: json))
        #expect(try CLI.hccreport(arguments + ["--final"]).status == 0)
        #expect(try Data(contentsOf: URL(fileURLWithPath: dcm)) == dcmBytes)
        #expect(try Data(contentsOf: URL(fileURLWithPath: json)) == jsonBytes)
    }

    @Test(arguments: [
        (["--dicom", "--format", "png"], "--dicom and --fhir wrap the PDF report; they need --format pdf."),
        (["--dicom", "--uid-root", "1.2.03"], "--uid-root \"1.2.03\" cannot be used: the component \"03\" starts with a zero."),
        (["--fhir", "--patient-id-issuer", "St Mary"], "--patient-id-issuer: the patient-ID issuer \"St Mary\" is not a URI"),
    ])
    func badChartOptionsAreUsageErrors(arguments: [String], message: String) throws {
        let dir = try makeTemporaryDirectory("chart-usage")
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = try CLI.hccreport(["render", CLI.examples, "-o", dir.path] + arguments)
        #expect(out.status == 2)
        #expect(out.stderr.contains(message), "\(out.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).isEmpty)
    }
}
