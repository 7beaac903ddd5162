import Foundation

/// Writes a file so that readers only ever see the complete file or nothing.
///
/// The content goes to a hidden temporary file in the destination folder (`.NAME.partial-PID-N`),
/// is flushed, then renamed over the destination (rename(2) is atomic within a file system). A
/// crash or kill leaves at most a hidden `.partial` file, which the next run in that folder removes.
public enum AtomicFile {
    static let partialMarker = ".partial-"

    /// A temporary path next to `destination` for writers that need a path (the PDF, PNG and SVG writers).
    static func temporaryURL(for destination: URL, token: Int) -> URL {
        destination.deletingLastPathComponent()
            .appendingPathComponent(".\(destination.lastPathComponent)\(partialMarker)\(getpid())-\(token)")
    }

    /// Moves a finished temporary file into place.
    /// - Throws: `SetupError` with the system's reason when the rename fails.
    static func commit(_ temporary: URL, to destination: URL) throws {
        guard rename(temporary.path, destination.path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary.path)
            throw SetupError("Could not write \(destination.path): \(reason).")
        }
    }

    /// Writes `data` to `destination` atomically.
    public static func write(_ data: Data, to destination: URL, token: Int = 0) throws {
        let tmp = temporaryURL(for: destination, token: token)
        do {
            try data.write(to: tmp)
        } catch {
            unlink(tmp.path)
            throw SetupError("Could not write \(destination.path): \(describe(error)).")
        }
        try commit(tmp, to: destination)
    }

    /// Removes leftover partial files of earlier interrupted runs in `directory`.
    /// - Returns: how many were removed.
    @discardableResult
    public static func removeStalePartials(in directory: URL) -> Int {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        var n = 0
        for name in names where name.hasPrefix(".") && name.contains(partialMarker) {
            if unlink(directory.appendingPathComponent(name).path) == 0 { n += 1 }
        }
        return n
    }

    /// A short reason for a Foundation file error (e.g. "No space left on device").
    public static func describe(_ error: Error) -> String {
        let ns = error as NSError
        if let underlying = ns.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(underlying.code)))
        }
        if ns.domain == NSPOSIXErrorDomain { return String(cString: strerror(Int32(ns.code))) }
        return ns.localizedDescription
    }
}
