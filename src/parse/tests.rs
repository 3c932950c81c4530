//! One test per authoring convention, on small Markdown texts.

use super::*;
use crate::diag::{Location, Severity};
use crate::document::{AdviceKind, AlertKind, Block, Inline, Target};

const FRONT: &str =
    "+++\ntitle = \"T\"\nsummary = \"S\"\nupdated = 2026-01-01\nreview_due = 2027-01-01\n+++\n";

fn parse_body(body: &str) -> (Option<Guide>, Vec<Diagnostic>, SourceMap) {
    parse_with(body, &["images/a.svg", "images/b.png"])
}

fn parse_with(body: &str, pictures: &[&str]) -> (Option<Guide>, Vec<Diagnostic>, SourceMap) {
    let mut map = SourceMap::new();
    let text = format!("{FRONT}{body}");
    let file = map.add(
        "content/g/index.md".into(),
        "content/g/index.md".into(),
        text,
    );
    let source = GuideSource {
        slug: "g".into(),
        dir: "content/g".into(),
        file,
        lang: None,
        pictures: pictures.iter().map(|p| (*p).to_owned()).collect(),
    };
    let (guide, diagnostics) = parse_guide(&source, &map, &Lang::parse("en").unwrap());
    (guide, diagnostics, map)
}

fn body(md: &str) -> Vec<Block> {
    let (guide, diagnostics, _) = parse_body(md);
    assert!(diagnostics.is_empty(), "{diagnostics:?}");
    guide.unwrap().body
}

/// The 1-based line of a diagnostic's start, for asserting positions.
fn line_of(d: &Diagnostic, map: &SourceMap) -> usize {
    match &d.location {
        Some(Location::Span { file, range }) => map.get(*file).line_col(range.start).0,
        other => panic!("no span: {other:?}"),
    }
}

#[test]
fn a_picture_followed_by_words_is_a_step() {
    let blocks = body("![A phone](images/a.svg)\nOpen the app.\n\nThen tap Next.\n");
    let [Block::Steps(steps)] = blocks.as_slice() else {
        panic!("{blocks:?}")
    };
    assert_eq!(steps.len(), 1);
    assert_eq!(steps[0].picture.src, "images/a.svg");
    assert_eq!(steps[0].picture.alt.to_plain(), "A phone");
    assert_eq!(steps[0].body.len(), 2, "both paragraphs belong to the step");
}

#[test]
fn steps_are_numbered_through_the_guide_and_end_at_headings() {
    let blocks = body(
        "![One](images/a.svg)\nOne.\n\n## Next part\n\n![Two](images/b.png)\nTwo.\n\n![Three](images/a.svg)\nThree.\n",
    );
    let steps: Vec<(usize, usize)> = crate::document::steps(&blocks)
        .map(|s| (s.number, s.total))
        .collect();
    assert_eq!(steps, [(1, 3), (2, 3), (3, 3)]);
    assert!(matches!(blocks[1], Block::Heading(_)));
}

#[test]
fn a_rule_ends_a_step() {
    let blocks = body("![One](images/a.svg)\nOne.\n\n---\n\nAfter.\n");
    assert!(matches!(
        blocks.as_slice(),
        [Block::Steps(_), Block::Rule(_), Block::Paragraph(_)]
    ));
}

#[test]
fn a_picture_on_its_own_is_not_a_step() {
    let blocks = body("## A\n\n![A map](images/a.svg)\n\n## B\n");
    assert!(matches!(blocks[1], Block::Picture(_)), "{blocks:?}");
}

#[test]
fn github_alerts_become_callouts() {
    for (marker, kind) in [
        ("NOTE", AlertKind::Note),
        ("TIP", AlertKind::Tip),
        ("IMPORTANT", AlertKind::Important),
        ("WARNING", AlertKind::Warning),
        ("CAUTION", AlertKind::Caution),
    ] {
        let blocks = body(&format!("> [!{marker}]\n> Call 999.\n"));
        let [Block::Alert(alert)] = blocks.as_slice() else {
            panic!("{blocks:?}")
        };
        assert_eq!(alert.kind, kind);
        assert!(matches!(&alert.body[0], Block::Paragraph(t) if t.to_plain() == "Call 999."));
    }
}

