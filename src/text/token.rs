//! Tokens: words, numbers, punctuation and quotation marks, as byte spans.

use unicode_segmentation::UnicodeSegmentation;

use std::ops::Range;

use crate::Span;

/// Which way a quotation mark faces.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum QuoteDir {
    /// Opens a quotation (`“`, or `"` before a word).
    Open,
    /// Closes a quotation (`”`, or `"` after a word or punctuation).
    Close,
    /// A straight mark whose direction the neighbours do not tell.
    Either,
}

/// The class of a token.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TokenKind {
    /// Letters, possibly with inner apostrophes, hyphens or dots ("O'Brien",
    /// "U.S.", "high-level").
    Word,
    /// Starts with a digit ("1987", "22nd", "1,700", "4/22/2024").
    Number,
    /// The possessive clitic `'s` / `’s`, split from its word.
    Possessive,
    /// A double quotation mark (`"`, `“`, `”`, `«`, `»`).
    Quote(QuoteDir),
    /// A single quotation mark or stray apostrophe (`'`, `‘`, `’`).
    SingleQuote(QuoteDir),
    /// Any other single character that is not white space.
    Punct,
}

/// One token of the text.
///
/// A token is 8 bytes (the token table is the largest thing a document
/// holds): its start in 32 bits, since [`Text::new`] reads at most
/// [`MAX_TEXT`] bytes and [`crate::Extractor`] cuts longer inputs into
/// pieces, and its length in 15 bits beside the space flag, since the
/// tokenizer cuts a longer run of letters (no word is that long) into tokens
/// of at most [`MAX_TOKEN`].
///
/// [`Text::new`]: crate::text::Text::new
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token {
    start: u32,
    /// The length, and in the top bit whether space precedes the token.
    len_space: u16,
    /// What it is.
    pub kind: TokenKind,
}

/// The space flag's bit in `Token::len_space`.
const SPACE: u16 = 1 << 15;

/// The longest text whose offsets a [`Token`] can hold.
pub const MAX_TEXT: usize = u32::MAX as usize;

/// The longest token, in bytes.
pub const MAX_TOKEN: usize = (SPACE - 1) as usize;

impl Token {
    /// A token over `span`, which must start at or before [`MAX_TEXT`] and
    /// be at most [`MAX_TOKEN`] long (larger values are clamped).
    pub fn new(span: Span, kind: TokenKind, space_before: bool) -> Token {
        let len = clamp_len(span.end.saturating_sub(span.start));
        Token {
            start: clamp32(span.start),
            len_space: if space_before { len | SPACE } else { len },
            kind,
        }
    }

    /// [`Token::new`] for the tokenizer's spans, which fit by construction:
    /// they lie within [`MAX_TEXT`] and words are cut at [`MAX_TOKEN`], so
    /// the clamps of every token are spared.
    fn fitting(start: usize, end: usize, kind: TokenKind, space_before: bool) -> Token {
        debug_assert!(start <= end && end <= MAX_TEXT && end - start <= MAX_TOKEN);
        let len = (end.wrapping_sub(start) as u16) & !SPACE;
        Token {
            start: start as u32,
            len_space: len | if space_before { SPACE } else { 0 },
            kind,
        }
    }

    /// True when white space (or the start of the text) precedes it.
    pub fn space_before(&self) -> bool {
        self.len_space & SPACE != 0
    }

    /// Where the token stands in the input.
    pub fn span(&self) -> Span {
        Span::new(self.start(), self.end())
    }

    /// Its first byte.
    pub fn start(&self) -> usize {
        self.start as usize
    }

    /// One past its last byte.
    pub fn end(&self) -> usize {
        self.start as usize + usize::from(self.len_space & !SPACE)
    }

    fn set_end(&mut self, end: usize) {
        self.len_space = (self.len_space & SPACE) | clamp_len(end.saturating_sub(self.start()));
    }

    /// True for words and numbers.
    pub fn is_wordlike(&self) -> bool {
        matches!(self.kind, TokenKind::Word | TokenKind::Number)
    }

