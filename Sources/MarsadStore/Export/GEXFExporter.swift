import MarsadCore

/// A GEXF 1.3 directed graph for Gephi: one node per actor code, one edge per source -> target
/// pair. Edge `weight` counts distinct merged events (the same event reported twice counts once);
/// attributes give the reports, the Goldstein sum over those events and their count per quad class.
enum GEXFExporter {
    struct Network {
        struct Edge {
            var events = Set<Int64>()
            var reports = 0
            var goldstein = 0.0
            var quads = [0, 0, 0, 0]
        }

        /// Names and countries of the nodes, by code.
        var nodes: [String: (name: String, country: String)] = [:]
        var events: [String: Int] = [:]
        var edges: [[String]: Edge] = [:]

        mutating func add(_ e: Event, mergedID: Int64?) {
            for m in e.source + e.target where nodes[m.code.value] == nil {
                nodes[m.code.value] = (m.name, m.code.country ?? "")
            }
            for code in Set((e.source + e.target).map(\.code.value)) { events[code, default: 0] += 1 }
            let merged = mergedID ?? Int64(e.id.hashValue)
            for s in Set(e.source.map(\.code.value)) {
                for t in Set(e.target.map(\.code.value)) where s != t {
                    var edge = edges[[s, t]] ?? Edge()
                    edge.reports += 1
                    if edge.events.insert(merged).inserted {
                        edge.goldstein += e.cameo.goldstein
                        edge.quads[e.cameo.quadClass.rawValue - 1] += 1
                    }
                    edges[[s, t]] = edge
                }
            }
        }

        func write(to out: inout some TextOutputStream) {
            out.write(
                """
                <?xml version="1.0" encoding="UTF-8"?>
                <gexf xmlns="http://gexf.net/1.3" version="1.3">
                  <meta><creator>Marsad</creator><description>Actor network: source to target</description></meta>
                  <graph mode="static" defaultedgetype="directed">
                    <attributes class="node">
                      <attribute id="country" title="country" type="string"/>
                      <attribute id="events" title="events" type="integer"/>
                    </attributes>
                    <attributes class="edge">
                      <attribute id="reports" title="reports" type="integer"/>
                      <attribute id="goldstein_sum" title="goldstein_sum" type="double"/>
                      <attribute id="quad1" title="verbal_cooperation" type="integer"/>
                      <attribute id="quad2" title="material_cooperation" type="integer"/>
                      <attribute id="quad3" title="verbal_conflict" type="integer"/>
                      <attribute id="quad4" title="material_conflict" type="integer"/>
                    </attributes>
                    <nodes>

                """)
            for code in nodes.keys.sorted() {
                let node = nodes[code]!
                let x = ExportText.xml
                out.write(
                    "      <node id=\"\(x(code))\" label=\"\(x(node.name))\"><attvalues>"
                        + "<attvalue for=\"country\" value=\"\(x(node.country))\"/>"
                        + "<attvalue for=\"events\" value=\"\(events[code] ?? 0)\"/></attvalues></node>\n")
            }
            out.write("    </nodes>\n    <edges>\n")
            for (i, key) in edges.keys.sorted(by: { $0.lexicographicallyPrecedes($1) }).enumerated() {
                let edge = edges[key]!
                let x = ExportText.xml
                var line = "      <edge id=\"\(i)\" source=\"\(x(key[0]))\" target=\"\(x(key[1]))\""
                line += " weight=\"\(edge.events.count)\"><attvalues>"
                line += "<attvalue for=\"reports\" value=\"\(edge.reports)\"/>"
                line += "<attvalue for=\"goldstein_sum\" value=\"\(ExportText.number(edge.goldstein))\"/>"
                for q in 0..<4 { line += "<attvalue for=\"quad\(q + 1)\" value=\"\(edge.quads[q])\"/>" }
                out.write(line + "</attvalues></edge>\n")
            }
            out.write("    </edges>\n  </graph>\n</gexf>\n")
        }
    }
}
