import ClinicalModel

extension Lesion {
    /// Resolves a field path against this lesion, deriving NIC from iodine concentrations and
    /// λ_HU from the 40/90 keV attenuations when needed (docs/DOMAIN.md §2).
    /// - Parameter field: The field to read.
    /// - Returns: The value with its provenance, or `nil` when it is neither recorded nor derivable.
    public func value(of field: LesionField) -> LesionFieldValue? {
        func recorded(_ m: Measurement?) -> LesionFieldValue? {
            m.map { LesionFieldValue(field: field, value: $0.value, provenance: .recorded($0)) }
        }
        switch field.target {
        case .size:
            return recorded(sizeMm)
        case let .perfusion(quantity):
            let p = perfusion
            switch quantity {
            case .ps: return recorded(p?.ps)
            case .bv: return recorded(p?.bv)
            case .bf: return recorded(p?.bf)
            case .habf: return recorded(p?.habf)
            case .mtt: return recorded(p?.mtt)
            case .ttp: return recorded(p?.ttp)
            case .tmax: return recorded(p?.tmax)
            }
        case let .phase(phase, quantity):
            guard let m = phase == .arterial ? arterial : portalVenous else { return nil }
            switch quantity {
            case .icMgMl: return recorded(m.icMgMl)
            case .icAortaMgMl: return recorded(m.icAortaMgMl)
            case .zeff: return recorded(m.zeff)
            case .ct40keVHU: return recorded(m.ct40keVHU)
            case .ct90keVHU: return recorded(m.ct90keVHU)
            case .nicPercent:
                if let given = recorded(m.nicPercent) { return given }
                guard let derived = m.nicPercentFromIodine, let ic = m.icMgMl?.value,
                      let aorta = m.icAortaMgMl?.value else { return nil }
                return LesionFieldValue(field: field, value: derived,
                                        provenance: .derivedNIC(icMgMl: ic, icAortaMgMl: aorta))
            case .lambdaHU:
                guard let lambda = m.lambdaHUFromSpectrum, let hu40 = m.ct40keVHU?.value,
                      let hu90 = m.ct90keVHU?.value else { return nil }
                return LesionFieldValue(field: field, value: lambda,
                                        provenance: .derivedLambda(ct40keVHU: hu40, ct90keVHU: hu90))
            }
        }
    }
}
