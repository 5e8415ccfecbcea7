//! `llm-sim`: a deterministic OpenAI Chat Completions / Anthropic Messages
//! provider simulator with fault injection, used as the upstream for
//! `make run` and end-to-end tests. std-only HTTP/1.1, one thread per
//! connection.

/// `eprintln!` without the panic when stderr is gone (e.g. a test dropped the
/// pipe): the release profile aborts on panic, which would kill the server.
macro_rules! log {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        let _ = writeln!(std::io::stderr(), $($arg)*);
    }};
}

mod anthropic;
mod azure;
mod content;
mod faults;
mod gemini;
mod http;
mod openai;
mod server;

use std::io::Write;
use std::net::TcpListener;
use std::sync::Arc;
use std::time::Duration;

use faults::Faults;
use server::Config;

const USAGE: &str = "usage: llm-sim [--listen ADDR] [--name NAME] [--require-key KEY]
               [--fail-status CODE] [--delay-ms N] [--chunk-delay-ms N]
               [--drop-after-chunks N]
  --listen ADDR           bind address (default 127.0.0.1:8090; port 0 picks a free port)
  --name NAME             reported in x-sim-name, matched against x-sim-target (default sim)
  --require-key KEY       only accept this API key (default: any non-empty key)
  --fail-status CODE      default fault: reply with this error status
  --delay-ms N            default fault: sleep before response headers
  --chunk-delay-ms N      default fault: sleep between stream events
  --drop-after-chunks N   default fault: close the connection after N events";

fn fail(msg: &str) -> ! {
    log!("llm-sim: {msg}\n{USAGE}");
    std::process::exit(2)
}

fn parse_args(args: impl Iterator<Item = String>) -> (String, Config) {
    let mut listen = "127.0.0.1:8090".to_string();
    let mut cfg = Config {
        name: "sim".to_string(),
        require_key: None,
        defaults: Faults::default(),
    };
    let mut args = args.peekable();
    while let Some(flag) = args.next() {
        if flag == "-h" || flag == "--help" {
            println!("{USAGE}");
            std::process::exit(0);
        }
        // Accept both `--flag value` and `--flag=value`.
        let (flag, inline) = match flag.split_once('=') {
            Some((f, v)) => (f.to_string(), Some(v.to_string())),
            None => (flag, None),
        };
        let value = inline
            .or_else(|| args.next())
            .unwrap_or_else(|| fail(&format!("{flag} needs a value")));
        let num = |v: &str| -> u64 {
            v.parse()
                .unwrap_or_else(|_| fail(&format!("{flag}: not a number: {v}")))
        };
        match flag.as_str() {
            "--listen" => listen = value,
            "--name" => cfg.name = value,
            "--require-key" => cfg.require_key = Some(value),
            "--fail-status" => {
                cfg.defaults.status = Some(
                    u16::try_from(num(&value))
                        .unwrap_or_else(|_| fail("--fail-status: not a status")),
                )
            }
            "--delay-ms" => cfg.defaults.delay_ms = num(&value),
            "--chunk-delay-ms" => cfg.defaults.chunk_delay_ms = num(&value),
            "--drop-after-chunks" => {
                cfg.defaults.drop_after_chunks = usize::try_from(num(&value)).ok()
            }
            other => fail(&format!("unknown flag {other}")),
        }
    }
    (listen, cfg)
}

fn main() {
    let (listen, cfg) = parse_args(std::env::args().skip(1));
    let listener = TcpListener::bind(&listen)
        .unwrap_or_else(|e| fail(&format!("cannot listen on {listen}: {e}")));
    let addr = listener
        .local_addr()
        .unwrap_or_else(|e| fail(&format!("no local address: {e}")));
    // Tests wait for exactly this line to learn the port.
    let mut out = std::io::stdout();
    let _ = writeln!(out, "listening on {addr}");
    let _ = out.flush();

    let cfg = Arc::new(cfg);
    for conn in listener.incoming() {
        match conn {
            Ok(stream) => {
                let cfg = Arc::clone(&cfg);
                // Detached: threads end with their connection and never block exit.
                let spawned = std::thread::Builder::new()
                    .name("conn".into())
                    .spawn(move || server::serve_conn(stream, cfg));
                if let Err(e) = spawned {
                    log!("llm-sim: cannot spawn connection thread: {e}");
                }
            }
            Err(e) => {
                // E.g. out of file descriptors: back off instead of spinning.
                log!("llm-sim: accept failed: {e}");
                std::thread::sleep(Duration::from_millis(50));
            }
        }
    }
}