    /// True for double quotation marks.
    pub fn is_quote(&self) -> bool {
        matches!(self.kind, TokenKind::Quote(_))
    }
}

fn clamp32(x: usize) -> u32 {
    u32::try_from(x).unwrap_or(u32::MAX)
}

fn clamp_len(x: usize) -> u16 {
    u16::try_from(x.min(MAX_TOKEN)).unwrap_or(0)
}

fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    c.is_alphanumeric() || is_combining(c)
}

// Most of any text is ASCII: these read a byte as a character without
// decoding, and decode only beyond ASCII.

/// The character starting at byte `i` of `s`, if any.
fn char_at(s: &str, i: usize) -> Option<char> {
    match s.as_bytes().get(i) {
        Some(&b) if b.is_ascii() => Some(char::from(b)),
        Some(_) => s.get(i..).and_then(|r| r.chars().next()),
        None => None,
    }
}

/// The character ending at byte `i` of `s`, if any.
fn char_before(s: &str, i: usize) -> Option<char> {
    match i.checked_sub(1).and_then(|j| s.as_bytes().get(j)) {
        Some(&b) if b.is_ascii() => Some(char::from(b)),
        Some(_) => s.get(..i).and_then(|r| r.chars().next_back()),
        None => None,
    }
}

// Combining marks belong to the letter before them; without this a decomposed
// "é" would split a name in two.
fn is_combining(c: char) -> bool {
    matches!(c as u32, 0x0300..=0x036F | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x20D0..=0x20FF | 0xFE20..=0xFE2F)
}

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '’'
}

/// Splits `text[range]` into tokens, appending them to `out`.
///
/// Inner apostrophes, hyphens and dots stay inside a word when a letter or
/// digit follows them ("don't", "U.S", "1,700"); a dotted abbreviation keeps
/// its final dot ("U.S."); the possessive `'s` becomes its own token so that
/// "Pakistan's" yields the country.
///
/// Reads at most up to byte [`MAX_TEXT`] of `text`, as [`Text::new`] does:
/// no token could hold an offset beyond it.
///
/// [`Text::new`]: crate::text::Text::new
pub fn tokenize_into(text: &str, range: Span, out: &mut Vec<Token>) {
    tokenize_noting(text, range, out, None);
}

/// [`tokenize_into`], noting in `terminals` the index of every token that
/// may end a sentence (".", "!", "?", "…", or a word with a final dot), as
/// the tokens are made: the sentence splitter then need not test every
/// token. Returns false when the notes may be off, if tokens were joined
/// to keep grapheme clusters whole.
pub(crate) fn tokenize_noting(
    text: &str,
    range: Span,
    out: &mut Vec<Token>,
    terminals: Option<&mut Vec<usize>>,
) -> bool {
    let Some(mut slice) = text.get(range.start..range.end) else {
        return true;
    };
    if range.end > MAX_TEXT {
        let mut limit = MAX_TEXT.saturating_sub(range.start);
        while !slice.is_char_boundary(limit) {
            limit -= 1;
        }
        slice = &slice[..limit];
    }
    let base = range.start;
    let first = out.len();
    tokenize_chars(slice, base, out, terminals);
    snap_to_graphemes(slice, base, out, first)
}

