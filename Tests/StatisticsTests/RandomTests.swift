import Testing
@testable import Statistics
import TestSupport

private struct RandomFile: Decodable {
    struct Stream: Decodable { let seed: UInt64; let values: [String] }
    struct Streams: Decodable { let splitmix64: Stream; let xoshiro256starstar: Stream }
    let randomStreams: Streams
}

@Suite struct RandomTests {
    private let streams = try? Fixture.load(RandomFile.self, from: "scipy_reference.json").randomStreams

    @Test func splitMix64MatchesReferenceStream() throws {
        let stream = try #require(streams?.splitmix64)
        var generator = SplitMix64(seed: stream.seed)
        #expect(stream.values.map { UInt64($0) } == stream.values.indices.map { _ in generator.next() })
    }

    @Test func xoshiroMatchesReferenceStream() throws {
        let stream = try #require(streams?.xoshiro256starstar)
        var generator = Xoshiro256StarStar(seed: stream.seed)
        #expect(stream.values.map { UInt64($0) } == stream.values.indices.map { _ in generator.next() })
    }

    @Test func normalVariatesHaveTheRightMoments() throws {
        var generator = Xoshiro256StarStar(seed: 2024)
        let normal = try NormalDistribution(mean: 10, standardDeviation: 2)
        let draws = (0..<20_000).map { _ in normal.sample(using: &generator) }
        // Standard errors: mean 2/√20000 ≈ 0.014, SD ≈ 0.01; bounds are about 5 SE.
        try expectClose(Descriptive.mean(draws), 10, absolute: 0.07)
        try expectClose(Descriptive.standardDeviation(draws), 2, absolute: 0.05)
    }

    @Test func seededStreamsAreReproducibleAndIndicesInRange() {
        var a = Xoshiro256StarStar(seed: 9), b = Xoshiro256StarStar(seed: 9)
        let first = (0..<50).map { _ in a.nextIndex(below: 7) }
        #expect(first == (0..<50).map { _ in b.nextIndex(below: 7) })
        #expect(first.allSatisfy { (0..<7).contains($0) } && Set(first).count == 7)
        var u = SplitMix64(seed: 1)
        #expect((0..<1000).map { _ in u.nextUnitInterval() }.allSatisfy { $0 >= 0 && $0 < 1 })
    }
}
