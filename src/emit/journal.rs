//! The record of what easyguide wrote: kept beside the output folder, never inside it.
//!
//! `<parent>/.<name>.easyguide/` (the *state folder*) holds `journal.json`: the output
//! folder's absolute path, every file easyguide wrote there with its SHA-256, the site being
//! swapped in when a build is between steps, and the temporary folders (inside the state
//! folder) that are still to be removed. Because the record is outside the published
//! folder and names that folder's absolute path, copying the site somewhere else never
//! copies a claim to own the files around it, and a file is only ever replaced or removed
//! when its bytes are exactly the bytes easyguide wrote.
//!
//! The journal is written to a temporary file and renamed into place, so it is always
//! either the old or the new record, whenever the process stops.

use std::collections::BTreeMap;
use std::fs;
use std::hash::{BuildHasher, Hasher};
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};

/// What a state folder is called, beside an output folder called `name`.
pub fn state_dir(output: &Path) -> PathBuf {
    let name = output
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    output.with_file_name(format!(".{name}.easyguide"))
}

/// The record kept in the state folder.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Journal {
    /// The output folder this record is for, absolute.
    pub output: PathBuf,
    /// Every file of the output folder easyguide wrote: `/`-separated path → SHA-256.
    pub files: BTreeMap<String, String>,
    /// A finished site about to replace the output folder.
    pub next: Option<Staged>,
    /// Folders of the state folder (by name) to be removed: old sites and abandoned ones.
    pub pending: Vec<String>,
}

/// A site written into the state folder, ready to be swapped in.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Staged {
    /// Its folder's name inside the state folder.
    pub folder: String,
    /// Its files and their SHA-256.
    pub files: BTreeMap<String, String>,
}

const FILE: &str = "journal.json";
const TEMPORARY: &str = "journal.json.tmp";

impl Journal {
    /// The journal for `output` (absolute), or an empty one when there is none for it.
    /// A record made for another folder (a state folder copied along with its site) is
    /// ignored: it proves nothing about this one.
    pub fn read(state: &Path, output: &Path) -> Result<Journal> {
        let path = state.join(FILE);
        let empty = Journal {
            output: output.to_path_buf(),
            ..Journal::default()
        };
        let bytes = match fs::read(&path) {
            Ok(bytes) => bytes,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(empty),
            Err(e) => return Err(Error::io("read", &path)(e)),
        };
        let journal: Journal = serde_json::from_slice(&bytes).map_err(|e| Error::UnsafeOutput {
            path: output.to_path_buf(),
            reason: format!("the record of the files easyguide wrote there ({}) is damaged: {e}", path.display()),
            help: "move the output folder's files somewhere safe, delete the folder and that record, and build again".into(),
        })?;
        Ok(if journal.output == output {
            journal
        } else {
            empty
        })
    }

    /// Writes the journal, atomically.
    pub fn write(&self, state: &Path) -> Result<()> {
        let json = serde_json::to_vec_pretty(self).expect("plain data serialises");
        let temporary = state.join(TEMPORARY);
        fs::write(&temporary, json).map_err(Error::io("write", &temporary))?;
        let path = state.join(FILE);
        fs::rename(&temporary, &path).map_err(Error::io("write", &path))
    }
}

/// A name no other folder in the state folder has had: 128 bits from the standard library's
/// randomly keyed hasher, the time and a counter.
pub fn fresh_name(prefix: &str) -> String {
    static COUNTER: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
    let count = COUNTER.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos());
    let mut parts = [0u64; 2];
    for (i, part) in parts.iter_mut().enumerate() {
        let mut hasher = std::collections::hash_map::RandomState::new().build_hasher();
        hasher.write_u128(nanos);
        hasher.write_u64(count);
        hasher.write_u32(std::process::id());
        hasher.write_usize(i);
        *part = hasher.finish();
    }
    format!("{prefix}-{:016x}{:016x}", parts[0], parts[1])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_and_ignores_records_for_other_folders() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("public");
        let mut journal = Journal::read(dir.path(), &out).unwrap();
        assert_eq!(journal.files.len(), 0);
        journal.files.insert("a.html".into(), "00".into());
        journal.write(dir.path()).unwrap();
        assert_eq!(Journal::read(dir.path(), &out).unwrap(), journal);
        let elsewhere = Journal::read(dir.path(), &dir.path().join("copy")).unwrap();
        assert!(
            elsewhere.files.is_empty(),
            "a record only speaks for its own folder"
        );
        assert_ne!(fresh_name("new"), fresh_name("new"));
        assert_eq!(state_dir(&out), dir.path().join(".public.easyguide"));
    }
}
