//! Folders on disk compared with a record of files: which entries easyguide can prove it
//! wrote, and removal of folders it owns.
//!
//! Takes a folder and a map of `/`-separated paths to SHA-256; produces the entries that are
//! not in the map, differ from it, or are not plain files and folders (links, devices). No
//! link is ever followed.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::io::{self, Read};
use std::path::Path;

use sha2::{Digest, Sha256};

use crate::error::{Error, Result};

/// The SHA-256 of a file's bytes, as lower-case hex, read in pieces.
pub fn hash_file(path: &Path) -> io::Result<String> {
    let mut file = fs::File::open(path)?;
    let mut hasher = Sha256::new();
    let mut buffer = vec![0; 64 * 1024];
    loop {
        let n = file.read(&mut buffer)?;
        if n == 0 {
            break;
        }
        hasher.update(&buffer[..n]);
    }
    Ok(hex(&hasher.finalize()))
}

/// Bytes as lower-case hex.
pub fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// The entries of `dir` that `files` does not account for, as `/`-separated paths
/// (folders end in `/`), sorted. A folder is accounted for when some recorded file is in it.
pub fn foreign(dir: &Path, files: &BTreeMap<String, String>) -> Result<Vec<String>> {
    let folders: BTreeSet<&str> = files
        .keys()
        .flat_map(|p| p.match_indices('/').map(move |(i, _)| &p[..i]))
        .collect();
    let mut out = Vec::new();
    let walk = walkdir::WalkDir::new(dir).min_depth(1).sort_by_file_name();
    for entry in walk {
        let entry = entry.map_err(|e| Error::io("read", dir)(e.into()))?;
        let relative = relative(dir, entry.path());
        let kind = entry.file_type();
        let ours = if kind.is_dir() {
            folders.contains(relative.as_str())
        } else if kind.is_file() {
            match files.get(&relative) {
                Some(hash) => {
                    hash_file(entry.path()).map_err(Error::io("read", entry.path()))? == *hash
                }
                None => false,
            }
        } else {
            false
        };
        if !ours {
            out.push(if kind.is_dir() {
                format!("{relative}/")
            } else {
                relative
            });
        }
    }
    // Inside a foreign folder, only the folder itself is worth naming.
    let mut named: Vec<String> = Vec::new();
    for path in out {
        if !named
            .iter()
            .any(|n| n.ends_with('/') && path.starts_with(n.as_str()))
        {
            named.push(path);
        }
    }
    Ok(named)
}

/// Whether `dir` holds exactly `files`, byte for byte.
pub fn matches(dir: &Path, files: &BTreeMap<String, String>) -> bool {
    let Ok(extra) = foreign(dir, files) else {
        return false;
    };
    extra.is_empty() && files.keys().all(|p| dir.join(p).is_file())
}

/// Removes a folder of easyguide's own (a staging or retired site inside the state folder),
/// without following links. A folder that is not there is fine.
pub fn remove(dir: &Path) -> Result<()> {
    match fs::symlink_metadata(dir) {
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(()),
        Err(e) => Err(Error::io("remove the temporary folder", dir)(e)),
        Ok(_) => fs::remove_dir_all(dir).map_err(Error::io("remove the temporary folder", dir)),
    }
}

fn relative(dir: &Path, path: &Path) -> String {
    path.strip_prefix(dir)
        .unwrap_or(path)
        .components()
        .map(|c| c.as_os_str().to_string_lossy())
        .collect::<Vec<_>>()
        .join("/")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_what_is_not_recorded() {
        let dir = tempfile::tempdir().unwrap();
        let d = dir.path();
        fs::create_dir_all(d.join("en/guide")).unwrap();
        fs::write(d.join("en/guide/index.html"), "page").unwrap();
        fs::write(d.join("en/notes.txt"), "mine").unwrap();
        fs::create_dir_all(d.join("theirs/deep")).unwrap();
        fs::write(d.join("theirs/deep/a.doc"), "x").unwrap();
        let mut files = BTreeMap::new();
        files.insert(
            "en/guide/index.html".to_owned(),
            hex(&Sha256::digest(b"page")),
        );
        assert_eq!(foreign(d, &files).unwrap(), ["en/notes.txt", "theirs/"]);
        fs::remove_file(d.join("en/notes.txt")).unwrap();
        fs::remove_dir_all(d.join("theirs")).unwrap();
        assert!(matches(d, &files));
        fs::write(d.join("en/guide/index.html"), "changed").unwrap();
        assert_eq!(foreign(d, &files).unwrap(), ["en/guide/index.html"]);
    }
}
