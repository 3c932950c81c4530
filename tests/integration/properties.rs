//! Properties that must hold for any input, checked with proptest on generated inputs (a
//! few hundred cases each, a few seconds in all): the SVG sanitiser, picture decoding with
//! limits, reading `.ftl` files, and front matter with Markdown. `PROPTEST_CASES` raises the
//! number of cases for a longer run.

use std::collections::BTreeMap;
use std::io::Cursor;
use std::path::PathBuf;

use easyguide::assets::{decode, svg};
use easyguide::config::Pictures;
use easyguide::diag::{Location, SourceMap};
use easyguide::lang::Lang;
use easyguide::load::GuideSource;
use easyguide::translate::catalog::Catalog;
use proptest::prelude::*;
use proptest::sample::select;

use crate::support::svg::unsafe_part;

fn config(cases: u32) -> ProptestConfig {
    ProptestConfig {
        cases: std::env::var("PROPTEST_CASES")
            .ok()
            .and_then(|c| c.parse().ok())
            .unwrap_or(cases),
        max_shrink_iters: 500,
        ..ProptestConfig::default()
    }
}

// ---- SVG ----

const ELEMENTS: &[&str] = &[
    "g",
    "rect",
    "circle",
    "path",
    "text",
    "tspan",
    "a",
    "script",
    "foreignObject",
    "style",
    "use",
    "image",
    "animate",
    "set",
    "defs",
    "linearGradient",
    "stop",
    "filter",
    "feImage",
    "h:div",
    "h:script",
    "h:meta",
    "metadata",
    "title",
    "switch",
    "iframe",
    "mask",
    "pattern",
    "clipPath",
    "symbol",
    "textPath",
    "marker",
    "svg",
    "font-face-uri",
    "handler",
];

const ATTRIBUTES: &[&str] = &[
    "id",
    "class",
    "style",
    "fill",
    "stroke",
    "href",
    "xlink:href",
    "onclick",
    "onload",
    "OnLoad",
    "x",
    "width",
    "d",
    "transform",
    "clip-path",
    "mask",
    "filter",
    "cursor",
    "xml:base",
    "xml:space",
    "h:onclick",
    "data-x",
    "begin",
    "attributeName",
    "values",
    "to",
    "type",
    "marker-end",
    "font-family",
    "requiredExtensions",
    "src",
];

const VALUES: &[&str] = &[
    "#a",
    "url(#a)",
    "url(http://x.example/a)",
    "url( '//x.example/a' )",
    "javascript:alert(1)",
    " java&#9;script:alert(1)",
    "&#106;avascript:alert(1)",
    "u\\72l(http://x.example/)",
    "\\75 rl(http://x.example/)",
    "expression(alert(1))",
    "@import 'http://x.example/a.css';",
    "fill:url(http://x.example/#a);stroke:red",
    "fill: red; background: url(x.png)",
    "image-set('http://x.example/a.png' 1x)",
    "var(--a)",
    "data:image/svg+xml,&lt;svg/&gt;",
    "vbscript:x",
    "http://x.example/",
    "a.svg#b",
    "red",
    "none",
    "0 0 10 10",
    "M0 0L10 10",
    "rotate(45 5 5)",
    "text/css",
    "text/xsl",
    "href",
    "onclick",
    "#a b",
    "url(#)",
    "&#x202e;",
    "calc(1px + min(2px, 3px))",
    "rgb(1, 2, 3)",
];

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('"', "&quot;")
}

fn value() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => select(VALUES).prop_map(str::to_owned),
        1 => "[ -~]{0,24}".prop_map(|s| escape(&s)),
    ]
}

fn attributes() -> impl Strategy<Value = String> {
    prop::collection::btree_map(select(ATTRIBUTES), value(), 0..4).prop_map(|attrs| {
        attrs
            .into_iter()
            .map(|(name, value)| format!(" {name}=\"{value}\""))
            .collect()
    })
}

fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        "[a-z <>&]{0,12}".prop_map(|s| escape(&s)),
        select(VALUES).prop_map(|v| format!("<![CDATA[ .a {{ fill: {v} }} ]]>")),
        Just("<!-- a comment -->".to_owned()),
        Just("<?xml-stylesheet href=\"http://x.example/a.css\"?>".to_owned()),
    ]
}

fn svg_body() -> impl Strategy<Value = String> {
    let leaf = prop_oneof![
        text(),
        (select(ELEMENTS), attributes()).prop_map(|(name, attrs)| format!("<{name}{attrs}/>")),
    ];
    leaf.prop_recursive(6, 48, 4, |inner| {
        (
            select(ELEMENTS),
            attributes(),
            prop::collection::vec(inner, 0..4),
        )
            .prop_map(|(name, attrs, children)| {
                format!("<{name}{attrs}>{}</{name}>", children.concat())
            })
    })
}

fn svg_document() -> impl Strategy<Value = String> {
    let prolog = select(
        &[
            "",
            "<?xml version=\"1.0\"?>",
            "<!-- made by hand -->",
            "<!DOCTYPE svg PUBLIC \"-//W3C//DTD SVG 1.1//EN\" \"http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd\">",
            "<?xml-stylesheet href=\"http://x.example/a.css\"?>",
        ][..],
    );
    (prolog, attributes(), prop::collection::vec(svg_body(), 0..5)).prop_map(
        |(prolog, attrs, body)| {
            format!(
                "{prolog}<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" xmlns:h=\"http://www.w3.org/1999/xhtml\" viewBox=\"0 0 10 10\"{attrs}>{}</svg>",
                body.concat()
            )
        },
    )
}

proptest! {
    #![proptest_config(config(400))]

    /// Whatever a drawing holds, what is published is safe, parses again, and does not
    /// change when sanitised again.
    #[test]
    fn sanitised_svg_is_safe_parses_again_and_is_stable(doc in svg_document()) {
        if let Ok(out) = svg::prepare(doc.as_bytes()) {
            prop_assert_eq!(unsafe_part(&out.bytes), None, "{}\n→ {}", doc, String::from_utf8_lossy(&out.bytes));
            let again = svg::prepare(&out.bytes).expect("the output is an SVG too");
            prop_assert_eq!(&again.bytes, &out.bytes);
            prop_assert!(again.removed.is_empty(), "{:?}", again.removed);
        }
    }

    /// Any bytes at all are either refused or sanitised; nothing panics.
    #[test]
    fn svg_from_any_bytes_never_panics(bytes in prop::collection::vec(any::<u8>(), 0..512)) {
        let _ = svg::prepare(&bytes);
    }
}

// ---- picture decoding ----

/// Small valid pictures in every format read, for mutation.
fn seeds() -> Vec<Vec<u8>> {
    let mut image = image::RgbaImage::from_pixel(12, 9, image::Rgba([20, 90, 200, 255]));
    image.put_pixel(3, 4, image::Rgba([250, 10, 10, 128]));
    let mut out = Vec::new();
    for format in [
        image::ImageFormat::Png,
        image::ImageFormat::Gif,
        image::ImageFormat::WebP,
    ] {
        let mut bytes = Cursor::new(Vec::new());
        image::DynamicImage::ImageRgba8(image.clone())
            .write_to(&mut bytes, format)
            .unwrap();
        out.push(bytes.into_inner());
    }
    let mut jpeg = Cursor::new(Vec::new());
    image::DynamicImage::ImageRgba8(image)
        .to_rgb8()
        .write_to(&mut jpeg, image::ImageFormat::Jpeg)
        .unwrap();
    out.push(jpeg.into_inner());
    out
}

