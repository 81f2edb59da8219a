//! Links and link placeholders.
//!
//! Links are found from the bytes `.`, `:` and `@` (memchr): around each, the run of printable
//! ASCII is the candidate token, examined once. Non-ASCII text (curly quotes, dashes,
//! non-breaking spaces) ends a link, so internationalised addresses written in their own
//! script are not found. Placeholders are found from the letter `k` (`click`, `link`) and at
//! the start of the sentence (`Read more`).

use crate::span::{Span, sp};
use memchr::{memchr2, memchr3};
use serde::{Deserialize, Serialize};

/// A URL or e-mail address in the text.
///
/// The tree stays zero-copy: `target` is a span of the address as printed; [`Link::href`]
/// builds the normalised address on demand (`https://` before a bare `www.` address,
/// `mailto:` before an e-mail address).
///
/// In JSON: `{"kind":"link","span":[s,e],"target":[s,e],"form":"url"|"web"|"email"}`.
///
/// ```
/// use speechmark::{parse, Block, Inline, LinkForm};
///
/// let text = "Details are at www.example.org/visa today.";
/// let doc = parse(text);
/// let Block::Paragraph(p) = &doc.blocks[0] else { panic!() };
/// let Inline::Link(link) = &p.sentences[0].inlines[0] else { panic!() };
/// assert_eq!(link.target.slice(text), Some("www.example.org/visa"));
/// assert_eq!(link.form, LinkForm::Web);
/// assert_eq!(link.href(text).as_deref(), Some("https://www.example.org/visa"));
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename = "link")]
pub struct Link {
    /// The link as printed, with the angle brackets of `<https://…>` if it has them.
    pub span: Span,
    /// The address itself: without angle brackets and without punctuation that follows it.
    pub target: Span,
    /// How the address is written.
    pub form: LinkForm,
}

/// How a link's address is written.
///
/// ```
/// use speechmark::LinkForm;
/// assert_eq!(serde_json::to_string(&LinkForm::Email).unwrap(), "\"email\"");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LinkForm {
    /// With its scheme: `https://example.org/a`, `ftp://…`.
    Url,
    /// A web address without a scheme: `www.example.org`, `example.com/page`.
    Web,
    /// An e-mail address, with or without `mailto:`.
    Email,
}

impl LinkForm {
    /// The form's name, as in JSON.
    ///
    /// ```
    /// assert_eq!(speechmark::LinkForm::Web.as_str(), "web");
    /// ```
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            LinkForm::Url => "url",
            LinkForm::Web => "web",
            LinkForm::Email => "email",
        }
    }
}

impl Link {
    /// The address as a URL: the target text, with `https://` added to a web address and
    /// `mailto:` to an e-mail address that lacks it. `None` if `source` is not the parsed text.
    ///
    /// ```
    /// use speechmark::{Link, LinkForm, Span};
    ///
    /// let text = "Write to desk@example.org.";
    /// let link = Link { span: Span::new(9, 25), target: Span::new(9, 25), form: LinkForm::Email };
    /// assert_eq!(link.href(text).as_deref(), Some("mailto:desk@example.org"));
    /// ```
    #[must_use]
    pub fn href(&self, source: &str) -> Option<String> {
        let t = self.target.slice(source)?;
        Some(match self.form {
            LinkForm::Url => t.to_owned(),
            LinkForm::Web => format!("https://{t}"),
            LinkForm::Email if starts_with_ci(t, "mailto:") => t.to_owned(),
            LinkForm::Email => format!("mailto:{t}"),
        })
    }
}

/// Text that stood for a link whose target was lost.
///
/// In JSON: `{"kind":"link_placeholder","span":[s,e],"placeholder":"anchor"}`. Inside a
/// sentence the kind is always [`PlaceholderKind::Anchor`]; an empty "Further Reading" section
/// is marked on its [`Heading`](crate::Heading).
///
/// ```
/// use speechmark::{parse, Block, Inline, PlaceholderKind};
///
/// let text = "For the full text, please click here.";
/// let doc = parse(text);
/// let Block::Paragraph(p) = &doc.blocks[0] else { panic!() };
/// let Inline::LinkPlaceholder(ph) = &p.sentences[0].inlines[0] else { panic!() };
/// assert_eq!(ph.span.slice(text), Some("click here"));
/// assert_eq!(ph.placeholder, PlaceholderKind::Anchor);
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename = "link_placeholder")]
pub struct LinkPlaceholder {
    /// The anchor text, such as `click here`.
    pub span: Span,
    /// What kind of placeholder.
    pub placeholder: PlaceholderKind,
}

