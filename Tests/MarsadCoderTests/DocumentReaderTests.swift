import Foundation
import MarsadCore
import Testing

@testable import MarsadCoder

@Suite struct DocumentReaderTests {
    @Test func badRecordsAreReportedWithTheirLineAndSkipped() {
        var data = Data(#"{"id":"a","date":"2020-01-02","text":"Russia condemned the attack."}"#.utf8)
        data.append(Data("\n{not json\n".utf8))
        data.append(Data([0x7B, 0x22, 0xFF, 0xFE, 0x22, 0x7D, 0x0A]))  // invalid UTF-8
        data.append(Data((#"{"id":"c","date":"2020-01-02"}"# + "\n").utf8))
        data.append(Data(#"{"id":"d","text":"Iran met Iraq.","lang":"en"}"#.utf8))
        let r = DocumentReader().readJSONL(data, name: "in.jsonl")
        #expect(r.documents.map(\.id) == ["a", "d"])
        #expect(r.rejections.map(\.line) == [2, 3, 4])
        #expect(r.rejections.map(\.error.code) == [.malformedRecord, .invalidUTF8, .missingField])
        #expect(r.rejections[0].description.hasPrefix("in.jsonl:2: malformed-record"))
    }

    @Test func plainTextIsOneDocumentNamedAfterTheFile() {
        let r = DocumentReader().read(data: Data("دعت روسيا إلى الحوار.".utf8), name: "dir/note.txt")
        #expect(r.documents.first?.id == "note.txt")
        #expect(r.rejections.isEmpty)
    }

    @Test func binaryJunkIsRejected() {
        let r = DocumentReader().read(data: Data([0x00, 0xFF, 0x10, 0x80]), name: "junk.bin")
        #expect(r.documents.isEmpty)
        #expect(r.rejections.first?.error.code == .invalidUTF8)
    }

    @Test func oversizedDocumentsAreRejected() {
        var reader = DocumentReader()
        reader.maxDocumentBytes = 100
        let line = #"{"id":"big","text":""# + String(repeating: "x", count: 200) + #""}"#
        let r = reader.readJSONL(Data(line.utf8), name: "big.jsonl")
        #expect(r.rejections.first?.error.code == .documentTooLarge)
    }
}
