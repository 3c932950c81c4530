//! Guide message files (`locales/<lang>/<slug>.ftl`): read into messages and markers, and
//! written back in the layout of fluent-syntax's own serializer.
//!
//! A file is a header comment (`# status: …`), then one message per piece of the guide with
//! comment lines above it: `# en: <the source words>`, and, when the source changed since the
//! translation was written, `# stale: …`. A piece not yet translated is a commented-out
//! message (`# <id> =`) for the translator to fill in. A message whose piece left the guide
//! is kept with `# obsolete: …` above it. Lines a translator adds are kept.

use std::collections::BTreeMap;

use fluent_syntax::ast::{Comment, Entry, Message, Resource};
use fluent_syntax::parser::{self, ParserError};
use fluent_syntax::serializer;

/// The header line that says how far a translation has been checked.
pub use crate::document::STATUS;
/// The marker of a translation whose source words changed.
pub const STALE: &str = "stale:";
/// The marker of a message deliberately the same as the source words (a name, a number).
pub const SAME: &str = "same:";
/// The marker of a message whose piece is no longer in the guide.
pub const OBSOLETE: &str = "obsolete:";

/// One entry of a message file, as read.
#[derive(Debug)]
pub enum Item<'t> {
    /// The file's header comment lines (the one holding `status:`).
    Header(Vec<&'t str>),
    /// A message with its comment, and where its line starts in the file.
    Message(Message<&'t str>, usize),
    /// `# <id> =`: a piece waiting for its translation.
    Placeholder(&'t str),
    /// Anything else (a translator's own comment, a term), kept as it is.
    Other(Entry<&'t str>),
}

/// A message file, read.
#[derive(Debug)]
pub struct Catalog<'t> {
    /// The file's text.
    pub text: &'t str,
    /// The entries in file order.
    pub items: Vec<Item<'t>>,
    /// Fluent syntax errors; the entries they are in are left out.
    pub errors: Vec<ParserError>,
}

impl<'t> Catalog<'t> {
    /// Reads a file's text. Never fails: entries with syntax errors are left out and listed.
    pub fn read(text: &'t str) -> Catalog<'t> {
        let (resource, errors) = match short_escape(text) {
            Some(error) => (
                fluent_syntax::ast::Resource { body: Vec::new() },
                vec![error],
            ),
            None => match parser::parse(text) {
                Ok(r) => (r, Vec::new()),
                Err((r, e)) => (r, e),
            },
        };
        let offsets = message_offsets(text);
        let items = resource
            .body
            .into_iter()
            .enumerate()
            .filter(|(_, e)| !matches!(e, Entry::Junk { .. }))
            .map(|(i, entry)| classify(i, entry, &offsets))
            .collect();
        Catalog {
            text,
            items,
            errors,
        }
    }

    /// The `status:` words of the header, if it has one.
    pub fn status(&self) -> Option<&'t str> {
        self.items.iter().find_map(|item| match item {
            Item::Header(lines) => lines.iter().find_map(|l| marker(l, STATUS)),
            _ => None,
        })
    }

    /// Every message by id, with its line offset.
    pub fn messages(&self) -> BTreeMap<&'t str, (&Message<&'t str>, usize)> {
        self.items
            .iter()
            .filter_map(|item| match item {
                Item::Message(m, offset) => Some((m.id.name, (m, *offset))),
                _ => None,
            })
            .collect()
    }
}

fn classify<'t>(index: usize, entry: Entry<&'t str>, offsets: &BTreeMap<&str, usize>) -> Item<'t> {
    match entry {
        Entry::Message(m) => {
            let offset = offsets.get(m.id.name).copied().unwrap_or(0);
            Item::Message(m, offset)
        }
        Entry::Comment(c) | Entry::ResourceComment(c)
            if index == 0 && c.content.iter().any(|l| marker(l, STATUS).is_some()) =>
        {
            Item::Header(c.content)
        }
        Entry::Comment(c) if placeholder_id(&c).is_some() => {
            Item::Placeholder(placeholder_id(&c).expect("checked"))
        }
        other => Item::Other(other),
    }
}

/// The id of `# <id> =` when it is a comment's last line.
fn placeholder_id<'t>(comment: &Comment<&'t str>) -> Option<&'t str> {
    let last = comment.content.last()?.trim_end();
    let id = last.strip_suffix('=')?.trim_end();
    is_identifier(id).then_some(id)
}

/// A Fluent identifier: an ASCII letter, then letters, digits, `-` and `_`.
pub fn is_identifier(id: &str) -> bool {
    id.starts_with(|c: char| c.is_ascii_alphabetic())
        && id
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
}

