import CairoBackend
import Canvas
import CaseReader
import Charts
import ClinicalModel
import Foundation
import PageLayout
import PDFWriter
import ReportComposer
import Scoring

/// Renders one report per patient into an output folder, in parallel, atomically, with a summary.
///
/// Phase 1 reads and validates every case file (parallel) and assigns each patient a file name in
/// input order, so collisions are decided the same way for every `--jobs`. Phase 2 renders in
/// parallel; each worker thread owns its own font registry (Pango font maps are not thread-safe)
/// and writes each file through a temporary name and an atomic rename.
public struct BatchRenderer {
    public enum OutputFormat: String, CaseIterable, Sendable { case pdf, png, svg }

    public struct Settings: Sendable {
        public var outputDirectory: URL
        public var template: ReportTemplate
        public var model: NomogramModel
        public var cohort: ReferenceCohort?
        public var format: OutputFormat
        public var dpi: Double
        public var paper: ReportTemplate.Paper?
        public var institution: String?
        public var generatedDate: CalendarDate
        public var jobs: Int
        public var fontsDirectory: URL
        public var watermark: String?
        /// Whether the reports are signed off, printed in every page's header and written into the
        /// chart documents.
        public var status: DocumentStatus
        /// What the bundled fonts print: a case with other characters in its text is refused.
        public var printable: PrintableCharacters
        /// The column map for spreadsheets.
        public var inputs = InputSources()
        /// DICOM and FHIR documents to write beside each PDF (`nil`: none).
        public var chartFiles: ChartFiles?
        /// Which program writes the PDFs.
        public var pdfEngine = PDFEngine.writer

        /// Settings with every field given.
        public init(outputDirectory: URL,
                    template: ReportTemplate,
                    model: NomogramModel,
                    cohort: ReferenceCohort?,
                    format: OutputFormat,
                    dpi: Double,
                    paper: ReportTemplate.Paper?,
                    institution: String?,
                    generatedDate: CalendarDate,
                    jobs: Int,
                    fontsDirectory: URL,
                    watermark: String?,
                    status: DocumentStatus? = nil,
                    chartFiles: ChartFiles? = nil,
                    printable: PrintableCharacters = .unrestricted) {
            self.outputDirectory = outputDirectory
            self.template = template
            self.model = model
            self.cohort = cohort
            self.format = format
            self.dpi = dpi
            self.paper = paper
            self.institution = institution
            self.generatedDate = generatedDate
            self.jobs = jobs
            self.fontsDirectory = fontsDirectory
            self.watermark = watermark
            self.status = status ?? template.records.status
            self.chartFiles = chartFiles
            self.printable = printable
        }
    }

    /// What a finished (or interrupted) batch produced.
    public struct Outcome {
        public var reported: [PatientSummaryRow] = []
        /// The overview's line of each reported patient, in the order of `reported`.
        public var overviewRows: [BatchOverview.Row] = []
        public var failures: [BatchFailure] = []
        /// What was left off a written report and said on its page (a barcode that does not fit),
        /// one sentence per patient for standard error.
        public var warnings: [String] = []
        public var planned = 0
        public var interrupted = false
        public var elapsed: TimeInterval = 0
    }

    public let settings: Settings

    /// A renderer for a batch with these settings.
    public init(settings: Settings) { self.settings = settings }

    /// A patient's finished report, and the chart documents refused for it (its PDF was written).
    struct RenderedReport: Sendable {
        let row: PatientSummaryRow
        let overviewRow: BatchOverview.Row
        let chartProblems: [BatchFailure]
        /// What the report's pages say was left off (see `Outcome.warnings`).
        let warnings: [String]
    }

    /// A patient to render: where its case is, and its output name. Holds no parsed case, so the
    /// batch's memory does not grow with the number of patients (phase 2 reads the file again).
    struct Job: Sendable {
        let fileIndex: Int
        /// Index among the file's valid cases.
        let caseIndex: Int
        let source: String
        let patientId: String
        let digest: String
        let fileBase: String
    }

    /// What phase 1 keeps of one file: its digest, its valid patients and its errors.
    struct FileSummary: Sendable {
        let digest: String
        let patients: [(id: String, source: String)]
        let errors: [CaseReadError]
    }

