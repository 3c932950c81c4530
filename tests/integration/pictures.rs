//! Pictures: resized and encoded once, cached, refused when unsafe or too large, chosen per
//! language, and weighed against the page budgets.

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;

use easyguide::assets::decode::{self, Refusal};
use easyguide::config::Pictures;

use super::helper::Site;
use crate::support::{bomb, photo};

/// The line of `content/first/index.md` that shows `calendar.png`, as `path:line:1`.
fn calendar_line(site: &Site) -> String {
    let text = site.read("content/first/index.md");
    let line = text
        .lines()
        .position(|l| l.contains("images/calendar.png"))
        .unwrap()
        + 1;
    format!("content/first/index.md:{line}:1")
}

/// The `srcset` widths of every `<source>` and `<img>` on a page.
fn srcset_widths(html: &str) -> Vec<u32> {
    html.split("srcset=\"")
        .skip(1)
        .flat_map(|rest| {
            let set = &rest[..rest.find('"').unwrap()];
            set.split(", ")
                .map(|c| {
                    c.rsplit_once(' ')
                        .unwrap()
                        .1
                        .trim_end_matches('w')
                        .parse()
                        .unwrap()
                })
                .collect::<Vec<u32>>()
        })
        .collect()
}

#[test]
fn a_second_build_encodes_nothing() {
    let site = Site::fixture("basic");
    site.write_bytes(
        "content/first/images/calendar.png",
        &photo::png(900, 600, 1),
    );
    site.build().expect(0).says("pictures: 8 encoded, 0 reused");
    let first = site.snapshot("public");
    site.build().expect(0).says("pictures: 0 encoded, 8 reused");
    assert_eq!(
        first,
        site.snapshot("public"),
        "the same bytes from the cache"
    );
    assert!(site.path(".easyguide-cache/CACHEDIR.TAG").is_file());
}

#[test]
fn pictures_become_webp_with_a_jpeg_fallback_at_the_widths_the_theme_shows() {
    let site = Site::fixture("basic");
    site.write_bytes(
        "content/first/images/calendar.png",
        &photo::png(900, 600, 2),
    );
    site.build().expect(0);
    let html = site.read("public/en/first/index.html");
    assert!(
        html.contains(
            "<picture><source type=\"image/webp\" srcset=\"../../img/first/calendar-128."
        ),
        "{html}"
    );
    assert!(html.contains("sizes=\"(max-width: 30em) calc(38vw - 0.76em)"));
    assert!(html.contains("width=\"256\" height=\"171\" alt=\"A calendar\" loading=\"lazy\" decoding=\"async\"></picture>"));
    let files: Vec<String> = site.snapshot("public/img/first").into_keys().collect();
    let webp = files.iter().filter(|f| f.ends_with(".webp")).count();
    let jpg = files.iter().filter(|f| f.ends_with(".jpg")).count();
    assert_eq!((webp, jpg), (4, 4), "{files:?}");
    let small = site.snapshot("public/img/first");
    let bytes = small
        .iter()
        .find(|(k, _)| k.starts_with("calendar-128.") && k.ends_with(".webp"))
        .unwrap()
        .1;
    let picture = image::load_from_memory(bytes).unwrap();
    assert_eq!((picture.width(), picture.height()), (128, 85));
}

#[test]
fn the_first_picture_of_a_page_loads_at_once() {
    let site = Site::fixture("basic");
    site.build().expect(0);
    let html = site.read("public/en/first/index.html");
    let first = &html[html.find("<img").unwrap()..];
    let first = &first[..first.find('>').unwrap()];
    assert!(!first.contains("loading="), "{first}");
    assert!(
        first.contains("width=\"160\" height=\"160\""),
        "SVG size from its attributes: {first}"
    );
}

#[test]
fn srcset_widths_never_exceed_the_source() {
    let site = Site::fixture("basic");
    site.write_bytes(
        "content/first/images/calendar.png",
        &photo::png(300, 200, 3),
    );
    site.build().expect(0);
    let widths = srcset_widths(&site.read("public/en/first/index.html"));
    assert_eq!(widths, [128, 256, 300, 128, 256, 300]);
}

#[test]
fn output_names_are_stable_across_runs_and_folders() {
    let names = |seed| {
        let site = Site::fixture("basic");
        site.write_bytes(
            "content/first/images/calendar.png",
            &photo::png(400, 300, seed),
        );
        site.build().expect(0);
        std::fs::remove_dir_all(site.path(".easyguide-cache")).unwrap();
        site.build().expect(0).says("pictures: 8 encoded, 0 reused");
        site.snapshot("public/img").into_keys().collect::<Vec<_>>()
    };
    let first = names(4);
    assert_eq!(first, names(4));
    assert_ne!(first, names(5), "new bytes, new names");
}

