//! What authors meet: every problem in one run, freshness, guide order, unsupported
//! Markdown and hints that help.

use super::helper::Site;

const FIRST: &str = "content/first/index.md";

#[test]
fn a_front_matter_error_leaves_the_rest_of_the_guide_checked() {
    let site = Site::fixture("basic");
    site.edit(FIRST, "updated = 2026-01-10", "updated = 2026-13-10");
    site.edit(
        FIRST,
        "Open the app.",
        "Open the app. This sentence is made much longer than it needs to be so that people who read it will find it hard to follow along to the end of it. See [the third guide](../third/).",
    );
    let run = site.run(&["check"]);
    run.expect(1)
        .says("front matter")
        .says("warning[long-sentence]")
        .says("there is no guide called `third`")
        .says("checked 2 guides");
    assert!(
        !run.stderr.contains("there is no guide called `first`"),
        "a link to the guide with the mistake is not broken:\n{}",
        run.stderr
    );
}

/// Runs `easyguide ARGS` as of `today`.
fn run_on(site: &Site, today: &str, args: &[&str]) -> super::helper::Run {
    let output = assert_cmd::Command::cargo_bin("easyguide")
        .unwrap()
        .current_dir(site.root())
        .env("NO_COLOR", "1")
        .env("EASYGUIDE_TODAY", today)
        .args(args)
        .output()
        .unwrap();
    super::helper::Run {
        code: output.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
    }
}

#[test]
fn a_guide_past_its_review_date_is_a_warning_at_that_line() {
    let site = Site::fixture("basic");
    // first: review_due 2027-01-10; second: 2027-02-01.
    run_on(&site, "2026-06-01", &["check", "--deny", "warnings"]).expect(0);
    let run = run_on(&site, "2027-01-20", &["check", "--format", "short"]);
    run.expect(0);
    assert!(
        run.stderr.contains("content/first/index.md:5:1: warning[review-overdue]: this guide was due for review on 2027-01-10, 10 days ago"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("content/second/index.md:5:1: warning[review-due-soon]: this guide is due for review on 2027-02-01, in 12 days"),
        "{}",
        run.stderr
    );
    let json = run_on(&site, "2027-01-20", &["check", "--format", "json"]);
    let json: serde_json::Value = serde_json::from_str(&json.stdout).unwrap();
    let order: Vec<(&str, i64)> = json["freshness"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            (
                d["guide"].as_str().unwrap(),
                d["days_left"].as_i64().unwrap(),
            )
        })
        .collect();
    assert_eq!(order, [("first", -10), ("second", 12)]);
}

#[test]
fn freshness_is_configurable() {
    let site = Site::fixture("basic");
    let toml = site.read("site.toml");
    site.write(
        "site.toml",
        &format!("{toml}\n[freshness]\nwarn_days = 0\noverdue_error = true\n"),
    );
    let run = run_on(&site, "2027-01-20", &["check", "--format", "short"]);
    run.expect(1).says("error[review-overdue]");
    assert!(!run.stderr.contains("review-due-soon"), "{}", run.stderr);
    run_on(&site, "2027-01-20", &["check", "--report", "report"]);
    let report = site.read("report/index.html");
    assert!(report.contains("Review dates"), "the report lists them");
    assert!(report.find(">first<").unwrap() < report.find(">second<").unwrap());
    run_on(&site, "someday", &["check"])
        .expect(2)
        .says("EASYGUIDE_TODAY");
}

#[test]
fn guides_without_order_come_after_those_with_one() {
    let site = Site::fixture("basic");
    // "First guide" loses its order: "Second guide" (order = 2) now comes first.
    site.edit(FIRST, "order = 1\n", "");
    site.build().expect(0);
    let list = site.read("public/en/index.html");
    let first = list.find("First guide").unwrap();
    let second = list.find("Second guide").unwrap();
    assert!(second < first, "{list}");
}