#[test]
fn do_and_dont_boxes() {
    let blocks = body(
        "> [!DO]\n> - Use a strong password.\n\n> [!DONT]\n> - Share your PIN.\n\n> [!DON'T]\n> - Click links in odd texts.\n",
    );
    let kinds: Vec<AdviceKind> = blocks
        .iter()
        .map(|b| {
            if let Block::Advice(a) = b {
                a.kind
            } else {
                panic!("{b:?}")
            }
        })
        .collect();
    assert_eq!(kinds, [AdviceKind::Do, AdviceKind::Dont, AdviceKind::Dont]);
    let Block::Advice(first) = &blocks[0] else {
        unreachable!()
    };
    assert!(matches!(&first.body[0], Block::List(l) if l.items.len() == 1));
}

#[test]
fn notes_for_helpers_are_their_own_block_however_the_marker_is_written() {
    for marker in ["HELPER", "Helper", "helper"] {
        let (guide, diagnostics, _) =
            parse_body(&format!("> [!{marker}]\n> Check they have their phone.\n"));
        assert!(diagnostics.is_empty(), "{diagnostics:?}");
        let body = guide.unwrap().body;
        let [Block::Helper(note)] = body.as_slice() else {
            panic!("{body:?}")
        };
        assert!(
            matches!(&note.body[0], Block::Paragraph(t) if t.to_plain() == "Check they have their phone.")
        );
    }
}

#[test]
fn strikethrough_footnotes_and_task_lists_are_warnings_at_their_place_not_literal_marks() {
    let source = "Call ~~111~~ your GP.[^1]\n\n[^1]: Or a pharmacy.\n\n- [ ] Charge your phone\n- [x] Find your NHS number\n";
    let (guide, diagnostics, map) = parse_body(source);
    let codes: Vec<&str> = diagnostics.iter().map(|d| d.code).collect();
    assert_eq!(codes, ["unsupported-markdown"; 5], "{diagnostics:?}");
    let body = guide.unwrap().body;
    let Block::Paragraph(first) = &body[0] else {
        panic!("{body:?}")
    };
    // The crossed-out words stay (not crossed out); the footnote mark goes.
    assert_eq!(first.to_plain(), "Call 111 your GP.");
    // The footnote's own words are not shown; the list stays, without its boxes.
    let Block::List(list) = &body[1] else {
        panic!("{body:?}")
    };
    assert_eq!(body.len(), 2, "{body:?}");
    let items: Vec<String> = list
        .items
        .iter()
        .map(|i| match &i[0] {
            Block::Paragraph(t) => t.to_plain(),
            other => panic!("{other:?}"),
        })
        .collect();
    assert_eq!(items, ["Charge your phone", "Find your NHS number"]);
    // Each warning is at its own mark.
    let mut shown: Vec<String> = diagnostics
        .iter()
        .map(|d| match &d.location {
            Some(Location::Span { file, range }) => map.get(*file).text()[range.clone()].to_owned(),
            other => panic!("no span: {other:?}"),
        })
        .collect();
    shown.sort();
    assert_eq!(
        shown,
        ["[ ]", "[^1]", "[^1]: Or a pharmacy.", "[x]", "~~111~~"]
    );
}

#[test]
fn unknown_callout_markers_are_warned_about() {
    let (guide, diagnostics, _) = parse_body("> [!DANGER]\n> Hot.\n");
    assert_eq!(diagnostics[0].code, "unknown-callout");
    assert!(matches!(guide.unwrap().body[0], Block::Quote(_)));
}

#[test]
fn an_unknown_marker_is_pointed_at_exactly_however_the_quote_is_written() {
    // Found by fuzzing: `>[!f]` at the end of a file had its span run past the end.
    for (body, marker) in [
        (">[!f]", "[!f]"),
        (">   [!éé]\n> x\n", "[!éé]"),
        ("> [!DANGER]", "[!DANGER]"),
        // Found by fuzzing: the parser's `’` for a typed `'` is longer than the file's byte.
        (">[!nohelp']", "[!nohelp"),
        ("> [!it’s]\n", "[!it"),
    ] {
        let (_, diagnostics, map) = parse_body(body);
        let d = diagnostics
            .iter()
            .find(|d| d.code == "unknown-callout")
            .unwrap();
        let Some(Location::Span { file, range }) = &d.location else {
            panic!("{d:?}")
        };
        assert_eq!(&map.get(*file).text()[range.clone()], marker);
    }
}

#[test]
fn a_nation_written_with_a_quote_is_pointed_at_inside_the_file() {
    for body in [">[!ONLY x']", ">[!ONLY wales x' é]\n> y\n"] {
        let (_, diagnostics, map) = parse_body(body);
        assert!(!diagnostics.is_empty());
        for d in &diagnostics {
            if let Some(Location::Span { file, range }) = &d.location {
                let text = map.get(*file).text();
                assert!(range.end <= text.len(), "{body}: {d:?}");
                assert!(text.get(range.clone()).is_some(), "{body}: {d:?}");
            }
        }
    }
}

