//! The `easyguide` command: arguments in, exit code out. Everything else is in the library.

fn main() -> std::process::ExitCode {
    easyguide::cli::main()
}