/// A picture with some bytes changed, some cut off, or some put in.
fn mutated() -> impl Strategy<Value = Vec<u8>> {
    let seeds = seeds();
    (
        0..seeds.len(),
        prop::collection::vec((any::<prop::sample::Index>(), any::<u8>()), 0..8),
        any::<prop::sample::Index>(),
        any::<bool>(),
    )
        .prop_map(move |(seed, changes, cut, truncate)| {
            let mut bytes = seeds[seed].clone();
            for (at, byte) in changes {
                let i = at.index(bytes.len());
                bytes[i] = byte;
            }
            if truncate {
                bytes.truncate(cut.index(bytes.len() + 1));
            }
            bytes
        })
}

fn limits() -> Pictures {
    Pictures {
        max_pixels: 1_000_000,
        ..Pictures::default()
    }
}

proptest! {
    #![proptest_config(config(400))]

    /// Damaged pictures are refused or decoded within the limits; nothing panics.
    #[test]
    fn damaged_pictures_decode_within_limits_or_are_refused(bytes in mutated()) {
        if let Ok(p) = decode::decode(&bytes, &limits()) {
            prop_assert!(u64::from(p.width) * u64::from(p.height) <= limits().max_pixels);
            let channels = if p.alpha { 4 } else { 3 };
            prop_assert_eq!(p.data.len(), p.width as usize * p.height as usize * channels);
        }
    }

    /// Any bytes at all are refused or decoded; nothing panics.
    #[test]
    fn pictures_from_any_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..256)) {
        let _ = decode::decode(&bytes, &limits());
    }
}

// ---- .ftl files ----

fn ftl_text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        select(
            &[
                "site-title = ",
                "# status: reviewed\n",
                "## Group\n",
                "# stale: x\n",
                "# obsolete:\n",
                "-term = Term\n",
                "msg = { $link1 }",
                "{ -term }",
                "{ msg }",
                "{ $n ->\n [one] one\n *[other] many\n}\n",
                "\n  continued",
                "{ \"\\u0041\" }",
                "{",
                "}",
                "[",
                "]",
                "*",
                ".attr = x\n",
                "# id =\n",
                "\u{202e}",
                "\r\n",
                "\t",
                "= =",
                "{ NUMBER($n) }",
                "{ $n -> }",
            ][..]
        )
        .prop_map(str::to_owned),
        "[a-z0-9 =\n{}$#.-]{0,16}",
        "\\PC{0,8}",
    ];
    prop::collection::vec(piece, 0..24).prop_map(|p| p.concat())
}

proptest! {
    #![proptest_config(config(600))]

    /// A message file is read whatever it holds: good messages kept, errors listed.
    #[test]
    fn ftl_files_are_always_read(text in ftl_text()) {
        let catalog = Catalog::read(&text);
        let _ = catalog.status();
        for (id, (_, offset)) in catalog.messages() {
            prop_assert!(offset <= text.len(), "{} at {}", id, offset);
        }
    }
}

// ---- front matter and Markdown ----

const FRONT_MATTER: &[&str] = &[
    "+++\ntitle = \"A guide\"\nsummary = \"Short.\"\nupdated = 2026-01-10\nreview_due = 2027-01-10\n+++\n",
    "+++\ntitle = \"A guide\"\n",
    "+++\n+++\n",
    "---\ntitle: x\n---\n",
    "+++\ntitle = \"\"\nsummary = \"x\"\nupdated = 2026-02-31\nreview_due = \"soon\"\ntagz = 1\n+++\n",
    "+++\ntitle = [1, 2]\nsummary = { a = 1 }\nupdated = 2026-01-10\nreview_due = 2027-01-10\nyou_need = [\"x\"]\ntime = \"5 minutes\"\n[glossary]\nGP = \"a doctor\"\n+++\n",
    "",
];

