import CairoBackend
import Canvas
import PDFWriter
import Foundation
import RenderingTestSupport
import Synchronization
import Testing

@Suite("Concurrent rendering")
struct ConcurrentRenderingTests {
    /// Two threads, each with its own FontRegistry, render the same report 50 times each.
    @Test func twoThreadsWithTheirOwnRegistriesProduceIdenticalBytes() throws {
        let dir = try TestEnvironment.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let fontDirectory = try TestEnvironment.fontDirectory()
        let outputs = Mutex<[Data]>([])
        let failures = Mutex<[String]>([])
        DispatchQueue.concurrentPerform(iterations: 2) { worker in
            do {
                let fonts = try FontRegistry(directory: fontDirectory)
                for round in 0..<50 {
                    let path = dir.appendingPathComponent("w\(worker)-\(round).pdf").path
                    let document = try PDFDocument(path: path, fonts: fonts)
                    SampleReport.draw(on: document)
                    try document.finish()
                    let data = try Data(contentsOf: URL(fileURLWithPath: path))
                    outputs.withLock { $0.append(data) }
                }
            } catch {
                failures.withLock { $0.append("worker \(worker): \(error)") }
            }
        }
        #expect(failures.withLock { $0 } == [])
        let all = outputs.withLock { $0 }
        #expect(all.count == 100)
        #expect(Set(all).count == 1)
        #expect((all.first?.count ?? 0) > 10_000)
    }
}
