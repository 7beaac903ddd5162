import Foundation
import Glibc

/// Waits for files to be renamed into a folder (the way `render` publishes a finished report), with inotify
/// instead of polling the folder.
final class FolderWatch {
    struct WatchError: Error, CustomStringConvertible {
        let description: String
    }

    private let descriptor: Int32

    /// Starts watching `directory` (which must exist) for files renamed into it.
    /// - Parameter directory: the folder to watch.
    /// - Throws: `WatchError` when inotify cannot watch it.
    init(_ directory: URL) throws {
        descriptor = inotify_init1(Int32(IN_CLOEXEC))
        guard descriptor >= 0 else { throw WatchError(description: "inotify_init1: \(String(cString: strerror(errno)))") }
        guard inotify_add_watch(descriptor, directory.path, UInt32(IN_MOVED_TO)) >= 0 else {
            close(descriptor)
            throw WatchError(description: "inotify_add_watch \(directory.path): \(String(cString: strerror(errno)))")
        }
    }

    deinit { close(descriptor) }

    /// Blocks until a file is renamed into the folder or `other` becomes readable or closed, whichever is first.
    /// - Parameters:
    ///   - other: a second descriptor to wake on (e.g. the child's standard error, which closes when it exits).
    ///   - safetyLimitSeconds: a limit that only a hung process reaches; reaching it is an error.
    /// - Returns: `true` when a rename was seen (its events are consumed), `false` when only `other` woke.
    /// - Throws: `WatchError` on a poll failure or when the limit passes with no event.
    func waitForRename(orReadable other: Int32, safetyLimitSeconds: Int32 = 120) throws -> Bool {
        var fds = [pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0),
                   pollfd(fd: other, events: Int16(POLLIN), revents: 0)]
        var ready: Int32
        repeat { ready = poll(&fds, 2, safetyLimitSeconds * 1000) } while ready < 0 && errno == EINTR
        guard ready >= 0 else { throw WatchError(description: "poll: \(String(cString: strerror(errno)))") }
        guard ready > 0 else { throw WatchError(description: "nothing happened within \(safetyLimitSeconds) s") }
        guard fds[0].revents & Int16(POLLIN) != 0 else { return false }
        var buffer = [UInt8](repeating: 0, count: 4096)
        _ = read(descriptor, &buffer, buffer.count)
        return true
    }
}
