//! Walking the site's folders without ever leaving the site, and reading its text files
//! within the limits.
//!
//! Takes the site root and the `[limits]`; produces sorted folder entries and file ids.
//! Symbolic links are followed only when what they lead to is inside the site folder (so a
//! guide can share another guide's picture through a link); a link that leads outside, or
//! nowhere, is reported at its path (`outside-site`, `broken-symlink`) and skipped, so no
//! file from elsewhere on the computer can be published by mistake. A text file larger than
//! `max_file_kb`, or with a line longer than `max_line_length`, is reported before any of it
//! is parsed.

use std::fs;
use std::path::{Path, PathBuf};

use walkdir::{DirEntry, WalkDir};

use super::{display_path, is_ignored};
use crate::config::Limits;
use crate::diag::{Diagnostic, Diagnostics, FileId, SourceMap};

/// How much of an over-long line is kept to show in the message.
const SHOWN: usize = 80;

/// The site folder, as given and as it really is (links resolved).
#[derive(Debug, Clone)]
pub struct Site {
    root: PathBuf,
    real: PathBuf,
}

impl Site {
    /// The site at `root`.
    pub fn new(root: &Path) -> Site {
        let real = fs::canonicalize(root).unwrap_or_else(|_| root.to_path_buf());
        Site {
            root: root.to_path_buf(),
            real,
        }
    }

    /// The site folder, as given.
    pub fn root(&self) -> &Path {
        &self.root
    }

    /// Whether `path` (a file or folder the site names directly, such as `content/`) may
    /// be read: it is there, and it is inside the site even after following links. A path
    /// that is not there at all is simply `false`, with no diagnostic.
    pub fn allowed(&self, path: &Path, diagnostics: &mut Diagnostics) -> bool {
        let Ok(meta) = fs::symlink_metadata(path) else {
            return false;
        };
        if !meta.file_type().is_symlink() {
            return true;
        }
        match self.check_link(path) {
            Ok(()) => true,
            Err(d) => {
                diagnostics.push(d);
                false
            }
        }
    }

    /// The entries of `dir` to `depth` levels, sorted by name, without editor leftovers,
    /// following links only inside the site. `dir` itself must have been [`allowed`](Self::allowed).
    pub fn entries(
        &self,
        dir: &Path,
        depth: usize,
        diagnostics: &mut Diagnostics,
    ) -> Vec<DirEntry> {
        let refused = std::cell::RefCell::new(Vec::new());
        let walk = WalkDir::new(dir)
            .min_depth(1)
            .max_depth(depth)
            .follow_links(true)
            .sort_by_file_name()
            .into_iter()
            .filter_entry(|e| {
                if is_ignored(&e.file_name().to_string_lossy()) {
                    return false;
                }
                if !e.path_is_symlink() {
                    return true;
                }
                self.check_link(e.path())
                    .map_err(|d| refused.borrow_mut().push(d))
                    .is_ok()
            });
        let mut out = Vec::new();
        for entry in walk {
            match entry {
                Ok(entry) => out.push(entry),
                Err(e) => {
                    let path = e.path().map(Path::to_path_buf).unwrap_or_default();
                    let at = display_path(&self.root, &path);
                    let dangling =
                        fs::symlink_metadata(&path).is_ok() && fs::metadata(&path).is_err();
                    refused.borrow_mut().push(if e.loop_ancestor().is_some() {
                        broken(at, "a folder it is in, a loop")
                    } else if dangling {
                        broken(at, "something that is not there")
                    } else {
                        let why = e
                            .io_error()
                            .map_or_else(|| e.to_string(), ToString::to_string);
                        unreadable(at, &why)
                    });
                }
            }
        }
        diagnostics.extend(refused.into_inner());
        out
    }

