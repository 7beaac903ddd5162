// swift-tools-version:6.0
import PackageDescription

// Data flows one way: CaseReader → Scoring → Charts → ReportComposer (on the PageLayout engine) →
// PDFWriter, with CairoBackend's Pango text. Only BatchProcessing and the executable wire in CairoBackend.
let package = Package(
    name: "hccreport",
    platforms: [.macOS(.v15)],  // Synchronization.Mutex (FontRegistry) needs macOS 15
    products: [
        .executable(name: "hccreport", targets: ["hccreport"]),
        // For the libFuzzer package in Fuzz/ (built only by `make fuzz`).
        .library(name: "CaseReader", targets: ["CaseReader"]),
        .library(name: "SpreadsheetReader", targets: ["SpreadsheetReader"]),
        .library(name: "DoseReportReader", targets: ["DoseReportReader"]),
    ],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
    ],
    targets: [
        // How values become text everywhere the tool prints or writes them: numbers, probabilities and
        // p-values, CSV fields, JSON documents, "did you mean" suggestions.
        .target(name: "Formatting", dependencies: ["CFixedPoint"]),
        // Value types of the clinical domain and the vocabulary of lesion fields.
        .target(name: "ClinicalModel", dependencies: ["Formatting"]),
        // YAML/JSON case files → ClinicalModel, with validation.
        .target(name: "CaseReader", dependencies: ["ClinicalModel", "Formatting", .product(name: "Yams", package: "Yams")]),
        // Coordinators' workbooks (.xlsx) and CSV files → the case-file tree, validated by CaseReader.
        .target(name: "SpreadsheetReader", dependencies: [
            "CaseReader", "ClinicalModel", "CLibDeflate", "Formatting",
            .product(name: "Yams", package: "Yams"),
        ]),
        // Scanners' CT Radiation Dose SRs (DICOM RDSR) → dose series; a small DICOM Part 10 reader of its own.
        .target(name: "DoseReportReader", dependencies: ["ClinicalModel", "Formatting"]),
        // Pure numerics: ROC, DeLong, KDE, quantiles, tests, logistic regression.
        .target(name: "Statistics"),
        // Nomogram scoring, derived parameters, mRECIST, dose, reference cohorts.
        .target(name: "Scoring", dependencies: ["ClinicalModel", "Statistics", "Formatting", .product(name: "Yams", package: "Yams")]),
        // Drawing protocol and the recording test backend.
        .target(name: "Canvas", dependencies: ["Formatting"]),
        // Nomogram, violin and ROC charts drawn on a Canvas.
        .target(name: "Charts", dependencies: ["Canvas", "Formatting", "Scoring", "Statistics", "ClinicalModel", "CohortAnalysis"]),
        // System libraries.
        .systemLibrary(name: "CCairo", pkgConfig: "cairo", providers: [.apt(["libcairo2-dev"])]),
        .systemLibrary(name: "CFontconfig", pkgConfig: "fontconfig", providers: [.apt(["libfontconfig-dev"])]),
        .systemLibrary(name: "CPangoCairo", pkgConfig: "pangocairo", providers: [.apt(["libpango1.0-dev"])]),
        // GLib (part of the Pango stack): its SHA-256 fingerprints input files on the reports.
        .systemLibrary(name: "CGLib", pkgConfig: "glib-2.0", providers: [.apt(["libglib2.0-dev"])]),
        // HarfBuzz's font subsetter (fonts embedded in PDFs) and libdeflate (PDF streams).
        .systemLibrary(name: "CHarfBuzzSubset", pkgConfig: "harfbuzz-subset", providers: [.apt(["libharfbuzz-dev"])]),
        .systemLibrary(name: "CLibDeflate", pkgConfig: "libdeflate", providers: [.apt(["libdeflate-dev"])]),
        // OpenSSL's libcrypto: SHA-1 and SHA-256 of the PDFs wrapped for PACS and the EHR (vectorised; GLib's are scalar).
        .systemLibrary(name: "CLibCrypto", pkgConfig: "libcrypto", providers: [.apt(["libssl-dev"])]),
        // Little CMS: the sRGB ICC profile of the PDFs' PDF/A output intent.
        .systemLibrary(name: "CLittleCMS", pkgConfig: "lcms2", providers: [.apt(["liblcms2-dev"])]),
        // Exact fixed-point formatting of doubles (glibc's digits, without multi-precision arithmetic).
        .target(name: "CFixedPoint"),
        // The PDF writer: pages of a Canvas written as PDF/A-2b content streams, fonts embedded as HarfBuzz
        // subsets, streams compressed with libdeflate. Text comes laid out through `PDFTextShaper`; no Cairo.
        .target(name: "PDFWriter", dependencies: ["Canvas", "CHarfBuzzSubset", "CLibDeflate", "CFixedPoint", "Formatting",
                                                  "CLittleCMS", "CGLib"]),
        // Pango text layout for every output (handed to the PDF writer as its text shaper), PNG and SVG drawn with Cairo.
        .target(name: "CairoBackend", dependencies: ["Canvas", "Formatting", "PDFWriter", "CCairo", "CFontconfig", "CPangoCairo"]),
        // The page engine, knowing nothing clinical: blocks, page flow, tables that continue, the
        // page decoration seam, Code 128.
        .target(name: "PageLayout", dependencies: ["Canvas"]),
        // Templates → pages of a per-patient report, the batch overview and the cohort report.
        .target(name: "ReportComposer", dependencies: [
            "Canvas", "PageLayout", "Formatting", "Charts", "Scoring", "ClinicalModel", "CohortAnalysis",
            .product(name: "Mustache", package: "swift-mustache"),
            .product(name: "Yams", package: "Yams"),
        ]),
        // Reports into the chart: DICOM Encapsulated PDF for PACS, FHIR DocumentReference for the EHR.
        .target(name: "ChartExport", dependencies: ["ClinicalModel", "CLibCrypto", "Formatting"]),
        // Cohort analysis: the study's tables, stepwise refit, external validation, bootstrap.
        .target(name: "CohortAnalysis", dependencies: ["Statistics", "Scoring", "ClinicalModel", "Formatting"]),
        // The batch engine behind the commands: case loading, parallel rendering, score tables and JSON,
        // figures, the analysis run, atomic files and resource lookup.
        .target(name: "BatchProcessing", dependencies: [
            "ClinicalModel", "Formatting", "Statistics", "CaseReader", "SpreadsheetReader", "DoseReportReader", "Scoring", "Canvas", "Charts",
            "CairoBackend", "PDFWriter", "PageLayout", "ReportComposer", "CGLib", "CohortAnalysis", "ChartExport",
        ]),
        // The command line: argument parsing and exit codes only.
        .executableTarget(name: "hccreport", dependencies: [
            "BatchProcessing", "ClinicalModel", "CaseReader", "SpreadsheetReader", "Scoring", "Canvas", "Charts",
            "CairoBackend", "ReportComposer", "CohortAnalysis", "ChartExport",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        // Test-only helpers shared by the test targets: snapshots, fixtures, tolerances.
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        // Test-only helpers of the rendering tests: the bundled fonts, a sample report, page rasters.
        .target(name: "RenderingTestSupport", dependencies: ["CairoBackend", "Canvas", "TestSupport"], path: "Tests/RenderingTestSupport"),
        .testTarget(name: "TestSupportTests", dependencies: ["TestSupport"]),
        .testTarget(name: "ClinicalModelTests", dependencies: ["ClinicalModel"]),
        .testTarget(name: "CaseReaderTests", dependencies: ["CaseReader", "ClinicalModel", "Formatting", "TestSupport"], exclude: ["Fixtures"]),
        .testTarget(name: "DoseReportReaderTests", dependencies: ["DoseReportReader", "ClinicalModel", "TestSupport"], exclude: ["Fixtures"]),
        .testTarget(name: "SpreadsheetReaderTests", dependencies: ["SpreadsheetReader", "CaseReader", "ClinicalModel", "TestSupport"], exclude: ["Fixtures"]),
        .testTarget(name: "StatisticsTests", dependencies: ["Statistics", "TestSupport"], exclude: ["Fixtures"]),
        .testTarget(name: "ScoringTests", dependencies: ["Scoring", "Statistics", "ClinicalModel", "CaseReader", "Formatting", "TestSupport"], exclude: ["Fixtures"]),
        .testTarget(name: "CanvasTests", dependencies: ["Canvas", "TestSupport"]),
        .testTarget(name: "FixedPointTests", dependencies: ["CFixedPoint", "Statistics"]),
        .testTarget(name: "ChartsTests", dependencies: ["Charts", "Canvas", "Formatting", "Scoring", "Statistics", "ClinicalModel", "CairoBackend",
                                                   "CaseReader", "PDFWriter", "TestSupport", "RenderingTestSupport"], exclude: ["Snapshots"]),
        .testTarget(name: "CairoBackendTests", dependencies: ["CairoBackend", "PDFWriter", "Canvas", "CCairo", "TestSupport", "RenderingTestSupport"],
                    exclude: ["Fixtures"]),
        .testTarget(name: "PDFWriterTests", dependencies: ["PDFWriter", "CairoBackend", "Canvas", "CCairo", "TestSupport", "RenderingTestSupport"]),
        .testTarget(name: "PageLayoutTests", dependencies: ["PageLayout", "Canvas", "TestSupport"], exclude: ["Fixtures"]),
        .testTarget(name: "ReportComposerTests", dependencies: ["ReportComposer", "PageLayout", "Canvas", "Formatting", "Scoring", "CaseReader", "CohortAnalysis",
                                                           "ClinicalModel", "TestSupport"],
                    exclude: ["Snapshots"]),
        .testTarget(name: "BatchProcessingTests", dependencies: ["BatchProcessing", "CaseReader", "ClinicalModel", "Formatting", "Scoring", "TestSupport"]),
        .testTarget(name: "FormattingTests", dependencies: ["Formatting", "Statistics", "TestSupport"], exclude: ["Fixtures"]),
        .testTarget(name: "CLITests", dependencies: ["hccreport", "Scoring", "ClinicalModel", "TestSupport"], exclude: ["Fixtures"]),
        .testTarget(name: "ChartExportTests", dependencies: ["ChartExport", "ClinicalModel", "TestSupport"], exclude: ["Scripts"]),
        .testTarget(name: "CohortAnalysisTests", dependencies: ["CohortAnalysis", "Statistics", "Scoring", "ClinicalModel", "Formatting", "TestSupport"],
                    exclude: ["Fixtures"]),
    ]
)
