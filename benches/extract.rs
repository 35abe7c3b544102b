//! Throughput of the library alone (no JSON): a short article, synthetic
//! 1 MB and 10 MB documents, and the dev corpus concatenated when
//! `../shared/corpus/dev` exists.
//!
//! Run: `cargo bench --bench extract` (add `-- short` to pick one group).

use std::hint::black_box;
use std::path::PathBuf;
use std::time::Duration;

use attache::{Document, Extractor};
use criterion::{criterion_group, criterion_main, Criterion, Throughput};

#[path = "support/synth.rs"]
mod synth;

fn bench_short(c: &mut Criterion) {
    let ex = Extractor::new();
    let text = synth::short_article();
    let mut g = c.benchmark_group("short");
    g.throughput(Throughput::Bytes(text.len() as u64));
    g.bench_function("article", |b| {
        b.iter(|| ex.extract(&Document::new(black_box(&text))))
    });
    g.finish();
}

fn bench_synthetic(c: &mut Criterion) {
    let ex = Extractor::new();
    let mut g = c.benchmark_group("synthetic");
    g.sample_size(10);
    g.warm_up_time(Duration::from_secs(1));
    g.measurement_time(Duration::from_secs(10));
    for mb in [1usize, 10] {
        let text = synth::document(mb << 20);
        g.throughput(Throughput::Bytes(text.len() as u64));
        g.bench_function(format!("{mb}MB"), |b| {
            b.iter(|| ex.extract(&Document::new(black_box(&text))))
        });
    }
    g.finish();
}

/// The dev corpus's articles, each as read from its file.
fn corpus_texts() -> Option<Vec<String>> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/dev");
    let mut paths: Vec<PathBuf> = std::fs::read_dir(&dir)
        .ok()?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    paths.sort();
    let texts: Vec<String> = paths
        .iter()
        .filter_map(|p| std::fs::read_to_string(p).ok())
        .collect();
    (!texts.is_empty()).then_some(texts)
}

fn bench_corpus(c: &mut Criterion) {
    let Some(texts) = corpus_texts() else {
        eprintln!("extract bench: ../shared/corpus/dev not found, skipping the corpus group");
        return;
    };
    let joined = texts.join("\n\n");
    let ex = Extractor::new();
    let mut g = c.benchmark_group("corpus");
    g.sample_size(10);
    g.throughput(Throughput::Bytes(joined.len() as u64));
    g.bench_function("dev_concatenated", |b| {
        b.iter(|| ex.extract(&Document::new(black_box(&joined))))
    });
    // The articles as documents: one by one, and together (read pass by
    // pass in groups).
    let docs: Vec<Document> = texts.iter().map(|t| Document::new(t)).collect();
    let bytes: usize = texts.iter().map(String::len).sum();
    g.throughput(Throughput::Bytes(bytes as u64));
    g.bench_function("dev_documents_extract", |b| {
        b.iter(|| black_box(&docs).iter().map(|d| ex.extract(d)).collect::<Vec<_>>())
    });
    g.bench_function("dev_documents_extract_many", |b| {
        b.iter(|| ex.extract_many(black_box(&docs)))
    });
    g.finish();
}

fn bench_new(c: &mut Criterion) {
    // After the first call the tables are cached for the process: this is the
    // cost of every later `Extractor::new()`. The first (cold) call is timed
    // by `cargo run --release --example perf -- new`.
    c.bench_function("extractor_new_warm", |b| b.iter(Extractor::new));
}

criterion_group!(benches, bench_short, bench_synthetic, bench_corpus, bench_new);
criterion_main!(benches);
