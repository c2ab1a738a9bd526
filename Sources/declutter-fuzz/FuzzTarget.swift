import Declutter
import Foundation

/// What one fuzz input is put through: the library's entry point with every input kind, so the
/// sniffer, both segmenters, the charset converter and the scoring all see hostile bytes.
enum FuzzTarget {
    /// The cleaners tried on each input: sniffed, forced text, forced HTML. The size limit is the
    /// default; libFuzzer's inputs are far below it, so the refusal path is covered by the tests.
    /// Every cleaner keeps links and emphasis, so the inline spans and their Markdown are fuzzed too.
    static let cleaners: [Cleaner] = InputKind.allCases.map { kind in
        var options = Options(inputKind: kind)
        options.inlineMarkup = true
        return Cleaner(options: options)
    }

    /// Cleans `data` with every cleaner, and explains it once. Errors are the library's answer
    /// for bad input and are fine; a crash, a trap or a sanitizer report is a finding. Nothing
    /// is caught beyond errors.
    static func run(_ data: Data) {
        for cleaner in cleaners {
            if let article = try? cleaner.clean(data) {
                // Render too: the renderer and the word counter run on what the scorer kept.
                _ = article.text()
                _ = article.wordCount
                _ = article.markdown(links: true)
                _ = article.json()
            }
        }
        _ = try? cleaners[0].explain(data)
    }
}

/// libFuzzer's entry point (`-sanitize=fuzzer` links libFuzzer's `main`, which calls this).
@_cdecl("LLVMFuzzerTestOneInput")
public func declutterFuzzOneInput(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let data = bytes.map { Data(bytes: $0, count: count) } ?? Data()
    FuzzTarget.run(data)
    return 0
}
