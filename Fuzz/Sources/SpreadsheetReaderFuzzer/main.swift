import CFuzzerDriver
import Foundation
import SpreadsheetReader

/// libFuzzer entry point: reads the input as an .xlsx workbook and as a CSV file.
///
/// The contract under test: `SpreadsheetReader.read(data:sourceName:)` never crashes, never hangs
/// and either returns cases or says why not: a file that yields no case must carry at least one
/// error with a sentence naming its file, and every accepted case has an ID and lesions.
/// - Parameters:
///   - data: the input bytes (owned by libFuzzer, valid during the call).
///   - size: their count.
/// - Returns: 0 (the input may be added to the corpus).
func spreadsheetReaderFuzzTest(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = data.map { Data(bytes: $0, count: size) } ?? Data()
    let reader = SpreadsheetReader()
    for name in ["fuzz.xlsx", "fuzz.csv"] {
        let result = reader.read(data: bytes, sourceName: name)
        if result.cases.isEmpty && result.errors.isEmpty {
            fatalError("\(name): no case and no error for a \(size)-byte input")
        }
        for error in result.errors where error.message.isEmpty || !error.source.hasPrefix(name) {
            fatalError("\(name): an error without a sentence or file: \(error)")
        }
        for patientCase in result.cases where patientCase.patient.id.isEmpty || patientCase.lesions.isEmpty {
            fatalError("\(name): a case without an ID or lesions was accepted")
        }
    }
    return 0
}

var argc = CommandLine.argc
var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&argc, &argv, spreadsheetReaderFuzzTest))
