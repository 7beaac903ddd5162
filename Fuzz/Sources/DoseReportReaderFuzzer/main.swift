import CFuzzerDriver
import DoseReportReader
import Foundation

/// libFuzzer entry point: reads the input as a DICOM dose report (RDSR) and maps its events to series.
///
/// The contract under test: `DoseReportReader.read(data:source:)` never crashes, never hangs and
/// either returns a report with a patient ID and at least one event, or throws a sentence naming
/// the file; `doseSeries` then gives one series per event with a finite, non-negative DLP, or a sentence.
/// - Parameters:
///   - data: the input bytes (owned by libFuzzer, valid during the call).
///   - size: their count.
/// - Returns: 0 (the input may be added to the corpus).
func doseReportReaderFuzzTest(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = data.map { Data(bytes: $0, count: size) } ?? Data()
    do {
        let report = try DoseReportReader().read(data: bytes, source: "fuzz.dcm")
        if report.patientID.isEmpty || report.events.isEmpty { fatalError("a report without a patient ID or events was accepted") }
        do {
            let (series, _) = try report.doseSeries(rules: DoseKindRules(), source: "fuzz.dcm")
            if series.count != report.events.count { fatalError("\(report.events.count) events gave \(series.count) series") }
            for s in series where !s.dlpMGyCm.isFinite || s.dlpMGyCm < 0 { fatalError("a series with DLP \(s.dlpMGyCm)") }
        } catch where error.message.isEmpty || error.source != "fuzz.dcm" {
            fatalError("an error without a sentence or file: \(error)")
        } catch {}
    } catch where error.message.isEmpty || error.source != "fuzz.dcm" {
        fatalError("an error without a sentence or file: \(error)")
    } catch {}
    return 0
}

var argc = CommandLine.argc
var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&argc, &argv, doseReportReaderFuzzTest))
