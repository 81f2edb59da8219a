//! Inputs shared by the `parse` bench and the `memory` example: the team's fixtures, a
//! deterministic synthetic transcript corpus, and real documents named by `SPEECHMARK_CORPUS`.
//!
//! Each target that includes this module uses only part of it.
#![allow(dead_code)]

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

/// The environment variable that names a folder of real documents (`*.txt`, read recursively).
pub const CORPUS_VAR: &str = "SPEECHMARK_CORPUS";

/// One mebibyte: the synthetic sizes are 1, 16 and 64 of these.
pub const MB: usize = 1 << 20;

/// The synthetic sizes benchmarked, in MB.
pub const SYNTHETIC_SIZES_MB: [usize; 3] = [1, 16, 64];

/// Every file under `tests/fixtures/` (recursively, sorted by path) concatenated with blank
/// lines between them; a built-in synthetic document of about 64 KB when the folder does not
/// exist or holds no text. The second value names where the text came from.
pub fn fixtures() -> (String, String) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let files = files_under(&dir, |_| true);
    let text = concat(&files);
    if text.trim().is_empty() {
        (
            synthetic(64 * 1024, 0x5eed_f1c5),
            "built-in synthetic document (tests/fixtures/ absent)".to_owned(),
        )
    } else {
        (text, format!("{} files under tests/fixtures/", files.len()))
    }
}

/// The real documents: every `*.txt` under the folder named by `SPEECHMARK_CORPUS`,
/// recursively, sorted by path, concatenated with blank lines between them. `None` (with the
/// reason) when the variable is unset or the folder holds no text.
pub fn corpus() -> Result<(String, String), String> {
    let dir = std::env::var_os(CORPUS_VAR)
        .ok_or_else(|| format!("{CORPUS_VAR} is not set: skipping the real-document corpus"))?;
    let dir = PathBuf::from(dir);
    let files = files_under(&dir, |p| p.extension().is_some_and(|e| e == "txt"));
    let text = concat(&files);
    if text.is_empty() {
        return Err(format!(
            "{CORPUS_VAR}={} holds no *.txt: skipping the real-document corpus",
            dir.display()
        ));
    }
    Ok((
        text,
        format!("{} documents under {}", files.len(), dir.display()),
    ))
}

fn files_under(dir: &Path, keep: impl Fn(&Path) -> bool + Copy) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let Ok(entries) = std::fs::read_dir(dir) else {
        return out;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            out.extend(files_under(&path, keep));
        } else if keep(&path) {
            out.push(path);
        }
    }
    out.sort();
    out
}

/// Concatenates the files that are UTF-8 text, each ending in a line break, with a blank line
/// between them.
fn concat(files: &[PathBuf]) -> String {
    let mut text = String::new();
    for f in files {
        let Ok(s) = std::fs::read_to_string(f) else {
            continue;
        };
        if !text.is_empty() {
            text.push('\n');
        }
        text.push_str(&s);
        if !s.ends_with('\n') {
            text.push('\n');
        }
    }
    text
}

/// A deterministic synthetic transcript corpus of at least `target` bytes (it stops after the
/// document that crosses `target`): briefing-style documents, one paragraph per line, separated
/// by blank lines. The same `seed` always gives the same text.
pub fn synthetic(target: usize, seed: u64) -> String {
    let mut g = Gen {
        rng: Rng(seed | 1),
        out: String::with_capacity(target + 8 * 1024),
    };
    while g.out.len() < target {
        if !g.out.is_empty() {
            g.out.push('\n');
        }
        g.document();
    }
    g.out
}

/// splitmix64: small, fast and deterministic on every platform.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: usize) -> usize {
        // n is tiny; the modulo bias does not matter for a benchmark corpus.
        (self.next() % n.max(1) as u64) as usize
    }

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items.get(self.below(items.len())).copied().unwrap_or("")
    }

    fn chance(&mut self, percent: usize) -> bool {
        self.below(100) < percent
    }
}

