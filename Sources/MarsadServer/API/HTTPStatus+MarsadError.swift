import Hummingbird
import MarsadCore

/// The one place that maps error codes to HTTP statuses.
extension MarsadError {
    var httpStatus: HTTPResponse.Status {
        switch code {
        case .invalidInput, .usage, .tooLarge: .badRequest
        case .storeUnavailable: .serviceUnavailable
        default: .internalServerError
        }
    }
}