const MARKDOWN: &[&str] = &[
    "## Heading\n\n",
    "# Title\n\n",
    "![A phone](images/phone.svg)\nTap it.\n\n",
    "![](images/none.png)\n",
    "![A](../../etc/passwd)\n",
    "> [!WARNING]\n> Careful.\n\n",
    "> [!DO]\n> - Yes\n\n",
    "> [!DONT]\n> - No\n\n",
    "> [!NOPE]\n> x\n\n",
    "- item\n- item\n\n",
    "1. one\n2. two\n\n",
    "| a | b |\n|---|---|\n| 1 | 2 |\n\n",
    "<script>alert(1)</script>\n\n",
    "[link](../other/)",
    "[x](javascript:alert(1))",
    "[tel](tel:111)",
    "**bold** *it*",
    "`code`",
    "```\nfence\n```\n\n",
    "## Step {#step-1}\n\n",
    "\u{202e}",
    "&amp; &#0; &#x110000;",
    "\n",
    "  ",
    "\\",
    "[^1]\n\n[^1]: note\n",
    "<!-- x -->",
    "---\n\n",
    "~~~\n",
    "\r\n",
    "[a]: /b\n",
    "> > > quoted\n\n",
    "- - - nested\n\n",
    "![a](images/a.svg \"title\")\n",
    "{#id}",
];

fn guide_text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        4 => select(MARKDOWN).prop_map(str::to_owned),
        1 => "\\PC{0,12}",
    ];
    (select(FRONT_MATTER), prop::collection::vec(piece, 0..30))
        .prop_map(|(front, body)| format!("{front}{}", body.concat()))
}

fn parse_one(text: &str) -> Vec<(usize, usize, usize)> {
    let mut map = SourceMap::new();
    let file = map.add(
        PathBuf::from("content/g/index.md"),
        "content/g/index.md".into(),
        text.to_owned(),
    );
    let source = GuideSource {
        slug: "g".into(),
        dir: PathBuf::from("content/g"),
        file,
        lang: None,
        pictures: vec!["images/phone.svg".into(), "images/a.svg".into()],
    };
    let lang = Lang::parse("en").unwrap();
    let (_, diagnostics) = easyguide::parse::parse_guide(&source, &map, &lang);
    let text = map.get(file).text();
    diagnostics
        .iter()
        .filter_map(|d| match &d.location {
            Some(Location::Span { range, .. }) => Some((range.start, range.end, text.len())),
            _ => None,
        })
        .collect()
}

proptest! {
    #![proptest_config(config(400))]

    /// A guide is parsed whatever it holds, and every message points inside the file.
    #[test]
    fn guides_are_always_parsed_with_spans_inside_the_file(text in guide_text()) {
        for (start, end, len) in parse_one(&text) {
            prop_assert!(start <= end && end <= len, "{}..{} in {} bytes", start, end, len);
            prop_assert!(text.is_char_boundary(start) && text.is_char_boundary(end));
        }
    }
}

#[test]
fn the_generators_reach_what_they_are_meant_to() {
    // A guard against properties that pass because their inputs never get anywhere.
    use proptest::strategy::ValueTree;
    let mut runner = proptest::test_runner::TestRunner::deterministic();
    let mut outcomes: BTreeMap<&str, usize> = BTreeMap::new();
    for _ in 0..200 {
        let doc = svg_document().new_tree(&mut runner).unwrap().current();
        let key = match svg::prepare(doc.as_bytes()) {
            Ok(out) if out.removed.is_empty() => "kept whole",
            Ok(_) => "cleaned",
            Err(_) => "refused",
        };
        *outcomes.entry(key).or_default() += 1;
    }
    assert!(
        outcomes.get("cleaned").copied().unwrap_or(0) > 50,
        "{outcomes:?}"
    );
    let mut decoded = 0;
    for _ in 0..200 {
        let bytes = mutated().new_tree(&mut runner).unwrap().current();
        decoded += usize::from(decode::decode(&bytes, &limits()).is_ok());
    }
    assert!(
        decoded > 10,
        "only {decoded} of 200 damaged pictures decoded"
    );
    let mut clean = 0;
    for _ in 0..200 {
        let text = guide_text().new_tree(&mut runner).unwrap().current();
        clean += usize::from(parse_one(&text).is_empty());
    }
    assert!(
        clean > 5,
        "only {clean} of 200 guides had no finding in their text"
    );
}
