import Declutter
import Foundation

/// The command line, parsed by hand (no package dependencies).
struct Arguments {
    /// How a single page is printed.
    enum Format: String {
        case text, markdown, json
    }

    var options = Options()
    var files: [String] = []
    var showHelp = false
    var showVersion = false
    /// `--explain[=table|json]`: print how each block was judged instead of the article.
    var explain: ExplainOutput.Form? = nil
    var format = Format.text
    /// `--no-tables`: Markdown and JSON output leave tables out.
    var tables = true
    /// `--links`: Markdown output keeps links and emphasis.
    var links = false
    /// `--pretty`: JSON output indented over many lines.
    var pretty = false
    /// `-o`: the folder mode's output folder.
    var outputDirectory: String? = nil
    /// `--jsonl`: JSON Lines on standard input and output.
    var jsonLines = false
    /// `-j`: worker threads; `nil` means the active processor count.
    var jobs: Int? = nil
    var resume = false
    var errorsFile: String? = nil
    var progress = false
    var includes: [String] = []
    /// `--fsync`: flush each output file to the disk before renaming it into place.
    var fsync = false

    /// How articles are printed, in every mode.
    var rendering: ArticleRendering {
        ArticleRendering(format: format, includeTitle: options.includeTitle, tables: tables, links: links, pretty: pretty)
    }

    /// The worker count to use: `-j`, or one per active processor.
    var workerCount: Int { jobs ?? ProcessInfo.processInfo.activeProcessorCount }

    struct UsageError: Error, CustomStringConvertible {
        let description: String
    }

    static func parse(_ arguments: [String]) throws -> Arguments {
        var parsed = Arguments()
        var index = 0
        var onlyFiles = false
        func value(for flag: String) throws -> String {
            index += 1
            guard index < arguments.count else { throw UsageError(description: "\(flag) needs a value") }
            return arguments[index]
        }
        while index < arguments.count {
            var argument = arguments[index]
            var inlineValue: String? = nil
            if !onlyFiles, argument.hasPrefix("--"), let equals = argument.firstIndex(of: "=") {
                inlineValue = String(argument[argument.index(after: equals)...])
                argument = String(argument[..<equals])
            } else if !onlyFiles, argument.count > 2, argument.hasPrefix("-j") || argument.hasPrefix("-o") {
                inlineValue = String(argument.dropFirst(2))
                argument = String(argument.prefix(2))
            }
            if onlyFiles || argument == "-" || !argument.hasPrefix("-") {
                parsed.files.append(argument)
                index += 1
                continue
            }
            switch argument {
            case "--": onlyFiles = true
            case "-h", "--help": parsed.showHelp = true
            case "--version": parsed.showVersion = true
            case "--no-title": parsed.options.includeTitle = false
            case "--explain":
                let raw = inlineValue ?? "table"
                guard let form = ExplainOutput.Form(rawValue: raw) else {
                    throw UsageError(description: "--explain takes table or json (--explain=json), not '\(raw)'")
                }
                parsed.explain = form
            case "--no-tables": parsed.tables = false
            case "--pretty": parsed.pretty = true
            case "--links":
                parsed.links = true
                parsed.options.inlineMarkup = true
            case "--input":
                let raw = try inlineValue ?? value(for: argument)
                guard let kind = InputKind(rawValue: raw) else {
                    throw UsageError(description: "--input must be auto, text or html, not '\(raw)'")
                }
                parsed.options.inputKind = kind
            case "--max-bytes":
                parsed.options.maxBytes = try positive(inlineValue ?? value(for: argument), for: argument, unit: "number of bytes")
            case "--format":
                let raw = try inlineValue ?? value(for: argument)
                guard let format = Format(rawValue: raw) else {
                    throw UsageError(description: "--format must be text, markdown or json, not '\(raw)'")
                }
                parsed.format = format
            case "-o", "--output-dir": parsed.outputDirectory = try inlineValue ?? value(for: argument)
            case "-j", "--jobs":
                parsed.jobs = try positive(inlineValue ?? value(for: argument), for: argument, unit: "number of workers")
            case "--jsonl": parsed.jsonLines = true
            case "--resume": parsed.resume = true
            case "--errors": parsed.errorsFile = try inlineValue ?? value(for: argument)
            case "--progress": parsed.progress = true
            case "--fsync": parsed.fsync = true
            case "--include": parsed.includes.append(try inlineValue ?? value(for: argument))
            default:
                throw UsageError(description: "unknown option '\(argument)'")
            }
            index += 1
        }
        try parsed.checkModes()
        // Only the Markdown and JSON outputs use the structure and metadata.
        parsed.options.structure = parsed.format != .text
        return parsed
    }

