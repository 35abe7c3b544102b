//! Timings for profiling and scale checks (not part of the contract).
//!
//! - `perf new`: time of the first `Extractor::new()` in a process (tables
//!   parsed, automaton built) and of a later one.
//! - `perf synth MB [MB ...]`: extraction time and MB/s on a synthetic
//!   document of each size (one document each).
//! - `perf gen MB`: writes the synthetic document to standard output.
//! - `perf file PATH [PIECE_LEN]`: extracts PATH as one document (for peak
//!   memory), read in pieces of at most PIECE_LEN bytes (default 1 MiB).
//!
//! Run: `cargo run --release --example perf -- synth 2 20`

use std::time::Instant;

use attache::{Document, Extractor};

#[path = "../benches/support/synth.rs"]
mod synth;

fn time_extract(ex: &Extractor, text: &str) -> f64 {
    let t = Instant::now();
    let out = ex.extract(&Document::new(text));
    let secs = t.elapsed().as_secs_f64();
    eprintln!(
        "  {} visits, {} delegations, {} statements",
        out.visits.len(),
        out.delegations.len(),
        out.statements.len()
    );
    secs
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        Some("new") => {
            let t = Instant::now();
            let ex = Extractor::new();
            let cold = t.elapsed();
            let t = Instant::now();
            let ex2 = Extractor::new();
            let warm = t.elapsed();
            // The first extraction also meets every table built on first use.
            let t = Instant::now();
            let out = ex.extract(&Document::new(
                "\"We agree,\" Foreign Minister Ana Ruiz said on Monday.",
            ));
            let first = t.elapsed();
            std::hint::black_box((ex, ex2, out));
            println!(
                "Extractor::new(): first {cold:?}, later {warm:?}; first extract() of one sentence {first:?}"
            );
        }
        Some("synth") => {
            let ex = Extractor::new();
            for a in &args[1..] {
                let mb: f64 = a.parse().expect("size in MB");
                let text = synth::document((mb * 1048576.0) as usize);
                let secs = time_extract(&ex, &text);
                println!(
                    "synthetic {mb} MB: {} bytes in {secs:.3} s = {:.2} MB/s, {:.1} ns/byte",
                    text.len(),
                    text.len() as f64 / 1e6 / secs,
                    secs * 1e9 / text.len() as f64
                );
            }
        }
        Some("gen") => {
            let mb: f64 = args.get(1).and_then(|a| a.parse().ok()).unwrap_or(1.0);
            print!("{}", synth::document((mb * 1048576.0) as usize));
        }
        Some("file") => {
            let path = args.get(1).expect("a path");
            let text = std::fs::read_to_string(path).expect("readable UTF-8 file");
            let mut b = Extractor::builder();
            if let Some(n) = args.get(2) {
                b = b.piece_len(n.parse().expect("piece length in bytes"));
            }
            let ex = b.build();
            let secs = time_extract(&ex, &text);
            println!(
                "{path}: {} bytes in {secs:.3} s = {:.2} MB/s",
                text.len(),
                text.len() as f64 / 1e6 / secs
            );
        }
        _ => eprintln!("usage: perf new | synth MB... | gen MB | file PATH [PIECE_LEN]"),
    }
}
