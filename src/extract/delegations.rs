//! Delegations: who travels with a visitor.
//!
//! Read from a list cue ("accompanied by", "a delegation including") in a
//! sentence about a visitor: the list that follows is split into items, and
//! each item becomes a member with a role from the title table or from the
//! member-word table.

use crate::gazetteer::FastMap;
use std::ops::Range;
use std::sync::OnceLock;

use crate::extract::mentions::MentionKind;
use crate::extract::visits::FoundVisit;
use crate::extract::Doc;
use crate::gazetteer::lexicon;
use crate::gazetteer::{tsv_rows, Entry};
use crate::model::{Delegation, Member, Role};
use crate::text::with_ascii_lower;

fn member_words() -> &'static FastMap<&'static str, Role> {
    static T: OnceLock<FastMap<&'static str, Role>> = OnceLock::new();
    T.get_or_init(|| {
        tsv_rows(include_str!("../data/member_words.tsv"))
            .filter_map(|f| {
                let role = match *f.get(1)? {
                    "spouse" => Role::Spouse,
                    "cabinet" => Role::Cabinet,
                    "business" => Role::Business,
                    "official" => Role::Official,
                    "military" => Role::Military,
                    "minister" => Role::Minister,
                    _ => Role::Other,
                };
                Some((f[0], role))
            })
            .collect()
    })
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Cue {
    List,
    Head,
    /// "with": a list only when its first item is a companion.
    With,
}

type CueTable = crate::gazetteer::FastMap<&'static str, Vec<(Vec<&'static str>, Cue)>>;

/// The cue phrases by their first word, in table order: a token is tried
/// only against the phrases that start with it.
fn cues() -> &'static CueTable {
    static T: OnceLock<CueTable> = OnceLock::new();
    T.get_or_init(|| {
        let mut m = CueTable::default();
        for f in tsv_rows(include_str!("../data/delegation_cues.tsv")) {
            let Some(&kind) = f.get(1) else { continue };
            let cue = match kind {
                "head" => Cue::Head,
                "with" => Cue::With,
                _ => Cue::List,
            };
            let words: Vec<&'static str> = f[0].split(' ').collect();
            m.entry(words[0]).or_default().push((words, cue));
        }
        m
    })
}

/// Finds the delegations of a document; `visits` index the result.
pub fn extract(doc: &Doc<'_>, visits: &[FoundVisit]) -> Vec<Delegation> {
    let mut out: Vec<(usize, Delegation)> = Vec::new();
    if visits.is_empty() {
        return Vec::new();
    }
    let body = doc.body_start_token();
    for s in doc.text.sentences() {
        if s.tokens.start < body {
            continue;
        }
        sentence(doc, visits, s.tokens.clone(), &mut out);
    }
    // "Foreign Minister X and Trade Minister Y will visit": Y travels with X.
    for (vi, v) in visits.iter().enumerate() {
        for &c in &v.companions {
            let ent = &doc.mentions.entities[c];
            let Some(m) = companion(doc, c, v.visit.visitor.name.as_deref()) else {
                continue;
            };
            let d = delegation_for(&mut out, vi, visits);
            if !d.members.iter().any(|x| x.name.is_some() && x.name == ent.name) {
                d.members.push(m);
            }
        }
    }
    out.into_iter().map(|(_, d)| d).collect()
}

/// The person named last before token `at`, for "he" and "his".
fn antecedent(doc: &Doc<'_>, at: usize) -> Option<usize> {
    let list = &doc.mentions.list;
    let i = list.partition_point(|m| m.tokens.start < at);
    list[i.saturating_sub(40)..i].iter().rev().find_map(|m| {
        let e = doc.mentions.entities.get(m.entity)?;
        (matches!(m.kind, MentionKind::Name | MentionKind::Title)
            && e.kind == crate::model::SpeakerKind::Person)
            .then_some(m.entity)
    })
}

