//! Refuses output folders that would put the sources or the user's files at risk.
//!
//! A build replaces its output folder as a whole, so the folder must be one easyguide made,
//! or an empty or new one, and never the site itself, its sources, the home folder or `/`.

use std::path::{Component, Path, PathBuf};

use super::MARKER;
use crate::error::Error;

/// Checks `output` against the site at `root`. Both may be relative to the working folder.
pub fn check(output: &Path, root: &Path) -> Result<(), Error> {
    let output_abs = absolute(output);
    let root_abs = absolute(root);
    let refuse = |reason: &str, help: &str| Error::UnsafeOutput {
        path: output.to_path_buf(),
        reason: reason.to_owned(),
        help: help.to_owned(),
    };
    let choose = "choose a folder of its own for the site, e.g. --output public";
    if output_abs.parent().is_none() {
        return Err(refuse("it is the root of the file system", choose));
    }
    if let Some(home) = home_dir()
        && output_abs == absolute(&home)
    {
        return Err(refuse("it is your home folder", choose));
    }
    if root_abs.starts_with(&output_abs) {
        return Err(refuse(
            "it holds the site's own files (site.toml, content/)",
            choose,
        ));
    }
    for source in ["content", "locales", "themes", "templates", "static"] {
        let dir = root_abs.join(source);
        if output_abs.starts_with(&dir) || dir.starts_with(&output_abs) {
            return Err(refuse(
                &format!("it is inside the site's {source}/ folder"),
                choose,
            ));
        }
    }
    if output_abs.is_file() {
        return Err(refuse("it is a file, not a folder", choose));
    }
    if output_abs.is_dir() && !output_abs.join(MARKER).is_file() && !is_empty_dir(&output_abs) {
        return Err(refuse(
            "the folder has files in it that easyguide did not write, and a build replaces the whole folder",
            "empty the folder, or choose a new one; easyguide only replaces folders it made",
        ));
    }
    Ok(())
}

/// The path made absolute and cleaned of `.` and `..`; symbolic links in the part that
/// exists are resolved, so two spellings of one folder compare equal.
pub fn absolute(path: &Path) -> PathBuf {
    let joined = if path.is_absolute() {
        path.to_path_buf()
    } else {
        std::env::current_dir().unwrap_or_default().join(path)
    };
    let mut lexical = PathBuf::new();
    for component in joined.components() {
        match component {
            Component::ParentDir => {
                lexical.pop();
            }
            Component::CurDir => {}
            other => lexical.push(other),
        }
    }
    // Resolve links in the longest prefix that exists; the rest does not exist yet.
    let mut existing = lexical.clone();
    let mut rest = Vec::new();
    while !existing.exists() {
        match (existing.file_name(), existing.parent()) {
            (Some(name), Some(parent)) => {
                rest.push(name.to_owned());
                existing = parent.to_path_buf();
            }
            _ => break,
        }
    }
    let mut out = existing.canonicalize().unwrap_or(existing);
    out.extend(rest.iter().rev());
    out
}

fn home_dir() -> Option<PathBuf> {
    std::env::var_os("HOME")
        .filter(|h| !h.is_empty())
        .map(PathBuf::from)
}

fn is_empty_dir(dir: &Path) -> bool {
    std::fs::read_dir(dir)
        .map(|mut d| d.next().is_none())
        .unwrap_or(false)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refuses_dangerous_folders() {
        let site = tempfile::tempdir().unwrap();
        let root = site.path();
        std::fs::create_dir(root.join("content")).unwrap();
        assert!(check(root, root).is_err());
        assert!(check(&root.join("content"), root).is_err());
        assert!(check(&root.join("content/guide/out"), root).is_err());
        assert!(check(root.parent().unwrap(), root).is_err());
        assert!(check(Path::new("/"), root).is_err());
        assert!(check(&root.join("public"), root).is_ok());
        assert!(check(&root.join("public/../content"), root).is_err());
    }

    #[test]
    fn refuses_folders_it_did_not_make() {
        let site = tempfile::tempdir().unwrap();
        let out = site.path().join("docs");
        std::fs::create_dir(&out).unwrap();
        assert!(check(&out, site.path()).is_ok(), "empty folders are fine");
        std::fs::write(out.join("thesis.docx"), "precious").unwrap();
        assert!(check(&out, site.path()).is_err());
        std::fs::write(out.join(MARKER), "").unwrap();
        assert!(check(&out, site.path()).is_ok());
    }
}
