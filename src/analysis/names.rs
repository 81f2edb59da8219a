//! Names and titles: splitting `President of Russia Vladimir Putin` into a title and a name,
//! and the words that tell them apart.
//!
//! ```text
//! label   ::= title? name | name ',' title
//! name    ::= given* surname          capitalised words, particles such as `al-` or `von`
//! title   ::= word+                   containing a title word (`President`, `Minister`, ...)
//! ```
//!
//! A title ends where the name begins: at the last run of capitalised words that are neither
//! title words nor organisation words (`Service`, `Agency`, `Bank`). When that run follows a
//! connector (`of Russia Vladimir Putin`, `for Tourism Oleg Safonov`), its first word is the
//! object of the title, not a given name.

use crate::lexical::is_space;

/// A word of a name or a title, with the punctuation around it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct Word {
    /// The word without surrounding punctuation.
    pub start: usize,
    pub end: usize,
    /// End of the word without a possessive `’s` (`Pakistan’s` → `Pakistan`).
    pub base_end: usize,
    /// A comma follows the word.
    pub comma: bool,
    /// Sentence punctuation (`.`, `;`, `:`, `!`, `?`) or a dash follows the word.
    pub stop: bool,
    /// The word opens or closes a bracket.
    pub open: bool,
    pub close: bool,
}

impl Word {
    pub(super) fn text<'a>(&self, src: &'a str) -> &'a str {
        src.get(self.start..self.end).unwrap_or("")
    }

    pub(super) fn base<'a>(&self, src: &'a str) -> &'a str {
        src.get(self.start..self.base_end).unwrap_or("")
    }

    pub(super) fn possessive(&self) -> bool {
        self.base_end < self.end
    }
}

/// The words of `src[start..end]`, split at white space, with punctuation noted.
pub(super) fn words(src: &str, start: usize, end: usize, out: &mut Vec<Word>) {
    let Some(text) = src.get(start..end) else {
        return;
    };
    let mut piece_start = None;
    for (i, c) in text
        .char_indices()
        .chain(std::iter::once((text.len(), ' ')))
    {
        match (is_space(c), piece_start) {
            (true, Some(p)) => {
                if let Some(piece) = text.get(p..i) {
                    push_word(piece, start + p, out);
                }
                piece_start = None;
            }
            (false, None) => piece_start = Some(i),
            _ => {}
        }
    }
}

fn push_word(piece: &str, at: usize, out: &mut Vec<Word>) {
    let lead = piece.len()
        - piece
            .trim_start_matches(|c: char| !c.is_alphanumeric())
            .len();
    let rest = piece.get(lead..).unwrap_or("");
    let core = rest.trim_end_matches(|c: char| !c.is_alphanumeric());
    if core.is_empty() {
        // A dash between a name and a role works as a comma does:
        // `Laura Chen -- Chief Executive Officer`.
        if crate::lexical::is_dash_word(piece) {
            if let Some(last) = out.last_mut() {
                last.comma = true;
            }
        }
        return;
    }
    let tail = rest.get(core.len()..).unwrap_or("");
    let w_start = at + lead;
    let base_len = ["’s", "'s"]
        .iter()
        .find_map(|s| core.strip_suffix(s))
        .map_or(core.len(), str::len);
    // The full stop of an initial (`V.`) or an honorific (`Mr.`) does not end a sentence.
    let abbreviation = core.chars().count() == 1 || is_honorific(core);
    let stops: &[char] = if abbreviation {
        &[';', ':', '!', '?', '–', '—']
    } else {
        &['.', ';', ':', '!', '?', '–', '—']
    };
    out.push(Word {
        start: w_start,
        end: w_start + core.len(),
        base_end: w_start + base_len,
        comma: tail.contains(','),
        stop: tail.contains(stops),
        open: piece.starts_with(['(', '[']),
        close: tail.contains([')', ']']),
    });
}

