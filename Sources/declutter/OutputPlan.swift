import Foundation

/// Where a folder run writes, and the checks that keep it from writing over its inputs.
enum OutputPlan {
    /// The real path of an existing file or folder, links and `..` resolved.
    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// The real path a path has or would have once created: the deepest existing ancestor
    /// resolved, the rest appended with `.` and `..` applied.
    static func resolvedPath(_ path: String) -> String {
        let absolute = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        var existing = absolute.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        var missing: [String] = []
        while true {
            if let real = realPath("/" + existing.joined(separator: "/")) {
                var parts = real.split(separator: "/").map(String.init)
                for part in missing.reversed() {
                    if part == ".." { _ = parts.popLast() } else if part != "." { parts.append(part) }
                }
                return "/" + parts.joined(separator: "/")
            }
            guard let last = existing.popLast() else { return absolute }
            missing.append(last)
        }
    }

    /// Why the run must not start, or `nil`: the output folder is an input folder or inside one
    /// (so this run or the next would read or overwrite outputs as inputs), or an output would
    /// land on an input file.
    static func refusal(outputDirectory: String, inputs: CollectedInputs) -> String? {
        let output = resolvedPath(outputDirectory)
        for folder in inputs.folders.sorted() where output == folder || output.hasPrefix(folder + "/") {
            return "output folder \(outputDirectory) is inside the input folder \(folder); "
                + "outputs could overwrite inputs, so pick a folder outside it"
        }
        var inputPaths = [String: String]()
        for file in inputs.files {
            if let real = realPath(file.path) { inputPaths[real] = file.path }
        }
        var resolvedFolders = [String: String]()
        for file in inputs.files {
            let relativeFolder = (file.outputRelative as NSString).deletingLastPathComponent
            let folder = resolvedFolders[relativeFolder] ?? {
                let resolved = resolvedPath(output + "/" + relativeFolder)
                resolvedFolders[relativeFolder] = resolved
                return resolved
            }()
            let target = folder + "/" + (file.outputRelative as NSString).lastPathComponent
            if let input = inputPaths[target] {
                return "the output for \(file.path) would overwrite the input \(input); pick another output folder"
            }
        }
        return nil
    }
}
