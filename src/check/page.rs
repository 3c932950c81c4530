//! One pass over each built page: html5ever's tokenizer reads the page once into the
//! [`PageFacts`] every check of written pages needs.
//!
//! Takes a page's output path and HTML (and the phone the budgets assume); produces its ids,
//! its references to other files, what it must not contain (script), what a phone loads
//! from it, and its own compressed size, each element with its line and column. Pages are
//! read inside the parallel render, so memory holds facts, not pages; checks that join pages
//! (a link to a part of another page) run on the facts afterwards.

use std::cell::RefCell;

use html5ever::tendril::StrTendril;
use html5ever::tokenizer::{
    BufferQueue, EndTag, StartTag, Tag, TagToken, Token, TokenSink, TokenSinkResult, Tokenizer,
    TokenizerOpts,
};

use super::budgets::compressed;
use super::loads::{self, Loads};
use super::output;
use crate::config::Budgets;
use crate::diag::origin::{Marker, Origin};

/// Where an element starts in a page: 1-based line and column, and byte offset.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default)]
pub struct Place {
    /// The line.
    pub line: usize,
    /// The column, in characters.
    pub column: usize,
    /// The byte offset of the element's `<`.
    pub offset: usize,
}

/// What the checks know of one written page.
#[derive(Debug, Clone)]
pub struct PageFacts {
    /// The page's output path.
    pub path: String,
    /// Ids, references and forbidden content.
    pub scan: output::Scan,
    /// What a phone loads from it.
    pub loads: Loads,
    /// The page's own size, gzip-compressed.
    pub compressed: u64,
    /// Each element that says where it came from: its byte range in the page (start tag to
    /// end tag) and its origin, sorted by start.
    pub origins: Vec<(u32, u32, Origin)>,
}

impl PageFacts {
    /// Reads a page once. `markers` are the origin markers rendering took out of it.
    pub fn read(path: &str, html: &str, markers: &[Marker], budgets: &Budgets) -> PageFacts {
        let sink = Sink {
            state: RefCell::new(State {
                output: output::Scan::default(),
                loads: loads::Scan::new(f64::from(budgets.phone_width), budgets.phone_dpr),
                cursor: Cursor::new(html),
                open: Vec::new(),
                elements: Vec::new(),
            }),
        };
        let tokenizer = Tokenizer::new(sink, TokenizerOpts::default());
        let queue = BufferQueue::default();
        queue.push_back(StrTendril::from_slice(html));
        let _ = tokenizer.feed(&queue);
        tokenizer.end();
        let mut state = tokenizer.sink.state.into_inner();
        let end = html.len();
        state
            .elements
            .extend(state.open.drain(..).map(|(_, start)| (start, end)));
        PageFacts {
            path: path.to_owned(),
            scan: state.output,
            loads: state.loads.finish(),
            compressed: compressed(html.as_bytes()),
            origins: assign(state.elements, markers),
        }
    }

    /// The origin of the innermost element holding byte `offset` that has one.
    pub fn origin_at(&self, offset: usize) -> Option<Origin> {
        let offset = offset as u32;
        let before = self
            .origins
            .partition_point(|(start, _, _)| *start <= offset);
        self.origins[..before]
            .iter()
            .rev()
            .find(|(_, end, _)| *end > offset)
            .map(|(_, _, origin)| *origin)
    }
}

/// Elements that never have an end tag.
const VOID: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track",
    "wbr",
];

/// Gives each marker to the innermost element whose range holds it.
fn assign(mut elements: Vec<(usize, usize)>, markers: &[Marker]) -> Vec<(u32, u32, Origin)> {
    elements.sort_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)));
    let mut found: Vec<(u32, u32, Origin)> = Vec::new();
    let mut taken = std::collections::HashSet::new();
    let mut open: Vec<(usize, usize)> = Vec::new();
    let mut next = elements.iter().peekable();
    for marker in markers {
        let at = marker.offset as usize;
        while let Some(&&(start, end)) = next.peek() {
            if start >= at {
                break;
            }
            while open.last().is_some_and(|(_, e)| *e <= start) {
                open.pop();
            }
            open.push((start, end));
            next.next();
        }
        while open.last().is_some_and(|(_, e)| *e <= at) {
            open.pop();
        }
        // The first marker in an element is its own (written just inside its start tag).
        if let Some(&(start, end)) = open.last()
            && taken.insert(start)
        {
            found.push((start as u32, end as u32, marker.origin));
        }
    }
    found.sort_by_key(|(start, _, _)| *start);
    found
}

struct Sink<'h> {
    state: RefCell<State<'h>>,
}

struct State<'h> {
    output: output::Scan,
    loads: loads::Scan,
    cursor: Cursor<'h>,
    /// Elements open now: name and start offset.
    open: Vec<(String, usize)>,
    /// Elements closed: their byte ranges.
    elements: Vec<(usize, usize)>,
}

