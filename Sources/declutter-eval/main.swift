import Foundation

/// Entry point: `declutter-eval eval|score|compare|bench|help`.
func runMain() -> Int32 {
    let arguments = Array(CommandLine.arguments.dropFirst())
    guard let command = arguments.first else {
        FileHandle.standardError.write(Data((Usage.text + "\n").utf8))
        return 2
    }
    let rest = Array(arguments.dropFirst())
    do {
        switch command {
        case "eval": try EvalCommand(rest).run()
        case "score": try ScoreCommand(rest).run()
        case "compare": try CompareCommand(rest).run()
        case "bench": try BenchCommand(rest).run()
        case "help", "-h", "--help": print(Usage.text)
        default: throw ParsedArguments.UsageError(description: "unknown command '\(command)'")
        }
        return 0
    } catch let error as ParsedArguments.UsageError {
        FileHandle.standardError.write(Data("declutter-eval: \(error)\n\(Usage.synopsis)\nrun `declutter-eval help` for more\n".utf8))
        return 2
    } catch {
        FileHandle.standardError.write(Data("declutter-eval: \(error)\n".utf8))
        return 1
    }
}

exit(runMain())