/// The kinds of link placeholder.
///
/// ```
/// use speechmark::PlaceholderKind;
/// assert_eq!(serde_json::to_string(&PlaceholderKind::EmptySection).unwrap(), "\"empty_section\"");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PlaceholderKind {
    /// An inline anchor such as `click here` or `read more`.
    Anchor,
    /// A heading that announces links with nothing under it.
    EmptySection,
}

impl PlaceholderKind {
    /// The kind's name, as in JSON.
    ///
    /// ```
    /// assert_eq!(speechmark::PlaceholderKind::EmptySection.as_str(), "empty_section");
    /// ```
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            PlaceholderKind::Anchor => "anchor",
            PlaceholderKind::EmptySection => "empty_section",
        }
    }
}

/// Whether a heading's title announces a list of links (`Further Reading`, `See also:`).
/// Case-insensitive; any run of whitespace (non-breaking spaces included) counts as one space;
/// a trailing colon, full stop or ellipsis and surrounding marks such as `»` are ignored.
pub(crate) fn announces_links(title: &str) -> bool {
    const TITLES: &[&[&str]] = &[
        &["further", "reading"],
        &["further", "information"],
        &["related"],
        &["related", "articles"],
        &["related", "stories"],
        &["related", "content"],
        &["related", "coverage"],
        &["related", "links"],
        &["related", "news"],
        &["related", "reading"],
        &["see", "also"],
        &["read", "more"],
        &["read", "also"],
        &["also", "read"],
        &["more", "reading"],
        &["recommended", "reading"],
        &["links"],
        &["useful", "links"],
        &["external", "links"],
        &["more", "on", "this", "story"],
        &["more", "on", "this", "topic"],
        &["you", "may", "also", "like"],
    ];
    let t = title.trim_matches(|c: char| {
        c.is_whitespace()
            || matches!(
                c,
                ':' | '.' | '…' | '»' | '›' | '>' | '#' | '-' | '–' | '—' | '|'
            )
    });
    if t.len() > 40 {
        return false;
    }
    TITLES.iter().any(|words| {
        let mut got = t.split(char::is_whitespace).filter(|w| !w.is_empty());
        words
            .iter()
            .all(|w| got.next().is_some_and(|g| g.eq_ignore_ascii_case(w)))
            && got.next().is_none()
    })
}

fn starts_with_ci(s: &str, prefix: &str) -> bool {
    s.get(..prefix.len())
        .is_some_and(|p| p.eq_ignore_ascii_case(prefix))
}

/// A byte that may be part of a link: printable ASCII other than quotes and angle brackets.
fn url_byte(b: u8) -> bool {
    URL_BYTES.get(usize::from(b)).copied().unwrap_or(false)
}

/// [`url_byte`] as a table.
static URL_BYTES: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = b'!';
    while b <= b'~' {
        t[b as usize] = !matches!(
            b,
            b'"' | b'<' | b'>' | b'`' | b'\\' | b'^' | b'{' | b'}' | b'|'
        );
        b += 1;
    }
    t
};