#[test]
fn pictures_no_page_uses_are_pruned_from_the_cache() {
    let site = Site::fixture("basic");
    site.write_bytes(
        "content/first/images/calendar.png",
        &photo::png(400, 300, 6),
    );
    site.build().expect(0);
    let cached = site.snapshot(".easyguide-cache/pictures").len();
    assert_eq!(
        cached, 10,
        "8 files, what is known of the source, and the record"
    );
    site.write_bytes(
        "content/first/images/calendar.png",
        &photo::png(400, 300, 7),
    );
    site.build().expect(0).says("pictures: 8 encoded, 0 reused");
    assert_eq!(site.snapshot(".easyguide-cache/pictures").len(), 10);
}

#[test]
fn a_picture_for_a_language_is_used_on_its_pages_only() {
    let site = Site::fixture("basic");
    site.edit(
        "site.toml",
        "language = \"en\"",
        "language = \"en\"\nlanguages = [\"en\", \"cy\"]",
    );
    site.write(
        "content/first/images/phone.cy.svg",
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\"><title>Ffôn</title><rect width=\"10\" height=\"10\"/></svg>",
    );
    site.build().expect(0);
    let cy = site.read("public/cy/first/index.html");
    let en = site.read("public/en/first/index.html");
    assert!(cy.contains("img/first/phone.cy."), "{cy}");
    assert!(!en.contains("phone.cy."));
    assert!(en.contains("img/first/phone."));
    assert!(
        site.read("public/cy/second/index.html")
            .contains("img/second/phone."),
        "other guides keep theirs"
    );
}

#[test]
fn a_damaged_picture_is_named_at_its_line() {
    let site = Site::fixture("basic");
    let jpeg = photo::jpeg(200, 150, 8);
    site.write_bytes("content/first/images/calendar.png", &jpeg[..jpeg.len() / 3]);
    let line = calendar_line(&site);
    site.run(&["build", "--format", "short"])
        .expect(1)
        .says(&format!(
            "{line}: error[bad-picture]: the picture `images/calendar.png` is damaged or cut short"
        ));
    site.build()
        .expect(1)
        .says("= note: the file is content/first/images/calendar.png");
}

#[test]
fn a_file_that_is_not_a_picture_is_named() {
    let site = Site::fixture("basic");
    site.write("content/first/images/calendar.png", "not a picture at all");
    site.run(&["build", "--format", "short"]).expect(1).says(
        "error[bad-picture]: `images/calendar.png` is not a PNG, JPEG, WebP, GIF or SVG file",
    );
}

#[test]
fn a_decompression_bomb_is_refused_from_its_header() {
    let site = Site::fixture("basic");
    site.write_bytes("content/first/images/calendar.png", &bomb::bomb(20_000));
    let line = calendar_line(&site);
    site.run(&["build", "--format", "short"])
        .expect(1)
        .says(&format!("{line}: error[picture-too-large]: the picture `images/calendar.png` is 20000 × 20000 pixels (400 megapixels), more than the 40 megapixels allowed"));
}

#[test]
fn a_file_over_the_byte_limit_is_refused() {
    let site = Site::fixture("basic");
    site.edit(
        "site.toml",
        "language = \"en\"",
        "language = \"en\"\n[pictures]\nmax_megabytes = 1",
    );
    site.write_bytes(
        "content/first/images/calendar.png",
        &photo::png(1000, 800, 9),
    );
    site.run(&["build", "--format", "short"])
        .expect(1)
        .says("error[picture-too-large]: the picture `images/calendar.png` is 1.3 MB, more than the 1.0 MB allowed");
}

#[test]
fn a_page_over_budget_is_a_warning_that_deny_makes_an_error() {
    let site = Site::fixture("basic");
    site.edit(
        "site.toml",
        "language = \"en\"",
        "language = \"en\"\n[budgets]\nhtml_css_kb = 3",
    );
    let run = site.build();
    run.expect(0)
        .says("warning[over-budget]: this page's HTML and CSS are ")
        .says(" KB compressed, over the budget of 3.0 KB")
        .says("= in public/en/first/index.html")
        .says("largest parts: style.");
    site.run(&["build", "--deny", "warnings"])
        .expect(1)
        .says("error[over-budget]");
}

#[test]
fn check_reports_page_weights_as_a_table_and_as_json() {
    let site = Site::fixture("basic");
    let run = site.run(&["check"]);
    run.expect(0);
    assert!(run.stdout.contains("en/first/index.html"), "{}", run.stdout);
    assert!(run.stdout.lines().next().unwrap().contains("HTML+CSS"));
    let json = site.run(&["check", "--format", "json"]);
    let value: serde_json::Value = serde_json::from_str(&json.stdout).unwrap();
    let weights = value["weights"].as_array().unwrap();
    // Home, list, the accessibility statement, two guides, their embed pages and share
    // pages (handouts have no budget).
    assert_eq!(weights.len(), 9);
    let first = weights
        .iter()
        .find(|w| w["page"] == "en/first/index.html")
        .unwrap();
    assert_eq!(first["picture_count"], 2);
    assert!(first["total"].as_u64().unwrap() > first["html_css"].as_u64().unwrap());
    assert!(!site.path("public").exists(), "check writes no site");
}

