import Foundation

/// Writes output files so that no reader, and no kill, ever sees half of one: the bytes go to a
/// temporary file beside the target (`.NAME.tmp-PID-N`), which is then renamed over it.
/// Temporary files being written are remembered, so an interrupted run can remove them, and
/// ``removeStaleTemporaries(under:)`` removes those a killed run left.
final class AtomicWriter: @unchecked Sendable {
    /// What marks a temporary file, between the output's name and the process id.
    static let temporaryMarker = ".tmp-"

    /// Whether each file is flushed to the disk before the rename (`--fsync`;
    /// off by default, as a rename already guarantees no partial file is visible).
    let syncToDisk: Bool
    private let lock = NSLock()
    private var counter = 0
    private var inFlight = Set<String>()
    private let processID = getpid()

    init(syncToDisk: Bool = false) {
        self.syncToDisk = syncToDisk
    }

    /// A failure, worded for a message that starts with the input's path.
    struct WriteError: Error, CustomStringConvertible {
        let description: String
    }

    /// Writes `data` to `path`, creating its folder, replacing any file there in one step.
    func write(_ data: Data, to path: String) throws {
        let folder = (path as NSString).deletingLastPathComponent
        let name = (path as NSString).lastPathComponent
        try Self.makeFolders(folder)
        let temporary = folder + "/." + name + Self.temporaryMarker + "\(processID)-\(nextNumber())"
        register(temporary)
        defer { unregister(temporary) }
        do {
            try Self.writeFile(data, to: temporary, sync: syncToDisk)
            guard rename(temporary, path) == 0 else { throw Self.posixError("cannot write \(path)") }
        } catch {
            unlink(temporary)
            throw error
        }
    }

    /// Removes the temporary files still being written (for a run that is giving up at once).
    func removeInFlight() {
        lock.lock()
        defer { lock.unlock() }
        for path in inFlight { unlink(path) }
    }

    /// Removes, below `folder`, temporary files left by runs that are no longer alive (a live
    /// run's files, told by the process id in the name, are left alone). Returns how many.
    @discardableResult
    static func removeStaleTemporaries(under folder: String) -> Int {
        guard let walker = FileManager.default.enumerator(atPath: folder) else { return 0 }
        var removed = 0
        while let relative = walker.nextObject() as? String {
            let name = (relative as NSString).lastPathComponent
            guard name.hasPrefix("."), let marker = name.range(of: temporaryMarker, options: .backwards) else { continue }
            let owner = name[marker.upperBound...].split(separator: "-").first.flatMap { Int32($0) }
            guard let owner, owner == getpid() || (kill(owner, 0) != 0 && errno == ESRCH) else { continue }
            if unlink(folder + "/" + relative) == 0 { removed += 1 }
        }
        return removed
    }

    /// `mkdir -p`, safe when other threads create the same folders at the same time.
    static func makeFolders(_ folder: String) throws {
        if mkdir(folder, 0o777) == 0 || errno == EEXIST { return }
        guard errno == ENOENT else { throw posixError("cannot create folder \(folder)") }
        let parent = (folder as NSString).deletingLastPathComponent
        if parent != folder && !parent.isEmpty { try makeFolders(parent) }
        if mkdir(folder, 0o777) != 0 && errno != EEXIST { throw posixError("cannot create folder \(folder)") }
    }

    private static func writeFile(_ data: Data, to path: String, sync: Bool) throws {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
        guard descriptor >= 0 else { throw posixError("cannot write \(path)") }
        defer { close(descriptor) }
        try data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) in
            var offset = 0
            while offset < buffer.count {
                let written = Foundation.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    throw posixError("cannot write \(path)")
                }
                offset += written
            }
        }
        if sync && fsync(descriptor) != 0 { throw posixError("cannot write \(path)") }
    }

    private static func posixError(_ what: String) -> WriteError {
        WriteError(description: "\(what): \(String(cString: strerror(errno)))")
    }

    private func nextNumber() -> Int {
        lock.lock()
        defer { lock.unlock() }
        counter += 1
        return counter
    }

    private func register(_ path: String) {
        lock.lock()
        inFlight.insert(path)
        lock.unlock()
    }

    private func unregister(_ path: String) {
        lock.lock()
        inFlight.remove(path)
        lock.unlock()
    }
}