/// The words after `name` at the start of a comment line (`stale: …` → `…`).
pub fn marker<'a>(line: &'a str, name: &str) -> Option<&'a str> {
    line.trim_start().strip_prefix(name).map(str::trim)
}

/// Where the message `id` starts in a file's text.
pub fn message_offset(text: &str, id: &str) -> Option<usize> {
    message_offsets(text).get(id).copied()
}

/// The `status:` words of a file's header: the comment lines at its top.
pub fn header_status(text: &str) -> Option<&str> {
    text.lines()
        .take_while(|l| l.starts_with('#') || l.trim().is_empty())
        .find_map(|l| marker(l.trim_start_matches('#'), STATUS))
}

/// The byte range of a message's value in a file's text: from after the `=` of the line at
/// `line_offset` to the end of its last indented continuation line, without the line ending.
pub fn value_range(text: &str, line_offset: usize) -> std::ops::Range<usize> {
    let line_end = |from: usize| text[from..].find('\n').map_or(text.len(), |i| from + i);
    let first_end = line_end(line_offset);
    let first = &text[line_offset..first_end];
    let after_eq = line_offset + first.find('=').map_or(first.len(), |i| i + 1);
    // The value's content, line by line: the rest of the first line, then indented lines.
    let mut content = Vec::new();
    content.push(after_eq..first_end);
    let mut next = first_end + 1;
    while next < text.len() {
        let stop = line_end(next);
        let line = &text[next..stop];
        if !line.starts_with(' ') || line.trim().is_empty() {
            break;
        }
        content.push(next..stop);
        next = stop + 1;
    }
    let words = |r: &std::ops::Range<usize>| {
        let line = &text[r.clone()];
        let start = r.start + (line.len() - line.trim_start().len());
        start..start + line.trim().len()
    };
    let lines: Vec<_> = content
        .iter()
        .map(words)
        .filter(|r| !r.is_empty())
        .collect();
    match (lines.first(), lines.last()) {
        (Some(first), Some(last)) => first.start..last.end,
        _ => after_eq..after_eq,
    }
}

/// Where each `id =` line starts, so diagnostics can point at a message.
fn message_offsets(text: &str) -> BTreeMap<&str, usize> {
    let mut out = BTreeMap::new();
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        if let Some((id, _)) = line.split_once('=') {
            let id = id.trim_end();
            if is_identifier(id) && !line.starts_with(char::is_whitespace) {
                out.entry(id).or_insert(offset);
            }
        }
        offset += line.len();
    }
    out
}

/// An entry to write.
#[derive(Debug)]
pub enum Out<'a> {
    /// A standalone comment (the header, a placeholder, a translator's note).
    Comment(Vec<String>),
    /// A message as it was read, with new comment lines.
    Kept(Vec<String>, &'a Message<&'a str>),
    /// A message made from an id and the Fluent source of its value.
    New(Vec<String>, String, String),
    /// Another entry, written as it was read.
    Other(&'a Entry<&'a str>),
}

/// The file's text, in fluent-syntax's canonical layout: a blank line around standalone
/// comments, none between messages. Parsing it and serializing it again changes nothing.
pub fn write(items: &[Out]) -> String {
    let mut out = String::new();
    for (i, item) in items.iter().enumerate() {
        let (chunk, standalone) = serialize(item);
        if standalone && i > 0 {
            out.push('\n');
        }
        out.push_str(&chunk);
    }
    out
}

fn serialize(item: &Out) -> (String, bool) {
    let one = |entry: Entry<&str>| {
        continuation_safe(serializer::serialize(&Resource { body: vec![entry] }))
    };
    match item {
        Out::Comment(lines) => (one(Entry::Comment(comment(lines))), true),
        Out::Kept(lines, message) => {
            let mut message = (*message).clone();
            message.comment = (!lines.is_empty()).then(|| comment(lines));
            (one(Entry::Message(message)), false)
        }
        Out::New(lines, id, value) => {
            let source = format!("{id} = {}\n", value.replace('\n', "\n    "));
            let resource = parser::parse(source.as_str()).unwrap_or_else(|(r, _)| r);
            let chunk = resource.body.into_iter().find_map(|e| match e {
                Entry::Message(mut m) => {
                    m.comment = (!lines.is_empty()).then(|| comment(lines));
                    Some(one(Entry::Message(m)))
                }
                _ => None,
            });
            (chunk.unwrap_or_default(), false)
        }
        Out::Other(entry) => {
            let standalone = !matches!(entry, Entry::Message(_) | Entry::Term(_));
            (one((*entry).clone()), standalone)
        }
    }
}

