// swift-tools-version:6.0
import PackageDescription

// libFuzzer targets for hccreport's input readers. A separate package so that the normal
// `swift build` / `swift test` of the main package never sees the fuzzer flags or this code.
// Build and run with `make fuzz` in the repository root (see the README).
let package = Package(
    name: "hccreport-fuzz",
    dependencies: [
        .package(name: "hccreport", path: ".."),
    ],
    targets: [
        // The declaration of libFuzzer's driver entry point.
        .target(name: "CFuzzerDriver"),
        // Feeds arbitrary bytes to CaseFileReader, as YAML and as JSON.
        .executableTarget(name: "CaseReaderFuzzer", dependencies: [
            "CFuzzerDriver",
            .product(name: "CaseReader", package: "hccreport"),
        ]),
        // Feeds arbitrary bytes to SpreadsheetReader, as an .xlsx workbook and as a CSV file.
        .executableTarget(name: "SpreadsheetReaderFuzzer", dependencies: [
            "CFuzzerDriver",
            .product(name: "SpreadsheetReader", package: "hccreport"),
        ]),
        // Feeds arbitrary bytes to DoseReportReader as a DICOM dose report.
        .executableTarget(name: "DoseReportReaderFuzzer", dependencies: [
            "CFuzzerDriver",
            .product(name: "DoseReportReader", package: "hccreport"),
        ]),
    ]
)
