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
    BufferQueue, StartTag, TagToken, Token, TokenSink, TokenSinkResult, Tokenizer, TokenizerOpts,
};

use super::budgets::compressed;
use super::loads::{self, Loads};
use super::output;
use crate::config::Budgets;

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
}

impl PageFacts {
    /// Reads a page once.
    pub fn read(path: &str, html: &str, budgets: &Budgets) -> PageFacts {
        let sink = Sink {
            state: RefCell::new(State {
                output: output::Scan::default(),
                loads: loads::Scan::new(f64::from(budgets.phone_width), budgets.phone_dpr),
                cursor: Cursor::new(html),
            }),
        };
        let tokenizer = Tokenizer::new(sink, TokenizerOpts::default());
        let queue = BufferQueue::default();
        queue.push_back(StrTendril::from_slice(html));
        let _ = tokenizer.feed(&queue);
        tokenizer.end();
        let state = tokenizer.sink.state.into_inner();
        PageFacts {
            path: path.to_owned(),
            scan: state.output,
            loads: state.loads.finish(),
            compressed: compressed(html.as_bytes()),
        }
    }
}

struct Sink<'h> {
    state: RefCell<State<'h>>,
}

struct State<'h> {
    output: output::Scan,
    loads: loads::Scan,
    cursor: Cursor<'h>,
}

impl TokenSink for Sink<'_> {
    type Handle = ();

    fn process_token(&self, token: Token, line: u64) -> TokenSinkResult<()> {
        let mut state = self.state.borrow_mut();
        if let TagToken(tag) = &token
            && tag.kind == StartTag
        {
            let place = state.cursor.find(&tag.name, line as usize);
            state.output.tag(tag, place);
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
        let index = line.saturating_sub(1).min(self.line_starts.len() - 1);
        let line_start = self.line_starts[index];
        let line_end = self
            .line_starts
            .get(index + 1)
            .copied()
            .unwrap_or(self.text.len());
        let from = self.at.clamp(line_start, line_end);
        let offset = self.text[from..line_end]
            .match_indices('<')
            .map(|(i, _)| from + i)
            .find(|&i| starts_tag(&self.text[i + 1..], name))
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
        let facts = PageFacts::read("p.html", html, &Budgets::default());
        let ids = &facts.scan.ids;
        assert_eq!(ids[0].0, "one");
        assert_eq!((ids[0].1.line, ids[0].1.column), (2, 3));
        assert_eq!(ids[1].0, "two");
        assert_eq!((ids[1].1.line, ids[1].1.column), (2, 40));
        assert_eq!(&html[ids[1].1.offset..ids[1].1.offset + 6], "<a id=");
    }
}
