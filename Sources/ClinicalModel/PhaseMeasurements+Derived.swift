extension PhaseMeasurements {
    /// NIC recomputed from the iodine concentrations: `100 · IC_tumour / IC_aorta` (%), or `nil`
    /// when either is missing or the aortic IC is not positive.
    ///
    /// The paper (Methods) defines NIC = IC_tumour / IC_aorta and reports it in percent.
    public var nicPercentFromIodine: Double? {
        guard let ic = icMgMl?.value, let aorta = icAortaMgMl?.value, aorta > 0 else { return nil }
        return 100 * ic / aorta
    }

    /// The NIC used for scoring: the recorded `nic_percent` when given, else derived from IC.
    public var effectiveNICPercent: Double? { nicPercent?.value ?? nicPercentFromIodine }

    /// Slope of the spectral HU curve: λ_HU = (CT₄₀ₖₑᵥ − CT₉₀ₖₑᵥ) / (90 − 40), HU/keV.
    public var lambdaHUFromSpectrum: Double? {
        guard let hu40 = ct40keVHU?.value, let hu90 = ct90keVHU?.value else { return nil }
        return (hu40 - hu90) / 50
    }
}
