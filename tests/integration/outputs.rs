//! The outputs for other sites, on this repository's own site built once: schema.org
//! `HowTo` data in every guide page, Atom feeds, the sitemap's alternates, and the JSON API
//! against its published schemas.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use easyguide::BuildOptions;
use serde_json::Value;

const BASE: &str = "https://easyguide.example.org/";
const LANGUAGES: [&str; 7] = ["en", "cy", "pl", "ro", "ar", "ur", "bn"];

/// This repository's site, built once into a temporary folder.
fn built() -> &'static Path {
    static SITE: OnceLock<tempfile::TempDir> = OnceLock::new();
    SITE.get_or_init(|| {
        let dir = tempfile::tempdir().unwrap();
        let options = BuildOptions {
            root: PathBuf::from(env!("CARGO_MANIFEST_DIR")),
            output: Some(dir.path().join("public")),
            deny_warnings: true,
            write: true,
            today: None,
            edition: Default::default(),
            shown_as: None,
        };
        let report = easyguide::build(&options).expect("the site builds");
        assert!(report.written, "{:#?}", report.diagnostics);
        dir
    })
    .path()
}

fn read(relative: &str) -> String {
    std::fs::read_to_string(built().join("public").join(relative))
        .unwrap_or_else(|e| panic!("{relative}: {e}"))
}

fn json(relative: &str) -> Value {
    serde_json::from_str(&read(relative)).unwrap_or_else(|e| panic!("{relative}: {e}"))
}

/// The guides' slugs, from the English JSON list.
fn slugs() -> Vec<String> {
    json("api/v1/en/guides.json")["hasPart"]
        .as_array()
        .unwrap()
        .iter()
        .map(|g| g["slug"].as_str().unwrap().to_owned())
        .collect()
}

fn structured_data(page: &str) -> Value {
    let html = read(page);
    let start = "<script type=\"application/ld+json\">";
    let at = html
        .find(start)
        .unwrap_or_else(|| panic!("{page}: no JSON-LD"))
        + start.len();
    let end = at + html[at..].find("</script>").unwrap();
    serde_json::from_str(&html[at..end]).unwrap_or_else(|e| panic!("{page}: {e}"))
}

#[test]
fn every_guide_page_has_a_howto_with_googles_required_properties() {
    let slugs = slugs();
    assert!(slugs.len() >= 7);
    for lang in LANGUAGES {
        for slug in &slugs {
            let page = format!("{lang}/{slug}/index.html");
            let data = structured_data(&page);
            assert_eq!(data["@context"], "https://schema.org", "{page}");
            assert_eq!(data["@type"], "HowTo", "{page}");
            assert_eq!(data["inLanguage"], lang, "{page}");
            assert!(!data["name"].as_str().unwrap().is_empty(), "{page}");
            assert!(data["dateModified"].as_str().unwrap().len() == 10, "{page}");
            let steps = data["step"].as_array().unwrap();
            assert!(!steps.is_empty(), "{page}: no steps");
            for (i, step) in steps.iter().enumerate() {
                assert_eq!(step["@type"], "HowToStep", "{page}");
                assert_eq!(step["position"], i + 1, "{page}");
                assert!(!step["text"].as_str().unwrap().trim().is_empty(), "{page}");
                let image = step["image"].as_str().unwrap();
                assert!(image.starts_with(BASE), "{page}: {image}");
            }
            for supply in data["supply"].as_array().unwrap() {
                assert_eq!(supply["@type"], "HowToSupply");
                assert!(!supply["name"].as_str().unwrap().is_empty());
            }
        }
    }
}

#[test]
fn total_time_is_iso_8601_when_the_authors_words_are_a_duration() {
    let nhs_app = structured_data("en/nhs-app/index.html");
    assert_eq!(nhs_app["totalTime"], "PT30M", "About 20 to 30 minutes. …");
    let welsh = structured_data("cy/gp-appointment/index.html");
    assert_eq!(welsh["totalTime"], "PT10M", "About 5 to 10 minutes");
    let help = structured_data("en/get-help-online/index.html");
    assert!(
        help.get("totalTime").is_none(),
        "A few minutes: no duration"
    );
}

