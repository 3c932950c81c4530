//! Swapping two folders so that readers always see one complete site.
//!
//! On Linux, `renameat2(RENAME_EXCHANGE)` swaps the new site and the old one in one step:
//! at every moment the output folder's name holds a whole site. Where that is not
//! available (another system, or a file system without it), the old folder is renamed
//! aside and the new one into place; for the moment between the two renames there is no
//! site, and the journal lets the next build finish the swap if the process stops there.

use std::io;
use std::path::Path;

/// Exchanges two existing folders atomically. `Ok(false)` when the system or file system
/// cannot, so the caller falls back to two renames.
pub fn exchange(a: &Path, b: &Path) -> io::Result<bool> {
    imp::exchange(a, b)
}

#[cfg(target_os = "linux")]
mod imp {
    use std::io;
    use std::path::Path;

    use rustix::fs::{CWD, RenameFlags, renameat_with};
    use rustix::io::Errno;

    pub fn exchange(a: &Path, b: &Path) -> io::Result<bool> {
        match renameat_with(CWD, a, CWD, b, RenameFlags::EXCHANGE) {
            Ok(()) => Ok(true),
            Err(Errno::INVAL | Errno::NOSYS | Errno::OPNOTSUPP) => Ok(false),
            Err(e) => Err(e.into()),
        }
    }
}

#[cfg(not(target_os = "linux"))]
mod imp {
    use std::io;
    use std::path::Path;

    pub fn exchange(_: &Path, _: &Path) -> io::Result<bool> {
        Ok(false)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn swaps_two_folders() {
        let dir = tempfile::tempdir().unwrap();
        let (a, b) = (dir.path().join("a"), dir.path().join("b"));
        std::fs::create_dir(&a).unwrap();
        std::fs::create_dir(&b).unwrap();
        std::fs::write(a.join("one"), "").unwrap();
        if exchange(&a, &b).unwrap() {
            assert!(b.join("one").is_file() && !a.join("one").exists());
        }
    }
}
