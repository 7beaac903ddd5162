import ArgumentParser
import BatchProcessing
import CaseReader
import ClinicalModel
import Foundation
import Formatting
import ReportComposer
import Scoring

/// Options shared by `render` and `demo`.
struct RenderOptions: ParsableArguments {
    @Option(name: .shortAndLong, help: ArgumentHelp("Output folder (created if needed).", valueName: "DIR"))
    var output: String

    @Option(name: .long, help: ArgumentHelp("Template name (tumor-board, compact) or a template folder.", valueName: "NAME|DIR"))
    var template: String = "tumor-board"

    @Option(name: .long, help: ArgumentHelp("Reference cohort: a CSV or a folder of case files with follow-up (each lesion's lesion-level mRECIST at the model's endpoint: the first follow-up inside its window, days 61–90 after the first TACE ± 7 for the built-in model; default: the bundled synthetic cohort).", valueName: "COHORT"))
    var cohort: String?

    @Option(name: .long, help: "Paper size: a4 or letter (default: the template's).")
    var paper: String?

    @Option(name: .long, help: "Output format: pdf, png or svg (png/svg: one file per page).")
    var format: String = "pdf"

    @Option(name: .long, help: "Resolution of PNG output.")
    var dpi: Double = 150

    @Option(name: .customLong("pdf-engine"), help: PDFEngine.help)
    var pdfEngine: PDFEngine = .writer

    @Option(name: .long, help: ArgumentHelp("Report date YYYY-MM-DD (default: SOURCE_DATE_EPOCH, else today, UTC).", valueName: "DATE"))
    var date: String?

    @Option(name: .long, help: "Institution printed on every page (default: the template's).")
    var institution: String?

    @Option(name: .long, help: ArgumentHelp("Folder with the bundled fonts (default: found automatically; or HCCREPORT_FONTS).", valueName: "DIR"))
    var fonts: String?

    @OptionGroup var jobs: JobsOption

    @OptionGroup(title: "Chart documents (PACS and EHR)") var chart: ChartOptions

    func validate() throws {
        if (chart.dicom || chart.fhir || chart.fhirBundle) && format.lowercased() != "pdf" {
            throw ValidationError("--dicom and --fhir wrap the PDF report; they need --format pdf.")
        }
        if let paper, ReportTemplate.Paper(rawValue: paper.lowercased()) == nil { throw ValidationError("--paper must be a4 or letter.") }
        if BatchRenderer.OutputFormat(rawValue: format.lowercased()) == nil { throw ValidationError("--format must be pdf, png or svg.") }
        if !(18...1200).contains(dpi) { throw ValidationError("--dpi must be between 18 and 1200.") }
        if let date, CalendarDate(iso: date) == nil { throw ValidationError("--date must be a date like 2025-01-31.") }
    }

    /// The date printed on reports: `--date`, else SOURCE_DATE_EPOCH, else today (UTC).
    func reportDate() -> CalendarDate {
        if let date, let d = CalendarDate(iso: date) { return d }
        let seconds = SourceDateEpoch.instantOrNow().timeIntervalSince1970
        let days = Int((seconds / 86_400).rounded(.down))
        return CalendarDate.fromDaysSinceEpoch(days)
    }

    /// Resolves everything `render` needs before touching any case: failures here are set-up errors (exit 2).
    func settings(model: NomogramModel, watermark: String? = nil) throws -> BatchRenderer.Settings {
        let locator = ResourceLocator()
        let templateURL: URL
        if template.contains("/") || FileManager.default.fileExists(atPath: URL(fileURLWithPath: template).appendingPathComponent("layout.yaml").path) {
            templateURL = URL(fileURLWithPath: template)
        } else {
            templateURL = try locator.locate(.templates).appendingPathComponent(template)
            guard FileManager.default.fileExists(atPath: templateURL.path) else {
                let available = (try? FileManager.default.contentsOfDirectory(atPath: templateURL.deletingLastPathComponent().path))?
                    .filter { !$0.hasPrefix(".") && !$0.hasSuffix(".md") }.sorted() ?? []
                throw SetupError("There is no template named \"\(template)\"; the bundled ones are \(available.joined(separator: ", ")). Pass a folder to use your own.")
            }
        }
        let loadedTemplate: ReportTemplate
        do { loadedTemplate = try ReportTemplate.load(from: templateURL) } catch { throw SetupError("\(error)") }
        let cohortValue = try CohortLoading.load(cohort, model: model)
        let fontsURL = try locator.locate(.fonts, explicit: fonts)
        let printable = try PrintableCharacters(fontsIn: fontsURL)
        try printable.requirePrintable(institution ?? loadedTemplate.institution, what: "The institution")
        let out = URL(fileURLWithPath: output)
        do {
            try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        } catch {
            throw SetupError("The output folder \(output) cannot be created: \(AtomicFile.describe(error)).")
        }
        guard access(out.path, W_OK | X_OK) == 0 else {
            throw SetupError("The output folder \(output) is not writable: \(String(cString: strerror(errno))).")
        }
        let date = reportDate()
        let status = chart.status(template: loadedTemplate)
        var settings = BatchRenderer.Settings(outputDirectory: out, template: loadedTemplate, model: model, cohort: cohortValue,
                                      format: BatchRenderer.OutputFormat(rawValue: format.lowercased()) ?? .pdf, dpi: dpi,
                                      paper: paper.flatMap { ReportTemplate.Paper(rawValue: $0.lowercased()) },
                                      institution: institution, generatedDate: date, jobs: jobs.resolved,
                                      fontsDirectory: fontsURL, watermark: watermark, status: status,
                                      chartFiles: try chart.chartFiles(template: loadedTemplate, institution: institution),
                                      printable: printable)
        settings.pdfEngine = pdfEngine
        return settings
    }
}

