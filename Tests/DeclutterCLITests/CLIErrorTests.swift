import Foundation
import XCTest

/// What the binary does with files it cannot clean, read or write: a message naming the path,
/// exit status 1, no output file for it, and nothing already written damaged.
final class CLIErrorTests: XCTestCase {
    private let seed = CLISupport.seeds.appendingPathComponent("004_82173986a1a47279.txt")

    /// Files that are not pages: a PNG, a PDF, gzip bytes under a name without `.gz`, random bytes.
    private func binaries(in folder: URL) throws -> [URL] {
        var random = [UInt8]()
        var state: UInt64 = 7
        for _ in 0..<8_192 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            random.append(UInt8(truncatingIfNeeded: state >> 56))
        }
        let files: [(String, Data)] = [
            ("image.png", Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + random.prefix(500))),
            ("paper.pdf", Data("%PDF-1.4\n".utf8) + Data(random.prefix(500))),
            ("page.html", try CLISupport.gzip(Data(contentsOf: seed), in: folder)),
            ("noise.txt", Data("x".utf8) + Data(random)),
        ]
        return try files.map { name, data in
            let url = folder.appendingPathComponent("bad/" + name)
            try CLISupport.write(data, to: url)
            return url
        }
    }

    func testBinaryFileIsNotAPageForSingleFiles() throws {
        let scratch = try CLISupport.scratch(self)
        for file in try binaries(in: scratch) {
            let run = try CLISupport.run([file.path])
            XCTAssertEqual(run.status, 1, file.lastPathComponent)
            XCTAssertTrue(run.stderr.contains("\(file.path): not a text or HTML page"), run.stderr)
            XCTAssertEqual(run.stdout, Data(), file.lastPathComponent)
        }
    }

    func testBinaryFilesGetNoOutputFileInFolderMode() throws {
        let scratch = try CLISupport.scratch(self)
        let bad = try binaries(in: scratch)
        try CLISupport.write(Data(contentsOf: seed), to: scratch.appendingPathComponent("bad/good.txt"))
        let out = scratch.appendingPathComponent("out")
        let run = try CLISupport.run(["-o", out.path, scratch.appendingPathComponent("bad").path])
        XCTAssertEqual(run.status, 1)
        for file in bad {
            XCTAssertTrue(run.stderr.contains("\(file.path): not a text or HTML page"), run.stderr)
        }
        XCTAssertTrue(run.stderr.contains("\(bad.count) failed"), run.stderr)
        XCTAssertEqual(Set(try CLISupport.tree(out).keys), ["good.txt"])
    }

    /// An input over `--max-bytes` is refused with the limit in the message, before it is read.
    func testOversizeFileIsRefused() throws {
        let scratch = try CLISupport.scratch(self)
        let page = scratch.appendingPathComponent("in/big.txt")
        try CLISupport.write(Data(contentsOf: seed), to: page)
        let single = try CLISupport.run(["--max-bytes", "1000", page.path])
        XCTAssertEqual(single.status, 1)
        XCTAssertTrue(single.stderr.contains("\(page.path): input is"), single.stderr)
        XCTAssertTrue(single.stderr.contains("over the --max-bytes limit of 1000"), single.stderr)
        let out = scratch.appendingPathComponent("out")
        let folder = try CLISupport.run(["--max-bytes", "1000", "-o", out.path, page.path])
        XCTAssertEqual(folder.status, 1)
        XCTAssertTrue(folder.stderr.contains("over the --max-bytes limit"), folder.stderr)
        XCTAssertEqual(try CLISupport.tree(out), [:])
        let piped = try CLISupport.run(["--max-bytes", "1000"], stdin: Data(repeating: 0x61, count: 3_000_000))
        XCTAssertEqual(piped.status, 1)
        XCTAssertTrue(piped.stderr.contains("<stdin>: input is 3000000 bytes, over the --max-bytes limit of 1000"), piped.stderr)
    }

    /// A file that cannot be read: permission (not as root, who reads anything), a link loop, a folder given as a page.
    func testUnreadableFilesAreReportedWithTheirPath() throws {
        let scratch = try CLISupport.scratch(self)
        let loop = scratch.appendingPathComponent("loop.txt")
        try FileManager.default.createSymbolicLink(atPath: loop.path, withDestinationPath: "loop.txt")
        let loopRun = try CLISupport.run([loop.path])
        XCTAssertEqual(loopRun.status, 1)
        XCTAssertTrue(loopRun.stderr.contains("\(loop.path): cannot read: Too many levels of symbolic links"), loopRun.stderr)
        let folderRun = try CLISupport.run([scratch.path])
        XCTAssertEqual(folderRun.status, 1)
        XCTAssertTrue(folderRun.stderr.contains("\(scratch.path): cannot read"), folderRun.stderr)

        guard getuid() != 0 else { throw XCTSkip("running as root: a mode-000 file is still readable") }
        let locked = scratch.appendingPathComponent("in/locked.txt")
        try CLISupport.write(Data(contentsOf: seed), to: locked)
        try CLISupport.write(Data(contentsOf: seed), to: scratch.appendingPathComponent("in/open.txt"))
        XCTAssertEqual(chmod(locked.path, 0), 0)
        defer { chmod(locked.path, 0o644) }
        let single = try CLISupport.run([locked.path])
        XCTAssertEqual(single.status, 1)
        XCTAssertTrue(single.stderr.contains("\(locked.path): cannot read: Permission denied"), single.stderr)
        let out = scratch.appendingPathComponent("out")
        let folder = try CLISupport.run(["-o", out.path, scratch.appendingPathComponent("in").path])
        XCTAssertEqual(folder.status, 1)
        XCTAssertTrue(folder.stderr.contains("\(locked.path): cannot read"), folder.stderr)
        XCTAssertEqual(Set(try CLISupport.tree(out).keys), ["open.txt"])
    }

    /// A file where the output folder, or one of its subfolders, should be.
    func testOutputFolderThatCannotBeWritten() throws {
        let scratch = try CLISupport.scratch(self)
        try CLISupport.write(Data(contentsOf: seed), to: scratch.appendingPathComponent("in/top.txt"))
        try CLISupport.write(Data(contentsOf: seed), to: scratch.appendingPathComponent("in/sub/page.txt"))
        let input = scratch.appendingPathComponent("in").path

        let fileInstead = scratch.appendingPathComponent("out-file")
        try Data("keep me".utf8).write(to: fileInstead)
        let blocked = try CLISupport.run(["-o", fileInstead.path, input])
        XCTAssertEqual(blocked.status, 2)
        XCTAssertTrue(blocked.stderr.contains("output folder \(fileInstead.path) is a file"), blocked.stderr)
        XCTAssertEqual(try Data(contentsOf: fileInstead), Data("keep me".utf8), "the file was overwritten")

        let below = scratch.appendingPathComponent("out-below")
        try CLISupport.write(Data("keep me too".utf8), to: below.appendingPathComponent("sub"))
        let partly = try CLISupport.run(["-o", below.path, input])
        XCTAssertEqual(partly.status, 1)
        XCTAssertTrue(partly.stderr.contains(scratch.appendingPathComponent("in/sub/page.txt").path + ": cannot"), partly.stderr)
        XCTAssertTrue(partly.stderr.contains("1 failed"), partly.stderr)
        let tree = try CLISupport.tree(below)
        XCTAssertEqual(tree["sub"], Data("keep me too".utf8))
        XCTAssertEqual(Set(tree.keys), ["sub", "top.txt"])

        let parentIsFile = fileInstead.appendingPathComponent("deeper")
        let underFile = try CLISupport.run(["-o", parentIsFile.path, input])
        XCTAssertEqual(underFile.status, 1)
        XCTAssertTrue(underFile.stderr.contains("cannot create folder"), underFile.stderr)
    }

    /// A failed run leaves the outputs of an earlier run as they were.
    func testFailureLeavesEarlierOutputsWhole() throws {
        let scratch = try CLISupport.scratch(self)
        let page = scratch.appendingPathComponent("in/page.txt")
        try CLISupport.write(Data(contentsOf: seed), to: page)
        let out = scratch.appendingPathComponent("out")
        XCTAssertEqual(try CLISupport.run(["-o", out.path, page.path]).status, 0)
        let before = try CLISupport.tree(out)
        XCTAssertFalse(before["page.txt"]?.isEmpty ?? true)
        try Data([0x89, 0x50, 0x4E, 0x47, 0, 0, 0, 0]).write(to: page)
        let run = try CLISupport.run(["-o", out.path, page.path])
        XCTAssertEqual(run.status, 1)
        XCTAssertEqual(try CLISupport.tree(out), before)
    }

    /// A full standard output (`/dev/full`) is an error with its reason, not a crash.
    func testFullStandardOutputIsAnError() throws {
        guard FileManager.default.fileExists(atPath: "/dev/full") else { throw XCTSkip("no /dev/full") }
        let full = try XCTUnwrap(FileHandle(forWritingAtPath: "/dev/full"))
        for arguments in [[seed.path], ["--jsonl"]] {
            let process = try CLISupport.start(arguments)
            let errors = Pipe(), input = Pipe()
            process.standardOutput = full
            process.standardError = errors
            process.standardInput = input
            try process.run()
            input.fileHandleForWriting.write(Data("{\"text\":\"Hello\"}\n".utf8))
            try input.fileHandleForWriting.close()
            let stderr = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            XCTAssertEqual(process.terminationReason, .exit, arguments.joined())
            XCTAssertEqual(process.terminationStatus, 1, arguments.joined())
            XCTAssertTrue(stderr.contains("cannot write standard output: No space left on device"), stderr)
        }
    }
}
