import ClinicalModel

extension NomogramModel {
    /// The published LD-DE&PCT nomogram for lesion-level non-response to TACE-LEN-ICIs
    /// (Zhang et al., Table 5): `logit P(NR) = −7.705 + 0.043·size + 0.143·NIC-AP + 0.072·PS`.
    ///
    /// Axis ranges (size 0–150 mm, NIC-AP 0–70 %, PS 0–100 mL/min/100 g) cover the development
    /// cohort. The endpoint window is the paper's follow-up (days 61–90 after the first TACE) with a
    /// stated tolerance of 7 days either side. The paper published no cutoff and no covariance matrix: the threshold 0.5 is a
    /// labelled default, and no per-patient confidence interval can be computed. The same model is
    /// shipped as `Examples/models/zhang-2025-dect-pct.yaml`; a test keeps both identical.
    public static let zhang2025 = NomogramModel(
        id: "zhang-2025-dect-pct",
        version: "1.0.0",
        citation: "Zhang J, Zhang K, Du T, Yan C, Wang Y, Gao M, Han J, Zhang M, Chen Y, Zhao L. "
            + "Dual-energy CT biomarkers for predicting the efficacy of TACE combined with lenvatinib "
            + "and immune checkpoint inhibitors in unresectable HCC.",
        doi: nil,
        outcome: "non-response (SD or PD by mRECIST, lesion level, 2–3 months after TACE-LEN-ICIs)",
        positiveClass: "NR",
        negativeClass: "ObR",
        intercept: -7.705,
        interceptStandardError: 1.466,
        predictors: [
            Predictor(name: "size_mm", field: "size_mm", label: "Size", unit: "mm",
                      coefficient: 0.043, standardError: 0.010, axisMin: 0, axisMax: 150, tickStep: 10),
            Predictor(name: "nic_ap_percent", field: "arterial.nic_percent", label: "NIC-AP", unit: "%",
                      coefficient: 0.143, standardError: 0.033, axisMin: 0, axisMax: 70, tickStep: 5),
            Predictor(name: "ps_ml_min_100g", field: "perfusion.ps", label: "PS", unit: "mL/min/100 g",
                      coefficient: 0.072, standardError: 0.017, axisMin: 0, axisMax: 100, tickStep: 10),
        ],
        threshold: Threshold(probability: 0.5,
                             provenance: "default 0.5 — the paper did not publish a cutoff",
                             fromPublication: false),
        performance: Performance(auroc: 0.913, aurocCILow: 0.858, aurocCIHigh: 0.968,
                                 sensitivity: 0.963, specificity: 0.775, accuracy: 0.856,
                                 developmentN: 125, validation: "no external validation published"),
        covariance: nil,
        endpointWindow: EndpointWindow(
            firstDay: 61, lastDay: 90, toleranceDays: 7,
            source: "Zhang et al., Methods: mRECIST 2–3 months after the initial TACE; follow-up at 61–90 days (median 78)"),
        studyPopulation: StudyPopulation(
            maxDaysExamBeforeTreatment: 14, bclcStages: ["B", "C"], childPughClasses: ["A", "B"],
            regimen: "first-line TACE + lenvatinib + an immune checkpoint inhibitor",
            scannerKeywords: ["Revolution"],
            scannerDescription: "GE Revolution CT (GE HealthCare), Gemstone Spectral Imaging dual-energy mode; the paper names no post-processing software version",
            source: "Zhang et al., Methods: inclusion criteria and CT protocol"))
}
