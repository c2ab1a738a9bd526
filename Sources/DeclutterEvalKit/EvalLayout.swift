import Declutter
import Foundation

/// One page to clean: where it is, the id its output is named by, and how to read it.
public struct InputPage: Sendable {
    /// The page id: the input file's name without its extension.
    public var id: String
    /// The input file.
    public var url: URL
    /// The kind passed to the cleaner.
    public var kind: InputKind
}

/// A folder in the layout of the development corpus: `gold/<id>.txt` plus `text/<id>.txt`
/// and/or `html/<id>.html`, and optionally `meta.tsv`.
public struct CorpusFolder: Sendable {
    /// The corpus folder.
    public var root: URL
    /// The gold texts.
    public var gold: URL { root.appendingPathComponent("gold") }
    /// The page table, when there is one.
    public var meta: URL? {
        let url = root.appendingPathComponent("meta.tsv")
        return FileManager.default.fileExists(atPath: url.path) ? url : nil
    }

    /// The pages of one input form (`text/` or `html/`), sorted by id.
    public func pages(_ kind: InputKind) throws -> [InputPage] {
        let folder = root.appendingPathComponent(kind == .html ? "html" : "text")
        return try EvalLayout.files(in: folder).map { InputPage(id: EvalLayout.id(of: $0), url: $0, kind: kind) }
    }
}

/// A fixture folder in the `Fixtures/` layout: `X/input/*` cleaned with the headline must give
/// `X/expected/<stem>.txt`.
public struct FixtureFolder: Sendable {
    /// The folder's name (`seeds`).
    public var name: String
    /// `X/input`.
    public var input: URL
    /// `X/expected`.
    public var expected: URL

    /// The inputs, sorted; each file's kind comes from its extension. With `only`, just the files
    /// of that kind (`.txt` for text, `.html`/`.htm` for HTML).
    public func pages(only kind: InputKind? = nil) throws -> [InputPage] {
        try EvalLayout.files(in: input).compactMap { url in
            let fileKind = EvalLayout.kind(ofExtension: url.pathExtension)
            if let kind, kind != fileKind { return nil }
            return InputPage(id: EvalLayout.id(of: url), url: url, kind: fileKind)
        }
    }
}

/// What `--corpus DIR` points at.
public enum EvalLayout: Sendable {
    /// The development corpus layout.
    case corpus(CorpusFolder)
    /// One or more fixture folders, sorted by name.
    case fixtures([FixtureFolder])

    /// Reads the layout of `root`: a corpus when it has `gold/` and `text/` or `html/`, else its
    /// subfolders that have both `input/` and `expected/`.
    public static func detect(_ root: URL) throws -> EvalLayout {
        if isDirectory(root.appendingPathComponent("gold")),
           isDirectory(root.appendingPathComponent("text")) || isDirectory(root.appendingPathComponent("html")) {
            return .corpus(CorpusFolder(root: root))
        }
        guard isDirectory(root) else { throw EvalError("\(root.path) is not a folder") }
        let names = try FileManager.default.contentsOfDirectory(atPath: root.path).filter { !$0.hasPrefix(".") }.sorted()
        let folders = names.compactMap { name -> FixtureFolder? in
            let folder = root.appendingPathComponent(name)
            let input = folder.appendingPathComponent("input"), expected = folder.appendingPathComponent("expected")
            return isDirectory(input) && isDirectory(expected) ? FixtureFolder(name: name, input: input, expected: expected) : nil
        }
        guard !folders.isEmpty else {
            throw EvalError("\(root.path) has neither gold/ with text/ or html/ (corpus layout) "
                          + "nor subfolders with input/ and expected/ (fixture layout)")
        }
        return .fixtures(folders)
    }

    /// The kind a fixture file is read as, from its extension.
    public static func kind(ofExtension pathExtension: String) -> InputKind {
        switch pathExtension.lowercased() {
        case "txt": return .text
        case "html", "htm": return .html
        default: return .auto
        }
    }

    /// The regular, non-hidden files of a folder, sorted by name.
    static func files(in folder: URL) throws -> [URL] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { !$0.hasPrefix(".") }
            .sorted(by: FolderScorer.codePointOrder)
            .map { folder.appendingPathComponent($0) }
            .filter { !isDirectory($0) }
    }

    /// A page id: the file name without its extension.
    static func id(of url: URL) -> String {
        url.deletingPathExtension().lastPathComponent
    }

    /// Whether the path is an existing folder.
    static func isDirectory(_ url: URL) -> Bool {
        var isFolder: ObjCBool = false
        return FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder) && isFolder.boolValue
    }
}
