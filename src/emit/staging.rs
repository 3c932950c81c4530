//! A new site written beside the old one, then swapped in whole.
//!
//! [`Staging::begin`] checks the output folder ([`guard`](super::guard)), takes the state
//! folder's lock (one build at a time per output folder), finishes or cleans up whatever an
//! interrupted build left, and makes a fresh staging folder inside the state folder. Any
//! number of threads then [`write`](Staging::write) and [`copy`](Staging::copy) files into
//! it; each file's SHA-256 is noted as it is written. [`commit`](Staging::commit) records
//! the new site in the journal, swaps it in ([`swap`](super::swap)), records that it is
//! in, and removes the old site. Dropping a `Staging` without committing removes the
//! staging folder.
//!
//! Every step is recorded in the journal before it is taken, so a build stopped at any
//! moment (even killed with `SIGKILL` while deleting) leaves states the next
//! [`Staging::begin`] recognises: a complete old or new site under the output folder's
//! name, and folders of the state folder it knows to remove.

use std::collections::BTreeMap;
use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use sha2::{Digest, Sha256};

use super::journal::{self, Journal, Staged};
use super::{guard, swap, tree};
use crate::error::{Error, Result};

/// A site being written; see the module documentation.
#[derive(Debug)]
pub struct Staging {
    output: PathBuf,
    /// The output folder as the user named it, for messages.
    shown: PathBuf,
    state: PathBuf,
    folder: String,
    dir: PathBuf,
    journal: Journal,
    files: Mutex<Files>,
    committed: bool,
    /// Held for as long as the staging lives: the lock of the state folder.
    _lock: fs::File,
}

#[derive(Debug, Default)]
struct Files {
    /// Path → SHA-256 (empty while the file is being written).
    hashes: BTreeMap<String, String>,
    /// Lower-cased path → path, to refuse names that only differ in capitals.
    folded: BTreeMap<String, String>,
}

impl Staging {
    /// Starts a new site for `output_dir`, for the site at `root` (see the module docs).
    pub fn begin(output_dir: &Path, root: &Path) -> Result<Staging> {
        guard::check_location(output_dir, root)?;
        let output = guard::absolute(output_dir);
        let state = journal::state_dir(&output);
        fs::create_dir_all(&state).map_err(Error::io("create the folder", &state))?;
        let lock = lock(&state, output_dir)?;
        let mut journal = Journal::read(&state, &output)?;
        recover(&output, &state, &mut journal)?;
        guard::check_owned(&output, &journal, output_dir)?;
        let folder = journal::fresh_name("new");
        journal.pending.push(folder.clone());
        journal.write(&state)?;
        let dir = state.join(&folder);
        fs::create_dir(&dir).map_err(Error::io("create the folder", &dir))?;
        Ok(Staging {
            output,
            shown: output_dir.to_path_buf(),
            state,
            folder,
            dir,
            journal,
            files: Mutex::default(),
            committed: false,
            _lock: lock,
        })
    }

    /// Writes a file of the new site, at a `/`-separated path.
    pub fn write(&self, path: &str, bytes: &[u8]) -> Result<()> {
        let target = self.reserve(path)?;
        let shown = self.shown.join(path);
        let mut file = fs::File::create_new(&target).map_err(Error::io("write", &shown))?;
        file.write_all(bytes).map_err(Error::io("write", &shown))?;
        self.finish(path, crate::emit::tree::hex(&Sha256::digest(bytes)));
        Ok(())
    }

    /// Copies a file into the new site, at a `/`-separated path.
    pub fn copy(&self, path: &str, from: &Path) -> Result<()> {
        let target = self.reserve(path)?;
        let shown = self.shown.join(path);
        let mut source = fs::File::open(from).map_err(Error::io("read", from))?;
        let mut hashing = Hashing {
            file: fs::File::create_new(&target).map_err(Error::io("write", &shown))?,
            hasher: Sha256::new(),
        };
        io::copy(&mut source, &mut hashing).map_err(|e| {
            // A full disk fails the writing half; say which file could not be written.
            Error::io("write", &shown)(e)
        })?;
        self.finish(path, tree::hex(&hashing.hasher.finalize()));
        Ok(())
    }

    /// Records the new site, swaps it in for the old one, and removes the old one.
    pub fn commit(mut self) -> Result<()> {
        let files = std::mem::take(&mut self.files.get_mut().expect("not poisoned").hashes);
        self.journal.next = Some(Staged {
            folder: self.folder.clone(),
            files: files.clone(),
        });
        self.journal.write(&self.state)?;
        if self.output.is_dir() {
            self.swap_in()?;
        } else {
            fs::rename(&self.dir, &self.output)
                .map_err(Error::io("move the new site into", &self.output))?;
            self.journal.pending.retain(|p| *p != self.folder);
        }
        // From here the staging folder (if it still exists) holds the old site.
        self.committed = true;
        self.journal.files = files;
        self.journal.next = None;
        self.journal.write(&self.state)?;
        remove_pending(&self.state, &mut self.journal)
    }

