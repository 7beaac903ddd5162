import ClinicalModel
import Testing

/// Every lesion field carries its unit and possible range, which the case reader enforces and
/// `analyze` prints.
@Suite struct LesionFieldQuantityTests {
    @Test(arguments: [
        ("size_mm", "mm", 0.0, false, 300.0),
        ("arterial.nic_percent", "%", 0, true, 200),
        ("portal_venous.ic_aorta_mg_ml", "mg/mL", 0, false, 100),
        ("arterial.zeff", "", 5, true, 20),
        ("arterial.ct_40kev_hu", "HU", -1024, true, 3071),
        ("perfusion.ps", "mL/min/100 g", 0, true, 2000),
        ("perfusion.bv", "mL/100 g", 0, true, 100),
        ("perfusion.tmax", "s", 0, true, 300),
    ])
    func recordedFieldsHaveUnitAndRange(path: String, unit: String, lower: Double, lowerIncluded: Bool, upper: Double) throws {
        let quantity = try LesionField(path: path).quantity
        #expect(quantity.unitSymbol == unit)
        #expect(quantity.lower == Quantity.Bound(value: lower, inclusive: lowerIncluded))
        #expect(quantity.upper == Quantity.Bound(value: upper, inclusive: true))
    }

    @Test func derivedLambdaHasAUnitButNoRangeOfItsOwn() throws {
        let quantity = try LesionField(path: "arterial.lambda_hu").quantity
        #expect(quantity.unitSymbol == "HU/keV")
        #expect(quantity.lower == nil && quantity.upper == nil)
    }

    @Test func everyPathHasAQuantity() throws {
        #expect(LesionField.allPaths.count == 22)
        for path in LesionField.allPaths {
            let quantity = try LesionField(path: path).quantity
            #expect(!quantity.unitName.isEmpty || path.hasSuffix("zeff"), "\(path)")
        }
    }
}
