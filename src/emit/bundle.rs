//! The offline copy as one zip file (`easyguide bundle`): every file of a finished offline
//! build, in path order, with fixed times and permissions, so the same sources give the same
//! bytes. The zip is written beside its final name and renamed into place, so a failed or
//! stopped run never leaves half a zip, and a file easyguide did not write is never replaced.

use std::path::Path;

use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, DateTime, ZipArchive, ZipWriter};

use super::guard;
use crate::error::{Error, Result};

/// The zip comment that marks a file as one `easyguide bundle` wrote (and may replace).
pub const COMMENT: &str = "Offline copy of an easyguide site, written by easyguide bundle";

/// Files already compressed, stored as they are: deflating them again only costs time.
const STORED: &[&str] = &[
    "webp", "jpg", "jpeg", "png", "gif", "avif", "zip", "gz", "woff2",
];

/// Refuses a zip path that is inside the site's sources, is a folder, or is a file that
/// easyguide did not write.
pub fn check_destination(zip: &Path, root: &Path) -> Result<()> {
    let refuse = |reason: &str, help: &str| Error::UnsafeOutput {
        path: zip.to_path_buf(),
        reason: reason.to_owned(),
        help: help.to_owned(),
    };
    if zip
        .extension()
        .is_none_or(|e| !e.eq_ignore_ascii_case("zip"))
    {
        return Err(refuse(
            "an offline copy is a zip file, and this name does not end in .zip",
            "name the file with .zip at the end, e.g. --output offline.zip",
        ));
    }
    guard::check_sources(zip, root)?;
    let Ok(metadata) = std::fs::symlink_metadata(zip) else {
        return Ok(());
    };
    let another = "choose another name with --output, or move that file away first";
    if !metadata.is_file() {
        return Err(refuse("it is a folder or a link, not a zip file", another));
    }
    let file = std::fs::File::open(zip).map_err(Error::io("read", zip))?;
    match ZipArchive::new(file) {
        Ok(archive) if archive.comment() == COMMENT.as_bytes() => Ok(()),
        _ => Err(refuse(
            "a file of that name is there, and easyguide did not write it",
            another,
        )),
    }
}

/// Writes every file under `dir` into the zip at `zip`; returns how many files it holds.
pub fn write(dir: &Path, zip: &Path) -> Result<usize> {
    let mut files = Vec::new();
    for entry in walkdir::WalkDir::new(dir) {
        let entry = entry.map_err(|e| {
            let path = e.path().unwrap_or(dir).to_path_buf();
            Error::io("read", path)(e.into())
        })?;
        if entry.file_type().is_file() {
            let relative = entry.path().strip_prefix(dir).unwrap_or(entry.path());
            let name: Vec<String> = relative
                .components()
                .map(|c| c.as_os_str().to_string_lossy().into_owned())
                .collect();
            files.push((name.join("/"), entry.path().to_path_buf()));
        }
    }
    files.sort();
    let folder = match zip.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    std::fs::create_dir_all(folder).map_err(Error::io("create the folder", folder))?;
    let part = tempfile::Builder::new()
        .prefix(".easyguide-bundle-")
        .suffix(".part")
        .tempfile_in(folder)
        .map_err(Error::io("write", folder))?;
    let failed = |e: zip::result::ZipError| Error::io("write", zip)(std::io::Error::other(e));
    let mut writer = ZipWriter::new(part.as_file());
    let base = SimpleFileOptions::default()
        .last_modified_time(DateTime::default())
        .unix_permissions(0o644)
        .system(zip::System::Unix);
    for (name, path) in &files {
        let stored = Path::new(name)
            .extension()
            .is_some_and(|e| STORED.iter().any(|s| e.eq_ignore_ascii_case(s)));
        let method = match stored {
            true => CompressionMethod::Stored,
            false => CompressionMethod::Deflated,
        };
        writer
            .start_file(name.as_str(), base.compression_method(method))
            .map_err(failed)?;
        let mut file = std::fs::File::open(path).map_err(Error::io("read", path))?;
        std::io::copy(&mut file, &mut writer).map_err(Error::io("write", zip))?;
    }
    writer.set_comment(COMMENT).map_err(failed)?;
    writer.finish().map_err(failed)?;
    part.as_file().sync_all().map_err(Error::io("write", zip))?;
    // A temporary file is private to its owner; the copy is for anyone to read and share.
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(part.path(), std::fs::Permissions::from_mode(0o644))
            .map_err(Error::io("write", zip))?;
    }
    part.persist(zip)
        .map_err(|e| Error::io("write", zip)(e.error))?;
    Ok(files.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn site(dir: &Path) {
        std::fs::create_dir_all(dir.join("en/a")).unwrap();
        std::fs::write(dir.join("START-HERE.html"), "<!doctype html>").unwrap();
        std::fs::write(dir.join("en/a/index.html"), "<p>a</p>").unwrap();
        std::fs::write(dir.join("en/a/p.webp"), [1, 2, 3]).unwrap();
    }

    #[test]
    fn the_zip_lists_every_file_in_path_order_and_is_the_same_each_time() {
        let tmp = tempfile::tempdir().unwrap();
        site(&tmp.path().join("site"));
        let (one, two) = (tmp.path().join("one.zip"), tmp.path().join("two.zip"));
        assert_eq!(write(&tmp.path().join("site"), &one).unwrap(), 3);
        std::thread::sleep(std::time::Duration::from_millis(1100));
        write(&tmp.path().join("site"), &two).unwrap();
        assert_eq!(std::fs::read(&one).unwrap(), std::fs::read(&two).unwrap());
        let archive = ZipArchive::new(std::fs::File::open(&one).unwrap()).unwrap();
        let names: Vec<_> = archive
            .file_names()
            .map(|n| n.unwrap().into_owned())
            .collect();
        let mut sorted = names.clone();
        sorted.sort();
        assert_eq!(names.len(), 3);
        assert_eq!(names, sorted);
        assert_eq!(archive.comment(), COMMENT.as_bytes());
        let leftovers = std::fs::read_dir(tmp.path())
            .unwrap()
            .filter(|e| {
                e.as_ref()
                    .unwrap()
                    .file_name()
                    .to_string_lossy()
                    .ends_with(".part")
            })
            .count();
        assert_eq!(leftovers, 0);
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&one).unwrap().permissions().mode();
            assert_eq!(mode & 0o777, 0o644, "{mode:o}");
        }
    }

    #[test]
    fn a_file_easyguide_did_not_write_is_never_replaced() {
        let tmp = tempfile::tempdir().unwrap();
        let root = tmp.path().join("site");
        std::fs::create_dir_all(root.join("content")).unwrap();
        let theirs = tmp.path().join("theirs.zip");
        std::fs::write(&theirs, b"holiday photos").unwrap();
        let err = check_destination(&theirs, &root).unwrap_err().to_string();
        assert!(err.contains("easyguide did not write it"), "{err}");
        assert_eq!(std::fs::read(&theirs).unwrap(), b"holiday photos");
        let ours = tmp.path().join("ours.zip");
        site(&tmp.path().join("built"));
        write(&tmp.path().join("built"), &ours).unwrap();
        check_destination(&ours, &root).unwrap();
        let inside = root.join("content/copy.zip");
        assert!(check_destination(&inside, &root).is_err());
        let not_zip = tmp.path().join("copy.tar");
        let err = check_destination(&not_zip, &root).unwrap_err().to_string();
        assert!(err.contains(".zip"), "{err}");
        assert!(check_destination(tmp.path(), &root).is_err());
    }
}
