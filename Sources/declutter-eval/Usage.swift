/// The help text.
enum Usage {
    /// The synopsis lines printed after a usage error.
    static var synopsis: String {
        text.split(separator: "\n").prefix(while: { !$0.isEmpty && !$0.hasPrefix("eval ") }).joined(separator: "\n")
    }

    /// The full help (`declutter-eval help`).
    static let text = """
        usage: declutter-eval eval  --corpus DIR [--input text|html] [--out OUTDIR] [--per-doc] [--worst N] [--paragraphs] [--with-title]
                                    [--format text|markdown]
               declutter-eval score GOLD_DIR OUT_DIR [--per-doc] [--worst N] [--paragraphs]
               declutter-eval compare GOLD_DIR BEFORE_DIR AFTER_DIR [--threshold T]
               declutter-eval bench --corpus DIR [--input text|html] [--repeat N] [--seconds S]
               declutter-eval help

        eval   Cleans every page of DIR, writes one <id>.txt per page and scores the outputs with the
               token 4-gram shingle scorer of score.py (same figures, same two summary lines).
               Corpus layout (DIR has gold/ and text/ or html/, optional meta.tsv): cleans
                 <DIR>/<input>/<id>.* without the headline (--with-title keeps it) into OUTDIR
                 (default .build/eval/<basename of DIR>-<input>; its old .txt files are removed),
                 scores against gold/, prints one line per page_type when meta.tsv exists and the
                 --worst N pages (default 10). --input defaults to text.
               Fixture layout (subfolders X with X/input/* and X/expected/*.txt, as in Fixtures/):
                 cleans each input with the headline into OUTDIR/X, scores against X/expected and
                 counts byte-exact outputs, per folder and overall. Each file is read as its
                 extension says (.txt text, .html/.htm HTML); --input keeps only that kind.
               A page whose cleaning fails gets an empty output and is listed on stderr.
               --format markdown scores the Markdown output stripped back to plain text (heading
                 and list marks, table pipes, fences, escapes removed): it must score as the text.
        score  Scores OUT_DIR/<id>.txt against every GOLD_DIR/<id>.txt exactly as
               `python3 score.py GOLD_DIR OUT_DIR` does; a missing output counts as empty.
               --worst N then lists the N pages with the lowest F1.
        compare  Scores BEFORE_DIR and AFTER_DIR against GOLD_DIR and lists every page whose F1
               moved by more than T (default 0.0005), losses first, then the pages gained and lost
               and both corpus summaries: a scoring change is kept when pages gain and none lose.
               Make the two folders with `eval --out` before and after the change.
        bench  Loads every input page of DIR (either layout) into memory, then cleans them all on one
               thread, pass after pass, until S seconds (default 3) and N passes (default 1) are done,
               and prints pages, MB (10^6 bytes), MB/s, pages/s and failed pages.

        options:
          --per-doc     print score.py's per-page rows
          --worst N     print the N pages with the lowest per-page F1
          --paragraphs  under each of those pages, list its gold paragraphs missing from the output
                        (-) and its output paragraphs not in the gold (+); a paragraph counts as
                        present when the other side has the same words or half its 4-word shingles
          -h, --help    show this help

        exit status: 0 done, 1 a folder could not be read or written, 2 usage error
        """
}
