/// Failures of a command; each prints as one line on standard error.
public enum CLIError: Error, Equatable, CustomStringConvertible {
    /// The arguments are wrong (exit 64, with the usage line).
    case usage(String)
    /// Anything else (exit 1).
    case failure(String)

    /// The one line printed on standard error.
    public var description: String {
        switch self {
        case .usage(let message), .failure(let message): return message
        }
    }

    /// The process exit code: 64 (EX_USAGE) for usage errors, 1 otherwise.
    public var exitCode: Int32 {
        switch self {
        case .usage: return 64
        case .failure: return 1
        }
    }
}
