//! Speaker resolution on documents written by the team.

use crate::analysis::{LabelInput, resolve_speakers};
use crate::{LabelStyle, Span};

/// The label spans of `names` (each the first occurrence of `name + ':'` at or after the
/// previous one), as the parser would give them.
fn labels(text: &str, names: &[(&str, LabelStyle)]) -> Vec<LabelInput> {
    let mut from = 0;
    names
        .iter()
        .map(|&(name, style)| {
            let at = text[from..]
                .find(&format!("{name}:"))
                .map_or(0, |i| i + from);
            from = at + name.len();
            LabelInput {
                name: Span::new(at as u32, (at + name.len()) as u32),
                aside: None,
                style,
            }
        })
        .collect()
}

#[test]
fn merges_labels_and_finds_names_and_roles() {
    let text = "The Foreign Minister of Karavia, Ilse Varga, met her Meridian counterpart, \
                Tomas Ardent, in Velsk. Prime Minister Rahim Daud joined them later.\n\
                Varga: We signed three agreements.\n\
                Minister Ardent: Thank you.\n\
                Q: Will there be more?\n\
                Daud: Yes.\n\
                Foreign Minister Ilse Varga: Next year.\n\
                Question: When?\n";
    use LabelStyle::*;
    let labels = labels(
        text,
        &[
            ("Varga", Name),
            ("Minister Ardent", Name),
            ("Q", Generic),
            ("Daud", Name),
            ("Foreign Minister Ilse Varga", Name),
            ("Question", Generic),
        ],
    );
    let lead = Span::new(0, text.find('\n').unwrap_or(0) as u32);
    let r = resolve_speakers(text, &labels, &[lead]);
    assert_eq!(r.of_label, [0, 1, 2, 3, 0, 4]);
    let names: Vec<&str> = r.speakers.iter().map(|s| s.name.text.as_str()).collect();
    assert_eq!(
        names,
        ["Ilse Varga", "Tomas Ardent", "Q", "Rahim Daud", "Question"]
    );
    let roles: Vec<Option<&str>> = r
        .speakers
        .iter()
        .map(|s| s.role.as_ref().map(|m| m.text.as_str()))
        .collect();
    // Varga's role is the lead's appositive, which comes before her label's title; Ardent's
    // lead mention has no title word ("Meridian counterpart"), so his comes from his label.
    assert_eq!(
        roles,
        [
            Some("Foreign Minister of Karavia"),
            Some("Minister"),
            None,
            Some("Prime Minister"),
            None
        ]
    );
    // "The " is 4 bytes; "Foreign Minister of Karavia" 27 more; ", " 2: "Ilse Varga" at 33.
    let varga = &r.speakers[0];
    assert_eq!(varga.role.as_ref().map(|m| m.span), Some(Span::new(4, 31)));
    assert_eq!(varga.name.span, Span::new(33, 43));
    assert_eq!(varga.labels, [0, 4]);
    assert!(r.speakers[2].anonymous && r.speakers[4].anonymous);
}

#[test]
fn same_surname_different_people() {
    let text = "Dmitry Orlov: First.\nViktor Orlov: Second.\nOrlov: Third.\nD. Orlov: Fourth.\n";
    use LabelStyle::*;
    let labels = labels(
        text,
        &[
            ("Dmitry Orlov", Name),
            ("Viktor Orlov", Name),
            ("Orlov", Name),
            ("D. Orlov", Name),
        ],
    );
    let r = resolve_speakers(text, &labels, &[]);
    // A bare surname goes to the Orlov who spoke last; an initial to the one it fits.
    assert_eq!(r.of_label, [0, 1, 1, 0]);
    assert_eq!(r.speakers.len(), 2);
}

#[test]
fn a_party_in_brackets_before_a_comma() {
    // American transcripts: a member of Congress, the party, a comma and the state.
    let text = "SEN. ARNE VIK (D), VERMONT: We need it.\nGOV. TESS MARLOW (R), OHIO: No.\n\
                VIK: Again.\n";
    use LabelStyle::*;
    let labels = labels(
        text,
        &[
            ("SEN. ARNE VIK (D), VERMONT", Upper),
            ("GOV. TESS MARLOW (R), OHIO", Upper),
            ("VIK", Upper),
        ],
    );
    let r = resolve_speakers(text, &labels, &[]);
    assert_eq!(r.speakers[0].name.text, "ARNE VIK");
    assert_eq!(r.speakers[1].name.text, "TESS MARLOW");
    // The state is no role (the abbreviated office is), and the bare surname is the
    // senator's.
    assert_eq!(
        r.speakers[0].role.as_ref().map(|m| m.text.as_str()),
        Some("SEN")
    );
    assert_eq!(r.of_label, [0, 1, 0]);
    // A role in brackets is no party.
    let text = "ANA REYES (INTERPRETER), SPAIN: Yes.\n";
    let one = self::labels(text, &[("ANA REYES (INTERPRETER), SPAIN", Upper)]);
    let r = resolve_speakers(text, &one, &[]);
    assert_ne!(r.speakers[0].name.text, "ANA REYES");
}