// Invented people, places and phrasing: nothing here is taken from a real document.
const GIVEN: &[&str] = &[
    "Marta", "Oskar", "Lina", "Tomasz", "Ingrid", "Rafael", "Nadia", "Emeka", "Hiroshi", "Sunita",
    "Pavel", "Clara", "Jonas", "Amara", "Dmitri", "Elena", "Yusuf", "Greta", "Mateo", "Aiko",
];
const FAMILY: &[&str] = &[
    "Velkova",
    "Brandt",
    "Okafor",
    "Lindqvist",
    "Moreau",
    "Tanaka",
    "Haddad",
    "Kowalczyk",
    "Ferreira",
    "Novak",
    "Achterberg",
    "Quispe",
    "Rasmussen",
    "Delacroix",
    "Mbeki",
    "Sørensen",
    "Castellano",
    "Ivanescu",
    "Whitlock",
    "Zamora",
];
const ROLES: &[&str] = &[
    "Minister of Inland Waterways",
    "President of the Northern Federation",
    "Prime Minister of Eastmarch",
    "Governor of the Coastal Region",
    "Chair of the Grain Exchange",
    "Director of the Rail Authority",
    "Deputy Minister for Digital Affairs",
    "Head of the Fisheries Agency",
];
const COUNTRIES: &[&str] = &[
    "Eastmarch",
    "the Northern Federation",
    "Valdoria",
    "the Lake Republic",
    "Ostrava Bay",
    "Merrowind",
];
const TOPICS: &[&str] = &[
    "river freight",
    "grain exports",
    "the new rail corridor",
    "fisheries quotas",
    "port tariffs",
    "digital customs",
    "energy storage",
    "the border bridge",
];
const OPENERS: &[&str] = &[
    "Good afternoon, colleagues.",
    "Thank you for coming today.",
    "Let me begin with the main point.",
    "I would like to say a few words first.",
    "Dear friends, welcome.",
];
const CLAIMS: &[&str] = &[
    "our trade in {T} grew by {P} last year",
    "the volume of {T} reached {M} in {Y}",
    "we have invested {M} in {T} since {Y}",
    "{T} accounts for {P} of the regional budget",
    "the programme created {N} jobs in {Y}",
    "exports of {T} fell by {P}, albeit by a very small margin",
    "the agreement on {T} was signed on {D}",
];
const FOLLOWS: &[&str] = &[
    "This is a good result, but we can do more.",
    "We expect the trend to continue next year.",
    "I hope our partners will support this.",
    "Of course, there are still problems to solve.",
    "Our ministries are working on the details.",
    "Mr. Brandt and Dr. Okafor will report on this in the autumn.",
    "Is this enough? I think not yet.",
    "The figures are preliminary, e.g. for the third quarter.",
];
const HEADINGS: &[&str] = &["Summary", "Key figures", "Background", "Next steps"];
const LINK_HEADINGS: &[&str] = &["Further Reading", "Related articles", "See also"];
const REPORTERS: &[&str] = &["MS. HARTLEY", "MR. ODUYA", "MS. VANCE", "MR. ELLSWORTH"];

struct Gen {
    rng: Rng,
    out: String,
}

struct Person {
    given: &'static str,
    family: &'static str,
    role: &'static str,
}

impl Gen {
    fn person(&mut self) -> Person {
        Person {
            given: self.rng.pick(GIVEN),
            family: self.rng.pick(FAMILY),
            role: self.rng.pick(ROLES),
        }
    }

    fn money(&mut self) -> String {
        let whole = 1 + self.rng.below(90);
        let tenth = self.rng.below(10);
        let scale = self.rng.pick(&["million", "billion", "trillion"]);
        let cur = self.rng.pick(&["US$", "€", "$", "£"]);
        format!("{cur}{whole}.{tenth} {scale}")
    }

    /// A claim sentence with its figures filled in.
    fn claim(&mut self) -> String {
        let template = self.rng.pick(CLAIMS);
        let mut s = String::with_capacity(template.len() + 32);
        let mut rest = template;
        while let Some(i) = rest.find('{') {
            s.push_str(rest.get(..i).unwrap_or(""));
            let key = rest.get(i + 1..i + 2).unwrap_or("");
            rest = rest.get(i + 3..).unwrap_or("");
            match key {
                "T" => s.push_str(self.rng.pick(TOPICS)),
                "P" => {
                    let _ = write!(s, "{}.{}%", self.rng.below(60), self.rng.below(10));
                }
                "M" => s.push_str(&self.money()),
                "Y" => {
                    let _ = write!(s, "{}", 2000 + self.rng.below(26));
                }
                "N" => {
                    let _ = write!(s, "{},{:03}", 1 + self.rng.below(99), self.rng.below(1000));
                }
                "D" => {
                    let month = self.rng.pick(&["March", "June", "September", "December"]);
                    let _ = write!(
                        s,
                        "{} {month} {}",
                        1 + self.rng.below(28),
                        2010 + self.rng.below(16)
                    );
                }
                _ => {}
            }
        }
        s.push_str(rest);
        s
    }

