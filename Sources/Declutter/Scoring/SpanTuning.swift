import Foundation

/// Knobs of the span selection that are tuned on the dev corpus. Each can be overridden by an
/// environment variable while tuning (`DECLUTTER_TUNE_<NAME>`); the defaults are the tuned values.
enum SpanTuning {
    static func value(_ name: String, _ fallback: Double) -> Double {
        if let raw = ProcessInfo.processInfo.environment["DECLUTTER_TUNE_" + name], let value = Double(raw) {
            return value
        }
        return fallback
    }
}
