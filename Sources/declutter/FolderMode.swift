import Declutter
import Foundation

/// `declutter -o OUTDIR PATH...`: every file under the PATHs cleaned into a `.txt` (`.md`, `.json`) of its own
/// below OUTDIR, with `-j` workers. One bad file never stops the run; SIGINT or SIGTERM stops
/// it taking new files, lets the files being written finish, and ends it with status 130.
enum FolderMode {
    /// Runs the batch and returns the exit status: 0, 1 (an input failed), 2 (refused), 130.
    static func run(_ arguments: Arguments) -> Int32 {
        guard let outputDirectory = arguments.outputDirectory else { return 2 }
        var collector = InputCollector(includes: arguments.includes)
        collector.outputExtension = arguments.rendering.fileExtension
        let collected = collector.collect(arguments.files)
        if let refusal = OutputPlan.refusal(outputDirectory: outputDirectory, inputs: collected) {
            printError(refusal)
            return 2
        }
        if case .file = FileKind(of: outputDirectory) {
            printError("output folder \(outputDirectory) is a file")
            return 2
        }
        do {
            try AtomicWriter.makeFolders(outputDirectory)
        } catch {
            printError("\(error)")
            return 1
        }
        AtomicWriter.removeStaleTemporaries(under: outputDirectory)

        let jobs = plan(collected.files, into: outputDirectory)
        let report = BatchReport(total: jobs.count + collected.problems.count, forceProgress: arguments.progress)
        for problem in collected.problems { report.fail(problem.path, problem.error) }

        let cleaner = Cleaner(options: arguments.options)
        let writer = AtomicWriter(syncToDisk: arguments.fsync)
        let resume = arguments.resume
        let rendering = arguments.rendering
        let map = OrderedParallelMap(workers: arguments.workerCount) { (job: FolderJob) in
            job.run(cleaner: cleaner, writer: writer, resume: resume, rendering: rendering)
        }
        let trap = SignalTrap { map.stop() } onRepeat: {
            writer.removeInFlight()
            _exit(130)
        }
        let completed = map.run(jobs, tickInterval: report.tickInterval, tick: report.tick) { index, outcome in
            report.record(jobs[index].input, outcome)
        }
        trap.release()
        report.finish(interrupted: !completed)
        var status: Int32 = !completed ? 130 : report.failures.isEmpty ? 0 : 1
        if let errorsFile = arguments.errorsFile {
            do {
                try report.writeErrors(to: errorsFile)
            } catch {
                printError("--errors: \(error)")
                if status == 0 { status = 1 }
            }
        }
        return status
    }

    /// One job per input, outputs below `outputDirectory`; an input whose output path an
    /// earlier input already has is marked to fail rather than overwrite it.
    private static func plan(_ files: [BatchInput], into outputDirectory: String) -> [FolderJob] {
        let base = outputDirectory.hasSuffix("/") ? outputDirectory : outputDirectory + "/"
        var owners = [String: String]()
        return files.map { file in
            let output = base + file.outputRelative
            let earlier = owners[output]
            if earlier == nil { owners[output] = file.path }
            return FolderJob(input: file.path, output: output, sameOutputAs: earlier)
        }
    }
}
