import Declutter
import Foundation

/// One input of a folder run, and the work of cleaning it into its output file.
struct FolderJob: Sendable {
    /// How one input ended.
    enum Outcome: Sendable {
        /// Cleaned and written; `bytes` of page were read (after gunzipping).
        case cleaned(bytes: Int, warnings: [String])
        /// Passed over by `--resume`: the output is newer than the input.
        case upToDate
        /// Not cleaned, with why.
        case failed(String)
    }

    let input: String
    let output: String
    /// An earlier input that has the same output path; this one then fails instead of overwriting it.
    let sameOutputAs: String?

    /// Reads, cleans and writes; every failure becomes an outcome, never a stop.
    func run(cleaner: Cleaner, writer: AtomicWriter, resume: Bool, rendering: ArticleRendering = ArticleRendering()) -> Outcome {
        if let sameOutputAs {
            return .failed("has the same output \(output) as \(sameOutputAs); rename one of them")
        }
        if resume, let outputTime = Self.modificationTime(output), let inputTime = Self.modificationTime(input),
           outputTime > inputTime {
            return .upToDate
        }
        do {
            let data = try PageLoader.load(input, limit: cleaner.options.maxBytes)
            let article = try cleaner.clean(data)
            try writer.write(rendering.data(article), to: output)
            return .cleaned(bytes: data.count, warnings: article.warnings)
        } catch {
            return .failed("\(error)")
        }
    }

    /// A file's modification time in nanoseconds since 1970, links followed.
    static func modificationTime(_ path: String) -> Int64? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec)
    }
}
