import Foundation

/// A file opened for writing that the PDF writer and Cairo stream into, keeping the operating system's reason for
/// any failure (Cairo itself only reports "error while writing to output stream").
package final class OutputFile {
    /// The path being written.
    let path: String
    private var handle: UnsafeMutablePointer<FILE>?
    /// The first `errno` seen while writing, 0 if none.
    private var writeErrno: Int32 = 0

    /// Opens (creates or truncates) `path`.
    /// - Parameter path: the file to write.
    /// - Throws: `RenderError.cannotCreateFile` with the system's reason (e.g. "No such file or directory").
    package init(path: String) throws(RenderError) {
        guard let handle = fopen(path, "wb") else {
            throw .cannotCreateFile(path: path, reason: Self.reason(errno))
        }
        self.path = path
        self.handle = handle
    }

    deinit {
        if let handle { fclose(handle) }
    }

    /// Appends `bytes` to the file.
    /// - Returns: `false` once a write has failed (the reason is thrown by `close()`).
    package func write(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { write($0.baseAddress, count: $0.count) }
    }

    package func write(_ data: UnsafePointer<UInt8>?, count: Int) -> Bool {
        guard let handle, writeErrno == 0 else { return false }
        guard count > 0, let data else { return true }
        if fwrite(data, 1, count, handle) != count {
            writeErrno = errno == 0 ? EIO : errno
            return false
        }
        return true
    }

    /// Flushes and closes the file.
    /// - Throws: `RenderError.writeFailed` if any write or the close failed.
    package func close() throws(RenderError) {
        guard let handle else { return }
        self.handle = nil
        let closeFailed = fclose(handle) != 0
        let code = writeErrno != 0 ? writeErrno : (closeFailed ? errno : 0)
        if writeErrno != 0 || closeFailed { throw .writeFailed(path: path, reason: Self.reason(code)) }
    }

    /// Closes the file (ignoring errors) and deletes it, so no truncated output is left behind.
    package func discard() {
        if let handle { fclose(handle) }
        handle = nil
        unlink(path)
    }

    private static func reason(_ code: Int32) -> String {
        String(cString: strerror(code == 0 ? EIO : code))
    }
}