    private static func positive(_ raw: String, for flag: String, unit: String) throws -> Int {
        guard let number = Int(raw), number > 0 else {
            throw UsageError(description: "\(flag) must be a positive \(unit), not '\(raw)'")
        }
        return number
    }

    /// Refuses flags that make no sense together: each mode takes only its own.
    private func checkModes() throws {
        let folderOnly = [("--resume", resume), ("--errors", errorsFile != nil), ("--include", !includes.isEmpty), ("--fsync", fsync)]
        if jsonLines {
            if outputDirectory != nil { throw UsageError(description: "--jsonl and -o are two different modes; pick one") }
            if !files.isEmpty { throw UsageError(description: "--jsonl reads standard input; it takes no FILE") }
            if explain != nil { throw UsageError(description: "--jsonl cannot be combined with --explain") }
            if let flag = folderOnly.first(where: \.1)?.0 { throw UsageError(description: "\(flag) works only with -o") }
        } else if let outputDirectory {
            if files.isEmpty { throw UsageError(description: "-o \(outputDirectory) needs at least one input PATH") }
            if files.contains("-") { throw UsageError(description: "-o reads files and folders, not standard input") }
            if explain != nil { throw UsageError(description: "-o cannot be combined with --explain") }
        } else {
            if files.count > 1 {
                throw UsageError(description: "one FILE at a time (got \(files.count)); use -o OUTDIR for many")
            }
            if let flag = folderOnly.first(where: \.1)?.0 { throw UsageError(description: "\(flag) works only with -o") }
            if jobs != nil || progress { throw UsageError(description: "-j and --progress work only with -o or --jsonl") }
            if explain != nil && format != .text { throw UsageError(description: "--explain cannot be combined with --format") }
        }
    }

    static let usage = """
        usage: declutter [OPTIONS] [FILE]
               declutter -o OUTDIR [OPTIONS] PATH...
               declutter --jsonl [OPTIONS] < records.jsonl > cleaned.jsonl

        Reads a scraped news page — raw HTML or a plain-text dump — from FILE (or standard input
        when FILE is absent or '-') and writes only the article: the headline, a blank line, then
        the body paragraphs separated by blank lines.

        options:
          --no-title              leave the headline out
          --input auto|text|html  how to read the input (default: auto, sniffed from the bytes)
          --format FORMAT         text (default), markdown (headings, lists, quotes, tables,
                                  code) or json (one object: metadata, text and blocks)
          --no-tables             leave tables out of the markdown and json output
          --links                 keep links and emphasis in the markdown output (and list
                                  the links of each block in the json output)
          --pretty                indent the json output over many lines
          --explain               print how each block was judged instead of the article: one
                                  row per block (+ kept, - dropped, T headline) with its class,
                                  score, words, link share, stop-word share, cues and the rule
                                  that made the call; coloured on a terminal unless NO_COLOR is set
          --explain=json          the same as JSON Lines, one block a line
          --max-bytes N           refuse inputs larger than N bytes (default: \(Options.defaultMaxBytes))
          -h, --help              show this help
          --version               show the version

        many pages:
          -o OUTDIR PATH...       clean every file under each PATH (a file or a folder, recursed;
                                  names starting with '.' are passed over) into OUTDIR, one .txt
                                  each (.md, .json with --format), mirroring the folders;
                                  'page.html.gz' becomes 'page.txt'
          -j N                    clean N pages at once (default: one per processor)
          --include GLOB          only files whose name matches GLOB, e.g. '*.html' (repeatable)
          --resume                skip inputs whose output is newer than the input
          --errors FILE           write the failures as a TSV of path and error
          --progress              show progress even when stderr is not a terminal
          --fsync                 flush each output to the disk before renaming it into place
          --jsonl                 read JSON Lines records {"id": …, "html"|"text": …} on standard
                                  input; write each back, in order, with "title" and "text" (or
                                  "error") in place of the page; raw bytes may come as base64 in
                                  "html_base64", "text_base64" or "base64"; --format markdown
                                  adds "markdown", --format json every field of the json output

        exit status: 0 cleaned (an input with no article gives empty output and a warning),
                     1 an input could not be cleaned, 2 usage error, 130 interrupted.
                     With --jsonl failures are reported in the records and the status is 0.

        examples:
          declutter page.txt > clean.txt
          curl -s https://example.com/story | declutter --input html
          declutter --no-title page.txt
          declutter --explain page.html | less -R
          declutter -o clean/ --include '*.html' crawl/
          declutter --jsonl -j 4 < pages.jsonl > articles.jsonl
        """
}
