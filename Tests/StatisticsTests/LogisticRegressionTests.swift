import TestSupport
import Testing
@testable import Statistics

struct GLMReference: Decodable, Sendable, CustomTestStringConvertible {
    let name: String
    let design: [[FixtureNumber]]
    let outcome: [Bool]
    let coefficients, standardErrors, z, p, ciLower, ciUpper: [FixtureNumber]
    let covariance: [[FixtureNumber]]
    let deviance, nullDeviance, logLik, aic: FixtureNumber
    let iterations: Int
    let converged: Bool
    var testDescription: String { name }
}

private struct GLMFile: Decodable {
    struct Separation: Decodable { let x: [FixtureNumber]; let outcome: [Bool] }
    let glm: [GLMReference]
    let separation: [String: Separation]
}

private let glmFile = try? Fixture.load(GLMFile.self, from: "r_reference.json")

/// Wald inference at the MLE (statsmodels, make_glm_reference.py): R's `glm` reports the covariance
/// from the weights one iteration before its estimate, about 1e-5 away from the MLE's.
struct GLMAtMLE: Decodable, Sendable {
    let name: String
    let coefficients, standardErrors, z, p, ciLower, ciUpper: [Double]
    let covariance: [[Double]]
    let deviance, nullDeviance, logLik, aic: Double
}

private struct GLMAtMLEFile: Decodable { let glm: [GLMAtMLE] }

private let atMLEFile = try? Fixture.load(GLMAtMLEFile.self, from: "statsmodels_glm.json")

/// The one logistic-regression fitter against R's `glm(…, family = binomial)`. R's iteration count is
/// not compared: R starts Fisher scoring from μ = (y + ½)/2, this fitter from β = 0.
@Suite struct LogisticRegressionTests {
    @Test func fixturesLoaded() {
        #expect(glmFile?.glm.count == 4)
        #expect(atMLEFile?.glm.count == 4)
        #expect(glmFile?.separation.count == 2)
    }

    /// The design's rows as the fitter's columns.
    static func columns(_ design: [[FixtureNumber]]) -> [[Double]] {
        let rows = design.map(\.values)
        return (0..<(rows.first?.count ?? 0)).map { j in rows.map { $0[j] } }
    }

    /// Coefficients and deviances against R's `glm`, as strictly as before the fitters were folded.
    @Test(arguments: glmFile?.glm ?? [])
    func matchesRGlm(_ reference: GLMReference) throws {
        let fit = try LogisticFit(columns: Self.columns(reference.design), outcomes: reference.outcome)
        #expect(reference.converged)
        #expect(fit.converged)
        #expect(fit.separation == nil)
        #expect(fit.coefficients.count == reference.coefficients.values.count)
        for (i, (actual, expected)) in zip(fit.coefficients, reference.coefficients.values).enumerated() {
            expectClose(actual, expected, relative: 1e-6, absolute: 1e-9, "β\(i)")
        }
        expectClose(fit.deviance, reference.deviance.value, relative: 1e-10, "deviance")
        expectClose(try LogisticFit(columns: [], outcomes: reference.outcome).deviance, reference.nullDeviance.value, relative: 1e-12, "null deviance")
        expectClose(fit.logLikelihood, reference.logLik.value, relative: 1e-10, "logLik")
        expectClose(fit.aic, reference.aic.value, relative: 1e-10, "AIC")
    }

    /// Standard errors, Wald z and p, covariance and odds-ratio intervals at the MLE against statsmodels;
    /// R's values (one iteration behind) agree to 1e-4.
    @Test(arguments: glmFile?.glm ?? [])
    func matchesWaldInferenceAtTheMLE(_ reference: GLMReference) throws {
        let mle = try #require(atMLEFile?.glm.first { $0.name == reference.name })
        let fit = try LogisticFit(columns: Self.columns(reference.design), outcomes: reference.outcome)
        let intervals = fit.oddsRatioIntervals
        for i in fit.coefficients.indices {
            expectClose(fit.coefficients[i], mle.coefficients[i], relative: 1e-9, absolute: 1e-12, "β\(i)")
            expectClose(fit.standardErrors[i], mle.standardErrors[i], relative: 1e-9, "SE\(i)")
            expectClose(fit.standardErrors[i], reference.standardErrors[i].value, relative: 1e-4, "SE\(i) (R)")
            expectClose(fit.waldZ[i], mle.z[i], relative: 1e-9, absolute: 1e-12, "z\(i)")
            expectClose(fit.pValues[i], mle.p[i], relative: 1e-8, "p\(i)")
            expectClose(intervals[i].low, Math.exp(mle.ciLower[i]), relative: 1e-8, "OR lower \(i)")
            expectClose(intervals[i].high, Math.exp(mle.ciUpper[i]), relative: 1e-8, "OR upper \(i)")
            for (j, c) in mle.covariance[i].enumerated() {
                expectClose(fit.covariance[i][j], c, relative: 1e-9, absolute: 1e-15, "Cov[\(i),\(j)]")
            }
        }
        expectClose(fit.deviance, mle.deviance, relative: 1e-12, "deviance")
        expectClose(fit.aic, mle.aic, relative: 1e-12, "AIC")
    }

