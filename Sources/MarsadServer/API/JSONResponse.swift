import Foundation
import Hummingbird
import MarsadCore
import NIOCore

/// JSON responses with sorted keys (stable output), and error bodies `{"error": {"code", "message"}}`.
enum JSONResponse {
    static func encoder() -> JSONEncoder {
        let e = JSONEncoder()
        e.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return e
    }

    static func ok(_ value: some Encodable) throws -> Response {
        let data = try encoder().encode(value)
        return make(.ok, data)
    }

    /// `value` written by ``JSONWriter``: the bytes of ``ok(_:)``, several times faster.
    static func ok(writing value: some JSONWritable) -> Response {
        var writer = JSONWriter(capacity: 64 * 1024)
        value.write(to: &writer)
        return Response(
            status: .ok, headers: [.contentType: "application/json; charset=utf-8"],
            body: ResponseBody(byteBuffer: ByteBuffer(bytes: writer.bytes)))
    }

    static func error(_ e: MarsadError) -> Response {
        error(e.httpStatus, code: e.code.description, message: e.message)
    }

    static func error(_ status: HTTPResponse.Status, code: String, message: String) -> Response {
        let body = ["error": ["code": code, "message": message]]
        let data = (try? encoder().encode(body)) ?? Data("{}".utf8)
        return make(status, data)
    }

    static func make(_ status: HTTPResponse.Status, _ data: Data) -> Response {
        Response(
            status: status, headers: [.contentType: "application/json; charset=utf-8"],
            body: ResponseBody(byteBuffer: ByteBuffer(bytes: data)))
    }
}