/// Words that make a phrase a title or role.
#[rustfmt::skip]
const TITLE_WORDS: &[&str] = &[
    "president", "minister", "premier", "chancellor", "secretary", "secretary-general",
    "spokesperson", "spokesman", "spokeswoman", "ambassador", "governor", "mayor", "director",
    "head", "chairman", "chairwoman", "chairperson", "chair", "co-chair", "ceo", "cfo", "coo",
    "chief", "commander", "commander-in-chief", "general", "admiral", "colonel", "patriarch",
    "pope", "king", "queen", "prince", "princess", "emir", "sheikh", "sultan", "deputy", "vice",
    "vice-president", "vice-rector", "rector", "dean", "professor", "speaker", "senator", "leader",
    "member", "moderator", "commissioner", "envoy", "representative", "officer", "executive",
    "manager", "founder", "owner", "president-elect", "prime", "acting", "judge", "prosecutor",
    "adviser", "advisor", "aide", "correspondent", "journalist", "reporter", "editor", "anchor",
    "host", "byline", "metropolitan", "archbishop", "bishop", "mufti", "rabbi", "chairmen", "presidents",
    "ministers", "foreign", "premier", "crown", "emperor", "monarch", "marshal", "ombudsman",
    "attorney", "treasurer", "coordinator", "superintendent", "analyst", "economist",
    "strategist", "counsel", "controller", "partner",
    // Local government and the police, as council minutes and scripts name them.
    "councillor", "councilor", "councilman", "councilwoman", "councilmember", "alderman",
    "alderwoman", "clerk", "sheriff", "inspector", "detective", "sergeant", "captain", "lieutenant",
    "councilmembers", "councillors", "councilors", "aldermen",
    // Abbreviated, as briefings and hearings print ranks and offices (`SEC. AUSTIN`, `GEN.
    // BROWN`, `REP. DANA COLE`).
    "sec", "secy", "gen", "lt", "adm", "col", "maj", "sgt", "capt", "cmdr", "gov", "sen", "rep",
    "amb", "prof", "brig", "insp", "supt", "atty",
];

/// Words that end the name of an organisation or place, and so cannot be part of a person's
/// name.
#[rustfmt::skip]
const ORG_WORDS: &[&str] = &[
    "service", "agency", "ministry", "commission", "committee", "council", "chamber", "bank",
    "board", "foundation", "fund", "region", "republic", "federation", "office", "organisation",
    "organization", "union", "unions", "company", "corporation", "navy", "army", "duma", "party",
    "group", "centre", "center", "university", "association", "forum", "institute", "academy",
    "court", "assembly", "government", "administration", "authority", "monitoring", "protection",
    "welfare", "affairs", "development", "trade", "industry", "energy", "defence", "defense",
    "health", "healthcare", "sport", "sports", "media", "relief", "infrastructure", "activities",
    "biotechnology", "virology", "nationalities", "rights", "initiatives", "railways", "systems",
    "club", "society", "museum", "nations", "police", "guard", "department", "bureau",
    "directorate", "inspectorate", "exchange", "airlines", "airways", "holding", "plant", "works",
    "station", "district", "territory", "province", "state", "states", "kingdom", "emirates",
    "forces", "security", "intelligence", "finance", "economy", "education", "science", "culture",
    "transport", "agriculture", "justice", "labour", "labor", "communications", "resources",
    "environment", "emergencies", "relations", "confederation", "cooperation", "partnership",
    "alliance", "network",
];

/// Connectors that join a title to what comes before it rather than parts of a title: a
/// title starts after the last of them (`the Kremlin with President of Israel`).
#[rustfmt::skip]
const OUTER_CONNECTORS: &[&str] = &[
    "with", "to", "at", "on", "under", "in", "by", "from",
];

/// Lower-case words that join the parts of a title (`President of the Republic`).
#[rustfmt::skip]
const CONNECTORS: &[&str] = &[
    "of", "the", "and", "for", "in", "at", "on", "to", "with", "all", "on", "under",
];

/// Particles inside names (`Bashar al-Assad`, `Ursula von der Leyen`).
#[rustfmt::skip]
const PARTICLES: &[&str] = &[
    "al", "bin", "ibn", "von", "van", "der", "de", "da", "del", "di", "du", "dos", "la", "le",
    "el", "y", "ben", "abu", "ter", "den",
];

/// Honorifics: they precede a name but are neither name nor role.
#[rustfmt::skip]
const HONORIFICS: &[&str] = &[
    "mr", "mrs", "ms", "miss", "dr", "sir", "madam", "madame", "mister", "dame", "lord", "lady",
    "monsieur", "herr", "frau", "senor", "señor",
    // Parliaments' and India's: `Hon. Chrystia Vale`, `Rt Hon Ada Holt`, `SHRI RAJ MENON`.
    "hon", "rt", "shri", "smt", "shrimati",
];

/// Capitalised words that start sentences or phrases and are not names.
#[rustfmt::skip]
const NOT_NAMES: &[&str] = &[
    "the", "this", "that", "these", "those", "today", "yesterday", "tomorrow", "on", "in", "at",
    "as", "when", "while", "after", "before", "during", "since", "meanwhile", "however", "also",
    "and", "but", "with", "for", "from", "by", "according", "dear", "a", "an", "his", "her",
    "their", "our", "its", "my", "your", "earlier", "later", "then", "there", "here", "both",
    "all", "each", "every", "some", "following", "speaking", "asked", "said", "says", "last",
    "next", "first", "recently", "russian", "his", "i", "we", "he", "she", "they", "it", "you",
    "if", "so", "why", "what", "how", "where", "who", "excerpts", "transcript", "question",
    "remark", "answer", "reply",
    // A hearing's or a court's headings before a name (`STATEMENT OF MARGARET OKEKE`, `ORAL
    // ARGUMENT OF DANIEL R. CASTELLANOS`): `of` is a particle only in lower case.
    "statement", "testimony", "argument", "remarks", "rebuttal", "examination", "of",
];

