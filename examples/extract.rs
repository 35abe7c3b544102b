//! Reads one article and prints what attache found in it.
//!
//! ```text
//! cargo run --example extract                      # a built-in sample article
//! cargo run --example extract -- FILE [--published YYYY-MM-DD] [--json]
//! cargo run --example extract -- - < article.txt    # standard input
//! ```

use std::io::Read;
use std::path::PathBuf;
use std::process::ExitCode;

use attache::{Document, Error, Extraction, Extractor};

const SAMPLE: &str = include_str!("data/sample.txt");
const SAMPLE_PUBLISHED: &str = "2025-03-04";

struct Args {
    file: Option<PathBuf>,
    published: Option<String>,
    json: bool,
}

fn parse_args() -> Result<Args, String> {
    let mut args = Args {
        file: None,
        published: None,
        json: false,
    };
    let mut it = std::env::args().skip(1);
    while let Some(a) = it.next() {
        match a.as_str() {
            "--json" => args.json = true,
            "--published" => args.published = Some(it.next().ok_or("--published needs a date (YYYY-MM-DD)")?),
            "-h" | "--help" => return Err(String::new()),
            _ if args.file.is_none() && (a == "-" || !a.starts_with("--")) => {
                args.file = Some(PathBuf::from(a))
            }
            _ => return Err(format!("unexpected argument {a:?}")),
        }
    }
    Ok(args)
}

fn read_input(path: &PathBuf) -> Result<String, Error> {
    let mut bytes = Vec::new();
    if path.as_os_str() == "-" {
        std::io::stdin()
            .read_to_end(&mut bytes)
            .map_err(|source| Error::Io {
                path: path.clone(),
                source,
            })?;
    } else {
        bytes = std::fs::read(path).map_err(|source| Error::Io {
            path: path.clone(),
            source,
        })?;
    }
    Error::check_utf8(path.clone(), bytes)
}

fn main() -> ExitCode {
    let args = match parse_args() {
        Ok(a) => a,
        Err(msg) => {
            if !msg.is_empty() {
                eprintln!("extract: {msg}");
            }
            eprintln!("usage: extract [FILE|-] [--published YYYY-MM-DD] [--json]");
            return ExitCode::from(2);
        }
    };
    let (text, published) = match &args.file {
        None => (
            SAMPLE.to_string(),
            args.published.clone().or(Some(SAMPLE_PUBLISHED.to_string())),
        ),
        Some(p) => match read_input(p) {
            Ok(t) => (t, args.published.clone()),
            Err(e) => {
                eprintln!("extract: {e}");
                return ExitCode::FAILURE;
            }
        },
    };
    let mut doc = Document::new(&text);
    if let Some(d) = &published {
        doc = match doc.published_str(d) {
            Ok(doc) => doc,
            Err(e) => {
                eprintln!("extract: --published: {e}");
                return ExitCode::from(2);
            }
        };
    }
    let out = Extractor::new().extract(&doc);
    if args.json {
        match serde_json::to_string_pretty(&out) {
            Ok(s) => println!("{s}"),
            Err(e) => {
                eprintln!("extract: {e}");
                return ExitCode::FAILURE;
            }
        }
    } else {
        if args.file.is_none() {
            let _ = std::io::Write::write_all(
                &mut std::io::stdout().lock(),
                format!("(built-in sample article, published {SAMPLE_PUBLISHED})\n\n").as_bytes(),
            );
        }
        // A closed pipe (`| head`) is not an error worth a panic.
        let _ = std::io::Write::write_all(&mut std::io::stdout().lock(), summary(&out).as_bytes());
    }
    ExitCode::SUCCESS
}

fn person(p: &attache::Person) -> String {
    let mut s = String::new();
    if let Some(c) = &p.country {
        s.push_str(&format!("[{c}] "));
    }
    if let Some(t) = &p.title {
        s.push_str(t);
        s.push(' ');
    }
    s.push_str(p.name.as_deref().unwrap_or("(unnamed)"));
    s
}

fn date(d: Option<chrono::NaiveDate>) -> String {
    d.map_or("?".to_string(), |d| d.to_string())
}

fn summary(out: &Extraction) -> String {
    use std::fmt::Write;
    let mut w = String::new();
    let _ = writeln!(w, "Visits ({}):", out.visits.len());
    for (i, v) in out.visits.iter().enumerate() {
        let _ = writeln!(
            w,
            "  {i}. {} -> {}{}  {:?}, {:?}, {} to {}",
            person(&v.visitor),
            v.host.as_deref().unwrap_or("?"),
            v.city.as_ref().map(|c| format!(" ({c})")).unwrap_or_default(),
            v.kind,
            v.status,
            date(v.start),
            date(v.end)
        );
        if let Some(a) = &v.announced_by {
            let _ = writeln!(w, "     announced by {}", person(&a.to_person()));
        }
        if let Some(a) = &v.invited_by {
            let _ = writeln!(w, "     invited by {}", person(a));
        }
    }
    let _ = writeln!(w, "\nDelegations ({}):", out.delegations.len());
    for d in &out.delegations {
        let _ = writeln!(
            w,
            "  led by {}{}",
            person(&d.leader),
            d.level.as_ref().map(|l| format!(" ({l})")).unwrap_or_default()
        );
        for m in &d.members {
            let _ = writeln!(w, "    - {:?}: {}", m.role, m.text);
        }
    }
    let _ = writeln!(w, "\nStatements ({}):", out.statements.len());
    for s in &out.statements {
        let who = s
            .speaker
            .as_ref()
            .map_or("(unknown)".to_string(), |sp| person(&sp.to_person()));
        let _ = writeln!(
            w,
            "  {who} [{:?}, {}]: {}",
            s.mode,
            s.cue.as_deref().unwrap_or("-"),
            s.content
        );
    }
    w
}