/// Finds the links in the sentence at `span` of `src`, in order.
pub(crate) fn find_links(src: &str, span: Span, out: &mut Vec<Link>) {
    let base = span.start as usize;
    let Some(text) = src.get(span.range()) else {
        return;
    };
    let bytes = text.as_bytes();
    let (mut pos, mut done) = (0, 0);
    while let Some(off) = bytes
        .get(pos..)
        .filter(|rest| !rest.is_empty())
        .and_then(|rest| memchr3(b'.', b':', b'@', rest))
    {
        let p = pos + off;
        let mut s = p;
        // Whether the token has another `.`, `:` or `@` before `p`.
        let mut anchor_before = false;
        while s > done {
            match bytes.get(s - 1) {
                Some(&b) if url_byte(b) => anchor_before |= matches!(b, b'.' | b':' | b'@'),
                _ => break,
            }
            s -= 1;
        }
        let mut e = p + 1;
        while bytes.get(e).copied().is_some_and(url_byte) {
            e += 1;
        }
        // A token that ends with its only `.` or `:` (`word.`) loses it to `strip` and has
        // nothing left for a link to be made of.
        let bare = e == p + 1 && !anchor_before && bytes.get(p) != Some(&b'@');
        if bare {
            done = e;
            pos = e;
            continue;
        }
        if let Some((ts, te, form)) = token_link(text, s, e) {
            let angled = ts == s
                && te == e
                && s > 0
                && bytes.get(s - 1) == Some(&b'<')
                && bytes.get(e) == Some(&b'>');
            let (ss, se) = if angled { (s - 1, e + 1) } else { (ts, te) };
            out.push(Link {
                span: sp(base + ss, base + se),
                target: sp(base + ts, base + te),
                form,
            });
            e = se;
        }
        done = e;
        pos = e.max(p + 1);
    }
}

/// The link inside the token `text[s..e]`, if any: its bounds and form.
fn token_link(text: &str, s: usize, e: usize) -> Option<(usize, usize, LinkForm)> {
    let (s, e) = strip(text.as_bytes(), s, e);
    let tok = text.get(s..e)?;
    // Every form below needs one of these bytes; most tokens (`word.`) have none once their
    // final punctuation is stripped.
    if !tok.bytes().any(|b| matches!(b, b'.' | b':' | b'@')) {
        return None;
    }
    let found = tok.as_bytes().windows(3).position(|w| w == b"://");
    if let Some(q) = found {
        let scheme_len = tok
            .get(..q)?
            .bytes()
            .rev()
            .take_while(u8::is_ascii_alphanumeric)
            .take(11)
            .count();
        let scheme = tok.get(q - scheme_len..q)?;
        let after = tok.get(q + 3..)?;
        let ok = (2..=10).contains(&scheme.len())
            && scheme.starts_with(|c: char| c.is_ascii_alphabetic())
            && after.starts_with(|c: char| c.is_ascii_alphanumeric() || c == '[');
        return ok.then_some((s + q - scheme_len, e, LinkForm::Url));
    }
    if starts_with_ci(tok, "mailto:") {
        return email(tok.get(7..)?).then_some((s, e, LinkForm::Email));
    }
    if tok.contains('@') {
        return email(tok).then_some((s, e, LinkForm::Email));
    }
    if starts_with_ci(tok, "www.") {
        let ok = tok
            .get(4..)
            .is_some_and(|h| h.starts_with(|c: char| c.is_ascii_alphanumeric()) && h.contains('.'));
        return ok.then_some((s, e, LinkForm::Web));
    }
    let host_end = tok.find(['/', '?', '#', ':']).unwrap_or(tok.len());
    let host = tok.get(..host_end)?;
    let rest = tok.get(host_end..)?;
    let port_ok = !rest.starts_with(':')
        || rest
            .get(1..)
            .is_some_and(|r| r.starts_with(|c: char| c.is_ascii_digit()));
    (port_ok && bare_domain(host)).then_some((s, e, LinkForm::Web))
}

/// Trims punctuation around a token that is not part of the link: opening brackets and
/// quotes before, sentence punctuation and unbalanced closing brackets after.
fn strip(b: &[u8], mut s: usize, mut e: usize) -> (usize, usize) {
    while s < e && matches!(b.get(s), Some(b'(' | b'[' | b'\'' | b'*' | b'_')) {
        s += 1;
    }
    let opens = b
        .get(s..e)
        .map_or(0, |t| t.iter().filter(|&&c| c == b'(').count());
    let mut closes = b
        .get(s..e)
        .map_or(0, |t| t.iter().filter(|&&c| c == b')').count());
    while e > s {
        match b.get(e - 1) {
            Some(b'.' | b',' | b';' | b':' | b'!' | b'?' | b'\'' | b'*' | b'_' | b']') => e -= 1,
            Some(b')') if closes > opens => {
                closes -= 1;
                e -= 1;
            }
            _ => break,
        }
    }
    (s, e)
}

