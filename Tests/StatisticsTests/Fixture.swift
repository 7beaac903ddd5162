import Foundation
import TestSupport
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

/// The committed reference fixtures of the statistics tests (Fixtures/make_fixtures.R and make_fixtures.py).
enum Fixture {
    static let folder = FixtureFolder("StatisticsTests")

    static func load<T: Decodable>(_ type: T.Type, from name: String) throws -> T {
        try folder.decode(type, from: name)
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
