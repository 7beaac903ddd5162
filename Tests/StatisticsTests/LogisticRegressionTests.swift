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

@Suite struct LogisticRegressionTests {
    @Test func fixturesLoaded() {
        #expect(glmFile?.glm.count == 4)
        #expect(glmFile?.separation.count == 2)
    }

    @Test(arguments: glmFile?.glm ?? [])
    func matchesRGlm(_ reference: GLMReference) throws {
        let fit = try LogisticRegression.fit(design: reference.design.map(\.values), outcome: reference.outcome)
        #expect(reference.converged)
        #expect(fit.iterations == reference.iterations)
        for (i, (actual, expected)) in zip(fit.coefficients, reference.coefficients.values).enumerated() {
            expectClose(actual, expected, relative: 1e-6, absolute: 1e-9, "β\(i)")
            expectClose(fit.standardErrors[i], reference.standardErrors[i].value, relative: 1e-6, "SE\(i)")
            expectClose(fit.waldZ[i], reference.z[i].value, relative: 1e-6, absolute: 1e-9, "z\(i)")
            expectClose(fit.pValues[i], reference.p[i].value, relative: 1e-6, "p\(i)")
            let interval = try fit.oddsRatioIntervals()[i]
            expectClose(interval.lowerBound, Math.exp(reference.ciLower[i].value), relative: 1e-6, "OR lower \(i)")
            expectClose(interval.upperBound, Math.exp(reference.ciUpper[i].value), relative: 1e-6, "OR upper \(i)")
            for (j, c) in reference.covariance[i].values.enumerated() {
                expectClose(fit.covariance[i, j], c, relative: 1e-6, absolute: 1e-12, "Cov[\(i),\(j)]")
            }
        }
        expectClose(fit.deviance, reference.deviance.value, relative: 1e-10, "deviance")
        expectClose(fit.nullDeviance, reference.nullDeviance.value, relative: 1e-12, "null deviance")
        expectClose(fit.logLikelihood, reference.logLik.value, relative: 1e-10, "logLik")
        expectClose(fit.aic, reference.aic.value, relative: 1e-10, "AIC")
    }

    @Test func predictsWithThePublishedFormulaShape() throws {
        let reference = try #require(glmFile?.glm.first)
        let fit = try LogisticRegression.fit(design: reference.design.map(\.values), outcome: reference.outcome)
        let row = reference.design[0].values
        let eta = try fit.linearPredictor(row)
        expectClose(eta, zip([1] + row, fit.coefficients).reduce(0) { $0 + $1.0 * $1.1 }, relative: 1e-15, "η")
        expectClose(try fit.probability(row), 1 / (1 + Math.exp(-eta)), relative: 1e-15, "p")
        #expect(throws: StatisticsError.self) { try fit.linearPredictor([1, 2]) }
    }

    @Test func detectsCompleteSeparation() throws {
        let case_ = try #require(glmFile?.separation["complete"])
        #expect(throws: StatisticsError.separation(complete: true)) {
            try LogisticRegression.fit(design: case_.x.values.map { [$0] }, outcome: case_.outcome)
        }
    }

    @Test func detectsQuasiCompleteSeparation() throws {
        let case_ = try #require(glmFile?.separation["quasi"])
        #expect(throws: StatisticsError.separation(complete: false)) {
            try LogisticRegression.fit(design: case_.x.values.map { [$0] }, outcome: case_.outcome)
        }
    }

    @Test func rejectsCollinearAndShortDesigns() {
        let collinear = (0..<20).map { i in [Double(i), 2 * Double(i) + 1] }
        let outcome = (0..<20).map { $0 % 3 == 0 }
        #expect(throws: StatisticsError.singularDesign) {
            try LogisticRegression.fit(design: collinear, outcome: outcome)
        }
        #expect(throws: StatisticsError.self) { try LogisticRegression.fit(design: [[1], [2]], outcome: [true, false]) }
        #expect(throws: StatisticsError.self) { try LogisticRegression.fit(design: [[1], [2], [3]], outcome: [true, false]) }
    }
}

@Suite struct CholeskyTests {
    @Test func solvesAndInverts() throws {
        let a = try Matrix(rows: [[4, 2, 0.4], [2, 5, 1], [0.4, 1, 3]])
        let cholesky = try CholeskyDecomposition(a)
        let x = cholesky.solve([1, 2, 3])
        for i in 0..<3 {
            let row = (0..<3).reduce(0.0) { $0 + a[i, $1] * x[$1] }
            expectClose(row, Double(i + 1), relative: 1e-14, "A x")
        }
        let inverse = cholesky.inverse()
        for i in 0..<3 {
            for j in 0..<3 {
                let product = (0..<3).reduce(0.0) { $0 + a[i, $1] * inverse[$1, j] }
                expectClose(product, i == j ? 1 : 0, absolute: 1e-14, "A A⁻¹")
            }
        }
        #expect(throws: StatisticsError.singularDesign) { try CholeskyDecomposition(Matrix(rows: [[1, 2], [2, 4]])) }
    }
}