/// Title words that only modify another (`Acting Governor`, `Deputy Prime Minister`): a role
/// needs a title word that is not one of these.
#[rustfmt::skip]
const MODIFIERS: &[&str] = &[
    "acting", "deputy", "vice", "prime", "foreign", "crown", "general", "executive", "first",
];

fn fold_eq(list: &[&str], word: &str) -> bool {
    list.iter().any(|w| w.eq_ignore_ascii_case(word))
}

pub(super) fn is_title_word(word: &str) -> bool {
    fold_eq(TITLE_WORDS, word)
}

/// Whether `word` is a title word that can head a role (`Governor`, not `Acting`).
pub(super) fn is_title_head(word: &str) -> bool {
    is_title_word(word) && !fold_eq(MODIFIERS, word)
}

pub(super) fn is_honorific(word: &str) -> bool {
    fold_eq(HONORIFICS, word.trim_end_matches('.'))
}

pub(super) fn is_connector(word: &str) -> bool {
    fold_eq(CONNECTORS, word)
}

/// Whether `word` can be part of a person's name.
pub(super) fn name_like(word: &str) -> bool {
    let Some(first) = word.chars().next() else {
        return false;
    };
    let particle = word
        .split_once('-')
        .is_some_and(|(p, rest)| fold_eq(PARTICLES, p) && rest.starts_with(char::is_uppercase));
    (first.is_uppercase() || particle)
        && !word.chars().any(|c| c.is_ascii_digit())
        && !is_title_word(word)
        && !fold_eq(ORG_WORDS, word)
        && !fold_eq(NOT_NAMES, word)
        && !is_honorific(word)
}

/// A label or phrase split into its title and its name: index ranges into its words.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct Split {
    pub title: Option<(usize, usize)>,
    pub name: Option<(usize, usize)>,
}

/// Splits `words` (a label's name, or a phrase that ends with a name) into title and name.
pub(super) fn split(src: &str, words: &[Word]) -> Split {
    // `Andrei Okhlopkov, General Director of ...`: a name, a comma, then the title; an
    // honorific before the name is not part of it (`Dr. Ana Ruiz, Chief Economist`).
    if let Some(comma) = words.iter().position(|w| w.comma) {
        let honorifics = words
            .iter()
            .take_while(|w| is_honorific(w.text(src)))
            .count();
        // Abbreviated ranks and offices before the name are its title (`SEN. ARNE VIK`).
        let ranks = words
            .iter()
            .skip(honorifics)
            .take_while(|w| w.stop && is_title_word(w.text(src)))
            .count();
        let honorifics = honorifics + ranks;
        // A party in brackets before the comma, as American transcripts print a member of
        // Congress (`SEN. ARNE VIK (D), VERMONT`): the name ends before it, and what follows
        // the comma (a state) need not be a title.
        let party = words
            .get(comma)
            .is_some_and(|w| w.open && w.close && comma > honorifics && party(w.text(src)));
        let name_end = if party { comma } else { comma + 1 };
        let head = words.get(honorifics..name_end).unwrap_or(&[]);
        // A title after the comma, or an affiliation (`Sam Okafor - Birchwood Securities`).
        let tail_has_title = words.get(comma + 1..).is_some_and(|t| {
            t.iter().any(|w| {
                let w = w.text(src);
                is_title_word(w) || fold_eq(ORG_WORDS, w) || crate::lexical::firm_word(w)
            })
        });
        if !head.is_empty()
            && head.len() <= 4
            && head.iter().enumerate().all(|(k, w)| {
                // A given name of one letter (`A MARTÍNEZ, HOST`): `A` is otherwise an article.
                name_like(w.text(src)) || (k == 0 && head.len() > 1 && w.text(src) == "A")
            })
            && (tail_has_title || party)
        {
            let rank = (ranks > 0).then_some((honorifics - ranks, honorifics));
            return Split {
                title: tail_has_title.then_some((comma + 1, words.len())).or(rank),
                name: Some((honorifics, name_end)),
            };
        }
    }
    // The name is the last run of name-like words (particles inside it allowed), at most
    // four words.
    let mut start = words.len();
    while start > 0 {
        let Some(w) = words.get(start - 1) else { break };
        let text = w.text(src);
        let inner_particle = start < words.len() && fold_eq(PARTICLES, text);
        let ends_run = start < words.len() && (w.close || w.comma || w.possessive());
        if (name_like(text) || inner_particle) && !ends_run && words.len() - start < 4 {
            start -= 1;
        } else {
            break;
        }
    }
    // After a connector the first word of a run of two or more is the title's object:
    // `of Russia Vladimir Putin`, `for Tourism Oleg Safonov`.
    // Only inside a title: in "Putin and Recep Tayyip Erdogan" the connector joins two names.
    let before = start.checked_sub(1).and_then(|i| words.get(i));
    let titled = words
        .get(..start)
        .is_some_and(|t| t.iter().any(|w| is_title_word(w.text(src))));
    if titled
        && before.is_some_and(|w| is_connector(w.text(src)) && !w.comma)
        && words.len() - start >= 2
    {
        start += 1;
    }
    let name = (start < words.len()).then_some((start, words.len()));
    // The title is what stands before the name, without honorifics and connectors at its
    // ends, if it contains a title word.
    let mut t_start = 0;
    let mut t_end = start;
    let trim = |w: &Word| {
        let t = w.text(src);
        is_honorific(t) || is_connector(t) || t.eq_ignore_ascii_case("the")
    };
    while t_start < t_end && words.get(t_start).is_some_and(trim) {
        t_start += 1;
    }
    while t_end > t_start && words.get(t_end - 1).is_some_and(trim) {
        t_end -= 1;
    }
    t_start = title_start(src, words, t_start, t_end);
    let has_title = words
        .get(t_start..t_end)
        .is_some_and(|t| t.iter().any(|w| is_title_head(w.text(src))));
    Split {
        title: has_title.then_some((t_start, t_end)),
        name,
    }
}

