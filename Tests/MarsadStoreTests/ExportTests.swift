import Foundation
import MarsadCore
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

@testable import MarsadStore

@Suite struct ExportTests {
    static let awkward = "He said, \"enough\"\nthen left;\ttabs too"

    /// Three reports of one event (one located), a located Arabic event with awkward text, and an
    /// undated event with no target.
    private func store() throws -> EventStore {
        let store = try EventStore.inMemory()
        try store.ingest(
            [
                (Fixture.report("a"), [Fixture.namedEvent("a-0", document: "a", place: ("Aleppo", "SYR", 36.2, 37.13))]),
                (Fixture.report("b", source: "paper"), [Fixture.namedEvent("b-0", document: "b", mentions: 2)]),
                (Fixture.report("c"), [Fixture.namedEvent("c-0", document: "c")]),
                (
                    Fixture.report("d", text: "قصف الجيش السوري إدلب.", language: .arabic),
                    [
                        Fixture.namedEvent(
                            "d-0", document: "d", code: "190", goldstein: -10, plover: .assault,
                            sources: [("SYRMIL", "الجيش السوري"), ("IGOUNO", "الأمم المتحدة")], targets: [("SYRREB", "المعارضة")],
                            language: .arabic, place: ("إدلب", "SYR", 35.93, 36.63), sentence: ExportTests.awkward, trigger: "قصف")
                    ]
                ),
                (Fixture.report("u", date: nil), [Fixture.namedEvent("u-0", document: "u", date: nil, targets: [])]),
            ], batchSize: 10)
        return store
    }

