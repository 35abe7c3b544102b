//! The batch contract: JSON Lines in, one JSON line out per line in.
//!
//! ```text
//! {"id": "seed", "text": "...", "published": "2024-04-21"}
//! ```
//!
//! becomes `{"id": "seed", "visits": [...], "delegations": [...],
//! "statements": [...]}`, in the same order. A line that cannot be read
//! gives `{"id": ..., "error": "..."}` and the run goes on; the exit status
//! is 1 when any line was an error.
//!
//! Run: `cargo run --release --example batch < input.jsonl > output.jsonl`
//!
//! Options:
//! - `--threads N`: extract on N threads (needs `--features parallel`;
//!   without it, N > 1 prints a note and runs on one thread). Output order
//!   is the input order either way.
//! - `--progress`: a progress line on standard error (documents, MB, MB/s);
//!   on by default when standard error is a terminal.

use std::io::{self, BufRead, BufWriter, IsTerminal, Write};
use std::process::ExitCode;
use std::time::{Duration, Instant};

use attache::{Document, Error, Extraction, Extractor};

// A batch run makes some seventy allocations per kilobyte of news, most of
// them small and short-lived (names, keys, quotes): glibc's allocator spent
// about a tenth of the run on them (with consolidating its free lists),
// mimalloc about half that. The library itself allocates through whatever
// global allocator the program that uses it has.
#[global_allocator]
static ALLOC: mimalloc::MiMalloc = mimalloc::MiMalloc;
use chrono::NaiveDate;
use serde::Serialize;
use serde_json::{json, Value};

/// Lines read before a chunk is extracted (and at most this many input bytes).
const CHUNK_LINES: usize = 512;
const CHUNK_BYTES: usize = 16 << 20;

struct Options {
    threads: usize,
    progress: bool,
}

fn usage() -> ExitCode {
    eprintln!("usage: batch [--threads N] [--progress] < input.jsonl > output.jsonl");
    ExitCode::from(2)
}

fn parse_args() -> Result<Options, ExitCode> {
    let mut opts = Options {
        threads: 1,
        progress: io::stderr().is_terminal(),
    };
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        let value = |a: &str, args: &mut dyn Iterator<Item = String>| -> Option<String> {
            match a.split_once('=') {
                Some((_, v)) => Some(v.to_string()),
                None => args.next(),
            }
        };
        match a.as_str() {
            "--progress" => opts.progress = true,
            "--no-progress" => opts.progress = false,
            s if s == "--threads" || s.starts_with("--threads=") => {
                let Some(n) = value(s, &mut args).and_then(|v| v.parse::<usize>().ok()) else {
                    eprintln!("batch: --threads needs a number");
                    return Err(usage());
                };
                opts.threads = n.max(1);
            }
            "-h" | "--help" => {
                usage();
                return Err(ExitCode::SUCCESS);
            }
            other => {
                eprintln!("batch: unknown argument {other:?}");
                return Err(usage());
            }
        }
    }
    Ok(opts)
}

fn main() -> ExitCode {
    let opts = match parse_args() {
        Ok(o) => o,
        Err(code) => return code,
    };
    let runner = match Runner::new(opts.threads) {
        Ok(r) => r,
        Err(e) => {
            eprintln!("batch: {e}");
            return ExitCode::FAILURE;
        }
    };
    let ex = Extractor::new();
    let stdin = io::stdin();
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let mut input = stdin.lock();
    let mut progress = Progress::new(opts.progress);
    let mut failed = false;
    let mut line_no = 0;
    let mut chunk: Vec<(usize, Vec<u8>)> = Vec::new();
    // The output lines of a chunk, written together.
    let mut records: Vec<u8> = Vec::new();
    let mut chunk_bytes = 0;
    let mut eof = false;
    while !eof {
        let mut buf = Vec::new();
        match input.read_until(b'\n', &mut buf) {
            Ok(0) => eof = true,
            Ok(_) => {
                line_no += 1;
                progress.bytes += buf.len();
                // A blank line is a line that cannot be read: it gets its
                // error record, so that output line N answers input line N.
                chunk_bytes += buf.len();
                chunk.push((line_no, buf));
            }
            Err(e) => {
                eprintln!("batch: reading standard input: {e}");
                return ExitCode::FAILURE;
            }
        }
        if chunk.len() >= CHUNK_LINES.max(runner.threads() * 4) || chunk_bytes >= CHUNK_BYTES || eof {
            failed |= !runner.run(&ex, &chunk, &mut records);
            if out.write_all(&records).is_err() {
                return ExitCode::FAILURE;
            }
            records.clear();
            progress.docs += chunk.len();
            chunk.clear();
            chunk_bytes = 0;
            progress.show(false);
        }
    }
    progress.show(true);
    if out.flush().is_err() {
        return ExitCode::FAILURE;
    }
    if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

/// Extracts a chunk of lines, on one thread or on a pool.
struct Runner {
    /// `--threads` threads (one thread too: rayon's global pool would take
    /// every core).
    #[cfg(feature = "parallel")]
    pool: rayon::ThreadPool,
}

impl Runner {
    #[cfg(feature = "parallel")]
    fn new(threads: usize) -> Result<Runner, String> {
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(threads)
            .build()
            .map_err(|e| format!("starting {threads} threads: {e}"))?;
        Ok(Runner { pool })
    }

    #[cfg(not(feature = "parallel"))]
    fn new(threads: usize) -> Result<Runner, String> {
        if threads > 1 {
            eprintln!(
                "batch: note: built without the `parallel` feature; running on one thread \
                 (rebuild with --features parallel for --threads {threads})"
            );
        }
        Ok(Runner {})
    }

    fn threads(&self) -> usize {
        #[cfg(feature = "parallel")]
        return self.pool.current_num_threads();
        #[cfg(not(feature = "parallel"))]
        1
    }

    /// Writes one output line per line of `chunk` to `out`, in order;
    /// false when any of them is an error record.
    fn run(&self, ex: &Extractor, chunk: &[(usize, Vec<u8>)], out: &mut Vec<u8>) -> bool {
        let parsed: Vec<Result<Parsed, (Value, Error)>> =
            chunk.iter().map(|(line, raw)| parse(raw, *line)).collect();
        let docs: Vec<Document> = parsed
            .iter()
            .filter_map(|p| p.as_ref().ok())
            .map(Parsed::doc)
            .collect();
        let mut extractions = self.extract(ex, &docs).into_iter();
        let mut all_ok = true;
        for p in parsed {
            all_ok &= match p {
                Ok(p) => {
                    let extraction = extractions.next().unwrap_or_default();
                    record(p, &extraction, out)
                }
                Err((id, e)) => error_record(&id, &e, out),
            };
            out.push(b'\n');
        }
        all_ok
    }

    fn extract(&self, ex: &Extractor, docs: &[Document]) -> Vec<Extraction> {
        #[cfg(feature = "parallel")]
        return self.pool.install(|| ex.extract_many(docs));
        #[cfg(not(feature = "parallel"))]
        ex.extract_many(docs)
    }
}

/// A line read: its id, text and publication date.
struct Parsed {
    id: Value,
    line: usize,
    text: String,
    published: Option<NaiveDate>,
}

impl Parsed {
    fn doc(&self) -> Document<'_> {
        let d = Document::new(&self.text);
        match self.published {
            Some(p) => d.published(p),
            None => d,
        }
    }
}

