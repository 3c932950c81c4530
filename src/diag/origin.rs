//! Origins: which source span produced each element of a rendered page.
//!
//! While a page is written, the HTML writer (and the `t()` function of templates, for
//! interface words) puts a marker just inside each element it opens: a run of Unicode
//! noncharacters (U+FDD0 to U+FDEF, which Unicode reserves for a program's internal use and
//! which no text a reader sees contains) naming a file id and a byte range. Markers pass
//! through Tera untouched. [`strip`] then takes every marker out, so the page's bytes are
//! exactly those of a page rendered without them, and returns where each one was. The map
//! from elements to origins is kept beside the page, never inside it.

use std::fmt::Write;
use std::ops::Range;

use super::{FileId, SourceMap};

const START: char = '\u{FDD0}';
const END: char = '\u{FDD1}';
const SEPARATOR: char = '\u{FDD2}';
/// Hex digit `n` is written as `DIGITS + n`.
const DIGITS: u32 = 0xFDE0;

/// A source span that produced part of a page.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Origin {
    /// The file (a guide's Markdown, a message file, `site.toml`, a template).
    pub file: FileId,
    /// The first byte of the span.
    pub start: u32,
    /// One past its last byte.
    pub end: u32,
}

impl Origin {
    /// The origin of `range` in `file`.
    pub fn new(file: FileId, range: &Range<usize>) -> Self {
        Origin {
            file,
            start: range.start as u32,
            end: range.end as u32,
        }
    }

    /// Its span.
    pub fn range(&self) -> Range<usize> {
        self.start as usize..self.end as usize
    }

    /// `path:line:column` of its start, for messages and tests; `None` for a file the map
    /// does not have.
    pub fn describe(&self, map: &SourceMap) -> Option<String> {
        let file = map.try_get(self.file)?;
        let (line, column) = file.line_col(self.start as usize);
        Some(format!("{}:{line}:{column}", file.display_path()))
    }
}

/// A marker found in a page: where it was in the page without markers, and what it names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Marker {
    /// Its byte offset in the page without markers.
    pub offset: u32,
    /// The source it names.
    pub origin: Origin,
}

/// Writes the marker for `origin` to `out`.
pub fn mark(out: &mut String, origin: Origin) {
    out.push(START);
    hex(out, origin.file.index() as u64);
    out.push(SEPARATOR);
    hex(out, u64::from(origin.start));
    out.push(SEPARATOR);
    hex(out, u64::from(origin.end));
    out.push(END);
}

/// The marker for `origin` as a string.
pub fn marker(origin: Origin) -> String {
    let mut out = String::new();
    mark(&mut out, origin);
    out
}

fn hex(out: &mut String, mut n: u64) {
    let mut digits = [0u32; 16];
    let mut len = 0;
    loop {
        digits[len] = (n & 0xF) as u32;
        len += 1;
        n >>= 4;
        if n == 0 {
            break;
        }
    }
    for d in digits[..len].iter().rev() {
        out.push(char::from_u32(DIGITS + d).expect("a noncharacter"));
    }
}

/// True for the characters markers are made of: text must never contain them as they are.
pub fn is_marker_char(c: char) -> bool {
    ('\u{FDD0}'..='\u{FDEF}').contains(&c)
}

/// Writes `text` with every marker character as a character reference, so no author's or
/// translator's words can ever look like a marker (the browser shows the same character).
pub fn escape_marker_chars(out: &mut String, text: &str) {
    for c in text.chars() {
        if is_marker_char(c) {
            let _ = write!(out, "&#x{:X};", c as u32);
        } else {
            out.push(c);
        }
    }
}

/// The page without its markers, and the markers in the order they were found. Only
/// well-formed markers are taken out; any other noncharacter stays where it is.
pub fn strip(marked: &str) -> (String, Vec<Marker>) {
    if !marked.contains(START) {
        return (marked.to_owned(), Vec::new());
    }
    let mut clean = String::with_capacity(marked.len());
    let mut markers = Vec::new();
    let mut rest = marked;
    while let Some(at) = rest.find(START) {
        clean.push_str(&rest[..at]);
        let after = &rest[at..];
        match parse(after) {
            Some((origin, len)) => {
                markers.push(Marker {
                    offset: clean.len() as u32,
                    origin,
                });
                rest = &after[len..];
            }
            None => {
                clean.push(START);
                rest = &after[START.len_utf8()..];
            }
        }
    }
    clean.push_str(rest);
    (clean, markers)
}

/// A marker at the start of `text`: its origin and its length in bytes.
fn parse(text: &str) -> Option<(Origin, usize)> {
    let mut numbers = [0u64; 3];
    let mut field = 0;
    let mut digits = 0;
    for (i, c) in text.char_indices().skip(1) {
        match c {
            END if field == 2 && digits > 0 => {
                let origin = Origin {
                    file: FileId::from_index(u32::try_from(numbers[0]).ok()?),
                    start: u32::try_from(numbers[1]).ok()?,
                    end: u32::try_from(numbers[2]).ok()?,
                };
                return Some((origin, i + END.len_utf8()));
            }
            SEPARATOR if digits > 0 && field < 2 => {
                field += 1;
                digits = 0;
            }
            c if (DIGITS..DIGITS + 16).contains(&(c as u32)) && digits < 16 => {
                numbers[field] = numbers[field] * 16 + u64::from(c as u32 - DIGITS);
                digits += 1;
            }
            _ => return None,
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markers_leave_no_trace() {
        let a = Origin {
            file: FileId::from_index(3),
            start: 0,
            end: 1234,
        };
        let b = Origin {
            file: FileId::from_index(0),
            start: 70000,
            end: 70010,
        };
        let page = format!("<p>{}Hi</p><a title=\"{}x\">y</a>", marker(a), marker(b));
        let (clean, markers) = strip(&page);
        assert_eq!(clean, "<p>Hi</p><a title=\"x\">y</a>");
        assert_eq!(
            markers[0],
            Marker {
                offset: 3,
                origin: a
            }
        );
        assert_eq!(
            markers[1],
            Marker {
                offset: 19,
                origin: b
            }
        );
    }

    #[test]
    fn stray_noncharacters_stay() {
        let page = "a\u{FDD0}b\u{FDD0}\u{FDE1}\u{FDD1}c";
        assert_eq!(strip(page), (page.to_owned(), Vec::new()));
        let mut out = String::new();
        escape_marker_chars(&mut out, "x\u{FDD0}y");
        assert_eq!(out, "x&#xFDD0;y");
    }
}
