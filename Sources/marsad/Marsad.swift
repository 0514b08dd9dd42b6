import ArgumentParser

@main
struct Marsad: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "marsad",
        abstract: "Political event data from Arabic and English news: CAMEO and PLOVER events, explainable.",
        subcommands: [CodeCommand.self, IngestCommand.self, EventsCommand.self, DemoCommand.self, EvalCommand.self, DictCommand.self, BenchCommand.self, AnalyzeCommand.self])
}
