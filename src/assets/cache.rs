//! The picture cache: encoded files kept between builds, outside the output folder.
//!
//! Takes content hashes; stores and finds encoded files (`<hash>.<ext>`) and what is known
//! about each source picture (`<source hash>.json`: its size and whether it is see-through),
//! so a build whose pictures have not changed reads each source once, to hash it, and decodes
//! and encodes nothing. Files are written to a temporary name and renamed into place, so an
//! interrupted build never leaves half a file under a real name. [`Cache::prune`] removes the
//! files the last build did not use.

use std::collections::BTreeSet;
use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};

/// The folder inside the cache folder that holds pictures (so other caches can sit beside it).
const PICTURES: &str = "pictures";

/// The standard tag that tells backup tools a folder is a cache (bford.info/cachedir).
const CACHEDIR_TAG: &str = "Signature: 8a477f597d28d172789f06886806bc55\n# This folder is easyguide's picture cache. It can be deleted at any time.\n";

/// What a build learnt about a source picture, so the next one need not decode it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct SourceInfo {
    /// Width in pixels, after turning it the right way up.
    pub width: u32,
    /// Height in pixels.
    pub height: u32,
    /// Whether some pixel is see-through.
    pub alpha: bool,
}

/// The cache folder.
#[derive(Debug, Clone)]
pub struct Cache {
    dir: PathBuf,
}

impl Cache {
    /// The cache under `root`, which is created only by [`Cache::create`] (so a site with
    /// no raster pictures never gets a cache folder).
    pub fn new(root: &Path) -> Cache {
        Cache {
            dir: root.join(PICTURES),
        }
    }

    /// Creates the cache folder, tagged for backup tools, when it is not there yet.
    pub fn create(&self) -> Result<()> {
        fs::create_dir_all(&self.dir).map_err(Error::io("create the picture cache", &self.dir))?;
        let tag = self.dir.with_file_name("CACHEDIR.TAG");
        if !tag.exists() {
            fs::write(&tag, CACHEDIR_TAG).map_err(Error::io("write", &tag))?;
        }
        Ok(())
    }

    /// Where the file with this name is kept.
    pub fn path(&self, name: &str) -> PathBuf {
        self.dir.join(name)
    }

    /// The size of a kept file, or `None` when it is not there.
    pub fn size(&self, name: &str) -> Option<u64> {
        fs::metadata(self.path(name))
            .ok()
            .filter(|m| m.is_file())
            .map(|m| m.len())
    }

    /// What is known about a source picture, by its content hash.
    pub fn source_info(&self, hash: &str) -> Option<SourceInfo> {
        let text = fs::read(self.path(&info_name(hash))).ok()?;
        serde_json::from_slice(&text).ok()
    }

    /// Keeps what is known about a source picture.
    pub fn keep_source_info(&self, hash: &str, info: SourceInfo) -> Result<()> {
        let json = serde_json::to_vec(&info).expect("plain data serialises");
        self.store(&info_name(hash), &json)
    }

    /// Writes a file under `name`, atomically.
    pub fn store(&self, name: &str, bytes: &[u8]) -> Result<()> {
        let target = self.path(name);
        let temporary = self.dir.join(format!(".{name}.{}.tmp", std::process::id()));
        let write = || -> std::io::Result<()> {
            let mut file = fs::File::create(&temporary)?;
            file.write_all(bytes)?;
            file.sync_data()?;
            fs::rename(&temporary, &target)
        };
        write().map_err(|e| {
            let _ = fs::remove_file(&temporary);
            Error::io("write to the picture cache", &target)(e)
        })
    }

    /// Removes every kept file whose name is not in `used`, and every source record whose
    /// hash is not in `sources`. Returns how many files were removed.
    pub fn prune(&self, used: &BTreeSet<String>, sources: &BTreeSet<String>) -> Result<usize> {
        let keep: BTreeSet<String> = used
            .iter()
            .cloned()
            .chain(sources.iter().map(|h| info_name(h)))
            .collect();
        if !self.dir.is_dir() {
            return Ok(0);
        }
        let entries = fs::read_dir(&self.dir).map_err(Error::io("read", &self.dir))?;
        let mut removed = 0;
        for entry in entries.flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            if keep.contains(&name) || !entry.file_type().is_ok_and(|t| t.is_file()) {
                continue;
            }
            fs::remove_file(entry.path()).map_err(Error::io("remove", entry.path()))?;
            removed += 1;
        }
        Ok(removed)
    }
}

fn info_name(hash: &str) -> String {
    format!("{hash}.json")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stores_finds_and_prunes() {
        let dir = tempfile::tempdir().unwrap();
        let cache = Cache::new(dir.path());
        assert_eq!(cache.prune(&BTreeSet::new(), &BTreeSet::new()).unwrap(), 0);
        cache.create().unwrap();
        cache.store("a.webp", b"aaa").unwrap();
        cache.store("b.webp", b"b").unwrap();
        let info = SourceInfo {
            width: 4,
            height: 3,
            alpha: false,
        };
        cache.keep_source_info("s1", info).unwrap();
        assert_eq!(cache.size("a.webp"), Some(3));
        assert_eq!(cache.source_info("s1"), Some(info));
        let used = BTreeSet::from(["a.webp".to_owned()]);
        assert_eq!(cache.prune(&used, &BTreeSet::new()).unwrap(), 2);
        assert_eq!(cache.size("b.webp"), None);
        assert_eq!(cache.source_info("s1"), None);
        assert_eq!(cache.size("a.webp"), Some(3));
        assert!(dir.path().join("CACHEDIR.TAG").is_file());
    }
}
