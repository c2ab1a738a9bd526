import Declutter
import Foundation

/// `declutter [OPTIONS] [FILE]`: one page from a file or standard input to standard output.
enum SinglePage {
    /// Cleans the page and returns the exit status: 0 cleaned, 1 it could not be.
    static func run(_ arguments: Arguments) -> Int32 {
        let path = arguments.files.first ?? "-"
        let name = path == "-" ? "<stdin>" : path
        let cleaner = Cleaner(options: arguments.options)
        do {
            let data = try PageLoader.load(path, limit: arguments.options.maxBytes)
            if let form = arguments.explain {
                let explanation = try cleaner.explain(data)
                for warning in explanation.article.warnings { printError("\(name): warning: \(warning)") }
                let output = try ExplainOutput.render(explanation, as: form, colour: ExplainOutput.colourWanted)
                try StandardOutput.write(Data(output.utf8))
                return 0
            }
            let article = try cleaner.clean(data)
            for warning in article.warnings { printError("\(name): warning: \(warning)") }
            try StandardOutput.write(arguments.rendering.data(article))
            return 0
        } catch {
            printError("\(name): \(error)")
            return 1
        }
    }
}