impl State<'_> {
    fn start(&mut self, tag: &Tag, line: usize) {
        let place = self.cursor.find(&tag.name, line);
        self.output.tag(tag, place);
        let end = self.cursor.tag_end(place.offset);
        if tag.self_closing || VOID.contains(&&*tag.name) {
            self.elements.push((place.offset, end));
        } else {
            self.open.push((tag.name.to_string(), place.offset));
        }
    }

    fn end(&mut self, tag: &Tag, line: usize) {
        let Some(at) = self.open.iter().rposition(|(n, _)| *n == *tag.name) else {
            return;
        };
        let close = self.cursor.find_end(&tag.name, line);
        let end = self.cursor.tag_end(close);
        // Elements left open inside it (`<p>` without `</p>`) end where it ends.
        for (_, start) in self.open.drain(at..) {
            self.elements.push((start, end));
        }
    }
}

impl TokenSink for Sink<'_> {
    type Handle = ();

    fn process_token(&self, token: Token, line: u64) -> TokenSinkResult<()> {
        let mut state = self.state.borrow_mut();
        if let TagToken(tag) = &token {
            match tag.kind {
                StartTag => state.start(tag, line as usize),
                EndTag => state.end(tag, line as usize),
            }
        }
        state.loads.token(&token);
        TokenSinkResult::Continue
    }
}

/// Finds each start tag's byte offset and column in the page text. The tokenizer gives only
/// lines; tags come in document order, so the next `<name` on the tag's line from where the
/// last tag was found is this one (markup inside comments can mislead it within a line at
/// most, never past the line the tokenizer names).
struct Cursor<'h> {
    text: &'h str,
    line_starts: Vec<usize>,
    at: usize,
}

impl<'h> Cursor<'h> {
    fn new(text: &'h str) -> Self {
        let line_starts = std::iter::once(0)
            .chain(text.match_indices('\n').map(|(i, _)| i + 1))
            .collect();
        Cursor {
            text,
            line_starts,
            at: 0,
        }
    }

    fn find(&mut self, name: &str, line: usize) -> Place {
        self.find_after("<", name, line)
    }

    /// The byte offset of the next `</name` on `line`.
    fn find_end(&mut self, name: &str, line: usize) -> usize {
        self.find_after("</", name, line).offset
    }

    /// The offset just past the `>` that ends the tag starting at `start` (quoted attribute
    /// values may hold a `>`).
    fn tag_end(&self, start: usize) -> usize {
        let mut quote = None;
        for (i, c) in self.text[start..].char_indices() {
            match (quote, c) {
                (None, '"' | '\'') => quote = Some(c),
                (Some(q), c) if c == q => quote = None,
                (None, '>') => return start + i + 1,
                _ => {}
            }
        }
        self.text.len()
    }

    fn find_after(&mut self, open: &str, name: &str, line: usize) -> Place {
        let index = line.saturating_sub(1).min(self.line_starts.len() - 1);
        let line_start = self.line_starts[index];
        let line_end = self
            .line_starts
            .get(index + 1)
            .copied()
            .unwrap_or(self.text.len());
        let from = self.at.clamp(line_start, line_end);
        let offset = self.text[from..line_end]
            .match_indices(open)
            .map(|(i, _)| from + i)
            .find(|&i| starts_tag(&self.text[i + open.len()..], name))
            .unwrap_or(line_start);
        self.at = offset + 1;
        let column = self.text[line_start..offset].chars().count() + 1;
        Place {
            line: index + 1,
            column,
            offset,
        }
    }
}

fn starts_tag(rest: &str, name: &str) -> bool {
    rest.len() >= name.len()
        && rest.is_char_boundary(name.len())
        && rest[..name.len()].eq_ignore_ascii_case(name)
        && rest[name.len()..]
            .chars()
            .next()
            .is_none_or(|c| c.is_ascii_whitespace() || c == '/' || c == '>')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn elements_have_their_line_and_column() {
        let html = "<p>x</p>\n  <a href=x id=one>a</a> <abbr>b</abbr><a id=two>c</a>";
        let facts = PageFacts::read("p.html", html, &[], &Budgets::default());
        let ids = &facts.scan.ids;
        assert_eq!(ids[0].0, "one");
        assert_eq!((ids[0].1.line, ids[0].1.column), (2, 3));
        assert_eq!(ids[1].0, "two");
        assert_eq!((ids[1].1.line, ids[1].1.column), (2, 40));
        assert_eq!(&html[ids[1].1.offset..ids[1].1.offset + 6], "<a id=");
    }

    #[test]
    fn a_marker_belongs_to_the_innermost_element_around_it() {
        use crate::diag::FileId;
        let origin = |n| Origin {
            file: FileId::from_index(n),
            start: n,
            end: n + 1,
        };
        let html = "<ul>\n<li><p>a</p></li>\n<li><img alt=\"b\"></li>\n</ul>";
        let at = |s: &str| html.find(s).unwrap() as u32;
        let markers = [
            Marker {
                offset: at("\n<li>"),
                origin: origin(1),
            },
            Marker {
                offset: at("a</p>"),
                origin: origin(2),
            },
            Marker {
                offset: at("b\""),
                origin: origin(3),
            },
        ];
        let facts = PageFacts::read("p.html", html, &markers, &Budgets::default());
        assert_eq!(facts.origins.len(), 3);
        assert_eq!(facts.origin_at(at("<p>") as usize), Some(origin(2)));
        assert_eq!(facts.origin_at(at("<img") as usize), Some(origin(3)));
        assert_eq!(facts.origin_at(at("<li><img") as usize), Some(origin(1)));
        assert_eq!(facts.origin_at(0), Some(origin(1)));
    }
}
