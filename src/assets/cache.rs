//! The picture cache: encoded files kept between builds, outside the output folder.
//!
//! Takes content hashes; stores and finds encoded files (`<hash>.<ext>`) and what is known
//! about each source picture (`<source hash>.json`: its size and whether it is see-through),
//! so a build whose pictures have not changed reads each source once, to hash it, and decodes
//! and encodes nothing. Each file is written to a temporary file of its own and renamed into
//! place, so an interrupted build never leaves half a file under a real name and two threads
//! storing the same file never get in each other's way.
//!
//! Every name the cache writes is first added to its record, `pictures/written.txt`;
//! [`Cache::prune`] removes only files named there, so a `cache` setting that points at a
//! folder with other files in it can never cost those files. [`check_location`] refuses
//! places a cache must not be.

use std::collections::BTreeSet;
use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use serde::{Deserialize, Serialize};

use crate::config::Config;
use crate::diag::Diagnostic;
use crate::emit::guard::absolute;
use crate::error::{Error, Result};
use crate::load::{self, Sources};

/// The folder inside the cache folder that holds pictures (so other caches can sit beside it).
const PICTURES: &str = "pictures";

/// The record of every file the cache wrote, one name a line, inside [`PICTURES`].
const RECORD: &str = "written.txt";

/// The standard tag that tells backup tools a folder is a cache (bford.info/cachedir).
const CACHEDIR_TAG: &str = "Signature: 8a477f597d28d172789f06886806bc55\n# This folder is easyguide's picture cache. It can be deleted at any time.\n";

/// The file types the cache writes, after a 64-digit hash.
const EXTENSIONS: [&str; 4] = ["webp", "jpg", "png", "json"];

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
    /// Taken while a name is added to the record, so lines never mix.
    record: Arc<Mutex<()>>,
    /// A folder of the build's own, used instead of a cache in a refused place.
    _instead: Option<Arc<tempfile::TempDir>>,
}

impl Cache {
    /// The cache under `root`, which is created only by [`Cache::create`] (so a site with
    /// no raster pictures never gets a cache folder).
    pub fn new(root: &Path) -> Cache {
        Cache {
            dir: root.join(PICTURES),
            record: Arc::default(),
            _instead: None,
        }
    }

    /// The site's cache (`cache` under `[pictures]`). When [`check_location`] refuses its
    /// place (the build then fails with that error), the pictures of this build are made
    /// in a temporary folder instead, so nothing at all is written there.
    pub fn for_site(config: &Config) -> Cache {
        let dir = config.cache_dir();
        let refused = problem(config, &absolute(&dir), &absolute(&config.output_dir())).is_some();
        match refused.then(|| tempfile::tempdir().ok()).flatten() {
            Some(instead) => Cache {
                _instead: None,
                ..Cache::new(instead.path())
            }
            .keeping(instead),
            None => Cache::new(&dir),
        }
    }

