//! Tests of the units pass: how lines group into units and what class each unit takes.

use super::*;

/// `(start, end, class)` of every unit; the class as a short name.
fn shapes(text: &str, layout: Layout) -> Vec<(usize, usize, &'static str)> {
    units(text, layout)
        .iter()
        .map(|u| {
            let class = match u.class {
                Class::Separator => "separator",
                Class::Heading { .. } => "heading",
                Class::Label(_) => "label",
                Class::Text => "text",
                Class::Narration => "narration",
                Class::Closing => "closing",
                Class::Inserted => "inserted",
                Class::Title => "title",
                Class::PageMarker => "page",
            };
            (u.start(), u.end(), class)
        })
        .collect()
}

const BLANK: Layout = Layout::BlankLineSeparated;

#[test]
fn record_paragraphs_narration_and_inserted_material() {
    let t = "  Mr. HOLLIS. I rise\nto speak.\n  The bill clerk read the roll.\n       Dear Anne: the harbour\n     is open.\n  Mrs. VANCE. Yes.\n";
    assert_eq!(
        shapes(t, BLANK),
        vec![
            (2, 30, "label"),
            (33, 62, "narration"),
            (70, 106, "inserted"),
            (109, 125, "label"),
        ]
    );
}

/// The classes alone, one a unit.
fn classes(text: &str, layout: Layout) -> Vec<&'static str> {
    shapes(text, layout)
        .into_iter()
        .map(|(_, _, c)| c)
        .collect()
}

const LINES: Layout = Layout::LinePerParagraph;

#[test]
fn colon_labels_in_capitals_among_record_labels() {
    // A hearing's witness after the chairman's Record-style label; a letter's salutation
    // in mixed case stays text.
    let t = "  Chairman GRAVES. We begin.\n  MR. CASTELLANOS: Thank you.\n  Dear Senator Quist: I write.\n";
    assert_eq!(classes(t, BLANK), ["label", "label", "text"]);
}

#[test]
fn closing_matter_and_what_only_looks_like_it() {
    // A notice and an end marker close; a label about copyright and a clip's end do not.
    let t = "MS. LEE: Thanks.\nEND 2:15 P.M. EDT\nCopyright © 2025 Harbor Radio.\n";
    assert_eq!(classes(t, LINES), ["label", "closing", "closing"]);
    let t = "Chairman Holt: We begin.\nCopyright Office Director Ana Reyes: Thank you.\n";
    assert_eq!(classes(t, LINES), ["label", "label"]);
    let t = "MS. LEE: We watched the tape.\n(END OF VIDEO CLIP)\nAnd that was it.\n";
    assert_eq!(classes(t, LINES), ["label", "text", "text"]);
}

#[test]
fn labels_that_only_look_like_them() {
    // A street after `Q`, a list item with a parenthetical, a heading's number.
    let t = "MAYOR LEE: The road is shut.\nQ Street will reopen on Monday.\n";
    assert_eq!(classes(t, LINES), ["label", "text"]);
    let t = "MAYOR LEE: The road is shut.\nQ Thank you. When?\n";
    assert_eq!(classes(t, LINES), ["label", "label"]);
    let t =
        "1. Housing (phase one): Build 500 homes.\n2. Jane Whitfield (Northbridge) (Lab): Why?\n";
    assert_eq!(classes(t, LINES), ["text", "label"]);
    let t = "STEP 1: Open the box.\nUNIDENTIFIED PERSON #1: No.\n";
    assert_eq!(classes(t, LINES), ["text", "label"]);
    // An agenda's times after the colon are no Hansard seat: no numbered labels.
    let t = "Agenda\n2. Budget Review: (10:15)\n3. Fleet Renewal: (10:45)\n";
    assert!(!classes(t, LINES).contains(&"label"));
    // A table of who sat where, with dot leaders; fields before a list of people.
    let t = "President:    Mr. Dufresne . . . . . (France)\nWitnesses: Ana Ruiz, Ben Okafor\n";
    assert!(!classes(t, LINES).contains(&"label"));
}

#[test]
fn chapter_lists_are_not_time_first_labels() {
    // Every line of a list of chapters, the last one too; a speaker's line after it is one.
    let t =
        "[00:00] Welcome Back\n[03:12] Rate Outlook\n\nSo it begins.\n[04:00] Ana Reyes\nHello.\n";
    assert_eq!(classes(t, LINES), ["text", "text", "text", "label", "text"]);
}

#[test]
fn a_hyphen_name_line_needs_a_label_before_it() {
    // Before any label: a title.
    let t = "Fund Flows - Emerging Markets\nInvestors pulled money.\n";
    assert_eq!(classes(t, LINES), ["heading", "text"]);
    let t = "Operator\nGo ahead.\nSam Okafor - Birchwood Securities\nThanks.\n";
    assert_eq!(classes(t, LINES), ["label", "text", "label", "text"]);
}