// A token never ends inside a grapheme cluster: an emoji with its skin
// tone, a flag, or a letter with marks stays whole; a token that would
// start inside the cluster of the one before joins it.
//
// Returns true when every token stayed as it was.
fn snap_to_graphemes(slice: &str, base: usize, out: &mut Vec<Token>, first: usize) -> bool {
    // Where every character is plain, every token end is a boundary.
    if all_plain(slice.as_bytes()) {
        return true;
    }
    let mut bounds = slice
        .grapheme_indices(true)
        .map(|(i, _)| base + i)
        .chain(std::iter::once(base + slice.len()))
        .peekable();
    // Ends only grow, so one pass over the boundaries serves all tokens;
    // the pass is lazy and is skipped wherever both neighbours of an end
    // are plain characters, which covers nearly every end in news copy.
    let mut snap = |end: usize| {
        if plain_boundary(slice, end - base) {
            return end;
        }
        while bounds.next_if(|&b| b < end).is_some() {}
        bounds.peek().copied().unwrap_or(end)
    };
    // A cluster longer than a token can be (only made-up text has one)
    // is left cut at a character boundary.
    let mut w = first;
    for r in first..out.len() {
        let t = out[r];
        if w > first && t.start() < out[w - 1].end() {
            let prev = out[w - 1];
            let end = snap(prev.end().max(t.end()));
            if end - prev.start() <= MAX_TOKEN {
                out[w - 1].set_end(end);
            } else if t.end() > prev.end() {
                out[w] = Token::new(Span::new(prev.end(), t.end()), t.kind, false);
                w += 1;
            }
            continue;
        }
        out[w] = t;
        // Nearly every end lies between two plain characters and stays.
        if !plain_boundary(slice, t.end() - base) {
            let end = snap(t.end());
            if end - t.start() <= MAX_TOKEN {
                out[w].set_end(end);
            }
        }
        w += 1;
    }
    out.truncate(w);
    false
}

/// Whether every character of the UTF-8 text `b` is plain, as
/// [`plain_boundary`] has it: then no token end needs snapping (a token
/// never ends between CR and LF, both white space). Most of a news
/// paragraph that is not ASCII is ASCII save a few curly quotes and
/// dashes: it is read eight bytes at a time, and byte by byte only where a
/// word holds a byte beyond ASCII.
fn all_plain(b: &[u8]) -> bool {
    let ascii_words = |rest: &[u8]| {
        rest.chunks_exact(8)
            .take_while(|c| <[u8; 8]>::try_from(*c).is_ok_and(|w| u64::from_le_bytes(w) & HIGH == 0))
            .count()
    };
    let mut i = 8 * ascii_words(b);
    while let Some(&c) = b.get(i) {
        if c.is_ascii() {
            i += 1 + 8 * ascii_words(b.get(i + 1..).unwrap_or(&[]));
            continue;
        }
        // Lead bytes below 0xCC start characters below U+0300; the
        // continuation bytes of those are below it too.
        if c < 0xCC {
            i += 1;
            continue;
        }
        // General punctuation, U+2010 to U+2027: E2 80 90 to E2 80 A7.
        if c == 0xE2 && b.get(i + 1) == Some(&0x80) && b.get(i + 2).is_some_and(|x| (0x90..=0xA7).contains(x))
        {
            i += 3;
            continue;
        }
        return false;
    }
    true
}

/// True when `p` is a grapheme boundary of `s` because the characters on
/// both sides are plain: below U+0300 (no combining marks, joiners, regional
/// indicators, prepended or Hangul jamo there) or general punctuation
/// (dashes, curly quotes); only CR LF joins two such characters.
///
/// Two ASCII bytes, the usual case, are told apart inline, without a call.
#[inline(always)]
fn plain_boundary(s: &str, p: usize) -> bool {
    let bytes = s.as_bytes();
    if let (Some(&l), Some(&r)) = (p.checked_sub(1).and_then(|q| bytes.get(q)), bytes.get(p)) {
        if l.is_ascii() && r.is_ascii() {
            return !(l == b'\r' && r == b'\n');
        }
    }
    plain_chars(s, p)
}

/// [`plain_boundary`] beyond two ASCII bytes: the characters are decoded.
#[inline(never)]
fn plain_chars(s: &str, p: usize) -> bool {
    fn plain(c: char) -> bool {
        (c as u32) < 0x300 || (0x2010..=0x2027).contains(&(c as u32))
    }
    let (Some(before), Some(after)) = (s.get(..p), s.get(p..)) else {
        return false;
    };
    match (before.chars().next_back(), after.chars().next()) {
        (_, None) => true,
        (Some(l), Some(r)) => plain(l) && plain(r) && !(l == '\r' && r == '\n'),
        (None, Some(_)) => true,
    }
}

// What the tokenizer needs to know of a byte, as bits of `BYTE_CLASS`.

