//! The pathological input families, shared by `tests/pathological.rs` (moderate sizes, with
//! assertions) and `benches/pathological.rs` (time per byte at 1×, 8× and 64×).
//!
//! Each family is a function of a repetition count `n`; its output grows linearly in `n`.
//! In the spirit of cmark's pathological tests: inputs that a careless parser handles in
//! quadratic time, deep recursion or unbounded memory.

/// A named family.
pub struct Family {
    /// Name, as in the benchmark table.
    pub name: &'static str,
    /// The input for repetition count `n`.
    pub make: fn(usize) -> String,
}

/// Every family, in the order of the table.
pub const FAMILIES: &[Family] = &[
    Family {
        name: "unclosed_open_quotes",
        make: unclosed_open_quotes,
    },
    Family {
        name: "alternating_curly_marks",
        make: alternating_curly_marks,
    },
    Family {
        name: "empty_labels",
        make: empty_labels,
    },
    Family {
        name: "colons",
        make: colons,
    },
    Family {
        name: "single_long_line",
        make: single_long_line,
    },
    Family {
        name: "blank_lines",
        make: blank_lines,
    },
    Family {
        name: "lone_cr",
        make: lone_cr,
    },
    Family {
        name: "nul_bytes",
        make: nul_bytes,
    },
    Family {
        name: "every_paragraph_a_label",
        make: every_paragraph_a_label,
    },
    Family {
        name: "nested_parens_in_label",
        make: nested_parens_in_label,
    },
    Family {
        name: "thousands_separators",
        make: thousands_separators,
    },
    Family {
        name: "scale_words",
        make: scale_words,
    },
    Family {
        name: "currency_run",
        make: currency_run,
    },
    Family {
        name: "click_here",
        make: click_here,
    },
    Family {
        name: "abbreviations",
        make: abbreviations,
    },
    Family {
        name: "unclosed_quoted_turns",
        make: unclosed_quoted_turns,
    },
    Family {
        name: "headings",
        make: headings,
    },
    Family {
        name: "long_label_prefix",
        make: long_label_prefix,
    },
    Family {
        name: "us_chain",
        make: us_chain,
    },
    Family {
        name: "straight_quotes",
        make: straight_quotes,
    },
    Family {
        name: "crlf_everywhere",
        make: crlf_everywhere,
    },
    Family {
        name: "bom_nbsp",
        make: bom_nbsp,
    },
    Family {
        name: "reopened_paragraphs",
        make: reopened_paragraphs,
    },
    Family {
        name: "mixed_quote_styles",
        make: mixed_quote_styles,
    },
    Family {
        name: "record_labels",
        make: record_labels,
    },
    Family {
        name: "separators",
        make: separators,
    },
    Family {
        name: "wrapped_lines",
        make: wrapped_lines,
    },
    Family {
        name: "nested_open_quotes_in_turn",
        make: nested_open_quotes_in_turn,
    },
    Family {
        name: "voice_tags_and_cue_ids",
        make: voice_tags_and_cue_ids,
    },
    Family {
        name: "numbered_questions",
        make: numbered_questions,
    },
    Family {
        name: "q_one_space_and_closing",
        make: q_one_space_and_closing,
    },
    Family {
        name: "anchor_words",
        make: anchor_words,
    },
    Family {
        name: "transcript_exports",
        make: transcript_exports,
    },
    Family {
        name: "names_alone",
        make: names_alone,
    },
    Family {
        name: "stop_dash",
        make: stop_dash,
    },
];

/// `Putin: “““…`: one turn whose quotation opens `n + 1` times and never closes.
pub fn unclosed_open_quotes(n: usize) -> String {
    format!("Putin: “{}", "“".repeat(n))
}

/// `Putin: “ ” ‘ ’ “ ” ‘ ’ …` on one line.
pub fn alternating_curly_marks(n: usize) -> String {
    format!("Putin: {}", "“ ” ‘ ’ ".repeat(n))
}