    /// Why a link may not be followed, or nothing when it leads inside the site.
    fn check_link(&self, link: &Path) -> Result<(), Diagnostic> {
        let shown = display_path(&self.root, link);
        let folder = link.parent().and_then(|p| fs::canonicalize(p).ok());
        match fs::canonicalize(link) {
            Err(_) => Err(broken(shown, "something that is not there")),
            // A link to a folder it is in would be walked for ever (until the walk noticed).
            Ok(target) if folder.is_some_and(|f| f.starts_with(&target)) => {
                Err(broken(shown, "a folder it is in, a loop"))
            }
            Ok(target) if target.starts_with(&self.real) => Ok(()),
            Ok(target) => Err(Diagnostic::error(
                "outside-site",
                format!("`{shown}` is a link to {}, outside the site folder", target.display()),
            )
            .at_path(shown)
            .note("easyguide reads and publishes only files inside the site folder, so a link can never publish a private file or folder by mistake")
            .help("copy what it links to into the site, or link to something inside the site instead")),
        }
    }

    /// Reads a UTF-8 text file into the map, within the limits. `lines` says whether lines
    /// are limited too (guides and `.ftl` files; not templates). A file that breaks a rule
    /// is refused; when the message points into it, a safe copy of its start is in the map.
    pub fn read_text(
        &self,
        map: &mut SourceMap,
        path: &Path,
        limits: &Limits,
        lines: bool,
    ) -> Result<FileId, Diagnostic> {
        let display = display_path(&self.root, path);
        let size = fs::metadata(path)
            .map_err(|e| unreadable(display.clone(), &e.to_string()))?
            .len();
        if size > limits.file_bytes {
            return Err(too_large(display, size, limits.file_bytes));
        }
        let bytes = fs::read(path).map_err(|e| unreadable(display.clone(), &e.to_string()))?;
        let mut text =
            String::from_utf8(bytes).map_err(|e| not_utf8(display.clone(), e.as_bytes()))?;
        if text.starts_with('\u{feff}') {
            text.drain(..3);
        }
        if let Some((at, c)) = text.char_indices().find(|(_, c)| is_control(*c)) {
            return Err(control_character(map, path, display, &text, at, c));
        }
        if lines && let Some((start, length)) = long_line(&text, limits.line_chars) {
            return Err(line_too_long(
                map, path, display, text, start, length, limits,
            ));
        }
        if path.extension().is_some_and(|e| e == "ftl")
            && let Some(at) = deep_braces(&text)
        {
            let file = map.add(path.to_path_buf(), display, text);
            return Err(braces_too_deep(file, at));
        }
        Ok(map.add(path.to_path_buf(), display, text))
    }
}

/// How deeply `{ }` may nest in a Fluent file. Guide messages use one level; the Fluent
/// parser recurses once per level, so without a bound a line of braces overflows its stack.
pub const MAX_BRACES: usize = 8;

/// Where the first `{` (or call's `(`) deeper than [`MAX_BRACES`] is, outside comment
/// lines. Braces inside quoted strings count too: this errs towards refusing, and no real
/// message comes near.
fn deep_braces(text: &str) -> Option<usize> {
    let mut depth = 0usize;
    let mut start = 0;
    for line in text.split_inclusive('\n') {
        if !line.trim_start().starts_with('#') {
            for (i, b) in line.bytes().enumerate() {
                // Inside a placeable, a call's parentheses nest the parser as deeply.
                let opens = b == b'{' || (b == b'(' && depth > 0);
                let closes = b == b'}' || (b == b')' && depth > 0);
                if opens && depth == MAX_BRACES {
                    return Some(start + i);
                }
                if opens {
                    depth += 1;
                } else if closes {
                    depth = depth.saturating_sub(1);
                }
            }
        }
        start += line.len();
    }
    None
}

fn braces_too_deep(file: FileId, at: usize) -> Diagnostic {
    Diagnostic::error(
        "too-deep",
        format!("braces or brackets are nested more than {MAX_BRACES} deep here"),
    )
    .at(file, at..at + 1)
    .label("this is one level too many")
    .note("a translation needs at most one level: { $link1 }, { \"{\" }; the file was not read")
    .help("remove the extra `{` and `}`, or copy the message again from the English")
}

/// The file is kept with its control characters replaced, so the message itself cannot
/// play tricks on the terminal.
fn control_character(
    map: &mut SourceMap,
    path: &Path,
    display: String,
    text: &str,
    at: usize,
    c: char,
) -> Diagnostic {
    let shown: String = text
        .chars()
        .map(|c| if is_control(c) { '\u{fffd}' } else { c })
        .collect();
    let file = map.add(path.to_path_buf(), display, shown);
    Diagnostic::error(
        "control-character",
        format!("this file has a control character (U+{:04X}) in its text", c as u32),
    )
    .at(file, at..at + '\u{fffd}'.len_utf8())
    .label("here (shown as \u{fffd})")
    .note("control characters are invisible, break web pages and can change what a terminal shows; text never needs them")
    .help("delete the character (it may have come from copying text out of another program), then save the file again")
}

