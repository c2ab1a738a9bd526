import DeclutterEvalKit
import Foundation

/// `declutter-eval bench`: cleaning throughput on pages held in memory, on one core and then
/// with `-j N` threads (default: the machine's active cores), as a batch run uses them.
struct BenchCommand {
    /// `--corpus DIR`.
    let corpus: URL
    /// `--input`, or `nil` when not given.
    let form: InputForm?
    /// `--repeat N`: full passes at least.
    let passes: Int
    /// `--seconds S`: seconds at least.
    let seconds: Double
    /// `-j N`: threads for the batch figure (1 skips it).
    let workers: Int

    /// Seconds the benchmark runs for at least, unless `--seconds` says otherwise.
    static let defaultSeconds = 3.0

    /// Parses the arguments after `bench`.
    init(_ arguments: [String]) throws {
        let parsed = try ParsedArguments(arguments, valued: ["--corpus", "--input", "--repeat", "--seconds", "-j"], flags: [])
        try parsed.expectNoPositionals()
        corpus = URL(fileURLWithPath: try parsed.required("--corpus"))
        form = try parsed.inputKind()
        passes = try parsed.integer("--repeat", minimum: 1) ?? 1
        seconds = try parsed.seconds("--seconds") ?? Self.defaultSeconds
        workers = try parsed.integer("-j", minimum: 1) ?? ProcessInfo.processInfo.activeProcessorCount
    }

    /// Loads the pages, times the passes and prints the figures.
    func run() throws {
        let inputs: [InputPage]
        switch try EvalLayout.detect(corpus) {
        case .corpus(let folder): inputs = try folder.pages((form ?? .text).kind)
        case .fixtures(let folders): inputs = try folders.flatMap { try $0.pages(only: form?.kind) }
        }
        let pages = try inputs.map(BenchPage.init)
        let megabytes = Double(pages.reduce(0) { $0 + $1.bytes.count }) / 1e6
        print("bench \(corpus.path) input=\(form?.rawValue ?? "all") pages=\(pages.count) "
              + String(format: "MB=%.3f", megabytes) + " threads=1")
        Benchmark.warmUp(pages)
        let single = try Benchmark.run(pages, workers: 1, minimumSeconds: seconds, minimumPasses: passes)
        print(String(format: "passes=%d seconds=%.3f MB/s=%.2f pages/s=%.1f failed_pages=%d cpu_seconds=%.3f cpu_MB/s=%.2f",
                     single.passes, single.seconds, single.megabytesPerSecond, single.pagesPerSecond, single.failedPages,
                     single.cpuSeconds, single.megabytesPerCPUSecond))
        guard workers > 1 else { return }
        let batch = try Benchmark.run(pages, workers: workers, minimumSeconds: seconds, minimumPasses: passes)
        print(String(format: "batch threads=%d passes=%d seconds=%.3f MB/s=%.2f pages/s=%.1f speedup=%.2fx",
                     workers, batch.passes, batch.seconds, batch.megabytesPerSecond, batch.pagesPerSecond,
                     batch.megabytesPerSecond / single.megabytesPerSecond))
    }
}
