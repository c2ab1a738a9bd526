import Foundation

/// Scores an output folder against a gold folder exactly as `score.py GOLD_DIR OUT_DIR` does.
public enum FolderScorer {
    /// One score per `<id>.txt` in `gold`, in score.py's order (ids sorted by code point).
    /// A missing `output/<id>.txt` scores as empty output and is flagged missing.
    public static func score(gold: URL, output: URL) throws -> [DocumentScore] {
        let ids = try goldIDs(in: gold)
        guard !ids.isEmpty else { throw EvalError("no <id>.txt files in \(gold.path)") }
        return try ids.map { id in
            let goldBytes = try readIfPresent(gold.appendingPathComponent(id + ".txt")) ?? Data()
            let outputBytes = try readIfPresent(output.appendingPathComponent(id + ".txt"))
            return ShingleScorer.score(id: id, gold: goldBytes, output: outputBytes)
        }
    }

    /// The ids of a gold folder as score.py lists them: `Path.glob('*.txt')` (hidden files
    /// included), each name's `stem`, sorted by code point.
    public static func goldIDs(in gold: URL) throws -> [String] {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: gold.path)
        } catch {
            throw EvalError("cannot list \(gold.path): \(error.localizedDescription)")
        }
        return names.filter { $0.hasSuffix(".txt") }.map(stem).sorted(by: codePointOrder)
    }

    /// Python's `PurePath.stem`: the name without its last suffix, where a leading dot does not
    /// start a suffix (`.txt` stays `.txt`, `.h.txt` becomes `.h`).
    static func stem(_ name: String) -> String {
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex, dot != name.index(before: name.endIndex) else {
            return name
        }
        return String(name[..<dot])
    }

    /// Python's string order: by code point, with no Unicode normalisation.
    public static func codePointOrder(_ left: String, _ right: String) -> Bool {
        left.unicodeScalars.lexicographicallyPrecedes(right.unicodeScalars)
    }

    /// The file's bytes, or `nil` when it does not exist (score.py's `FileNotFoundError` case).
    static func readIfPresent(_ url: URL) throws -> Data? {
        guard FileManager.default.fileExists(atPath: url.path) else { return nil }
        return try Data(contentsOf: url)
    }
}