#[test]
fn headings_get_stable_unique_ids() {
    let blocks = body(
        "## What you need\n\n## Get help\n\n## Get help\n\n## Sources {#where-from}\n\n## Step 1\n\n![x](images/a.svg)\nx\n",
    );
    let ids: Vec<&str> = blocks
        .iter()
        .filter_map(|b| {
            if let Block::Heading(h) = b {
                Some(h.id.as_str())
            } else {
                None
            }
        })
        .collect();
    assert_eq!(
        ids,
        [
            "what-you-need",
            "get-help",
            "get-help-2",
            "where-from",
            "step-1-2"
        ]
    );
}

#[test]
fn a_top_level_heading_becomes_a_section_heading_with_a_warning() {
    let (guide, diagnostics, map) = parse_body("\n# Big\n");
    assert_eq!(diagnostics[0].code, "h1-in-body");
    assert_eq!(line_of(&diagnostics[0], &map), 8);
    assert!(matches!(&guide.unwrap().body[0], Block::Heading(h) if h.level == 2));
}

#[test]
fn tables_keep_header_cells() {
    let blocks = body("| Day | Time |\n|---|---|\n| Monday | 9am |\n");
    let [Block::Table(t)] = blocks.as_slice() else {
        panic!("{blocks:?}")
    };
    assert_eq!(
        t.head.iter().map(|c| c.to_plain()).collect::<Vec<_>>(),
        ["Day", "Time"]
    );
    assert_eq!(t.rows[0][0].to_plain(), "Monday");
}

#[test]
fn links_are_classified() {
    let blocks =
        body("See [the app guide](../nhs-app/#step-2), [step 1](#step-1) or [111](tel:111).\n");
    let [Block::Paragraph(p)] = blocks.as_slice() else {
        panic!()
    };
    let targets: Vec<&Target> = p
        .inlines
        .iter()
        .filter_map(|i| {
            if let Inline::Link(l) = i {
                Some(&l.target)
            } else {
                None
            }
        })
        .collect();
    assert_eq!(
        targets,
        [
            &Target::Guide {
                slug: "nhs-app".into(),
                anchor: Some("step-2".into())
            },
            &Target::Anchor("step-1".into()),
            &Target::External("tel:111".into()),
        ]
    );
}

#[test]
fn a_picture_without_alt_text_is_an_error_at_its_line() {
    let (_, diagnostics, map) = parse_body("Intro.\n\n![](images/a.svg)\nStep.\n");
    let d = diagnostics
        .iter()
        .find(|d| d.code == "missing-alt")
        .expect("missing-alt");
    assert_eq!(d.severity, Severity::Error);
    assert_eq!(line_of(d, &map), 9);
}

#[test]
fn a_missing_picture_is_an_error_with_a_suggestion() {
    let (_, diagnostics, map) = parse_body("![A phone](images/A.svg)\nStep.\n");
    let d = &diagnostics[0];
    assert_eq!(d.code, "missing-picture");
    assert_eq!(line_of(d, &map), 7);
    assert_eq!(d.help.as_deref(), Some("did you mean `images/a.svg`?"));
}

#[test]
fn raw_html_is_dropped_with_a_warning() {
    let (guide, diagnostics, map) =
        parse_body("Hello <b>world</b>.\n\n<div>block</div>\n\n<!-- a note for authors -->\n");
    let codes: Vec<_> = diagnostics
        .iter()
        .map(|d| (d.code, line_of(d, &map)))
        .collect();
    assert_eq!(codes, [("raw-html", 7), ("raw-html", 7), ("raw-html", 9)]);
    let body = guide.unwrap().body;
    assert_eq!(
        body.len(),
        1,
        "the HTML block and the comment are gone: {body:?}"
    );
    assert_eq!(
        if let Block::Paragraph(p) = &body[0] {
            p.to_plain()
        } else {
            String::new()
        },
        "Hello world."
    );
}

#[test]
fn unsafe_links_are_errors_and_keep_their_words() {
    let (guide, diagnostics, _) = parse_body("Press [here](javascript:alert(1)).\n");
    assert_eq!(diagnostics[0].code, "bad-link");
    let body = guide.unwrap().body;
    assert!(matches!(&body[0], Block::Paragraph(p) if p.to_plain() == "Press here."));
}

#[test]
fn a_picture_inside_a_sentence_is_a_warning() {
    let (_, diagnostics, _) = parse_body("Tap the ![menu icon](images/a.svg) button.\n");
    assert_eq!(diagnostics[0].code, "picture-in-text");
}

