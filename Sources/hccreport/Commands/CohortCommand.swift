import ArgumentParser
import BatchProcessing
import ClinicalModel
import Foundation
import Scoring

/// `hccreport cohort [COHORT]`: discrimination of the nomogram and of each predictor on a reference cohort.
struct CohortCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cohort",
        abstract: "AUC (95 % DeLong CI), Youden cut-off and paired DeLong tests of the nomogram and its predictors on a reference cohort.",
        discussion: """
        For the nomogram's linear predictor and each predictor: lesions per group, AUC (Mann–Whitney), its 95 % DeLong \
        confidence interval, the Youden-optimal cut-off with sensitivity, specificity and accuracy (ties: the cut-off \
        with the highest sensitivity), and the paired DeLong p-value of the nomogram against each predictor. Higher \
        values are taken to indicate non-response (for a predictor, when its coefficient is positive). With the \
        bundled synthetic cohort, the table gives the AUCs the paper published, with their source, and marks the \
        reconstruction's own AUC "not a finding: synthetic"; no cut-off or p-value computed on generated lesions is \
        printed (JSON: cohort.findings false, a note, and markers[].published). \
        Exit codes: 0 done; 2 usage or set-up error (unreadable cohort or model).
        """)

    enum Format: String, ExpressibleByArgument, CaseIterable { case table, json }

    @Argument(help: ArgumentHelp("A cohort CSV or a folder of case files with follow-up (each lesion's lesion-level mRECIST at the model's endpoint: the first follow-up inside its window, days 61–90 after the first TACE ± 7 for the built-in model; default: the bundled synthetic cohort).", valueName: "COHORT"))
    var cohort: String?

    @Option(name: .long, help: "Output format: table or json.")
    var format: Format = .table

    @OptionGroup var modelOptions: ModelOptions

    func run() throws {
        let model: NomogramModel
        let reference: ReferenceCohort
        let statistics: CohortDiscrimination
        do {
            model = try modelOptions.load()
            reference = try CohortLoading.load(cohort, model: model)
            statistics = try CohortDiscrimination(cohort: reference, model: model)
        } catch {
            printError("error: \(error)")
            throw ExitStatus.usageOrSetup
        }
        switch format {
        case .json:
            try JSONOutput.print(CohortOutput.Document(statistics: statistics, cohort: reference, model: model))
        case .table:
            print(CohortTable.text(statistics, cohort: reference, model: model), terminator: "")
        }
    }
}
