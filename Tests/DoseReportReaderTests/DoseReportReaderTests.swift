import ClinicalModel
import DoseReportReader
import Foundation
import TestSupport
import Testing

/// The RDSR fixtures (made by `Fixtures/make_dose_reports.py` with pydicom) read into events, kinds
/// and series; every value cross-checked with DCMTK's `dsrdump`.
@Suite struct DoseReportReaderTests {
    static let folder = FixtureFolder("DoseReportReaderTests").directory

    func read(_ name: String) throws -> CTDoseReport {
        try DoseReportReader().read(contentsOf: Self.folder.appendingPathComponent(name), source: name)
    }

    func failure(_ name: String) -> String? {
        do { _ = try read(name); return nil } catch { return "\(error)" }
    }

    @Test func aSiemensReportInExplicitVRGivesItsEventsAndKinds() throws {
        let report = try read("siemens.dcm")
        #expect(report.patientID == "HCC-2025-0101")
        #expect(report.patientBirthDate == CalendarDate(iso: "1958-03-14"))
        #expect(report.studyDate == CalendarDate(iso: "2025-01-10"))
        #expect(report.manufacturer == "SIEMENS")
        #expect(report.events.map(\.acquisitionProtocol) == ["Topogram", "CARE Bolus", "DE_Abdomen LiverArterial", "VPCT Body"])
        #expect(report.events.map(\.meanCTDIvolMGy) == [0.13, 13.3, 11.2, 96.4])
        #expect(report.events.map(\.dlpMGyCm) == [3.6, 24.5, 402.5, 1012.2])
        #expect(report.events.map(\.phantomCm) == [32, 32, 32, 32])
        #expect(report.events.map(\.scanningLengthCm) == [28, 1, 36, 10.5])
        #expect(report.accumulatedDLPMGyCm == 1442.8)
        let (series, warnings) = try report.doseSeries(rules: DoseKindRules(), source: "siemens.dcm")
        #expect(series.map(\.kind) == [.localizer, .bolusTracking, .dualEnergy, .perfusion])
        #expect(series.map(\.name) == ["Topogram", "CARE Bolus", "DE_Abdomen LiverArterial", "VPCT Body"])
        #expect(warnings.isEmpty)
    }

    /// Implicit VR, sequences and items of undefined length; an event without DLP; a 16 cm phantom.
    @Test func aGEReportInImplicitVRWithUndefinedLengthsReadsTheSame() throws {
        let report = try read("ge.dcm")
        #expect(report.patientID == "HCC-2025-0102")
        #expect(report.events.map(\.acquisitionProtocol) == ["Scout", "SmartPrep", "GSI Liver Arterial", "Liver Perfusion Cine"])
        #expect(report.events.map(\.dlpMGyCm) == [nil, 9.6, 420.3, 1010.2])
        #expect(report.events.map(\.phantomCm) == [32, 16, 32, 32])
        #expect(report.events.map(\.acquisitionTypeCode) == ["113805", "113806", "P5-08001", "113806"])
        let (series, warnings) = try report.doseSeries(rules: DoseKindRules(), source: "ge.dcm")
        #expect(series.map(\.kind) == [.localizer, .bolusTracking, .dualEnergy, .perfusion])
        // 0.08 mGy × 45 cm = 3.6 mGy·cm.
        expectClose(series[0].dlpMGyCm, 3.6, absolute: 1e-12)
        #expect(warnings == ["the dose report ge.dcm gives no DLP for event 1 (Scout); DLP = CTDIvol 0.08 mGy × scanning length 45 cm = 3.6 mGy·cm was used"])
    }

    @Test func aSiteRuleOverridesTheKind() throws {
        let report = try read("siemens.dcm")
        let rules = DoseKindRules(siteRules: [(fragment: "de_abdomen", kind: .plain)])
        #expect(try report.doseSeries(rules: rules, source: "s").series.map(\.kind) == [.localizer, .bolusTracking, .plain, .perfusion])
    }

    @Test func brokenReportsAreOneSentenceNamingTheFile() {
        #expect(failure("mismatch.dcm") == nil)
        #expect(throws: DoseReportError.self) { try read("mismatch.dcm").doseSeries(rules: DoseKindRules(), source: "mismatch.dcm") }
        do { _ = try read("mismatch.dcm").doseSeries(rules: DoseKindRules(), source: "mismatch.dcm") } catch {
            #expect("\(error)" == "mismatch.dcm: the dose report's accumulated DLP (113813) is 1542.8 mGy·cm, but its 4 events add up to 1442.8 mGy·cm; events are missing or damaged, so the exam's dose total cannot be trusted")
        }
        #expect(failure("not-dose-report.dcm") == "not-dose-report.dcm: the file is not an X-Ray Radiation Dose Report (its title is Diagnostic Imaging Report); export the scanner's dose report (RDSR, SOP class 1.2.840.10008.5.1.4.1.1.88.67)")
        #expect(failure("truncated.dcm")?.hasPrefix("truncated.dcm: the dose report cannot be read: it ends inside ") == true)
        #expect(failure("make_dose_reports.py") == "make_dose_reports.py: the dose report cannot be read: it is not a DICOM file (no \"DICM\" after the 128-byte preamble)")
        #expect(failure("absent.dcm") == "absent.dcm: the dose report does not exist (no such file)")
    }

    /// DCMTK's `dsrdump +Pc` reads every fixture; the NUM values it lists for Mean CTDIvol (113830),
    /// DLP (113838) and the accumulated DLP (113813) are exactly the reader's.
    @Test(arguments: ["siemens.dcm", "ge.dcm", "mismatch.dcm"])
    func dcmtkListsTheSameDoseValues(name: String) throws {
        let out = try ExternalProcess.tool("dsrdump", ["+Pc", Self.folder.appendingPathComponent(name).path])
        #expect(out.status == 0)
        func values(_ code: String) -> [Double] {
            out.stdout.split(separator: "\n").compactMap { line -> Double? in
                guard line.contains("NUM:(\(code),DCM,"), let start = line.range(of: ")=\"") else { return nil }
                return Double(line[start.upperBound...].prefix { $0 != "\"" })
            }
        }
        let report = try read(name)
        #expect(!values("113830").isEmpty)
        #expect(values("113830") == report.events.compactMap(\.meanCTDIvolMGy))
        #expect(values("113838") == report.events.compactMap(\.dlpMGyCm))
        #expect(values("113813") == [report.accumulatedDLPMGyCm].compactMap { $0 })
        #expect(out.stdout.contains("#\(report.patientID))"))
    }

    /// Every prefix of a report and 1,000 seeded single-byte changes: each is read or refused with a sentence, never a crash.
    @Test func damagedReportsAreReadOrRefusedNeverACrash() throws {
        let original = try Data(contentsOf: Self.folder.appendingPathComponent("ge.dcm"))
        var refused = 0, read = 0
        func attempt(_ data: Data) {
            do { _ = try DoseReportReader().read(data: data, source: "x.dcm"); read += 1 } catch {
                #expect(error.source == "x.dcm" && !error.message.isEmpty)
                refused += 1
            }
        }
        for length in stride(from: 0, to: original.count, by: 7) { attempt(original.prefix(length)) }
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        for _ in 0..<1000 {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            var bytes = [UInt8](original)
            bytes[Int(state >> 33) % bytes.count] = UInt8(truncatingIfNeeded: state >> 13)
            attempt(Data(bytes))
        }
        #expect(refused > 0 && read > 0)
    }
}
