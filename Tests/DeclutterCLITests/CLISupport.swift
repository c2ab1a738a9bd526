import Foundation
import XCTest

/// Runs the built `declutter` binary and makes scratch folders for the CLI tests.
enum CLISupport {
    /// The binary, built beside the test bundle (the test target depends on it).
    static let binary: URL = {
        var folder = Bundle.main.bundleURL
        for candidate in [Bundle(for: Marker.self).bundleURL, Bundle.main.bundleURL, URL(fileURLWithPath: CommandLine.arguments[0])] {
            folder = candidate.deletingLastPathComponent()
            let url = folder.appendingPathComponent("declutter")
            if FileManager.default.isExecutableFile(atPath: url.path) { return url }
        }
        return folder.appendingPathComponent("declutter")
    }()

    /// The repository's `Fixtures/` folder.
    static let fixtures: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures")

    /// The seed pages shipped with the repository (text dumps).
    static let seeds: URL = fixtures.appendingPathComponent("seeds/input")

    /// What one run left.
    struct Run {
        var status: Int32
        var stdout: Data
        var stderr: String
        var text: String { String(decoding: stdout, as: UTF8.self) }
    }

    /// Runs the binary with arguments and standard input; waits for it.
    static func run(_ arguments: [String], stdin: Data = Data(), in folder: URL? = nil) throws -> Run {
        let process = try start(arguments, in: folder)
        let output = Pipe(), errors = Pipe(), input = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = input
        try process.run()
        // Read both pipes while the child runs, so neither fills up and blocks it.
        let group = DispatchGroup()
        nonisolated(unsafe) var out = Data(), err = Data()
        DispatchQueue.global().async(group: group) { out = output.fileHandleForReading.readDataToEndOfFile() }
        DispatchQueue.global().async(group: group) { err = errors.fileHandleForReading.readDataToEndOfFile() }
        input.fileHandleForWriting.write(stdin)
        try input.fileHandleForWriting.close()
        process.waitUntilExit()
        group.wait()
        return Run(status: process.terminationStatus, stdout: out, stderr: String(decoding: err, as: UTF8.self))
    }

    /// A process for the binary, not yet started.
    static func start(_ arguments: [String], in folder: URL? = nil) throws -> Process {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        if let folder { process.currentDirectoryURL = folder }
        return process
    }

    /// A fresh scratch folder, removed when the test ends.
    static func scratch(_ test: XCTestCase) throws -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("declutter-cli-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        test.addTeardownBlock { try? FileManager.default.removeItem(at: url) }
        return url
    }

    /// Writes a file, making its folders.
    static func write(_ data: Data, to url: URL) throws {
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: url)
    }

    /// Every regular file below a folder, by relative path, with its bytes (dot files included).
    static func tree(_ folder: URL) throws -> [String: Data] {
        var files = [String: Data]()
        let base = folder.resolvingSymlinksInPath().path
        guard let walker = FileManager.default.enumerator(atPath: base) else { return files }
        while let relative = walker.nextObject() as? String {
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: base + "/" + relative, isDirectory: &isFolder), !isFolder.boolValue {
                files[relative] = try Data(contentsOf: URL(fileURLWithPath: base + "/" + relative))
            }
        }
        return files
    }

    /// `gzip -n` of some bytes (through a temporary file in `scratch`).
    static func gzip(_ data: Data, in scratch: URL) throws -> Data {
        let file = scratch.appendingPathComponent("raw-\(UUID().uuidString)")
        try data.write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let process = try Process.run(URL(fileURLWithPath: "/usr/bin/env"), arguments: ["gzip", "-n", "-k", "-f", file.path])
        process.waitUntilExit()
        defer { try? FileManager.default.removeItem(atPath: file.path + ".gz") }
        return try Data(contentsOf: URL(fileURLWithPath: file.path + ".gz"))
    }

    private final class Marker {}
}