/// The delegation of visit `vi`, created empty when there is none yet.
fn delegation_for<'a>(
    out: &'a mut Vec<(usize, Delegation)>,
    vi: usize,
    visits: &[FoundVisit],
) -> &'a mut Delegation {
    match out.iter().position(|(v, _)| *v == vi) {
        Some(i) => &mut out[i].1,
        None => {
            out.push((
                vi,
                Delegation {
                    visit: Some(vi),
                    leader: visits[vi].visit.visitor.clone(),
                    level: None,
                    members: Vec::new(),
                },
            ));
            &mut out.last_mut().expect("just pushed").1
        }
    }
}

/// A companion named beside the visitor, as a member: the role from the
/// title, the text from its first mention.
fn companion(doc: &Doc<'_>, e: usize, leader_name: Option<&str>) -> Option<Member> {
    let ent = &doc.mentions.entities[e];
    let m = doc.mentions.list.iter().find(|m| m.entity == e)?;
    let role = match (ent.role, ent.title.as_deref()) {
        (Some(Role::Minister), Some(t)) if t.to_ascii_lowercase().contains("foreign") => {
            Role::ForeignMinister
        }
        (Some(r), _) => r,
        // "Reagan and Nancy Reagan": the same family name is the spouse.
        (None, _) if same_family(ent.name.as_deref(), leader_name) => Role::Spouse,
        (None, _) => Role::Other,
    };
    Some(Member {
        role,
        name: ent.name.clone(),
        title: ent.title.clone(),
        text: doc.text.slice_tokens(m.tokens.clone()).to_string(),
        span: doc.text.span_of(m.tokens.clone()),
    })
}

fn cue_at(doc: &Doc<'_>, i: usize) -> Option<(usize, Cue)> {
    if !doc.matches.may_be(i, crate::gazetteer::WordClass::DelegationCue) {
        return None;
    }
    let first = with_ascii_lower(doc.text.tok(i), |w| cues().get(w))?;
    first.iter().find_map(|(words, cue)| {
        let ok = words
            .iter()
            .enumerate()
            .all(|(k, w)| doc.text.tok(i + k).eq_ignore_ascii_case(w));
        ok.then_some((i + words.len(), *cue))
    })
}

fn sentence(doc: &Doc<'_>, visits: &[FoundVisit], r: Range<usize>, out: &mut Vec<(usize, Delegation)>) {
    let mut i = r.start;
    while i < r.end {
        // Nearly every token starts no cue, and its word class says so
        // without a call.
        if !doc.matches.may_be(i, crate::gazetteer::WordClass::DelegationCue) {
            i += 1;
            continue;
        }
        let Some((cend, cue)) = cue_at(doc, i) else {
            i += 1;
            continue;
        };
        // "will visit Rwanda next week with his wife", but not "talks with
        // Foreign Minister X": "with" counts after a visit trigger, never
        // after a word of meeting.
        if cue == Cue::With {
            let prev = doc.text.tok(i.saturating_sub(1));
            let trigger_before = (r.start..i).any(|j| {
                doc.matches
                    .at(j)
                    .iter()
                    .any(|m| matches!(m.entry, Entry::Trigger(_)))
            });
            if !trigger_before || with_ascii_lower(prev, |p| lexicon("meeting").contains(p)) {
                i = cend;
                continue;
            }
        }
        // The leader: the nearest visitor mentioned before the cue in this
        // sentence, or after it ("the delegation accompanying X includes").
        let leader = (r.start..i).rev().chain(cend..r.end).find_map(|j| {
            let m = doc.mentions.covering(j)?;
            if !matches!(
                m.kind,
                MentionKind::Name | MentionKind::Title | MentionKind::Pronoun(_)
            ) {
                return None;
            }
            // A pronoun stands for the person named last before it.
            let entity = match m.kind {
                MentionKind::Pronoun(_) => antecedent(doc, m.tokens.start)?,
                _ => m.entity,
            };
            visits.iter().position(|v| v.entity == entity)
        });
        // An article about one visit: "the dignitary, who was accompanied
        // by ..." can only mean its visitor.
        let accompany = (i..cend).any(|k| {
            let w = doc.text.tok(k);
            w.as_bytes()
                .get(..8)
                .is_some_and(|p| p.eq_ignore_ascii_case(b"accompan"))
                || w.eq_ignore_ascii_case("joined")
        });
        let leader = leader.or_else(|| (visits.len() == 1 && accompany).then_some(0));
        // "including", "comprising" name members only of a party: "a
        // delegation including ...", not "sites including Facebook".
        let needs_group = matches!(cue, Cue::List)
            && !accompany
            && !matches!(doc.text.tok(i), "along" | "together" | "joined" | "be");
        if needs_group
            && !(i.saturating_sub(5).max(r.start)..i).any(|k| lexicon("party").contains(doc.text.tok(k)))
        {
            i = cend;
            continue;
        }
        let Some(vi) = leader else {
            i = cend;
            continue;
        };
        let stop = list_end(doc, cend, r.end);
        let (members, level) = items(doc, visits[vi].entity, cend, stop, cue);
        // "a high-level delegation, including ..." before the cue.
        let level = level.or_else(|| level_before(doc, r.start, i));
        if !members.is_empty() {
            let d = delegation_for(out, vi, visits);
            if d.level.is_none() {
                d.level = level;
            }
            for m in members {
                if !d
                    .members
                    .iter()
                    .any(|x| x.role == m.role && x.name == m.name && (m.name.is_some() || x.text == m.text))
                {
                    d.members.push(m);
                }
            }
        }
        i = stop.max(cend);
    }
}