/// Only the file up to the start of the long line is kept, so the message stays short.
fn line_too_long(
    map: &mut SourceMap,
    path: &Path,
    display: String,
    mut text: String,
    start: usize,
    length: usize,
    limits: &Limits,
) -> Diagnostic {
    let line = text[..start].matches('\n').count() + 1;
    let end = text[start..]
        .char_indices()
        .nth(SHOWN)
        .map_or(text.len(), |(i, _)| start + i);
    text.truncate(end);
    let file = map.add(path.to_path_buf(), display, text);
    Diagnostic::error(
        "line-too-long",
        format!(
            "line {line} is {length} characters long, more than the {} allowed",
            limits.line_chars
        ),
    )
    .at(file, start..end)
    .label("this line (only its start is shown)")
    .note("a line this long is almost always a mistake (a pasted file, or a picture saved as text), and reading it would slow every build")
    .help("break it into paragraphs, or raise `max_line_length` under [limits] in site.toml")
}

/// A character no text file needs: C0 and C1 control characters other than tab, line feed
/// and carriage return, and DEL.
fn is_control(c: char) -> bool {
    c.is_control() && !matches!(c, '\t' | '\n' | '\r')
}

/// The start and length (in characters) of the first line longer than `limit` characters.
fn long_line(text: &str, limit: usize) -> Option<(usize, usize)> {
    let mut start = 0;
    for line in text.split_inclusive('\n') {
        // Bytes first: a line has at least as many bytes as characters.
        if line.len() > limit {
            let chars = line.trim_end_matches(['\n', '\r']).chars().count();
            if chars > limit {
                return Some((start, chars));
            }
        }
        start += line.len();
    }
    None
}

fn too_large(display: String, size: u64, limit: u64) -> Diagnostic {
    Diagnostic::error(
        "file-too-large",
        format!("this file is {}, more than the {} allowed", size_text(size), size_text(limit)),
    )
    .at_path(display)
    .note("a text file this large is almost always a mistake (a pasted file, or a picture saved as text), and reading it would slow every build; it was not read")
    .help("split it into smaller guides, or raise `max_file_kb` under [limits] in site.toml")
}

fn size_text(bytes: u64) -> String {
    if bytes >= 1024 * 1024 {
        format!("{:.1} MB", bytes as f64 / (1024.0 * 1024.0))
    } else {
        format!("{:.0} KB", (bytes as f64 / 1024.0).ceil())
    }
}

/// A file that is not UTF-8; says so when it is another encoding easyguide can recognise.
fn not_utf8(display: String, bytes: &[u8]) -> Diagnostic {
    let message = if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        "this file is UTF-16 text, not UTF-8"
    } else {
        "this file is not UTF-8 text"
    };
    Diagnostic::error("not-utf8", message)
        .at_path(display)
        .help("save the file as UTF-8 (most editors have this under 'Save as' or 'Encoding')")
}

fn unreadable(display: String, why: &str) -> Diagnostic {
    Diagnostic::error("unreadable", format!("this could not be read: {why}"))
        .at_path(display)
        .help("check that it exists and that easyguide may read it (its permissions)")
}

fn broken(display: String, what: &str) -> Diagnostic {
    Diagnostic::error("broken-symlink", format!("`{display}` is a link to {what}"))
        .at_path(display)
        .help("remove the link, or point it at a file or folder inside the site")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_lines_are_found_by_characters() {
        assert_eq!(long_line("short\nalso short\n", 10), None);
        assert_eq!(long_line("ok\nthis is too long\n", 10), Some((3, 16)));
        let welsh = "ŵŵŵŵŵ\n";
        assert_eq!(long_line(welsh, 5), None, "ten bytes, five characters");
        assert_eq!(long_line("a\r\nbbbbbb\r\n", 5), Some((3, 6)));
    }
}
