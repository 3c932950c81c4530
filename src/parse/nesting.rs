//! A bound on how deeply Markdown may nest, applied to pulldown-cmark's flat event stream
//! before any tree is built.
//!
//! Takes the parser's events with offsets; yields the same events, except that a container
//! (quote, list, item, emphasis, link…) that would be more than
//! [`MAX_NESTING`](crate::document::MAX_NESTING) levels deep is left out whole, its own
//! `Start` to its `End`, and its place is kept for one error. Every later walk over the tree
//! (the Markdown tree, the easy-read blocks, translation, rendering, readability, checks and
//! dropping the tree) recurses at most that deep, so no input can exhaust a thread's stack;
//! the skipping itself is a counter, not a recursion.

use std::cell::Cell;
use std::ops::Range;

use pulldown_cmark::Event;

use crate::diag::{Diagnostic, FileId};
use crate::document::MAX_NESTING;

/// Pulldown-cmark events with every container deeper than [`MAX_NESTING`] left out.
pub struct Bounded<'c, I> {
    events: I,
    depth: usize,
    /// Where the first container that was too deep starts (in the body).
    too_deep: &'c Cell<Option<usize>>,
}

impl<'c, I> Bounded<'c, I> {
    /// Wraps an event stream with offsets; the first place that is too deep goes into
    /// `too_deep` (a cell, so it can be read while the stream is still borrowed).
    pub fn new(events: I, too_deep: &'c Cell<Option<usize>>) -> Self {
        Bounded {
            events,
            depth: 0,
            too_deep,
        }
    }
}

impl<'a, I: Iterator<Item = (Event<'a>, Range<usize>)>> Bounded<'_, I> {
    /// Consumes events up to and including the `End` of a container just opened.
    fn skip_container(&mut self) {
        let mut open = 1usize;
        for (event, _) in self.events.by_ref() {
            match event {
                Event::Start(_) => open += 1,
                Event::End(_) => open -= 1,
                _ => {}
            }
            if open == 0 {
                return;
            }
        }
    }
}

impl<'a, I: Iterator<Item = (Event<'a>, Range<usize>)>> Iterator for Bounded<'_, I> {
    type Item = (Event<'a>, Range<usize>);

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            let (event, range) = self.events.next()?;
            match event {
                Event::Start(_) if self.depth >= MAX_NESTING => {
                    if self.too_deep.get().is_none() {
                        self.too_deep.set(Some(range.start));
                    }
                    self.skip_container();
                    continue;
                }
                Event::Start(_) => self.depth += 1,
                Event::End(_) => self.depth = self.depth.saturating_sub(1),
                _ => {}
            }
            return Some((event, range));
        }
    }
}

/// The error for a guide nested too deeply: `at` is the first byte (in the file) of the
/// container that passed the limit, and `rest` the text from there.
pub fn too_deep(file: FileId, at: usize, rest: &str) -> Diagnostic {
    let end = rest.chars().next().map_or(at, |c| at + c.len_utf8());
    Diagnostic::error(
        "too-deep",
        format!("this is nested more than {MAX_NESTING} levels deep"),
    )
    .at(file, at..end)
    .label("quotes, lists, emphasis or links inside each other start here at too deep a level")
    .note("what is nested deeper than this is left out: no reader could follow it")
    .help("make the nested parts paragraphs or list items of their own, one level deep")
}

#[cfg(test)]
mod tests {
    use pulldown_cmark::Parser;

    use super::*;

    fn depth_of(markdown: &str) -> (usize, Option<usize>) {
        let at = Cell::new(None);
        let (mut depth, mut deepest) = (0usize, 0usize);
        for (event, _) in Bounded::new(Parser::new(markdown).into_offset_iter(), &at) {
            match event {
                Event::Start(_) => depth += 1,
                Event::End(_) => depth -= 1,
                _ => {}
            }
            deepest = deepest.max(depth);
        }
        assert_eq!(depth, 0, "every Start kept has its End");
        (deepest, at.get())
    }

    #[test]
    fn nesting_up_to_the_limit_passes_unchanged() {
        // A paragraph inside MAX_NESTING - 1 quotes is exactly MAX_NESTING levels.
        let md = format!("{}text\n", ">".repeat(MAX_NESTING - 1));
        assert_eq!(depth_of(&md), (MAX_NESTING, None));
    }

    #[test]
    fn a_container_past_the_limit_is_left_out_and_its_start_kept() {
        let md = format!("first\n\n{}text\n", ">".repeat(MAX_NESTING + 5));
        let (deepest, at) = depth_of(&md);
        assert_eq!(deepest, MAX_NESTING);
        assert_eq!(at, Some("first\n\n".len() + MAX_NESTING));
    }
}
