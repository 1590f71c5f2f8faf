import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes export files so that a reader never sees half a file: each goes to a temporary file in the
/// target's folder and is renamed into place once complete.
public enum ExportWriter {
    /// Writes `files` (URL → bytes) all or nothing: if any write fails, none of the targets is touched.
    public static func write(_ files: [(url: URL, data: Data)]) throws(ExportError) {
        var staged: [(temporary: URL, target: URL)] = []
        func discard() { for item in staged { unlink(item.temporary.path) } }
        for file in files {
            let directory = file.url.deletingLastPathComponent()
            let temporary = directory.appendingPathComponent(".\(file.url.lastPathComponent).\(getpid()).tmp")
            do {
                try file.data.write(to: temporary)
            } catch {
                discard()
                throw .cannotWrite(path: file.url.path, reason: reason(for: directory))
            }
            staged.append((temporary, file.url))
        }
        for item in staged where rename(item.temporary.path, item.target.path) != 0 {
            let message = String(cString: strerror(errno))
            discard()
            throw .cannotWrite(path: item.target.path, reason: message)
        }
    }

    private static func reason(for directory: URL) -> String {
        var isDirectory: ObjCBool = false
        if !FileManager.default.fileExists(atPath: directory.path, isDirectory: &isDirectory) {
            return "folder \(directory.path) does not exist"
        }
        if !isDirectory.boolValue { return "\(directory.path) is not a folder" }
        return "permission denied"
    }
}