/// White space (as `char::is_whitespace` has it in ASCII).
const WHITE: u8 = 1;
/// An ASCII letter or digit.
const ALNUM: u8 = 2;
/// An ASCII mark that is a token of its own and never looks at its
/// neighbours: anything else in ASCII but the quotation marks.
const MARK: u8 = 4;
/// An ASCII mark that may join two parts of a word ("U.S", "1,700").
const JOINER: u8 = 8;
/// An ASCII byte that ends a word before it: neither a letter, a digit
/// nor a joiner.
const STOP: u8 = 16;

/// The class bits of each byte; bytes beyond ASCII have none, and are
/// decoded as characters.
static BYTE_CLASS: [u8; 256] = byte_classes();

const fn byte_classes() -> [u8; 256] {
    let mut t = [0u8; 256];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        t[b] = if matches!(c, b' ' | b'\t' | b'\n' | 0x0b | 0x0c | b'\r') {
            WHITE
        } else if c.is_ascii_alphanumeric() {
            ALNUM
        } else if matches!(c, b'"' | b'\'') {
            0
        } else {
            MARK
        };
        if matches!(c, b'.' | b'-' | b'\'' | b'&' | b',' | b'/' | b':') {
            t[b] |= JOINER;
        } else if !c.is_ascii_alphanumeric() {
            t[b] |= STOP;
        }
        b += 1;
    }
    t
}

/// Whether `b` may stand in a token of two ASCII bytes or more: those are
/// words and numbers (letters, digits and the joiners) and the possessive
/// `'s`, and all their bytes but the letters lie from 0x20 to 0x3F. The
/// gazetteer lower-cases such a token by setting bit 5 of every byte, which
/// takes this.
pub(crate) const fn in_ascii_word(b: u8) -> bool {
    b.is_ascii_alphabetic() || matches!(b, 0x20..=0x3f)
}

// The joiners are the only marks a word takes in.
const _: () = {
    let mut b = 0;
    while b < 128 {
        assert!(BYTE_CLASS[b] & (ALNUM | JOINER) == 0 || in_ascii_word(b as u8));
        b += 1;
    }
};

fn class(b: u8) -> u8 {
    BYTE_CLASS[usize::from(b)]
}

// Most of any text is ASCII letters, spaces and plain marks: the loop sorts
// a byte by one table lookup and decodes a character only for quotation
// marks and bytes beyond ASCII.
fn tokenize_chars(slice: &str, base: usize, out: &mut Vec<Token>, mut terminals: Option<&mut Vec<usize>>) {
    let bytes = slice.as_bytes();
    let mut i = 0;
    let mut space_before = true;
    while let Some(&b) = bytes.get(i) {
        let cls = class(b);
        // Four tokens in five are plain words: they are tried first.
        if cls & ALNUM != 0 {
            if let Some(end) = plain_word_end(bytes, i) {
                let kind = if b.is_ascii_digit() {
                    TokenKind::Number
                } else {
                    TokenKind::Word
                };
                out.push(Token::fitting(base + i, base + end, kind, space_before));
                space_before = bytes.get(end) == Some(&b' ');
                i = end + usize::from(space_before);
                continue;
            }
        }
        if cls & WHITE != 0 {
            space_before = true;
            i += 1;
            continue;
        }
        if cls & MARK != 0 {
            if matches!(b, b'.' | b'!' | b'?') {
                note(&mut terminals, out.len());
            }
            out.push(Token::fitting(
                base + i,
                base + i + 1,
                TokenKind::Punct,
                space_before,
            ));
            space_before = false;
            i += 1;
            continue;
        }
        let c = if cls & ALNUM != 0 {
            char::from(b)
        } else {
            let Some(c) = char_at(slice, i) else { break };
            if c.is_whitespace() {
                space_before = true;
                i += c.len_utf8();
                continue;
            }
            if !is_word_char(c) {
                if c == '…' {
                    note(&mut terminals, out.len());
                }
                i += push_mark(slice, base, i, c, space_before, out);
                space_before = false;
                continue;
            }
            c
        };
        let end = word_end(slice, i, c);
        let kind = if c.is_ascii_digit() {
            TokenKind::Number
        } else {
            TokenKind::Word
        };
        let at = out.len();
        push_word(slice, base, i..end, kind, space_before, out);
        // Only "U.S." and the like end in a dot, and a word cut into pieces.
        if bytes.get(end.wrapping_sub(1)) == Some(&b'.') || end - i > MAX_TOKEN {
            note_dotted(slice, base, &out[at..], at, &mut terminals);
        }
        // A word is nearly always followed by one space: it is passed
        // here rather than by a turn of the loop.
        space_before = bytes.get(end) == Some(&b' ');
        i = end + usize::from(space_before);
    }
}