/// A party as American transcripts abbreviate it in brackets: `D`, `R`, `I`, `D-CA`, `R-OH`.
fn party(w: &str) -> bool {
    let (party, state) = w.split_once('-').unwrap_or((w, "AA"));
    (1..=3).contains(&party.len())
        && party.bytes().all(|b| b.is_ascii_uppercase())
        && state.len() == 2
        && state.bytes().all(|b| b.is_ascii_uppercase())
}

/// Where a title within `words[start..end]` begins: after the last outer connector (`with`,
/// `at`) that stands before its first title word.
pub(super) fn title_start(src: &str, words: &[Word], start: usize, end: usize) -> usize {
    let first_title = (start..end)
        .find(|&i| words.get(i).is_some_and(|w| is_title_word(w.text(src))))
        .unwrap_or(end);
    (start..first_title)
        .rev()
        .find(|&i| {
            words
                .get(i)
                .is_some_and(|w| fold_eq(OUTER_CONNECTORS, w.text(src)))
        })
        .map_or(start, |i| i + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parts(label: &str) -> (Option<&str>, Option<&str>) {
        let mut ws = Vec::new();
        words(label, 0, label.len(), &mut ws);
        let s = split(label, &ws);
        let text = |r: Option<(usize, usize)>| {
            r.and_then(|(a, b)| {
                let first = ws.get(a)?;
                let last = ws.get(b.checked_sub(1)?)?;
                label.get(first.start..last.end)
            })
        };
        (text(s.title), text(s.name))
    }

    #[test]
    fn titles_and_names() {
        assert_eq!(
            parts("President of Russia Vladimir Putin"),
            (Some("President of Russia"), Some("Vladimir Putin"))
        );
        assert_eq!(
            parts("Prime Minister Sharif"),
            (Some("Prime Minister"), Some("Sharif"))
        );
        assert_eq!(parts("Putin"), (None, Some("Putin")));
        assert_eq!(
            parts("Patriarch of Karavia and All Meridia Teodor"),
            (Some("Patriarch of Karavia and All Meridia"), Some("Teodor"))
        );
        assert_eq!(
            parts("President of Valdoria Ana Maria Ruiz"),
            (Some("President of Valdoria"), Some("Ana Maria Ruiz"))
        );
        assert_eq!(
            parts("Head of the Federal Water Agency Oleg Marten"),
            (
                Some("Head of the Federal Water Agency"),
                Some("Oleg Marten")
            )
        );
        assert_eq!(
            parts("Minister of Trade and Industry Ilse Varga"),
            (Some("Minister of Trade and Industry"), Some("Ilse Varga"))
        );
        assert_eq!(
            parts("Lena Oduya, Director of the Harbour Authority"),
            (
                Some("Director of the Harbour Authority"),
                Some("Lena Oduya")
            )
        );
        assert_eq!(parts("MS. SMITH"), (None, Some("SMITH")));
        assert_eq!(
            parts("President of Eastmarch Karim al-Rashid"),
            (Some("President of Eastmarch"), Some("Karim al-Rashid"))
        );
        assert_eq!(
            parts("Transport Minister Rahim Daud"),
            (Some("Transport Minister"), Some("Rahim Daud"))
        );
    }
}
