extension LesionField.PhaseQuantity {
    /// The unit and possible range of a value in a case file: the case reader refuses a value outside it,
    /// `analyze` prints the unit.
    ///
    /// NIC ≤ 200 %: tumour iodine at twice the aortic concentration does not occur in the arterial or
    /// portal phase. Zeff 5–20: soft tissue with iodine lies near 7–10; outside 5–20 is not tissue.
    /// HU −1024…3071: the 12-bit CT number scale. Iodine ≤ 100 mg/mL: far above undiluted-bolus levels
    /// in vivo. λHU, (CT₄₀ − CT₉₀)/50 keV, is only derived, never read, and has no range of its own.
    public var quantity: Quantity {
        switch self {
        case .icMgMl: .nonNegative("mg/mL", "mg/mL", max: 100)
        case .icAortaMgMl: .positive("mg/mL", "mg/mL", max: 100)
        case .nicPercent: .nonNegative("percent", "%", max: 200)
        case .zeff: .range("", "", 5, 20)
        case .ct40keVHU, .ct90keVHU: .range("HU", "HU", -1024, 3071)
        case .lambdaHU: Quantity(unitName: "HU per keV", unitSymbol: "HU/keV", lower: nil, upper: nil)
        }
    }
}

extension LesionField.PerfusionQuantity {
    /// The unit and possible range of a value in a case file.
    ///
    /// BV ≤ 100 mL/100 g: blood cannot exceed the tissue volume. Flows and PS ≤ 2000 mL/min/100 g and
    /// times ≤ 300 s are far beyond any reported liver or tumour value (a typical acquisition lasts 50–60 s).
    public var quantity: Quantity {
        switch self {
        case .ps, .bf, .habf: .nonNegative("mL/min/100 g", "mL/min/100 g", max: 2000)
        case .bv: .nonNegative("mL/100 g", "mL/100 g", max: 100)
        case .mtt, .ttp, .tmax: .nonNegative("seconds", "s", max: 300)
        }
    }
}

extension LesionField {
    /// The longest diameter: > 0 and ≤ 300 mm (larger than an adult liver is not a liver lesion).
    public static let sizeQuantity = Quantity.positive("mm", "mm", max: 300)

    /// The unit and possible range of the field's value.
    public var quantity: Quantity {
        switch target {
        case .size: Self.sizeQuantity
        case .phase(_, let quantity): quantity.quantity
        case .perfusion(let quantity): quantity.quantity
        }
    }
}