#[test]
fn spans_point_into_the_whole_file() {
    let (guide, _, map) = parse_body("## Title here\n");
    let guide = guide.unwrap();
    let Block::Heading(h) = &guide.body[0] else {
        panic!()
    };
    let text = map.get(guide.file).text();
    assert_eq!(&text[h.text.span.clone()], "## Title here");
}

#[test]
fn every_front_matter_and_body_problem_is_reported_at_once() {
    let mut map = SourceMap::new();
    let text = "+++\ntitle = \"T\"\nsumary = \"S\"\nupdated = 2026-01-01\nreview_due = 2027-01-01\n+++\n![](images/x.svg)\n";
    let file = map.add("g".into(), "g".into(), text.into());
    let source = GuideSource {
        slug: "g".into(),
        dir: "g".into(),
        file,
        lang: None,
        pictures: vec![],
    };
    let (guide, diagnostics) = parse_guide(&source, &map, &Lang::parse("en").unwrap());
    let guide = guide.expect("a stand-in, so the body is checked too");
    assert!(guide.stand_in, "never published");
    assert_eq!(guide.meta.title.to_plain(), "g");
    let codes: Vec<_> = diagnostics.iter().map(|d| d.code).collect();
    assert_eq!(
        codes,
        [
            "unknown-key",
            "missing-key",
            "missing-alt",
            "missing-picture"
        ]
    );
}

#[test]
fn slugify_keeps_letters_of_any_script() {
    assert_eq!(slugify("What you need!"), "what-you-need");
    assert_eq!(slugify("Don't panic"), "dont-panic");
    assert_eq!(
        slugify("Beth sydd ei angen arnoch"),
        "beth-sydd-ei-angen-arnoch"
    );
    assert_eq!(slugify("ما تحتاجه"), "ما-تحتاجه");
}

#[test]
fn a_bulleted_list_with_a_picture_on_every_item_is_a_picture_list_not_steps() {
    let blocks = body(
        "![One](images/a.svg)\nA real step.\n\n- ![A link in a text](images/a.svg)\n  A link you did not expect.\n- ![A clock](images/b.png)\n  A message that rushes you.\n\nAfter the list.\n",
    );
    let [
        Block::Steps(steps),
        Block::PictureList(items),
        Block::Paragraph(_),
    ] = blocks.as_slice()
    else {
        panic!("the list ends the step: {blocks:?}")
    };
    assert_eq!(
        (steps[0].number, steps[0].total),
        (1, 1),
        "only real steps count"
    );
    assert_eq!(items.len(), 2);
    assert_eq!(items[0].picture.alt.to_plain(), "A link in a text");
    assert!(
        matches!(&items[1].body[..], [Block::Paragraph(t)] if t.to_plain() == "A message that rushes you.")
    );
}

#[test]
fn numbered_or_mixed_lists_are_not_picture_lists() {
    let blocks = body("1. ![One](images/a.svg)\n   One.\n2. ![Two](images/b.png)\n   Two.\n");
    assert!(
        matches!(&blocks[..], [Block::List(l)] if l.start == Some(1)),
        "{blocks:?}"
    );
    let (guide, diagnostics, map) =
        parse_body("- ![One](images/a.svg)\n  One.\n- Two, with no picture.\n");
    assert!(matches!(&guide.unwrap().body[..], [Block::List(_)]));
    assert_eq!(diagnostics[0].code, "mixed-picture-list");
    assert_eq!(line_of(&diagnostics[0], &map), 9);
}

#[test]
fn picture_list_items_and_callout_pictures_keep_the_alt_text_rules() {
    let (_, diagnostics, map) = parse_body("- ![](images/a.svg)\n  Words.\n");
    assert_eq!(diagnostics[0].code, "missing-alt");
    assert_eq!(line_of(&diagnostics[0], &map), 7);
    let (_, diagnostics, map) = parse_body("> [!CAUTION]\n> ![](images/a.svg)\n> Call 999.\n");
    assert_eq!(diagnostics[0].code, "missing-alt");
    assert_eq!(line_of(&diagnostics[0], &map), 8);
    let (_, diagnostics, _) = parse_body("- ![A phone](images/a.svg)\n- ![A map](images/b.png)\n");
    assert_eq!(diagnostics[0].code, "picture-without-words");
}

