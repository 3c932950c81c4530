//! `easyguide a11y`: every rule on a page with exactly that defect, reported at the line the
//! fixture marks and nothing else; clean pages (our guides left to right and right to left,
//! a GP practice's page, a CMS export, a bilingual Welsh page) with no finding at all; the
//! output formats and exit codes.
//!
//! Fixtures are in `tests/fixtures/a11y/`: `rules/<code>[--variant]/` holds a page (and its
//! stylesheet) whose defective lines end with a `defect` comment, and an optional `args` file
//! of extra command-line options; `clean/<name>/` holds pages that must pass.

use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};

use assert_cmd::Command;
use serde_json::Value;

fn fixtures(kind: &str) -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/a11y")
        .join(kind);
    let mut dirs: Vec<PathBuf> = fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_dir())
        .collect();
    dirs.sort();
    dirs
}

/// Runs `easyguide a11y DIR ARGS... --format json`: the exit code and the findings.
fn check(dir: &Path, extra: &[&str]) -> (i32, Vec<Value>) {
    let args = fs::read_to_string(dir.join("args")).unwrap_or_default();
    let output = Command::cargo_bin("easyguide")
        .unwrap()
        .arg("a11y")
        .arg(dir)
        .args(args.split_whitespace())
        .args(extra)
        .args(["--format", "json", "--color", "never"])
        .output()
        .unwrap();
    let findings: Value = serde_json::from_slice(&output.stdout).unwrap_or_else(|e| {
        panic!(
            "{}: {e}\n{}",
            dir.display(),
            String::from_utf8_lossy(&output.stderr)
        )
    });
    (
        output.status.code().unwrap(),
        findings.as_array().unwrap().clone(),
    )
}

/// The (file, line) of every line marked as a defect in a fixture folder.
fn marked(dir: &Path) -> BTreeSet<(String, u64)> {
    let mut out = BTreeSet::new();
    for entry in walkdir::WalkDir::new(dir).sort_by_file_name() {
        let entry = entry.unwrap();
        let Ok(text) = fs::read_to_string(entry.path()) else {
            continue;
        };
        for (i, line) in text.lines().enumerate() {
            if line.contains("<!-- defect -->") || line.contains("/* defect */") {
                out.insert((
                    entry.file_name().to_string_lossy().into_owned(),
                    i as u64 + 1,
                ));
            }
        }
    }
    out
}

fn place(f: &Value) -> (String, u64) {
    let file = f["file"].as_str().unwrap();
    let name = file.rsplit('/').next().unwrap().to_owned();
    (name, f["line"].as_u64().unwrap())
}

#[test]
fn every_rule_finds_its_defect_at_its_line_and_nothing_else() {
    let mut failures = Vec::new();
    let mut codes = BTreeSet::new();
    for dir in fixtures("rules") {
        let name = dir.file_name().unwrap().to_string_lossy().into_owned();
        let code = name.split("--").next().unwrap().to_owned();
        codes.insert(code.clone());
        let (_, findings) = check(&dir, &[]);
        let expected = marked(&dir);
        let found: BTreeSet<(String, u64)> = findings.iter().map(place).collect();
        let codes_found: BTreeSet<&str> = findings
            .iter()
            .map(|f| f["code"].as_str().unwrap())
            .collect();
        if found != expected
            || codes_found != BTreeSet::from([code.as_str()])
            || findings.len() != expected.len()
        {
            failures.push(format!(
                "{name}: expected {code} at {expected:?}, got {:?}",
                findings
                    .iter()
                    .map(|f| format!("{} {}:{} {}", f["code"], f["file"], f["line"], f["message"]))
                    .collect::<Vec<_>>()
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    // Every rule of the catalogue has a fixture.
    let missing: Vec<&str> = easyguide::a11y::RULES
        .iter()
        .map(|r| r.code)
        .filter(|c| !codes.contains(*c))
        .collect();
    assert!(missing.is_empty(), "rules without a fixture: {missing:?}");
}

#[test]
fn clean_pages_have_no_finding() {
    for dir in fixtures("clean") {
        let (code, findings) = check(&dir, &[]);
        assert!(findings.is_empty(), "{}: {findings:#?}", dir.display());
        assert_eq!(code, 0);
    }
}

#[test]
fn json_has_the_documented_fields() {
    let dir =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/a11y/rules/image-alt-missing");
    let (code, findings) = check(&dir, &[]);
    assert_eq!(code, 1, "an error exits 1");
    let f = &findings[0];
    for field in [
        "file", "line", "column", "code", "wcag", "level", "severity", "message", "why", "help",
        "snippet",
    ] {
        assert!(!f[field].is_null(), "{field} missing in {f}");
    }
    assert_eq!(f["code"], "image-alt-missing");
    assert_eq!(f["wcag"], "1.1.1");
    assert_eq!(f["level"], "A");
    assert_eq!(f["severity"], "error");
    assert_eq!(f["column"], 4);
    assert!(
        f["snippet"]
            .as_str()
            .unwrap()
            .starts_with("<img src=\"surgery-front.jpg\"")
    );
}

#[test]
fn warnings_exit_0_unless_denied() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/a11y/rules/heading-order");
    let (code, findings) = check(&dir, &[]);
    assert_eq!(
        (code, findings[0]["severity"].as_str()),
        (0, Some("warning"))
    );
    let (code, findings) = check(&dir, &["--deny", "warnings"]);
    assert_eq!((code, findings[0]["severity"].as_str()), (1, Some("error")));
}

#[test]
fn full_and_short_formats_show_where_and_why() {
    let dir =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/a11y/rules/color-contrast");
    let run = |format: &str| {
        let out = Command::cargo_bin("easyguide")
            .unwrap()
            .args(["a11y", "--color", "never", "--format", format])
            .arg(&dir)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(1));
        String::from_utf8(out.stderr).unwrap()
    };
    let full = run("full");
    assert!(
        full.contains(
            "error[color-contrast]: text #949494 on #ffffff has a contrast of 3.03:1, below 4.5:1"
        ),
        "{full}"
    );
    assert!(
        full.contains("p { color: #949494; }"),
        "the CSS line is shown: {full}"
    );
    assert!(
        full.contains("WCAG 2.2 1.4.3 Contrast (Minimum) (level AA)"),
        "{full}"
    );
    assert!(
        full.contains("index.html:12:1"),
        "the element is named: {full}"
    );
    let short = run("short");
    assert!(short.lines().next().unwrap().ends_with("style.css:2:5: error[color-contrast]: text #949494 on #ffffff has a contrast of 3.03:1, below 4.5:1"), "{short}");
}

#[test]
fn a_missing_path_is_a_tool_failure() {
    let out = Command::cargo_bin("easyguide")
        .unwrap()
        .args(["a11y", "no/such/folder"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("could not read no/such/folder"));
}
