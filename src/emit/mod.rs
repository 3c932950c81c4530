//! Stage 6: the finished site to disk, all or nothing.
//!
//! Takes the output tree (path → bytes or a file to copy), or files streamed one by one
//! into a [`Staging`]; writes them into a new folder inside the *state folder*
//! (`.<output>.easyguide/`, beside the output folder, never published), then swaps it in
//! for the old site. The state folder's journal records every file easyguide wrote with its
//! SHA-256, so a build only ever replaces a folder whose every file it can prove it wrote,
//! and a build stopped at any moment leaves a complete old or new site that the next build
//! tidies up. Nothing else outside the output folder is ever removed.

pub mod bundle;
pub mod guard;
mod journal;
mod staging;
mod swap;
mod tree;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use rayon::prelude::*;

use crate::error::Result;

pub use staging::Staging;

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

/// Writes `output` to `dir`, replacing what was there, through a [`Staging`] (which checks
/// the folder with [`guard`] first). Files are written in parallel.
pub fn write(output: &Output, dir: &Path, root: &Path) -> Result<()> {
    let staging = Staging::begin(dir, root)?;
    output
        .files
        .par_iter()
        .try_for_each(|(path, content)| match content {
            Content::Bytes(bytes) => staging.write(path, bytes),
            Content::Copy(from) => staging.copy(path, from),
        })?;
    staging.commit()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::fs;

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
        let mut beside: Vec<_> = fs::read_dir(site.path())
            .unwrap()
            .map(|e| e.unwrap().file_name().into_string().unwrap())
            .collect();
        beside.sort();
        assert_eq!(beside, [".public.easyguide", "public"]);
        let mut state: Vec<_> = fs::read_dir(site.path().join(".public.easyguide"))
            .unwrap()
            .map(|e| e.unwrap().file_name().into_string().unwrap())
            .collect();
        state.sort();
        assert_eq!(
            state,
            ["journal.json", "lock"],
            "no temporary folder is left"
        );
    }
}
