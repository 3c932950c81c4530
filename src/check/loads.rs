//! What a page loads, read the way a phone's browser would read it.
//!
//! Takes a written page's tokens (from the one pass over each page, `page`) and the phone's
//! window width and pixel ratio; produces the addresses of the stylesheets, scripts (and
//! inline script) and pictures the page loads. For a `<picture>`, the first `<source>` is
//! used (the pipeline writes WebP there, which every current browser reads), else the
//! `<img>`; from a `srcset`, the narrowest candidate wide enough for the slot that `sizes`
//! gives at the phone's width, times its pixel ratio.

use html5ever::tokenizer::{CharacterTokens, EndTag, StartTag, Tag, TagToken, Token};

use crate::config::sizes::{Sizes, pick};

/// What the page loads, in the order it asks.
#[derive(Debug, Default, Clone)]
pub struct Loads {
    /// Stylesheets linked.
    pub stylesheets: Vec<String>,
    /// Scripts linked.
    pub scripts: Vec<String>,
    /// The text of every inline script, together.
    pub inline_script: String,
    /// The picture files a phone picks.
    pub pictures: Vec<String>,
}

/// The state of reading one page for what it loads, driven token by token by the page pass.
#[derive(Default)]
pub(crate) struct Scan {
    loads: Loads,
    in_script: bool,
    /// Inside a `<picture>`: whether a file was already chosen from one of its `<source>`s.
    picture: Option<bool>,
    phone_width: f64,
    dpr: f64,
}

impl Scan {
    /// A scanner for a phone `phone_width` CSS pixels wide at pixel ratio `dpr`.
    pub fn new(phone_width: f64, dpr: f64) -> Self {
        Scan {
            phone_width,
            dpr,
            ..Scan::default()
        }
    }

    /// Reads one token.
    pub fn token(&mut self, token: &Token) {
        match token {
            TagToken(tag) if tag.kind == StartTag => self.start(tag),
            TagToken(tag) if tag.kind == EndTag => match &*tag.name {
                "script" => self.in_script = false,
                "picture" => self.picture = None,
                _ => {}
            },
            CharacterTokens(text) if self.in_script => self.loads.inline_script.push_str(text),
            _ => {}
        }
    }

    /// What the page loads.
    pub fn finish(self) -> Loads {
        self.loads
    }

    fn start(&mut self, tag: &Tag) {
        let attr = |n: &str| {
            tag.attrs
                .iter()
                .find(|a| &*a.name.local == n)
                .map(|a| a.value.to_string())
        };
        match &*tag.name {
            "link"
                if attr("rel").is_some_and(|r| r.split_whitespace().any(|x| x == "stylesheet")) =>
            {
                self.loads.stylesheets.extend(attr("href"));
            }
            "script" if !is_javascript(attr("type").as_deref()) => {}
            "script" => {
                self.in_script = attr("src").is_none();
                self.loads.scripts.extend(attr("src"));
            }
            "picture" => self.picture = Some(false),
            "source" if self.picture == Some(false) => {
                if let Some(url) = self.choose(attr("srcset"), None, attr("sizes")) {
                    self.loads.pictures.push(url);
                    self.picture = Some(true);
                }
            }
            "img" if self.picture != Some(true) => {
                self.loads
                    .pictures
                    .extend(self.choose(attr("srcset"), attr("src"), attr("sizes")));
            }
            _ => {}
        }
    }

    /// The file a phone's browser loads from a `srcset` (or `src`) and `sizes`.
    fn choose(
        &self,
        srcset: Option<String>,
        src: Option<String>,
        sizes: Option<String>,
    ) -> Option<String> {
        let candidates: Vec<(String, Option<u32>, f64)> = srcset
            .iter()
            .flat_map(|s| s.split(','))
            .filter_map(candidate)
            .collect();
        if candidates.is_empty() {
            return src.filter(|s| !s.trim().is_empty());
        }
        // No `sizes` (or one this check cannot read) means 100vw, as in the HTML standard.
        let slot = sizes
            .and_then(|s| Sizes::parse(&s).ok())
            .map_or(self.phone_width, |s| s.width_at(self.phone_width));
        let widths: Vec<u32> = candidates
            .iter()
            .map(|(_, w, x)| w.unwrap_or((x * slot).round() as u32))
            .collect();
        pick(&widths, slot * self.dpr).map(|i| candidates[i].0.clone())
    }
}

/// `a.webp 256w` → ("a.webp", Some(256), 1.0); `a.png 2x` → ("a.png", None, 2.0).
fn candidate(text: &str) -> Option<(String, Option<u32>, f64)> {
    let mut words = text.split_whitespace();
    let url = words.next()?.to_owned();
    let descriptor = words.next().unwrap_or("1x");
    if let Some(w) = descriptor.strip_suffix('w') {
        return Some((url, w.parse().ok(), 1.0));
    }
    let x = descriptor
        .strip_suffix('x')
        .and_then(|x| x.parse().ok())
        .unwrap_or(1.0);
    Some((url, None, x))
}

/// True when a `<script type>` runs: no type, `module`, or a JavaScript MIME type. Any
/// other type (`application/ld+json` structured data) is a data block browsers never run.
pub(crate) fn is_javascript(kind: Option<&str>) -> bool {
    let Some(kind) = kind.map(|k| k.trim().to_ascii_lowercase()) else {
        return true;
    };
    let essence = kind.split(';').next().unwrap_or("").trim();
    essence.is_empty()
        || essence == "module"
        || [
            "application/ecmascript",
            "application/javascript",
            "application/x-ecmascript",
            "application/x-javascript",
            "text/ecmascript",
            "text/javascript",
            "text/javascript1.0",
            "text/javascript1.1",
            "text/javascript1.2",
            "text/javascript1.3",
            "text/javascript1.4",
            "text/javascript1.5",
            "text/jscript",
            "text/livescript",
            "text/x-ecmascript",
            "text/x-javascript",
        ]
        .contains(&essence)
}
