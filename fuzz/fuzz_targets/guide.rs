//! Any text as a guide's `index.md`: parsed (front matter and Markdown), never a panic, and
//! every message points inside the file. Inputs are kept under 1 KB, so nesting stays below
//! a few hundred levels: deep nesting is a known limit of the parser, to be bounded there.
#![no_main]

use std::path::PathBuf;

use easyguide::diag::{Location, SourceMap};
use easyguide::lang::Lang;
use easyguide::load::GuideSource;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    if text.len() > 1024 {
        return;
    }
    let mut map = SourceMap::new();
    let file = map.add(PathBuf::from("index.md"), "index.md".into(), text.to_owned());
    let source = GuideSource {
        slug: "guide".into(),
        dir: PathBuf::from("content/guide"),
        file,
        lang: None,
        pictures: vec!["images/phone.svg".into()],
    };
    let lang = Lang::parse("en").expect("a valid tag");
    let (_, diagnostics) = easyguide::parse::parse_guide(&source, &map, &lang);
    for d in diagnostics {
        if let Some(Location::Span { range, .. }) = d.location {
            assert!(range.start <= range.end && range.end <= text.len());
            assert!(text.is_char_boundary(range.start) && text.is_char_boundary(range.end));
        }
    }
});