/// `local@domain.tld` with a conservative local part and a dotted domain.
fn email(tok: &str) -> bool {
    let Some((local, domain)) = tok.split_once('@') else {
        return false;
    };
    !local.is_empty()
        && local.len() <= 64
        && !local.starts_with('.')
        && !local.ends_with('.')
        && local
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"._%+-'".contains(&b))
        && host(domain, |tld| {
            tld.len() >= 2 && tld.bytes().all(|b| b.is_ascii_alphabetic())
        })
}

/// A host name without scheme whose last label is a common top-level domain and whose
/// next-to-last label has two characters or more: `example.com`, `mofa.gov.pk`.
fn bare_domain(h: &str) -> bool {
    const TLDS: &[&str] = &[
        "com", "org", "net", "edu", "gov", "int", "mil", "info", "biz", "io", "news", "uk", "ru",
        "pk", "cn", "de", "fr", "jp", "au", "ca", "ch", "nl", "eu", "es", "br", "kr", "sg", "hk",
        "ua", "pl", "se", "za", "nz", "ie", "tr", "ae", "sa", "ir", "kz", "by",
    ];
    let penultimate_ok = h.rsplit('.').nth(1).is_some_and(|l| l.len() >= 2);
    penultimate_ok && host(h, |tld| TLDS.iter().any(|t| t.eq_ignore_ascii_case(tld)))
}

/// Two or more dot-separated labels of letters, digits and inner hyphens; `tld_ok` judges the
/// last label.
fn host(h: &str, tld_ok: impl Fn(&str) -> bool) -> bool {
    let mut labels = 0;
    for label in h.split('.') {
        let ok = !label.is_empty()
            && label.len() <= 63
            && !label.starts_with('-')
            && !label.ends_with('-')
            && label
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-');
        if !ok {
            return false;
        }
        labels += 1;
    }
    labels >= 2 && h.rsplit('.').next().is_some_and(tld_ok)
}

/// Finds the link placeholders (`click here`, `this link`, `Read more`) in the sentence at
/// `span` of `src`, in order.
pub(crate) fn find_placeholders(src: &str, span: Span, out: &mut Vec<LinkPlaceholder>) {
    let base = span.start as usize;
    let Some(text) = src.get(span.range()) else {
        return;
    };
    let bytes = text.as_bytes();
    let push = |out: &mut Vec<LinkPlaceholder>, s: usize, e: usize| {
        out.push(LinkPlaceholder {
            span: sp(base + s, base + e),
            placeholder: PlaceholderKind::Anchor,
        });
    };
    let mut pos = 0;
    if let Some(end) = read_more(text) {
        push(out, 0, end);
        pos = end;
    }
    let mut done = pos;
    while let Some(off) = bytes
        .get(pos..)
        .filter(|rest| !rest.is_empty())
        .and_then(|rest| memchr2(b'k', b'K', rest))
    {
        let p = pos + off;
        // `p` is the word's first `k` (the word starts at or after `done`): in `click` and
        // `clicking` it follows a `c`, in `link` an `n`. Other words need only their end.
        let candidate = p > done && matches!(bytes.get(p - 1), Some(b'c' | b'C' | b'n' | b'N'));
        if !candidate {
            let mut e = p;
            while bytes.get(e).is_some_and(u8::is_ascii_alphabetic) {
                e += 1;
            }
            pos = e.max(p + 1);
            done = pos;
            continue;
        }
        let (s, e) = word_around(bytes, p, done);
        pos = e.max(p + 1);
        done = pos;
        let Some(word) = text.get(s..e) else { continue };
        let found = if word.eq_ignore_ascii_case("click") || word.eq_ignore_ascii_case("clicking") {
            click_object(text, e).map(|end| (s, end))
        } else if word.eq_ignore_ascii_case("link") {
            this_link(text, s, e)
        } else {
            None
        };
        if let Some((ps, pe)) = found {
            push(out, ps, pe);
            pos = pe;
            done = pe;
        }
    }
}

/// The ASCII letters around `p`, not reaching back before `floor`.
fn word_around(b: &[u8], p: usize, floor: usize) -> (usize, usize) {
    let mut s = p;
    while s > floor && b.get(s - 1).is_some_and(u8::is_ascii_alphabetic) {
        s -= 1;
    }
    let mut e = p;
    while b.get(e).is_some_and(u8::is_ascii_alphabetic) {
        e += 1;
    }
    (s, e)
}

