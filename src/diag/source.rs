//! The source map: every text file the build reads, with a line index for line and column.
//!
//! Files are interned by path: reading a file again (because it changed) replaces its text
//! and keeps its [`FileId`], and a new file gets a new id without renumbering the others. So a
//! workspace that lives across builds can key its memo tables and diagnostics by file id.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use sha2::{Digest, Sha256};

/// A file's identity in the [`SourceMap`]: the same path always has the same id in one map.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct FileId(u32);

impl FileId {
    /// The id as a number, for writing it down (origin markers).
    pub fn index(self) -> u32 {
        self.0
    }

    /// An id written down by [`FileId::index`]; [`SourceMap::try_get`] says if it is known.
    pub fn from_index(index: u32) -> FileId {
        FileId(index)
    }
}

/// One text file read by the build.
#[derive(Debug, Clone)]
pub struct SourceFile {
    path: PathBuf,
    display: String,
    text: String,
    line_starts: Vec<usize>,
    digest: [u8; 32],
}

impl SourceFile {
    /// Where the file is on disk.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The path shown to people: relative to the site root, with `/` separators.
    pub fn display_path(&self) -> &str {
        &self.display
    }

    /// The whole text of the file.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// The SHA-256 of the text: what memo keys use to know the file is unchanged.
    pub fn digest(&self) -> &[u8; 32] {
        &self.digest
    }

    /// The 1-based line and column (in characters) of a byte offset.
    pub fn line_col(&self, offset: usize) -> (usize, usize) {
        let offset = offset.min(self.text.len());
        let line = self.line_index(offset);
        let start = self.line_starts[line];
        let column = self.text[start..floor_char_boundary(&self.text, offset)]
            .chars()
            .count();
        (line + 1, column + 1)
    }

    /// The 0-based line that holds a byte offset.
    pub fn line_index(&self, offset: usize) -> usize {
        match self.line_starts.binary_search(&offset) {
            Ok(line) => line,
            Err(next) => next - 1,
        }
    }

    /// The byte range of a 0-based line, without its line ending.
    pub fn line_range(&self, line: usize) -> Option<std::ops::Range<usize>> {
        let start = *self.line_starts.get(line)?;
        let end = self
            .line_starts
            .get(line + 1)
            .copied()
            .unwrap_or(self.text.len());
        let trimmed = self.text[start..end].trim_end_matches(['\n', '\r']).len();
        Some(start..start + trimmed)
    }

    /// How many lines the file has.
    pub fn line_count(&self) -> usize {
        self.line_starts.len()
    }
}

fn floor_char_boundary(text: &str, mut offset: usize) -> usize {
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    offset
}

/// Every source file read, addressed by [`FileId`]. Cloning is cheap: files are shared.
#[derive(Debug, Default, Clone)]
pub struct SourceMap {
    files: Vec<Arc<SourceFile>>,
    by_path: HashMap<PathBuf, FileId>,
}

impl SourceMap {
    /// An empty map.
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds a file, or replaces the text of the file at the same path, and returns its id.
    /// `display` is the path shown in messages.
    pub fn add(&mut self, path: PathBuf, display: String, text: String) -> FileId {
        let line_starts = std::iter::once(0)
            .chain(text.match_indices('\n').map(|(i, _)| i + 1))
            .collect();
        let digest = Sha256::digest(text.as_bytes()).into();
        let file = Arc::new(SourceFile {
            path: path.clone(),
            display,
            text,
            line_starts,
            digest,
        });
        if let Some(&id) = self.by_path.get(&path) {
            if self.files[id.0 as usize].digest != file.digest
                || self.files[id.0 as usize].display != file.display
            {
                self.files[id.0 as usize] = file;
            }
            return id;
        }
        let id = FileId(u32::try_from(self.files.len()).expect("fewer than 4 billion files"));
        self.files.push(file);
        self.by_path.insert(path, id);
        id
    }

    /// The id of the file at `path`, when it has been read.
    pub fn id_of(&self, path: &Path) -> Option<FileId> {
        self.by_path.get(path).copied()
    }

    /// The file behind an id.
    pub fn get(&self, id: FileId) -> &SourceFile {
        &self.files[id.0 as usize]
    }

    /// The file behind an id read back from somewhere else, when the map has it.
    pub fn try_get(&self, id: FileId) -> Option<&SourceFile> {
        self.files.get(id.0 as usize).map(AsRef::as_ref)
    }

    /// Every file with its id, in the order they were first added.
    pub fn iter(&self) -> impl Iterator<Item = (FileId, &SourceFile)> {
        self.files
            .iter()
            .enumerate()
            .map(|(i, f)| (FileId(i as u32), f.as_ref()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_and_column_count_characters_not_bytes() {
        let mut map = SourceMap::new();
        let id = map.add("x".into(), "x".into(), "ab\nçd\n".into());
        let file = map.get(id);
        assert_eq!(file.line_col(0), (1, 1));
        assert_eq!(file.line_col(3), (2, 1));
        assert_eq!(file.line_col(5), (2, 2));
        assert_eq!(file.line_range(1), Some(3..6));
    }

    #[test]
    fn a_file_read_again_keeps_its_id_and_new_files_renumber_nothing() {
        let mut map = SourceMap::new();
        let a = map.add("a".into(), "a".into(), "one".into());
        let c = map.add("c".into(), "c".into(), "three".into());
        let again = map.add("a".into(), "a".into(), "one, changed".into());
        assert_eq!(a, again);
        assert_eq!(map.get(a).text(), "one, changed");
        let b = map.add("b".into(), "b".into(), "two".into());
        assert_eq!(map.id_of(Path::new("c")), Some(c));
        assert_ne!(b, a);
        assert_ne!(b, c);
    }
}