#[test]
fn every_language_has_an_atom_feed_listing_every_guide_linked_from_its_pages() {
    let slugs: BTreeSet<String> = slugs().into_iter().collect();
    for lang in LANGUAGES {
        let text = read(&format!("{lang}/feed.xml"));
        let feed = feed_rs::parser::parse(text.as_bytes()).expect("the feed parses");
        assert_eq!(feed.language.as_deref(), Some(lang));
        let listed: BTreeSet<String> = feed
            .entries
            .iter()
            .map(|e| {
                let link = &e.links[0].href;
                let slug = link
                    .strip_prefix(&format!("{BASE}{lang}/"))
                    .unwrap_or_else(|| panic!("{link}"));
                slug.trim_end_matches('/').to_owned()
            })
            .collect();
        assert_eq!(listed, slugs, "{lang}");
        let dates: Vec<_> = feed.entries.iter().map(|e| e.updated.unwrap()).collect();
        assert!(dates.windows(2).all(|w| w[0] >= w[1]), "newest first");
        for entry in &feed.entries {
            assert!(
                entry
                    .summary
                    .as_ref()
                    .is_some_and(|s| !s.content.is_empty())
            );
            assert_eq!(entry.links.len(), LANGUAGES.len(), "every language version");
        }
        let page = read(&format!("{lang}/index.html"));
        assert!(
            page.contains(
                "<link rel=\"alternate\" type=\"application/atom+xml\" href=\"feed.xml\""
            ),
            "{lang}"
        );
    }
}

#[test]
fn the_sitemap_lists_every_page_with_every_language_and_x_default() {
    let sitemap = read("sitemap.xml");
    for slug in slugs() {
        for lang in LANGUAGES {
            let loc = format!("<url><loc>{BASE}{lang}/{slug}/</loc>");
            let at = sitemap.find(&loc).unwrap_or_else(|| panic!("{loc}"));
            let entry = &sitemap[at..at + sitemap[at..].find("</url>").unwrap()];
            for other in LANGUAGES {
                assert!(
                    entry.contains(&format!(
                        "hreflang=\"{other}\" href=\"{BASE}{other}/{slug}/\""
                    )),
                    "{loc} {other}"
                );
            }
            assert!(entry.contains(&format!("hreflang=\"x-default\" href=\"{BASE}en/{slug}/\"")));
        }
    }
}

fn validator(name: &str) -> jsonschema::Validator {
    let schema = json(&format!("api/v1/schema/{name}.json"));
    assert_eq!(
        schema["$schema"],
        "https://json-schema.org/draft/2020-12/schema"
    );
    assert!(
        jsonschema::meta::is_valid(&schema),
        "{name} is a valid schema"
    );
    jsonschema::validator_for(&schema).expect("the schema compiles")
}

fn assert_valid(validator: &jsonschema::Validator, file: &str) -> Value {
    let value = json(file);
    let errors: Vec<String> = validator
        .iter_errors(&value)
        .map(|e| e.to_string())
        .collect();
    assert!(errors.is_empty(), "{file}: {errors:#?}");
    value
}