/// fluent-syntax's serializer writes a value of several lines with each line indented under
/// the id, but an indented line that starts with `*`, `[` or `.` is Fluent syntax (a variant,
/// an attribute), so `**bold**` at the start of a paragraph would make the file unreadable.
/// Such a first character is written as a string literal (`{ "*" }`), which means the same.
fn continuation_safe(chunk: String) -> String {
    let clean = |text: &str| parser::parse(text).is_ok();
    if clean(&chunk) {
        return chunk;
    }
    let mut fixed = String::with_capacity(chunk.len() + 16);
    let mut lines = chunk.lines().peekable();
    while let Some(line) = lines.next() {
        let trimmed = line.trim_start();
        let indent = &line[..line.len() - trimmed.len()];
        // The value's first line goes after the `=`, where it may start with anything.
        if indent.is_empty()
            && !line.starts_with('#')
            && line.ends_with(" =")
            && let Some(next) = lines.peek().map(|l| l.trim_start())
            && next.starts_with(['*', '[', '.'])
        {
            fixed.push_str(line);
            fixed.push(' ');
            fixed.push_str(next);
            fixed.push('\n');
            lines.next();
            continue;
        }
        match trimmed.chars().next() {
            Some(c @ ('*' | '[' | '.')) if !indent.is_empty() && !line.starts_with('#') => {
                fixed.push_str(indent);
                fixed.push_str(&format!("{{ \"{c}\" }}"));
                fixed.push_str(&trimmed[1..]);
            }
            _ => fixed.push_str(line),
        }
        fixed.push('\n');
    }
    if clean(&fixed) { fixed } else { chunk }
}

fn comment(lines: &[String]) -> Comment<&str> {
    Comment {
        content: lines.iter().map(String::as_str).collect(),
    }
}

#[cfg(test)]
mod continuation_tests {
    use super::*;

