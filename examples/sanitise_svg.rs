//! Sanitises every SVG file of a folder into another folder, exactly as a build publishes
//! each drawing, and says what each one lost. The browser check of the hostile-SVG corpus
//! opens the results (`tests/browser/svg.mjs`).
//!
//! ```sh
//! cargo run --example sanitise_svg -- tests/data/svg-hostile OUT_DIR
//! ```
//!
//! A file the sanitiser refuses outright (not XML, a DOCTYPE with declarations, a `<use>`
//! bomb…) is not written; its reason is printed instead.

use std::path::PathBuf;
use std::process::ExitCode;

use easyguide::assets::svg;

fn main() -> ExitCode {
    let args: Vec<PathBuf> = std::env::args_os().skip(1).map(PathBuf::from).collect();
    let [from, to] = args.as_slice() else {
        eprintln!("usage: sanitise_svg IN_DIR OUT_DIR");
        return ExitCode::from(2);
    };
    if let Err(e) = run(from, to) {
        eprintln!("sanitise_svg: {e}");
        return ExitCode::from(2);
    }
    ExitCode::SUCCESS
}

fn run(from: &PathBuf, to: &PathBuf) -> std::io::Result<()> {
    std::fs::create_dir_all(to)?;
    let mut names: Vec<_> = std::fs::read_dir(from)?
        .filter_map(Result::ok)
        .map(|e| e.file_name())
        .filter(|n| n.to_string_lossy().ends_with(".svg"))
        .collect();
    names.sort();
    for name in names {
        let bytes = std::fs::read(from.join(&name))?;
        let shown = name.to_string_lossy();
        match svg::prepare(&bytes) {
            Ok(out) => {
                std::fs::write(to.join(&name), &out.bytes)?;
                println!("{shown}: kept, removed {}", out.removed.len());
            }
            Err(why) => println!("{shown}: refused: {why}"),
        }
    }
    Ok(())
}
