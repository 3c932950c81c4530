//! The command line itself: help, version, init, new guide, exit codes and colour.

use super::helper::Site;

#[test]
fn help_and_version() {
    let site = Site::empty();
    let run = site.run(&["--help"]);
    run.expect(0);
    for command in ["build", "check", "init", "new"] {
        assert!(run.stdout.contains(command), "{}", run.stdout);
    }
    for args in [
        &["build", "--help"][..],
        &["init", "--help"],
        &["new", "guide", "--help"],
    ] {
        site.run(args).expect(0);
    }
    let version = site.run(&["--version"]);
    version.expect(0);
    assert!(
        version.stdout.starts_with("easyguide "),
        "{}",
        version.stdout
    );
}

#[test]
fn check_reports_without_writing() {
    let site = Site::fixture("basic");
    site.run(&["check"])
        .expect(0)
        .says("checked 2 guides in 1 language: 0 errors");
    assert!(!site.path("public").exists());
    site.edit("content/first/index.md", "![A calendar]", "![]");
    site.run(&["check"]).expect(1).says("error[missing-alt]");
    let json = site.run(&["check", "--format", "json"]);
    json.expect(1);
    assert!(json.stdout.contains("\"missing-alt\""), "{}", json.stdout);
}

#[test]
fn bad_arguments_exit_2() {
    Site::empty().run(&["build", "--no-such-flag"]).expect(2);
}

#[test]
fn not_a_site_exits_2_with_a_hint() {
    Site::empty()
        .build()
        .expect(2)
        .says("no site.toml")
        .says("easyguide init");
}

#[test]
fn init_makes_a_site_that_builds_cleanly() {
    let site = Site::empty();
    site.run(&["init", "my-site"]).expect(0);
    let run = site.run(&["build", "--root", "my-site", "--deny", "warnings"]);
    run.expect(0);
    assert!(!run.stderr.contains("warning"), "{}", run.stderr);
    assert!(
        site.path("my-site/public/en/gp-appointment/index.html")
            .is_file()
    );
    site.run(&["init", "my-site"])
        .expect(2)
        .says("already has files");
}

#[test]
fn new_guide_makes_a_skeleton_that_builds() {
    let site = Site::fixture("basic");
    site.run(&["new", "guide", "book-a-test", "--title", "Book a \"test\""])
        .expect(0);
    assert!(
        site.read("content/book-a-test/index.md")
            .contains("title = \"Book a \\\"test\\\"\"")
    );
    site.run(&["build", "--deny", "warnings"]).expect(0);
    assert!(site.path("public/en/book-a-test/index.html").is_file());
    site.run(&["new", "guide", "book-a-test"])
        .expect(2)
        .says("already a guide");
    site.run(&["new", "guide", "Bad Name"])
        .expect(2)
        .says("bad-name");
}

#[test]
fn colour_only_when_asked() {
    let site = Site::fixture("basic");
    site.edit("content/first/index.md", "![A calendar]", "![]");
    assert!(
        !site.build().stderr.contains('\u{1b}'),
        "NO_COLOR and no terminal: no colour"
    );
    assert!(
        site.run(&["build", "--color", "always"])
            .stderr
            .contains('\u{1b}')
    );
}
