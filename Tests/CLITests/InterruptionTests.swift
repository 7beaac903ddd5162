import Foundation
import TestSupport
import Testing

/// Interrupting `render` (SIGINT, SIGTERM, SIGKILL) never leaves a partial report visible, SIGINT and
/// SIGTERM stop cleanly with exit 130 and say how far they got, and a rerun completes the batch.
///
/// The signal is sent as soon as the first report is renamed into the output folder (seen with inotify, no
/// polling); with two jobs at most a few more reports finish before the batch stops, so 12 patients leave
/// most of the batch for the rerun.
@Suite(.serialized) struct InterruptionTests {
    typealias CLI = CommandLineRunner
    static let patients = 12

    /// `patients` copies of the first example case, each with its own patient ID.
    static func makeBatch(in dir: URL) throws -> URL {
        let cases = dir.appendingPathComponent("cases")
        try FileManager.default.createDirectory(at: cases, withIntermediateDirectories: true)
        let template = try String(contentsOf: PackagePaths.root.appendingPathComponent("Examples/cases/p01-figure2-65y-obr.yaml"), encoding: .utf8)
        for n in 1...patients {
            let text = template.replacingOccurrences(of: "id: \"HCC-2025-0001\"", with: "id: \"INT-\(String(format: "%04d", n))\"")
            try text.write(to: cases.appendingPathComponent("case-\(n).yaml"), atomically: false, encoding: .utf8)
        }
        return cases
    }

    /// Starts `render` into `out`, sends `signal` once `reports` reports are published, and waits for the exit.
    static func interruptedRender(cases: URL, out: URL, signal: Int32, after reports: Int) throws -> (status: Int32, reason: Process.TerminationReason, stderr: String) {
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        let watch = try FolderWatch(out)
        let process = Process()
        process.executableURL = try CLI.executable
        process.arguments = ["render", cases.path, "-o", out.path, "--date", "2025-06-30", "--jobs", "2"]
        let err = Pipe()
        process.standardError = err
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        var stderr = Data()
        var published = 0
        while published < reports {
            if try watch.waitForRename(orReadable: err.fileHandleForReading.fileDescriptor) {
                published = try listing(out).reports.count
                continue
            }
            let chunk = err.fileHandleForReading.availableData
            guard !chunk.isEmpty else { break }  // stderr closed: the process ended before `reports` reports
            stderr.append(chunk)
        }
        kill(process.processIdentifier, signal)
        stderr.append(err.fileHandleForReading.readDataToEndOfFile())
        process.waitUntilExit()
        return (process.terminationStatus, process.terminationReason, String(decoding: stderr, as: UTF8.self))
    }

    /// Every report left by the interrupted run is a complete PDF; rerunning finishes the batch and
    /// leaves no partial file.
    static func expectCompleteReportsAndARerunThatFinishes(_ reports: [String], cases: URL, out: URL) throws {
        for report in reports {
            let check = try CLI.tool("qpdf", ["--check", out.appendingPathComponent(report).path])
            #expect(check.status == 0, "\(report) is not a complete PDF")
        }
        let rerun = try CLI.hccreport(["render", cases.path, "-o", out.path, "--date", "2025-06-30"])
        #expect(rerun.status == 0, "\(rerun.stderr)")
        let final = try listing(out)
        #expect(final.reports.count == patients)
        #expect(final.partials == [])
    }

    static func listing(_ dir: URL) throws -> (reports: [String], partials: [String]) {
        let names = try FileManager.default.contentsOfDirectory(atPath: dir.path)
        return (names.filter { $0.hasPrefix("INT-") }.sorted(), names.filter { $0.contains(".partial-") })
    }