#[test]
fn every_json_file_validates_against_the_published_schemas() {
    let (list, one) = (validator("guides"), validator("guide"));
    let slugs = slugs();
    for lang in LANGUAGES {
        let index = assert_valid(&list, &format!("api/v1/{lang}/guides.json"));
        assert_eq!(index["hasPart"].as_array().unwrap().len(), slugs.len());
        for slug in &slugs {
            let guide = assert_valid(&one, &format!("api/v1/{lang}/{slug}.json"));
            assert_eq!(guide["inLanguage"], lang);
            assert!(
                !guide["step"].as_array().unwrap().is_empty(),
                "{lang}/{slug}"
            );
            for step in guide["step"].as_array().unwrap() {
                assert!(step["html"].as_str().unwrap().starts_with('<'));
                assert!(!step["image"]["alt"].as_str().unwrap().is_empty());
            }
            for key in ["url", "embedUrl", "fragmentUrl", "apiUrl"] {
                let address = guide[key].as_str().unwrap();
                let mut path = address.strip_prefix(BASE).unwrap().to_owned();
                if path.ends_with('/') {
                    path.push_str("index.html");
                }
                assert!(
                    built().join("public").join(&path).is_file(),
                    "{key}: {address}"
                );
            }
            let versions = guide["availableLanguage"].as_array().unwrap();
            assert_eq!(versions.len(), LANGUAGES.len());
        }
    }
}

#[test]
fn a_file_that_breaks_the_schema_is_refused() {
    let one = validator("guide");
    let mut guide = json("api/v1/en/nhs-app.json");
    guide["step"][0]["number"] = Value::from("one");
    assert!(!one.is_valid(&guide));
}

/// Every `href` and `src` value of an HTML text.
fn addresses(html: &str) -> Vec<String> {
    let mut out = Vec::new();
    for attr in [" href=\"", " src=\"", " srcset=\""] {
        for part in html.split(attr).skip(1) {
            let value = &part[..part.find('"').unwrap()];
            out.extend(
                value
                    .split(", ")
                    .map(|c| c.split(' ').next().unwrap().to_owned()),
            );
        }
    }
    out
}

#[test]
fn every_guide_has_an_embed_page_without_the_sites_frame_that_links_back() {
    for lang in LANGUAGES {
        for slug in slugs() {
            let page = read(&format!("embed/{lang}/{slug}/index.html"));
            assert!(page.contains("<link rel=\"stylesheet\" href=\"../../easyguide.css\">"));
            assert!(page.contains("<body class=\"easyguide\">"));
            assert!(!page.contains("site-header") && !page.contains("site-footer"));
            // No script but the frame-sizing one this site asks for (see below).
            let scripts = page.matches("<script").count();
            assert_eq!(
                scripts,
                page.matches("<script src=\"../../resize.js\" defer>")
                    .count()
            );
            assert!(!page.contains(" style="));
            let back = format!("<p class=\"back\"><a href=\"../../../{lang}/{slug}/\">");
            assert!(page.contains(&back), "{lang}/{slug}");
            assert!(page.contains("<ol class=\"steps\">"));
        }
    }
}

#[test]
fn every_fragment_is_one_scoped_element_with_absolute_addresses() {
    for lang in LANGUAGES {
        for slug in slugs() {
            let file = format!("embed/{lang}/{slug}/fragment.html");
            let html = read(&file);
            let dir = if matches!(lang, "ar" | "ur") {
                "rtl"
            } else {
                "ltr"
            };
            let start = format!("<div class=\"easyguide\" lang=\"{lang}\" dir=\"{dir}\">\n");
            assert!(html.starts_with(&start), "{file}");
            assert!(html.trim_end().ends_with("</div>"), "{file}");
            assert!(
                !html.contains("<script") && !html.contains(" style="),
                "{file}"
            );
            for address in addresses(&html) {
                let fine = address.starts_with(BASE)
                    || address.starts_with('#')
                    || address.starts_with("https://")
                    || address.starts_with("tel:")
                    || address.starts_with("mailto:");
                assert!(fine, "{file}: {address}");
            }
        }
    }
}

#[test]
fn the_fragments_stylesheet_has_every_selector_under_the_scope() {
    let css = read("embed/easyguide.css");
    let rules = easyguide::a11y::css::parse::stylesheet(&css, 0).rules;
    assert!(rules.len() > 50);
    for rule in &rules {
        for selector in easyguide::render::scope::selectors(&rule.selectors) {
            assert!(selector.starts_with(".easyguide"), "{selector}");
        }
    }
    assert!(
        !css.contains("@page"),
        "page rules would reach the host page"
    );
}

