//! SVG pictures: sanitised by an allowlist, then written back smaller.
//!
//! Takes an SVG file's bytes; produces a new file that holds only what a drawing needs, its
//! size in CSS pixels (from `width`/`height`, else the `viewBox`), and the list of what was
//! removed. The file is read with a real XML parser (roxmltree); a DOCTYPE with its own
//! declarations is refused, so no entity can be expanded. The walk ([`tree`]) keeps only the
//! elements and attributes [`allow`] lists: shapes, paths, text, gradients, patterns,
//! clipping, masks, markers, filters, `<use>` of an element of the same file, presentation
//! attributes and `style`, each value cleaned by [`css`]. Everything else is dropped:
//! other vocabularies (XHTML in `foreignObject`), `<script>`, event handlers, animation,
//! `<image>`, links (`<a>` becomes a plain group), and every reference outside the file, in
//! any spelling. The output is written from the kept tree, never copied from the input, so
//! what is published is exactly what was checked.
//!
//! Comments, `<metadata>`, drawing programs' own data and the whitespace between elements
//! go without a word; anything else removed is named in [`Svg::removed`], so the author can
//! be told what their drawing lost.

mod allow;
mod css;
mod tree;

use std::collections::BTreeSet;

use roxmltree::{Document, Node, ParsingOptions};

pub use tree::{MAX_DEPTH, MAX_DRAWN};

/// The most XML nodes (elements, text, comments) a file may have.
pub const MAX_NODES: u32 = 1_000_000;

/// A sanitised, minified SVG.
#[derive(Debug, Clone, PartialEq)]
pub struct Svg {
    /// The file as written back.
    pub bytes: Vec<u8>,
    /// Width in CSS pixels.
    pub width: u32,
    /// Height in CSS pixels.
    pub height: u32,
    /// What was removed that changes or may change the drawing, sorted.
    pub removed: Vec<String>,
}

/// What the sanitiser left out, each named once.
#[derive(Debug, Default)]
pub struct Removed(BTreeSet<String>);

impl Removed {
    /// Notes something that was removed.
    pub fn add(&mut self, what: impl Into<String>) {
        self.0.insert(what.into());
    }

    /// Everything noted, sorted.
    pub fn list(&self) -> Vec<String> {
        self.0.iter().cloned().collect()
    }
}

/// Sanitises and minifies an SVG file; the error says why it cannot be used at all.
pub fn prepare(bytes: &[u8]) -> Result<Svg, String> {
    let text = std::str::from_utf8(bytes).map_err(|_| not_utf8(bytes))?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let options = ParsingOptions {
        allow_dtd: doctype(text)?,
        nodes_limit: MAX_NODES,
        entity_resolver: None,
    };
    let doc = Document::parse_with_options(text, options).map_err(|e| match e {
        roxmltree::Error::NodesLimitReached => {
            format!("it has more than {MAX_NODES} parts (elements and text)")
        }
        e => format!("it is not well-formed XML ({e})"),
    })?;
    let root = doc.root_element();
    if root.tag_name().name() != "svg" || root.tag_name().namespace() != Some(allow::SVG_NS) {
        return Err("its outer element is not <svg xmlns=\"http://www.w3.org/2000/svg\">".into());
    }
    let mut removed = Removed::default();
    for node in doc.root().children().filter(|n| n.is_pi()) {
        let target = node.pi().map_or("", |p| p.target);
        removed.add(format!(
            "the processing instruction <?{}?>",
            shorten(target)
        ));
    }
    let kept = tree::clean(root, &mut removed)?;
    kept.check_copies()?;
    let (width, height) = size(root)?;
    Ok(Svg {
        bytes: kept.write().into_bytes(),
        width,
        height,
        removed: removed.list(),
    })
}

fn not_utf8(bytes: &[u8]) -> String {
    if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        "it is UTF-16 text, not UTF-8".into()
    } else {
        "it is not UTF-8 text".into()
    }
}

/// Whether the file has a DOCTYPE (which the parser must then be allowed to read); a
/// DOCTYPE with declarations of its own (`[ … ]`: entities, default attributes) is refused,
/// so nothing can be expanded or added behind the sanitiser's back.
///
/// Only the prolog is looked at (the XML declaration, comments, processing instructions and
/// spaces before the first element), which is the only place XML allows a DOCTYPE.
fn doctype(text: &str) -> Result<bool, String> {
    let mut rest = text;
    loop {
        rest = rest.trim_start_matches([' ', '\t', '\r', '\n']);
        if let Some(after) = rest.strip_prefix("<?") {
            rest = after.split_once("?>").map_or("", |(_, r)| r);
        } else if let Some(after) = rest.strip_prefix("<!--") {
            rest = after.split_once("-->").map_or("", |(_, r)| r);
        } else if let Some(after) = rest.strip_prefix("<!DOCTYPE") {
            return match internal_subset(after) {
                false => Ok(true),
                true => Err("it has a DOCTYPE with declarations of its own ([ … ]), which could expand or add content: remove the DOCTYPE".into()),
            };
        } else {
            return Ok(false);
        }
    }
}

/// Whether a DOCTYPE (after `<!DOCTYPE`) opens an internal subset before it ends.
fn internal_subset(doctype: &str) -> bool {
    let mut quote = None;
    for c in doctype.chars() {
        match (quote, c) {
            (Some(q), c) if c == q => quote = None,
            (Some(_), _) => {}
            (None, '"' | '\'') => quote = Some(c),
            (None, '[') => return true,
            (None, '>') => return false,
            (None, _) => {}
        }
    }
    // Unfinished: the parser refuses it.
    false
}

/// Text from the file, short and without control or direction characters, for messages.
fn shorten(text: &str) -> String {
    let mut out: String = text
        .chars()
        .take(60)
        .map(|c| {
            if c.is_control() || matches!(c, '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}') {
                '\u{fffd}'
            } else {
                c
            }
        })
        .collect();
    if text.chars().nth(60).is_some() {
        out.push('…');
    }
    out
}

/// The SVG's size in CSS pixels: `width`/`height` in pixels, else the `viewBox`.
fn size(root: Node) -> Result<(u32, u32), String> {
    let view_box: Option<Vec<f64>> = root.attribute("viewBox").map(|v| {
        v.split([' ', ',', '\t', '\n', '\r'])
            .filter(|p| !p.is_empty())
            .filter_map(|p| p.parse().ok())
            .collect()
    });
    let from_box = view_box.filter(|b| b.len() == 4 && b[2] > 0.0 && b[3] > 0.0);
    let w = pixels(root.attribute("width")).or(from_box.as_ref().map(|b| b[2]));
    let h = pixels(root.attribute("height")).or(from_box.as_ref().map(|b| b[3]));
    match (w, h) {
        (Some(w), Some(h)) => Ok((round(w), round(h))),
        _ => Err("it has no size: give the <svg> a viewBox (e.g. viewBox=\"0 0 160 160\")".into()),
    }
}

fn pixels(value: Option<&str>) -> Option<f64> {
    let v = value?.trim();
    let number = v.strip_suffix("px").unwrap_or(v);
    number
        .parse::<f64>()
        .ok()
        .filter(|n| n.is_finite() && *n > 0.0)
}

fn round(v: f64) -> u32 {
    v.round().clamp(1.0, 100_000.0) as u32
}

#[cfg(test)]
mod tests;
