//! A hand-written word scanner and the date grammar on top of it.
//!
//! The text is cut once into tokens (words, digit runs, single punctuation
//! characters); every rule then looks at a bounded number of tokens from
//! its starting point, so a whole scan is linear in the input length.

mod clock;

use std::cell::Cell;

pub(crate) use clock::is_day;

use super::data::{tables, Cue, Key, Lead, Tables, Unit, Word, NO_WORD};
use super::resolve::{Expr, Holiday, Part, Rel, Tense, What};

/// What a token is made of (as two bits of [`Tok::bits`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Kind {
    Word = 0,
    Num = 1,
    Punct = 2,
}

/// One token with its byte span.
///
/// A cut writes one token per five bytes of text or so, and the rules read
/// them again after: packed into 40 bytes rather than 64, the table of a
/// news story stays within the first-level cache. Byte offsets are 32-bit,
/// which the pieces a text is cut in keep to (see [`MAX_PIECE`]).
#[derive(Clone, Debug)]
pub(crate) struct Tok<'a> {
    /// Lowercased text (digits without an ordinal suffix for numbers, ""
    /// for punctuation): a slice of the text itself unless lowering changed it.
    pub low: &'a str,
    /// What the word tables say about a word token; for a digit run only
    /// `rules` is set.
    pub lex: &'static Word,
    start: u32,
    end: u32,
    /// Value of a digit run of at most nine digits, else [`NO_VAL`].
    value: u32,
    /// The first character (in the bits of [`CH`]), the kind and the flags.
    bits: u32,
}

/// The longest text [`Cutter`] cuts: a token's byte offsets are 32-bit.
pub(crate) const MAX_PIECE: usize = u32::MAX as usize;

/// No value: nine digits are at most 999,999,999.
const NO_VAL: u32 = u32::MAX;
/// The bits of [`Tok::bits`] that hold the first character (all of 21).
const CH: u32 = (1 << 21) - 1;
/// Where the kind starts in [`Tok::bits`] (two bits).
const KIND_AT: u32 = 21;
/// A digit run with an ordinal suffix ("15th").
const ORD: u32 = 1 << 23;
/// Whitespace (or the start of the text) before the token.
const SP: u32 = 1 << 24;
/// A line break before the token.
const NL: u32 = 1 << 25;
/// First letter upper case.
const CAP: u32 = 1 << 26;
/// Every letter upper case (and more than one letter).
const UPPER: u32 = 1 << 27;

impl Tok<'_> {
    /// A token of `kind` over bytes `s..e` that starts with `ch`, with
    /// `flags` (of [`flag`]); the fields of words and digit runs are left
    /// empty.
    fn new(kind: Kind, s: usize, e: usize, ch: char, flags: u32) -> Self {
        Tok {
            low: "",
            lex: &NO_WORD,
            start: offset(s),
            end: offset(e),
            value: NO_VAL,
            bits: u32::from(ch) | (kind as u32) << KIND_AT | flags,
        }
    }

    fn has(&self, flag: u32) -> bool {
        self.bits & flag != 0
    }

    /// The first byte of the token.
    pub fn s(&self) -> usize {
        self.start as usize
    }

    /// The byte after the token.
    pub fn e(&self) -> usize {
        self.end as usize
    }

    pub fn kind(&self) -> Kind {
        match (self.bits >> KIND_AT) & 3 {
            0 => Kind::Word,
            1 => Kind::Num,
            _ => Kind::Punct,
        }
    }

    /// The first character: the punctuation character of a punctuation token.
    pub fn ch(&self) -> char {
        char::from_u32(self.bits & CH).unwrap_or(char::REPLACEMENT_CHARACTER)
    }

    /// Value of a digit run of at most nine digits.
    pub fn val(&self) -> Option<u32> {
        (self.value != NO_VAL).then_some(self.value)
    }

    /// Number of digits of a digit run (at most `u32::MAX`), 0 for others.
    pub fn digits(&self) -> u32 {
        match self.kind() {
            // the lowering of a digit run is its digits
            Kind::Num => u32::try_from(self.low.len()).unwrap_or(u32::MAX),
            _ => 0,
        }
    }

    /// A digit run with an ordinal suffix ("15th").
    pub fn ord(&self) -> bool {
        self.has(ORD)
    }

    /// Whitespace (or the start of the text) before the token.
    pub fn sp(&self) -> bool {
        self.has(SP)
    }

    /// A line break before the token.
    pub fn nl(&self) -> bool {
        self.has(NL)
    }

    /// First letter upper case.
    pub fn cap(&self) -> bool {
        self.has(CAP)
    }

    /// Every letter upper case (and more than one letter).
    pub fn upper(&self) -> bool {
        self.has(UPPER)
    }
}

/// At most the first [`MAX_PIECE`] bytes of `text`, at a character boundary.
fn piece_head(text: &str) -> &str {
    let mut cut = text.len().min(MAX_PIECE);
    while !text.is_char_boundary(cut) {
        cut -= 1;
    }
    &text[..cut]
}

/// `f` (one of the flags of [`Tok::bits`]) if `on`, else none.
fn flag(f: u32, on: bool) -> u32 {
    u32::from(on) * f
}

/// Byte `i` of a text of at most [`MAX_PIECE`] bytes as a token offset.
fn offset(i: usize) -> u32 {
    debug_assert!(i <= MAX_PIECE);
    // never cut short: a cut text has at most `MAX_PIECE` bytes (see
    // `Cutter::new`), and no token ends beyond its text
    i as u32
}

/// What the tables say about a digit run: digits start numeric dates,
/// years, days and clock times; by their number, 1 or 2, 3, 4, or more,
/// as the rules read them: a day has at most two digits, a bare year four,
/// a numeric date starts with two digits or four ("3/4", "2024-04-22").
static DIGIT_RUNS: [Word; 4] = [
    digit_run(rule::DIGITS & !rule::BARE_YEAR),
    digit_run(rule::DIGITS & !(rule::DAY_FIRST | rule::NUMERIC | rule::BARE_YEAR)),
    digit_run(rule::DIGITS & !rule::DAY_FIRST),
    digit_run(rule::DIGITS & !(rule::DAY_FIRST | rule::NUMERIC | rule::BARE_YEAR)),
];

const fn digit_run(rules: u16) -> Word {
    Word {
        rules,
        opens: true,
        ..NO_WORD
    }
}

/// The lowered text the tokens of [`tokenize`] borrow, kept by the caller
/// so that cutting a text allocates nothing per token; with the token table
/// of an earlier cut, emptied, for the next to fill.
#[derive(Default)]
pub(crate) struct Lowered {
    /// The text with its ASCII letters lowered: the `low` of every token
    /// but the words with letters beyond ASCII.
    ascii: String,
    /// The words with letters beyond ASCII, lowered one after the other.
    other: String,
    /// The tokens a date expression or a stated length may start at, in
    /// order: digit runs, words whose entry `opens`, and every word beyond
    /// ASCII (looked up only once the text is cut).
    opens: Vec<usize>,
    /// Room for the tokens of the next cut: see [`Lowered::reuse`].
    pub table: Vec<Tok<'static>>,
}

/// A token table takes some ten bytes per byte of text, and each text is
/// cut twice (for its dateline, for its dates): kept per thread, the
/// buffers are allocated once rather than six times per text, and the
/// table of a long text is not freed again and again (a freed block of 64
/// KiB or more makes the allocator consolidate its free lists).
impl crate::kept::Kept for Lowered {
    fn clear(&mut self) {
        // `Cutter::new` empties what it fills
    }

    /// Drops the buffers a text longer than [`KEEP_TEXT`] bytes made.
    fn shrink(&mut self) {
        let room = KEEP_TEXT / 4 + 4;
        if self.table.capacity() > room {
            self.table = Vec::new();
        }
        if self.opens.capacity() > room {
            self.opens = Vec::new();
        }
        for s in [&mut self.ascii, &mut self.other] {
            if s.capacity() > 2 * KEEP_TEXT {
                *s = String::new();
            }
        }
    }
}

impl Lowered {
    /// This thread's buffers for a cut, kept from its last cuts, or new.
    pub(crate) fn take_kept() -> Lowered {
        crate::kept::take(&KEPT)
    }

    /// Gives the buffers back to this thread for its next cut.
    pub(crate) fn keep(self) {
        crate::kept::give_back(&KEPT, self);
    }

    /// `toks` emptied, as room for the tokens of another text: the cut of
    /// the next text reads it from [`Lowered::table`].
    pub(crate) fn reuse(toks: Vec<Tok<'_>>) -> Vec<Tok<'static>> {
        // Collecting an emptied vector into one of the same element size
        // keeps its allocation.
        toks.into_iter().map_while(|_| None).collect()
    }
}

/// The longest text whose buffers a thread keeps between cuts: a long news
/// story (its token table is some 160 KiB).
const KEEP_TEXT: usize = 16 << 10;

thread_local! {
    static KEPT: Cell<Lowered> = Cell::default();
}

/// Cuts `text` into tokens; linear, never panics.
///
/// A token's lowered text is a slice of `low`: of the whole text lowered
/// at once, or for a word with letters beyond ASCII ("Élysée") of its own
/// lowering.
#[cfg(test)]
pub(crate) fn tokenize<'a>(text: &'a str, low: &'a mut Lowered) -> Vec<Tok<'a>> {
    tokenize_marked(text, low).0
}

/// Cuts `text` into tokens (linear, never panics), and lists the tokens a
/// date expression or a stated length may start at (in order): no others
/// need a look.
///
/// A token's lowered text is a slice of `low`: of the whole text lowered
/// at once, or for a word with letters beyond ASCII ("Élysée") of its own
/// lowering.
pub(crate) fn tokenize_marked<'a>(text: &'a str, low: &'a mut Lowered) -> (Vec<Tok<'a>>, &'a [usize]) {
    // about one token per five bytes of news text; a little more room spares
    // the copy of a table that outgrows its first guess
    let mut c = Cutter::new(text, low, text.len() / 4 + 4);
    c.more(usize::MAX);
    c.finish()
}

/// A text being cut into tokens a few at a time, so that a look at the
/// first tokens need not cut them again when it asks for the rest.
pub(crate) struct Cutter<'a> {
    text: &'a str,
    /// The text with its ASCII letters lowered.
    ascii: &'a str,
    other: &'a mut String,
    opens: &'a mut Vec<usize>,
    /// (token, start and end in `other`) of the words beyond ASCII, whose
    /// `low` and `lex` are set once `other` is complete
    lowered: Vec<(usize, usize, usize)>,
    out: Vec<Tok<'a>>,
    /// Where the cut goes on, and whether whitespace (or the start of the
    /// text) and a paragraph break come before it ([`SP`], [`NL`]).
    i: usize,
    before: u32,
}

impl<'a> Cutter<'a> {
    /// A cut of `text` not yet begun, with room for `room` tokens.
    ///
    /// The callers cut a text in pieces of at most [`MAX_PIECE`] bytes: of
    /// a longer one only the first are read.
    pub(crate) fn new(text: &'a str, low: &'a mut Lowered, room: usize) -> Self {
        debug_assert!(text.len() <= MAX_PIECE);
        let text = piece_head(text);
        let Lowered {
            ascii,
            other,
            opens,
            table,
        } = low;
        let mut out: Vec<Tok<'a>> = std::mem::take(table);
        out.clear();
        out.reserve(room);
        opens.clear();
        // about one token in six of news text may open a date or a length
        opens.reserve(room / 4);
        ascii.clear();
        ascii.push_str(text);
        ascii.make_ascii_lowercase();
        other.clear();
        Cutter {
            text,
            ascii,
            other,
            opens,
            lowered: Vec::new(),
            out,
            i: 0,
            before: SP | NL,
        }
    }

    /// The tokens cut so far, when each is complete: none while a word
    /// beyond ASCII waits for [`Cutter::finish`] to look it up.
    pub(crate) fn so_far(&self) -> Option<&[Tok<'a>]> {
        self.lowered.is_empty().then_some(&self.out[..])
    }

