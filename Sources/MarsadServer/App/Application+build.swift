public import Hummingbird
public import Logging
public import MarsadStore
public import NIOCore

/// Builds the HTTP application: the JSON API and the web UI over one store. `marsad serve`, `marsad demo`
/// and the tests all call this.
///
/// ```swift
/// let app = buildApplication(store: store, host: "127.0.0.1", port: 8080)
/// try await app.runService()
/// ```
public func buildApplication(
    store: any EventStore, host: String = "127.0.0.1", port: Int = 8080,
    logger: Logger = Logger(label: "marsad"),
    onServerRunning: @escaping @Sendable (any Channel) async -> Void = { _ in }
) -> some ApplicationProtocol {
    let router = Router(context: BasicRequestContext.self)
    APIRoutes(store: store).add(to: router)
    UIRoutes(store: store).add(to: router)
    return Application(
        router: router, configuration: .init(address: .hostname(host, port: port), serverName: "marsad"),
        onServerRunning: onServerRunning, logger: logger)
}