    /// A paragraph of speech or narrative: two to five sentences.
    fn speech(&mut self, first: bool) -> String {
        let mut p = String::new();
        if first && self.rng.chance(50) {
            p.push_str(self.rng.pick(OPENERS));
            p.push(' ');
        }
        for k in 0..2 + self.rng.below(4) {
            if k > 0 {
                p.push(' ');
            }
            if self.rng.chance(55) {
                let c = self.claim();
                let lead =
                    self.rng
                        .pick(&["I can say that", "As you know,", "Last year", "In short,"]);
                let _ = write!(p, "{lead} {c}.");
            } else {
                p.push_str(self.rng.pick(FOLLOWS));
            }
        }
        if self.rng.chance(8) {
            p.push_str(" As one farmer told us, “the river is our road.”");
        }
        p
    }

    fn line(&mut self, s: &str) {
        self.out.push_str(s);
        self.out.push('\n');
    }

    fn document(&mut self) {
        let a = self.person();
        let b = self.person();
        let topic = self.rng.pick(TOPICS);
        let place = self.rng.pick(COUNTRIES);
        let title = format!(
            "Talks between {} {} and {} {} on {topic}",
            a.given, a.family, b.given, b.family
        );
        self.line(&title);
        self.line("");
        let lead = format!(
            "{} {} {}, and {}’s {} {} {} met in {place} to discuss {topic}. Here is what both had to say:",
            a.role, a.given, a.family, place, b.role, b.given, b.family
        );
        self.line(&lead);
        self.line("");
        match self.rng.below(3) {
            0 => self.quoted_dialogue(&a, &b),
            1 => self.unquoted_dialogue(&a, &b),
            _ => self.press_conference(&a),
        }
        self.line("");
        let h = self.rng.pick(HEADINGS);
        self.line(h);
        for _ in 0..1 + self.rng.below(3) {
            let c = self.claim();
            let mut para = format!("According to the ministry, {c}.");
            if self.rng.chance(30) {
                para.push_str(" For the full statement, please click here.");
            }
            self.line(&para);
        }
        if self.rng.chance(40) {
            self.line("");
            let h = self.rng.pick(LINK_HEADINGS);
            self.line(h);
        }
    }

    /// The reference convention: an opening mark after the label, a closing mark only at the
    /// end of the last paragraph; middle paragraphs bare or re-opened (English convention).
    fn quoted_dialogue(&mut self, a: &Person, b: &Person) {
        let reopen = self.rng.chance(50);
        let (open, close) = if self.rng.chance(80) {
            ("“", "”")
        } else {
            ("\"", "\"")
        };
        for t in 0..2 + self.rng.below(4) {
            let who = if t % 2 == 0 { a.family } else { b.family };
            let n = 1 + self.rng.below(4);
            for k in 0..n {
                let body = self.speech(k == 0);
                let start = match (k, reopen) {
                    (0, _) => format!("{who}: {open}"),
                    (_, true) => open.to_owned(),
                    (_, false) => String::new(),
                };
                let end = if k + 1 == n { close } else { "" };
                let l = format!("{start}{body}{end}");
                self.line(&l);
            }
        }
    }

    /// Transcript convention: full names and titles, no marks, turns run to the next label.
    fn unquoted_dialogue(&mut self, a: &Person, b: &Person) {
        for t in 0..2 + self.rng.below(5) {
            let label = match (t % 2, t) {
                (0, 0) => format!("{} {} {}", a.role, a.given, a.family),
                (0, _) => format!("{} {}", a.given, a.family),
                _ => format!("{} {}", b.given, b.family),
            };
            for k in 0..1 + self.rng.below(4) {
                let body = self.speech(k == 0);
                let l = if k == 0 {
                    format!("{label}: {body}")
                } else {
                    body
                };
                self.line(&l);
            }
            if self.rng.chance(10) {
                self.line("(Laughter.)");
            }
        }
        if self.rng.chance(30) {
            self.line("* * *");
        }
    }

    /// Press-briefing convention: `Q:` and an upper-case official.
    fn press_conference(&mut self, a: &Person) {
        let official = format!(
            "{}. {}",
            if self.rng.chance(50) { "MS" } else { "MR" },
            a.family.to_uppercase()
        );
        for _ in 0..2 + self.rng.below(4) {
            let q = if self.rng.chance(50) {
                "Q"
            } else {
                self.rng.pick(REPORTERS)
            };
            let topic = self.rng.pick(TOPICS);
            let l = format!("{q}: What can you tell us about {topic}? Will the figures change?");
            self.line(&l);
            let body = self.speech(false);
            let l = format!("{official}: {body}");
            self.line(&l);
        }
    }
}
