//! `easyguide bundle`: the offline copy of this repository's site, unzipped and crawled from
//! `START-HERE.html` the way a browser follows links under `file://`, and the same zip from
//! the same sources.

use std::collections::{BTreeSet, VecDeque};
use std::fs;
use std::path::{Path, PathBuf};

use assert_cmd::Command;
use scraper::{Html, Selector};
use url::Url;

use super::helper::{Site, TODAY};

const BASE_HOST: &str = "easyguide.example.org";

fn bundle(root: &Path, zip: &Path) -> String {
    let output = Command::cargo_bin("easyguide")
        .unwrap()
        .env("NO_COLOR", "1")
        .env("EASYGUIDE_TODAY", TODAY)
        .arg("bundle")
        .arg("--root")
        .arg(root)
        .arg("--output")
        .arg(zip)
        .args(["--deny", "warnings", "--format", "short"])
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
    assert!(output.status.success(), "{stderr}");
    stderr
}

fn unzip(zip: &Path, into: &Path) -> BTreeSet<String> {
    let mut archive = zip::ZipArchive::new(fs::File::open(zip).unwrap()).unwrap();
    archive.extract(into).unwrap();
    archive
        .file_names()
        .map(|n| n.unwrap().into_owned())
        .collect()
}

/// Every address a page asks for or links to: links, stylesheets, pictures.
fn addresses(html: &str) -> Vec<String> {
    let doc = Html::parse_document(html);
    let mut out = Vec::new();
    for (selector, attribute) in [
        ("a[href]", "href"),
        ("link[href]", "href"),
        ("img[src]", "src"),
        ("[srcset]", "srcset"),
    ] {
        for element in doc.select(&Selector::parse(selector).unwrap()) {
            let value = element.value().attr(attribute).unwrap();
            if attribute == "srcset" {
                out.extend(
                    value
                        .split(',')
                        .filter_map(|c| c.split_whitespace().next())
                        .map(str::to_owned),
                );
            } else {
                out.push(value.to_owned());
            }
        }
    }
    out
}

/// Every web address written in the guides' Markdown: the only links to other hosts an
/// offline copy may have (a reader's way to NHS 111 online, say), none of them easyguide's.
fn written_in_guides() -> String {
    let content = Path::new(env!("CARGO_MANIFEST_DIR")).join("content");
    walkdir::WalkDir::new(content)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| {
            e.path()
                .extension()
                .is_some_and(|x| x == "md" || x == "ftl")
        })
        .map(|e| fs::read_to_string(e.path()).unwrap())
        .collect()
}

#[test]
fn the_offline_copy_works_from_disk_through_every_language_and_guide() {
    let tmp = tempfile::tempdir().unwrap();
    let zip = tmp.path().join("copy.zip");
    let said = bundle(Path::new(env!("CARGO_MANIFEST_DIR")), &zip);
    assert!(said.contains("open START-HERE.html"), "{said}");
    let dir = tmp.path().join("unzipped");
    let names = unzip(&zip, &dir);
    assert!(
        names.contains("START-HERE.html") && names.contains("README.txt"),
        "{names:?}"
    );
    for left_out in ["sitemap.xml", "api/", "embed/", "share/", "feed.xml"] {
        assert!(
            !names.iter().any(|n| n.contains(left_out)),
            "{left_out} is in the offline copy"
        );
    }
    let readme = fs::read_to_string(dir.join("README.txt")).unwrap();
    assert!(
        readme.contains("START-HERE.html") && readme.contains("\r\n"),
        "{readme}"
    );
    assert!(readme.contains("7 languages"), "{readme}");

    let written = written_in_guides();
    let start = Url::from_file_path(dir.join("START-HERE.html")).unwrap();
    let mut queue = VecDeque::from([start.clone()]);
    let mut seen = BTreeSet::from([start]);
    let (mut broken, mut foreign) = (Vec::new(), Vec::new());
    while let Some(page) = queue.pop_front() {
        let path = page.to_file_path().unwrap();
        let html = fs::read_to_string(&path).unwrap();
        for address in addresses(&html) {
            let Ok(target) = page.join(&address) else {
                broken.push(format!("{page}: cannot read {address}"));
                continue;
            };
            match target.scheme() {
                "file" => {}
                "mailto" | "tel" => continue,
                _ => {
                    // Only a link an author wrote in a guide may leave the copy.
                    if target.host_str() == Some(BASE_HOST)
                        || !written.contains(address.trim_end_matches('/'))
                    {
                        foreign.push(format!("{page}: {address}"));
                    }
                    continue;
                }
            }
            let mut file = target.clone();
            file.set_fragment(None);
            let on_disk: PathBuf = file.to_file_path().unwrap();
            // A folder's address works on the web, not from disk: every link names a file.
            if !on_disk.is_file() {
                broken.push(format!("{page}: {address}"));
                continue;
            }
            if on_disk.extension().is_some_and(|e| e == "html") && seen.insert(file.clone()) {
                queue.push_back(file);
            }
        }
    }
    assert!(
        broken.is_empty(),
        "broken links under file://:\n{}",
        broken.join("\n")
    );
    assert!(
        foreign.is_empty(),
        "links to other hosts:\n{}",
        foreign.join("\n")
    );
    let pages: BTreeSet<String> = names
        .iter()
        .filter(|n| n.ends_with(".html"))
        .cloned()
        .collect();
    let reached: BTreeSet<String> = seen
        .iter()
        .map(|u| {
            let p = u.to_file_path().unwrap();
            let p = p.strip_prefix(&dir).unwrap();
            p.components()
                .map(|c| c.as_os_str().to_string_lossy())
                .collect::<Vec<_>>()
                .join("/")
        })
        .collect();
    assert_eq!(reached, pages, "every page is reached from START-HERE.html");
    for lang in ["en", "cy", "pl", "ro", "ar", "ur", "bn"] {
        assert!(
            reached.contains(&format!("{lang}/nhs-app/index.html")),
            "{lang}"
        );
        assert!(
            reached.contains(&format!("print/{lang}/nhs-app/index.html")),
            "{lang}"
        );
    }
}

#[test]
fn the_same_sources_give_the_same_zip_and_a_foreign_file_is_left_alone() {
    let site = Site::fixture("translated");
    let (one, two) = (site.path("one.zip"), site.path("two.zip"));
    bundle(site.root(), &one);
    bundle(site.root(), &two);
    assert_eq!(
        fs::read(&one).unwrap(),
        fs::read(&two).unwrap(),
        "the zips differ"
    );
    // Written again over its own zip, it replaces it.
    bundle(site.root(), &one);
    // A zip easyguide did not write is refused, and kept as it was.
    site.write("theirs.zip", "not ours");
    let run = site.run(&["bundle", "--output", "theirs.zip"]);
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(
        run.stderr.contains("easyguide did not write it"),
        "{}",
        run.stderr
    );
    assert_eq!(site.read("theirs.zip"), "not ours");
    // A build with errors writes no zip.
    site.write("content/broken/index.md", "---\ntitle = \"\n---\n");
    let run = site.run(&["bundle", "--output", "three.zip"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(
        run.stderr.contains("three.zip was not written"),
        "{}",
        run.stderr
    );
    assert!(!site.path("three.zip").exists());
}