    /// A worker's state in phase 2: its font registry and text measurer (made once per thread,
    /// not per report) and the last case file it read.
    struct RenderWorker {
        struct Tools {
            let fonts: FontRegistry
            let measurer: PNGImage
        }
        let tools: Result<Tools, SetupError>
        var lastFile: (index: Int, load: CaseFileLoad)?
    }

    /// Runs the batch.
    /// - Parameters:
    ///   - files: case files in input order.
    ///   - discoveryErrors: problems found while expanding the paths.
    ///   - interrupt: polled between reports.
    public func run(files: [URL], discoveryErrors: [CaseReadError], interrupt: InterruptFlag) throws -> Outcome {
        let start = Date()
        var outcome = Outcome()
        outcome.failures = discoveryErrors.map(BatchFailure.init)

        // Phase 1: read, validate, name.
        let scoring = try CaseScoring(model: settings.model, sources: settings.inputs, printable: settings.printable)
        let summaries = ResultSlots<FileSummary>(count: files.count)
        let reader = scoring.reader
        BatchScheduler.run(count: files.count, jobs: settings.jobs, makeWorker: { () },
                           process: { _, i -> FileSummary in
                               let load = CaseFileLoad.read(files[i], reader: reader)
                               return FileSummary(digest: load.digest, patients: load.result.cases.map { ($0.patient.id, $0.source) },
                                                  errors: load.result.errors)
                           },
                           deliver: { i, summary in summaries.set(i, summary) }, stop: { interrupt.isRaised })
        var jobs: [Job] = []
        var claimed: [String: String] = [:]  // lower-cased file base → patient ID that claimed it
        for (fileIndex, summary) in summaries.values.enumerated() {
            outcome.failures += summary.errors.map(BatchFailure.init)
            for (caseIndex, patient) in summary.patients.enumerated() {
                let base = ReportFileName.base(for: patient.id)
                if let other = claimed[base.lowercased()] {
                    let why = other == patient.id ? "the patient ID \"\(patient.id)\" appears in more than one case"
                        : "patient ID \"\(patient.id)\" would be written to the same file (\(base).\(settings.format.rawValue)) as patient \"\(other)\""
                    outcome.failures.append(BatchFailure(source: patient.source, message: "\(patient.source): \(why); no report was written for it, to avoid overwriting another patient's report. Make the IDs unique and rerun.", patientId: patient.id))
                    continue
                }
                claimed[base.lowercased()] = patient.id
                jobs.append(Job(fileIndex: fileIndex, caseIndex: caseIndex, source: patient.source, patientId: patient.id,
                                digest: summary.digest, fileBase: base))
            }
        }
        outcome.planned = jobs.count
        let plannedJobs = jobs

        // Phase 2: render.
        let figureSource = PatientFigureSource(model: settings.model, cohort: settings.cohort)
        let cohortDescription = settings.cohort.map(CohortLoading.describe)
        let progress = ProgressBar(total: plannedJobs.count)
        let results = ResultSlots<Result<RenderedReport, BatchFailure>>(count: plannedJobs.count)
        let settings = self.settings
        BatchScheduler.run(
            count: plannedJobs.count, jobs: settings.jobs,
            makeWorker: { () -> RenderWorker in
                do {
                    let fonts = try FontRegistry(directory: settings.fontsDirectory)
                    let measurer = try PNGImage(size: Size(width: 1, height: 1), dpi: 72, fonts: fonts)
                    return RenderWorker(tools: .success(.init(fonts: fonts, measurer: measurer)))
                } catch {
                    return RenderWorker(tools: .failure(SetupError("\(error)")))
                }
            },
            process: { worker, i -> Result<RenderedReport, BatchFailure> in
                let job = plannedJobs[i]
                let tools: RenderWorker.Tools
                switch worker.tools {
                case .failure(let e): return .failure(BatchFailure(source: job.source, message: "\(job.source): \(e)", patientId: job.patientId))
                case .success(let t): tools = t
                }
                if worker.lastFile?.index != job.fileIndex {
                    worker.lastFile = (job.fileIndex, CaseFileLoad.read(files[job.fileIndex], reader: reader))
                }
                guard let load = worker.lastFile?.load, load.digest == job.digest, job.caseIndex < load.result.cases.count,
                      load.result.cases[job.caseIndex].patient.id == job.patientId else {
                    return .failure(BatchFailure(source: job.source, message: "\(job.source): the file changed while the batch was running; no report was written for patient \(job.patientId). Rerun the batch.", patientId: job.patientId))
                }
                return Self.render(load.result.cases[job.caseIndex], job: job, tools: tools, figures: figureSource, cohort: cohortDescription,
                                   settings: settings, token: i)
            },
            deliver: { i, r in
                results.set(i, r)
                if case .failure = r { progress.advance(failed: true) } else { progress.advance(failed: false) }
            },
            stop: { interrupt.isRaised })
        progress.finish()
        for r in results.values {
            switch r {
            case .success(let rendered):
                outcome.reported.append(rendered.row)
                outcome.overviewRows.append(rendered.overviewRow)
                outcome.failures += rendered.chartProblems
                outcome.warnings += rendered.warnings
            case .failure(let f): outcome.failures.append(f)
            }
        }
        outcome.interrupted = interrupt.isRaised
        outcome.elapsed = Date().timeIntervalSince(start)
        return outcome
    }