    #[test]
    fn a_paragraph_starting_with_bold_is_written_as_fluent_that_reads_back() {
        // Valid as written (the first line is after the `=`), but written back by the
        // serializer with `**` starting an indented line.
        let source = "site-help = **Anytown** helps.\n\n    Come in.\n";
        let resource = parser::parse(source).unwrap();
        let Entry::Message(m) = &resource.body[0] else {
            panic!()
        };
        let text = write(&[Out::Kept(vec!["en: x".into()], m)]);
        let again = parser::parse(text.as_str()).unwrap_or_else(|(_, e)| panic!("{text}\n{e:?}"));
        let bundle_text = {
            let mut bundle = fluent_bundle::FluentBundle::new(vec!["en".parse().unwrap()]);
            bundle.set_use_isolating(false);
            bundle
                .add_resource(fluent_bundle::FluentResource::try_new(text.clone()).unwrap())
                .unwrap();
            let msg = bundle.get_message("site-help").unwrap();
            let mut errors = Vec::new();
            bundle
                .format_pattern(msg.value().unwrap(), None, &mut errors)
                .into_owned()
        };
        assert_eq!(bundle_text, "**Anytown** helps.\n\nCome in.", "{text}");
        assert_eq!(again.body.len(), 1);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn covers_the_value_and_its_continuation_lines() {
        let text = "# en: x\nfirst = One line\nsecond =\n    Two\n    lines\n\nthird = x\n";
        let at = |id: &str| text.find(&format!("{id} =")).unwrap();
        assert_eq!(&text[value_range(text, at("first"))], "One line");
        assert_eq!(&text[value_range(text, at("second"))], "Two\n    lines");
        assert_eq!(&text[value_range(text, at("third"))], "x");
    }

    const FILE: &str = "# status: draft, needs review by a fluent speaker\n\n# en: Hello\nhello = Helo\n# en: Go to [the site]({ $link1 })\n# stale: the English changed\ngo = Ewch i [y wefan]({ $link1 })\n\n# en: Bye\n# bye =\n\n# en: Old\n# obsolete: gone\nold = Hen\n";

    #[test]
    fn reads_header_messages_markers_and_placeholders() {
        let c = Catalog::read(FILE);
        assert!(c.errors.is_empty());
        assert_eq!(c.status(), Some("draft, needs review by a fluent speaker"));
        let messages = c.messages();
        assert_eq!(
            messages.keys().copied().collect::<Vec<_>>(),
            ["go", "hello", "old"]
        );
        assert_eq!(messages["hello"].1, FILE.find("hello =").unwrap());
        assert!(
            c.items
                .iter()
                .any(|i| matches!(i, Item::Placeholder("bye")))
        );
    }

    #[test]
    fn writing_what_was_read_changes_nothing_and_round_trips() {
        let c = Catalog::read(FILE);
        let items: Vec<Out> = c
            .items
            .iter()
            .map(|item| match item {
                Item::Header(lines) => Out::Comment(lines.iter().map(|l| l.to_string()).collect()),
                Item::Message(m, _) => Out::Kept(
                    m.comment
                        .iter()
                        .flat_map(|c| &c.content)
                        .map(|l| l.to_string())
                        .collect(),
                    m,
                ),
                Item::Placeholder(id) => Out::Comment(vec!["en: Bye".into(), format!("{id} =")]),
                Item::Other(e) => Out::Other(e),
            })
            .collect();
        let text = write(&items);
        assert_eq!(text, FILE);
        let again = serializer::serialize(&parser::parse(text.as_str()).unwrap());
        assert_eq!(again, text);
    }

    #[test]
    fn new_messages_escape_fluent_syntax() {
        let text = write(&[Out::New(
            vec!["en: x".into()],
            "braces".into(),
            "A { \"{\" } and a line\\\n{ \"[\" }link]({ $link1 })".into(),
        )]);
        assert_eq!(
            text,
            "# en: x\nbraces =\n    A { \"{\" } and a line\\\n    { \"[\" }link]({ $link1 })\n"
        );
        assert_eq!(
            serializer::serialize(&parser::parse(text.as_str()).unwrap()),
            text
        );
    }

    #[test]
    fn syntax_errors_leave_the_rest() {
        let c = Catalog::read("good = Yes\nbad = { $\nalso = Also\n");
        assert_eq!(c.errors.len(), 1);
        assert_eq!(c.messages().len(), 2);
    }
}

/// A `\u` or `\U` escape in a string literal cut short by a letter outside ASCII: the
/// Fluent parser (fluent-syntax 0.12) panics on it, slicing into the letter, so a file with
/// one is refused before parsing, with the error the parser means to give.
pub fn short_escape(text: &str) -> Option<ParserError> {
    let mut offset = 0;
    // A placeable may span lines; a string literal may not.
    let mut depth = 0usize;
    for line in text.split_inclusive('\n') {
        let bytes = line.as_bytes();
        // String literals exist only inside placeables; a `"` in a message's words is a word.
        let mut in_string = false;
        let mut i = 0;
        while i < bytes.len() {
            match bytes[i] {
                b'{' if !in_string => depth += 1,
                b'}' if !in_string => depth = depth.saturating_sub(1),
                b'"' if in_string || depth > 0 => in_string = !in_string,
                b'\\' if in_string => {
                    let length = match bytes.get(i + 1) {
                        Some(b'u') => 4,
                        Some(b'U') => 6,
                        _ => 0,
                    };
                    let digits = bytes[(i + 2).min(bytes.len())..]
                        .iter()
                        .take(length)
                        .take_while(|b| b.is_ascii_hexdigit())
                        .count();
                    let after = i + 2 + digits;
                    if length > 0
                        && digits < length
                        && bytes.get(after).is_some_and(|b| !b.is_ascii())
                    {
                        let end = (after + 1..=bytes.len())
                            .find(|&e| line.is_char_boundary(e))
                            .unwrap_or(bytes.len());
                        return Some(ParserError {
                            pos: offset + after..offset + end,
                            slice: None,
                            kind: fluent_syntax::parser::ErrorKind::InvalidUnicodeEscapeSequence(
                                line[i + 2..end].to_owned(),
                            ),
                        });
                    }
                    i += 2;
                    continue;
                }
                _ => {}
            }
            i += 1;
        }
        offset += line.len();
    }
    None
}

#[cfg(test)]
mod fuzz_found {
    #[test]
    fn a_short_unicode_escape_before_a_wide_letter_is_read() {
        let text = "\n\nt={\"{\u{e}-\\uBB\u{1bd}=BU";
        let catalog = super::Catalog::read(text);
        let _ = catalog.status();
        assert_eq!(catalog.errors.len(), 1);
        assert!(super::short_escape("a = { \"\\u00e9\" } \\uB\u{e9}\n").is_none());
        assert!(super::short_escape("a = { \"\\\\uB\u{e9}\" }\n").is_none());
        // Quotation marks in a message's words open no string.
        assert!(super::short_escape("a = He said \"\\uB\u{e9}\"\n").is_none());
    }
}
