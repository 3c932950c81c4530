//! Refuses output folders that would put the sources or the user's files at risk.
//!
//! A build replaces its output folder as a whole, so the folder must be new, empty, or hold
//! only files easyguide itself wrote there (as its journal records, with their SHA-256),
//! and it is never the site itself, its sources, the home folder or `/`.

use std::path::{Component, Path, PathBuf};

use super::journal::{self, Journal};
use super::tree;
use crate::error::Error;

/// The marker older versions of easyguide left inside the output folder (and published).
const OLD_MARKER: &str = ".easyguide";

/// How many foreign files a refusal names before it says how many more there are.
const NAMED: usize = 5;

/// Checks `output` against the site at `root`: a safe place, and nothing in it that
/// easyguide did not write. Both may be relative to the working folder.
pub fn check(output: &Path, root: &Path) -> Result<(), Error> {
    check_location(output, root)?;
    let absolute = absolute(output);
    let journal = Journal::read(&journal::state_dir(&absolute), &absolute)?;
    check_owned(&absolute, &journal, output)
}

/// Refuses an output folder that is, or is inside, something a build must never replace.
pub fn check_location(output: &Path, root: &Path) -> Result<(), Error> {
    let output_abs = absolute(output);
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
    check_sources(output, root)?;
    if output_abs.exists() && !output_abs.is_dir() {
        return Err(refuse("it is a file, not a folder", choose));
    }
    Ok(())
}

/// Refuses a place to write that is, or is inside, the site's own files: the site folder
/// itself or one of its sources' folders.
pub fn check_sources(output: &Path, root: &Path) -> Result<(), Error> {
    let output_abs = absolute(output);
    let root_abs = absolute(root);
    let refuse = |reason: &str, help: &str| Error::UnsafeOutput {
        path: output.to_path_buf(),
        reason: reason.to_owned(),
        help: help.to_owned(),
    };
    let choose = "choose a folder of its own for the site, e.g. --output public";
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
    Ok(())
}

/// Refuses an output folder that holds anything the journal does not prove easyguide
/// wrote, byte for byte: a build replaces the whole folder, so that would be lost. The
/// site being swapped in counts too, for a build that stopped just after the swap.
/// `shown` is the folder as the user named it, for the message.
pub fn check_owned(output: &Path, journal: &Journal, shown: &Path) -> Result<(), Error> {
    if !output.is_dir() {
        return Ok(());
    }
    let foreign = tree::foreign(output, &journal.files)?;
    if foreign.is_empty() {
        return Ok(());
    }
    if let Some(next) = &journal.next
        && tree::foreign(output, &next.files)?.is_empty()
    {
        return Ok(());
    }
    let path = shown.to_path_buf();
    let mut named = foreign[..foreign.len().min(NAMED)].join(", ");
    if foreign.len() > NAMED {
        named.push_str(&format!(" and {} more", foreign.len() - NAMED));
    }
    if journal.files.is_empty() && foreign.iter().any(|f| f == OLD_MARKER) {
        return Err(Error::UnsafeOutput {
            path,
            reason: format!(
                "it was written by an older easyguide, which did not record the files it wrote ({named})"
            ),
            help: "check that nothing of yours is in the folder, then delete it and build again"
                .into(),
        });
    }
    Err(Error::UnsafeOutput {
        path,
        reason: format!("it holds files easyguide did not write there, or that changed since it did ({named}), and a build replaces the whole folder"),
        help: "move those files out of the folder, or choose an empty or new folder with --output; easyguide only replaces a folder whose every file it wrote itself".into(),
    })
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
        std::fs::write(out.join(OLD_MARKER), "").unwrap();
        let e = check(&out, site.path()).unwrap_err().to_string();
        assert!(e.contains("thesis.docx"), "a marker proves nothing: {e}");
    }
}
