import Foundation
import XCTest

/// Killing or interrupting a folder run mid-batch: outputs are whole or absent, never partial;
/// `--resume` clears what a killed run left and completes the set.
final class BatchInterruptTests: XCTestCase {
    /// Pages in the generated crawl: enough that two workers take a good second on them.
    static let pageCount = 2000
    nonisolated(unsafe) static var scratch: URL!
    nonisolated(unsafe) static var reference: [String: Data] = [:]

    static var input: URL { scratch.appendingPathComponent("in") }

    /// A small page: menu lines, a headline, a byline, three paragraphs, a footer.
    static func page(_ number: Int) -> String {
        """
        Home
        World
        Sports

        City council approves new park plan number \(number)

        By Staff Reporter

        The city council voted on Tuesday to approve plan \(number) for a new park in the north of the town, after months of debate among residents and officials.

        The park will include a playground, a small lake and walking paths, and is expected to open in the spring of next year if the work goes as planned.

        "This is a good day for the families who live here," the mayor said after the vote, adding that the cost would be shared with the regional government.

        Related stories
        Copyright 2024

        """
    }

    override class func setUp() {
        super.setUp()
        scratch = FileManager.default.temporaryDirectory.appendingPathComponent("declutter-kill-\(UUID().uuidString)")
        for number in 0..<pageCount {
            try! CLISupport.write(Data(page(number).utf8), to: input.appendingPathComponent("d\(number % 10)/p\(number).txt"))
        }
        let out = scratch.appendingPathComponent("reference")
        let run = try! CLISupport.run(["-o", out.path, "-j", "2", input.path])
        precondition(run.status == 0, run.stderr)
        reference = try! CLISupport.tree(out)
    }

    override class func tearDown() {
        try? FileManager.default.removeItem(at: scratch)
        super.tearDown()
    }

    /// Starts a run into `out` and returns once it has written its first output.
    private func startRun(into out: URL) throws -> Process {
        let process = try CLISupport.start(["-o", out.path, "-j", "2", Self.input.path])
        process.standardError = FileHandle.nullDevice
        try process.run()
        let deadline = Date(timeIntervalSinceNow: 10)
        while Date() < deadline && process.isRunning && ((try? CLISupport.tree(out).isEmpty) ?? true) {
            usleep(5_000)
        }
        usleep(100_000)  // well into the batch
        return process
    }

    /// Every output present is whole (equal to the reference) and, unless allowed, no
    /// temporary file is left; returns how many outputs there are.
    @discardableResult
    private func assertWholeOutputs(_ out: URL, temporariesAllowed: Bool, file: StaticString = #filePath, line: UInt = #line) throws -> Int {
        var outputs = 0
        for (path, data) in try CLISupport.tree(out) {
            if (path as NSString).lastPathComponent.hasPrefix(".") {
                XCTAssertTrue(temporariesAllowed, "temporary file left: \(path)", file: file, line: line)
                continue
            }
            outputs += 1
            XCTAssertEqual(data, Self.reference[path], "\(path) is not whole", file: file, line: line)
        }
        return outputs
    }

    func testKillLeavesNoPartialOutputsAndResumeCompletes() throws {
        let out = Self.scratch.appendingPathComponent("killed")
        let process = try startRun(into: out)
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        XCTAssertEqual(process.terminationReason, .uncaughtSignal)
        let written = try assertWholeOutputs(out, temporariesAllowed: true)
        print("killed run left \(written) of \(Self.pageCount) outputs")

        let resumed = try CLISupport.run(["-o", out.path, "-j", "2", "--resume", Self.input.path])
        XCTAssertEqual(resumed.status, 0, resumed.stderr)
        XCTAssertTrue(resumed.stderr.contains("\(written) up to date") || written == 0, resumed.stderr)
        XCTAssertEqual(try assertWholeOutputs(out, temporariesAllowed: false), Self.pageCount)
        XCTAssertEqual(try CLISupport.tree(out), Self.reference)
    }

    func testInterruptStopsCleanlyWithStatus130() throws {
        for (name, send) in [("SIGINT", SIGINT), ("SIGTERM", SIGTERM)] {
            let out = Self.scratch.appendingPathComponent("interrupted-\(name)")
            let process = try CLISupport.start(["-o", out.path, "-j", "2", Self.input.path])
            let errors = Pipe()
            process.standardError = errors
            try process.run()
            let deadline = Date(timeIntervalSinceNow: 10)
            while Date() < deadline && ((try? CLISupport.tree(out).isEmpty) ?? true) { usleep(5_000) }
            kill(process.processIdentifier, send)
            let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            let outputs = try assertWholeOutputs(out, temporariesAllowed: false)
            if outputs < Self.pageCount {
                XCTAssertEqual(process.terminationStatus, 130, name)
                XCTAssertTrue(message.contains("interrupted: \(outputs) of \(Self.pageCount) done"), "\(name): \(message)")
            }
        }
    }
}
