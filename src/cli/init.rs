//! `easyguide init DIR`: a new site with one example guide that builds as it is.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use super::Outcome;
use super::print::Printer;
use crate::error::Error;

/// Arguments of `easyguide init`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The folder for the new site; it must not exist or be empty.
    dir: PathBuf,
}

/// The starter site's files, with today's date filled in when written.
const FILES: &[(&str, &str)] = &[
    ("site.toml", include_str!("starter/site.toml")),
    (
        "content/gp-appointment/index.md",
        include_str!("starter/index.md"),
    ),
    (
        "content/gp-appointment/images/calendar.svg",
        include_str!("starter/images/calendar.svg"),
    ),
    (
        "content/gp-appointment/images/list.svg",
        include_str!("starter/images/list.svg"),
    ),
    (
        ".gitignore",
        "/public/\n/.public.easyguide/\n/.easyguide-cache/\n",
    ),
];

/// Creates the site.
pub fn run(args: Args, printer: &Printer) -> Outcome {
    let dir = &args.dir;
    if dir.exists()
        && fs::read_dir(dir)
            .map_err(Error::io("read", dir))?
            .next()
            .is_some()
    {
        return Err(Error::Usage {
            message: format!("{} already has files in it", dir.display()),
            help: "choose a new folder name, e.g. `easyguide init my-guides`".into(),
        });
    }
    for (path, text) in FILES {
        write_new(&dir.join(path), &fill_dates(text))?;
    }
    printer.info(&format!(
        "Created a new site in {0} with one example guide.\nNext: cd {0} && easyguide build",
        dir.display()
    ));
    Ok(ExitCode::SUCCESS)
}

/// Writes a file that must not exist yet, creating its folders.
pub fn write_new(path: &Path, text: &str) -> Result<(), Error> {
    if let Some(parent) = path.parent() {
        fs::create_dir_all(parent).map_err(Error::io("create the folder", parent))?;
    }
    fs::write(path, text).map_err(Error::io("write", path))
}

/// Replaces `{{TODAY}}` and `{{NEXT_YEAR}}` with today's date and the same day a year on.
pub fn fill_dates(text: &str) -> String {
    let today = jiff::Zoned::now().date();
    let next = today.saturating_add(jiff::Span::new().years(1));
    text.replace("{{TODAY}}", &today.to_string())
        .replace("{{NEXT_YEAR}}", &next.to_string())
}
