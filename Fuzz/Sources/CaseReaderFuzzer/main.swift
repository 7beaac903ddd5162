import CaseReader
import CFuzzerDriver
import Foundation

/// libFuzzer entry point: reads the input as a YAML and as a JSON case file.
///
/// The contract under test: `CaseFileReader.read(data:sourceName:)` never crashes, never hangs
/// (libFuzzer's `-timeout` turns a slow input into a failure) and either returns cases or says
/// why not: a file that yields no case must carry at least one error with a sentence, and every
/// error names its file. A violated contract aborts, which libFuzzer records as a crash input.
/// - Parameters:
///   - data: the input bytes (owned by libFuzzer, valid during the call).
///   - size: their count.
/// - Returns: 0 (the input may be added to the corpus).
func caseReaderFuzzTest(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = data.map { Data(bytes: $0, count: size) } ?? Data()
    let reader = CaseFileReader()
    for name in ["fuzz.yaml", "fuzz.json"] {
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
exit(LLVMFuzzerRunDriver(&argc, &argv, caseReaderFuzzTest))
