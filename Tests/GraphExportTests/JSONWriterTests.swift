import Testing
@testable import GraphExport

@Suite struct JSONWriterTests {
    static func written(indent: Int?) -> String {
        var json = JSONWriter(indent: indent)
        json.beginObject()
        json.key(JSONWriter.Key("a")); json.integer(1)
        json.key("b")
        json.beginArray()
        json.string(literal: "x")
        json.beginObject(); json.endObject()
        json.number(0.25)
        json.endArray()
        json.key(JSONWriter.Key("a member name longer than 28 bytes")); json.string("q\"")
        json.key(escaping: "esc\"aped"); json.bool(true)
        json.key(JSONWriter.Key("empty")); json.beginArray(); json.endArray()
        json.endObject()
        return String(decoding: json.takeBytes(), as: UTF8.self)
    }

    @Test func writesPrettyAndCompactText() {
        #expect(Self.written(indent: 2) == """
            {
              "a": 1,
              "b": [
                "x",
                {},
                0.25
              ],
              "a member name longer than 28 bytes": "q\\"",
              "esc\\"aped": true,
              "empty": []
            }
            """)
        #expect(Self.written(indent: nil) == #"{"a":1,"b":["x",{},0.25],"a member name longer than 28 bytes":"q\"","esc\"aped":true,"empty":[]}"#)
    }

    @Test func indentsDeeplyNestedValues() {
        var json = JSONWriter(indent: 4)
        for _ in 0..<10 { json.beginArray() }
        json.integer(7)
        for _ in 0..<10 { json.endArray() }
        let lines = String(decoding: json.takeBytes(), as: UTF8.self).split(separator: "\n")
        #expect(lines[10] == Substring(String(repeating: " ", count: 40) + "7"))
        #expect(lines.last == "]")
    }
}
