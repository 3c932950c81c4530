//! Failures of the tool itself (exit code 2), as opposed to problems in the sources (exit 1).

use std::io;
use std::path::PathBuf;

/// Something stopped easyguide from doing its job that is not a finding in the sources.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// `EASYGUIDE_TODAY` is not a date.
    #[error(
        "EASYGUIDE_TODAY is `{0}`, which is not a date\n  help: write the day as year-month-day, e.g. EASYGUIDE_TODAY=2027-01-31, or unset it to use today's date"
    )]
    BadToday(String),
    /// The folder is not an easyguide site.
    #[error(
        "no site.toml in {0}\n  help: run easyguide in a site folder, pass --root DIR, or create a site with `easyguide init DIR`"
    )]
    NotASite(PathBuf),
    /// Reading or writing a file failed.
    #[error("could not {action} {path}")]
    Io {
        /// What was being done ("read", "write", "create the folder").
        action: &'static str,
        /// The file or folder.
        path: PathBuf,
        /// The operating system's reason.
        #[source]
        source: io::Error,
    },
    /// The output folder would put something important at risk.
    #[error("refusing to write the site to {path}: {reason}\n  help: {help}")]
    UnsafeOutput {
        /// The output folder asked for.
        path: PathBuf,
        /// Why it is refused.
        reason: String,
        /// What to do instead.
        help: String,
    },
    /// The check report's folder is one the sources or a build own.
    #[error("refusing to write the check report to {path}: {reason}\n  help: {help}")]
    UnsafeReport {
        /// The folder asked for.
        path: PathBuf,
        /// Why it is refused.
        reason: String,
        /// What to do instead.
        help: String,
    },
    /// Another build is writing to the same output folder.
    #[error(
        "another easyguide build is writing the site to {path} right now\n  help: wait for it to finish (or stop it), then build again"
    )]
    Busy {
        /// The output folder.
        path: PathBuf,
    },
    /// The build made an output path that cannot be written safely.
    #[error("cannot write `{path}` into the site: {reason}")]
    Output {
        /// The `/`-separated path inside the output folder.
        path: String,
        /// Why not.
        reason: String,
    },
    /// A command was asked to do something it cannot.
    #[error("{message}\n  help: {help}")]
    Usage {
        /// What is wrong.
        message: String,
        /// What to do instead.
        help: String,
    },
}

impl Error {
    /// Wraps an I/O error with what was being done and to which path.
    pub fn io(action: &'static str, path: impl Into<PathBuf>) -> impl FnOnce(io::Error) -> Error {
        let path = path.into();
        move |source| Error::Io {
            action,
            path,
            source,
        }
    }
}

/// The result of a tool operation.
pub type Result<T, E = Error> = std::result::Result<T, E>;
