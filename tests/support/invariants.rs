//! Invariants every extraction must hold, shared by the property tests, the
//! adversarial tests and the fuzz target.

#![allow(dead_code)]

use attache::{Extraction, Mode, Span};

fn check_span(text: &str, span: Span, what: &str) -> Result<(), String> {
    if span.start > span.end || span.end > text.len() {
        return Err(format!(
            "{what}: span {span:?} out of range (text is {} bytes)",
            text.len()
        ));
    }
    if !text.is_char_boundary(span.start) || !text.is_char_boundary(span.end) {
        return Err(format!("{what}: span {span:?} not on char boundaries"));
    }
    Ok(())
}

/// Spans within the text on char boundaries; quoted content found, word by
/// word and in order, in the region its span covers.
pub fn check(text: &str, out: &Extraction) -> Result<(), String> {
    for (i, s) in out.statements.iter().enumerate() {
        check_span(text, s.span, &format!("statement {i}"))?;
        if matches!(s.mode, Mode::Direct | Mode::Partial) {
            let region = &text[s.span.start..s.span.end];
            let mut at = 0;
            for w in s.content.split_whitespace() {
                match region[at..].find(w) {
                    Some(k) => at += k + w.len(),
                    None => {
                        return Err(format!(
                            "statement {i}: word {w:?} of content {:?} not in span region {region:?}",
                            s.content
                        ))
                    }
                }
            }
        }
    }
    for (i, v) in out.visits.iter().enumerate() {
        for (k, e) in v.evidence.iter().enumerate() {
            check_span(text, *e, &format!("visit {i} evidence {k}"))?;
        }
    }
    for (i, d) in out.delegations.iter().enumerate() {
        if let Some(vi) = d.visit {
            if vi >= out.visits.len() {
                return Err(format!("delegation {i}: visit index {vi} out of range"));
            }
        }
        for (k, m) in d.members.iter().enumerate() {
            check_span(text, m.span, &format!("delegation {i} member {k}"))?;
        }
    }
    Ok(())
}