/// `A:\n` `n` times: `n` speaker labels with nothing after them.
pub fn empty_labels(n: usize) -> String {
    "A:\n".repeat(n)
}

/// `n` colons on one line.
pub fn colons(n: usize) -> String {
    ":".repeat(n)
}

/// One line of `n` words, no line break.
pub fn single_long_line(n: usize) -> String {
    "trade grew ".repeat(n)
}

/// `n` line feeds and nothing else.
pub fn blank_lines(n: usize) -> String {
    "\n".repeat(n)
}

/// `n` question-and-answer pairs, every line ended by a lone carriage return.
pub fn lone_cr(n: usize) -> String {
    "Q: Why?\rA: Because.\r".repeat(n)
}

/// `a\0` `n` times: `n` separate runs of control characters on one line.
pub fn nul_bytes(n: usize) -> String {
    "a\0".repeat(n)
}

/// `n` pairs of turns: every paragraph opens with a label.
pub fn every_paragraph_a_label(n: usize) -> String {
    "Alpha: Yes.\nBravo: No.\n".repeat(n)
}

/// `Putin ((((…x))))): hi`: parentheses nested `n` deep where a label's aside would be.
pub fn nested_parens_in_label(n: usize) -> String {
    format!("Putin {}x{}: hi", "(".repeat(n), ")".repeat(n))
}

/// `Trade reached US$1,000,000,…,000 in 2024.`: one number with `n` thousands separators.
pub fn thousands_separators(n: usize) -> String {
    format!("Trade reached US$1{} in 2024.", ",000".repeat(n))
}

/// `Trade reached US$1 million million … in 2024.`
pub fn scale_words(n: usize) -> String {
    format!("Trade reached US$1{} in 2024.", " million".repeat(n))
}

/// `$€£¥₽` `n` times, then a number.
pub fn currency_run(n: usize) -> String {
    format!("{}5", "$€£¥₽".repeat(n))
}

/// `Please click here. ` `n` times in one paragraph.
pub fn click_here(n: usize) -> String {
    "Please click here. ".repeat(n)
}

/// `Mr. Mr. Mr. …` on one line.
pub fn abbreviations(n: usize) -> String {
    "Mr. ".repeat(n)
}

/// `Putin: “Hello\n` `n` times: every turn opens a quotation that the next label cuts off.
pub fn unclosed_quoted_turns(n: usize) -> String {
    "Putin: “Hello\n".repeat(n)
}

/// `Summary\n## Further Reading\n` `n` times: `2n` headings, the link-list ones all empty.
pub fn headings(n: usize) -> String {
    "Summary\n## Further Reading\n".repeat(n)
}

/// `n` lines that look like a label of 25 capitalised words, one more than a label may have.
pub fn long_label_prefix(n: usize) -> String {
    let prefix = ["Alpha"; 25].join(" ");
    format!("{prefix}: hi\n").repeat(n)
}

/// `U.S.U.S.U.S.…` on one line, then a sentence.
pub fn us_chain(n: usize) -> String {
    format!("{} trade grew.", "U.S.".repeat(n))
}

/// `Alpha: "Yes."\n` `n` times: quotations in straight marks only.
pub fn straight_quotes(n: usize) -> String {
    "Alpha: \"Yes.\"\n".repeat(n)
}

/// A heading and a two-paragraph quoted turn, `n` times, CRLF everywhere.
pub fn crlf_everywhere(n: usize) -> String {
    "Summary\r\n\r\nPutin: “Hello.\r\n\r\nWe met.”\r\n\r\n".repeat(n)
}

/// A byte-order mark, then `n` turns each indented by fifty no-break spaces.
pub fn bom_nbsp(n: usize) -> String {
    let line = format!("{}Putin:\u{a0}“Yes.”\n", "\u{a0}".repeat(50));
    format!("\u{feff}{}", line.repeat(n))
}

/// One quoted turn of `n + 2` paragraphs, each re-opened with `“` (the English convention).
pub fn reopened_paragraphs(n: usize) -> String {
    format!("Putin: “Start.\n{}“End.”\n", "“More.\n".repeat(n))
}

