//! The fuzz target without libFuzzer: random texts built from news-like
//! pieces and arbitrary chars, checked the same way. Runs on stable.
//!
//! `cargo run --release --no-default-features --bin random -- [iterations] [seed]`

use std::time::Instant;

use attache::Extractor;

mod check;

const PIECES: &[&str] = &[
    "\u{201c}",
    "\u{201d}",
    "\"",
    "'",
    "\u{2019}",
    "\n",
    "\n\n",
    "\r\n",
    " ",
    ", ",
    ". ",
    "said",
    " said ",
    "according to",
    "will visit",
    "visited",
    "state visit",
    "arrived in",
    "President",
    "Prime Minister",
    "Foreign Minister",
    "Mr.",
    "U.S.",
    "delegation",
    "accompanied by",
    "including",
    "his wife",
    "Pakistan",
    "Japan's",
    "Tokyo",
    "Kenyan",
    "Foreign Office",
    "the ministry",
    "He",
    "Amara Okafor",
    "on Monday",
    "March 3",
    "2024",
    "\u{1F600}",
    "e\u{301}",
    "\u{0627}\u{0644}\u{0631}",
    "\u{05E9}\u{05DC}",
    "\0",
    "(",
    ")",
];

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        // xorshift64*
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
}

fn text(r: &mut Rng, out: &mut String) {
    out.clear();
    let n = r.next() % 64;
    for _ in 0..n {
        match r.next() % 8 {
            0 => {
                let c = char::from_u32((r.next() % 0x11_0000) as u32).unwrap_or('\u{fffd}');
                out.push(c);
            }
            1 => out.push(char::from(b' ' + (r.next() % 95) as u8)),
            _ => out.push_str(PIECES[(r.next() % PIECES.len() as u64) as usize]),
        }
    }
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let iterations: u64 = args.first().and_then(|a| a.parse().ok()).unwrap_or(1_000_000);
    let seed: u64 = args.get(1).and_then(|a| a.parse().ok()).unwrap_or(0x5eed);
    let ex = Extractor::new();
    let mut r = Rng(seed | 1);
    let mut s = String::new();
    let start = Instant::now();
    for i in 0..iterations {
        text(&mut r, &mut s);
        check::check(&ex, &s);
        if i % 100_000 == 0 && i > 0 {
            eprintln!(
                "random: {i} inputs, {:.0}/s",
                i as f64 / start.elapsed().as_secs_f64()
            );
        }
    }
    println!(
        "random: {iterations} inputs checked in {:.1} s, no failure",
        start.elapsed().as_secs_f64()
    );
}
