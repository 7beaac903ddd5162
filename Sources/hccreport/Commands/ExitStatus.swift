import ArgumentParser
import BatchProcessing

/// The documented exit codes of every hccreport command.
///
/// | code | meaning |
/// |---|---|
/// | 0 | every case was read, scored and (for `render`) written |
/// | 1 | some cases failed; the others were processed and the failures are listed |
/// | 2 | usage or set-up error (bad option, unreadable template/model/cohort, missing fonts); nothing processed |
/// | 130 | interrupted (SIGINT/SIGTERM); finished reports are kept, no partial file is left |
enum ExitStatus {
    static let success = ExitCode(0)
    static let someCasesFailed = ExitCode(1)
    static let usageOrSetup = ExitCode(2)
    static let interrupted = ExitCode(130)
}
