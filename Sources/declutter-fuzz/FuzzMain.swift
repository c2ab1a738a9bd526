import Foundation

/// The executable's entry point. SwiftPM links every executable with `main` pointing at the
/// module's `@main`, so libFuzzer's own `main` is never used: in the fuzzing build (`make fuzz`,
/// which defines `FUZZING`) this hands the command line to libFuzzer's driver; in a plain
/// `swift build` it replays each file named on the command line through ``FuzzTarget`` — the way
/// to reproduce a crasher in a debugger.
@main
enum FuzzMain {
    static func main() {
        #if FUZZING
        var argc = CommandLine.argc
        var argv = CommandLine.unsafeArgv
        exit(LLVMFuzzerRunDriver(&argc, &argv, declutterFuzzOneInput))
        #else
        replay(Array(CommandLine.arguments.dropFirst()))
        #endif
    }

    /// Runs each file through the target; a crash names the file last printed as started.
    static func replay(_ paths: [String]) {
        if paths.isEmpty {
            FileHandle.standardError.write(Data("usage: declutter-fuzz FILE...  (replays inputs; `make fuzz` fuzzes)\n".utf8))
            exit(2)
        }
        for path in paths {
            guard let data = FileManager.default.contents(atPath: path) else {
                FileHandle.standardError.write(Data("declutter-fuzz: \(path): cannot read\n".utf8))
                exit(1)
            }
            FuzzTarget.run(data)
            print("\(path): ok")
        }
    }
}

#if FUZZING
/// libFuzzer's driver (in the runtime `-sanitize=fuzzer` links): parses the flags, runs the loop.
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt
#endif