// A list ends at the end of the clause, or before the attribution that
// closes the sentence (", Asante said").
fn list_end(doc: &Doc<'_>, from: usize, end: usize) -> usize {
    let says = (from..end).find(|&j| {
        doc.matches
            .at(j)
            .iter()
            .any(|m| matches!(m.entry, Entry::Verb(_)))
    });
    let end = match says {
        Some(v) => match doc.mentions.covering(v.saturating_sub(1)) {
            Some(m) if m.tokens.start > from => m.tokens.start,
            _ => v,
        },
        None => end,
    };
    (from..end)
        .find(|&j| {
            let w = doc.text.tok(j);
            // "Senior Director for Cyber X": inside a name, "for" ends nothing.
            let in_name = doc
                .mentions
                .covering(j)
                .is_some_and(|m| matches!(m.kind, MentionKind::Name));
            !in_name
                && matches!(
                    w,
                    ";" | ":"
                        | "("
                        | ")"
                        | "”"
                        | "\""
                        | "."
                        | "who"
                        | "which"
                        | "where"
                        | "when"
                        | "while"
                        | "for"
                        | "on"
                        | "during"
                        | "to"
                        | "as"
                        | "at"
                )
        })
        .unwrap_or(end)
}

fn level_before(doc: &Doc<'_>, lo: usize, i: usize) -> Option<String> {
    (lo..i).rev().take(6).find_map(|j| level_word(doc.text.tok(j)))
}

fn level_word(w: &str) -> Option<String> {
    // Tested in place: a copy only for the word kept.
    let level = w
        .len()
        .checked_sub(6)
        .is_some_and(|cut| w.as_bytes()[cut..].eq_ignore_ascii_case(b"-level"))
        || w.eq_ignore_ascii_case("ministerial")
        || w.eq_ignore_ascii_case("high-powered");
    level.then(|| w.to_ascii_lowercase())
}