    @Test func linearPredictorsAreTheFittedFormula() throws {
        let reference = try #require(glmFile?.glm.first)
        let fit = try LogisticFit(columns: Self.columns(reference.design), outcomes: reference.outcome)
        for (row, eta) in zip(reference.design.map(\.values), fit.linearPredictors) {
            expectClose(eta, zip([1] + row, fit.coefficients).reduce(0) { $0 + $1.0 * $1.1 }, relative: 1e-12, absolute: 1e-12, "η")
        }
    }

    @Test func reportsCompleteSeparation() throws {
        let case_ = try #require(glmFile?.separation["complete"])
        let fit = try LogisticFit(columns: [case_.x.values], outcomes: case_.outcome)
        #expect(fit.separation == .complete)
    }

    @Test func reportsQuasiCompleteSeparation() throws {
        let case_ = try #require(glmFile?.separation["quasi"])
        let fit = try LogisticFit(columns: [case_.x.values], outcomes: case_.outcome)
        #expect(fit.separation == .quasiComplete)
    }

    @Test func fitsAnOffsetWithoutIntercept() throws {
        // With the true linear predictor as offset and no parameter but one slope on zero, nothing is left to fit.
        let lp = (0..<40).map { Double($0 - 20) / 8 }
        let outcomes = lp.indices.map { $0 % 3 == 0 || $0 > 28 }
        let inTheLarge = try LogisticFit(columns: [], outcomes: outcomes, offset: lp)
        #expect(inTheLarge.coefficients.count == 1)
        let slope = try LogisticFit(columns: [lp], outcomes: outcomes, intercept: false)
        #expect(slope.coefficients.count == 1)
        // The slope model's deviance can only be at or below that of slope 1 (offset alone, no parameter).
        var atOne = 0.0
        for (eta, y) in zip(lp, outcomes) { atOne -= 2 * Math.log(y ? Logistic.probability(eta) : 1 - Logistic.probability(eta)) }
        #expect(slope.deviance <= atOne + 1e-9)
    }

    @Test func rejectsCollinearEmptyAndRaggedDesigns() {
        let x = (0..<20).map(Double.init)
        let outcome = (0..<20).map { $0 % 3 == 0 }
        #expect(throws: LogisticFitError.singular) { try LogisticFit(columns: [x, x.map { 2 * $0 + 1 }], outcomes: outcome) }
        #expect(throws: LogisticFitError.noParameters) { try LogisticFit(columns: [], outcomes: outcome, intercept: false) }
        #expect(throws: LogisticFitError.lengthMismatch) { try LogisticFit(columns: [[1, 2, 3]], outcomes: [true, false]) }
    }
}

@Suite struct SymmetricMatrixTests {
    @Test func invertsByCholesky() throws {
        let a = [[4, 2, 0.4], [2, 5, 1], [0.4, 1, 3]]
        let inverse = try #require(SymmetricMatrix(a).inverse()).rows
        for i in 0..<3 {
            for j in 0..<3 {
                let product = (0..<3).reduce(0.0) { $0 + a[i][$1] * inverse[$1][j] }
                expectClose(product, i == j ? 1 : 0, absolute: 1e-14, "A A⁻¹")
            }
        }
        #expect(SymmetricMatrix([[1, 2], [2, 4]]).inverse() == nil)
    }

    /// L of [[4, 2, 0.4], [2, 5, 1], [0.4, 1, 3]] by hand: l₁₁ = 2, l₂₁ = 1, l₃₁ = 0.2, l₂₂ = 2,
    /// l₃₂ = (1 − 0.2)/2 = 0.4, l₃₃ = √(3 − 0.04 − 0.16) = √2.8; upper triangle zero; L·Lᵀ = A.
    @Test func choleskyFactorIsLowerTriangularAndReproducesTheMatrix() throws {
        let a = [[4, 2, 0.4], [2, 5, 1], [0.4, 1, 3]]
        let l = try #require(SymmetricMatrix(a).choleskyFactor())
        let expected = [[2, 0, 0], [1, 2, 0], [0.2, 0.4, 2.8.squareRoot()]]
        for i in 0..<3 {
            for j in 0..<3 {
                expectClose(l[i][j], expected[i][j], absolute: 1e-15, "L[\(i)][\(j)]")
                expectClose((0..<3).reduce(0.0) { $0 + l[i][$1] * l[j][$1] }, a[i][j], absolute: 1e-14, "(L Lᵀ)[\(i)][\(j)]")
            }
        }
        #expect(SymmetricMatrix([[1, -0.5, -0.5], [-0.5, 1, -0.5], [-0.5, -0.5, 1]]).choleskyFactor() == nil,
                "three correlations of −0.5 are singular")
    }
}