/// `Putin: “Hello.»\n` `n` times: each quotation closes in another style.
pub fn mixed_quote_styles(n: usize) -> String {
    "Putin: “Hello.»\n".repeat(n)
}

/// `n` Congressional Record turns, blank-line separated and indented.
pub fn record_labels(n: usize) -> String {
    "  Mr. SMITH. I yield.\n\n".repeat(n)
}

/// `* * *\n` `n` times.
pub fn separators(n: usize) -> String {
    "* * *\n".repeat(n)
}

/// One hard-wrapped paragraph of `n` lines that each break mid-sentence.
pub fn wrapped_lines(n: usize) -> String {
    format!("The talks,\n{}went on.\n", "and the talks,\n".repeat(n))
}

/// `Putin: “a “b “c …`: opening marks nested `n` deep inside one turn's first paragraph,
/// then `n` paragraphs of text that do not close them.
pub fn nested_open_quotes_in_turn(n: usize) -> String {
    format!("Putin: “{}\n{}", "a “".repeat(n), "more\n".repeat(n))
}

/// A WebVTT file of `n` cues, each with an identifier, a timing line and a voice tag (the
/// identifier is found by looking at the next line).
pub fn voice_tags_and_cue_ids(n: usize) -> String {
    let cue = "id/1\n00:00:01.000 --> 00:00:02.000\n<v Ana Reyes>Hello, 3 times.</v>\n\n";
    format!("WEBVTT\n\n{}", cue.repeat(n))
}

/// `n` numbered questions in Hansard's form, and `n` numbered list items that look like them.
pub fn numbered_questions(n: usize) -> String {
    "1. Jane Whitfield (Northbridge) (Lab): Why?\n2. Housing (phase one): Build.\n".repeat(n)
}

/// A label, then `n` questions with one space after `Q`, closing lines and end markers.
pub fn q_one_space_and_closing(n: usize) -> String {
    format!(
        "MS. LEE: Good afternoon.\n\n{}",
        "Q Thank you. When?\n\nEND 2:15 P.M.\n\nCopyright © 2025 X.\n\nNote: edited.\n\n".repeat(n)
    )
}

/// One sentence of `n` anchor words and fractions, every word a figure's start.
pub fn anchor_words(n: usize) -> String {
    format!("{}.\n", "a third of half of two years ".repeat(n))
}

/// Lines in the shapes of transcription exports, each on a path of its own: a time after a
/// label's colon, a bracketed name and time, a bracketed time and a name, a title in strong
/// emphasis, a name and a firm after a spaced hyphen, a ratio and a tally, closing matter.
pub fn transcript_exports(n: usize) -> String {
    "Ana Reyes: (00:01)\nYes.\n[Kofi Mensah] 14:02:33 One in 5 voted 7 to 2.\n\
     [00:00:05] Aiko Tanabe\n**Floods**\nSam Okafor - Birchwood Securities\n\
     Q Dana --\n(The briefing was concluded at 2:51 p.m.)\n"
        .repeat(n)
}

/// `n` names alone on their lines with speech below, no name heard twice (every look ahead
/// for the habit finds none), then `n` times two names that come back.
pub fn names_alone(n: usize) -> String {
    let mut s = String::new();
    for i in 0..n {
        // A made-up name per line: `Zab Vale`, `Zbb Vale`, …
        let mut name = String::from("Z");
        let mut k = i;
        loop {
            name.push(char::from(b'a' + (k % 26) as u8));
            k /= 26;
            if k == 0 {
                break;
            }
        }
        s.push_str(&name);
        s.push_str(" Vale\nWe begin.\n");
    }
    s.push_str(&"ANA RUIZ\nHello.\nBEN OKAFOR\nHi.\n".repeat(n));
    s
}

/// `n` paragraphs with a stop and a dash at every turn, and `n` labels that end that way.
pub fn stop_dash(n: usize) -> String {
    "It rose. – And fell. - Then. — Again. – So.\n\nPresident. – Order.\n\n".repeat(n)
}