/// The word of ASCII letters that starts after whitespace at `at` (at most a few spaces), and
/// its end; `None` if no whitespace or no letter follows.
fn next_word(text: &str, at: usize) -> Option<(&str, usize)> {
    let rest = text.get(at..)?;
    let body = rest.trim_start_matches(char::is_whitespace);
    let gap = rest.len() - body.len();
    if gap == 0 || gap > 8 {
        return None;
    }
    let len = body
        .bytes()
        .take(16)
        .take_while(u8::is_ascii_alphabetic)
        .count();
    let word = body.get(..len).filter(|w| !w.is_empty())?;
    // The word must end there: `here` but not `heretofore`.
    if body
        .get(len..)
        .is_some_and(|r| r.starts_with(char::is_alphanumeric))
    {
        return None;
    }
    Some((word, at + gap + len))
}

/// After `click` ending at `at`: `here`, `on here`, `this link`, `on the link`; the end of the
/// anchor.
fn click_object(text: &str, at: usize) -> Option<usize> {
    let (mut word, mut end) = next_word(text, at)?;
    if word.eq_ignore_ascii_case("on") {
        (word, end) = next_word(text, end)?;
    }
    if word.eq_ignore_ascii_case("here") {
        return Some(end);
    }
    if ["this", "the", "that"]
        .iter()
        .any(|d| word.eq_ignore_ascii_case(d))
    {
        let (link, end) = next_word(text, end)?;
        return link.eq_ignore_ascii_case("link").then_some(end);
    }
    None
}

/// `this link` around the word `link` at `s..e`, when it stands for an anchor: after a verb
/// or preposition of following (`via this link`, `open this link`) or at the end of a clause
/// (`… is at this link.`). Not `this link between trade and security`.
fn this_link(text: &str, s: usize, e: usize) -> Option<(usize, usize)> {
    let (this, this_start) = prev_word(text, s)?;
    if !this.eq_ignore_ascii_case("this") {
        return None;
    }
    let clause_ends = text.get(e..).is_some_and(|r| {
        r.chars()
            .next()
            .is_none_or(|c| matches!(c, '.' | ',' | ';' | ':' | '!' | '?' | ')' | '”' | '"' | '…'))
    });
    let after_verb = prev_word(text, this_start).is_some_and(|(w, _)| {
        [
            "via", "at", "on", "follow", "use", "using", "through", "visit", "open", "see", "from",
            "in",
        ]
        .iter()
        .any(|v| w.eq_ignore_ascii_case(v))
    });
    (clause_ends || after_verb).then_some((this_start, e))
}

/// The word of ASCII letters that ends before whitespace before `at`, and its start.
fn prev_word(text: &str, at: usize) -> Option<(&str, usize)> {
    let before = text.get(..at)?;
    let body = before.trim_end_matches(char::is_whitespace);
    let gap = before.len() - body.len();
    if gap == 0 || gap > 8 {
        return None;
    }
    let len = body
        .bytes()
        .rev()
        .take(16)
        .take_while(u8::is_ascii_alphabetic)
        .count();
    let start = body.len() - len;
    let word = body.get(start..).filter(|w| !w.is_empty())?;
    Some((word, start))
}

/// `Read more`, `Learn more` (and `… here`) standing at the start of the sentence alone or
/// before a colon: the end of the anchor.
fn read_more(text: &str) -> Option<usize> {
    if !matches!(text.as_bytes().first(), Some(b'r' | b'R' | b'l' | b'L')) {
        return None;
    }
    let len = text
        .bytes()
        .take(6)
        .take_while(u8::is_ascii_alphabetic)
        .count();
    let first = text.get(..len)?;
    if !first.eq_ignore_ascii_case("read") && !first.eq_ignore_ascii_case("learn") {
        return None;
    }
    let (more, end) = next_word(text, len)?;
    if !more.eq_ignore_ascii_case("more") {
        return None;
    }
    if let Some((here, here_end)) = next_word(text, end) {
        return here.eq_ignore_ascii_case("here").then_some(here_end);
    }
    let rest = text.get(end..)?.trim_start_matches(char::is_whitespace);
    let alone = rest
        .chars()
        .next()
        .is_none_or(|c| matches!(c, ':' | '.' | '…' | '»' | '›' | '>' | '!'));
    alone.then_some(end)
}