#[test]
fn every_guide_links_to_its_share_page_with_code_to_copy() {
    for lang in LANGUAGES {
        for slug in slugs() {
            let guide = read(&format!("{lang}/{slug}/index.html"));
            assert!(guide.contains("<li><a href=\"share/\">"), "{lang}/{slug}");
            let share = read(&format!("{lang}/{slug}/share/index.html"));
            let src = format!("&lt;iframe src=&quot;{BASE}embed/{lang}/{slug}/&quot; title=&quot;");
            assert!(share.contains(&src), "{lang}/{slug}");
            assert!(share.contains("loading=&quot;lazy&quot;"));
            assert!(share.contains(&format!("{BASE}embed/easyguide.css")));
            assert!(share.contains(&format!(
                "<pre><code>{BASE}api/v1/{lang}/{slug}.json</code></pre>"
            )));
        }
    }
}

/// The dark squares of the QR code in a page, as the SVG draws them: `M{x} {y}h…` per square
/// of the path, in the SVG's own pixels; the SVG's width; and a square's size.
fn qr_squares(html: &str) -> (Vec<(usize, usize)>, usize, usize) {
    let svg = &html[html.find("<svg role=\"img\"").expect("a QR code")..];
    let width: usize = svg
        .split("width=\"")
        .nth(1)
        .unwrap()
        .split('"')
        .next()
        .unwrap()
        .parse()
        .unwrap();
    let path = svg
        .split(" d=\"")
        .nth(1)
        .unwrap()
        .split('"')
        .next()
        .unwrap();
    let squares = path
        .split('M')
        .filter(|s| !s.is_empty())
        .map(|s| {
            let mut numbers = s
                .split(|c: char| !c.is_ascii_digit())
                .filter(|n| !n.is_empty());
            let x = numbers.next().unwrap().parse().unwrap();
            let y = numbers.next().unwrap().parse().unwrap();
            (x, y)
        })
        .collect();
    let module = path
        .split('h')
        .nth(1)
        .unwrap()
        .split('v')
        .next()
        .unwrap()
        .parse()
        .unwrap();
    (squares, width, module)
}

/// Decodes a page's QR code with rqrr, as a phone's camera would read the printed squares.
fn decode_qr(html: &str) -> String {
    let (squares, width, module) = qr_squares(html);
    let dark: BTreeSet<(usize, usize)> = squares.into_iter().collect();
    let scale = 2;
    let size = width * scale;
    let mut image = rqrr::PreparedImage::prepare_from_bitmap(size, size, |x, y| {
        let (sx, sy) = (x / scale, y / scale);
        dark.contains(&(sx - sx % module, sy - sy % module))
    });
    let grids = image.detect_grids();
    assert_eq!(grids.len(), 1, "one QR code");
    grids[0].decode().expect("the QR code decodes").1
}

#[test]
fn every_guide_has_a_print_handout_whose_qr_code_opens_the_online_guide() {
    for lang in LANGUAGES {
        for slug in slugs() {
            let guide = read(&format!("{lang}/{slug}/index.html"));
            assert!(
                guide.contains("<li><a href=\"../../print/"),
                "{lang}/{slug}"
            );
            let handout = read(&format!("print/{lang}/{slug}/index.html"));
            assert!(handout.contains("<body class=\"handout\">"));
            assert!(handout.contains("<ol class=\"steps\">"));
            assert!(!handout.contains("site-header") && !handout.contains("<script"));
            let online = format!("{BASE}{lang}/{slug}/");
            assert!(handout.contains(&format!(
                "<p class=\"online-address\" dir=\"ltr\"><code>{online}</code></p>"
            )));
            assert_eq!(decode_qr(&handout), online, "{lang}/{slug}");
        }
    }
}

