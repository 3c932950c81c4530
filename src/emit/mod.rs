//! Stage 6: the finished site to disk, all or nothing.
//!
//! Takes the output tree (path → bytes or a file to copy); writes it into a new folder beside
//! the output folder, then swaps the two with renames. An interrupted or failed write leaves
//! the old site in place; nothing outside the output folder (and easyguide's own temporary
//! folders beside it) is ever removed.

pub mod guard;

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

use crate::error::{Error, Result};

/// The file easyguide leaves in every output folder, so it knows the folder is its own.
pub const MARKER: &str = ".easyguide";

const MARKER_TEXT: &str =
    "This folder is written by `easyguide build` and replaced as a whole on every build.\n";

/// The bytes of one output file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Content {
    /// Bytes made by the build.
    Bytes(Vec<u8>),
    /// A file copied as it is.
    Copy(PathBuf),
}

/// Every file of the output, by `/`-separated path.
#[derive(Debug, Default)]
pub struct Output {
    /// The files, sorted by path.
    pub files: BTreeMap<String, Content>,
}

impl Output {
    /// Adds a file.
    pub fn insert(&mut self, path: impl Into<String>, content: Content) {
        self.files.insert(path.into(), content);
    }

    /// How many HTML pages there are.
    pub fn page_count(&self) -> usize {
        self.files.keys().filter(|p| p.ends_with(".html")).count()
    }
}

/// Writes `output` to `dir`, replacing what was there, after [`guard::check`] allowed it.
pub fn write(output: &Output, dir: &Path, root: &Path) -> Result<()> {
    guard::check(dir, root)?;
    let dir = guard::absolute(dir);
    let parent = dir.parent().expect("the guard refuses /").to_path_buf();
    let name = dir
        .file_name()
        .expect("has a name")
        .to_string_lossy()
        .into_owned();
    fs::create_dir_all(&parent).map_err(Error::io("create the folder", &parent))?;
    let staging = parent.join(format!(".{name}.easyguide-new"));
    let retired = parent.join(format!(".{name}.easyguide-old"));
    remove_own(&staging)?;
    remove_own(&retired)?;
    write_tree(output, &staging)?;
    if dir.exists() {
        fs::rename(&dir, &retired).map_err(Error::io("move aside the old site in", &dir))?;
    }
    if let Err(e) = fs::rename(&staging, &dir) {
        // Put the old site back so the reader-facing folder is never left missing.
        let _ = fs::rename(&retired, &dir);
        return Err(Error::io("move the new site into", &dir)(e));
    }
    remove_own(&retired)
}

fn write_tree(output: &Output, staging: &Path) -> Result<()> {
    fs::create_dir_all(staging).map_err(Error::io("create the folder", staging))?;
    fs::write(staging.join(MARKER), MARKER_TEXT)
        .map_err(Error::io("write", staging.join(MARKER)))?;
    for (path, content) in &output.files {
        let target = staging.join(path);
        if let Some(parent) = target.parent() {
            fs::create_dir_all(parent).map_err(Error::io("create the folder", parent))?;
        }
        match content {
            Content::Bytes(bytes) => {
                fs::write(&target, bytes).map_err(Error::io("write", &target))?
            }
            Content::Copy(from) => {
                fs::copy(from, &target).map_err(Error::io("copy", from))?;
            }
        }
    }
    Ok(())
}

/// Removes one of easyguide's temporary folders, but only if it carries the marker.
fn remove_own(dir: &Path) -> Result<()> {
    if dir.join(MARKER).is_file() {
        fs::remove_dir_all(dir).map_err(Error::io("remove the temporary folder", dir))?;
    } else if dir.exists()
        && fs::read_dir(dir)
            .map(|mut d| d.next().is_none())
            .unwrap_or(false)
    {
        fs::remove_dir(dir).map_err(Error::io("remove the temporary folder", dir))?;
    } else if dir.exists() {
        return Err(Error::UnsafeOutput {
            path: dir.to_path_buf(),
            reason: "easyguide uses this name for a temporary folder, but this one was not made by easyguide".into(),
            help: "move or rename that folder".into(),
        });
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn replaces_the_whole_folder() {
        let site = tempfile::tempdir().unwrap();
        let out = site.path().join("public");
        let mut first = Output::default();
        first.insert("a.html", Content::Bytes(b"a".to_vec()));
        first.insert("old/b.html", Content::Bytes(b"b".to_vec()));
        write(&first, &out, site.path()).unwrap();
        let mut second = Output::default();
        second.insert("a.html", Content::Bytes(b"a2".to_vec()));
        write(&second, &out, site.path()).unwrap();
        assert_eq!(fs::read(out.join("a.html")).unwrap(), b"a2");
        assert!(!out.join("old").exists());
        assert!(out.join(MARKER).is_file());
        let leftovers: Vec<_> = fs::read_dir(site.path())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(leftovers, vec![std::ffi::OsString::from("public")]);
    }
}
