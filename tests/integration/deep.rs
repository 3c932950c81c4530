//! Deep nesting in every kind of input an author, translator or illustrator writes, built by
//! the binary with a quarter of the usual stack for each worker thread: each is a clear
//! message at its place, never a stack overflow.

use std::process::Command;

use assert_cmd::cargo::CommandCargoExt;

use super::helper::{Run, Site};

/// Quarter of the 2 MiB a worker thread has by default: a walk that recursed once per level
/// of the input would overflow it long before the thousands of levels below.
const SMALL_STACK: &str = "524288";

fn build_on_small_stacks(site: &Site) -> Run {
    let output = Command::cargo_bin("easyguide")
        .unwrap()
        .current_dir(site.root())
        .env("NO_COLOR", "1")
        .env("RUST_MIN_STACK", SMALL_STACK)
        .args(["build", "--format", "short"])
        .output()
        .unwrap();
    let run = Run {
        code: output.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
    };
    if std::env::var_os("DEEP_PRINT").is_some() {
        eprintln!("=== exit {}\n{}", run.code, run.stderr);
    }
    assert!(
        !run.stderr.contains("overflow") && !run.stderr.contains("panicked"),
        "{}",
        run.stderr
    );
    run
}

/// The basic fixture with its second guide ending in `markdown` (line 14 of the file).
fn guide_ending_with(markdown: &str) -> Site {
    let site = Site::fixture("basic");
    let text = site.read("content/second/index.md");
    site.write("content/second/index.md", &format!("{text}\n{markdown}\n"));
    site
}

#[test]
fn quotes_lists_and_emphasis_thousands_deep_are_one_error_at_their_line_and_column() {
    // Each stays under the 10,000 characters a line may have.
    let cases = [
        ("quotes", ">".repeat(9_000) + " deep", 33),
        ("lists", "- ".repeat(4_900) + "deep", 33),
        ("emphasis", format!("{0}deep{0}", "*".repeat(4_900)), 63),
    ];
    for (what, markdown, column) in cases {
        let site = guide_ending_with(&markdown);
        let run = build_on_small_stacks(&site);
        assert_eq!(run.code, 1, "{what}: {}", run.stderr);
        assert!(
            run.stderr.contains(&format!(
                "content/second/index.md:14:{column}: error[too-deep]: this is nested more than 32 levels deep"
            )),
            "{what}: {}",
            run.stderr
        );
    }
}

#[test]
fn a_translation_nested_thousands_deep_is_refused_and_the_english_shown() {
    let site = Site::fixture("basic");
    site.edit(
        "site.toml",
        "language = \"en\"",
        "language = \"en\"\nlanguages = [\"en\", \"cy\"]",
    );
    site.run(&["i18n", "update"]).expect(0);
    let deep = format!("{0}Ail{0}", "*".repeat(4_900));
    site.edit(
        "locales/cy/second.ftl",
        "# second-guide =",
        &format!("second-guide = {deep}"),
    );
    let run = build_on_small_stacks(&site);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stderr
            .contains("guide texts cannot use markup nested more than 32 levels deep"),
        "{}",
        run.stderr
    );
    assert!(
        site.read("public/cy/second/index.html")
            .contains("Second guide")
    );
}

#[test]
fn fluent_placeables_and_calls_thousands_deep_are_an_error_at_their_place() {
    let site = Site::fixture("basic");
    site.edit(
        "site.toml",
        "language = \"en\"",
        "language = \"en\"\nlanguages = [\"en\", \"cy\"]",
    );
    let braces = format!("{}\"x\"{}", "{ ".repeat(2_400), " }".repeat(2_400));
    let calls = format!("{{ {}\"x\"{} }}", "F(".repeat(3_000), ")".repeat(3_000));
    for (deep, column) in [(braces, 30), (calls, 31)] {
        site.write(
            "locales/cy/ui.ftl",
            &format!("# {{{{{{{{{{{{{{{{\nsite-title = {deep}\n"),
        );
        let run = build_on_small_stacks(&site);
        assert_eq!(run.code, 1, "{}", run.stderr);
        assert!(
            run.stderr.contains(&format!(
                "locales/cy/ui.ftl:2:{column}: error[too-deep]: braces or brackets are nested more than 8 deep here"
            )),
            "{}",
            run.stderr
        );
    }
}

#[test]
fn an_svg_a_hundred_thousand_elements_deep_is_refused_with_its_reason() {
    let site = Site::fixture("basic");
    let deep = 100_000;
    let svg = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\">{}<rect width=\"1\" height=\"1\"/>{}</svg>",
        "<g>".repeat(deep),
        "</g>".repeat(deep)
    );
    site.write("content/first/images/phone.svg", &svg);
    let run = build_on_small_stacks(&site);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(
        run.stderr.contains("nested more than 256 deep"),
        "{}",
        run.stderr
    );
}

#[test]
fn front_matter_and_site_toml_nested_thousands_deep_are_errors() {
    let deep = format!("{}1{}", "[".repeat(4_000), "]".repeat(4_000));
    let site = Site::fixture("basic");
    site.edit(
        "content/second/index.md",
        "title = ",
        &format!("extra = {deep}\ntitle = "),
    );
    let run = build_on_small_stacks(&site);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(
        run.stderr.contains("content/second/index.md:"),
        "{}",
        run.stderr
    );

    let site = Site::fixture("basic");
    site.edit(
        "site.toml",
        "language = \"en\"",
        &format!("language = \"en\"\nextra = {deep}"),
    );
    let run = build_on_small_stacks(&site);
    assert!(run.code >= 1, "{}", run.stderr);
    assert!(run.stderr.contains("site.toml:"), "{}", run.stderr);
}

#[test]
fn a_template_nested_thousands_deep_is_an_error_at_its_file() {
    let site = Site::fixture("basic");
    let deep = format!(
        "{}x{}",
        "{% if true %}".repeat(700),
        "{% endif %}".repeat(700)
    );
    site.write("templates/guide.html", &deep);
    let run = build_on_small_stacks(&site);
    assert!(run.code >= 1, "{}", run.stderr);
    assert!(
        run.stderr.contains("templates/guide.html"),
        "{}",
        run.stderr
    );
}