fn bad(line: usize, reason: impl Into<String>) -> Error {
    Error::BadRecord {
        line,
        reason: reason.into(),
    }
}

fn parse(raw: &[u8], line: usize) -> Result<Parsed, (Value, Error)> {
    if raw.iter().all(u8::is_ascii_whitespace) {
        return Err((Value::Null, bad(line, "empty line")));
    }
    let text = std::str::from_utf8(raw).map_err(|e| {
        (
            Value::Null,
            bad(line, format!("not UTF-8 at byte offset {}", e.valid_up_to())),
        )
    })?;
    let mut v: Value =
        serde_json::from_str(text).map_err(|e| (Value::Null, bad(line, format!("bad JSON: {e}"))))?;
    let id = v.get("id").cloned().unwrap_or(Value::Null);
    let Some(obj) = v.as_object_mut() else {
        return Err((id, bad(line, "expected a JSON object")));
    };
    let body = match obj.remove("text") {
        Some(Value::String(s)) => s,
        Some(_) => return Err((id, bad(line, "\"text\" is not a string"))),
        None => return Err((id, bad(line, "missing \"text\""))),
    };
    let published = match obj.get("published") {
        None | Some(Value::Null) => None,
        Some(Value::String(d)) => Some(
            attache::temporal::parse_date(d)
                .map_err(|e| (id.clone(), bad(line, format!("\"published\": {e}"))))?,
        ),
        Some(_) => return Err((id, bad(line, "\"published\" is not a string"))),
    };
    Ok(Parsed {
        id,
        line,
        text: body,
        published,
    })
}

/// One output line: the input's id and the extraction, written straight to
/// JSON (no intermediate `Value` tree: output is a fifth of the run time
/// otherwise).
#[derive(Serialize)]
struct Record<'a> {
    id: &'a Value,
    #[serde(flatten)]
    out: &'a Extraction,
}

/// Appends the record of `p` to `buf` (an error record if it cannot be
/// written); true for a result.
fn record(p: Parsed, extraction: &Extraction, buf: &mut Vec<u8>) -> bool {
    let len = buf.len();
    let rec = Record {
        id: &p.id,
        out: extraction,
    };
    match serde_json::to_writer(&mut *buf, &rec) {
        Ok(()) => true,
        Err(e) => {
            buf.truncate(len);
            error_record(&p.id, &bad(p.line, e.to_string()), buf)
        }
    }
}

/// Appends `{"id": id, "error": e}` to `buf`; always false (an error).
fn error_record(id: &Value, e: &Error, buf: &mut Vec<u8>) -> bool {
    let rec = json!({"id": id, "error": e.to_string()});
    // A `Value` with string keys always serializes.
    let _ = serde_json::to_writer(&mut *buf, &rec);
    false
}

/// The progress line on standard error.
struct Progress {
    on: bool,
    start: Instant,
    last: Instant,
    docs: usize,
    bytes: usize,
}

impl Progress {
    fn new(on: bool) -> Progress {
        let now = Instant::now();
        Progress {
            on,
            start: now,
            last: now,
            docs: 0,
            bytes: 0,
        }
    }

    fn show(&mut self, last: bool) {
        if !self.on || (!last && self.last.elapsed() < Duration::from_millis(250)) {
            return;
        }
        self.last = Instant::now();
        let secs = self.start.elapsed().as_secs_f64().max(1e-9);
        let mb = self.bytes as f64 / 1e6;
        eprint!(
            "\rbatch: {} documents, {:.1} MB, {:.1} MB/s{}",
            self.docs,
            mb,
            mb / secs,
            if last { "\n" } else { "" }
        );
    }
}