fn note(terminals: &mut Option<&mut Vec<usize>>, i: usize) {
    if let Some(t) = terminals {
        t.push(i);
    }
}

/// Notes the `pieces` of a word, the first of them token `at`, that end
/// in a dot, but for two-byte ones ("x." cut from a longer word), as
/// [`crate::text`]'s splitter has it.
#[cold]
fn note_dotted(
    slice: &str,
    base: usize,
    pieces: &[Token],
    at: usize,
    terminals: &mut Option<&mut Vec<usize>>,
) {
    for (k, t) in pieces.iter().enumerate() {
        let last = t
            .end()
            .checked_sub(base + 1)
            .and_then(|e| slice.as_bytes().get(e));
        if last == Some(&b'.') && t.end() - t.start() != 2 {
            note(terminals, at + k);
        }
    }
}

/// One past the word of ASCII letters and digits alone that starts at
/// byte `i`, when what follows cannot join it and it fits in a token: the
/// usual word, which [`word_end`] would end there too, and which needs no
/// note, ending in neither a dot nor a cut. A joiner joins only a word
/// character after it: "said, " and "said. " end at the mark.
#[inline(always)]
fn plain_word_end(bytes: &[u8], i: usize) -> Option<usize> {
    let end = alnum_end(bytes, i + 1);
    let stops = match bytes.get(end).map(|&n| class(n)) {
        None => true,
        Some(n) if n & STOP != 0 => true,
        Some(n) if n & JOINER != 0 => bytes
            .get(end + 1)
            .is_none_or(|&a| class(a) & (STOP | JOINER) != 0),
        Some(_) => false,
    };
    (stops && end - i <= MAX_TOKEN).then_some(end)
}

/// One past the word that starts with `c` at byte `i`.
fn word_end(slice: &str, i: usize, c: char) -> usize {
    let bytes = slice.as_bytes();
    let mut end = i + c.len_utf8();
    let mut dotted = false;
    loop {
        end = alnum_end(bytes, end);
        // What follows a word is nearly always a space or a mark that
        // cannot join it.
        match bytes.get(end) {
            None => break,
            Some(&n) if n.is_ascii() && class(n) & JOINER == 0 => break,
            _ => {}
        }
        let Some(n) = char_at(slice, end) else { break };
        // An ASCII letter or digit would have joined the run above.
        if !n.is_ascii() && is_word_char(n) {
            end += n.len_utf8();
            continue;
        }
        if !matches!(n, '.' | '-' | '\'' | '’' | '&' | ',' | '/' | ':' | '‑') {
            break;
        }
        let after = char_at(slice, end + n.len_utf8());
        if !after.is_some_and(is_word_char) {
            break;
        }
        // A comma or colon joins only digits ("1,700", "10:30").
        if matches!(n, ',' | ':' | '/') {
            let prev_digit = char_before(slice, end).is_some_and(|p| p.is_ascii_digit());
            if !(prev_digit && after.is_some_and(|a| a.is_ascii_digit())) {
                break;
            }
        }
        // Possessive: split "Raisi's" into "Raisi" + "'s".
        if is_apostrophe(n) && matches!(after, Some('s') | Some('S')) {
            let next2 = char_at(slice, end + n.len_utf8() + 1);
            if !next2.is_some_and(is_word_char) {
                break;
            }
        }
        if n == '.' {
            dotted = true;
        }
        end += n.len_utf8();
    }
    // "U.S." and "a.m." keep their final dot; "Mr." does not (the
    // sentence splitter decides about that dot).
    if dotted && bytes.get(end) == Some(&b'.') {
        let word = slice.get(i..end).unwrap_or("");
        if word.split('.').all(|p| p.chars().count() <= 2) {
            end += 1;
        }
    }
    end
}

