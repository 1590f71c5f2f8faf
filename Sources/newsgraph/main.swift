import NewsGraphCLI
import Foundation

exit(NewsGraphCommand.main(arguments: Array(CommandLine.arguments.dropFirst())))
