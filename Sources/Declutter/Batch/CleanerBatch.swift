import Foundation

/// One cleaned input of a batch, as a streaming batch yields it.
public struct BatchResult: Sendable {
    /// The input's position in the batch, from zero.
    public var index: Int
    /// The caller's name for the input (a path, a record id).
    public var id: String
    /// The article, or why the input could not be cleaned.
    public var result: Result<Article, DeclutterError>
}

extension Cleaner {
    /// Cleans one page and returns a failure as a value instead of throwing it.
    public func cleanResult(_ data: Data) -> Result<Article, DeclutterError> {
        do {
            return .success(try clean(data))
        } catch let error as DeclutterError {
            return .failure(error)
        } catch {
            return .failure(.unsupported(String(describing: error)))
        }
    }

    /// Cleans many pages with at most `maxConcurrency` at a time on threads of its own (so the
    /// caller's tasks are never blocked by the work) and returns the results in input order.
    public func cleanAll(
        _ inputs: some Sequence<(id: String, data: Data)>,
        maxConcurrency: Int
    ) async -> [Result<Article, DeclutterError>] {
        let pages = Array(inputs)
        let cleaner = self
        return await withCheckedContinuation { continuation in
            Thread {
                var results = [Result<Article, DeclutterError>]()
                results.reserveCapacity(pages.count)
                OrderedParallelMap(workers: maxConcurrency) { (page: (id: String, data: Data)) in
                    cleaner.cleanResult(page.data)
                }.run(pages) { _, result in results.append(result) }
                continuation.resume(returning: results)
            }.start()
        }
    }

    /// Cleans pages with at most `maxConcurrency` at a time and yields each result in input
    /// order as soon as it and all before it are done. The sequence is read lazily, a bounded
    /// window ahead of the results; ending the stream's iteration stops the reading and the
    /// cleaning. Results the consumer has not read yet are buffered by the stream.
    public func results(
        for inputs: some Sequence<(id: String, data: Data)> & Sendable,
        maxConcurrency: Int
    ) -> AsyncStream<BatchResult> {
        let cleaner = self
        return AsyncStream { continuation in
            let map = OrderedParallelMap(workers: maxConcurrency) { (page: (id: String, data: Data)) in
                (page.id, cleaner.cleanResult(page.data))
            }
            continuation.onTermination = { _ in map.stop() }
            Thread {
                map.run(inputs) { index, output in
                    continuation.yield(BatchResult(index: index, id: output.0, result: output.1))
                }
                continuation.finish()
            }.start()
        }
    }
}