    fn keeping(mut self, instead: tempfile::TempDir) -> Cache {
        self._instead = Some(Arc::new(instead));
        self
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

    /// Writes a file under `name` (a hash and an extension), atomically: the name is
    /// recorded first, the bytes go to a temporary file of this writer's own, and that is
    /// renamed into place.
    pub fn store(&self, name: &str, bytes: &[u8]) -> Result<()> {
        let target = self.path(name);
        if !is_cache_name(name) {
            let why = std::io::Error::new(std::io::ErrorKind::InvalidInput, "not a hashed name");
            return Err(Error::io("write to the picture cache", &target)(why));
        }
        let failed = Error::io("write to the picture cache", &target);
        self.record(name)
            .map_err(Error::io("write to the picture cache", &target))?;
        let mut temporary = tempfile::Builder::new()
            .prefix(".tmp-")
            .tempfile_in(&self.dir)
            .map_err(Error::io("write to the picture cache", &target))?;
        let written = temporary
            .write_all(bytes)
            .and_then(|()| temporary.as_file().sync_data());
        written.map_err(Error::io("write to the picture cache", &target))?;
        temporary.persist(&target).map_err(|e| failed(e.error))?;
        Ok(())
    }

    /// Adds a name to the record of files the cache wrote.
    fn record(&self, name: &str) -> std::io::Result<()> {
        let _held = self.record.lock().unwrap_or_else(|e| e.into_inner());
        let mut file = fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(self.dir.join(RECORD))?;
        file.write_all(format!("{name}\n").as_bytes())
    }

    /// The names the cache has written, from its record.
    fn written(&self) -> BTreeSet<String> {
        fs::read_to_string(self.dir.join(RECORD))
            .unwrap_or_default()
            .lines()
            .filter(|l| is_cache_name(l))
            .map(str::to_owned)
            .collect()
    }

    /// Removes every file the cache wrote whose name is not in `used`, and every source
    /// record whose hash is not in `sources`; nothing it did not write is ever touched.
    /// Returns how many files were removed.
    pub fn prune(&self, used: &BTreeSet<String>, sources: &BTreeSet<String>) -> Result<usize> {
        if !self.dir.is_dir() {
            return Ok(0);
        }
        let keep: BTreeSet<String> = used
            .iter()
            .cloned()
            .chain(sources.iter().map(|h| info_name(h)))
            .collect();
        let _held = self.record.lock().unwrap_or_else(|e| e.into_inner());
        let mut removed = 0;
        let mut still: Vec<&str> = Vec::new();
        let written = self.written();
        for name in &written {
            let path = self.path(name);
            let is_file = fs::symlink_metadata(&path).is_ok_and(|m| m.is_file());
            if keep.contains(name) {
                still.push(name);
            } else if is_file {
                fs::remove_file(&path).map_err(Error::io("remove", &path))?;
                removed += 1;
            }
        }
        let record = self.dir.join(RECORD);
        let text: String = still.iter().map(|n| format!("{n}\n")).collect();
        let mut temporary = tempfile::Builder::new()
            .prefix(".tmp-")
            .tempfile_in(&self.dir)
            .map_err(Error::io("write", &record))?;
        temporary
            .write_all(text.as_bytes())
            .map_err(Error::io("write", &record))?;
        temporary
            .persist(&record)
            .map_err(|e| Error::io("write", &record)(e.error))?;
        Ok(removed)
    }
}

fn info_name(hash: &str) -> String {
    format!("{hash}.json")
}

/// A name the cache writes: 64 lower-case hex digits and one of its extensions.
fn is_cache_name(name: &str) -> bool {
    name.split_once('.').is_some_and(|(hash, ext)| {
        hash.len() == 64
            && hash
                .bytes()
                .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
            && EXTENSIONS.contains(&ext)
    })
}

/// A diagnostic when the picture cache would sit where it must not: inside the output
/// folder (which every build replaces), inside the site's sources, or at (or above) the
/// site, the output folder or the home folder, where its `CACHEDIR.TAG` would make backup
/// tools skip everything around it.
pub fn check_location(sources: &Sources, output_dir: &Path) -> Option<Diagnostic> {
    let config = &sources.config;
    let cache = absolute(&config.cache_dir());
    let problem = problem(config, &cache, &absolute(output_dir))?;
    let root = absolute(&config.root);
    let shown = match cache.strip_prefix(&root) {
        Ok(inside) if inside.as_os_str().is_empty() => ".".to_owned(),
        Ok(_) => load::display_path(&root, &cache),
        Err(_) => cache.display().to_string(),
    };
    Some(
        Diagnostic::error("bad-value", format!("the picture cache is {problem}"))
            .at_path(shown)
            .note("the cache needs a folder of its own: the output folder is replaced by every build, the sources are the site's, and a cache folder is tagged so backup tools skip it")
            .help("set `cache` under [pictures] in site.toml to a folder of its own, e.g. cache = \".easyguide-cache\""),
    )
}

fn problem(config: &Config, cache: &Path, output: &Path) -> Option<String> {
    let root = absolute(&config.root);
    if cache.starts_with(output) {
        return Some("inside the output folder".into());
    }
    for source in ["content", "locales", "themes", "templates", "static"] {
        if cache.starts_with(root.join(source)) {
            return Some(format!("inside the site's {source}/ folder"));
        }
    }
    if root.starts_with(cache) {
        return Some("the site's own folder, or a folder that holds it".into());
    }
    if output.starts_with(cache) {
        return Some("a folder that holds the output folder".into());
    }
    let home = std::env::var_os("HOME")
        .filter(|h| !h.is_empty())
        .map(|h| absolute(Path::new(&h)));
    if home.is_some_and(|h| h.starts_with(cache)) {
        return Some("the home folder, or a folder that holds it".into());
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn name(n: u8, ext: &str) -> String {
        format!("{}.{ext}", format!("{n:02x}").repeat(32))
    }

    #[test]
    fn stores_finds_and_prunes() {
        let dir = tempfile::tempdir().unwrap();
        let cache = Cache::new(dir.path());
        assert_eq!(cache.prune(&BTreeSet::new(), &BTreeSet::new()).unwrap(), 0);
        cache.create().unwrap();
        let (a, b) = (name(1, "webp"), name(2, "webp"));
        cache.store(&a, b"aaa").unwrap();
        cache.store(&b, b"b").unwrap();
        let info = SourceInfo {
            width: 4,
            height: 3,
            alpha: false,
        };
        let source = "33".repeat(32);
        cache.keep_source_info(&source, info).unwrap();
        assert_eq!(cache.size(&a), Some(3));
        assert_eq!(cache.source_info(&source), Some(info));
        let used = BTreeSet::from([a.clone()]);
        assert_eq!(cache.prune(&used, &BTreeSet::new()).unwrap(), 2);
        assert_eq!(cache.size(&b), None);
        assert_eq!(cache.source_info(&source), None);
        assert_eq!(cache.size(&a), Some(3));
        assert!(dir.path().join("CACHEDIR.TAG").is_file());
        assert!(cache.store("../../escape.webp", b"x").is_err());
    }

    #[test]
    fn pruning_never_touches_files_the_cache_did_not_write() {
        let dir = tempfile::tempdir().unwrap();
        let cache = Cache::new(dir.path());
        cache.create().unwrap();
        std::fs::write(dir.path().join("thesis.docx"), "mine").unwrap();
        std::fs::write(dir.path().join("pictures/holiday.jpg"), "mine").unwrap();
        let look_alike = name(9, "jpg");
        std::fs::write(dir.path().join("pictures").join(&look_alike), "mine too").unwrap();
        cache.store(&name(1, "webp"), b"x").unwrap();
        assert_eq!(cache.prune(&BTreeSet::new(), &BTreeSet::new()).unwrap(), 1);
        assert!(dir.path().join("thesis.docx").is_file());
        assert!(dir.path().join("pictures/holiday.jpg").is_file());
        assert!(
            dir.path().join("pictures").join(&look_alike).is_file(),
            "a hashed name it did not write stays too"
        );
        assert_eq!(cache.prune(&BTreeSet::new(), &BTreeSet::new()).unwrap(), 0);
    }

    #[test]
    fn threads_storing_the_same_file_never_collide() {
        let dir = tempfile::tempdir().unwrap();
        let cache = Cache::new(dir.path());
        cache.create().unwrap();
        let shared = name(7, "webp");
        let bytes = vec![42u8; 256 * 1024];
        std::thread::scope(|s| {
            for _ in 0..8 {
                s.spawn(|| {
                    for _ in 0..20 {
                        cache.store(&shared, &bytes).unwrap();
                    }
                });
            }
        });
        assert_eq!(std::fs::read(cache.path(&shared)).unwrap(), bytes);
        let leftovers = std::fs::read_dir(dir.path().join("pictures"))
            .unwrap()
            .count();
        assert_eq!(leftovers, 2, "the file and the record, no temporary files");
    }
}
