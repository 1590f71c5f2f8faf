import Foundation

/// A one-line progress report on standard error, redrawn in place; shown only on a terminal.
struct Progress {
    let terminal: Terminal
    private var lastDraw = Date.distantPast
    private var shown = false
    private let start = Date()

    init(terminal: Terminal) { self.terminal = terminal }

    mutating func update(documents: Int, bytes: Int) {
        guard terminal.errorIsTerminal else { return }
        let now = Date()
        guard now.timeIntervalSince(lastDraw) >= 0.2 else { return }
        lastDraw = now
        shown = true
        let megabytes = Double(bytes) / 1_000_000
        let rate = megabytes / max(now.timeIntervalSince(start), 0.001)
        terminal.writeError("\r\u{1B}[Knewsgraph: \(documents) documents, "
            + String(format: "%.1f MB, %.1f MB/s", megabytes, rate))
    }

    func finish() {
        if shown { terminal.writeError("\n") }
    }
}
