//! `easyguide serve` run as a user would: the real binary on a free port, a client that
//! speaks HTTP and reads the Server-Sent Events stream like a browser, and files edited on
//! disk in between.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Child, Command, Stdio};
use std::sync::mpsc::{Receiver, channel};
use std::time::Duration;

use crate::helper::Site;

const WAIT: Duration = Duration::from_secs(20);

/// A running `easyguide serve` and its standard error, line by line.
struct Server {
    child: Child,
    port: u16,
    lines: Receiver<String>,
}

impl Server {
    fn start(site: &Site, extra: &[&str]) -> Server {
        let port = free_port();
        let mut child = Command::new(env!("CARGO_BIN_EXE_easyguide"))
            .current_dir(site.root())
            .env("NO_COLOR", "1")
            .args(["serve", "--port", &port.to_string()])
            .args(extra)
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let lines = lines_of(child.stderr.take().unwrap());
        let server = Server { child, port, lines };
        server.wait_for_line("serving http://127.0.0.1:");
        server
    }

    fn wait_for_line(&self, text: &str) -> String {
        loop {
            let line = self
                .lines
                .recv_timeout(WAIT)
                .unwrap_or_else(|_| panic!("no line with {text:?}"));
            if line.contains(text) {
                return line;
            }
        }
    }

    /// `GET path` over HTTP/1.0: (status, headers, body).
    fn get(&self, path: &str) -> (u16, String, String) {
        let mut stream = TcpStream::connect(("127.0.0.1", self.port)).unwrap();
        write!(stream, "GET {path} HTTP/1.0\r\nHost: localhost\r\n\r\n").unwrap();
        let mut response = String::new();
        stream.read_to_string(&mut response).unwrap();
        let (head, body) = response.split_once("\r\n\r\n").unwrap();
        let status = head.split(' ').nth(1).unwrap().parse().unwrap();
        (status, head.to_lowercase(), body.to_owned())
    }

    /// The events stream: (event name, data) as they arrive, after `hello`.
    fn events(&self) -> Receiver<(String, String)> {
        let mut stream = TcpStream::connect(("127.0.0.1", self.port)).unwrap();
        write!(
            stream,
            "GET /__easyguide/events HTTP/1.0\r\nHost: localhost\r\nAccept: text/event-stream\r\n\r\n"
        )
        .unwrap();
        let (tx, rx) = channel();
        std::thread::spawn(move || {
            let mut name = String::new();
            for line in BufReader::new(stream).lines() {
                let Ok(line) = line else { return };
                if let Some(n) = line.strip_prefix("event: ") {
                    name = n.to_owned();
                } else if let Some(data) = line.strip_prefix("data: ") {
                    let _ = tx.send((name.clone(), data.to_owned()));
                }
            }
        });
        assert_eq!(rx.recv_timeout(WAIT).unwrap().0, "hello");
        rx
    }

