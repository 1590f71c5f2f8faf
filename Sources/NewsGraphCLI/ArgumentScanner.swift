/// Reads options and operands from an argument list, the way Unix tools do: `-o FILE`, `--format=dot`,
/// `--format dot`, `--` ends options, `-` alone is an operand (standard input).
struct ArgumentScanner {
    private var arguments: ArraySlice<String>
    private(set) var operands: [String] = []

    init(_ arguments: [String]) { self.arguments = arguments[...] }

    /// The next option name, or nil when only operands are left; operands met on the way are collected.
    mutating func nextOption() -> String? {
        while let argument = arguments.first {
            arguments.removeFirst()
            if argument == "--" {
                operands += arguments
                arguments = []
                return nil
            }
            if argument.hasPrefix("-"), argument != "-" {
                if argument.hasPrefix("--"), let equals = argument.firstIndex(of: "=") {
                    arguments.insert(String(argument[argument.index(after: equals)...]), at: arguments.startIndex)
                    return String(argument[..<equals])
                }
                return argument
            }
            operands.append(argument)
        }
        return nil
    }

    /// The value of an option that takes one.
    mutating func value(for option: String) throws(CLIError) -> String {
        guard let value = arguments.first else { throw .usage("option \(option) needs a value") }
        arguments.removeFirst()
        return value
    }
}