#[test]
fn a_reporter_byline_is_a_role() {
    // NPR prints a reporter as `NAME, BYLINE:`; the surname alone comes back later.
    let text = "DANA FISK, BYLINE: The vote is today.\nFISK: Because.\n";
    use LabelStyle::*;
    let labels = labels(text, &[("DANA FISK, BYLINE", Upper), ("FISK", Upper)]);
    let r = resolve_speakers(text, &labels, &[]);
    assert_eq!(r.speakers[0].name.text, "DANA FISK");
    assert_eq!(r.of_label, [0, 0]);
}

#[test]
fn parliamentary_honorifics_and_a_chair_with_a_rank() {
    // `Hon.` and `Rt Hon` are no part of a name; the chair's holder may carry a rank.
    let text = "CHAIR (Senator Brennan): Welcome.\nRt Hon Ada Holt: Yes.\nCHAIR: Thanks.\n";
    // Spans counted by hand: `CHAIR` 0..5, its aside `(Senator Brennan)` 6..23; `Rt Hon Ada
    // Holt` 34..49; the second `CHAIR` 56..61.
    let label = |a: u32, b: u32, aside: Option<Span>, style| LabelInput {
        name: Span::new(a, b),
        aside,
        style,
    };
    let labels = [
        label(0, 5, Some(Span::new(6, 23)), LabelStyle::Upper),
        label(34, 49, None, LabelStyle::Name),
        label(56, 61, None, LabelStyle::Upper),
    ];
    assert_eq!(Span::new(34, 49).slice(text), Some("Rt Hon Ada Holt"));
    assert_eq!(Span::new(56, 61).slice(text), Some("CHAIR"));
    let r = resolve_speakers(text, &labels, &[]);
    assert_eq!(r.speakers[0].name.text, "Brennan");
    assert_eq!(r.speakers[1].name.text, "Ada Holt");
    assert_eq!(r.of_label, [0, 1, 0]);
}

#[test]
fn a_role_in_the_aside() {
    // Canada's and Australia's Hansard print the office in the brackets after the name, with
    // the party or the seat; a seat and a party alone are no role.
    let text = "Hon. Ana Vale (Deputy Prime Minister, Lib.): Yes.\nAna Holt (Bath) (Lab): No.\n";
    // Spans counted by hand: `Hon. Ana Vale` 0..13, its aside 14..43 (`Deputy Prime
    // Minister` 15..36); `Ana Holt` 50..58, its aside 59..71.
    let label = |a: u32, b: u32, aside: Span| LabelInput {
        name: Span::new(a, b),
        aside: Some(aside),
        style: LabelStyle::Name,
    };
    assert_eq!(
        Span::new(14, 43).slice(text),
        Some("(Deputy Prime Minister, Lib.)")
    );
    assert_eq!(Span::new(59, 71).slice(text), Some("(Bath) (Lab)"));
    let labels = [
        label(0, 13, Span::new(14, 43)),
        label(50, 58, Span::new(59, 71)),
    ];
    let r = resolve_speakers(text, &labels, &[]);
    assert_eq!(r.speakers[0].name.text, "Ana Vale");
    let role = r.speakers[0].role.as_ref();
    assert_eq!(role.map(|m| m.text.as_str()), Some("Deputy Prime Minister"));
    assert_eq!(role.map(|m| m.span), Some(Span::new(15, 36)));
    assert!(r.speakers[1].role.is_none());
}

#[test]
fn a_given_name_of_one_letter() {
    // NPR's host `A MARTÍNEZ`: `A` before a name and a comma is the given name, not an
    // article. `MARTÍNEZ` is 9 bytes (the `Í` is two).
    let text = "A MARTÍNEZ, HOST: Good morning.\nMARTÍNEZ: Thanks.\n";
    use LabelStyle::*;
    let labels = labels(text, &[("A MARTÍNEZ, HOST", Upper), ("MARTÍNEZ", Upper)]);
    let r = resolve_speakers(text, &labels, &[]);
    assert_eq!(r.speakers[0].name.text, "A MARTÍNEZ");
    assert_eq!(r.speakers[0].name.span, Span::new(0, 11));
    assert_eq!(
        r.speakers[0].role.as_ref().map(|m| m.text.as_str()),
        Some("HOST")
    );
    assert_eq!(r.of_label, [0, 0]);
}

