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

use std::io::{self, BufRead, BufWriter, Write};
use std::process::ExitCode;

use attache::{Document, Error, Extractor};
use serde_json::{json, Value};

fn main() -> ExitCode {
    let ex = Extractor::new();
    let stdin = io::stdin();
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let mut failed = false;
    let mut buf = Vec::new();
    let mut input = stdin.lock();
    let mut line_no = 0;
    loop {
        buf.clear();
        match input.read_until(b'\n', &mut buf) {
            Ok(0) => break,
            Ok(_) => {}
            Err(e) => {
                eprintln!("batch: reading standard input: {e}");
                return ExitCode::FAILURE;
            }
        }
        line_no += 1;
        // A blank line is a line that cannot be read: it gets its error
        // record, so that output line N always answers input line N.
        let record = if buf.iter().all(u8::is_ascii_whitespace) {
            failed = true;
            json!({"id": null, "error": bad(line_no, "empty line").to_string()})
        } else {
            match process(&ex, &buf, line_no) {
                Ok(v) => v,
                Err((id, e)) => {
                    failed = true;
                    json!({"id": id, "error": e.to_string()})
                }
            }
        };
        if writeln!(out, "{record}").is_err() {
            return ExitCode::FAILURE;
        }
    }
    if out.flush().is_err() {
        return ExitCode::FAILURE;
    }
    if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

fn bad(line: usize, reason: impl Into<String>) -> Error {
    Error::BadRecord {
        line,
        reason: reason.into(),
    }
}

fn process(ex: &Extractor, raw: &[u8], line: usize) -> Result<Value, (Value, Error)> {
    let text = std::str::from_utf8(raw).map_err(|e| {
        (
            Value::Null,
            bad(line, format!("not UTF-8 at byte offset {}", e.valid_up_to())),
        )
    })?;
    let v: Value =
        serde_json::from_str(text).map_err(|e| (Value::Null, bad(line, format!("bad JSON: {e}"))))?;
    let id = v.get("id").cloned().unwrap_or(Value::Null);
    let Some(obj) = v.as_object() else {
        return Err((id, bad(line, "expected a JSON object")));
    };
    let body = match obj.get("text") {
        Some(Value::String(s)) => s.as_str(),
        Some(_) => return Err((id, bad(line, "\"text\" is not a string"))),
        None => return Err((id, bad(line, "missing \"text\""))),
    };
    let mut doc = Document::new(body);
    match obj.get("published") {
        None | Some(Value::Null) => {}
        Some(Value::String(d)) => {
            doc = doc
                .published_str(d)
                .map_err(|e| (id.clone(), bad(line, format!("\"published\": {e}"))))?
        }
        Some(_) => return Err((id, bad(line, "\"published\" is not a string"))),
    }
    let out = ex.extract(&doc);
    let mut rec = serde_json::to_value(&out).map_err(|e| (id.clone(), bad(line, e.to_string())))?;
    if let Some(m) = rec.as_object_mut() {
        m.insert("id".to_string(), id);
    }
    Ok(rec)
}