#[test]
fn a_callout_that_starts_with_a_picture_shows_it_beside_its_words() {
    let blocks = body(
        "> [!CAUTION]\n> ![An ambulance with blue lights](images/a.svg)\n> **Call 999** now.\n>\n> - if they cannot breathe\n",
    );
    let [Block::Alert(alert)] = blocks.as_slice() else {
        panic!("{blocks:?}")
    };
    assert_eq!(alert.kind, AlertKind::Caution);
    let picture = alert.picture.as_ref().expect("a picture");
    assert_eq!(picture.alt.to_plain(), "An ambulance with blue lights");
    assert!(
        matches!(&alert.body[..], [Block::Paragraph(t), Block::List(_)] if t.to_plain() == "Call 999 now.")
    );
    let blocks = body("> [!NOTE]\n> Words first.\n>\n> ![A map](images/a.svg)\n");
    let [Block::Alert(alert)] = blocks.as_slice() else {
        panic!("{blocks:?}")
    };
    assert!(
        alert.picture.is_none(),
        "only a picture at the start goes beside"
    );
}

#[test]
fn only_passages_name_their_nations() {
    use crate::document::Nation;
    let blocks = body(
        "> [!ONLY wales]\n> Use the NHS Wales App.\n\n> [!only Scotland, England]\n> Words.\n\n> [!ONLY northern ireland]\n> Words.\n",
    );
    let nations: Vec<Vec<Nation>> = blocks
        .iter()
        .map(|b| match b {
            Block::Nations(p) => p.nations.clone(),
            other => panic!("{other:?}"),
        })
        .collect();
    assert_eq!(
        nations,
        [
            vec![Nation::Wales],
            vec![Nation::England, Nation::Scotland],
            vec![Nation::NorthernIreland]
        ]
    );
    let Block::Nations(first) = &blocks[0] else {
        unreachable!()
    };
    assert!(
        matches!(&first.body[..], [Block::Paragraph(t)] if t.to_plain() == "Use the NHS Wales App.")
    );
}

#[test]
fn an_unknown_nation_is_an_error_at_its_word_with_a_suggestion() {
    let (_, diagnostics, map) = parse_body("Intro.\n\n> [!ONLY england walse]\n> Words.\n");
    let d = &diagnostics[0];
    assert_eq!((d.code, d.severity), ("unknown-nation", Severity::Error));
    assert_eq!(d.help.as_deref(), Some("did you mean `wales`?"));
    let Some(Location::Span { file, range }) = &d.location else {
        panic!()
    };
    assert_eq!(&map.get(*file).text()[range.clone()], "walse");
    assert_eq!(map.get(*file).line_col(range.start), (9, 18));
    let (_, diagnostics, _) = parse_body("> [!ONLY]\n> Words.\n");
    assert_eq!(diagnostics[0].code, "unknown-nation");
    assert!(diagnostics[0].message.contains("which nations"));
}

/// Parses `body` on a thread with a 256 KiB stack (an eighth of a worker thread's), so a
/// walk whose depth follows the input's would overflow it.
fn parse_on_small_stack(body: String) -> (Vec<Diagnostic>, SourceMap) {
    std::thread::Builder::new()
        .stack_size(256 * 1024)
        .spawn(move || {
            let (guide, diagnostics, map) = parse_body(&body);
            drop(guide);
            (diagnostics, map)
        })
        .expect("thread")
        .join()
        .expect("no overflow")
}

#[test]
fn a_hundred_thousand_levels_of_nesting_are_one_error_at_the_level_that_passes_the_limit() {
    let deep = 100_000;
    let cases = [
        ("quotes", format!("Intro.\n\n{}deep\n", ">".repeat(deep))),
        ("lists", format!("Intro.\n\n{}deep\n", "- ".repeat(deep))),
        (
            "emphasis",
            format!("Intro.\n\n{0}deep{0}\n", "*".repeat(deep)),
        ),
        (
            "pictures in descriptions",
            format!(
                "Intro.\n\n{}deep{}\n",
                "_![".repeat(deep),
                "](images/a.svg)_".repeat(deep)
            ),
        ),
    ];
    for (what, body) in cases {
        let (diagnostics, map) = parse_on_small_stack(body);
        let deep: Vec<_> = diagnostics
            .iter()
            .filter(|d| d.code == "too-deep")
            .collect();
        assert_eq!(deep.len(), 1, "{what}: {diagnostics:?}");
        assert_eq!(line_of(deep[0], &map), 9, "{what}: the line of the nesting");
    }
}

#[test]
fn nesting_just_inside_the_limit_builds_on_a_small_stack() {
    use crate::document::MAX_NESTING;
    // Paragraph inside quotes: MAX_NESTING containers in all.
    let body = format!("{}deep\n", ">".repeat(MAX_NESTING - 1));
    let (diagnostics, _) = parse_on_small_stack(body);
    assert!(diagnostics.is_empty(), "{diagnostics:?}");
}
