//! The dates contract: JSON Lines in, one line of found dates out per line.
//!
//! Input:  `{"id": "7", "text": "...", "reference": "2013-02-12", "locale": "EN_GB"}`
//! Output: `{"id": "7", "dates": [{"span": [s, e], "text": "...", "start": "YYYY-MM-DD",
//! "end": "YYYY-MM-DD", "grain": "day"}]}`, or `{"id": ..., "error": "..."}`.
//! Exits 1 when any line was an error.

use std::io::{BufRead, BufWriter, Write};

use attache::temporal::{find_dates, parse_date, DateOptions};
use serde_json::{json, Value};

fn process(line: &str, lineno: usize) -> (Value, Result<Value, String>) {
    let v: Value = match serde_json::from_str(line) {
        Ok(v) => v,
        Err(e) => return (Value::Null, Err(format!("line {lineno}: bad JSON: {e}"))),
    };
    let id = v.get("id").cloned().unwrap_or(Value::Null);
    let Some(text) = v.get("text").and_then(Value::as_str) else {
        return (id, Err(format!("line {lineno}: missing \"text\" string")));
    };
    let reference = match v.get("reference") {
        None | Some(Value::Null) => None,
        Some(Value::String(s)) => match parse_date(s) {
            Ok(d) => Some(d),
            Err(e) => return (id, Err(format!("line {lineno}: reference: {e}"))),
        },
        Some(_) => return (id, Err(format!("line {lineno}: \"reference\" is not a string"))),
    };
    let locale = v.get("locale").and_then(Value::as_str);
    let opts = DateOptions::new().reference(reference).locale(locale);
    let dates: Vec<Value> = find_dates(text, &opts)
        .into_iter()
        .map(|m| {
            json!({
                "span": [m.span.start, m.span.end],
                "text": m.span.slice(text),
                "start": m.start.format("%Y-%m-%d").to_string(),
                "end": m.end.format("%Y-%m-%d").to_string(),
                "grain": m.grain.as_str(),
            })
        })
        .collect();
    (id, Ok(Value::Array(dates)))
}

fn main() {
    let stdin = std::io::stdin();
    let stdout = std::io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let mut failed = false;
    for (n, line) in stdin.lock().lines().enumerate() {
        let line = match line {
            Ok(l) => l,
            Err(e) => {
                failed = true;
                let _ = writeln!(
                    out,
                    "{}",
                    json!({"id": null, "error": format!("line {}: {e}", n + 1)})
                );
                continue;
            }
        };
        if line.trim().is_empty() {
            continue;
        }
        let (id, res) = process(&line, n + 1);
        let obj = match res {
            Ok(dates) => json!({"id": id, "dates": dates}),
            Err(e) => {
                failed = true;
                json!({"id": id, "error": e})
            }
        };
        let _ = writeln!(out, "{obj}");
    }
    let _ = out.flush();
    if failed {
        std::process::exit(1);
    }
}
