import ClinicalModel
import Formatting
import Scoring
import Statistics

extension ViolinChartSpec {
    /// Violins of each model predictor and of the nomogram score (linear predictor) for the two outcome
    /// groups of a reference cohort (paper, Figure 4), with the patient's lesions marked.
    ///
    /// Per panel and group: Gaussian KDE on the data range (`KernelDensity`, `.dataRange` support, so never
    /// below the smallest observation), type-7 quartiles, and the two-sided Mann–Whitney U p-value (R's
    /// default method). O(panels · (n · gridPoints + n log n)).
    /// - Parameters:
    ///   - cohort: The reference cohort (its label becomes the footnote).
    ///   - model: The model whose predictors and linear predictor are shown.
    ///   - lesions: The patient's scored lesions.
    ///   - bandwidth: KDE bandwidth rule (default scipy's Scott rule), named in the caption.
    ///   - gridPoints: Density evaluation points per group.
    ///   - theme: Supplies the group styles.
    ///   - title: Figure title, if any.
    /// - Throws: `ChartDataError` when the cohort lacks a predictor or a statistic cannot be computed.
    public init(cohort: ReferenceCohort, model: NomogramModel, lesions: [PatientLesion], bandwidth: Bandwidth.Rule = .scott,
                gridPoints: Int = 128, theme: ChartTheme = .standard, title: String? = nil) throws(ChartDataError) {
        let basis = try CohortBasis(cohort: cohort, model: model, bandwidth: bandwidth, gridPoints: gridPoints, theme: theme)
        self.init(basis: basis, lesions: lesions, title: title)
    }

    /// The violins of `basis` with the patient's lesions marked: O(panels · lesions), so a batch
    /// computes the densities, quartiles and tests once and marks each patient's lesions on them.
    /// - Parameters:
    ///   - basis: The cohort's panels.
    ///   - lesions: The patient's scored lesions.
    ///   - title: Figure title, if any.
    public init(basis: CohortBasis, lesions: [PatientLesion], title: String? = nil) {
        let panels = basis.panels.map { entry in
            var panel = entry.panel
            panel.markers = lesions.enumerated().map { i, l in
                Marker(tag: l.tag, value: basis.markers.value(entry.marker, of: l.score), lesionIndex: i)
            }
            return panel
        }
        self.init(title: title, panels: panels, bandwidthRule: basis.bandwidthRule,
                  testName: "two-sided Mann–Whitney U test", lesionNames: lesions.map(\.name), footnote: basis.footnote)
    }

    /// What the violins show of a reference cohort, without any patient: per panel and group the
    /// Gaussian KDE on the data range, type-7 quartiles and the Mann–Whitney p-value.
    public struct CohortBasis: Sendable {
        /// Each panel without markers, and the index of its marker in `markers`.
        let panels: [(panel: Panel, marker: Int)]
        let markers: CohortMarkers
        let bandwidthRule: String
        let footnote: String

        /// Computes the panels of `cohort`. O(panels · (n · gridPoints + n log n)).
        /// - Parameters:
        ///   - cohort: The reference cohort (its label becomes the footnote).
        ///   - model: The model whose predictors and linear predictor are shown.
        ///   - bandwidth: KDE bandwidth rule, named in the caption.
        ///   - gridPoints: Density evaluation points per group.
        ///   - theme: Supplies the group styles.
        /// - Throws: `ChartDataError` when the cohort lacks a predictor or a statistic cannot be computed.
        public init(cohort: ReferenceCohort, model: NomogramModel, bandwidth: Bandwidth.Rule = .scott, gridPoints: Int = 128,
                    theme: ChartTheme = .standard) throws(ChartDataError) {
            let data: CohortMarkers
            do {
                data = try CohortMarkers(cohort: cohort, model: model)
            } catch {
                throw ChartDataError(error, chart: "violin chart")
            }
            // Predictors first, the nomogram score last (Figure 4 a–d).
            let order = Array(data.markers.indices.dropFirst()) + [0]
            var panels: [(panel: Panel, marker: Int)] = []
            for k in order {
                let marker = data.markers[k]
                let samples = [zip(marker.values, data.positive).filter { !$1 }.map(\.0), zip(marker.values, data.positive).filter { $1 }.map(\.0)]
                let names = [model.negativeClass, model.positiveClass]
                var groups: [Group] = []
                let pValue: Double
                do {
                    for (g, values) in samples.enumerated() {
                        let kde = try KernelDensity(samples: values, bandwidth: bandwidth)
                        let curve = kde.curve(pointCount: gridPoints, support: .dataRange)
                        let q = try Quantile.type7(values, probabilities: [0.25, 0.5, 0.75])
                        groups.append(Group(name: names[g], n: values.count, grid: curve.map(\.x), density: curve.map(\.density),
                                            q1: q[0], median: q[1], q3: q[2], min: values.min()!, max: values.max()!,
                                            style: theme.groupStyle(g)))
                    }
                    pValue = try MannWhitneyU.test(samples[0], samples[1]).pValue
                } catch {
                    throw .statisticFailed(chart: "violin chart", marker: marker.label, reason: "\(error)")
                }
                let isScore = k == 0
                panels.append((Panel(label: isScore ? "Nomogram score" : marker.label,
                                     unit: isScore ? "log-odds of \(model.positiveClass)" : marker.unit,
                                     // A p-value computed on a synthetic reconstruction is not a finding: not printed.
                                     groups: groups, pValueText: cohort.isSynthetic ? "" : ReportNumber.pStatement(pValue), markers: [],
                                     nonNegative: marker.nonNegative), k))
            }
            self.panels = panels
            self.markers = data
            self.bandwidthRule = ViolinChartSpec.ruleName(bandwidth)
            self.footnote = cohort.label
        }
    }

    /// The caption name of a bandwidth rule, with its formula (s = sample SD, n = group size).
    /// - Parameter rule: The rule.
    /// - Returns: E.g. "Scott's rule, h = s·n^(−1/5)".
    public static func ruleName(_ rule: Bandwidth.Rule) -> String {
        switch rule {
        case .scott: "Scott's rule, h = s·n^(−1/5)"
        case .silverman: "Silverman's rule, h = s·(3n/4)^(−1/5)"
        case .nrd0: "R nrd0, h = 0.9·min(s, IQR/1.34)·n^(−1/5)"
        case .fixed(let h): "fixed h = \(ReportNumber.shortest(h, maxDecimals: 4))"
        }
    }
}