    /// Cuts on until there are `max` tokens or the text ends.
    pub(crate) fn more(&mut self, max: usize) {
        let tb = tables();
        let (text, ascii) = (self.text, self.ascii);
        let bytes = text.as_bytes();
        // kept in locals while the loop runs
        let mut out = std::mem::take(&mut self.out);
        let mut lowered = std::mem::take(&mut self.lowered);
        let (other, opens) = (&mut *self.other, &mut *self.opens);
        let (mut i, mut before) = (self.i, self.before);
        while i < bytes.len() && out.len() < max {
            let b = bytes[i];
            // the commonest byte of any text
            if b == b' ' {
                before |= SP;
                i += 1;
                continue;
            }
            // Most tokens are ASCII words or punctuation, read here without
            // decoding characters; `word_at` and `number_at` read the others.
            if let Some((tok, sp)) = simple_word_at(tb, text, ascii, i, before) {
                if tok.lex.opens {
                    opens.push(out.len());
                }
                let e = tok.e();
                out.push(tok);
                // the space after most words is read with them
                before = flag(SP, sp);
                i = e + usize::from(sp);
                continue;
            }
            if b.is_ascii_punctuation() {
                out.push(Tok::new(Kind::Punct, i, i + 1, char::from(b), before));
                let sp = bytes.get(i + 1) == Some(&b' ');
                before = flag(SP, sp);
                i += 1 + usize::from(sp);
                continue;
            }
            let c = if b.is_ascii() {
                char::from(b)
            } else {
                // `i` is always at a character boundary
                text[i..].chars().next().unwrap_or(char::REPLACEMENT_CHARACTER)
            };
            if c.is_whitespace() {
                before |= SP;
                // A paragraph break ends a tense's reach; the single line break
                // of hard-wrapped wire copy does not ("He held\nbrief talks on
                // Sunday").
                if c == '\n' && paragraph_after(&bytes[i + 1..]) {
                    before |= NL;
                }
                i += c.len_utf8();
                continue;
            }
            let tok = if c.is_alphabetic() {
                let mut tok = word_at(text, i, c, before);
                match text.get(i..tok.e()).filter(|w| !w.is_ascii()) {
                    Some(w) => {
                        let from = other.len();
                        other.push_str(&w.to_lowercase());
                        lowered.push((out.len(), from, other.len()));
                        opens.push(out.len());
                    }
                    None => {
                        tok.low = ascii.get(i..tok.e()).unwrap_or_default();
                        tok.lex = ascii_word(tb, ascii, i, tok.e());
                        if tok.lex.opens {
                            opens.push(out.len());
                        }
                    }
                }
                tok
            } else if c.is_ascii_digit() {
                opens.push(out.len());
                number_at(text, i, before)
            } else {
                Tok::new(Kind::Punct, i, i + c.len_utf8(), c, before)
            };
            i = tok.e();
            out.push(tok);
            before = 0;
        }
        (self.i, self.before) = (i, before);
        self.out = out;
        self.lowered = lowered;
    }

    /// The tokens cut, and those of them that may open a date expression
    /// or a stated length (in order).
    pub(crate) fn finish(self) -> (Vec<Tok<'a>>, &'a [usize]) {
        let Cutter {
            other,
            opens,
            lowered,
            mut out,
            ..
        } = self;
        let tb = tables();
        // the buffer is complete: the lowered words can now borrow from it
        let other: &'a String = other;
        for &(k, from, to) in &lowered {
            if let (Some(t), Some(l)) = (out.get_mut(k), other.get(from..to)) {
                t.low = l;
                t.lex = tb.word(l);
            }
        }
        let opens: &'a Vec<usize> = opens;
        (out, opens)
    }
}

/// What the tables say about the ASCII word at bytes `s..e` of the lowered
/// text `ascii`.
fn ascii_word(tb: &'static Tables, ascii: &str, s: usize, e: usize) -> &'static Word {
    tb.word(ascii.get(s..e).unwrap_or_default())
}

/// The end of the word at byte `i` of `text` when it is ASCII letters,
/// lower case but perhaps the first, and no other letter follows them:
/// most words; with what the tables say about it (`ascii` is the text
/// with its letters lowered).
#[cfg(test)]
fn simple_word(tb: &'static Tables, bytes: &[u8], ascii: &str, i: usize) -> Option<(usize, &'static Word)> {
    let (e, lex) = lowercase_word(tb, bytes, ascii, i)?;
    ends_word(bytes.get(e).copied()).then_some((e, lex))
}

/// The token of the word of [`simple_word`] at byte `i` of `text`, which
/// `before` comes before, and whether a space follows it.
#[inline(always)]
fn simple_word_at<'a>(
    tb: &'static Tables,
    text: &'a str,
    ascii: &'a str,
    i: usize,
    before: u32,
) -> Option<(Tok<'a>, bool)> {
    let bytes = text.as_bytes();
    let b = *bytes.get(i)?;
    let (e, lex) = lowercase_word(tb, bytes, ascii, i)?;
    let after = bytes.get(e).copied();
    if !ends_word(after) {
        return None;
    }
    // (`b` is a letter: upper case below the lower-case ones)
    let cap = b < b'a';
    // a word in lower case already is its own lowering, and the cut has
    // just read the bytes that slicing the text checks
    let low = if cap { ascii.get(i..e) } else { text.get(i..e) }?;
    let mut tok = Tok::new(Kind::Word, i, e, char::from(b), before | flag(CAP, cap));
    tok.low = low;
    tok.lex = lex;
    Some((tok, after == Some(b' ')))
}

/// The run of ASCII letters at byte `i` of `text`, lower case but perhaps
/// the first, with what the tables say about it: the word of
/// [`simple_word`] when [`ends_word`] of the byte after it.
#[inline]
fn lowercase_word(
    tb: &'static Tables,
    bytes: &[u8],
    ascii: &str,
    i: usize,
) -> Option<(usize, &'static Word)> {
    if !bytes.get(i)?.is_ascii_alphabetic() {
        return None;
    }
    // Where the text has sixteen bytes from `i`, a word of up to 15
    // letters is read from two eight-byte loads, which are also its key.
    if let Some(w) = bytes.get(i..i + 16) {
        let (lo, hi) = w.split_at(8);
        // the first byte is a letter: setting this bit lowers it
        let lo = u64::from_le_bytes(lo.try_into().ok()?) | 0x20;
        let n = lowercase_run(lo);
        if n < 8 {
            return Some((i + n, tb.word_of_key(Key::new(lo, 0, n))));
        }
        let hi = u64::from_le_bytes(hi.try_into().ok()?);
        let m = lowercase_run(hi);
        if m < 8 {
            return Some((i + 8 + m, tb.word_of_key(Key::new(lo, hi, 8 + m))));
        }
    }
    let e = simple_word_end(bytes, i)?;
    Some((e, ascii_word(tb, ascii, i, e)))
}

/// The byte after a run of lower-case letters (none at the end of the
/// text) is neither an upper-case letter nor a part of a character beyond
/// ASCII: the word ends there. (One load of the byte is cheaper than
/// shifting it out of the word's loaded bytes, and the cut reads the
/// space after the word from it.)
#[inline]
fn ends_word(after: Option<u8>) -> bool {
    after.is_none_or(|d| d.is_ascii() && !d.is_ascii_uppercase())
}

/// [`simple_word`] without its key, byte by byte.
fn simple_word_end(bytes: &[u8], i: usize) -> Option<usize> {
    if !bytes.get(i)?.is_ascii_alphabetic() {
        return None;
    }
    let mut e = i + 1;
    while bytes.get(e).is_some_and(u8::is_ascii_lowercase) {
        e += 1;
    }
    let more = bytes
        .get(e)
        .is_some_and(|&d| d.is_ascii_uppercase() || !d.is_ascii());
    (!more).then_some(e)
}

/// How many of the eight bytes of `w` (little-endian) are ASCII lower-case
/// letters before the first that is not.
#[inline]
fn lowercase_run(w: u64) -> usize {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x80 * ONES;
    // The high bit of a byte is set when it is at least b'a', at most b'z',
    // and ASCII. A byte of 0x80 or more may carry into the next byte, but
    // only into bytes after one that is no letter, which no run reaches:
    // its seven low bits need no mask of their own (a constant fewer for
    // the cut's loop to keep in a register).
    let lower = w.wrapping_add(0x1f * ONES) & !w.wrapping_add(0x05 * ONES) & !w & HIGH;
    (!lower & HIGH).trailing_zeros() as usize / 8
}

/// The bytes after a line break start an indented line or follow a blank one.
fn paragraph_after(rest: &[u8]) -> bool {
    let indented = rest.starts_with(b"  ") || rest.starts_with(b"\t");
    let blank = rest
        .iter()
        .find(|&&x| !matches!(x, b' ' | b'\t' | b'\r'))
        .is_some_and(|&x| x == b'\n');
    indented || blank
}

/// The word starting with the letter `c` at byte `i` of `text`; its `low`
/// and `lex` are left to [`tokenize`], which has the lowered text.
fn word_at(text: &str, i: usize, c: char, before: u32) -> Tok<'_> {
    let bytes = text.as_bytes();
    let mut e = i + c.len_utf8();
    // the run of letters, and whether all are upper case
    let mut all_upper = c.is_uppercase();
    while e < bytes.len() {
        let d = bytes[e];
        if d.is_ascii_lowercase() {
            all_upper = false;
            e += 1;
        } else if d.is_ascii_uppercase() {
            e += 1;
        } else if d.is_ascii() {
            break;
        } else {
            let Some(ch) = text[e..].chars().next().filter(|ch| ch.is_alphabetic()) else {
                break;
            };
            all_upper &= ch.is_uppercase();
            e += ch.len_utf8();
        }
    }
    let cap = flag(CAP, c.is_uppercase());
    // more than one letter: longer than the first
    let upper = flag(UPPER, e - i > c.len_utf8() && all_upper);
    Tok::new(Kind::Word, i, e, c, before | cap | upper)
}

/// The digit run starting at byte `i` of `text`, with its ordinal suffix.
fn number_at(text: &str, i: usize, before: u32) -> Tok<'_> {
    let bytes = text.as_bytes();
    let mut e = i + 1;
    while e < bytes.len() && bytes[e].is_ascii_digit() {
        e += 1;
    }
    let digits = e - i;
    let mut tok = Tok::new(Kind::Num, i, e, char::from(bytes[i]), before);
    tok.low = &text[i..e];
    tok.lex = &DIGIT_RUNS[match digits {
        1 | 2 => 0,
        3 => 1,
        4 => 2,
        _ => 3,
    }];
    // nine digits always fit
    if digits <= 9 {
        tok.value = bytes[i..e].iter().fold(0, |v, &d| v * 10 + u32::from(d - b'0'));
    }
    // an ordinal suffix in HTML superscript: 30<sup>th</sup>
    if let Some(sup) = bytes.get(e..e + 13) {
        if sup[..5].eq_ignore_ascii_case(b"<sup>")
            && sup[7..].eq_ignore_ascii_case(b"</sup>")
            && is_ordinal_suffix(&sup[5..7])
        {
            tok.end = offset(e + 13);
            tok.bits |= ORD;
            return tok;
        }
    }
    // ordinal suffix: 1st 2nd 3rd 4th, not followed by more letters
    if let Some(suf) = bytes.get(e..e + 2) {
        let after = text.get(e + 2..).and_then(|r| r.chars().next());
        if is_ordinal_suffix(suf) && !after.is_some_and(char::is_alphabetic) {
            tok.end = offset(e + 2);
            tok.bits |= ORD;
        }
    }
    tok
}

/// "st", "nd", "rd" or "th" in any case.
fn is_ordinal_suffix(b: &[u8]) -> bool {
    match b {
        [x, y] => matches!(
            [x.to_ascii_lowercase(), y.to_ascii_lowercase()],
            [b's', b't'] | [b'n', b'd'] | [b'r', b'd'] | [b't', b'h']
        ),
        _ => false,
    }
}

/// The rules of [`Grammar::rules`] (and of [`Grammar::at`] around them) as
/// bits: each word carries the rules that may find a date expression
/// starting at it, and no other rule runs there.
pub(super) mod rule {
    /// "April 22", "Sunday, Feb 10"
    pub const MONTH_FIRST: u16 = 1 << 0;
    /// "22 April", "Monday 3rd of March"
    pub const DAY_FIRST: u16 = 1 << 1;
    /// "2024-04-22", "3/4"
    pub const NUMERIC: u16 = 1 << 2;
    /// "next Tuesday", "Monday to Wednesday"
    pub const WEEKDAY: u16 = 1 << 3;
    /// "today", "last week", "three days ago", "in two weeks"
    pub const RELATIVE: u16 = 1 << 4;
    /// "first Monday of March", "the week of ..."
    pub const ORDINAL_OF: u16 = 1 << 5;
    /// "end of the month", "EOY"
    pub const PARTS: u16 = 1 << 6;
    /// "Christmas", "the ides of March"
    pub const NAMED: u16 = 1 << 7;
    /// "1987", "nineteen ninety-one", "the year"
    pub const BARE_YEAR: u16 = 1 << 8;
    /// "6pm", "at 14:30", "in 30 minutes"
    pub const CLOCK: u16 = 1 << 9;
    /// what [`super::Grammar::at`] reads before the rules: "the" and "at"
    /// before a date, "early" or "mid" before a month, "the middle of"
    pub const LEAD: u16 = 1 << 10;

    /// A month name: its own rule.
    pub const MONTH_WORD: u16 = MONTH_FIRST;
    /// A weekday name, which may open a date ("Sunday, Feb 10", "Monday 3rd
    /// of March").
    pub const WEEKDAY_WORD: u16 = MONTH_FIRST | DAY_FIRST | WEEKDAY;
    /// A number word: a day, a count, a spelled year or an hour.
    pub const NUMBER_WORD: u16 = DAY_FIRST | RELATIVE | ORDINAL_OF | BARE_YEAR | CLOCK;
    /// A run of digits.
    pub const DIGITS: u16 = NUMBER_WORD | NUMERIC;