/// The end of the run of ASCII letters and digits in `b` from `at`. Such
/// runs are the bulk of any text: they are read eight bytes at a time,
/// without decoding characters.
fn alnum_end(b: &[u8], mut at: usize) -> usize {
    while let Some(chunk) = b.get(at..at + 8).and_then(|c| <[u8; 8]>::try_from(c).ok()) {
        let other = !alnum_lanes(u64::from_le_bytes(chunk)) & HIGH;
        if other != 0 {
            return at + (other.trailing_zeros() / 8) as usize;
        }
        at += 8;
    }
    while b.get(at).is_some_and(u8::is_ascii_alphanumeric) {
        at += 1;
    }
    at
}

/// Bytes 0x01 and 0x80 in each lane of a word.
pub(super) const LOW: u64 = 0x0101_0101_0101_0101;
pub(super) const HIGH: u64 = 0x80 * LOW;

/// The top bit of each byte of `w` (little-endian) set when that byte is an
/// ASCII letter or digit: a range test on all eight at once, with the top
/// bits cleared first so that no lane carries into the next.
fn alnum_lanes(w: u64) -> u64 {
    let range = |x: u64, lo: u8, hi: u8| (x + u64::from(0x80 - lo) * LOW) & !(x + u64::from(0x7f - hi) * LOW);
    let seven = w & !HIGH;
    let letter = range(seven | (0x20 * LOW), b'a', b'z');
    let digit = range(seven, b'0', b'9');
    (letter | digit) & !w & HIGH
}

/// Pushes the word over bytes `w` of `slice`, cut at character boundaries
/// into tokens of at most [`MAX_TOKEN`] when it is longer.
fn push_word(
    slice: &str,
    base: usize,
    w: Range<usize>,
    kind: TokenKind,
    mut space_before: bool,
    out: &mut Vec<Token>,
) {
    let mut a = w.start;
    while w.end - a > MAX_TOKEN {
        let mut b = a + MAX_TOKEN;
        while !slice.is_char_boundary(b) {
            b -= 1;
        }
        out.push(Token::fitting(base + a, base + b, kind, space_before));
        space_before = false;
        a = b;
    }
    out.push(Token::fitting(base + a, base + w.end, kind, space_before));
}

/// Pushes the token of the mark `c` at byte `i` (a possessive takes the
/// `s` after it too) and returns its length.
fn push_mark(slice: &str, base: usize, i: usize, c: char, space_before: bool, out: &mut Vec<Token>) -> usize {
    let start = base + i;
    let len = c.len_utf8();
    // Only quotation marks look at their neighbours.
    let kind = if !matches!(c, '"' | '\'' | '‘' | '’' | '“' | '”' | '«' | '»' | '„') {
        TokenKind::Punct
    } else {
        let prev = char_before(slice, i);
        let next = char_at(slice, i + len);
        if is_apostrophe(c) && prev.is_some_and(is_word_char) {
            // "'s" after a word is the possessive.
            if matches!(next, Some('s' | 'S')) && !char_at(slice, i + len + 1).is_some_and(is_word_char) {
                out.push(Token::fitting(
                    start,
                    start + len + 1,
                    TokenKind::Possessive,
                    space_before,
                ));
                return len + 1;
            }
            TokenKind::SingleQuote(QuoteDir::Close)
        } else {
            match c {
                '“' | '«' | '„' => TokenKind::Quote(QuoteDir::Open),
                '”' | '»' => TokenKind::Quote(direction(prev, next, QuoteDir::Close)),
                '"' => TokenKind::Quote(direction(prev, next, QuoteDir::Either)),
                '‘' => TokenKind::SingleQuote(QuoteDir::Open),
                _ => TokenKind::SingleQuote(direction(prev, next, QuoteDir::Either)),
            }
        }
    };
    out.push(Token::fitting(start, start + len, kind, space_before));
    len
}

