/// One target lesion at the pre-treatment exam, with everything measured on it.
public struct Lesion: Sendable, Hashable, Codable {
    /// Where the lesion lies relative to the hepatic hilum.
    public enum Location: String, Sendable, Codable, CaseIterable { case peripheral, central }

    /// Unique within the case; follow-up entries refer to it.
    public var id: String
    /// Couinaud segment, "S1" … "S8".
    public var segment: String?
    public var location: Location?
    /// Longest diameter on the arterial phase, mm (the model's "size").
    public var sizeMm: Measurement?
    /// Longest diameter of the viable (arterially enhancing) tumour at baseline, mm: the mRECIST
    /// baseline. When absent, `sizeMm` serves as the baseline and the report says so.
    public var viableDiameterMm: Double?
    public var coronaEnhancement: Bool?
    public var arterial: PhaseMeasurements?
    public var portalVenous: PhaseMeasurements?
    public var perfusion: PerfusionMeasurements?

    public init(id: String, segment: String? = nil, location: Location? = nil, sizeMm: Measurement? = nil,
                viableDiameterMm: Double? = nil, coronaEnhancement: Bool? = nil,
                arterial: PhaseMeasurements? = nil, portalVenous: PhaseMeasurements? = nil,
                perfusion: PerfusionMeasurements? = nil) {
        self.id = id
        self.segment = segment
        self.location = location
        self.sizeMm = sizeMm
        self.viableDiameterMm = viableDiameterMm
        self.coronaEnhancement = coronaEnhancement
        self.arterial = arterial
        self.portalVenous = portalVenous
        self.perfusion = perfusion
    }
}

/// Dual-energy CT measurements of a lesion in one contrast phase (arterial or portal venous).
public struct PhaseMeasurements: Sendable, Hashable, Codable {
    /// Iodine concentration in the tumour, mg/mL.
    public var icMgMl: Measurement?
    /// Iodine concentration in the aorta on the same slice, mg/mL.
    public var icAortaMgMl: Measurement?
    /// Normalized iodine concentration, % (100 · IC_tumour / IC_aorta).
    public var nicPercent: Measurement?
    /// Effective atomic number.
    public var zeff: Measurement?
    /// Attenuation on the 40 keV virtual monochromatic image, HU.
    public var ct40keVHU: Measurement?
    /// Attenuation on the 90 keV virtual monochromatic image, HU.
    public var ct90keVHU: Measurement?

    public init(icMgMl: Measurement? = nil, icAortaMgMl: Measurement? = nil, nicPercent: Measurement? = nil,
                zeff: Measurement? = nil, ct40keVHU: Measurement? = nil, ct90keVHU: Measurement? = nil) {
        self.icMgMl = icMgMl
        self.icAortaMgMl = icAortaMgMl
        self.nicPercent = nicPercent
        self.zeff = zeff
        self.ct40keVHU = ct40keVHU
        self.ct90keVHU = ct90keVHU
    }
}

/// Perfusion CT parameters of a lesion, units as in the paper.
public struct PerfusionMeasurements: Sendable, Hashable, Codable {
    /// Permeability-surface area product, mL/min/100 g.
    public var ps: Measurement?
    /// Blood volume, mL/100 g.
    public var bv: Measurement?
    /// Blood flow, mL/min/100 g.
    public var bf: Measurement?
    /// Hepatic arterial blood flow, mL/min/100 g.
    public var habf: Measurement?
    /// Mean transit time, s.
    public var mtt: Measurement?
    /// Time to peak, s.
    public var ttp: Measurement?
    /// Time to maximum of the residue function, s.
    public var tmax: Measurement?

    public init(ps: Measurement? = nil, bv: Measurement? = nil, bf: Measurement? = nil, habf: Measurement? = nil,
                mtt: Measurement? = nil, ttp: Measurement? = nil, tmax: Measurement? = nil) {
        self.ps = ps
        self.bv = bv
        self.bf = bf
        self.habf = habf
        self.mtt = mtt
        self.ttp = ttp
        self.tmax = tmax
    }
}
