import Declutter
import Foundation

/// The version printed by `--version`.
let declutterVersion = "0.1.0"

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

if arguments.jsonLines {
    exit(JSONLinesMode.run(arguments))
} else if arguments.outputDirectory != nil {
    exit(FolderMode.run(arguments))
} else {
    exit(SinglePage.run(arguments))
}