#[test]
fn the_print_rules_make_large_print_a4_with_whole_steps_and_addresses() {
    let name = std::fs::read_dir(built().join("public"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .find(|n| n.starts_with("style.") && n.ends_with(".css"))
        .unwrap();
    let css = read(&name);
    assert!(css.contains("@page { size: A4;"));
    let rules = easyguide::a11y::css::parse::stylesheet(&css, 0).rules;
    let print = |selector: &str, property: &str| -> Option<String> {
        rules
            .iter()
            .filter(|r| r.media.iter().any(|m| m == "print"))
            .filter(|r| {
                easyguide::render::scope::selectors(&r.selectors)
                    .iter()
                    .any(|s| s == selector)
            })
            .flat_map(|r| &r.declarations)
            .find(|d| d.name == property)
            .map(|d| d.value.clone())
    };
    let body = print("body", "font-size").expect("a print font size");
    let points: f32 = body.trim_end_matches("pt").parse().unwrap();
    assert!(points >= 14.0, "{body}");
    assert_eq!(print(".step", "break-inside").as_deref(), Some("avoid"));
    let after = print("a[href^=\"http\"]::after", "content").expect("addresses after links");
    assert!(after.contains("attr(href)"));
}

#[test]
fn a_note_for_helpers_is_on_the_handout_and_in_the_json_and_never_on_the_readers_page() {
    // `nhs-app` has one `> [!HELPER]` note; its words in each language are in the handout.
    let english = "check that the person has their phone";
    for lang in LANGUAGES {
        let handout = read(&format!("print/{lang}/nhs-app/index.html"));
        assert_eq!(
            handout.matches("callout callout-helper").count(),
            1,
            "{lang}"
        );
        let detail = json(&format!("api/v1/{lang}/nhs-app.json"));
        let notes = detail["helperNotes"].as_array().expect("helperNotes");
        assert_eq!(notes.len(), 1, "{lang}");
        let words = notes[0]["text"].as_str().unwrap();
        assert!(!words.is_empty());
        let start: String = words.chars().take(30).collect();
        assert!(handout.contains(&start), "{lang}: {words}");
        for (page, text) in [
            ("the guide", read(&format!("{lang}/nhs-app/index.html"))),
            (
                "the embed",
                read(&format!("embed/{lang}/nhs-app/index.html")),
            ),
            (
                "the fragment",
                read(&format!("embed/{lang}/nhs-app/fragment.html")),
            ),
        ] {
            assert!(!text.contains("callout-helper"), "{lang}: {page}");
            assert!(!text.contains(&start), "{lang}: {page}");
        }
        // Only in `helperNotes`, not in the text of the guide's parts or steps.
        for field in ["hasPart", "step"] {
            assert!(
                !detail[field].to_string().contains(&start),
                "{lang}: {field}"
            );
        }
        if lang == "en" {
            assert!(words.contains(english), "{words}");
        }
    }
}

#[test]
fn with_resize_script_on_frame_pages_and_the_frame_code_load_one_small_script_and_no_other_page_does()
 {
    // This repository's site asks for it (`[embed] resize_script = true`).
    let script = read("embed/resize.js");
    assert!(script.len() < 1024, "{} bytes", script.len());
    assert!(
        script.contains("e.origin !== site"),
        "it checks where a message comes from"
    );
    for lang in LANGUAGES {
        for slug in slugs() {
            let frame = read(&format!("embed/{lang}/{slug}/index.html"));
            assert!(frame.contains("<script src=\"../../resize.js\" defer></script>"));
            let share = read(&format!("{lang}/{slug}/share/index.html"));
            assert!(share.contains(&format!(
                "&lt;script src=&quot;{BASE}embed/resize.js&quot; defer&gt;&lt;/script&gt;"
            )));
            for page in [
                format!("{lang}/{slug}/index.html"),
                format!("print/{lang}/{slug}/index.html"),
                format!("embed/{lang}/{slug}/fragment.html"),
            ] {
                assert!(!read(&page).contains("<script src"), "{page}");
            }
        }
    }
}
