import TouchstoneCore

/// Commands that judge units through the flag rules (`flag`, `sensitivity`, `chart`, `report`) read a higher
/// index as better. Until they read `direction: lower` ("higher is worse") on the index, they stop with this
/// message instead of flagging the best units; `index`, `trend`, `peers` and `compare` read the direction.
enum DirectionGuard {
    static func requireHigherIsBetter(_ project: Project, command: String) throws {
        guard project.framework.direction == .lower else { return }
        throw InputProblem(project.framework.location ?? SourceLocation(file: project.file),
                           "`touchstone \(command)` does not yet read `direction: lower` on the index (it would judge the lowest, best scores as lagging)",
                           fix: "use `touchstone index`, `trend`, `peers` and `compare` for this project (they read the direction), or remove `direction: lower` to treat a higher index as better")
    }
}