    @Test(arguments: [(SIGINT, "SIGINT"), (SIGTERM, "SIGTERM")])
    func aSignalStopsCleanlyAndARerunCompletes(signal: Int32, name: String) throws {
        let dir = try makeTemporaryDirectory("interrupt")
        defer { try? FileManager.default.removeItem(at: dir) }
        let cases = try Self.makeBatch(in: dir)
        let out = dir.appendingPathComponent("out")
        let run = try Self.interruptedRender(cases: cases, out: out, signal: signal, after: 1)
        #expect(run.reason == .exit)
        #expect(run.status == 130)
        let after = try Self.listing(out)
        #expect(after.partials == [])
        #expect(after.reports.count >= 1 && after.reports.count < Self.patients, "\(after.reports.count) reports")
        let message = try #require(run.stderr.split(separator: "\n").last.map(String.init))
        #expect(message == "Interrupted by \(name) after \(after.reports.count) of \(Self.patients) reports; every report written is complete. Rerun the same command to finish.")
        try Self.expectCompleteReportsAndARerunThatFinishes(after.reports, cases: cases, out: out)
    }

    @Test func sigkillLeavesOnlyHiddenPartialsThatTheNextRunRemoves() throws {
        let dir = try makeTemporaryDirectory("interrupt-kill")
        defer { try? FileManager.default.removeItem(at: dir) }
        let cases = try Self.makeBatch(in: dir)
        let out = dir.appendingPathComponent("out")
        let run = try Self.interruptedRender(cases: cases, out: out, signal: SIGKILL, after: 1)
        #expect(run.reason == .uncaughtSignal)
        #expect(run.status == SIGKILL)
        let after = try Self.listing(out)
        // Whatever was being written is hidden (leading dot) and never carries a report's name.
        #expect(after.partials.allSatisfy { $0.hasPrefix(".INT-") })
        try Self.expectCompleteReportsAndARerunThatFinishes(after.reports, cases: cases, out: out)
    }

    /// Whether this process may mount a tmpfs (root with CAP_SYS_ADMIN), found by mounting and unmounting one.
    static let canMountTmpfs: Bool = {
        let mount = URL(fileURLWithPath: "/bin/mount"), umount = URL(fileURLWithPath: "/bin/umount")
        guard getuid() == 0, FileManager.default.isExecutableFile(atPath: mount.path),
              let dir = try? makeTemporaryDirectory("mount-probe") else { return false }
        defer { try? FileManager.default.removeItem(at: dir) }
        guard let mounted = try? ExternalProcess.run(mount, ["-t", "tmpfs", "-o", "size=64k", "tmpfs", dir.path]),
              mounted.status == 0 else { return false }
        _ = try? ExternalProcess.run(umount, [dir.path])
        return true
    }()

    /// A 256 KiB tmpfs fills up after a few reports: the failure names the full disk, and no partial file
    /// remains. Mounting the tmpfs needs root; elsewhere the test is skipped with that reason.
    @Test(.enabled(if: canMountTmpfs, "mounting a 256 KiB tmpfs needs root with CAP_SYS_ADMIN, which this run does not have"))
    func aFullDiskIsAClearErrorAndLeavesNoPartialFile() throws {
        let dir = try makeTemporaryDirectory("full-disk")
        defer {
            _ = try? CLI.tool("umount", [dir.appendingPathComponent("mnt").path])
            try? FileManager.default.removeItem(at: dir)
        }
        let cases = try Self.makeBatch(in: dir)
        let mnt = dir.appendingPathComponent("mnt")
        try FileManager.default.createDirectory(at: mnt, withIntermediateDirectories: true)
        let mount = try CLI.tool("mount", ["-t", "tmpfs", "-o", "size=256k", "tmpfs", mnt.path])
        try #require(mount.status == 0, "mount failed: \(mount.stderr)")
        let out = try CLI.hccreport(["render", cases.path, "-o", mnt.path, "--date", "2025-06-30", "--jobs", "2"])
        #expect(out.status == 1 || out.status == 2, "status \(out.status)")
        #expect(out.stderr.contains("No space left on device"), "\(out.stderr.suffix(500))")
        let names = try FileManager.default.contentsOfDirectory(atPath: mnt.path)
        #expect(names.filter { $0.contains(".partial-") } == [])
        for report in names where report.hasPrefix("INT-") {
            let check = try CLI.tool("qpdf", ["--check", mnt.appendingPathComponent(report).path])
            #expect(check.status == 0, "\(report) is not a complete PDF")
        }
    }
}