    /// The rules of a number word of `value` (an ordinal or not, a vague
    /// count or not): those
    /// of [`NUMBER_WORD`], less the day for a cardinal ("two", "several"),
    /// which is a day only as the tens of an ordinal ("twenty-first"); less
    /// the year for a word no spelled year starts with (all but
    /// "eighteen", "nineteen", "twenty" and "two"); less the ordinal rule
    /// ("third Monday of", "20 of next month") for a count that is no
    /// number there ("a", "several") or a cardinal past the days of a month
    /// that no ordinal ends ("hundred"); less the clock for an ordinal
    /// ("third"), no hour nor count of minutes; and less the relative rule
    /// for an ordinal, which it reads at a number only as a count.
    pub fn number_word(value: u16, ordinal: bool, vague: bool) -> u16 {
        let tens = (20..=90).contains(&value) && value % 10 == 0;
        let day = if ordinal || tens { 0 } else { DAY_FIRST };
        let year = if matches!(value, 2 | 18 | 19 | 20) {
            0
        } else {
            BARE_YEAR
        };
        let past_days = !ordinal && !tens && !(1..=31).contains(&value);
        let nth = if vague || past_days { ORDINAL_OF } else { 0 };
        let clock = if ordinal && !tens { CLOCK } else { 0 };
        let counts = if ordinal && !tens { RELATIVE } else { 0 };
        NUMBER_WORD & !day & !year & !nth & !clock & !counts
    }
}

/// The function words [`Grammar::lead_may_start`] reads as leads only.
pub(super) const LEADS: &[(&str, Lead)] = &[
    ("the", Lead::The),
    ("in", Lead::In),
    ("at", Lead::At),
    ("that", Lead::At),
    ("a", Lead::A),
    ("an", Lead::A),
];

/// The words, besides month, weekday and number words (and digits), that a
/// rule tests at its first token, with those rules: no candidate starts at
/// any other token, so the scan skips those without running the rules, and
/// runs only the listed rules at these. Debug builds check every skipped
/// rule against the rule itself, and a test runs them on the words of every
/// literal in this module.
pub(super) const STARTERS: &[(&str, u16)] = &[
    // articles and "at the beginning of ..."; "the following year", "at 6pm"
    ("the", rule::LEAD | rule::RELATIVE),
    ("at", rule::LEAD | rule::CLOCK),
    // early / mid / late March
    ("early", rule::LEAD),
    ("mid", rule::LEAD),
    ("late", rule::LEAD),
    ("earlier", rule::LEAD),
    ("later", rule::LEAD),
    ("around", rule::LEAD),
    // relative days, weeks, months, years and seasons
    ("next", rule::WEEKDAY | rule::RELATIVE),
    ("last", rule::WEEKDAY | rule::RELATIVE | rule::ORDINAL_OF),
    ("previous", rule::WEEKDAY | rule::RELATIVE),
    ("past", rule::WEEKDAY | rule::RELATIVE),
    ("this", rule::WEEKDAY | rule::RELATIVE),
    ("coming", rule::WEEKDAY | rule::RELATIVE),
    ("that", rule::RELATIVE),
    ("current", rule::RELATIVE),
    ("following", rule::RELATIVE),
    ("upcoming", rule::RELATIVE),
    ("prior", rule::RELATIVE),
    ("today", rule::RELATIVE),
    ("tonight", rule::RELATIVE),
    ("todays", rule::RELATIVE),
    ("yesterday", rule::RELATIVE),
    ("tomorrow", rule::RELATIVE),
    ("tomorrows", rule::RELATIVE),
    ("now", rule::RELATIVE),
    ("day", rule::RELATIVE),
    ("in", rule::RELATIVE | rule::CLOCK),
    // "week of", parts of periods
    ("week", rule::ORDINAL_OF),
    ("bom", rule::PARTS),
    ("eom", rule::PARTS),
    ("boy", rule::PARTS),
    ("eoy", rule::PARTS),
    ("beginning", rule::PARTS),
    ("start", rule::PARTS),
    ("end", rule::PARTS),
    // holidays
    ("christmas", rule::NAMED),
    ("xmas", rule::NAMED),
    ("election", rule::NAMED),
    ("easter", rule::NAMED),
    ("thanksgiving", rule::NAMED),
    ("new", rule::NAMED),
    ("ides", rule::NAMED),
    // "the (full) year" (years in words start with number words)
    ("year", rule::BARE_YEAR),
    ("full", rule::BARE_YEAR),
    // clock times
    ("noon", rule::CLOCK),
    ("midnight", rule::CLOCK),
];

/// One rule of the grammar: the candidates starting at a token.
type Rule = for<'g> fn(&Grammar<'g>, usize, &mut Vec<Cand>);

/// The rules in the order they run (among candidates of equal length the
/// first rule's wins), each with its bit.
const RULES: [(u16, Rule); 10] = [
    (rule::MONTH_FIRST, |g, i, out| g.month_first(i, out)),
    (rule::DAY_FIRST, |g, i, out| g.day_first_dates(i, out)),
    (rule::NUMERIC, |g, i, out| g.numeric(i, out)),
    (rule::WEEKDAY, |g, i, out| g.weekday(i, out)),
    (rule::RELATIVE, |g, i, out| g.relative(i, out)),
    (rule::ORDINAL_OF, |g, i, out| g.ordinal_of(i, out)),
    (rule::PARTS, |g, i, out| g.parts(i, out)),
    (rule::NAMED, |g, i, out| g.named(i, out)),
    (rule::BARE_YEAR, |g, i, out| g.bare_year(i, out)),
    (rule::CLOCK, |g, i, out| g.clock(i, out)),
];

const CONNECTORS: &[&str] = &["to", "through", "thru", "until", "till", "and"];
const YEAR_CONTEXT: &[&str] = &[
    "in",
    "since",
    "by",
    "until",
    "till",
    "through",
    "thru",
    "from",
    "to",
    "of",
    "the",
    "a",
    "an",
    "its",
    "his",
    "her",
    "their",
    "our",
    "my",
    "your",
    "for",
    "during",
    "before",
    "after",
    "early",
    "mid",
    "late",
    "fiscal",
    "between",
    "both",
    "due",
    "around",
    "circa",
    "year",
    "and",
    "or",
    "than",
    "s",
    "summer",
    "winter",
    "spring",
    "autumn",
    "fall",
    "christmas",
    "easter",
    "as",
    "throughout",
    "until",
    "this",
    "that",
    "end",
    "beginning",
    "start",
    "middle",
    "about",
];
const NOT_AFTER_YEAR: &[&str] = &[
    "percent",
    "people",
    "persons",
    "troops",
    "soldiers",
    "dollars",
    "euros",
    "yuan",
    "rupees",
    "pounds",
    "km",
    "kilometres",
    "kilometers",
    "miles",
    "metres",
    "meters",
    "tons",
    "tonnes",
    "votes",
    "cases",
    "deaths",
    "units",
    "shares",
    "feet",
    "hours",
    "hrs",
    "am",
    "pm",
    "gmt",
    "utc",
    "cc",
    "mw",
    "kg",
    "kw",
    "rpm",
];

/// The date grammar over a token list.
pub(crate) struct Grammar<'a> {
    pub t: &'a [Tok<'a>],
    pub day_first: bool,
    tb: &'static Tables,
    /// Tokens the rules were last seen to find nothing at, each in the slot
    /// of its index modulo [`NOTHING_SLOTS`]: "the", "at" and "early" try
    /// the rules at the next token, and when that finds nothing the scan
    /// goes on to that token and would try them there again.
    nothing_at: Cell<[usize; NOTHING_SLOTS]>,
}

/// Room for "at the" and the token after it.
const NOTHING_SLOTS: usize = 4;

/// A day with no year of its own ("June 4"): the year comes from context.
fn yearless_day(m: u32, d: u32) -> Expr {
    Expr::Day {
        y: None,
        m,
        d,
        wd: None,
    }
}

/// A parsed candidate: tokens `[start, end)` and its expression.
pub(crate) type Cand = (usize, Expr);

