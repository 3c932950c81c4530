//! `easyguide serve`: `watch`, plus a local web server with live reload.
//!
//! Binds first (so a port in use is reported before any work, with the next free port),
//! builds, then serves the output folder on 127.0.0.1 until Ctrl-C, when the server stops
//! taking requests, open event streams end, the build in progress finishes and the port is
//! released.

use std::net::{IpAddr, Ipv4Addr, SocketAddr, TcpListener};
use std::process::ExitCode;

use super::Outcome;
use super::print::Printer;
use super::watch::{self, finish, spawn, start};
use crate::error::Error;
use crate::serve::reload::Channel;
use crate::serve::{Event, server};

/// The port `serve` uses unless told otherwise.
pub const DEFAULT_PORT: u16 = 5050;

/// Arguments of `easyguide serve`.
#[derive(Debug, clap::Args)]
pub struct ServeArgs {
    #[command(flatten)]
    watch: watch::Args,
    /// The port to serve on.
    #[arg(long, short, default_value_t = DEFAULT_PORT)]
    port: u16,
    /// Open the site in the default browser once it is served.
    #[arg(long)]
    open: bool,
    /// Serve on another address than 127.0.0.1 (for example 0.0.0.0 to let phones on the
    /// same network see the preview). Anyone who can reach that address can read it.
    #[arg(long, value_name = "ADDRESS")]
    bind: Option<IpAddr>,
}

/// Runs `serve` until Ctrl-C.
pub fn run(args: ServeArgs, printer: &Printer) -> Outcome {
    let ip = args.bind.unwrap_or(IpAddr::V4(Ipv4Addr::LOCALHOST));
    if !ip.is_loopback() {
        printer.info(&format!(
            "warning: serving on {ip}: anyone who can reach this computer on that address can read the preview"
        ));
    }
    let listener = bind(SocketAddr::new(ip, args.port))?;
    let (session, watching) = start(&args.watch, printer)?;
    let channel = Channel::new();
    if let Some(dir) = session.output_dir() {
        channel.set_output(dir);
    }
    let stop = watching.stop.clone();
    let events = channel.clone();
    let handle = spawn(session, watching, *printer, move |event: Event, session| {
        if let Some(dir) = session.output_dir() {
            events.set_output(dir);
        }
        events.send(event);
    });
    let url = url(listener
        .local_addr()
        .map_err(Error::io("serve on", "the port"))?);
    let served = serve(listener, channel, &url, args.open, printer);
    finish(stop, handle, printer);
    served.map(|()| ExitCode::SUCCESS)
}

/// Binds the port, or says it is in use and which one is free.
fn bind(addr: SocketAddr) -> Result<TcpListener, Error> {
    match TcpListener::bind(addr) {
        Ok(listener) => Ok(listener),
        Err(e) if e.kind() == std::io::ErrorKind::AddrInUse => {
            let free = (addr.port().saturating_add(1)..=addr.port().saturating_add(100))
                .find(|p| TcpListener::bind(SocketAddr::new(addr.ip(), *p)).is_ok());
            let help = match free {
                Some(port) => format!("port {port} is free: run `easyguide serve --port {port}`"),
                None => "stop the other program, or choose a port with --port".into(),
            };
            Err(Error::Usage {
                message: format!(
                    "port {} on {} is already in use (by another easyguide serve, or another program)",
                    addr.port(),
                    addr.ip()
                ),
                help,
            })
        }
        Err(e) => Err(Error::io("serve on", addr.to_string())(e)),
    }
}

fn url(addr: SocketAddr) -> String {
    match addr.ip() {
        IpAddr::V6(ip) => format!("http://[{ip}]:{}/", addr.port()),
        IpAddr::V4(ip) => format!("http://{ip}:{}/", addr.port()),
    }
}

/// Serves until Ctrl-C.
fn serve(
    listener: TcpListener,
    channel: Channel,
    url: &str,
    open: bool,
    printer: &Printer,
) -> Result<(), Error> {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .map_err(Error::io("start the server on", url))?;
    runtime.block_on(async {
        listener
            .set_nonblocking(true)
            .map_err(Error::io("serve on", url))?;
        let listener =
            tokio::net::TcpListener::from_std(listener).map_err(Error::io("serve on", url))?;
        printer.info(&format!("serving {url} (live reload on; Ctrl-C to stop)"));
        if open && let Err(e) = open::that_detached(url) {
            printer.info(&format!(
                "could not open a browser ({e}); open {url} yourself"
            ));
        }
        let shutdown = async {
            let _ = tokio::signal::ctrl_c().await;
        };
        server::run(listener, channel, shutdown)
            .await
            .map_err(Error::io("serve on", url))
    })
}
