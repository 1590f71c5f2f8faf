import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where the command line reads and writes; replaced by buffers in tests.
public struct Terminal: Sendable {
    /// Reads all of standard input.
    public var readInput: @Sendable () -> Data
    /// Writes to standard output.
    public var writeOutput: @Sendable (String) -> Void
    /// Writes to standard error.
    public var writeError: @Sendable (String) -> Void
    /// Whether standard error is a terminal (progress lines are shown only then).
    public var errorIsTerminal: Bool

    /// A terminal from its streams (tests pass closures over buffers).
    public init(readInput: @escaping @Sendable () -> Data, writeOutput: @escaping @Sendable (String) -> Void,
                writeError: @escaping @Sendable (String) -> Void, errorIsTerminal: Bool) {
        self.readInput = readInput
        self.writeOutput = writeOutput
        self.writeError = writeError
        self.errorIsTerminal = errorIsTerminal
    }

    /// The process's standard streams.
    public static var standard: Terminal {
        Terminal(
            readInput: { FileHandle.standardInput.readDataToEndOfFile() },
            writeOutput: { text in FileHandle.standardOutput.write(Data(text.utf8)) },
            writeError: { text in FileHandle.standardError.write(Data(text.utf8)) },
            errorIsTerminal: isatty(2) != 0)
    }
}