#[test]
fn section_names_alone_before_a_colon_are_titles() {
    for head in [
        "Summary:",
        "Participants:",
        "Prepared remarks:",
        "Highlights:",
    ] {
        let t = format!("{head}\nThe talks went well.\n");
        assert_eq!(classes(&t, LINES), ["heading", "text"], "{t:?}");
    }
    // With words after the colon, a section's name is neither a title nor a speaker.
    assert_eq!(classes("Highlights: Sales rose.\n", LINES), ["text"]);
}

#[test]
fn a_webvtt_signature_opens_the_text() {
    let t = "Formats\n\nWEBVTT is the format the player reads.\n\n2024\n\n1500\n";
    assert!(!classes(t, LINES).contains(&"page"));
    let t = "WEBVTT\n\nab12/3-0\n00:00:01.000 --> 00:00:02.000\nHello.\n";
    assert_eq!(classes(t, LINES), ["heading", "page", "page", "text"]);
}

#[test]
fn page_markers_stand_alone() {
    let t = "  Mr. HOLLIS. The harbour is\n\n[[Page S12]]\n\nclosed for the winter.\n";
    assert_eq!(
        shapes(t, BLANK),
        vec![(2, 28, "label"), (30, 42, "page"), (44, 66, "text")]
    );
    let t = "  Mr. HOLLIS. The harbour is\n[[Page S12]]\nclosed for the winter.\n";
    assert_eq!(
        shapes(t, BLANK),
        vec![(2, 28, "label"), (29, 41, "page"), (42, 64, "text")]
    );
}

#[test]
fn a_centred_title_may_wrap() {
    let t = "          HARBOUR TALKS\n            RESUME\n  Mr. HOLLIS. Yes.\n";
    assert_eq!(shapes(t, BLANK), vec![(10, 42, "title"), (45, 61, "label")]);
}

#[test]
fn narration_in_the_first_person_is_speech() {
    let t = "  Mr. HOLLIS. Yes.\n  The bill was read, and I voted for it.\n";
    assert_eq!(shapes(t, BLANK), vec![(2, 18, "label"), (21, 59, "text")]);
}

#[test]
fn record_labels_switch_colon_labels_off() {
    let t = "  Mr. HOLLIS. Yes.\n  Senate Historian: Anne Holt.\n";
    assert_eq!(shapes(t, BLANK), vec![(2, 18, "label"), (21, 49, "text")]);
    let t = "Senate Historian: Anne Holt.";
    assert_eq!(shapes(t, Layout::LinePerParagraph), vec![(0, 28, "label")]);
}

#[test]
fn a_lower_case_label_starts_a_paragraph_only() {
    let t = "Anton Grell said that the\nharbour master of Osk Ilse Marrow: We agree.\n\nharbour master of Osk Ilse Marrow: We agree.\n";
    // The first label-like line continues a wrapped sentence; the second starts a
    // paragraph after a blank line.
    assert_eq!(shapes(t, BLANK), vec![(0, 70, "text"), (72, 116, "label")]);
}

#[test]
fn a_one_line_text_is_a_heading_only_by_its_look() {
    let line = Layout::LinePerParagraph;
    assert_eq!(shapes("The fee is $5 million", line), vec![(0, 21, "text")]);
    assert_eq!(
        shapes("Meeting with harbour pilots", line),
        vec![(0, 27, "text")]
    );
    assert_eq!(shapes("Summary", line), vec![(0, 7, "heading")]);
    let t = "Meeting with harbour pilots\n\nThe pilots came.\n";
    assert_eq!(shapes(t, line), vec![(0, 27, "heading"), (29, 45, "text")]);
}

#[test]
fn a_unit_stays_small() {
    // The units of a turn are kept until it ends; a long turn of short lines keeps many.
    assert!(std::mem::size_of::<Unit>() <= 32);
}

#[test]
fn a_list_of_participants_is_no_turns() {
    // Each name and role is followed by another, the last by `Operator`: a list. A name and a
    // role with speech below it opens a turn.
    let t = "Participants\nNadia Lindgren -- Chief Executive Officer\nErin Cho -- Analyst, Morgan Fairley\n\n\
             Operator\nGood day.\nNadia Lindgren -- Chief Executive Officer\nThank you.\n";
    assert_eq!(
        classes(t, LINES),
        ["heading", "text", "text", "label", "text", "label", "text"]
    );
}

#[test]
fn a_first_label_whose_speech_has_no_stop() {
    // A transcript may open at its first speaker, the speech without a stop: a turn.
    let t = "Host: Welcome back to the show\nGuest: Thanks.\n";
    assert_eq!(classes(t, LINES), ["label", "label"]);
}
