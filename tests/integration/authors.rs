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
