//! `easyguide watch`: build, then build again on every change to the sources, printing one
//! line per rebuild and the findings of what changed. The loop is shared with `serve`.

use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::mpsc::{Receiver, Sender};

use super::print::{Printer, count};
use super::{MessageArgs, Outcome, SiteArgs};
use crate::diag::render::Format;
use crate::diag::{Diagnostic, Location, Severity, SourceMap};
use crate::error::Error;
use crate::serve::Event;
use crate::serve::changes::{self, FOLDERS};
use crate::serve::session::{Rebuilt, Session};
use crate::serve::watcher::{Message, Watcher};

/// Arguments of `easyguide watch` (and the watching half of `serve`).
#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(flatten)]
    site: SiteArgs,
    /// Where to write the site (default: `output` in site.toml, which defaults to public/).
    #[arg(long, short, value_name = "DIR")]
    output: Option<PathBuf>,
    /// Look at every file a few times a second instead of waiting for the system's change
    /// notices (for network drives and containers, where those never arrive).
    #[arg(long)]
    poll: bool,
    #[command(flatten)]
    messages: MessageArgs,
}

/// Runs `watch` until Ctrl-C.
pub fn run(args: Args, printer: &Printer) -> Outcome {
    let (session, watching) = start(&args, printer)?;
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(Error::io("start watching", &args.site.root))?;
    let stop = watching.stop.clone();
    let handle = spawn(session, watching, *printer, |_, _| {});
    runtime.block_on(async {
        let _ = tokio::signal::ctrl_c().await;
    });
    finish(stop, handle, printer);
    Ok(ExitCode::SUCCESS)
}

/// A started watcher and what the rebuild loop needs.
pub struct Watching {
    watcher: Watcher,
    messages: Receiver<Message>,
    /// Sends [`Message::Stop`] to the loop.
    pub stop: Sender<Message>,
    format: Format,
}

/// The first build (all its findings printed) and a running watcher.
pub fn start(args: &Args, printer: &Printer) -> Result<(Session, Watching), Error> {
    let root = args
        .site
        .root
        .canonicalize()
        .map_err(Error::io("open the site folder", &args.site.root))?;
    if !root.join(changes::CONFIG).is_file() {
        return Err(Error::NotASite(args.site.root.clone()));
    }
    let mut session = Session::new(crate::BuildOptions {
        root: root.clone(),
        output: args.output.as_ref().map(|o| root.join(o)),
        deny_warnings: args.messages.deny.is_some(),
        write: true,
        today: Some(super::today()?),
        edition: Default::default(),
        shown_as: None,
    });
    let first = session.rebuild();
    print_first(&first, printer, args.messages.format);
    let (watcher, stop, messages) = Watcher::start(&root, args.poll).map_err(|e| Error::Usage {
        message: format!("could not watch {} for changes: {e}", root.display()),
        help: "try --poll, which looks at the files instead of waiting for change notices".into(),
    })?;
    let how = if args.poll { " (polling)" } else { "" };
    printer.info(&format!(
        "watching {}/, site.toml{how} for changes; Ctrl-C to stop",
        FOLDERS.join("/, ")
    ));
    let watching = Watching {
        watcher,
        messages,
        stop,
        format: args.messages.format,
    };
    Ok((session, watching))
}

/// Runs the rebuild loop on its own thread; `on_event` hears what browsers should do.
pub fn spawn(
    mut session: Session,
    mut watching: Watching,
    printer: Printer,
    mut on_event: impl FnMut(Event, &Session) + Send + 'static,
) -> std::thread::JoinHandle<()> {
    std::thread::spawn(move || {
        while let Some(changed) = next_batch(&watching.messages, &printer) {
            watching.watcher.refresh();
            let rebuilt = session.rebuild();
            print_rebuild(&rebuilt, &changed, &printer, watching.format);
            if let Some(event) = rebuilt.event {
                on_event(event, &session);
            }
        }
    })
}

/// Stops the loop (after the build in progress, so nothing is left half-written).
pub fn finish(stop: Sender<Message>, handle: std::thread::JoinHandle<()>, printer: &Printer) {
    let _ = stop.send(Message::Stop);
    let _ = handle.join();
    printer.info("stopped watching");
}

/// The next changes, joined with any that arrived while the last build ran; `None` to stop.
fn next_batch(messages: &Receiver<Message>, printer: &Printer) -> Option<Vec<String>> {
    let mut changed = Vec::new();
    let mut message = messages.recv().ok()?;
    loop {
        match message {
            Message::Changed(paths) => changed.extend(paths),
            Message::Failed(why) => printer.info(&format!("watching: {why}")),
            Message::Stop => return None,
        }
        match messages.try_recv() {
            Ok(next) => message = next,
            Err(_) if changed.is_empty() => message = messages.recv().ok()?,
            Err(_) => break,
        }
    }
    changed.sort();
    changed.dedup();
    Some(changed)
}

fn print_first(first: &Rebuilt, printer: &Printer, format: Format) {
    match &first.report {
        Ok(report) => {
            printer.diagnostics(&report.map, report.diagnostics.as_slice(), format);
            let line = format!(
                "built {} ({}, {}) in {} ms",
                count(report.pages, "page", "pages"),
                count(report.guides, "guide", "guides"),
                count(report.languages, "language", "languages"),
                first.elapsed.as_millis()
            );
            summary(printer, report.written, &line, report);
        }
        Err(e) => printer.tool_error(e),
    }
}

/// One line for a rebuild, after the findings of the files that changed.
fn print_rebuild(rebuilt: &Rebuilt, changed: &[String], printer: &Printer, format: Format) {
    let what = changes::describe(changed);
    let ms = rebuilt.elapsed.as_millis();
    match &rebuilt.report {
        Ok(report) => {
            let shown = concerning(report.diagnostics.as_slice(), &report.map, changed);
            printer.diagnostics(&report.map, &shown, format);
            let w = &report.work;
            let line = format!(
                "{what} changed: {} ({} parsed, {} made in a language, {} scored) in {ms} ms",
                count(w.rendered, "page rebuilt", "pages rebuilt"),
                w.parsed,
                w.localised,
                w.scored
            );
            summary(printer, report.written, &line, report);
        }
        Err(e) => {
            printer.tool_error(e);
            printer.summary(false, &format!("{what} changed: not rebuilt ({ms} ms)"));
        }
    }
}

fn summary(printer: &Printer, written: bool, line: &str, report: &crate::BuildReport) {
    if written {
        printer.summary(true, line);
    } else {
        let errors = report.diagnostics.count(Severity::Error);
        let shown = report.output_dir.display();
        let why = count(errors, "error", "errors");
        printer.summary(false, &format!("{line}: {why}; {shown} was not changed"));
    }
}

/// Every error (each one stops the site being written), and the other findings only in
/// the files the change concerns.
fn concerning(diagnostics: &[Diagnostic], map: &SourceMap, changed: &[String]) -> Vec<Diagnostic> {
    diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Error || changes::concerns(changed, file_of(d, map)))
        .cloned()
        .collect()
}

fn file_of<'a>(d: &'a Diagnostic, map: &'a SourceMap) -> &'a str {
    match &d.location {
        Some(Location::Span { file, .. }) => map.try_get(*file).map_or("", |f| f.display_path()),
        Some(Location::Path(path)) => path,
        Some(Location::Output { page, .. }) => page,
        None => "",
    }
}