    /// Renders one patient's report and moves it into place.
    static func render(_ patientCase: PatientCase, job: Job, tools: RenderWorker.Tools, figures: PatientFigureSource,
                       cohort: CohortDescription?, settings: Settings, token: Int) -> Result<RenderedReport, BatchFailure> {
        let fonts = tools.fonts, measurer = tools.measurer
        let score = CaseScore(case: patientCase, model: settings.model)
        let report = PatientReport(score: score, cohort: cohort, figures: figures.figures(for: score),
                                   inputDigest: job.digest, generatedDate: settings.generatedDate, toolVersion: ToolVersion.current,
                                   institution: settings.institution, paper: settings.paper, watermark: settings.watermark,
                                   status: settings.status)
        let document = TumorBoardReport.compose(report, template: settings.template)
        let fileName = job.fileBase + "." + settings.format.rawValue
        let destination = settings.outputDirectory.appendingPathComponent(fileName)
        var chartProblems: [String] = []
        var pageCount = 0
        do {
            switch settings.format {
            case .pdf:
                let tmp = AtomicFile.temporaryURL(for: destination, token: token)
                let pdf = try settings.pdfEngine.open(path: tmp.path, fonts: fonts)
                pageCount = DocumentComposer.render(document, into: pdf.sink, measurer: measurer.canvas)
                try pdf.finish()
                let bytes = settings.chartFiles == nil ? nil : try Data(contentsOf: tmp)
                try AtomicFile.commit(tmp, to: destination)
                if let chart = settings.chartFiles, let bytes {
                    chartProblems = chart.write(for: patientCase, pdf: bytes, status: settings.status,
                                                  reportDate: settings.generatedDate, in: settings.outputDirectory, fileBase: job.fileBase, token: token)
                }
            case .png, .svg:
                let format: PageImageDocument.Format = settings.format == .png ? .png(dpi: settings.dpi) : .svg
                let ext = settings.format.rawValue
                let final = { (page: Int) in settings.outputDirectory.appendingPathComponent("\(job.fileBase)-p\(page).\(ext)") }
                let temporary = { (page: Int) in AtomicFile.temporaryURL(for: final(page), token: token) }
                let sink = PageImageDocument(format: format, fonts: fonts) { temporary($0).path }
                pageCount = DocumentComposer.render(document, into: sink, measurer: measurer.canvas)
                do {
                    try sink.finish()
                    for page in 1...max(sink.pageCount, 1) { try AtomicFile.commit(temporary(page), to: final(page)) }
                } catch {
                    for page in 0...sink.pageCount { unlink(temporary(page).path) }
                    throw error
                }
            }
        } catch {
            return .failure(BatchFailure(source: job.source, message: "\(job.source): the report for patient \(job.patientId) could not be written: \(error)", patientId: job.patientId))
        }
        let reportName = settings.format == .pdf ? fileName : "\(job.fileBase)-p*.\(settings.format.rawValue)"
        let warnings = [(document.header as? RunningHeader)?.barcodePlan(measurer: measurer.canvas, style: document.style, pageCount: pageCount).refusal]
            .compactMap { $0.map { "\(job.source): patient \(job.patientId): \($0)." } }
        return .success(RenderedReport(row: PatientSummaryRow(score: score, report: reportName, pageWarnings: warnings.count),
                                       overviewRow: BatchOverview.Row(score: score, reportFile: reportName),
                                       chartProblems: chartProblems.map { BatchFailure(source: job.source, message: $0, patientId: job.patientId) },
                                       warnings: warnings))
    }
}
