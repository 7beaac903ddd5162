import Canvas
import ClinicalModel
import CohortAnalysis
import Formatting
import Foundation
import PageLayout
import Scoring
import TestSupport
import Testing
@testable import ReportComposer

/// The cohort report built from real analyses of the committed CohortAnalysis fixtures.
@Suite struct CohortReportTests {
    static func fixture(_ name: String) -> String {
        FixtureFolder("CohortAnalysisTests").path(name)
    }

    static let main = Result {
        try CohortAnalysis.run(cohort: AnalysisCohort(ReferenceCohort(contentsOfCSVFile: fixture("cohort_main.csv"))),
                               options: CohortAnalysisOptions(bootstrapResamples: 10, seed: 1))
    }

    static func render(_ result: CohortAnalysisResult, digest: String? = String(repeating: "cd", count: 32)) throws -> RecordingDocument {
        let report = CohortReport(result: result, validatedModel: .zhang2025, source: "cohort_main.csv", inputDigest: digest,
                                  generatedDate: CalendarDate(iso: "2025-06-01")!, toolVersion: "0.1.0")
        let template = try ReportTemplate.load(from: ReportTemplateTests.templatesRoot.appendingPathComponent("tumor-board"))
        let doc = RecordingDocument()
        DocumentComposer.render(report.compose(template: template), into: doc, measurer: RecordingCanvas())
        return doc
    }

    @Test func everyPageNamesTheCohortThePageAndTheFingerprint() throws {
        let doc = try Self.render(try Self.main.get())
        #expect(doc.pages.count >= 4)
        for (i, page) in doc.pages.enumerated() {
            #expect(page.dump.contains("\"Cohort cohort_main.csv · 125 lesions\""))
            #expect(page.dump.contains("\"Page \(i + 1) of \(doc.pages.count)\""))
            #expect(page.dump.contains("Cohort SHA-256 \(String(repeating: "cd", count: 32))"))
            #expect(page.dump.contains("Generated 2025-06-01"))
            #expect(!page.dump.contains("SYNTHETIC COHORT"))
        }
        #expect(doc.metadata?.title == "Cohort analysis: cohort_main.csv")
        let outline = doc.outline.map(\.title)
        for title in ["Summary", "Methods", "Group comparisons (Tables 2–3 of the paper)", "Single markers (Table 4 of the paper)",
                      "Model selection", "Refit logistic regression (Table 5 of the paper)", "Refit nomogram",
                      "Discrimination: validated vs refit model", "Calibration", "Decision curve",
                      "Internal validation of the refit model (bootstrap)", "Refit model file"] {
            #expect(outline.contains(title), "\(title)")
        }
    }

    @Test func table5PrintsEveryCoefficientOfTheFit() throws {
        let result = try Self.main.get()
        let text = try Self.render(result).dump
        for row in result.refit.rows {
            let term = row.term == CoefficientTable.interceptTerm ? "Constant" : result.numericComparisons.first { $0.name == row.term }!.label
            #expect(text.contains("\"\(term)\""), "\(term)")
            for number in [ReportNumber.fixed(row.coefficient, 3), ReportNumber.fixed(row.standardError, 3), ReportNumber.fixed(row.wald, 3)] {
                #expect(text.contains("\"\(number)\""), "\(term) \(number)")
            }
        }
        let d = result.externalValidation.discrimination
        #expect(text.contains(ReportNumber.interval(d.auc, d.aucLow, d.aucHigh)))
        #expect(text.contains("AUC \(ReportNumber.fixed(d.auc, 3)) (95 % CI"))  // ROC legend
    }

    @Test func figuresAreDrawnForTheRefitModelAndBothValidations() throws {
        let text = try Self.render(try Self.main.get()).dump
        #expect(text.contains("\"Probability of NR\""))           // nomogram
        #expect(text.contains("\"1 − Specificity\""))             // ROC
        #expect(text.contains("\"Observed proportion of NR\""))   // calibration
        #expect(text.contains("\"Treat all as NR\""))             // decision curve
    }

    @Test func aFolderHasNoFingerprintAndSaysSo() throws {
        let doc = try Self.render(try Self.main.get(), digest: nil)
        #expect(doc.pages.allSatisfy { $0.dump.contains("Cohort: folder of case files (no single-file SHA-256)") })
    }

    @Test func aSyntheticCohortIsLabelledOnEveryPage() throws {
        let result = try CohortAnalysis.run(cohort: AnalysisCohort(ReferenceCohort.syntheticZhang2025),
                                            options: CohortAnalysisOptions(bootstrapResamples: 0))
        let doc = try Self.render(result)
        #expect(doc.pages.allSatisfy { $0.dump.contains(CohortReport.syntheticWatermark) })
        #expect(doc.dump.contains("\"Synthetic cohort\""))
        #expect(doc.dump.contains("The bootstrap was skipped"))
    }

    @Test func tooFewEventsPerPredictorPrintTheRefitAsNotEstimable() throws {
        let cohort = try AnalysisCohort(ReferenceCohort(contentsOfCSVFile: Self.fixture("cohort_small.csv")))
        let result = try CohortAnalysis.run(cohort: cohort, options: CohortAnalysisOptions(
            candidatePredictors: ["size_mm", "nic_ap_percent", "ps_ml_min_100g"], bootstrapResamples: 5, seed: 3))
        let e = result.refitEstimability
        #expect(!e.isEstimable && e.minimum == 10 && e.candidates == 3)
        #expect(result.bootstrap == nil && result.refitModel == nil)
        let text = try Self.render(result).dump
        #expect(text.contains("Refit not estimable."))
        #expect(text.contains("per candidate, below the minimum of 10.0 (Peduzzi et al., J Clin Epidemiol 1996)"))
        #expect(text.contains("not estimable"))
        #expect(!text.contains("optimism-corrected"))
    }

    @Test func separationIsCalledOutAndNoNomogramIsDrawn() throws {
        let cohort = try AnalysisCohort(ReferenceCohort(contentsOfCSVFile: Self.fixture("cohort_small.csv")))
        let result = try CohortAnalysis.run(cohort: cohort, options: CohortAnalysisOptions(
            candidatePredictors: ["size_mm", "nic_ap_percent", "ps_ml_min_100g", "tmax_s"], bootstrapResamples: 5, seed: 3,
            minimumEventsPerCandidate: 0))
        let separation = try #require(result.refit.separation)
        let text = try Self.render(result).dump
        #expect(text.contains("No refit model file can be produced"))
        #expect(text.contains("No nomogram is drawn for the refit model: \(separation)"))
        #expect(!text.contains("\"Probability of NR\""))
        #expect(text.contains("not estimable (all 5 resamples skipped)"))
    }
}
