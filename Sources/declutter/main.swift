import Declutter
import Foundation

/// The version printed by `--version`.
let declutterVersion = "0.1.0"

func printError(_ message: String) {
    FileHandle.standardError.write(Data(("declutter: " + message + "\n").utf8))
}

let arguments: Arguments
do {
    arguments = try Arguments.parse(Array(CommandLine.arguments.dropFirst()))
} catch {
    printError("\(error)")
    printError("try 'declutter --help'")
    exit(2)
}
if arguments.showHelp {
    print(Arguments.usage)
    exit(0)
}
if arguments.showVersion {
    print("declutter \(declutterVersion)")
    exit(0)
}

let path = arguments.files.first ?? "-"
let name = path == "-" ? "<stdin>" : path
let data: Data
do {
    if path == "-" {
        data = FileHandle.standardInput.readDataToEndOfFile()
    } else {
        data = try Data(contentsOf: URL(fileURLWithPath: path))
    }
} catch {
    printError("\(name): cannot read: \((error as NSError).localizedDescription)")
    exit(1)
}

if arguments.explain {
    do {
        for line in try Cleaner(options: arguments.options).explain(data) { print(line) }
        exit(0)
    } catch {
        printError("\(name): \(error)")
        exit(1)
    }
}

do {
    let article = try Cleaner(options: arguments.options).clean(data)
    for warning in article.warnings { printError("\(name): warning: \(warning)") }
    FileHandle.standardOutput.write(Data(article.text(includeTitle: arguments.options.includeTitle).utf8))
    exit(0)
} catch {
    printError("\(name): \(error)")
    exit(1)
}