fn items(doc: &Doc<'_>, leader: usize, from: usize, to: usize, cue: Cue) -> (Vec<Member>, Option<String>) {
    let mut out: Vec<Member> = Vec::new();
    let mut level = None;
    let mut start = from;
    let mut j = from;
    let mut in_list = cue != Cue::Head;
    let mut seen = false;
    while j <= to {
        // A list cue inside an item ("a 12-member delegation comprising
        // ...") closes it: the delegation named before the cue is a frame,
        // its members follow.
        let inner_cue = if j < to && j > start { cue_at(doc, j) } else { None };
        let tok = doc.text.tok(j);
        let and = matches!(tok, "and" | "&")
            && doc.mentions.covering(j).is_none()
            && heads(doc, start..j)
            && heads(doc, j + 1..next_comma(doc, j, to));
        let boundary = j == to || inner_cue.is_some() || and || matches!(tok, "," | "as" | "well");
        if boundary {
            if start < j {
                let next_is_list = inner_cue.is_some()
                    || (j < to) && matches!(doc.text.tok(j), ",") && cue_at(doc, j + 1).is_some();
                let first = !seen;
                seen = true;
                // "led a high-level business delegation", not "led the talks".
                if first
                    && cue == Cue::Head
                    && !(start..j).any(|k| lexicon("party").contains(doc.text.tok(k)))
                    && !next_is_list
                {
                    return (Vec::new(), None);
                }
                match item(doc, leader, start..j, &mut level, next_is_list) {
                    Some(m) => {
                        // "his wife, Princess Lalla Amina": the name is the spouse's.
                        let spouse_name = m.name.is_some()
                            && m.role == Role::Other
                            && out
                                .last()
                                .is_some_and(|p| p.role == Role::Spouse && p.name.is_none());
                        if spouse_name {
                            let p = out.last_mut().expect("checked");
                            p.name = m.name;
                            p.title = p.title.take().or(m.title);
                        } else if cue == Cue::With && first && !member_like(&m) {
                            // "with" only opens a list of companions.
                            return (Vec::new(), None);
                        } else {
                            out.push(m);
                        }
                    }
                    None if cue == Cue::With && first && !next_is_list => return (Vec::new(), None),
                    None => {}
                }
                // "heading a 17-member delegation": one group, unless a list
                // of its members follows.
                if !in_list && inner_cue.is_none() && !next_is_list {
                    break;
                }
            }
            if let Some((e, _)) = inner_cue {
                in_list = true;
                start = e;
                j = e;
                continue;
            }
            start = j + 1;
            // "including" after a comma starts the sub-list.
            if let Some((e, _)) = cue_at(doc, start) {
                in_list = true;
                start = e;
                j = e;
                continue;
            }
        }
        j += 1;
    }
    (out, level)
}

fn same_family(a: Option<&str>, b: Option<&str>) -> bool {
    let last = |s: &str| s.split_whitespace().last().map(str::to_lowercase);
    matches!((a, b), (Some(a), Some(b)) if a != b && last(a) == last(b))
}

/// Whether tokens `r` name someone: a title, a name, or a member word.
fn heads(doc: &Doc<'_>, r: Range<usize>) -> bool {
    r.clone().any(|k| {
        doc.mentions.covering(k).is_some_and(|m| {
            matches!(
                m.kind,
                MentionKind::Name | MentionKind::Title | MentionKind::Group
            )
        }) || doc
            .matches
            .at(k)
            .iter()
            .any(|m| matches!(m.entry, Entry::Title(_)))
            || with_ascii_lower(doc.text.tok(k), |w| member_words().contains_key(w))
    })
}

fn next_comma(doc: &Doc<'_>, j: usize, to: usize) -> usize {
    (j + 1..to).find(|&k| doc.text.tok(k) == ",").unwrap_or(to)
}

// Someone who travels as a companion: a spouse, a minister or official,
// a named group; not a head of state met on the trip.
fn member_like(m: &Member) -> bool {
    m.role != Role::Other
}