#[test]
fn capitals_and_parenthetical_roles() {
    let text = "Jane Smith (Press Secretary of the Harbour Authority) opened the briefing.\n\
                MS. SMITH: Good morning.\nQ: Hello.\n";
    use LabelStyle::*;
    let labels = labels(text, &[("MS. SMITH", Upper), ("Q", Generic)]);
    let lead = Span::new(0, text.find('\n').unwrap_or(0) as u32);
    let r = resolve_speakers(text, &labels, &[lead]);
    let smith = &r.speakers[0];
    assert_eq!(smith.name.text, "Jane Smith");
    assert_eq!(
        smith.role.as_ref().map(|m| m.text.as_str()),
        Some("Press Secretary of the Harbour Authority")
    );
    // "Jane Smith (" is 12 bytes; the role runs to the byte before ")" at 52.
    assert_eq!(smith.role.as_ref().map(|m| m.span), Some(Span::new(12, 52)));
}

#[test]
fn appositive_after_the_name() {
    let text = "Talks were led by Rahim Daud, the Prime Minister of Meridia, and lasted an hour.\n\
                Daud: Thank you.\n";
    let labels = labels(text, &[("Daud", LabelStyle::Name)]);
    let lead = Span::new(0, text.find('\n').unwrap_or(0) as u32);
    let r = resolve_speakers(text, &labels, &[lead]);
    assert_eq!(r.speakers[0].name.text, "Rahim Daud");
    assert_eq!(
        r.speakers[0].role.as_ref().map(|m| m.text.as_str()),
        Some("Prime Minister of Meridia")
    );
}

#[test]
fn names_nobody_mentions_and_empty_input() {
    let r = resolve_speakers("", &[], &[]);
    assert!(r.speakers.is_empty() && r.of_label.is_empty());
    // A label with no name-like word is its own name.
    let text = "meeting points: none.";
    let labels = [LabelInput {
        name: Span::new(0, 14),
        aside: None,
        style: LabelStyle::Name,
    }];
    let r = resolve_speakers(text, &labels, &[Span::new(0, 99)]);
    assert_eq!(r.speakers[0].name.text, "meeting points");
    // Spans out of range are ignored, not a panic.
    let labels = [LabelInput {
        name: Span::new(50, 60),
        aside: None,
        style: LabelStyle::Name,
    }];
    let r = resolve_speakers(text, &labels, &[Span::new(40, 99)]);
    assert_eq!(r.speakers.len(), 1);
}

#[test]
fn an_office_names_its_holder_in_the_aside() {
    // Hansard's and the Record's `Office (Name):`, a member's constituency and party asides,
    // an aside that is no name, and an honorific before a name with its role after a comma.
    let text = "The Prime Minister (Rhona Vale): Thank you.\n\
                Mr Ian Holm (Leeds North) (Lab): Will she act?\n\
                The Secretary of State for Health (Ian Holm): Indeed.\n\
                Vladimir Putin (answering a question): No.\n\
                Dr. Ana Ruiz, Chief Economist, Osk Bank: Growth slowed.\n";
    let doc = crate::parse(text);
    let analysis = crate::analyze(&doc, text);
    let people: Vec<(&str, Option<&str>)> = analysis
        .speakers()
        .iter()
        .map(|s| {
            (
                s.name.text.as_str(),
                s.role.as_ref().map(|r| r.text.as_str()),
            )
        })
        .collect();
    assert_eq!(
        people,
        [
            ("Rhona Vale", Some("Prime Minister")),
            ("Ian Holm", Some("Secretary of State for Health")),
            ("Vladimir Putin", None),
            ("Ana Ruiz", Some("Chief Economist, Osk Bank")),
        ]
    );
    // The second and third turns are the same person.
    let of: Vec<Option<usize>> = doc.turns().map(|t| analysis.speaker_of(t.id())).collect();
    assert_eq!(of, [Some(0), Some(1), Some(1), Some(2), Some(3)]);
}

#[test]
fn an_office_alone_is_the_holder_named_before() {
    // Hansard names the holder once, then prints the office alone; an office nobody was
    // named for stays a speaker of its own.
    let text = "The Prime Minister (Rhona Vale): Thank you.\n\
                Mr Ian Holm (Leeds North) (Lab): Will she act?\n\
                The Prime Minister: She will.\n\
                The Chancellor: And so will I.\n";
    let doc = crate::parse(text);
    let analysis = crate::analyze(&doc, text);
    let of: Vec<Option<usize>> = doc.turns().map(|t| analysis.speaker_of(t.id())).collect();
    assert_eq!(of, [Some(0), Some(1), Some(0), Some(2)]);
    assert_eq!(analysis.speakers().len(), 3);
    assert_eq!(analysis.speakers()[0].name.text, "Rhona Vale");
}