#[test]
fn ten_photos_of_1200_pixels_fit_the_default_budgets() {
    let site = Site::fixture("basic");
    let mut text = site.read("content/second/index.md");
    for i in 0..10 {
        site.write_bytes(
            &format!("content/second/images/photo-{i}.jpg"),
            &photo::jpeg(1200, 900, 100 + i),
        );
        text.push_str(&format!(
            "\n![Photo {i} of the next step](images/photo-{i}.jpg)\nDo step {i}.\n"
        ));
    }
    site.write("content/second/index.md", &text);
    site.run(&["build", "--deny", "warnings"]).expect(0);
}

/// Counts the bytes allocated by the current thread, so a test can bound the memory of one
/// call while other tests run on other threads.
struct Counting;

thread_local! {
    static ALLOCATED: Cell<usize> = const { Cell::new(0) };
}

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let _ = ALLOCATED.try_with(|a| a.set(a.get() + layout.size()));
        unsafe { System.alloc(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        unsafe { System.dealloc(ptr, layout) }
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

fn allocated_by(f: impl FnOnce()) -> usize {
    let before = ALLOCATED.with(Cell::get);
    f();
    ALLOCATED.with(Cell::get) - before
}

#[test]
fn bombs_and_huge_pictures_are_refused_with_little_memory() {
    let limits = Pictures::default();
    for (what, file) in [
        ("bomb", bomb::bomb(20_000)),
        ("huge", bomb::huge(20_000, 20_000)),
    ] {
        let mut result = None;
        let bytes = allocated_by(|| result = Some(decode::decode(&file, &limits)));
        assert_eq!(
            result.unwrap().unwrap_err(),
            Refusal::TooManyPixels {
                width: 20_000,
                height: 20_000,
                limit: 40_000_000
            },
            "{what}"
        );
        // Decoding would need 400 MB to 1.6 GB; refusing from the header needs next to nothing.
        assert!(bytes < 1024 * 1024, "{what}: {bytes} bytes allocated");
    }
}

/// Every `src` and `srcset` address of a page's pictures, read with an HTML parser.
fn picture_addresses(html: &str) -> Vec<String> {
    let doc = scraper::Html::parse_document(html);
    let selector = scraper::Selector::parse("img, source").unwrap();
    let mut out = Vec::new();
    for element in doc.select(&selector) {
        let e = element.value();
        out.extend(e.attr("src").map(str::to_owned));
        for candidate in e.attr("srcset").unwrap_or_default().split(", ") {
            out.extend(candidate.split(' ').next().map(str::to_owned));
        }
    }
    out.retain(|a| !a.is_empty());
    out
}

#[test]
fn picture_names_with_any_character_resolve_to_the_files_written() {
    let site = Site::fixture("basic");
    let names = [
        "my photo.png",
        "it's.png",
        "café.png",
        "what?.png",
        "50%.png",
        "a \"quote\".png",
        "a,b.png",
        "плакат 日本.png",
    ];
    let png = std::fs::read(site.path("content/first/images/calendar.png")).unwrap();
    let mut markdown = String::new();
    for name in names {
        site.write_bytes(&format!("content/first/images/{name}"), &png);
        markdown.push_str(&format!(
            "![A calendar called {name:?}](<images/{name}>)\nStep.\n\n"
        ));
    }
    site.write_bytes(
        "content/first/images/café 50%.svg",
        site.read("content/first/images/phone.svg").as_bytes(),
    );
    markdown.push_str("![A phone](<images/café 50%.svg>)\nStep.\n");
    let text = site.read("content/first/index.md");
    site.write(
        "content/first/index.md",
        &format!("{text}\n## More\n\n{markdown}"),
    );
    site.build().expect(0);

    let page = site.path("public/en/first/index.html");
    let base = url::Url::from_file_path(&page).unwrap();
    let addresses = picture_addresses(&site.read("public/en/first/index.html"));
    // Two addresses or more per raster name (src, and the WebP and fallback srcsets), one for the SVG.
    assert!(addresses.len() > 2 * names.len(), "{addresses:?}");
    for address in &addresses {
        let resolved = base.join(address).unwrap();
        assert!(
            resolved.query().is_none() && resolved.fragment().is_none(),
            "{address}"
        );
        let file = resolved.to_file_path().unwrap();
        assert!(
            file.is_file(),
            "{address} resolves to {}, which was not written",
            file.display()
        );
    }
    for name in names {
        let stem = name.trim_end_matches(".png");
        assert!(
            addresses.iter().any(|a| base
                .join(a)
                .unwrap()
                .to_file_path()
                .unwrap()
                .to_string_lossy()
                .contains(stem)),
            "no address for {name}: {addresses:?}"
        );
    }
}