/// `hccreport render PATH... -o DIR`: one report per patient, plus summary files and an overview.
struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Render one report per patient, a batch overview and summary files.",
        discussion: """
        Writes DIR/<patient-id>.pdf for every valid case (with --dicom also DIR/<patient-id>.dcm, with --fhir \
        DIR/<patient-id>.fhir.json), DIR/overview.pdf (patients sorted by highest probability of \
        non-response), DIR/summary.csv, DIR/summary.json and DIR/errors.json. Every file is written to a temporary \
        name and renamed when complete. Exit codes: 0 all reported; 1 some cases failed (listed in errors.json and on \
        standard error; the others were reported); 2 usage or set-up error; 130 interrupted (finished reports are kept).
        """)

    @OptionGroup var cases: CasePaths
    @OptionGroup var modelOptions: ModelOptions
    @OptionGroup var options: RenderOptions

    func run() throws {
        let sources: InputSources
        do { sources = try cases.sources() } catch { printError("error: \(error)"); throw ExitStatus.usageOrSetup }
        try RenderRun.execute(paths: cases.paths, sources: sources, modelOptions: modelOptions, options: options, watermark: nil)
    }
}

/// The shared body of `render` and `demo`.
enum RenderRun {
    static func execute(paths: [String], sources: InputSources = InputSources(), modelOptions: ModelOptions, options: RenderOptions,
                        watermark: String?) throws {
        let interrupt = InterruptFlag()
        interrupt.install()
        var settings: BatchRenderer.Settings
        do {
            settings = try options.settings(model: try modelOptions.load(), watermark: watermark)
            settings.inputs = sources
        } catch {
            printError("error: \(error)")
            throw ExitStatus.usageOrSetup
        }
        if (settings.institution ?? settings.template.institution).isEmpty {
            printError("warning: no institution is set (--institution TEXT, or institution in the template's layout.yaml); the reports are printed without one.")
        }
        if let chart = settings.chartFiles, chart.settings.patientIdIssuer == nil {
            printError("warning: no issuer of the patient IDs is set (--patient-id-issuer URI, or records.patient_id_issuer in the template); the DICOM and FHIR documents say the IDs have no issuer.")
        }
        AtomicFile.removeStalePartials(in: settings.outputDirectory)
        var listing = discoverCaseFiles(paths)
        listing.errors += sources.problems
        let outcome: BatchRenderer.Outcome
        do {
            outcome = try BatchRenderer(settings: settings).run(files: listing.files, discoveryErrors: listing.errors, interrupt: interrupt)
        } catch {
            printError("error: \(error)")
            throw ExitStatus.usageOrSetup
        }
        for f in outcome.failures { printError(f.message) }
        for w in outcome.warnings { printError("warning: \(w)") }
        if outcome.interrupted {
            printError("Interrupted by \(interrupt.signalName) after \(outcome.reported.count) of \(outcome.planned) reports; every report written is complete. Rerun the same command to finish.")
            throw ExitStatus.interrupted
        }
        do {
            try writeBatchFiles(outcome, settings: settings)
        } catch {
            printError("error: \(error)")
            throw ExitStatus.usageOrSetup
        }
        let rate = Double(outcome.reported.count) / max(outcome.elapsed, 1e-3)
        printError("Reported \(outcome.reported.count) patient\(outcome.reported.count == 1 ? "" : "s")"
                   + (outcome.failures.isEmpty ? "" : ", \(outcome.failures.count) problem\(outcome.failures.count == 1 ? "" : "s") (see errors.json)")
                   + " in \(ReportNumber.fixed(outcome.elapsed, 2)) s (\(ReportNumber.fixed(rate, 0))/s) → \(settings.outputDirectory.path)")
        if !outcome.failures.isEmpty { throw ExitStatus.someCasesFailed }
    }

    /// summary.csv, summary.json, errors.json and overview.pdf, each written atomically.
    static func writeBatchFiles(_ outcome: BatchRenderer.Outcome, settings: BatchRenderer.Settings) throws {
        let dir = settings.outputDirectory
        let rows = outcome.reported
        try AtomicFile.write(Data(BatchSummaryFiles.csv(rows).utf8), to: dir.appendingPathComponent("summary.csv"))
        try AtomicFile.write(try JSONDocument.data(rows), to: dir.appendingPathComponent("summary.json"))
        try AtomicFile.write(try JSONDocument.data(outcome.failures), to: dir.appendingPathComponent("errors.json"))
        try OverviewWriter.write(outcome, settings: settings)
    }
}