fn item(
    doc: &Doc<'_>,
    leader: usize,
    r: Range<usize>,
    level: &mut Option<String>,
    then_list: bool,
) -> Option<Member> {
    // "the delegation accompanying X includes ...": X leads, X is no member.
    if r.clone()
        .any(|k| doc.mentions.covering(k).is_some_and(|m| m.entity == leader))
    {
        return None;
    }
    // The words are read in place, in any case: most items are dropped,
    // and a lower-cased copy of each word was made for nothing.
    let words = || r.clone().map(|k| doc.text.tok(k));
    // "with his Pakistani counterpart X": whoever is met, however far the
    // word of meeting stands from "with", travels with nobody.
    if words().any(|w| lexicon("host_side").contains(w)) {
        return None;
    }
    let delegation = r.end > r.start && doc.text.tok(r.end - 1).eq_ignore_ascii_case("delegation");
    if delegation && level.is_none() {
        *level = words().find_map(level_word);
    }
    // A named person or a title.
    let mut title = None;
    let mut role = None;
    for k in r.clone() {
        if let Some(m) = doc
            .matches
            .at(k)
            .iter()
            .find(|m| matches!(m.entry, Entry::Title(_)) && m.end() <= r.end)
        {
            if let Entry::Title(t) = m.entry {
                let t = &doc.gazetteer.titles()[t as usize];
                let end = chain_end(doc, m.end(), r.end);
                title = Some(doc.text.slice_tokens(k..end).to_string());
                role = Some(t.role);
                break;
            }
        }
    }
    // The person's name closes the item: "... Coordinator Brett McGurk".
    let name = r.clone().rev().find_map(|k| {
        let m = doc.mentions.covering(k)?;
        if m.kind != MentionKind::Name || m.entity == leader {
            return None;
        }
        doc.mentions.entities[m.entity].name.clone()
    });
    if role.is_none() {
        // Longest trailing phrase in the member-word table: "business delegation".
        for n in (1..=r.len().min(3)).rev() {
            role = with_phrase_lower(doc, r.end - n..r.end, |p| member_words().get(p).copied());
            if role.is_some() {
                break;
            }
        }
        if role.is_none() {
            role = words()
                .rev()
                .find_map(|w| with_ascii_lower(w, |w| member_words().get(w).copied()));
        }
    }
    if role.is_none() {
        if let Some(n) = &name {
            // "Nancy Reagan" beside "Reagan": the visitor's spouse. A name
            // behind capitalized words ("Senior Director for Cyber X") is an
            // official whose title the table does not know.
            let leader_name = doc.mentions.entities[leader].name.as_deref();
            let name_at = r.clone().find(|&k| {
                doc.mentions
                    .covering(k)
                    .is_some_and(|m| m.kind == MentionKind::Name)
            });
            let titled = name_at
                .is_some_and(|s| (r.start..s).any(|k| doc.text.tok(k).starts_with(char::is_uppercase)));
            role = Some(if same_family(Some(n), leader_name) {
                Role::Spouse
            } else if titled {
                Role::Official
            } else {
                Role::Other
            });
        }
    }
    let role = role?;
    // "a high-level delegation, including ...": the delegation is not a
    // member, its contents are.
    if delegation && role == Role::Official && then_list {
        return None;
    }
    // "foreign minister" is a foreign minister, whatever the table says.
    let role = match (&title, role) {
        (Some(t), Role::Minister)
            if t.to_ascii_lowercase().contains("foreign") && !t.to_ascii_lowercase().contains("deputy") =>
        {
            Role::ForeignMinister
        }
        (_, r) => r,
    };
    Some(Member {
        role,
        name,
        title,
        text: doc
            .text
            .slice_tokens(r.clone())
            .trim_start_matches(['(', ' '])
            .to_string(),
        span: doc.text.span_of(r),
    })
}

/// Calls `f` with tokens `r` lower-cased and joined by single spaces, as
/// the member-word table holds its phrases: in a buffer on the stack when
/// they fit.
fn with_phrase_lower<R>(doc: &Doc<'_>, r: Range<usize>, f: impl FnOnce(&str) -> R) -> R {
    let mut buf = [0u8; 64];
    let mut n = 0;
    let mut fits = true;
    for k in r.clone() {
        let w = doc.text.tok(k).as_bytes();
        let sep = usize::from(k > r.start);
        let Some(dst) = buf.get_mut(n..n + sep + w.len()) else {
            fits = false;
            break;
        };
        dst[..sep].fill(b' ');
        dst[sep..].copy_from_slice(w);
        n += sep + w.len();
    }
    let b = &mut buf[..n];
    b.make_ascii_lowercase();
    match std::str::from_utf8(b) {
        Ok(p) if fits => f(p),
        _ => {
            let words: Vec<&str> = r.map(|k| doc.text.tok(k)).collect();
            f(&words.join(" ").to_ascii_lowercase())
        }
    }
}

fn chain_end(doc: &Doc<'_>, mut end: usize, lim: usize) -> usize {
    while let Some(m) = doc
        .matches
        .at(end)
        .iter()
        .find(|m| matches!(m.entry, Entry::Title(_)) && m.end() <= lim)
    {
        end = m.end();
    }
    end
}
