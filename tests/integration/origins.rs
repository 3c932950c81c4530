//! Provenance: every element a guide's blocks make on a page resolves to the Markdown or
//! `.ftl` line that produced it, and interface words to their `ui.ftl` line.

use easyguide::diag::SourceMap;
use easyguide::workspace::Made;
use easyguide::{BuildOptions, Workspace, assets::Quiet};

use crate::helper::Site;

/// The `origins` fixture built in a workspace, and the made pages.
struct Built {
    site: Site,
    map: SourceMap,
    workspace: Workspace,
}

fn built() -> Built {
    let site = Site::fixture("origins");
    let mut workspace = Workspace::new();
    let options = BuildOptions {
        root: site.root().to_path_buf(),
        output: None,
        deny_warnings: false,
        write: false,
        today: None,
        edition: Default::default(),
        shown_as: None,
    };
    let report = workspace.build(&options, &Quiet).unwrap();
    assert!(!report.diagnostics.has_errors(), "{:?}", report.diagnostics);
    Built {
        map: report.map,
        site,
        workspace,
    }
}

impl Built {
    fn page(&self, path: &str) -> &Made {
        self.workspace
            .pages()
            .filter_map(|p| p.as_ref().ok())
            .find(|m| m.page.path == path)
            .unwrap_or_else(|| panic!("no page {path}"))
    }

    /// Where the element starting at the first `needle` of the page came from, as
    /// `path:line`.
    fn origin(&self, page: &str, needle: &str) -> String {
        let made = self.page(page);
        let at = made
            .page
            .text
            .find(needle)
            .unwrap_or_else(|| panic!("{needle:?} is not on {page}"));
        let origin = made.facts.as_ref().unwrap().origin_at(at);
        let place = origin
            .and_then(|o| o.describe(&self.map))
            .unwrap_or_else(|| panic!("{needle:?} on {page} has no origin"));
        let (path, _) = place.rsplit_once(':').unwrap();
        path.to_owned()
    }

    /// `path:line` of the first line of a site file holding `needle`.
    fn line_of(&self, path: &str, needle: &str) -> String {
        let text = std::fs::read_to_string(self.site.path(path)).unwrap();
        line_in(path, &text, needle)
    }
}

fn line_in(path: &str, text: &str, needle: &str) -> String {
    let line = text
        .lines()
        .position(|l| l.contains(needle))
        .unwrap_or_else(|| panic!("{needle:?} is not in {path}"));
    format!("{path}:{}", line + 1)
}

const GUIDE: &str = "content/every/index.md";
const EN: &str = "en/every/index.html";
const CY: &str = "cy/every/index.html";

#[test]
fn every_kind_of_block_points_at_its_markdown_line() {
    let b = built();
    let cases = [
        ("<h1 id=\"title\">", "title = "),
        ("<p class=\"summary\"", "summary = "),
        ("<h2 id=\"a-heading\">", "## A heading"),
        ("<p>A paragraph", "A paragraph"),
        ("<a href=\"https://example.org/\"", "A paragraph"),
        ("<ol class=\"steps\">", "![A phone](images"),
        ("<li class=\"step\"", "![A phone](images"),
        ("<img src=\"../../img/every/phone", "![A phone](images"),
        ("<ul class=\"picture-list\">", "- ![A phone with a message]"),
        ("<li class=\"picture-item\">", "- ![A phone with a message]"),
        ("<ul>\n<li>your letter", "- your letter"),
        ("<li>your phone", "- your phone"),
        ("<div class=\"callout callout-tip\">", "> [!TIP]"),
        ("<div class=\"advice advice-do\">", "> [!DO]"),
        ("<blockquote>", "> A plain quote."),
        ("<table>", "| Day | Time |"),
        ("<th scope=\"col\">Time", "| Day | Time |"),
        ("<td>Monday", "| Monday"),
        ("<pre>", "    the code 111"),
        ("<figure class=\"picture\">", "![A map of the town]"),
    ];
    for (needle, line) in cases {
        assert_eq!(b.origin(EN, needle), b.line_of(GUIDE, line), "{needle}");
    }
}

#[test]
fn a_translated_piece_points_at_the_translators_line() {
    let b = built();
    let ftl = "locales/cy/every.ftl";
    assert_eq!(
        b.origin(CY, "<h2 id=\"a-heading\">"),
        b.line_of(ftl, "a-heading = Pennawd")
    );
    assert_eq!(b.origin(CY, "<p>Agorwch"), b.line_of(ftl, "open-the-app ="));
    // A piece not translated yet is still the author's.
    assert_eq!(b.origin(CY, "<table>"), b.line_of(GUIDE, "| Day | Time |"));
}

#[test]
fn interface_words_point_at_their_ui_file() {
    let b = built();
    let theme = |lang: &str, id: &str| {
        let path = format!("themes/easy/locales/{lang}/ui.ftl");
        let text =
            std::fs::read_to_string(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(&path))
                .unwrap();
        line_in(
            &format!("(built-in theme)/locales/{lang}/ui.ftl"),
            &text,
            &format!("{id} ="),
        )
    };
    assert_eq!(
        b.origin(EN, "<p class=\"step-number\">"),
        theme("en", "step-of")
    );
    assert_eq!(
        b.origin(CY, "<p class=\"step-number\">"),
        theme("cy", "step-of")
    );
    assert_eq!(
        b.origin(EN, "<p class=\"callout-label\">"),
        theme("en", "callout-tip")
    );
    assert_eq!(
        b.origin(EN, "<a class=\"skip-link\""),
        theme("en", "skip-to-content")
    );
}

#[test]
fn a_template_mistake_names_the_page_and_the_source_behind_the_element() {
    let site = Site::fixture("origins");
    site.write(
        "templates/partials/translation-notes.html",
        "<p id=\"a-heading\">x</p>",
    );
    let run = site.run(&["check", "--format", "json"]);
    let json: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    let found = json["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| {
            d["code"] == "duplicate-id" && d["secondary"][0]["file"] == format!("public/{EN}")
        })
        .expect("a duplicate id on the guide page");
    // The second `a-heading` is the guide's heading, so the finding points at its Markdown
    // line first, and at the page second.
    assert_eq!(found["file"], GUIDE);
    assert_eq!(found["line"], 8);
    assert_eq!(found["secondary"][0]["file"], format!("public/{EN}"));
    assert_eq!(found["secondary"][0]["label"], "in the built page");
}
