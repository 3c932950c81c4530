//! Save-to-reload latency of `easyguide serve` (run through `bench/latency.sh`).
//!
//! Takes a site folder (a copy: its files are edited), a number of edits and the path of
//! the easyguide binary; starts `serve` on a free port, connects to the reload channel as a
//! browser does, then edits one guide's Markdown and one `.ftl` file that many times each,
//! timing each save until its `reload` event arrives. Prints median and 95th percentile.

use std::io::{BufRead, BufReader, Write};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::mpsc::{Receiver, channel};
use std::time::{Duration, Instant};

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let site = PathBuf::from(&args[1]);
    let edits: usize = args[2].parse().expect("a number of edits");
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("a free port")
        .port();
    let binary = std::fs::canonicalize(&args[3]).expect("the easyguide binary");
    let mut child = Command::new(binary)
        .current_dir(&site)
        .args(["serve", "--port", &port.to_string(), "--color", "never"])
        .stderr(Stdio::piped())
        .spawn()
        .expect("easyguide starts");
    let stderr = BufReader::new(child.stderr.take().expect("stderr"));
    let mut lines = stderr.lines().map_while(Result::ok);
    let first = lines
        .by_ref()
        .find(|l| l.starts_with("done: built"))
        .unwrap_or_default();
    println!("{first}");
    lines
        .find(|l| l.starts_with("serving"))
        .expect("serve starts");
    std::thread::spawn(move || lines.for_each(drop));
    let events = connect(port);
    let (guide, ftl) = targets(&site);
    for (what, file) in [("guide", guide), (".ftl", ftl)] {
        let times = measure(&file, edits, &events);
        report(what, &file, &times);
    }
    let _ = Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status();
    let _ = child.wait();
}

/// The first guide's Markdown, and a message file for it in the first other language.
fn targets(site: &Path) -> (PathBuf, PathBuf) {
    let mut guides: Vec<PathBuf> = std::fs::read_dir(site.join("content"))
        .expect("content/")
        .filter_map(|e| e.ok().map(|e| e.path().join("index.md")))
        .filter(|p| p.is_file())
        .collect();
    guides.sort();
    let guide = guides.first().expect("a guide").clone();
    let slug = guide.parent().and_then(Path::file_name).expect("slug");
    let mut ftls: Vec<PathBuf> = std::fs::read_dir(site.join("locales"))
        .expect("locales/")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .map(|lang| lang.join(format!("{}.ftl", slug.to_string_lossy())))
        .filter(|p| p.is_file())
        .collect();
    ftls.sort();
    (
        guide,
        ftls.first().expect("a message file for that guide").clone(),
    )
}

/// Saves `file` `edits` times (adding or removing a word at the end of the last line, so
/// every save changes the page), timing each save to its reload event.
fn measure(file: &Path, edits: usize, events: &Receiver<(String, String)>) -> Vec<Duration> {
    let original = std::fs::read_to_string(file).expect("readable");
    let mut times = Vec::new();
    for i in 0..edits {
        let text = if i % 2 == 0 {
            edited(file, &original)
        } else {
            original.clone()
        };
        while events.try_recv().is_ok() {}
        let saved = Instant::now();
        std::fs::write(file, text).expect("writable");
        loop {
            let (name, _) = events
                .recv_timeout(Duration::from_secs(60))
                .expect("an event within a minute");
            if name == "reload" {
                break;
            }
        }
        times.push(saved.elapsed());
        // Let the watcher go quiet, as between an author's saves.
        std::thread::sleep(Duration::from_millis(100));
    }
    std::fs::write(file, original).expect("writable");
    times
}

/// The file with one word added: to the first message of a `.ftl` file, or at the end of
/// a guide.
fn edited(file: &Path, original: &str) -> String {
    if file.extension().is_some_and(|e| e == "ftl") {
        let mut done = false;
        let lines: Vec<String> = original
            .lines()
            .map(|line| {
                let message = !line.starts_with(['#', ' ', '\t']) && line.contains(" = ");
                if message && !done {
                    done = true;
                    format!("{line} Again")
                } else {
                    line.to_owned()
                }
            })
            .collect();
        return lines.join("\n") + "\n";
    }
    format!("{} Again\n", original.trim_end())
}

fn report(what: &str, file: &Path, times: &[Duration]) {
    let mut ms: Vec<f64> = times.iter().map(|t| t.as_secs_f64() * 1000.0).collect();
    ms.sort_by(f64::total_cmp);
    let at = |q: f64| ms[((ms.len() as f64 * q).ceil() as usize).clamp(1, ms.len()) - 1];
    println!(
        "{what} edit ({}): {} saves, median {:.1} ms, p95 {:.1} ms, min {:.1} ms, max {:.1} ms",
        file.file_name().unwrap_or_default().to_string_lossy(),
        ms.len(),
        at(0.5),
        at(0.95),
        ms[0],
        ms[ms.len() - 1]
    );
}

/// The reload channel, read on a thread: (event, data) as they arrive.
fn connect(port: u16) -> Receiver<(String, String)> {
    let mut stream = TcpStream::connect(("127.0.0.1", port)).expect("connects");
    write!(
        stream,
        "GET /__easyguide/events HTTP/1.0\r\nHost: localhost\r\n\r\n"
    )
    .expect("request sent");
    let (tx, rx) = channel();
    std::thread::spawn(move || {
        let mut name = String::new();
        for line in BufReader::new(stream).lines().map_while(Result::ok) {
            if let Some(n) = line.strip_prefix("event: ") {
                name = n.to_owned();
            } else if line.starts_with("data: ") {
                let _ = tx.send((name.clone(), line));
            }
        }
    });
    let (hello, _) = rx.recv_timeout(Duration::from_secs(10)).expect("hello");
    assert_eq!(hello, "hello");
    rx
}
