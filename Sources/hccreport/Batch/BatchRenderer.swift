import CairoBackend
import CaseReader
import Canvas
import Charts
import ClinicalModel
import Foundation
import ReportComposer
import Scoring

/// Renders one report per patient into an output folder, in parallel, atomically, with a summary.
///
/// Phase 1 reads and validates every case file (parallel) and assigns each patient a file name in
/// input order, so collisions are decided the same way for every `--jobs`. Phase 2 renders in
/// parallel; each worker thread owns its own font registry (Pango font maps are not thread-safe)
/// and writes each file through a temporary name and an atomic rename.
struct BatchRenderer {
    enum OutputFormat: String, CaseIterable, Sendable { case pdf, png, svg }

    struct Settings: Sendable {
        var outputDirectory: URL
        var template: ReportTemplate
        var model: NomogramModel
        var cohort: ReferenceCohort?
        var format: OutputFormat
        var dpi: Double
        var paper: ReportTemplate.Paper?
        var institution: String?
        var generatedDate: CalendarDate
        var jobs: Int
        var fontsDirectory: URL
        var watermark: String?
    }

    /// What a finished (or interrupted) batch produced.
    struct Outcome {
        var reported: [PatientSummaryRow] = []
        var failures: [BatchFailure] = []
        var planned = 0
        var interrupted = false
        var elapsed: TimeInterval = 0
    }

    let settings: Settings

    /// A patient to render, with its output name.
    struct Job: Sendable {
        let patientCase: PatientCase
        let digest: String
        let fileBase: String
    }

    /// Runs the batch.
    /// - Parameters:
    ///   - files: case files in input order.
    ///   - discoveryErrors: problems found while expanding the paths.
    ///   - interrupt: polled between reports.
    func run(files: [URL], discoveryErrors: [CaseReadError], interrupt: InterruptFlag) throws -> Outcome {
        let start = Date()
        var outcome = Outcome()
        outcome.failures = discoveryErrors.map { BatchFailure(source: $0.source, message: "\($0)") }

        // Phase 1: read, validate, name.
        let scoring = try CaseScoring(model: settings.model)
        let loads = ResultSlots<CaseFileLoad>(count: files.count)
        let reader = scoring.reader
        BatchScheduler.run(count: files.count, jobs: settings.jobs, makeWorker: { () },
                           process: { _, i in CaseFileLoad.read(files[i], reader: reader) },
                           deliver: { i, load in loads.set(i, load) }, stop: { interrupt.isRaised })
        var jobs: [Job] = []
        var claimed: [String: String] = [:]  // lower-cased file base → patient ID that claimed it
        for load in loads.values {
            outcome.failures += load.result.errors.map { BatchFailure(source: $0.source, message: "\($0)") }
            for c in load.result.cases {
                let base = ReportFileName.base(for: c.patient.id)
                if let other = claimed[base.lowercased()] {
                    let why = other == c.patient.id ? "the patient ID \"\(c.patient.id)\" appears in more than one case"
                        : "patient ID \"\(c.patient.id)\" would be written to the same file (\(base).\(settings.format.rawValue)) as patient \"\(other)\""
                    outcome.failures.append(BatchFailure(source: c.source, message: "\(c.source): \(why); no report was written for it, to avoid overwriting another patient's report. Make the IDs unique and rerun."))
                    continue
                }
                claimed[base.lowercased()] = c.patient.id
                jobs.append(Job(patientCase: c, digest: load.digest, fileBase: base))
            }
        }
        outcome.planned = jobs.count
        let plannedJobs = jobs

        // Phase 2: render.
        let figureSource = PatientFigureSource(model: settings.model, cohort: settings.cohort)
        let progress = ProgressBar(total: plannedJobs.count)
        let results = ResultSlots<Result<PatientSummaryRow, BatchFailure>>(count: plannedJobs.count)
        let settings = self.settings
        BatchScheduler.run(
            count: plannedJobs.count, jobs: settings.jobs,
            makeWorker: { () -> Result<FontRegistry, FontLocationError> in
                do throws(FontLocationError) { return .success(try FontRegistry(directory: settings.fontsDirectory)) }
                catch { return .failure(error) }
            },
            process: { fonts, i -> Result<PatientSummaryRow, BatchFailure> in
                let job = plannedJobs[i]
                switch fonts {
                case .failure(let e): return .failure(BatchFailure(source: job.patientCase.source, message: "\(job.patientCase.source): \(e)"))
                case .success(let registry): return Self.render(job, fonts: registry, figures: figureSource, settings: settings, token: i)
                }
            },
            deliver: { i, r in
                results.set(i, r)
                if case .failure = r { progress.advance(failed: true) } else { progress.advance(failed: false) }
            },
            stop: { interrupt.isRaised })
        progress.finish()
        for r in results.values {
            switch r {
            case .success(let row): outcome.reported.append(row)
            case .failure(let f): outcome.failures.append(f)
            }
        }
        outcome.interrupted = interrupt.isRaised
        outcome.elapsed = Date().timeIntervalSince(start)
        return outcome
    }

    /// Renders one patient's report and moves it into place.
    static func render(_ job: Job, fonts: FontRegistry, figures: PatientFigureSource, settings: Settings, token: Int) -> Result<PatientSummaryRow, BatchFailure> {
        let score = CaseScore(case: job.patientCase, model: settings.model)
        let report = PatientReport(score: score, cohort: settings.cohort.map(CohortLoading.describe), figures: figures.figures(for: score),
                                   inputDigest: job.digest, generatedDate: settings.generatedDate, toolVersion: HCCReport.version,
                                   institution: settings.institution, paper: settings.paper, watermark: settings.watermark)
        let document = TumorBoardReport.compose(report, template: settings.template)
        let fileName = job.fileBase + "." + settings.format.rawValue
        let destination = settings.outputDirectory.appendingPathComponent(fileName)
        do {
            let measurer = try PNGImage(size: Size(width: 1, height: 1), dpi: 72, fonts: fonts)
            switch settings.format {
            case .pdf:
                let tmp = AtomicFile.temporaryURL(for: destination, token: token)
                let pdf = try PDFDocument(path: tmp.path, fonts: fonts)
                DocumentComposer.render(document, into: pdf, measurer: measurer.canvas)
                try pdf.finish()
                try AtomicFile.commit(tmp, to: destination)
            case .png, .svg:
                let format: PageImageDocument.Format = settings.format == .png ? .png(dpi: settings.dpi) : .svg
                let ext = settings.format.rawValue
                let final = { (page: Int) in settings.outputDirectory.appendingPathComponent("\(job.fileBase)-p\(page).\(ext)") }
                let temporary = { (page: Int) in AtomicFile.temporaryURL(for: final(page), token: token) }
                let sink = PageImageDocument(format: format, fonts: fonts) { temporary($0).path }
                DocumentComposer.render(document, into: sink, measurer: measurer.canvas)
                do {
                    try sink.finish()
                    for page in 1...max(sink.pageCount, 1) { try AtomicFile.commit(temporary(page), to: final(page)) }
                } catch {
                    for page in 0...sink.pageCount { unlink(temporary(page).path) }
                    throw error
                }
            }
        } catch {
            return .failure(BatchFailure(source: job.patientCase.source, message: "\(job.patientCase.source): the report for patient \(job.patientCase.patient.id) could not be written: \(error)"))
        }
        return .success(PatientSummaryRow(score: score, report: settings.format == .pdf ? fileName : "\(job.fileBase)-p*.\(settings.format.rawValue)"))
    }
}
