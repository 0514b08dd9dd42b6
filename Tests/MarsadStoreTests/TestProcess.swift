import Foundation

/// Child processes for the tests that drive real programs (`marsad`, `python3`).
enum TestProcess {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// Runs `executable` with `arguments` to completion, `input` on its standard input. Output
    /// goes through temporary files, so a chatty child never blocks on a full pipe.
    static func run(_ executable: String, _ arguments: [String], input: String? = nil) throws -> Result {
        try withTemporaryDirectory { dir in
            let process = try start(executable, arguments, in: dir)
            if let input, let stdin = process.standardInput as? Pipe {
                stdin.fileHandleForWriting.write(Data(input.utf8))
            }
            try? (process.standardInput as? Pipe)?.fileHandleForWriting.close()
            process.waitUntilExit()
            return Result(
                status: process.terminationStatus,
                stdout: (try? String(contentsOf: dir.appendingPathComponent("stdout"), encoding: .utf8)) ?? "",
                stderr: (try? String(contentsOf: dir.appendingPathComponent("stderr"), encoding: .utf8)) ?? "")
        }
    }

    /// Starts `executable` without waiting, its output in the files `stdout` and `stderr` of `dir`.
    static func start(_ executable: String, _ arguments: [String], in dir: URL) throws -> Process {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        var handles: [FileHandle] = []
        for name in ["stdout", "stderr"] {
            let url = dir.appendingPathComponent(name)
            _ = FileManager.default.createFile(atPath: url.path, contents: nil)
            handles.append(try FileHandle(forWritingTo: url))
        }
        process.standardOutput = handles[0]
        process.standardError = handles[1]
        process.standardInput = Pipe()
        try process.run()
        return process
    }

    /// The first executable named `name` on `PATH`, or `nil`.
    static func onPath(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/\(name)" }.first {
            FileManager.default.isExecutableFile(atPath: $0)
        }
    }

    /// The `marsad` binary built with these tests: beside the test bundle (SwiftPM puts every
    /// product of a build in one folder), or in the package's `.build/debug`.
    static func marsadBinary() -> String? {
        var folders: [URL] = []
        let argv0 = URL(fileURLWithPath: CommandLine.arguments.first ?? "")
        folders.append(argv0.deletingLastPathComponent())
        folders += Bundle.allBundles.map { $0.bundleURL.deletingLastPathComponent() }
        folders.append(Bundle.main.bundleURL)
        folders += CommandLine.arguments.filter { $0.hasSuffix(".xctest") }.map {
            URL(fileURLWithPath: $0).deletingLastPathComponent()
        }
        let package = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        folders.append(package.appendingPathComponent(".build/debug"))
        return folders.map { $0.appendingPathComponent("marsad").path }.first {
            FileManager.default.isExecutableFile(atPath: $0)
        }
    }

    /// A fresh temporary folder, removed after `body`.
    static func withTemporaryDirectory<T>(_ body: (URL) throws -> T) throws -> T {
        let dir = FileManager.default.temporaryDirectory
            .appendingPathComponent("marsad-store-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        return try body(dir)
    }
}
