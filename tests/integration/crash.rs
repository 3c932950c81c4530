//! Crash safety: builds killed with SIGKILL at random moments, and at moments picked by
//! watching the state folder (while the new site is written, while it is swapped in, and
//! while the old one is removed). Every time, the output folder must hold the complete old
//! or the complete new site, and the next build must succeed and leave nothing behind.

#![cfg(unix)]

use std::collections::BTreeMap;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use super::helper::Site;

/// How many killed builds, in all.
const RUNS: usize = 30;
/// Static files in the test site, so that writing and removing a site take a while.
const FILES: usize = 400;

/// When to kill a build.
#[derive(Debug, Clone, Copy)]
enum Moment {
    /// After a random time within a build's usual length.
    Random,
    /// As soon as the new site is seen being written.
    Writing,
    /// As soon as the journal says a site is being swapped in.
    Swapping,
    /// As soon as the old site is seen being removed.
    Cleaning,
}

struct Versions {
    old: BTreeMap<String, Vec<u8>>,
    new: BTreeMap<String, Vec<u8>>,
}

/// A small xorshift generator, so runs can be repeated from the printed seed.
struct Random(u64);

impl Random {
    fn below(&mut self, n: u64) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0 % n.max(1)
    }
}

fn set_version(site: &Site, version: usize) {
    site.write("static/version.txt", &format!("version {version}\n"));
    let title = ["First guide", "First guide, again"];
    let text = site.read("content/first/index.md");
    site.write(
        "content/first/index.md",
        &text.replacen(title[1 - version], title[version], 1),
    );
}

fn spawn_build(site: &Site) -> Child {
    Command::new(assert_cmd::cargo::cargo_bin("easyguide"))
        .arg("build")
        .current_dir(site.root())
        .env("NO_COLOR", "1")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap()
}

/// Whether the build has reached `moment`, judged from the state folder. `new` is the
/// SHA-256 of the new site's `version.txt`, by which the journal shows the swap is done.
fn reached(state: &Path, moment: Moment, new: &str) -> bool {
    match moment {
        Moment::Random => false,
        Moment::Writing => std::fs::read_dir(state).is_ok_and(|entries| {
            entries.flatten().any(|e| {
                e.file_name().to_string_lossy().starts_with("new-")
                    && std::fs::read_dir(e.path()).is_ok_and(|mut d| d.next().is_some())
            })
        }),
        Moment::Swapping | Moment::Cleaning => {
            let Ok(text) = std::fs::read_to_string(state.join("journal.json")) else {
                return false;
            };
            let Ok(journal) = serde_json::from_str::<serde_json::Value>(&text) else {
                return false;
            };
            let swapping = !journal["next"].is_null();
            let pending = journal["pending"].as_array().is_some_and(|p| !p.is_empty());
            let swapped = journal["files"]["version.txt"] == new;
            match moment {
                Moment::Swapping => swapping,
                _ => !swapping && pending && swapped,
            }
        }
    }
}

/// Runs a build and kills it at `moment` (or after `delay` for a random one). Returns
/// whether it was killed before finishing.
fn kill_at(site: &Site, moment: Moment, delay: Duration, new: &str) -> bool {
    let state = site.path(".public.easyguide");
    let mut child = spawn_build(site);
    let start = Instant::now();
    loop {
        if child.try_wait().unwrap().is_some() {
            return false;
        }
        let due = match moment {
            Moment::Random => start.elapsed() >= delay,
            _ => reached(&state, moment, new),
        };
        if due || start.elapsed() > Duration::from_secs(60) {
            child.kill().unwrap();
            child.wait().unwrap();
            return true;
        }
        std::thread::sleep(Duration::from_micros(200));
    }
}

fn sha256(bytes: &[u8]) -> String {
    use sha2::Digest;
    sha2::Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

fn state_entries(site: &Site) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(site.path(".public.easyguide"))
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    names.sort();
    names
}

#[test]
fn a_killed_build_leaves_a_whole_site_and_the_next_build_finishes() {
    let site = Site::fixture("basic");
    for i in 0..FILES {
        site.write(
            &format!("static/files/f{i:04}.txt"),
            &format!("{i}\n").repeat(200),
        );
    }
    site.write("static/version.txt", "version 0\n");
    let start = Instant::now();
    site.build().expect(0);
    let length = start.elapsed();
    let old = site.snapshot("public");
    set_version(&site, 1);
    site.build().expect(0);
    let versions = Versions {
        old,
        new: site.snapshot("public"),
    };
    assert_ne!(versions.old, versions.new);
    let seed = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_nanos() as u64
        | 1;
    let mut random = Random(seed);
    let moments = [
        Moment::Random,
        Moment::Writing,
        Moment::Random,
        Moment::Swapping,
        Moment::Random,
        Moment::Cleaning,
    ];
    let mut killed: BTreeMap<String, usize> = BTreeMap::new();
    let mut current = 1;
    for run in 0..RUNS {
        let next = 1 - current;
        set_version(&site, next);
        let moment = moments[run % moments.len()];
        let delay = Duration::from_micros(random.below(length.as_micros() as u64 * 11 / 10));
        let new = sha256(format!("version {next}\n").as_bytes());
        let was_killed = kill_at(&site, moment, delay, &new);
        let label = format!(
            "{moment:?}{}",
            if was_killed { "" } else { " (finished first)" }
        );
        *killed.entry(label.clone()).or_default() += 1;
        let (before, after) = match next {
            0 => (&versions.new, &versions.old),
            _ => (&versions.old, &versions.new),
        };
        let now = site.snapshot("public");
        assert!(
            now == *before || now == *after,
            "run {run} ({label}, seed {seed}): the output is neither the old nor the new site ({} files)",
            now.len()
        );
        site.build().expect(0);
        assert!(
            site.snapshot("public") == *after,
            "run {run} ({label}, seed {seed}): the next build did not write the new site"
        );
        assert_eq!(
            state_entries(&site),
            ["journal.json", "lock"],
            "run {run} ({label}, seed {seed})"
        );
        current = next;
    }
    println!("killed builds by moment (seed {seed}): {killed:?}");
    for moment in ["Writing", "Cleaning"] {
        assert!(
            killed.contains_key(moment),
            "no build was killed while {moment}: {killed:?}"
        );
    }
}
