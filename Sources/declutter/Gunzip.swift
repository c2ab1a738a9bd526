import CZlib
import Declutter
import Foundation

/// Gunzips a whole page in memory with the system's zlib.
enum Gunzip {
    /// Bytes inflated per call to zlib: large enough that a typical page takes one or two calls.
    static let chunkSize = 256 << 10

    /// Inflates gzip (or zlib) data, concatenated gzip members included. Refuses, as
    /// ``DeclutterError/tooLarge(bytes:limit:)``, output past `limit` bytes (a gzip bomb).
    static func decompress(_ data: Data, limit: Int) throws -> Data {
        var stream = z_stream()
        guard declutter_inflateInitAuto(&stream) == Z_OK else {
            throw DeclutterError.notAPage(reason: "zlib could not start")
        }
        defer { inflateEnd(&stream) }
        var output = Data()
        var chunk = [UInt8](repeating: 0, count: chunkSize)
        var input = [UInt8](data)
        let status: Int32 = input.withUnsafeMutableBufferPointer { inputBuffer in
            stream.next_in = inputBuffer.baseAddress
            stream.avail_in = uInt(inputBuffer.count)
            while true {
                let code: Int32 = chunk.withUnsafeMutableBufferPointer { chunkBuffer in
                    stream.next_out = chunkBuffer.baseAddress
                    stream.avail_out = uInt(chunkBuffer.count)
                    let code = inflate(&stream, Z_NO_FLUSH)
                    output.append(chunkBuffer.baseAddress!, count: chunkBuffer.count - Int(stream.avail_out))
                    return code
                }
                if output.count > limit { return Z_MEM_ERROR }
                switch code {
                case Z_STREAM_END:
                    // Another gzip member may follow (files made with `cat a.gz b.gz`).
                    if stream.avail_in == 0 { return Z_STREAM_END }
                    guard inflateReset(&stream) == Z_OK else { return Z_DATA_ERROR }
                case Z_OK:
                    if stream.avail_in == 0 && stream.avail_out != 0 { return Z_BUF_ERROR }
                case Z_BUF_ERROR where stream.avail_in == 0:
                    return Z_BUF_ERROR
                default:
                    return code
                }
            }
        }
        switch status {
        case Z_STREAM_END: return output
        case Z_MEM_ERROR where output.count > limit: throw DeclutterError.tooLarge(bytes: output.count, limit: limit)
        case Z_BUF_ERROR: throw DeclutterError.notAPage(reason: "gzip data is cut short")
        default: throw DeclutterError.notAPage(reason: "not valid gzip data")
        }
    }
}