    /// Sends Ctrl-C and waits for the process to end.
    fn interrupt(mut self) -> std::process::ExitStatus {
        let pid = self.child.id().to_string();
        Command::new("kill").args(["-INT", &pid]).status().unwrap();
        for _ in 0..100 {
            if let Some(status) = self.child.try_wait().unwrap() {
                return status;
            }
            std::thread::sleep(Duration::from_millis(100));
        }
        self.child.kill().unwrap();
        panic!("serve did not stop on Ctrl-C");
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

fn lines_of(stderr: impl Read + Send + 'static) -> Receiver<String> {
    let (tx, rx) = channel();
    std::thread::spawn(move || {
        for line in BufReader::new(stderr).lines().map_while(Result::ok) {
            let _ = tx.send(line);
        }
    });
    rx
}

/// The next event other than keep-alives, by name.
fn next(events: &Receiver<(String, String)>) -> (String, String) {
    events.recv_timeout(WAIT).expect("an event")
}

/// The basic fixture in English and Welsh.
fn site() -> Site {
    let site = Site::fixture("basic");
    site.edit(
        "site.toml",
        "language = \"en\"",
        "language = \"en\"\nlanguages = [\"en\", \"cy\"]",
    );
    site
}

#[test]
fn edits_reload_errors_show_over_the_last_good_page_and_fixes_recover() {
    let site = site();
    let server = Server::start(&site, &[]);
    let events = server.events();
    let (status, head, page) = server.get("/en/second/");
    assert_eq!(status, 200);
    assert!(head.contains("cache-control: no-store"), "{head}");
    assert!(page.contains("/__easyguide/live.js"));
    assert!(
        !site
            .read("public/en/second/index.html")
            .contains("__easyguide"),
        "the script is added when serving, never written"
    );

    site.edit("content/second/index.md", "Go back to", "Now go back to");
    let (name, data) = next(&events);
    assert_eq!(name, "reload");
    assert!(data.contains("\"/en/second/index.html\""), "{data}");
    assert!(!data.contains("/en/first/index.html"), "{data}");
    assert!(server.get("/en/second/").2.contains("Now go back to"));

    site.edit("content/second/index.md", "title =", "titel =");
    let (name, data) = next(&events);
    assert_eq!(name, "failed");
    assert!(data.contains("titel"), "{data}");
    let (status, _, page) = server.get("/en/second/");
    assert_eq!(status, 200);
    assert!(
        page.contains("Now go back to"),
        "the last good page is served"
    );
    assert!(page.contains("id=\"easyguide-overlay\""));
    assert!(
        page.contains("unknown key `titel`"),
        "the terminal's message"
    );
    assert!(server.get("/en/first/").2.contains("easyguide-overlay"));

    site.edit("content/second/index.md", "titel =", "title =");
    let (name, data) = next(&events);
    assert_eq!(name, "reload");
    assert!(data.contains("\"all\":true"), "{data}");
    assert!(!server.get("/en/second/").2.contains("easyguide-overlay"));

    site.write(
        "locales/cy/second.ftl",
        "# status: draft\nsecond-guide = Ail ganllaw\n",
    );
    let before = server.get("/cy/second/").2;
    let (name, data) = next(&events);
    assert_eq!(name, "reload");
    assert!(data.contains("\"/cy/second/index.html\""), "{data}");
    assert!(!data.contains("/en/second/"), "{data}");
    assert_ne!(server.get("/cy/second/").2, before);

    assert!(server.interrupt().success());
}

#[test]
fn a_changed_stylesheet_is_swapped_without_a_reload() {
    let site = site();
    site.write("static/style.css", "body { color: #000; }\n");
    let server = Server::start(&site, &[]);
    let events = server.events();
    site.write("static/style.css", "body { color: #111; }\n");
    let (name, data) = next(&events);
    assert_eq!(name, "css", "{data}");
    assert!(data.contains("style."), "{data}");
}

#[test]
fn a_deleted_and_recreated_content_folder_is_built_again() {
    let site = site();
    let server = Server::start(&site, &[]);
    let events = server.events();
    let saved = site.snapshot("content");
    std::fs::remove_dir_all(site.path("content")).unwrap();
    // A site without guides still builds: its guide pages go (a build may also catch the
    // folder half deleted, with a broken link: that one fails and the next succeeds).
    let gone = (0..200).any(|_| {
        std::thread::sleep(Duration::from_millis(100));
        server.get("/en/second/").0 == 404
    });
    assert!(gone, "the guide's page went with its folder");
    while events.try_recv().is_ok() {}
    for (path, bytes) in &saved {
        site.write_bytes(&format!("content/{path}"), bytes);
    }
    loop {
        let (name, data) = next(&events);
        if name == "reload" && data.contains("/en/second/") {
            break;
        }
    }
    // Stays watched: a later edit is seen.
    std::thread::sleep(Duration::from_millis(200));
    site.edit("content/second/index.md", "Go back to", "Then go back to");
    loop {
        let (name, data) = next(&events);
        if name == "reload" && data.contains("/en/second/") {
            break;
        }
    }
    assert!(server.get("/en/second/").2.contains("Then go back to"));
}

#[test]
fn traversal_and_files_outside_the_site_are_refused() {
    let site = site();
    site.write("secret.txt", "do not serve");
    site.write("locales/cy/first.ftl", "first-guide = Canllaw cyntaf\n");
    #[cfg(unix)]
    std::os::unix::fs::symlink(site.path("secret.txt"), site.path("static/link.txt")).ok();
    let server = Server::start(&site, &[]);
    for path in [
        "/../secret.txt",
        "/en/../../secret.txt",
        "/%2e%2e/secret.txt",
        "/%2E%2E/secret.txt",
        "/en%2f..%2f..%2fsecret.txt",
        "/..%5csecret.txt",
        "/..\\secret.txt",
        "/link.txt",
        "/.easyguide",
        "/site.toml",
    ] {
        let (status, _, body) = server.get(path);
        assert_ne!(status, 200, "{path}");
        assert!(!body.contains("do not serve"), "{path}");
    }
    let (status, _, body) = server.get("/en/");
    assert_eq!(status, 200);
    assert!(!body.contains("Index of"), "no listing");
    let (status, head, _) = server.get("/en");
    assert_eq!(status, 301);
    assert!(head.contains("location: /en/"), "{head}");
}

#[test]
fn a_port_in_use_is_named_with_the_next_free_one() {
    let site = site();
    let taken = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = taken.local_addr().unwrap().port().to_string();
    let run = site.run(&["serve", "--port", &port]);
    run.expect(2).says("is already in use").says("--port");
}

#[test]
fn watch_rebuilds_with_one_line_and_polling_works() {
    let site = site();
    let mut child = Command::new(env!("CARGO_BIN_EXE_easyguide"))
        .current_dir(site.root())
        .env("NO_COLOR", "1")
        .args(["watch", "--poll"])
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let lines = lines_of(child.stderr.take().unwrap());
    let server = Server {
        child,
        port: 0,
        lines,
    };
    server.wait_for_line("for changes");
    // Let the poller take its first look, so the edit is a change from what it saw.
    std::thread::sleep(Duration::from_secs(1));
    site.write("content/second/.index.md.swp", "swap");
    site.edit("content/second/index.md", "Go back to", "Now go back to");
    let line = server.wait_for_line("changed");
    assert!(
        line.starts_with("done: content/second/index.md changed: "),
        "{line}"
    );
    assert!(line.contains(" ms"), "{line}");
    assert!(
        site.read("public/en/second/index.html")
            .contains("Now go back to")
    );
    assert!(server.interrupt().success());
}