    private func lines(_ text: String) -> [String] {
        text.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init)
    }

    @Test func ploverLinesAreJSONObjectsWithPloverFields() throws {
        let text = try store().exportString(.plover)
        let objects = try lines(text).map {
            try #require(JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
        }
        #expect(objects.count == 5)
        let d = try #require(objects.first { $0["id"] as? String == "d-0" })
        #expect(d["event_type"] as? String == "ASSAULT" && d["cameo_code"] as? String == "190")
        #expect(d["actor"] as? String == "SYRMIL" && d["actor_country"] as? String == "SYR")
        #expect(d["actors"] as? [String] == ["SYRMIL", "IGOUNO"] && d["recipient"] as? String == "SYRREB")
        #expect(d["event_text"] as? String == ExportTests.awkward && d["story_id"] as? String == "d")
        #expect((d["location"] as? [String: Any])?["lat"] as? Double == 35.93)
        #expect(d["context"] as? [Any] != nil && d["merged_id"] is NSNumber)
        let u = try #require(objects.first { $0["id"] as? String == "u-0" })
        #expect(u["date"] is NSNull && u["recipient"] is NSNull && u["location"] is NSNull)
    }

    @Test func phoenixRowsAreOneADayGroupsWithPhoenixColumns() throws {
        let rows = lines(try store().exportString(.phoenix)).map { $0.components(separatedBy: "\t") }
        #expect(rows.first == PhoenixExporter.columns)
        #expect(rows.allSatisfy { $0.count == 26 })
        #expect(rows.count == 3)  // a+b+c in one group, d; the undated event is left out.
        let group = try #require(rows.first { $0[0] == "a-0" })
        #expect(group[1] == "20240305" && group[2] == "2024" && group[3] == "3" && group[4] == "5")
        #expect(Array(group[5...8]) == ["RUS", "RUS", "", ""] && group[13] == "111" && group[14] == "11")
        #expect(group[23] == "a-0;b-0;c-0" && group[25] == "wire;paper")
        let d = try #require(rows.first { $0[0] == "d-0" })
        #expect(Array(d[5...12]) == ["SYRMIL", "SYR", "MIL", "", "SYRREB", "SYR", "REB", ""])
        #expect(d[18] == "35.93" && d[19] == "36.63" && d[22] == "SYR")
    }

    @Test func gdeltRowsHaveTheSixtyOneColumnsOfTheCodebook() throws {
        #expect(GDELTExporter.columns.count == 61)
        if let reference = ExportTests.referenceGDELTColumns() {
            #expect(GDELTExporter.columns == reference)
        }
        let store = try store()
        let rows = lines(try store.exportString(.gdelt)).map { $0.components(separatedBy: "\t") }
        #expect(rows.count == 3)
        #expect(rows.allSatisfy { $0.count == 61 })
        let column = { (name: String) in GDELTExporter.columns.firstIndex(of: name)! }
        let merged = try #require(store.mergedEvents().first { $0.numArticles == 3 })
        let row = try #require(rows.first { $0[0] == String(merged.id) })
        #expect(row[column("SQLDATE")] == "20240305" && row[column("MonthYear")] == "202403")
        #expect(row[column("FractionDate")] == "2024.1781")  // (2 * 30 + 5) / 365
        #expect(row[column("Actor1Code")] == "RUS" && row[column("Actor1CountryCode")] == "RUS")
        #expect(row[column("NumMentions")] == "4" && row[column("NumSources")] == "2" && row[column("NumArticles")] == "3")
        #expect(row[column("EventBaseCode")] == "111" && row[column("IsRootEvent")] == "1")
        #expect(row[column("ActionGeo_Lat")] == "36.2" && row[column("SOURCEURL")] == "https://news.example/a")
        #expect(row[column("DATEADDED")].count == 14 && row[column("AvgTone")].isEmpty)
        let d = try #require(rows.first { $0[column("EventCode")] == "190" })
        #expect(d[column("Actor1Type1Code")] == "MIL" && d[column("Actor2Type1Code")] == "REB")
        #expect(ActorParts("IGOUNO").knownGroup == "UNO" && ActorParts("IGOUNO").types == ["IGO", "", ""])
        #expect(ActorParts("SYRNUSRA").knownGroup == "NUSRA" && ActorParts("SYRNUSRA").country == "SYR")
    }

    /// The column names of shared/reference/gdelt-2.0-event-columns.csv, when the file is there.
    static func referenceGDELTColumns() -> [String]? {
        let package = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let candidates = ["/work/shared", package.deletingLastPathComponent().appendingPathComponent("shared").path]
        for folder in candidates {
            let path = folder + "/reference/gdelt-2.0-event-columns.csv"
            guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { continue }
            return text.split(separator: "\n").dropFirst().compactMap { $0.split(separator: ",").first.map(String.init) }
        }
        return nil
    }

    @Test(.enabled(if: TestProcess.onPath("python3") != nil, "needs python3"))
    func csvLoadsWithPythonsCSVModule() throws {
        let csv = try store().exportString(.csv)
        let script = """
            import csv, json, sys
            rows = list(csv.reader(sys.stdin))
            print(json.dumps(rows))
            """
        let result = try TestProcess.run(try #require(TestProcess.onPath("python3")), ["-c", script], input: csv)
        #expect(result.status == 0, "\(result.stderr)")
        let rows = try #require(JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String]])
        #expect(rows.first == CSVExporter.columns)
        #expect(rows.count == 6 && rows.allSatisfy { $0.count == CSVExporter.columns.count })
        let d = try #require(rows.first { $0[0] == "d-0" })
        let field = { (name: String) in d[CSVExporter.columns.firstIndex(of: name)!] }
        #expect(field("sentence") == ExportTests.awkward)
        #expect(field("source") == "SYRMIL;IGOUNO" && field("source_name") == "الجيش السوري;الأمم المتحدة")
        #expect(field("goldstein") == "-10.0" && field("lat") == "35.93" && field("cameo_code") == "190")
    }

    @Test func gexfIsWellFormedWithActorsAndWeightedEdges() throws {
        let xml = try store().exportString(.gexf)
        let counter = ElementCounter()
        let parser = XMLParser(data: Data(xml.utf8))
        parser.delegate = counter
        #expect(parser.parse(), "\(parser.parserError.map { "\($0)" } ?? "")")
        #expect(counter.counts["node"] == 5 && counter.counts["edge"] == 3)
        // RUS -> TUR: three reports, one event.
        #expect(xml.contains("source=\"RUS\" target=\"TUR\" weight=\"1\"><attvalues><attvalue for=\"reports\" value=\"3\"/>"))
        #expect(xml.contains("label=\"الجيش السوري\""))
    }

    @Test func geojsonHoldsTheLocatedEvents() throws {
        let text = try store().exportString(.geojson)
        let object = try #require(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(object["type"] as? String == "FeatureCollection")
        let features = try #require(object["features"] as? [[String: Any]])
        #expect(features.count == 2)
        let geometry = try #require(features.first?["geometry"] as? [String: Any])
        #expect(geometry["type"] as? String == "Point" && geometry["coordinates"] as? [Double] == [37.13, 36.2])
        #expect((features.first?["properties"] as? [String: Any])?["event_id"] as? String == "a-0")
        let empty = try EventStore.inMemory().exportString(.geojson)
        #expect((try JSONSerialization.jsonObject(with: Data(empty.utf8)) as? [String: Any])?["features"] as? [Any] != nil)
    }

    @Test func exportsFollowTheFilter() throws {
        let store = try store()
        #expect(lines(try store.exportString(.plover, filter: EventFilter(code: "19"))).count == 1)
        #expect(lines(try store.exportString(.csv, filter: EventFilter(limit: 2))).count == 3)
        #expect(lines(try store.exportString(.gdelt, filter: EventFilter(source: "SYR"))).count == 1)
        #expect(throws: MarsadError.self) { try store.exportString(.gdelt, filter: EventFilter(code: "abc")) }
    }
}

/// Counts the elements of an XML document by name.
final class ElementCounter: NSObject, XMLParserDelegate {
    var counts: [String: Int] = [:]

    func parser(
        _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        counts[name, default: 0] += 1
    }
}
