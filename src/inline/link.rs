//! Links: URLs, `www.` addresses and e-mail addresses in running text.
//!
//! Links are found from the bytes `.`, `:` and `@` ([`super::candidates`]): around each, the run of printable
//! ASCII is the candidate token, examined once. Non-ASCII text (curly quotes, dashes,
//! non-breaking spaces) ends a link, so internationalised addresses written in their own
//! script are not found.

use crate::ast::{Link, LinkForm};
use crate::lexical::starts_with_ci;
use crate::span::{Span, sp};

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

/// Whether a sentence whose bytes `.`, `:` and `@` stand at `hits` (offsets in `src`) may
/// hold a link. Every form needs one of: an `@` (`a@b.org`, `mailto:`), a `://`, a full stop
/// before a letter (the last label of a host is a top-level domain of letters: `example.com`),
/// or `www.` (`www.1.2`). Most sentences have only their final full stop and decimals.
pub(crate) fn may_have_links(src: &str, hits: &[u32]) -> bool {
    let bytes = src.as_bytes();
    hits.iter().any(|&h| {
        let h = h as usize;
        match bytes.get(h) {
            Some(b'@') => true,
            Some(b':') => bytes.get(h + 1..h + 3) == Some(b"//"),
            _ => match bytes.get(h + 1) {
                Some(b) if b.is_ascii_alphabetic() => true,
                Some(b) if b.is_ascii_digit() => h
                    .checked_sub(3)
                    .and_then(|s| bytes.get(s..h))
                    .is_some_and(|w| w.eq_ignore_ascii_case(b"www")),
                _ => false,
            },
        }
    })
}

/// Finds the links in the sentence at `span` of `src`, in order, looking only at `hits`: the
/// offsets in `src` of the sentence's bytes `.`, `:` and `@`, in order.
pub(crate) fn find_links(src: &str, span: Span, hits: &[u32], out: &mut Vec<Link>) {
    let base = span.start as usize;
    let Some(text) = src.get(span.range()) else {
        return;
    };
    let bytes = text.as_bytes();
    let (mut pos, mut done) = (0, 0);
    let mut hits = hits.iter().map(|&h| (h as usize).wrapping_sub(base));
    while let Some(p) = hits.find(|&p| p >= pos && p < bytes.len()) {
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
