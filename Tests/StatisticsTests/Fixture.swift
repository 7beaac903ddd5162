import Foundation
import Testing

/// A JSON number that may also be written as "Inf", "-Inf" (R's infinities) or null (NA).
struct FixtureNumber: Decodable, Sendable {
    let value: Double

    init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            value = .nan
        } else if let number = try? container.decode(Double.self) {
            value = number
        } else {
            switch try container.decode(String.self) {
            case "Inf": value = .infinity
            case "-Inf": value = -.infinity
            case let other:
                throw DecodingError.dataCorruptedError(in: container, debugDescription: "Not a number: \(other)")
            }
        }
    }
}

extension Array where Element == FixtureNumber {
    var values: [Double] { map(\.value) }
}

/// Loads the committed reference fixtures next to this file (no SwiftPM resources).
enum Fixture {
    static let directory = URL(filePath: #filePath).deletingLastPathComponent().appending(path: "Fixtures")

    static func load<T: Decodable>(_ type: T.Type, from name: String) throws -> T {
        let data = try Data(contentsOf: directory.appending(path: name))
        return try JSONDecoder().decode(T.self, from: data)
    }

    /// The shared input vectors written by make_fixtures.R.
    struct Vector: Decodable, Sendable {
        let scores: [FixtureNumber]
        let labels: [Bool]
    }

    static let vectors: [String: Vector] = {
        // A missing or corrupt fixture must fail loudly in every test that uses it.
        do { return try load([String: Vector].self, from: "vectors.json") } catch { fatalError("vectors.json: \(error)") }
    }()

    static func vector(_ name: String) throws -> Vector {
        try #require(vectors[name], "no vector named \(name)")
    }
}

/// `|actual − expected| ≤ max(absolute, relative·|expected|)`; infinities and NaN must match exactly.
func isClose(_ actual: Double, _ expected: Double, relative: Double = 0, absolute: Double = 0) -> Bool {
    if expected.isNaN { return actual.isNaN }
    if expected.isInfinite { return actual == expected }
    return abs(actual - expected) <= max(absolute, relative * abs(expected))
}

/// Records an expectation with both numbers in the message.
func expectClose(
    _ actual: Double, _ expected: Double, relative: Double = 0, absolute: Double = 0,
    _ context: String = "", sourceLocation: SourceLocation = #_sourceLocation
) {
    #expect(
        isClose(actual, expected, relative: relative, absolute: absolute),
        "\(context): got \(actual), expected \(expected)", sourceLocation: sourceLocation
    )
}
