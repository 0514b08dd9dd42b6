import ArgumentParser

@main
struct Marsad: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "marsad",
        abstract: "Political event data from Arabic and English news: CAMEO and PLOVER events, explainable.",
        subcommands: [
            CodeCommand.self, IngestCommand.self, EventsCommand.self, QueryCommand.self, AggregateCommand.self,
            ExportCommand.self, DemoCommand.self, EvalCommand.self, AnalyzeCommand.self, DictCommand.self, BenchCommand.self,
        ])
}