// A straight mark opens when it stands before a word with space (or an
// opening bracket) behind it, and closes when it stands after a word or
// punctuation with space or punctuation after it.
fn direction(prev: Option<char>, next: Option<char>, default: QuoteDir) -> QuoteDir {
    let prev_open = prev.is_none_or(|p| p.is_whitespace() || matches!(p, '(' | '[' | '—' | '–' | '-' | ':'));
    let next_open =
        next.is_none_or(|n| n.is_whitespace() || matches!(n, ',' | '.' | ';' | ':' | ')' | '?' | '!'));
    match (prev_open, next_open) {
        (true, false) => QuoteDir::Open,
        (false, true) => QuoteDir::Close,
        _ => default,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toks(s: &str) -> Vec<&str> {
        let mut v = Vec::new();
        tokenize_into(s, Span::new(0, s.len()), &mut v);
        v.iter().map(|t| t.span().slice(s)).collect()
    }

    #[test]
    fn words_and_clitics() {
        assert_eq!(
            toks("Pakistan’s Foreign Office"),
            ["Pakistan", "’s", "Foreign", "Office"]
        );
        assert_eq!(toks("don't O'Brien"), ["don't", "O'Brien"]);
        assert_eq!(toks("the U.S. and U.N."), ["the", "U.S.", "and", "U.N."]);
        assert_eq!(toks("Mr. Khan"), ["Mr", ".", "Khan"]);
        assert_eq!(toks("1,700 people, 3.5%"), ["1,700", "people", ",", "3.5", "%"]);
        assert_eq!(toks("high-level talks"), ["high-level", "talks"]);
    }

    #[test]
    fn quote_directions() {
        let s = "He said \"yes,\" and ‘no’.";
        let mut v = Vec::new();
        tokenize_into(s, Span::new(0, s.len()), &mut v);
        let kinds: Vec<_> = v.iter().map(|t| t.kind).collect();
        assert_eq!(kinds[2], TokenKind::Quote(QuoteDir::Open));
        assert_eq!(kinds[5], TokenKind::Quote(QuoteDir::Close));
        assert_eq!(kinds[7], TokenKind::SingleQuote(QuoteDir::Open));
    }

    #[test]
    fn tokens_are_small_and_long_runs_are_cut() {
        assert_eq!(std::mem::size_of::<Token>(), 8);
        let long = format!("{} é{}", "a".repeat(MAX_TOKEN + 10), "é".repeat(MAX_TOKEN));
        let mut v = Vec::new();
        tokenize_into(&long, Span::new(0, long.len()), &mut v);
        // Nothing lost, nothing overlapping, every end on a char boundary.
        let mut at = 0;
        for t in &v {
            assert!(t.start() >= at && t.end() > t.start() && t.end() - t.start() <= MAX_TOKEN);
            assert!(long.is_char_boundary(t.start()) && long.is_char_boundary(t.end()));
            at = t.end();
        }
        let letters: usize = v.iter().map(|t| t.end() - t.start()).sum();
        assert_eq!(letters, long.len() - 1);
        // A cluster longer than a token: a letter with many combining marks.
        let zalgo = format!("x{} y", "\u{301}".repeat(MAX_TOKEN));
        let mut v = Vec::new();
        tokenize_into(&zalgo, Span::new(0, zalgo.len()), &mut v);
        let mut at = 0;
        for t in &v {
            assert!(t.start() >= at && t.end() - t.start() <= MAX_TOKEN);
            assert!(zalgo.is_char_boundary(t.start()) && zalgo.is_char_boundary(t.end()));
            at = t.end();
        }
        assert_eq!(v.last().map(|t| t.span().slice(&zalgo)), Some("y"));
    }

    #[test]
    fn plain_text_is_told_by_its_bytes() {
        let plain = |c: char| (c as u32) < 0x300 || (0x2010..=0x2027).contains(&(c as u32));
        for s in [
            "",
            "plain ASCII text, long enough for whole words",
            "“Quoted” — café, naïve ‘single’ … dash – end",
            "Ame\u{301}lie",
            "ok 👍🏽 now",
            "\u{2028}\u{2010}\u{2027}\u{2030}\u{2f}\u{2ff}\u{300}",
            "Ελλάδα and Россия",
            "a long ASCII prefix of more than sixteen bytes, then Ame\u{301}lie",
            "a long ASCII prefix — a dash, then 🇵🇰 a flag after more ASCII words",
        ] {
            assert_eq!(all_plain(s.as_bytes()), s.chars().all(plain), "{s}");
            for (i, c) in s.char_indices() {
                let one = &s[i..i + c.len_utf8()];
                assert_eq!(all_plain(one.as_bytes()), plain(c), "{c:?}");
            }
        }
        for c in (0..0x3000).chain([0xfeff, 0x1f44d]).filter_map(char::from_u32) {
            let mut buf = [0u8; 4];
            assert_eq!(all_plain(c.encode_utf8(&mut buf).as_bytes()), plain(c), "{c:?}");
        }
    }

    #[test]
    fn ascii_tokens_hold_only_word_bytes() {
        let check = |s: &str| {
            let mut v = Vec::new();
            tokenize_into(s, Span::new(0, s.len()), &mut v);
            for t in &v {
                let b = &s.as_bytes()[t.start()..t.end()];
                assert!(
                    b.len() < 2 || !b.is_ascii() || b.iter().all(|&c| in_ascii_word(c)),
                    "{s:?}: {b:?}"
                );
            }
        };
        let ctx = ["a", "1", " ", "", "'", ".", "A1.b"];
        for a in 0..128u8 {
            for b in 0..128u8 {
                let (a, b) = (char::from(a), char::from(b));
                for (l, r) in ctx.iter().zip(ctx.iter().rev()) {
                    check(&format!("{l}{a}{b}{r}"));
                    check(&format!("{l}{a}x{b}s{r}"));
                }
            }
        }
        // Longer runs of any ASCII, from a fixed pseudo-random sequence.
        for s in pseudo_random_strings(0x9e37_79b9_7f4a_7c15, |x| char::from((x % 128) as u8)) {
            check(&s);
        }
    }

    /// 20,000 strings of 24 characters, each chosen by `pick` from a fixed
    /// xorshift sequence starting at `seed`: the same strings every run.
    fn pseudo_random_strings(mut x: u64, pick: impl Fn(u64) -> char) -> impl Iterator<Item = String> {
        (0..20_000).map(move |_| {
            (0..24)
                .map(|_| {
                    x ^= x << 13;
                    x ^= x >> 7;
                    x ^= x << 17;
                    pick(x)
                })
                .collect()
        })
    }

    #[test]
    fn plain_words_end_where_words_end() {
        let check = |s: &str| {
            let b = s.as_bytes();
            for i in (0..b.len()).filter(|&i| b[i].is_ascii_alphanumeric()) {
                if let Some(end) = plain_word_end(b, i) {
                    assert_eq!(end, word_end(s, i, char::from(b[i])), "{s:?} at {i}");
                }
            }
        };
        let marks = [
            "", " ", ".", ",", "'", "’", "-", "\"", "é", "1", "a", ". ", ".,", "'s", ",1",
        ];
        for a in marks {
            for b in marks {
                for c in marks {
                    check(&format!("U{a}s{b}x{c}"));
                    check(&format!("{a}9{b}{c}"));
                }
            }
        }
        let pick = |x: u64| char::from(b"aZ09 .,-'/:&\"!?"[(x % 15) as usize]);
        for s in pseudo_random_strings(0x2545_f491_4f6c_dd1d, pick) {
            check(&s);
        }
    }

    #[test]
    fn clusters_stay_whole() {
        // A thumbs-up with a skin tone, a flag, and a decomposed accent.
        assert_eq!(toks("ok 👍🏽 now"), ["ok", "👍🏽", "now"]);
        assert_eq!(toks("🇵🇰 flag"), ["🇵🇰", "flag"]);
        assert_eq!(toks("Ame\u{301}lie said"), ["Ame\u{301}lie", "said"]);
    }
}
