import Foundation
import NewsGraphCLI

/// A terminal whose output and error streams are kept in memory.
public final class CapturingTerminal: @unchecked Sendable {
    private let lock = NSLock()
    private var out = ""
    private var err = ""
    private let input: Data

    public init(input: String = "") { self.input = Data(input.utf8) }

    public var output: String { lock.withLock { out } }
    public var error: String { lock.withLock { err } }

    public var terminal: Terminal {
        Terminal(readInput: { [input] in input },
                 writeOutput: { [self] text in lock.withLock { out += text } },
                 writeError: { [self] text in lock.withLock { err += text } },
                 errorIsTerminal: false)
    }

    /// Runs `newsgraph` with `arguments` in-process.
    public func run(_ arguments: [String]) -> Int32 {
        NewsGraphCommand.main(arguments: arguments, terminal: terminal)
    }
}