impl<'a> Grammar<'a> {
    pub(crate) fn new(t: &'a [Tok<'a>], day_first: bool) -> Self {
        Grammar {
            t,
            day_first,
            tb: tables(),
            nothing_at: Cell::new([usize::MAX; NOTHING_SLOTS]),
        }
    }

    /// What the tables say about token `i` (nothing past the end).
    fn lex(&self, i: usize) -> &'static Word {
        self.t.get(i).map_or(&NO_WORD, |t| t.lex)
    }

    fn w(&self, i: usize) -> &'a str {
        self.t
            .get(i)
            .filter(|t| t.kind() == Kind::Word)
            .map_or("", |t| t.low)
    }

    fn is_w(&self, i: usize, words: &[&str]) -> bool {
        let w = self.w(i);
        !w.is_empty() && words.contains(&w)
    }

    fn p(&self, i: usize, c: char) -> bool {
        self.t
            .get(i)
            .is_some_and(|t| t.kind() == Kind::Punct && t.ch() == c)
    }

    fn is_dash(&self, i: usize) -> bool {
        self.p(i, '-') || self.p(i, '–') || self.p(i, '—')
    }

    fn num(&self, i: usize) -> Option<&'a Tok<'a>> {
        self.t.get(i).filter(|t| t.kind() == Kind::Num)
    }

    /// Token `i` follows token `i - 1` with no space.
    fn glued(&self, i: usize) -> bool {
        self.t.get(i).is_some_and(|t| !t.sp())
    }

    fn at_end_or_punct(&self, i: usize) -> bool {
        match self.t.get(i) {
            None => true,
            Some(t) => t.kind() == Kind::Punct && !matches!(t.ch(), '%' | '/' | ':' | '$'),
        }
    }

    /// A number written in digits or words: (value, ordinal, next).
    fn number_at(&self, i: usize, allow_a: bool) -> Option<(u32, bool, usize)> {
        let t = self.t.get(i)?;
        if t.kind() == Kind::Num {
            return Some((t.val()?, t.ord(), i + 1));
        }
        let (v, ord) = t.lex.number?;
        let v = u32::from(v);
        let w = self.w(i);
        if !allow_a && matches!(w, "a" | "an" | "few" | "couple" | "several") {
            return None;
        }
        if (20..=90).contains(&v) && v % 10 == 0 {
            // twenty-first, thirty one
            let j = if self.is_dash(i + 1) { i + 2 } else { i + 1 };
            if let Some((u, o)) = self.lex(j).number {
                let u = u32::from(u);
                if (1..=9).contains(&u) && !matches!(self.w(j), "a" | "an") {
                    return Some((v + u, o, j + 1));
                }
            }
        }
        if w == "couple" && self.w(i + 1) == "of" {
            return Some((v, ord, i + 2));
        }
        Some((v, ord, i + 1))
    }

    /// A day of the month: digits 1-31 (one or two digits) or an ordinal word.
    fn day_at(&self, i: usize) -> Option<(u32, usize, bool)> {
        let t = self.t.get(i)?;
        if t.kind() == Kind::Num {
            let v = t.val()?;
            if t.digits() <= 2 && (1..=31).contains(&v) {
                return Some((v, i + 1, t.ord()));
            }
            return None;
        }
        let (v, ord, j) = self.number_at(i, false)?;
        (ord && (1..=31).contains(&v)).then_some((v, j, true))
    }

    /// A month name with an optional abbreviation dot: (month, next, ambiguous).
    fn month_at(&self, i: usize) -> Option<(u32, usize, bool)> {
        let (m, amb) = self.lex(i).month?;
        Some((u32::from(m), self.past_abbreviation(i), amb))
    }

    /// The token after word `i` and its abbreviation dot, if one is glued
    /// to it ("Sept.", "Wed.").
    fn past_abbreviation(&self, i: usize) -> usize {
        if self.p(i + 1, '.') && self.glued(i + 1) {
            i + 2
        } else {
            i + 1
        }
    }

    fn weekday_at(&self, i: usize) -> Option<(u32, usize, bool)> {
        let (wd, amb) = self.lex(i).weekday?;
        Some((u32::from(wd), self.past_abbreviation(i), amb))
    }

    /// Four digits that make a year (no context check).
    fn year4_at(&self, i: usize) -> Option<(i32, usize)> {
        let t = self.num(i)?;
        if t.digits() != 4 || t.ord() {
            return None;
        }
        let v = i32::try_from(t.val()?).ok()?;
        if !(1000..=2999).contains(&v) {
            return None;
        }
        // "1990s", "2000m", "1987%"
        if self.glued(i + 1)
            && (self.num(i + 1).is_some()
                || self.p(i + 1, '%')
                || self
                    .t
                    .get(i + 1)
                    .is_some_and(|t| t.kind() == Kind::Word && t.low != "ad"))
        {
            return None;
        }
        Some((v, self.era(i + 1)))
    }

    /// Skips "AD", "A.D.", "CE" after a year.
    fn era(&self, j: usize) -> usize {
        let w = self.w(j);
        if w == "ad" || w == "ce" {
            return self.past_abbreviation(j);
        }
        if w == "a" && self.p(j + 1, '.') && self.w(j + 2) == "d" {
            if self.p(j + 3, '.') {
                return j + 4;
            }
            return j + 3;
        }
        j
    }

    /// A year after a month or day: ", 2015", " 2015", " '98".
    fn year_after(&self, i: usize) -> Option<(i32, usize)> {
        let k = if self.p(i, ',') { i + 1 } else { i };
        if let Some(r) = self.year4_at(k) {
            return Some(r);
        }
        if self.p(k, '\'') || self.p(k, '’') {
            let t = self.num(k + 1)?;
            if t.digits() == 2 && self.glued(k + 1) && !self.glued(k + 2) {
                return Some((two_digit_year(t.val()?), k + 2));
            }
        }
        None
    }

    /// The token `i` may stand as a bare year.
    fn bare_year_ok(&self, i: usize, end: usize) -> bool {
        // what follows
        if let Some(n) = self.t.get(end) {
            if n.kind() == Kind::Word && !n.cap() {
                if NOT_AFTER_YEAR.contains(&n.low) {
                    return false;
                }
                if n.low.len() > 3 && n.low.ends_with('s') && !n.low.ends_with("ss") {
                    return false;
                }
            }
            if n.kind() == Kind::Punct && matches!(n.ch(), '%' | ':' | '$' | '/') {
                return false;
            }
            if n.kind() == Kind::Punct
                && matches!(n.ch(), '.' | ',')
                && self.num(end + 1).is_some()
                && self.glued(end)
                && self.glued(end + 1)
            {
                return false;
            }
        }
        if i == 0 {
            return self.at_end_or_punct(end);
        }
        let prev = &self.t[i - 1];
        match prev.kind() {
            Kind::Word => {
                if prev.low == "s" {
                    return i >= 2 && (self.p(i - 2, '\'') || self.p(i - 2, '’'));
                }
                YEAR_CONTEXT.contains(&prev.low) || prev.lex.is_month()
            }
            Kind::Num => false,
            Kind::Punct => match prev.ch() {
                '(' | '[' => true,
                '-' | '–' | '—' => {
                    i >= 2 && (self.w(i - 2) == "mid" || self.num(i - 2).is_some_and(|t| t.digits() == 4))
                }
                ',' => i >= 2 && self.num(i - 2).is_some_and(|t| t.digits() == 4),
                _ => false,
            },
        }
    }

    /// A candidate may start at token `i`: a digit run or a word of
    /// [`STARTERS`] or of the month, weekday and number tables.
    ///
    /// The commonest of those are function words that the rules read only
    /// as the lead of a date word right after them; before any other word
    /// no rule finds anything at them, so they are ruled out here too:
    /// "the" (an article before a date, "the middle of", "the same year"),
    /// "at" (before a part or a time), "a" (before a count or a time: "a
    /// week ago", "a minute ago"), "that" ("that year"); "in" reads only a
    /// count right after it ("in two weeks", "in 30 minutes").
    #[inline]
    pub(crate) fn may_start(&self, i: usize) -> bool {
        self.t
            .get(i)
            .is_some_and(|t| t.lex.rules != 0 && self.lead_may_start(i, t))
    }

    /// [`Grammar::may_start`] at a token `t` that some rule starts at.
    ///
    /// Its word's entry says which lead it is: a look at its letters would
    /// load a line of the text again for every such token.
    fn lead_may_start(&self, i: usize, t: &Tok<'_>) -> bool {
        let next_starts = || self.lex(i + 1).rules != 0;
        match t.lex.lead {
            Some(Lead::The) => next_starts() || matches!(self.w(i + 1), "middle" | "same" | "preceding"),
            // "in two weeks", "in 30 minutes": a count right after it
            Some(Lead::In) => self
                .t
                .get(i + 1)
                .is_some_and(|n| n.kind() == Kind::Num || n.lex.number.is_some()),
            Some(Lead::At) => next_starts(),
            Some(Lead::A) => {
                next_starts() || self.unit_at(i + 1).is_some() || matches!(self.w(i + 1), "hour" | "minute")
            }
            None => true,
        }
    }

    /// Every candidate starting at token `i`.
    #[inline]
    pub(crate) fn at(&self, i: usize) -> Vec<Cand> {
        if !self.may_start(i) {
            debug_assert!(
                self.at_all(i).is_empty(),
                "a candidate starts at {:?}",
                self.t.get(i)
            );
            return Vec::new();
        }
        self.at_all(i)
    }

    /// [`Grammar::at`] without the quick check of the first token.
    pub(crate) fn at_all(&self, i: usize) -> Vec<Cand> {
        let mut out = Vec::new();
        self.at_all_into(i, &mut out);
        out
    }

    /// [`Grammar::at_all`] added to `out`.
    pub(crate) fn at_all_into(&self, i: usize, out: &mut Vec<Cand>) {
        self.core(i, out);
        // early / mid / late / earlier / later + a month, year or period: the whole of it
        let w = self.w(i);
        if matches!(w, "early" | "mid" | "late" | "earlier" | "later" | "around") {
            let j = if self.is_dash(i + 1) { i + 2 } else { i + 1 };
            let mut inner = Vec::new();
            self.core(j, &mut inner);
            for (e, x) in inner {
                let keep = match &x {
                    Expr::Month { .. }
                    | Expr::Year(_)
                    | Expr::MonthRel { .. }
                    | Expr::MonthYearOff { .. } => true,
                    Expr::Period { unit, .. } => {
                        *unit != Unit::Day || w.starts_with("ear") || w.starts_with("lat")
                    }
                    Expr::Weekday { .. } | Expr::Holiday(..) => w != "mid" && w != "around",
                    _ => w == "around",
                };
                if keep {
                    out.push((e, x));
                }
            }
        }
        if w == "the" && self.w(i + 1) == "middle" && self.w(i + 2) == "of" {
            let mut inner = Vec::new();
            self.core(i + 3, &mut inner);
            for (e, x) in inner {
                if matches!(x, Expr::Month { .. } | Expr::Year(_) | Expr::Period { .. }) {
                    out.push((e, x));
                }
            }
        }
    }

    fn core(&self, i: usize, out: &mut Vec<Cand>) {
        if i >= self.t.len() {
            return;
        }
        let w = self.w(i);
        if w == "the" {
            // "the 3rd of March": whatever starts after the article
            self.core_no_article(i + 1, out);
        }
        if w == "at" {
            // "at the beginning of ..."
            let mut inner = Vec::new();
            self.core_no_article(i + 1, &mut inner);
            out.extend(inner.into_iter().filter(|(_, x)| matches!(x, Expr::Part(..))));
            if self.w(i + 1) == "the" {
                let mut inner = Vec::new();
                self.core_no_article(i + 2, &mut inner);
                out.extend(inner.into_iter().filter(|(_, x)| matches!(x, Expr::Part(..))));
            }
        }
        self.core_no_article(i, out);
    }

    fn core_no_article(&self, i: usize, out: &mut Vec<Cand>) {
        // the rules read the tokens only, so a second look finds nothing again
        let slot = i % NOTHING_SLOTS;
        if self.nothing_at.get()[slot] == i {
            return;
        }
        let before = out.len();
        self.rules(i, out);
        if out.len() == before {
            let mut seen = self.nothing_at.get();
            seen[slot] = i;
            self.nothing_at.set(seen);
        }
    }

    /// The rules that may find a candidate at token `i` (see [`rule`]).
    fn rules(&self, i: usize, out: &mut Vec<Cand>) {
        let Some(t) = self.t.get(i) else {
            return;
        };
        // the token after "the" or "at" is mostly one that starts nothing
        #[cfg(not(debug_assertions))]
        if t.lex.rules == 0 {
            return;
        }
        for (bit, run) in RULES {
            if t.lex.rules & bit != 0 {
                run(self, i, out);
            } else {
                #[cfg(debug_assertions)]
                {
                    let mut all = Vec::new();
                    run(self, i, &mut all);
                    debug_assert!(all.is_empty(), "rule {bit:#x} finds a candidate at {t:?}");
                }
            }
        }
    }

    /// "April 22", "April 22, 2024", "April 22-24", "April 29 to May 3",
    /// "March 1987", "March", "Wed, Feb 13".
    fn month_first(&self, i: usize, out: &mut Vec<Cand>) {
        // optional weekday prefix: "Sunday, Feb 10", "Friday Oct. 13"
        let (start_wd, i2) = match self.weekday_at(i) {
            Some((wd, j, _)) => {
                let k = if self.p(j, ',') { j + 1 } else { j };
                if self.month_at(k).is_some() {
                    (Some(wd), k)
                } else {
                    (None, i)
                }
            }
            None => (None, i),
        };
        let Some((m, j, amb)) = self.month_at(i2) else {
            return;
        };
        let tok = &self.t[i2];
        // "March the 3rd"
        let jd = if self.w(j) == "the" && self.day_at(j + 1).is_some_and(|d| d.2) {
            j + 1
        } else {
            j
        };
        if let Some((d, k, ord)) = self.day_at(jd) {
            // reject times and larger numbers: "May 5:30", "March 3.5"
            let bad_follow = (self.p(k, ':') || self.p(k, '.') || self.p(k, ','))
                && self.glued(k)
                && self.num(k + 1).is_some()
                && self.glued(k + 1);
            let amb_bad = amb
                && !tok.cap()
                && !ord
                && self.t.get(k).is_some_and(|n| {
                    n.kind() == Kind::Word && !n.cap() && !CONNECTORS.contains(&n.low) && !n.lex.is_weekday()
                });
            let amb_bad = amb_bad
                || (amb
                    && i2 > 0
                    && self.is_w(i2 - 1, &["they", "we", "i", "you", "he", "she", "it", "who"]));
            if !bad_follow && !amb_bad {
                let mut end = k;
                let mut y = None;
                // a range "April 22-24", "April 29 to May 3"
                let mut range: Option<(usize, Expr)> = None;
                if let Some(c) = self.connector(k, i) {
                    if let Some((m2, j2, _)) = self.month_at(c) {
                        if let Some((d2, k2, _)) = self.day_at(j2) {
                            range = Some((k2, yearless_day(m2, d2)));
                        }
                    } else if let Some((d2, k2, _)) = self.day_at(c) {
                        if d2 > d && self.month_at(k2).is_none() {
                            range = Some((k2, yearless_day(m, d2)));
                        }
                    }
                } else if let Some((d2, k2)) = self.and_day(k, d) {
                    // "June 3 and 4", "March 30th and 31st": a two-day event
                    if self.month_at(k2).is_none() {
                        range = Some((k2, yearless_day(m, d2)));
                    }
                }
                if let Some((k2, _)) = &range {
                    end = *k2;
                }
                if let Some((yy, k3)) = self.year_after(end) {
                    y = Some(yy);
                    end = k3;
                }
                let mut wd = start_wd;
                // trailing weekday: "Jul 18, Fri"
                if wd.is_none() && range.is_none() && self.p(end, ',') {
                    if let Some((w2, k4, _)) = self.weekday_at(end + 1) {
                        wd = Some(w2);
                        end = k4;
                    }
                }
                let first = Expr::Day { y, m, d, wd };
                match range {
                    Some((_, Expr::Day { m: m2, d: d2, .. })) => {
                        let second = Expr::Day {
                            y,
                            m: m2,
                            d: d2,
                            wd: None,
                        };
                        out.push((end, Expr::Range(Box::new(first), Box::new(second))));
                    }
                    _ => out.push((end, first)),
                }
                // "Aug 8" without the year, when the year is ambiguous
                if y.is_some() {
                    out.push((
                        k,
                        Expr::Day {
                            y: None,
                            m,
                            d,
                            wd: start_wd,
                        },
                    ));
                }
            }
        }
        if start_wd.is_some() {
            return;
        }
        // "March 1987", "March of 1987", "March, 1987"
        let jy = if self.w(j) == "of" { j + 1 } else { j };
        if let Some((y, k)) = self.year_after(jy) {
            out.push((k, Expr::Month { y: Some(y), m }));
        }
        // "January this year", "June last year"
        let off = match (self.w(j), self.w(j + 1)) {
            ("this", "year") => Some(0),
            ("last", "year") => Some(-1),
            ("next", "year") => Some(1),
            _ => None,
        };
        if let Some(yoff) = off {
            out.push((j + 2, Expr::MonthYearOff { m, yoff }));
        }
        if self.w(j) == "after" && self.w(j + 1) == "next" {
            out.push((
                j + 2,
                Expr::MonthRel {
                    m,
                    rel: Rel::AfterNext,
                },
            ));
        }
        // bare month
        let abbr = tok.low.len() <= 4 && !matches!(tok.low, "june" | "july" | "may");
        let prev = if i2 > 0 { self.w(i2 - 1) } else { "" };
        let ctx_prev = matches!(
            prev,
            "in" | "during"
                | "since"
                | "until"
                | "till"
                | "by"
                | "of"
                | "from"
                | "through"
                | "early"
                | "mid"
                | "late"
                | "before"
                | "after"
                | "between"
                | "and"
                | "to"
                | "or"
                | "last"
                | "next"
                | "this"
                | "throughout"
                | "for"
        ) || (i2 > 0 && self.is_dash(i2 - 1));
        let alone = i2 == 0 && self.t.len() <= 2 && self.at_end_or_punct(j);
        let ok = if amb || abbr {
            tok.cap() && (ctx_prev || alone)
        } else {
            tok.cap() || ctx_prev || alone
        };
        if ok && !(self.p(j, '\'') && self.w(j + 1) == "s" && amb) {
            out.push((j, Expr::Month { y: None, m }));
        }
    }

    /// "and" at `k` and a day one or two after `d` ("3 and 4", "30th and
    /// 31st"), not a count ("June 3 and 4 people"): (that day, next).
    fn and_day(&self, k: usize, d: u32) -> Option<(u32, usize)> {
        if self.w(k) != "and" {
            return None;
        }
        let (d2, k2, ord) = self.day_at(k + 1)?;
        if !(1..=2).contains(&d2.checked_sub(d)?) {
            return None;
        }
        // the second day is written like the first: "3 and 4", "third and fourth"
        if self.t[k + 1].kind() != self.t[k - 1].kind() {
            return None;
        }
        let ok = match self.t.get(k2) {
            None => true,
            Some(n) => match n.kind() {
                Kind::Num => self.year4_at(k2).is_some(),
                Kind::Punct => {
                    let numeric = matches!(n.ch(), '.' | ',')
                        && self.glued(k2)
                        && self.num(k2 + 1).is_some_and(|_| self.glued(k2 + 1));
                    !(numeric || matches!(n.ch(), '%' | ':' | '/' | '$' | '-' | '–'))
                }
                Kind::Word => {
                    n.cap()
                        || n.lex.is_month()
                        || self.w(k2) == "of"
                        || (ord && n.lex.unit.is_none())
                        || matches!(
                            n.low,
                            "at" | "in"
                                | "on"
                                | "when"
                                | "with"
                                | "to"
                                | "for"
                                | "and"
                                | "or"
                                | "as"
                                | "while"
                                | "during"
                                | "before"
                                | "after"
                                | "this"
                                | "next"
                                | "last"
                                | "respectively"
                                | "but"
                                | "the"
                                | "will"
                                | "would"
                                | "was"
                                | "were"
                                | "is"
                                | "are"
                        )
                }
            },
        };
        ok.then_some((d2, k2))
    }

    /// A range connector after token `k`; returns the index after it.
    fn connector(&self, k: usize, start: usize) -> Option<usize> {
        if self.is_dash(k) {
            return Some(k + 1);
        }
        let w = self.w(k);
        if w == "and" {
            return (start > 0 && self.w(start - 1) == "between").then_some(k + 1);
        }
        if CONNECTORS.contains(&w) {
            if self.w(k + 1) == "the" {
                return Some(k + 2);
            }
            return Some(k + 1);
        }
        None
    }

    /// "22 April 2024", "the 3rd of March", "22-24 April", "between 5 and 7 March".
    fn day_first_dates(&self, i: usize, out: &mut Vec<Cand>) {
        let (wd, i2) = match self.weekday_at(i) {
            Some((wd, j, _)) => {
                let k = if self.p(j, ',') { j + 1 } else { j };
                (Some(wd), k)
            }
            None => (None, i),
        };
        let Some((d, j, ord)) = self.day_at(i2) else {
            return;
        };
        if let Some(t) = self.num(i2) {
            // "14april" is fine; "5.3 March" is not
            if i2 > 0 && self.glued(i2) && (self.num(i2 - 1).is_some() || self.p(i2 - 1, '.')) {
                return;
            }
            let _ = t;
        }
        let m_at = |k: usize| -> Option<(u32, usize, bool)> {
            let k = if self.w(k) == "of" { k + 1 } else { k };
            self.month_at(k)
        };
        // range "22-24 April", "13 to the 15th of July", "30 and 31 March"
        let conn = self
            .connector(j, if wd.is_some() { i2 } else { i })
            .or_else(|| self.and_day(j, d).map(|_| j + 1));
        if let Some(c) = conn {
            if let Some((d2, k2, _)) = self.day_at(c) {
                if let Some((m, k3, _)) = m_at(k2) {
                    if d2 > d {
                        let (y, end) = match self.year_after(k3) {
                            Some((y, e)) => (Some(y), e),
                            None => (None, k3),
                        };
                        out.push((
                            end,
                            Expr::Range(
                                Box::new(Expr::Day { y, m, d, wd }),
                                Box::new(Expr::Day {
                                    y,
                                    m,
                                    d: d2,
                                    wd: None,
                                }),
                            ),
                        ));
                    }
                }
            }
        }
        let Some((m, k, amb)) = m_at(j) else {
            return;
        };
        if amb && !self.t[k - 1].cap() && !ord && self.w(j) != "of" && self.t[k - 1].low == "may" {
            return;
        }
        let mut end = k;
        let mut y = None;
        if let Some((yy, e)) = self.year_after(k) {
            y = Some(yy);
            end = e;
        } else if let Some(t) = self.num(k) {
            // "14th April 15": a two-digit year only at the end of a phrase
            if t.digits() == 2 && !t.ord() && !self.p(k - 1, ',') && self.at_end_or_punct(k + 1) {
                if let Some(v) = t.val() {
                    y = Some(two_digit_year(v));
                    end = k + 1;
                }
            }
        }
        // "29 April to 3 May"
        if let Some(c) = self.connector(end, i) {
            if let Some((d2, k2, _)) = self.day_at(c) {
                if let Some((m2, k3, _)) = m_at(k2) {
                    let (y2, e2) = match self.year_after(k3) {
                        Some((yy, e)) => (Some(yy), e),
                        None => (None, k3),
                    };
                    let y1 = y.or(y2);
                    out.push((
                        e2,
                        Expr::Range(
                            Box::new(Expr::Day { y: y1, m, d, wd }),
                            Box::new(Expr::Day {
                                y: y2.or(y),
                                m: m2,
                                d: d2,
                                wd: None,
                            }),
                        ),
                    ));
                }
            }
        }
        out.push((end, Expr::Day { y, m, d, wd }));
        if y.is_some() {
            out.push((k, Expr::Day { y: None, m, d, wd }));
        }
    }

    /// Numeric dates: 2024-04-22, 4/22/2024, 22.04.2024, 31 10 1974, 31-Oct-74,
    /// 2/15, 2014-10, 2/2013, 1960 - 1961.
    fn numeric(&self, i: usize, out: &mut Vec<Cand>) {
        let Some(a) = self.num(i) else {
            return;
        };
        if a.ord() {
            return;
        }
        // nothing numeric glued before: "1.5/2", "#3/4"
        if i > 0 {
            let p = &self.t[i - 1];
            if !a.sp() && (p.kind() == Kind::Num || matches!(p.ch(), '.' | '/' | '-' | '$' | '#' | ':' | ','))
            {
                return;
            }
            if p.kind() == Kind::Punct && matches!(p.ch(), '$' | '£' | '€' | '#') {
                return;
            }
        }
        let Some(av) = a.val() else { return };
        // a separator, maybe with spaces around it
        let sep_at = |k: usize| -> Option<(char, usize)> {
            let t = self.t.get(k)?;
            if t.kind() == Kind::Punct && matches!(t.ch(), '/' | '-' | '.') {
                return Some((t.ch(), k + 1));
            }
            None
        };
        // 3-part with a month name: 31-Oct-74, 31/Oct/1974
        if let Some((s1, k1)) = sep_at(i + 1) {
            if let Some((m, k2)) = self.lex(k1).month.map(|(m, _)| (u32::from(m), k1 + 1)) {
                if let Some((s2, k3)) = sep_at(k2) {
                    if s1 == s2 {
                        if let Some(c) = self.num(k3) {
                            if let Some(y) = year_of(c) {
                                if a.digits() <= 2 {
                                    out.push((
                                        k3 + 1,
                                        Expr::Day {
                                            y: Some(y),
                                            m,
                                            d: av,
                                            wd: None,
                                        },
                                    ));
                                }
                            }
                        }
                    }
                }
            }
        }
        // spaced 3-part: "31 10 1974"
        if a.digits() <= 2 {
            if let (Some(b), Some(c)) = (self.num(i + 1), self.num(i + 2)) {
                if b.digits() <= 2 && c.digits() == 4 && !b.ord() && !c.ord() && self.at_end_or_punct(i + 3) {
                    if let (Some(bv), Some(y)) = (b.val(), year_of(c)) {
                        if let Some((m, d)) = self.order(av, bv) {
                            out.push((
                                i + 3,
                                Expr::Day {
                                    y: Some(y),
                                    m,
                                    d,
                                    wd: None,
                                },
                            ));
                        }
                    }
                }
            }
        }
        let Some((s1, k1)) = sep_at(i + 1) else {
            return;
        };
        let spaced = !self.glued(i + 1) || !self.glued(k1);
        let Some(b) = self.num(k1) else { return };
        if b.ord() {
            return;
        }
        let Some(bv) = b.val() else { return };
        // 3-part numeric
        if let Some((s2, k2)) = sep_at(k1 + 1) {
            if s2 == s1 && !spaced && self.glued(k1 + 1) && self.glued(k2) {
                if let Some(c) = self.num(k2) {
                    let trailing =
                        sep_at(k2 + 1).is_some() && self.num(k2 + 2).is_some() && self.glued(k2 + 1);
                    if !trailing && !c.ord() {
                        if let Some(cv) = c.val() {
                            if a.digits() == 4 {
                                if b.digits() <= 2 && c.digits() <= 2 {
                                    if let Ok(y) = i32::try_from(av) {
                                        out.push((
                                            k2 + 1,
                                            Expr::Day {
                                                y: Some(y),
                                                m: bv,
                                                d: cv,
                                                wd: None,
                                            },
                                        ));
                                    }
                                }
                            } else if a.digits() <= 2 && b.digits() <= 2 {
                                if let Some(y) = year_of(c) {
                                    if let Some((m, d)) = self.order(av, bv) {
                                        out.push((
                                            k2 + 1,
                                            Expr::Day {
                                                y: Some(y),
                                                m,
                                                d,
                                                wd: None,
                                            },
                                        ));
                                    }
                                }
                            }
                        }
                    }
                    return;
                }
            }
        }
        if sep_at(k1 + 1).is_some() && self.num(k1 + 2).is_some() {
            return;
        }
        let after_ok = |k: usize| -> bool {
            match self.t.get(k) {
                None => true,
                Some(t) => match t.kind() {
                    Kind::Punct => !matches!(t.ch(), '%' | ':' | '/' | '$'),
                    Kind::Word => CONNECTORS.contains(&t.low) || t.low == "or",
                    Kind::Num => false,
                },
            }
        };
        let loose_after = |k: usize| -> bool {
            match self.t.get(k) {
                None => true,
                Some(t) => match t.kind() {
                    Kind::Punct => {
                        !(matches!(t.ch(), '%' | ':' | '/' | '$') || (!t.sp() && self.num(k + 1).is_some()))
                    }
                    Kind::Word => t.sp(),
                    Kind::Num => false,
                },
            }
        };
        // 2014-10, 2014/10
        if a.digits() == 4
            && b.digits() <= 2
            && s1 != '.'
            && !spaced
            && (1..=12).contains(&bv)
            && loose_after(k1 + 1)
        {
            if let Ok(y) = i32::try_from(av) {
                if (1900..=2100).contains(&y) {
                    out.push((k1 + 1, Expr::Month { y: Some(y), m: bv }));
                }
            }
        }
        // 1960 - 1961
        if a.digits() == 4 && b.digits() == 4 && s1 == '-' && av < bv && bv - av <= 100 {
            if let (Ok(x), Ok(y)) = (i32::try_from(av), i32::try_from(bv)) {
                if (1000..=2999).contains(&x) && self.bare_year_ok(i, i + 1) {
                    out.push((
                        k1 + 1,
                        Expr::Range(Box::new(Expr::Year(x)), Box::new(Expr::Year(y))),
                    ));
                }
            }
        }
        // 2/2013
        if a.digits() <= 2
            && b.digits() == 4
            && s1 == '/'
            && !spaced
            && (1..=12).contains(&av)
            && loose_after(k1 + 1)
        {
            if let Ok(y) = i32::try_from(bv) {
                if (1900..=2100).contains(&y) {
                    out.push((k1 + 1, Expr::Month { y: Some(y), m: av }));
                }
            }
        }
        // 2/15, 15-2
        if a.digits() <= 2 && b.digits() <= 2 && s1 != '.' && after_ok(k1 + 1) {
            let prev_ok = i == 0
                || match self.t[i - 1].kind() {
                    Kind::Word => matches!(
                        self.t[i - 1].low,
                        "on" | "by"
                            | "until"
                            | "till"
                            | "from"
                            | "since"
                            | "before"
                            | "after"
                            | "to"
                            | "through"
                            | "dated"
                            | "date"
                            | "of"
                            | "and"
                            | "or"
                    ),
                    Kind::Punct => matches!(self.t[i - 1].ch(), '(' | ',' | '['),
                    Kind::Num => false,
                };
            if prev_ok {
                if let Some((m, d)) = self.order(av, bv) {
                    out.push((
                        k1 + 1,
                        Expr::Day {
                            y: None,
                            m,
                            d,
                            wd: None,
                        },
                    ));
                }
            }
        }
    }

    /// Month and day of two numbers in the locale's order, else the other order.
    fn order(&self, a: u32, b: u32) -> Option<(u32, u32)> {
        let valid = |m: u32, d: u32| (1..=12).contains(&m) && (1..=31).contains(&d);
        let (first, second) = if self.day_first {
            ((b, a), (a, b))
        } else {
            ((a, b), (b, a))
        };
        if valid(first.0, first.1) {
            Some(first)
        } else if valid(second.0, second.1) {
            Some(second)
        } else {
            None
        }
    }

    /// Weekdays: "Monday", "next Tuesday", "last Friday", "Tuesday 19th",
    /// "monday of this week", "Monday to Wednesday".
    fn weekday(&self, i: usize, out: &mut Vec<Cand>) {
        let w = self.w(i);
        let rel = match w {
            "next" => Some(Rel::Next),
            "last" | "previous" | "past" => Some(Rel::Last),
            "this" | "coming" => Some(Rel::This),
            _ => None,
        };
        let (rel, i2) = match rel {
            Some(r) if self.weekday_at(i + 1).is_some() => (r, i + 1),
            _ => (Rel::Plain, i),
        };
        let Some((wd, j, amb)) = self.weekday_at(i2) else {
            return;
        };
        let tok = &self.t[i2];
        if tok.low.ends_with('s') && !matches!(tok.low, "tues" | "thurs") {
            // plural "Sundays": only in "2 sundays from now"
            return;
        }
        if amb && rel == Rel::Plain {
            let alone = self.t.len() <= 2 && i2 == 0;
            let dotted = j > i2 + 1;
            if !(alone || (tok.cap() && (dotted || self.p(j, ',')))) {
                return;
            }
        }
        // "last week's sunday" handled in relative(); "sunday from last week"
        if self.w(j) == "from" || self.w(j) == "of" {
            if let Some(off) = self.week_ref(j + 1) {
                out.push((off.1, Expr::WeekdayOf { wd, week_off: off.0 }));
            }
        }
        // "Friday after next"
        if rel == Rel::Plain && self.w(j) == "after" && self.w(j + 1) == "next" {
            out.push((
                j + 2,
                Expr::Weekday {
                    wd,
                    rel: Rel::AfterNext,
                },
            ));
        }
        // "Tuesday 19th"
        if rel == Rel::Plain {
            if let Some((d, k, ord)) = self.day_at(j) {
                if ord && self.month_at(k).is_none() && self.w(k) != "of" {
                    out.push((k, Expr::WeekdayDay { wd, d }));
                }
            }
        }
        // "from Monday to Wednesday"
        if let Some(c) = self.connector(j, i) {
            if let Some((wd2, k, _)) = self.weekday_at(c) {
                if !self.t[c].low.ends_with('s') || matches!(self.t[c].low, "tues" | "thurs") {
                    out.push((
                        k,
                        Expr::Range(
                            Box::new(Expr::Weekday { wd, rel }),
                            Box::new(Expr::Weekday {
                                wd: wd2,
                                rel: Rel::Plain,
                            }),
                        ),
                    ));
                }
            }
        }
        out.push((j, Expr::Weekday { wd, rel }));
    }

    /// "this week", "last week", "next week" ... at `i`: (offset, next).
    fn week_ref(&self, i: usize) -> Option<(i32, usize)> {
        let i = if self.w(i) == "the" { i + 1 } else { i };
        let off = rel_word(self.w(i))?;
        matches!(self.w(i + 1), "week" | "wk").then_some((off, i + 2))
    }

    /// A unit word at `i`.
    fn unit_at(&self, i: usize) -> Option<Unit> {
        self.lex(i).unit
    }

    /// Relative expressions.
    fn relative(&self, i: usize, out: &mut Vec<Cand>) {
        // this rule runs at every number, where none of its words stand
        if self
            .t
            .get(i)
            .is_some_and(|t| t.kind() == Kind::Num || t.lex.number.is_some())
        {
            self.counted(i, "", out);
            return;
        }
        let w = self.w(i);
        match w {
            "today" | "tonight" | "todays" => out.push((
                i + 1,
                Expr::Period {
                    unit: Unit::Day,
                    off: 0,
                },
            )),
            "yesterday" => out.push((
                i + 1,
                Expr::Period {
                    unit: Unit::Day,
                    off: -1,
                },
            )),
            "tomorrow" | "tomorrows" => out.push((
                i + 1,
                Expr::Period {
                    unit: Unit::Day,
                    off: 1,
                },
            )),
            // "last night" is the evening before the day of the report;
            // "this morning" and "this evening" are that day.
            "last" if self.w(i + 1) == "night" => out.push((
                i + 2,
                Expr::Period {
                    unit: Unit::Day,
                    off: -1,
                },
            )),
            "this" if matches!(self.w(i + 1), "morning" | "afternoon" | "evening") => out.push((
                i + 2,
                Expr::Period {
                    unit: Unit::Day,
                    off: 0,
                },
            )),
            "now" if self.t.len() == 1 => out.push((
                i + 1,
                Expr::Period {
                    unit: Unit::Day,
                    off: 0,
                },
            )),
            "day" => {
                if self.w(i + 1) == "after" && self.w(i + 2) == "tomorrow" {
                    out.push((
                        i + 3,
                        Expr::Period {
                            unit: Unit::Day,
                            off: 2,
                        },
                    ));
                }
                if self.w(i + 1) == "before" && self.w(i + 2) == "yesterday" {
                    out.push((
                        i + 3,
                        Expr::Period {
                            unit: Unit::Day,
                            off: -2,
                        },
                    ));
                }
            }
            "this" | "that" if self.w(i + 1) == "time" && self.t.len() <= 3 && w == "this" => {
                out.push((
                    i + 2,
                    Expr::Period {
                        unit: Unit::Day,
                        off: 0,
                    },
                ));
            }
            _ => {}
        }
        // "this September", "last November", "next January"
        if matches!(w, "this" | "next" | "last" | "coming" | "past") {
            if let Some((m, k, amb)) = self.month_at(i + 1) {
                if !amb || self.t[i + 1].cap() {
                    let rel = match w {
                        "next" | "coming" => Rel::Next,
                        "last" | "past" => Rel::Last,
                        _ => Rel::This,
                    };
                    out.push((k, Expr::MonthRel { m, rel }));
                }
            }
        }
        // "the following year", "that year", "later that year": from the text's year
        if (w == "the"
            && matches!(
                self.w(i + 1),
                "following" | "previous" | "same" | "next" | "preceding"
            ))
            || w == "that"
        {
            let (off, k) = match (w, self.w(i + 1)) {
                ("that", _) => (0, i + 1),
                (_, "following" | "next") => (1, i + 2),
                (_, "same") => (0, i + 2),
                _ => (-1, i + 2),
            };
            if self.w(k) == "year" {
                out.push((k + 1, Expr::HintYear(off)));
            }
        }
        // this / next / last + unit
        if let Some(off) = rel_word(w) {
            let j = if self.w(i + 1) == "around" { i + 2 } else { i + 1 };
            if let Some(u) = self.unit_at(j) {
                if (!self.w(j).ends_with('s') || self.w(j) == "yrs") && u != Unit::Day {
                    {
                        // "last week's sunday"
                        if u == Unit::Week
                            && (self.p(j + 1, '\'') || self.p(j + 1, '’'))
                            && self.w(j + 2) == "s"
                        {
                            if let Some((wd, k, _)) = self.weekday_at(j + 3) {
                                out.push((k, Expr::WeekdayOf { wd, week_off: off }));
                            }
                        }
                        out.push((j + 1, Expr::Period { unit: u, off }));
                    }
                }
            }
            // next 3 weeks, last two months, next few days
            if matches!(w, "next" | "last" | "past" | "previous" | "coming" | "following") {
                if let Some((n, ord, k)) = self.number_at(j, true) {
                    if !ord && (1..=1000).contains(&n) && !matches!(self.w(j), "a" | "an") {
                        if let Some(u) = self.unit_at(k) {
                            let n = i32::try_from(n).unwrap_or(1);
                            let (from, to) = if off > 0 { (1, n) } else { (-n, -1) };
                            out.push((k + 1, Expr::PeriodSpan { unit: u, from, to }));
                        }
                    }
                }
            }
            // seasons: this summer, last season
            if let Some(idx) = self.season(j) {
                let rel = match off {
                    1 => Rel::Next,
                    -1 => Rel::Last,
                    _ => Rel::This,
                };
                out.push((j + 1, Expr::Season { idx, rel }));
            }
            if matches!(self.w(j), "season" | "seasons") {
                out.push((j + 1, Expr::SeasonShift(off)));
            }
        }
        if w == "the" || w == "a" {
            // "the past year", "the coming week"
        }
        // upcoming 2 weeks
        if w == "upcoming" {
            if let Some((n, false, k)) = self.number_at(i + 1, false) {
                if let Some(u) = self.unit_at(k) {
                    if let Ok(off) = i32::try_from(n) {
                        out.push((k + 1, Expr::Period { unit: u, off }));
                    }
                }
            }
        }
        if w == "in" || w == "within" {
            self.counted(i + 1, w, out);
        }
    }

    /// [`Grammar::relative`] from a number at `i1` on, after `lead` ("in",
    /// "within" or nothing): "2 upcoming weeks", "three weeks ago", "in two
    /// weeks", "2 sundays from now", "three days after Easter".
    fn counted(&self, i1: usize, lead: &str, out: &mut Vec<Cand>) {
        let Some((n, ord, k)) = self.number_at(i1, true) else {
            return;
        };
        if ord || n > 10_000 {
            return;
        }
        // "a" and "an" only as "a week ago", "in a week"
        let n = i64::from(n);
        if self.w(k) == "upcoming" && lead.is_empty() {
            if let Some(u) = self.unit_at(k + 1) {
                out.push((
                    k + 2,
                    Expr::Period {
                        unit: u,
                        off: i32::try_from(n).unwrap_or(0),
                    },
                ));
            }
            return;
        }
        if let Some(u) = self.unit_at(k) {
            let e = k + 1;
            if lead == "in" {
                if self.w(e) != "ago" && lead == "in" {
                    out.push((
                        e,
                        Expr::Offset {
                            n,
                            unit: u,
                            exact: false,
                        },
                    ));
                }
                return;
            }
            if !lead.is_empty() {
                return;
            }
            match self.w(e) {
                "ago" | "back" | "earlier" | "before"
                    if !(self.w(e) == "before" && self.t.get(e + 1).is_some())
                        || self.w(e) == "ago"
                        || self.w(e) == "back"
                        || self.w(e) == "earlier" =>
                {
                    if self.w(e) == "before" || self.w(e) == "earlier" {
                        if self.w(e) == "earlier" {
                            out.push((
                                e + 1,
                                Expr::Offset {
                                    n: -n,
                                    unit: u,
                                    exact: false,
                                },
                            ));
                        }
                    } else {
                        out.push((
                            e + 1,
                            Expr::Offset {
                                n: -n,
                                unit: u,
                                exact: false,
                            },
                        ));
                    }
                }
                "hence" | "later" => out.push((
                    e + 1,
                    Expr::Offset {
                        n,
                        unit: u,
                        exact: false,
                    },
                )),
                "from" if matches!(self.w(e + 1), "now" | "today") => {
                    let exact = self.w(e + 1) == "today";
                    out.push((e + 2, Expr::Offset { n, unit: u, exact }));
                }
                _ => {}
            }
            // "three days after Easter", "two weeks before Christmas"
            if matches!(self.w(e), "after" | "before") {
                let sign = if self.w(e) == "after" { 1 } else { -1 };
                let mut inner = Vec::new();
                self.core(e + 1, &mut inner);
                for (end, x) in inner {
                    if matches!(x, Expr::Holiday(..) | Expr::Day { .. }) {
                        out.push((end, Expr::Shift(Box::new(x), sign * n, u)));
                    }
                }
            }
            return;
        }
        if !lead.is_empty() {
            return;
        }
        // "2 sundays from now", "2 thursdays back"
        if let Some((wd, e, _)) = self.weekday_at(k) {
            let nn = i32::try_from(n).unwrap_or(1);
            if self.w(e) == "from" && self.w(e + 1) == "now" {
                out.push((e + 2, Expr::NthWeekday { wd, n: nn }));
            } else if matches!(self.w(e), "back" | "ago") {
                out.push((e + 1, Expr::NthWeekday { wd, n: -nn }));
            }
        }
    }

    fn season(&self, i: usize) -> Option<usize> {
        let w = self.w(i);
        self.tb.seasons.iter().position(|(n, _, _)| n == w)
    }

    /// A period that ordinals, parts and "of" can refer to.
    fn period_at(&self, i: usize) -> Vec<Cand> {
        let mut v = Vec::new();
        let j = if self.w(i) == "the" { i + 1 } else { i };
        match self.w(j) {
            "month" | "year" | "week" => {
                let unit = self.unit_at(j).unwrap_or(Unit::Month);
                v.push((j + 1, Expr::Period { unit, off: 0 }));
            }
            _ => {}
        }
        if let Some(off) = rel_word(self.w(j)) {
            let k = if self.w(j + 1) == "around" { j + 2 } else { j + 1 };
            if let Some(u) = self.unit_at(k) {
                if u != Unit::Day {
                    v.push((k + 1, Expr::Period { unit: u, off }));
                }
            }
        }
        if self.w(j) == "around" {
            if let Some(off) = rel_word(self.w(j + 1)) {
                if let Some(u) = self.unit_at(j + 2) {
                    v.push((j + 3, Expr::Period { unit: u, off }));
                }
            }
        }
        if let Some((m, k, _)) = self.month_at(j) {
            let ky = if self.w(k) == "of" { k + 1 } else { k };
            if let Some((y, e)) = self.year_after(ky) {
                v.push((e, Expr::Month { y: Some(y), m }));
            }
            v.push((k, Expr::Month { y: None, m }));
        }
        if let Some((y, e)) = self.year4_at(j) {
            v.push((e, Expr::Year(y)));
        }
        v
    }

    /// "first Monday of March", "last day of October 2015", "20th of next month",
    /// "third last week of 2018", "the week of October 7th".
    fn ordinal_of(&self, i: usize, out: &mut Vec<Cand>) {
        // the week of <date>
        if self.w(i) == "week" && self.w(i + 1) == "of" {
            let mut inner = Vec::new();
            self.core(i + 2, &mut inner);
            for (e, x) in inner {
                if matches!(x, Expr::Day { .. }) {
                    out.push((e, Expr::WeekOf(Box::new(x))));
                }
            }
        }
        // (the number is read once: this rule runs at every number)
        let (n, j, ordinal) = if self.w(i) == "last" {
            (-1i32, i + 1, true)
        } else {
            match self.number_at(i, false) {
                Some((v, true, j)) => {
                    let v = i32::try_from(v).unwrap_or(0);
                    if self.w(j) == "last" {
                        (-v, j + 1, true)
                    } else {
                        (v, j, true)
                    }
                }
                Some((v, false, j)) => {
                    // "20 of next month", "the 24"
                    let v = i32::try_from(v).unwrap_or(0);
                    let after_the = i > 0 && self.w(i - 1) == "the" && self.num(i).is_some();
                    if (self.w(j) == "of" || after_the) && (1..=31).contains(&v) {
                        (v, j, false)
                    } else {
                        return;
                    }
                }
                None => return,
            }
        };
        if n == 0 {
            return;
        }
        let what = match self.w(j) {
            _ if !ordinal => None,
            "day" => Some(What::Day),
            "week" => Some(What::Week),
            _ => self.weekday_at(j).map(|(wd, _, _)| What::Weekday(wd)),
        };
        if let Some(what) = what {
            let k = self.weekday_at(j).map_or(j + 1, |x| x.1);
            if matches!(self.w(k), "of" | "in") {
                for (e, base) in self.period_at(k + 1) {
                    out.push((
                        e,
                        Expr::NthOf {
                            n,
                            what,
                            base: Box::new(base),
                        },
                    ));
                }
            }
        }
        // "20th of the next month", "20 of this month"
        if n > 0 && self.w(j) == "of" {
            let k = if self.w(j + 1) == "the" { j + 2 } else { j + 1 };
            if let Some(off) = rel_word(self.w(k)) {
                if self.w(k + 1) == "month" {
                    if let Ok(d) = u32::try_from(n) {
                        out.push((
                            k + 2,
                            Expr::DayOfMonth {
                                d,
                                month_off: Some(off),
                            },
                        ));
                    }
                }
            }
        }
        // "the 15th", "on 24th", "the first"
        if n > 0 && i > 0 && self.is_w(i - 1, &["the", "on"]) {
            let tok = &self.t[i];
            let ok_shape =
                tok.kind() == Kind::Word || tok.ord() || (tok.digits() <= 2 && self.w(i - 1) == "the");
            let next_ok = match self.t.get(j) {
                None => true,
                Some(t) => t.kind() == Kind::Punct && !matches!(t.ch(), '%' | '/' | ':' | '-'),
            };
            if ok_shape && next_ok && n <= 31 {
                if let Ok(d) = u32::try_from(n) {
                    out.push((j, Expr::DayOfMonth { d, month_off: None }));
                }
            }
        }
    }

    /// "beginning of 2017", "end of the month", "the end of this week", "EOM".
    fn parts(&self, i: usize, out: &mut Vec<Cand>) {
        let tok = &self.t[i];
        let abbr = match tok.low {
            "bom" if tok.upper() => Some((Part::Begin, Unit::Month)),
            "eom" if tok.upper() => Some((Part::End, Unit::Month)),
            "boy" if tok.upper() => Some((Part::Begin, Unit::Year)),
            "eoy" if tok.upper() => Some((Part::End, Unit::Year)),
            _ => None,
        };
        if let Some((part, unit)) = abbr {
            out.push((i + 1, Expr::Part(Box::new(Expr::Period { unit, off: 0 }), part)));
            return;
        }
        let part = match tok.low {
            "beginning" | "start" => Part::Begin,
            "end" => Part::End,
            _ => return,
        };
        if self.w(i + 1) != "of" {
            return;
        }
        for (e, base) in self.period_at(i + 2) {
            out.push((e, Expr::Part(Box::new(base), part)));
        }
    }

    /// Holidays and "the ides of March".
    fn named(&self, i: usize, out: &mut Vec<Cand>) {
        let w = self.w(i);
        let (h, mut j) = match w {
            "christmas" | "xmas" => {
                if self.w(i + 1) == "eve" {
                    (Holiday::Fixed(12, 24), i + 2)
                } else if self.w(i + 1) == "day" {
                    (Holiday::Fixed(12, 25), i + 2)
                } else {
                    (Holiday::Fixed(12, 25), i + 1)
                }
            }
            "election" if self.t[i].cap() && self.w(i + 1) == "day" => (Holiday::ElectionDay, i + 2),
            "easter" if self.w(i + 1) == "week" => {
                let y = self.year4_at(i + 2);
                out.push((y.map_or(i + 2, |x| x.1), Expr::EasterWeek(y.map(|x| x.0))));
                return;
            }
            "easter" => {
                if self.w(i + 1) == "sunday" {
                    (Holiday::Easter, i + 2)
                } else {
                    (Holiday::Easter, i + 1)
                }
            }
            "thanksgiving" => {
                if self.w(i + 1) == "day" {
                    (Holiday::Thanksgiving, i + 2)
                } else {
                    (Holiday::Thanksgiving, i + 1)
                }
            }
            "new"
                if self.w(i + 1) == "year"
                    && (self.p(i + 2, '\'') || self.p(i + 2, '’'))
                    && self.w(i + 3) == "s"
                    && matches!(self.w(i + 4), "day" | "eve") =>
            {
                if self.w(i + 4) == "day" {
                    (Holiday::Fixed(1, 1), i + 5)
                } else {
                    (Holiday::Fixed(12, 31), i + 5)
                }
            }
            "ides" if self.w(i + 1) == "of" => {
                if let Some((m, k, _)) = self.month_at(i + 2) {
                    out.push((k, Expr::Ides(m)));
                }
                return;
            }
            _ => return,
        };
        if self.t[i].kind() == Kind::Word && !self.t[i].cap() && self.t.len() > 6 && w != "christmas" {
            return;
        }
        let mut y = None;
        if let Some((yy, e)) = self.year4_at(j) {
            y = Some(yy);
            j = e;
        }
        out.push((j, Expr::Holiday(h, y)));
    }

    /// A year in words: "nineteen ninety-one", "two thousand", "two thousand and three".
    fn spelled_year(&self, i: usize) -> Option<(i32, usize)> {
        let century = match self.w(i) {
            "eighteen" => 1800,
            "nineteen" => 1900,
            "twenty" if self.w(i + 1) != "thousand" => 2000,
            "two" if self.w(i + 1) == "thousand" => {
                let mut j = i + 2;
                if self.w(j) == "and" {
                    j += 1;
                }
                if let Some((v, false, k)) = self.number_at(j, false) {
                    if (1..=99).contains(&v) && self.t[j].kind() == Kind::Word {
                        return Some((2000 + i32::try_from(v).ok()?, k));
                    }
                }
                return Some((2000, i + 2));
            }
            _ => return None,
        };
        let (v, ord, k) = self.number_at(i + 1, false)?;
        if ord || self.t.get(i + 1)?.kind() != Kind::Word || !(10..=99).contains(&v) {
            return None;
        }
        Some((century + i32::try_from(v).ok()?, k))
    }

    /// "in 1987", "since 2003", "1974".
    fn bare_year(&self, i: usize, out: &mut Vec<Cand>) {
        if let Some((y, e)) = self.spelled_year(i) {
            let ctx = i > 0
                && self.is_w(
                    i - 1,
                    &[
                        "in", "since", "until", "by", "year", "of", "from", "before", "after", "during",
                    ],
                );
            if ctx {
                out.push((e, Expr::Year(y)));
            }
        }
        if self.w(i) == "year" && i > 0 && self.w(i - 1) == "the" {
            if let Some((y, e)) = self.spelled_year(i + 1).or_else(|| self.year4_at(i + 1)) {
                out.push((e, Expr::Year(y)));
            }
        }
        // "the year", "the full year": the reference's year
        if self.w(i) == "year" && !self.p(i + 1, '\'') && !self.is_dash(i + 1) && i > 0 {
            let prev = self.w(i - 1);
            let ok = prev == "the" && !(i > 1 && self.is_w(i - 2, &["of", "per", "a"]))
                || (prev == "full" && i > 1 && self.w(i - 2) == "the");
            if ok && !matches!(self.w(i + 1), "before" | "after" | "earlier" | "later" | "ago") {
                out.push((
                    i + 1,
                    Expr::Period {
                        unit: Unit::Year,
                        off: 0,
                    },
                ));
            }
        }
        if self.w(i) == "full" && self.w(i + 1) == "year" && i > 0 && self.w(i - 1) == "the" {
            out.push((
                i + 2,
                Expr::Period {
                    unit: Unit::Year,
                    off: 0,
                },
            ));
        }
        let Some((y, e)) = self.year4_at(i) else {
            return;
        };
        let strong = i > 0
            && self.is_w(
                i - 1,
                &[
                    "in", "since", "until", "during", "before", "after", "from", "of", "till",
                ],
            );
        if !(1900..=2100).contains(&y) && e == i + 1 && !(strong && (1000..1900).contains(&y)) {
            return;
        }
        if i > 0 && self.glued(i) && !self.is_dash(i - 1) && !self.p(i - 1, '(') {
            return;
        }
        if self.bare_year_ok(i, e) {
            out.push((e, Expr::Year(y)));
        }
    }

    /// The tense of the sentence around tokens `[s, e)`: the nearest cue wins.
    pub(crate) fn tense(&self, s: usize, e: usize) -> Tense {
        const REACH: usize = 30;
        let mut best: Option<(usize, Tense)> = None;
        // left
        let mut k = s;
        let mut dist = 0;
        // (only punctuation ends a sentence and only a word is a cue)
        while k > 0 && dist < REACH {
            k -= 1;
            dist += 1;
            match self.t[k].kind() {
                Kind::Punct if self.boundary_after(k) => break,
                Kind::Word => {
                    if let Some((t, pen)) = self.cue(k) {
                        best = Some((dist + pen, t));
                        break;
                    }
                }
                _ => {}
            }
            if self.t[k].nl() {
                break;
            }
        }
        // right, unless the expression took in its sentence's full stop
        // ("on Monday." then "She will go.")
        let mut k = e;
        let mut dist = 0;
        let ended = e > s && self.boundary_after(e - 1);
        while !ended && k < self.t.len() && dist < REACH {
            dist += 1;
            if self.t[k].nl() && k > e {
                break;
            }
            // a new clause to the right governs its own dates, and so does
            // an attribution after a comma (", the royal court said")
            let x = &self.t[k];
            match x.kind() {
                Kind::Word => {
                    if best.is_some()
                        && matches!(
                            x.low,
                            "and" | "but" | "while" | "whereas" | "which" | "who" | "when"
                        )
                    {
                        break;
                    }
                    if let Some((t, pen)) = self.cue(k) {
                        if best.is_none_or(|(d, _)| dist + pen < d) {
                            best = Some((dist + pen, t));
                        }
                        break;
                    }
                }
                Kind::Punct => {
                    if (best.is_some() && x.ch() == ',') || self.boundary_after(k) {
                        break;
                    }
                }
                Kind::Num => {}
            }
            k += 1;
        }
        best.map_or(Tense::Unknown, |(_, t)| t)
    }

    /// Token `k` ends a sentence.
    fn boundary_after(&self, k: usize) -> bool {
        let t = &self.t[k];
        if t.kind() != Kind::Punct {
            return false;
        }
        match t.ch() {
            '!' | '?' | ';' => true,
            '.' => {
                if k == 0 {
                    return true;
                }
                if self.t.get(k + 1).is_some_and(|n| !n.sp()) {
                    return false;
                }
                let p = &self.t[k - 1];
                match p.kind() {
                    // "Sept." and "Mon." go on; "Monday." and "March." end.
                    Kind::Word => {
                        let abbreviation =
                            p.low.chars().count() <= 4 && (p.lex.is_month() || p.lex.is_weekday());
                        p.low.chars().count() > 2 && !abbreviation
                    }
                    _ => true,
                }
            }
            _ => false,
        }
    }

    /// Token `k` reads like a bare verb after "to" ("to acquire"), not a noun
    /// phrase ("to the", "to Cuba", "to holders").
    fn looks_infinitive(&self, k: usize) -> bool {
        const NOT_VERBS: &[&str] = &[
            "the",
            "a",
            "an",
            "his",
            "her",
            "its",
            "their",
            "our",
            "my",
            "your",
            "this",
            "that",
            "these",
            "those",
            "some",
            "all",
            "about",
            "around",
            "power",
            "office",
            "court",
            "date",
            "death",
            "prison",
            "jail",
            "war",
            "work",
            "school",
            "home",
            "town",
            "bed",
            "dinner",
            "lunch",
            "be",
            "and",
            "or",
            "him",
            "them",
            "me",
            "us",
            "it",
            "what",
            "which",
            "whom",
            "one",
            "two",
            "three",
            "four",
            "five",
            "more",
            "less",
            "each",
            "both",
            "any",
            "no",
            "new",
            "other",
            "such",
            "another",
            "every",
            "several",
            "nearly",
            "almost",
            "over",
            "under",
            "date",
            "justice",
            "trial",
            "congress",
            "parliament",
            "president",
            "minister",
            "state",
            "country",
            "capital",
            "city",
            "end",
            "rest",
            "top",
            "bottom",
            "level",
            "record",
            "zero",
            "percent",
        ];
        let Some(t) = self.t.get(k) else { return false };
        if t.kind() != Kind::Word || t.cap() || t.low.len() < 3 {
            return false;
        }
        let w = t.low;
        !(NOT_VERBS.contains(&w)
            || w.ends_with('s')
            || w.ends_with("ing")
            || w.ends_with("ed")
            || w.ends_with("ly")
            || w.ends_with("tion")
            || w.ends_with("ment")
            || w.ends_with("ity")
            || t.lex.is_month()
            || t.lex.is_weekday()
            || t.lex.unit.is_some()
            || t.lex.number.is_some())
    }

    /// The tense cue at token `k`, if any, with a distance penalty for weak cues.
    fn cue(&self, k: usize) -> Option<(Tense, usize)> {
        let t = &self.t[k];
        if t.kind() != Kind::Word {
            return None;
        }
        let w = t.low;
        if w == "to" {
            return match self.lex(k + 1).cue {
                Some(Cue::Infinitive) => Some((Tense::Future, 4)),
                _ if self.looks_infinitive(k + 1) => Some((Tense::Future, 4)),
                _ => None,
            };
        }
        // "plans to", "is scheduled to", "agreed to"
        if matches!(
            w,
            "plan"
                | "plans"
                | "planned"
                | "planning"
                | "scheduled"
                | "set"
                | "due"
                | "intends"
                | "intended"
                | "hopes"
                | "hoped"
                | "wants"
                | "wanted"
                | "expected"
                | "expects"
                | "slated"
                | "poised"
                | "going"
                | "likely"
        ) && self.w(k + 1) == "to"
        {
            return Some((Tense::Future, 0));
        }
        // "were planning to", "was going to"
        if matches!(w, "was" | "were") && self.w(k + 1).ends_with("ing") {
            if let Some(Cue::Future) = self.lex(k + 1).cue {
                return Some((Tense::Future, 0));
            }
        }
        if w == "won" && (self.p(k + 1, '\'') || self.p(k + 1, '’')) && self.w(k + 2) == "t" {
            return Some((Tense::Future, 0));
        }
        if w == "ll" && k > 0 && (self.p(k - 1, '\'') || self.p(k - 1, '’')) {
            return Some((Tense::Future, 0));
        }
        // participles: "is expected", "been held", "shares tendered by", "a still unspecified date"
        // (asked only of a past form: most words are none)
        let participle = || {
            let passive = k > 0
                && self.is_w(
                    k - 1,
                    &[
                        "be", "been", "being", "is", "are", "am", "a", "an", "the", "still", "its", "his",
                        "her", "their", "newly", "already",
                    ],
                );
            passive || self.w(k + 1) == "by"
        };
        match t.lex.cue {
            Some(Cue::Past) if participle() => return None,
            Some(Cue::Past) => return Some((Tense::Past, 0)),
            Some(Cue::Future) => return Some((Tense::Future, 0)),
            _ => {}
        }
        if w.len() > 4 && w.ends_with("ed") && !w.ends_with("eed") && !participle() {
            return Some((Tense::Past, 0));
        }
        None
    }
}

