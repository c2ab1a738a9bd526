import Foundation

/// One file of a folder run: where it is, and where its text goes below the output folder.
struct BatchInput: Sendable {
    /// The input's path as the user would write it (a PATH argument, then the names below it).
    let path: String
    /// The output's path relative to the output folder, e.g. `a/b/page.txt`.
    let outputRelative: String
}

/// What walking the PATH arguments found.
struct CollectedInputs {
    /// The files to clean, PATH by PATH in argument order, each folder's entries sorted by name.
    var files: [BatchInput] = []
    /// The real path of every folder walked, PATH folders and those reached through links.
    var folders: Set<String> = []
    /// Paths that could not be walked or read, with why.
    var problems: [(path: String, error: String)] = []
}

/// Walks the PATH arguments of a folder run: files are taken as they are, folders are recursed
/// (following links, but entering each real folder once, so a link loop ends), and names that
/// start with '.' are passed over. `--include` globs filter files found in folders by name.
struct InputCollector {
    /// fnmatch(3) patterns for file names; empty takes every file.
    let includes: [String]
    /// The extension of the output files (`txt`, `md`, `json`).
    var outputExtension = "txt"

    func collect(_ paths: [String]) -> CollectedInputs {
        var found = CollectedInputs()
        for path in paths {
            switch FileKind(of: path) {
            case .folder: walk(path, relative: "", into: &found)
            case .file: found.files.append(BatchInput(path: path, outputRelative: Self.outputName(for: path, extension: outputExtension)))
            case .other: found.problems.append((path, "not a regular file or folder"))
            case .missing(let reason): found.problems.append((path, reason))
            }
        }
        return found
    }

    private func walk(_ folder: String, relative: String, into found: inout CollectedInputs) {
        guard let real = OutputPlan.realPath(folder) else {
            found.problems.append((folder, "cannot read folder: \(String(cString: strerror(errno)))"))
            return
        }
        guard found.folders.insert(real).inserted else { return }  // entered already: a link loop
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
        } catch {
            found.problems.append((folder, "cannot read folder: \((error as NSError).localizedDescription)"))
            return
        }
        let prefix = folder.hasSuffix("/") ? folder : folder + "/"
        for name in names where !name.hasPrefix(".") {
            let path = prefix + name
            switch FileKind(of: path) {
            case .folder: walk(path, relative: relative + name + "/", into: &found)
            case .file where matches(name):
                found.files.append(BatchInput(path: path, outputRelative: relative + Self.outputName(for: name, extension: outputExtension)))
            case .file, .other: continue
            case .missing(let reason): found.problems.append((path, reason))
            }
        }
    }

    private func matches(_ name: String) -> Bool {
        includes.isEmpty || includes.contains { fnmatch($0, name, 0) == 0 }
    }

    /// The output file name for an input name: `.gz` dropped, then the extension, then `.txt`
    /// (or the extension of the output format: `page.html.gz` → `page.txt`, `README` → `README.txt`).
    static func outputName(for path: String, extension: String = "txt") -> String {
        var name = (path as NSString).lastPathComponent
        if PageLoader.isGzipName(name) { name = String(name.dropLast(3)) }
        return (name as NSString).deletingPathExtension + "." + `extension`
    }
}

/// What a path is, links followed.
enum FileKind {
    case file, folder, other
    case missing(String)

    init(of path: String) {
        var info = stat()
        guard stat(path, &info) == 0 else {
            let reason = errno == ENOENT && lstat(path, &info) == 0 ? "broken link" : String(cString: strerror(errno))
            self = .missing("cannot read: \(reason)")
            return
        }
        switch info.st_mode & S_IFMT {
        case S_IFDIR: self = .folder
        case S_IFREG: self = .file
        default: self = .other
        }
    }
}
