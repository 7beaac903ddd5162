extension SyntheticCohortGenerator {
    /// The generator of the bundled reference: the group statistics of Zhang et al. (size median (IQR)
    /// from the lesion characteristics table; NIC-AP and PS mean ± SD from Table 3), 71 ObR and 54 NR
    /// lesions. Assumptions not in the paper, chosen and documented in `Examples/cohort/README.md`:
    /// size bounds 10 mm (mRECIST target minimum) to 150 mm (ObR) / 200 mm (NR); log-normal NIC-AP and
    /// PS; within-group latent correlations size–NIC −0.5, size–PS −0.5, NIC–PS −0.1
    /// (chosen so that the nomogram's expected AUC over seeds is near the published 0.913); NIC-AP within
    /// 1–80 %, PS within 1–120 mL/min/100 g; seed 2025.
    public static let zhang2025 = SyntheticCohortGenerator(
        objectiveResponse: GroupTargets(count: 71, sizeKnots: [10, 20.00, 33.40, 54.80, 150],
                                        nicMean: 17.40, nicStandardDeviation: 9.56,
                                        psMean: 23.39, psStandardDeviation: 16.08),
        nonResponse: GroupTargets(count: 54, sizeKnots: [10, 23.79, 47.40, 90.55, 200],
                                  nicMean: 26.35, nicStandardDeviation: 11.98,
                                  psMean: 37.37, psStandardDeviation: 20.44),
        correlations: Correlations(sizeNIC: -0.5, sizePS: -0.5, nicPS: -0.1),
        nicRange: 1...80, psRange: 1...120, seed: 2025,
        description: "Reconstructed from the group statistics of Zhang et al. (71 ObR, 54 NR lesions: "
            + "size median (IQR), NIC-AP and PS mean ± SD) by SyntheticCohortGenerator.zhang2025, seed 2025")
}

extension ReferenceCohort {
    /// The bundled default reference: 71 ObR + 54 NR synthetic lesions from `SyntheticCohortGenerator.zhang2025`.
    /// Not patient data; its `label` says so. Same as `Examples/cohort/synthetic-zhang-2025.csv`.
    public static let syntheticZhang2025: ReferenceCohort = {
        do {
            return try SyntheticCohortGenerator.zhang2025.generate()
        } catch {
            preconditionFailure("The bundled synthetic cohort specification must generate: \(error)")
        }
    }()
}