/// A two- or four-digit year token as a year.
fn year_of(t: &Tok<'_>) -> Option<i32> {
    let v = t.val()?;
    match t.digits() {
        2 => Some(two_digit_year(v)),
        4 => i32::try_from(v).ok().filter(|y| (1000..=2999).contains(y)),
        _ => None,
    }
}

fn two_digit_year(v: u32) -> i32 {
    let v = i32::try_from(v % 100).unwrap_or(0);
    if v < 50 {
        2000 + v
    } else {
        1900 + v
    }
}

/// this / next / last ... as an offset.
fn rel_word(w: &str) -> Option<i32> {
    Some(match w {
        "this" | "current" => 0,
        "next" | "coming" | "following" | "upcoming" => 1,
        "last" | "previous" | "past" | "prior" => -1,
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_and_ordinals() {
        let text = "On 22nd Apr., 14april 2015 — née 3rd";
        let mut low = Lowered::default();
        let t = tokenize(text, &mut low);
        let words: Vec<&str> = t.iter().map(|x| &text[x.s()..x.e()]).collect();
        assert_eq!(
            words,
            ["On", "22nd", "Apr", ".", ",", "14", "april", "2015", "—", "née", "3rd"]
        );
        assert!(t[1].ord() && t[1].val() == Some(22));
        assert!(!t[6].sp() && t[7].sp());
        assert!(t[0].cap());
    }

    /// The token table is written once per five bytes of text: a token
    /// keeps to 40 bytes.
    #[test]
    fn token_is_small() {
        assert!(std::mem::size_of::<Tok<'_>>() <= 40);
    }

    /// The quick check of a token's first word never skips a candidate: the
    /// rules run unchecked on every literal word of the grammar and every
    /// table word, before a range of continuations, must find nothing where
    /// the check says no candidate starts, and each rule nothing where the
    /// word does not list it.
    #[test]
    fn quick_check_is_sound() {
        let mut words = std::collections::BTreeSet::new();
        for src in [
            include_str!("scan.rs"),
            include_str!("scan/clock.rs"),
            include_str!("mod.rs"),
        ] {
            for (p, _) in src.match_indices('"') {
                let rest = &src[p + 1..];
                let n = rest.bytes().take_while(u8::is_ascii_lowercase).count();
                if n > 0 && rest[n..].starts_with('"') {
                    words.insert(rest[..n].to_string());
                }
            }
        }
        let tb = tables();
        words.extend(tb.words.keys().cloned());
        words.extend(tb.cues.keys().cloned());
        words.extend(tb.zones.iter().cloned());
        words.extend(tb.clock_units.keys().cloned());
        // digit runs of every length the rules tell apart, ordinals and
        // leading zeros among them
        for d in [
            "0",
            "5",
            "12",
            "15th",
            "31",
            "32",
            "250",
            "615",
            "1430",
            "1999",
            "2024",
            "3000",
            "0005",
            "10000",
            "123456",
            "1234567890",
        ] {
            words.insert(d.to_string());
        }
        const NEXT: &[&str] = &[
            "",
            "of March",
            "of the month",
            "of next month",
            "of this week",
            "3",
            "3rd of May",
            "March 2024",
            "Monday",
            "week",
            "weeks ago",
            "day",
            "days later",
            "year",
            "2024",
            "after next",
            "ago",
            "from now",
            "pm GMT",
            "a.m.",
            "o'clock",
            "minutes",
            "to Friday",
            "- 5",
            "and 4",
            "year's day",
            "summer",
            "season",
            "twenty-one",
            "thousand and three",
            "the week",
            ", 9:30",
            "sunday from last week",
            "to 5pm",
            "- 8 pm",
            "to the 15th of July",
            "and 31 March",
            "19th",
            "after tomorrow",
            "before yesterday",
            "ninety-one",
            "morning",
            "night",
            "time",
            "upcoming weeks",
            "3 weeks",
            "days after Easter",
            "sundays from now",
            "week's Sunday",
            "eve",
            "week 2024",
            "'s day",
            "of the year",
            "around next week",
            "minutes ago",
            ":30 pm",
            "april 22",
            "sunday, March 3",
            "- 2025",
            "6pm",
            "14:30",
            "the end of the month",
            "of March 3",
            "day of the month",
            "Monday of March",
            "week of 2018",
            "30 minutes",
            "2 hours ago",
        ];
        let mut checked = 0;
        for w in &words {
            let cap = format!("{}{}", w[..1].to_uppercase(), &w[1..]);
            for first in [w.as_str(), cap.as_str(), &w.to_uppercase()] {
                for next in NEXT {
                    for before in ["", "between the ", "on ", "the "] {
                        let text = format!("{before}{first} {next}");
                        let mut low = Lowered::default();
                        let t = tokenize(&text, &mut low);
                        let g = Grammar::new(&t, false);
                        for (i, tok) in t.iter().enumerate() {
                            if !g.may_start(i) {
                                checked += 1;
                                assert!(g.at_all(i).is_empty(), "{text:?} at token {i}");
                            }
                            for (bit, run) in RULES {
                                if tok.lex.rules & bit == 0 {
                                    checked += 1;
                                    let mut all = Vec::new();
                                    run(&g, i, &mut all);
                                    assert!(all.is_empty(), "{text:?}: rule {bit:#x} at token {i}");
                                }
                            }
                        }
                    }
                }
            }
        }
        assert!(checked > 10_000);
    }

    /// A cut in steps has the tokens of a cut at once, and each step's
    /// tokens are complete when no word beyond ASCII is among them.
    #[test]
    fn cut_in_steps() {
        for text in [
            "TOKYO, March 3 - Japan said",
            "São Paulo, 3 de março",
            "  \n\n  x 15th",
            "",
        ] {
            let mut low = Lowered::default();
            let whole: Vec<String> = tokenize(text, &mut low)
                .iter()
                .map(|t| format!("{t:?}"))
                .collect();
            let mut low = Lowered::default();
            let mut c = Cutter::new(text, &mut low, 1);
            for n in [1, 2, 5] {
                c.more(n);
                if let Some(t) = c.so_far() {
                    assert_eq!(t.len(), n.min(whole.len()), "{text:?}");
                    for (a, b) in t.iter().zip(&whole) {
                        assert_eq!(&format!("{a:?}"), b, "{text:?}");
                    }
                }
            }
            c.more(usize::MAX);
            let (t, _) = c.finish();
            let steps: Vec<String> = t.iter().map(|t| format!("{t:?}")).collect();
            assert_eq!(steps, whole, "{text:?}");
        }
    }

    /// The eight-byte reading of words agrees with the byte-by-byte one.
    #[test]
    fn words_read_at_once() {
        for b in 0..=255u8 {
            let w = u64::from_le_bytes([b'a', b'b', b, b'c', b'd', b'e', b'f', b'g']);
            assert_eq!(
                lowercase_run(w),
                if b.is_ascii_lowercase() { 8 } else { 2 },
                "{b}"
            );
            // what carries out of a byte beyond ASCII changes nothing
            let w = u64::from_le_bytes([b'a', b, 0xff, 0xff, b'z', 0x80, 0xff, 0xff]);
            assert_eq!(
                lowercase_run(w),
                if b.is_ascii_lowercase() { 2 } else { 1 },
                "{b}"
            );
        }
        let tb = tables();
        let text = "Monday sept Septembers twentieth abcdefghijklmnopq x Mondays, \
                    Mayday fifteen fifteenth wednesday eighteenth hours 2pm";
        for pad in ["", "                "] {
            let padded = format!("{text}{pad}");
            let ascii = padded.to_ascii_lowercase();
            let bytes = padded.as_bytes();
            let mut i = 0;
            while i < text.len() {
                match simple_word(tb, bytes, &ascii, i) {
                    Some((e, lex)) => {
                        assert_eq!(Some(e), simple_word_end(bytes, i));
                        assert_eq!(lex, tb.word(&ascii[i..e]), "{}", &text[i..e]);
                        i = e;
                    }
                    None => i += 1,
                }
            }
        }
    }

    #[test]
    fn tense_cues() {
        let text = "The minister said he will arrive on Monday";
        let mut low = Lowered::default();
        let t = tokenize(text, &mut low);
        let g = Grammar::new(&t, false);
        assert_eq!(g.tense(7, 8), Tense::Future);
        let text = "The minister arrived on Monday";
        let mut low = Lowered::default();
        let t = tokenize(text, &mut low);
        let g = Grammar::new(&t, false);
        assert_eq!(g.tense(3, 4), Tense::Past);
        let mut low = Lowered::default();
        let t = tokenize("Monday", &mut low);
        assert_eq!(Grammar::new(&t, false).tense(0, 1), Tense::Unknown);
    }
}
