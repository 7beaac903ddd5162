@testable import ChartExport
import Foundation
import Testing
import TestSupport

/// A written Encapsulated PDF is accepted by a real DICOM storage service: DCMTK's `storescu`
/// sends it to `storescp` listening on the loopback interface, which stores it.
@Suite(.serialized) struct StorageTests {
    /// A TCP port nobody listens on now (bound to port 0 by the kernel, then released).
    func freePort() throws -> UInt16 {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, length) == 0 && getsockname(fd, $0, &length) == 0 }
        }
        try #require(bound, "no free port on 127.0.0.1")
        return UInt16(bigEndian: address.sin_port)
    }

    @Test func storescuDeliversTheReportToStorescp() throws {
        let dir = try makeTemporaryDirectory("chart")
        defer { try? FileManager.default.removeItem(at: dir) }
        let received = dir.appendingPathComponent("received")
        try FileManager.default.createDirectory(at: received, withIntermediateDirectories: true)
        let document = SampleDocument.document()
        let identity = DocumentIdentity(document, root: .uuidDerived)
        let file = dir.appendingPathComponent("HCC-2025-0001.dcm")
        try EncapsulatedPDFWriter.encode(document, identity: identity, instanceNumber: 1).write(to: file)

        let port = try freePort()
        let storescp = Process()
        storescp.executableURL = URL(fileURLWithPath: "/usr/bin/storescp")
        try #require(FileManager.default.isExecutableFile(atPath: "/usr/bin/storescp"), "storescp is not installed; `make test` installs dcmtk")
        storescp.arguments = ["--aetitle", "PACS", "--output-directory", received.path, "--acse-timeout", "10", "--dimse-timeout", "10", String(port)]
        storescp.standardOutput = FileHandle.nullDevice
        storescp.standardError = FileHandle.nullDevice
        try storescp.run()
        defer {
            // storescp ignores SIGTERM; it has answered the store request, so the file is complete.
            kill(storescp.processIdentifier, SIGKILL)
            storescp.waitUntilExit()
        }
        // storescp needs a moment to listen: try to associate up to 50 times, 0.1 s apart.
        var sent: ProcessOutput?
        for _ in 0..<50 {
            let attempt = try ExternalProcess.tool("storescu", ["--aetitle", "HCCREPORT", "--call", "PACS", "--timeout", "5", "--acse-timeout", "10",
                                                                "--dimse-timeout", "10", "127.0.0.1", String(port), file.path])
            sent = attempt
            if attempt.status == 0 { break }
            usleep(100_000)
        }
        #expect(sent?.status == 0, "storescu failed: \(sent?.stderr ?? "")")
        let stored = try FileManager.default.contentsOfDirectory(atPath: received.path)
        #expect(stored.count == 1, "storescp stored \(stored)")
        let name = try #require(stored.first)
        let dump = try ExternalProcess.tool("dcmdump", ["+P", "0008,0018", "+P", "0042,0012", received.appendingPathComponent(name).path])
        #expect(dump.stdout.contains("[\(identity.instanceUID.value)]"), "\(dump.stdout)")
        #expect(dump.stdout.contains("[application/pdf]"), "\(dump.stdout)")
    }
}