    /// The new site and the old one change places: in one step where the system can.
    fn swap_in(&mut self) -> Result<()> {
        let exchanged = swap::exchange(&self.dir, &self.output)
            .map_err(Error::io("swap in the new site at", &self.output))?;
        if exchanged {
            return Ok(());
        }
        let retired = journal::fresh_name("old");
        self.journal.pending.push(retired.clone());
        self.journal.write(&self.state)?;
        let aside = self.state.join(&retired);
        fs::rename(&self.output, &aside)
            .map_err(Error::io("move aside the old site in", &self.output))?;
        if let Err(e) = fs::rename(&self.dir, &self.output) {
            // Put the old site back so the reader-facing folder is never left missing.
            let _ = fs::rename(&aside, &self.output);
            return Err(Error::io("move the new site into", &self.output)(e));
        }
        Ok(())
    }

    /// Checks a path, claims it (refusing one already written, or one that differs from
    /// another only in capitals) and makes its folder. Returns where to write it.
    fn reserve(&self, path: &str) -> Result<PathBuf> {
        check_path(path)?;
        {
            let mut files = self.files.lock().expect("not poisoned");
            let folded = path.to_lowercase();
            if let Some(other) = files.folded.get(&folded) {
                let reason = if other == path {
                    "the build wrote it twice".to_owned()
                } else {
                    format!(
                        "it differs from `{other}` only in capital letters, so on Windows, macOS and most USB sticks the two would be one file"
                    )
                };
                return Err(Error::Output {
                    path: path.to_owned(),
                    reason,
                });
            }
            files.folded.insert(folded, path.to_owned());
            files.hashes.insert(path.to_owned(), String::new());
        }
        let target = self.dir.join(path);
        if let Some(parent) = target.parent() {
            let shown = self.shown.join(path);
            let folder = shown.parent().unwrap_or(&self.shown).to_path_buf();
            fs::create_dir_all(parent).map_err(Error::io("create the folder", folder))?;
        }
        Ok(target)
    }

    fn finish(&self, path: &str, hash: String) {
        let mut files = self.files.lock().expect("not poisoned");
        files.hashes.insert(path.to_owned(), hash);
    }
}

impl Drop for Staging {
    /// An abandoned site is removed; if even that fails, the journal still lists it and the
    /// next build removes it.
    fn drop(&mut self) {
        if self.committed {
            return;
        }
        if tree::remove(&self.dir).is_ok() {
            self.journal.pending.retain(|p| *p != self.folder);
            self.journal.next = None;
            let _ = self.journal.write(&self.state);
        }
    }
}

/// Takes the state folder's lock, or says that another build holds it (naming the output
/// folder as the user did).
fn lock(state: &Path, output: &Path) -> Result<fs::File> {
    let path = state.join("lock");
    let file = fs::OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(&path)
        .map_err(Error::io("create", &path))?;
    match file.try_lock() {
        Ok(()) => Ok(file),
        Err(fs::TryLockError::WouldBlock) => Err(Error::Busy {
            path: output.to_path_buf(),
        }),
        Err(fs::TryLockError::Error(e)) => Err(Error::io("lock", &path)(e)),
    }
}

/// Brings the output folder and the state folder back to a plain state after a build that
/// stopped part way: a complete site under the output folder's name, the journal saying
/// which, and none of easyguide's temporary folders left.
fn recover(output: &Path, state: &Path, journal: &mut Journal) -> Result<()> {
    if let Some(next) = journal.next.take() {
        let staged = state.join(&next.folder);
        if output.is_dir() {
            if tree::matches(output, &next.files) {
                // Swapped, but not yet recorded.
                journal.files = next.files;
            }
        } else if staged.is_dir() && tree::matches(&staged, &next.files) {
            // Stopped between the two renames of the fallback, or before the first site's.
            fs::rename(&staged, output).map_err(Error::io("move the new site into", output))?;
            journal.files = next.files;
        } else if let Some(old) = journal
            .pending
            .iter()
            .map(|p| state.join(p))
            .find(|p| p.is_dir() && tree::matches(p, &journal.files))
        {
            fs::rename(&old, output).map_err(Error::io("move the old site back into", output))?;
        }
        journal.write(state)?;
    }
    remove_pending(state, journal)
}

/// Removes the state folder's temporary folders the journal lists, then forgets them.
fn remove_pending(state: &Path, journal: &mut Journal) -> Result<()> {
    if journal.pending.is_empty() {
        return Ok(());
    }
    for folder in &journal.pending {
        tree::remove(&state.join(folder))?;
    }
    journal.pending.clear();
    journal.write(state)
}

/// Refuses a path that could leave the site's folder or is not plainly a file name.
fn check_path(path: &str) -> Result<()> {
    let bad = |reason: &str| {
        Err(Error::Output {
            path: path.to_owned(),
            reason: reason.to_owned(),
        })
    };
    if path.is_empty() || path.starts_with('/') {
        return bad("it is not a path inside the site");
    }
    if path.contains(['\\', '\0']) {
        return bad("it has a backslash or a NUL character in it");
    }
    if path
        .split('/')
        .any(|part| part.is_empty() || part == "." || part == "..")
    {
        return bad("it has an empty, `.` or `..` part");
    }
    Ok(())
}

/// Writes to a file and hashes what it writes.
struct Hashing {
    file: fs::File,
    hasher: Sha256,
}

impl Write for Hashing {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let n = self.file.write(buf)?;
        self.hasher.update(&buf[..n]);
        Ok(n)
    }

    fn flush(&mut self) -> io::Result<()> {
        self.file.flush()
    }
}

#[cfg(test)]
mod tests;
