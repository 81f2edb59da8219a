//! The label grammars' word lists. Each list is a `match` (the compiler turns it into a
//! dispatch on length and bytes, much cheaper than walking a slice of strings). The lists
//! that ignore case take the bytes of a word lowercased with [`Lower`]; the others take the
//! word as written and say they are case-sensitive.

/// An ASCII-lowercased copy of a short word, on the stack: no allocation per label. Bytes
/// outside ASCII are copied unchanged, so `Editor’s Note` lowers to `editor’s note`. A word
/// longer than the buffer lowers to the empty string, which no list contains.
pub(super) struct Lower {
    buf: [u8; 24],
    len: usize,
}

impl Lower {
    pub(super) fn new(word: &str) -> Self {
        let mut buf = [0u8; 24];
        let bytes = word.as_bytes();
        if bytes.len() > buf.len() {
            return Lower { buf, len: 0 };
        }
        for (d, s) in buf.iter_mut().zip(bytes) {
            *d = s.to_ascii_lowercase();
        }
        Lower {
            buf,
            len: bytes.len(),
        }
    }

    /// The lowered bytes: the lists compare bytes, so the copy need not be checked as UTF-8
    /// again (only ASCII bytes changed, so it is as valid as the word was).
    pub(super) fn as_bytes(&self) -> &[u8] {
        self.buf.get(..self.len).unwrap_or_default()
    }
}

/// Lower-case words that may stand inside a title or a name (case-sensitive):
/// `President of the Republic`, `Ursula von der Leyen`, `The SPEAKER pro tempore`.
pub(super) fn connector(w: &str) -> bool {
    matches!(
        w,
        "of" | "the" | "and" | "for" | "in" | "at" | "on" | "to" | "pro" | "tempore"
    ) || particle(w)
}

/// Lower-case particles of a person's name (case-sensitive): `Ursula von der Leyen`,
/// `Ana María de Souza`, `Mohammed bin Salman`.
pub(super) fn particle(w: &str) -> bool {
    matches!(
        w,
        "de" | "da"
            | "del"
            | "der"
            | "van"
            | "von"
            | "bin"
            | "al"
            | "la"
            | "le"
            | "y"
            | "du"
            | "des"
            | "di"
            | "dos"
            | "do"
            | "ibn"
            | "el"
    )
}

/// Labels that name a role rather than a person: `Q:`, `Question:`, `Unidentified speaker:`.
pub(super) fn generic(w: &[u8]) -> bool {
    matches!(
        w,
        b"q" | b"a"
            | b"question"
            | b"answer"
            | b"remark"
            | b"reply"
            | b"response"
            | b"comment"
            | b"interviewer"
            | b"interviewee"
            | b"respondent"
            | b"narrator"
            | b"audience"
            | b"voice"
            | b"voices"
            | b"speaker"
            | b"participant"
            | b"moderator"
            | b"reporter"
            | b"journalist"
            | b"correspondent"
            | b"presenter"
            | b"interpreter"
            | b"host"
            | b"follow-up"
            | b"unidentified speaker"
    )
}

/// The House of Commons' voices from the benches, lowercased: `Hon. Members:`, `Some hon.
/// Members:`, `An hon. Member:`. Nobody's name: a generic label.
pub(super) fn benches(w: &[u8]) -> bool {
    matches!(
        w,
        b"hon. members"
            | b"hon. member"
            | b"some hon. members"
            | b"several hon. members"
            | b"an hon. member"
    )
}

/// Roles that may name a speaker alone on a line (lowercased): an earnings call's
/// `Operator`, a panel's `Moderator`, `Unidentified Analyst`.
pub(super) fn role_alone(w: &[u8]) -> bool {
    matches!(
        w,
        b"operator"
            | b"moderator"
            | b"interviewer"
            | b"interviewee"
            | b"narrator"
            | b"announcer"
            | b"unidentified speaker"
            | b"unidentified analyst"
            | b"unidentified participant"
            | b"unknown speaker"
            | b"unknown analyst"
    )
}

/// The prepositions of a qualified generic label: `Question from the hall:`,
/// `Question to the Minister:` (case-sensitive).
pub(super) fn qualifier(w: &str) -> bool {
    matches!(w, "from" | "to" | "for" | "by" | "of" | "in" | "at" | "on")
}

/// Lower-case role nouns that may end a short label: `Female voice:`, `Audience member:`,
/// `Unidentified speaker:` (case-sensitive).
pub(super) fn role_noun(w: &str) -> bool {
    matches!(
        w,
        "voice"
            | "voices"
            | "speaker"
            | "participant"
            | "member"
            | "moderator"
            | "presenter"
            | "host"
            | "interpreter"
            | "correspondent"
            | "journalist"
            | "reporter"
            | "student"
            | "resident"
            | "representative"
    )
}

/// Words that make the role after a dash a role (`Laura Chen -- Chief Executive Officer`,
/// `Mark Diaz -- Analyst, Harbor Securities`), capitalised as such a line prints them.
pub(super) fn dash_role(w: &str) -> bool {
    matches!(
        w,
        "Officer"
            | "Executive"
            | "President"
            | "Vice"
            | "Analyst"
            | "Director"
            | "Head"
            | "Chairman"
            | "Chairwoman"
            | "Chair"
            | "Founder"
            | "Co-Founder"
            | "Manager"
            | "Treasurer"
            | "Counsel"
            | "Secretary"
            | "Partner"
            | "Controller"
            | "Relations"
            | "CEO"
            | "CFO"
            | "COO"
            | "CTO"
            | "VP"
            | "SVP"
            | "EVP"
            | "Host"
            | "Moderator"
            | "Minister"
            | "Spokesperson"
            | "Economist"
            | "Correspondent"
            | "Reporter"
            | "Editor"
            | "Anchor"
            | "Strategist"
    )
}

/// Words that open a sentence but never a label, lowercased: pronouns, conjunctions,
/// prepositions, salutations and vocatives. `I would like to say to Mr Uyba:`,
/// `And a question for President Putin:`, `About the budget:`, `Dear Senator Grassley:`,
/// `To the Senate of the United States:`, `Ladies and Gentlemen, friends:`. (`His` and
/// `Her` are missing on purpose: `His Holiness Patriarch Kirill:` is a label.)
pub(super) fn never_first(w: &[u8]) -> bool {
    matches!(
        w,
        b"i" | b"we"
            | b"you"
            | b"he"
            | b"she"
            | b"it"
            | b"they"
            | b"this"
            | b"that"
            | b"these"
            | b"those"
            | b"there"
            | b"here"
            | b"and"
            | b"but"
            | b"or"
            | b"so"
            | b"as"
            | b"about"
            | b"for"
            | b"with"
            | b"to"
            | b"in"
            | b"on"
            | b"at"
            | b"by"
            | b"if"
            | b"when"
            | b"while"
            | b"after"
            | b"before"
            | b"since"
            | b"because"
            | b"although"
            | b"though"
            | b"now"
            | b"then"
            | b"dear"
            | b"my"
            | b"our"
            | b"your"
            | b"its"
            | b"an"
            | b"let"
            | b"please"
            | b"thank"
            | b"thanks"
            | b"yes"
            | b"no"
            | b"well"
            | b"also"
            | b"just"
            | b"only"
            | b"even"
            | b"of"
            | b"what"
            | b"which"
            | b"who"
            | b"why"
            | b"how"
            | b"where"
            | b"one"
            | b"some"
            | b"every"
            | b"each"
            | b"both"
            | b"many"
            | b"most"
            | b"ladies"
            | b"gentlemen"
            | b"colleagues"
            | b"friends"
            | b"comrades"
            | b"hello"
            | b"again"
            | b"today"
    )
}

/// Lower-case words that never stand inside a label (case-sensitive): pronouns, auxiliary
/// and common verbs, and the like. A colon after them ends a lead-in inside a sentence
/// (`I would like to say to Mr Uyba and Mr Mutko:`), not a label.
pub(super) fn never_inside(w: &str) -> bool {
    crate::lexical::pronoun_or_auxiliary(w)
        || matches!(
            w,
            "i" | "his"
                | "its"
                | "this"
                | "that"
                | "these"
                | "those"
                | "be"
                | "been"
                | "being"
                | "have"
                | "has"
                | "had"
                | "say"
                | "said"
                | "says"
                | "like"
                | "want"
                | "think"
                | "know"
                | "see"
                | "let"
                | "tell"
                | "told"
                | "ask"
                | "asked"
                | "mean"
                | "thank"
                | "hope"
                | "believe"
                | "need"
                | "not"
                | "no"
                | "yes"
                | "here"
                | "there"
                | "just"
                | "also"
                | "only"
                | "very"
                | "so"
                | "now"
                | "then"
                | "what"
                | "which"
                | "who"
                | "how"
                | "why"
                | "when"
                | "where"
                | "if"
                | "because"
                | "but"
                | "or"
                | "about"
                | "with"
                | "as"
                | "than"
                | "dear"
        )
}

/// Words that, alone before a colon, enumerate points inside speech rather than name a
/// speaker: `First:`, `Secondly:`, `Finally:`.
pub(super) fn enumeration(w: &[u8]) -> bool {
    matches!(
        w,
        b"first"
            | b"second"
            | b"third"
            | b"fourth"
            | b"fifth"
            | b"sixth"
            | b"seventh"
            | b"eighth"
            | b"ninth"
            | b"tenth"
            | b"firstly"
            | b"secondly"
            | b"thirdly"
            | b"fourthly"
            | b"fifthly"
            | b"finally"
            | b"lastly"
            | b"last"
            | b"next"
            | b"besides"
            | b"moreover"
            | b"furthermore"
            | b"however"
            | b"therefore"
            | b"thus"
            | b"hence"
            | b"additionally"
            | b"importantly"
            | b"incidentally"
            | b"meanwhile"
            | b"otherwise"
            | b"ok"
            | b"okay"
            | b"two"
            | b"three"
            | b"four"
            | b"five"
            | b"six"
            | b"seven"
            | b"eight"
            | b"nine"
            | b"ten"
            | b"result"
            | b"results"
            | b"problem"
            | b"reason"
            | b"tomorrow"
            | b"yesterday"
    )
}

/// Capitalised words that introduce a field or a section, not a speaker (`Note: ...`),
/// lowercased; compared with the whole name.
pub(super) fn not_speaker(w: &[u8]) -> bool {
    matches!(
        w,
        b"note"
            | b"notes"
            | b"editor's note"
            | b"editor\xE2\x80\x99s note"
            | b"update"
            | b"updated"
            | b"source"
            | b"sources"
            | b"photo"
            | b"photos"
            | b"image"
            | b"summary"
            | b"related"
            | b"see also"
            | b"read more"
            | b"tags"
            | b"topics"
            | b"date"
            | b"time"
            | b"location"
            | b"venue"
            | b"agenda"
            | b"subject"
            | b"re"
            | b"fwd"
            | b"from"
            | b"to"
            | b"cc"
            | b"warning"
            | b"disclaimer"
            | b"background"
            | b"context"
            | b"conclusion"
            | b"keywords"
            | b"abstract"
            | b"example"
            | b"examples"
            | b"caption"
            | b"credit"
            | b"credits"
            | b"transcript"
            | b"attendees"
            | b"present"
            | b"also present"
            | b"absent"
            | b"witnesses"
            | b"witness list"
            | b"guests"
            | b"guest list"
            | b"panelists"
            | b"panellists"
            | b"panel"
            | b"members"
            | b"members present"
            | b"members absent"
            | b"moved"
            | b"seconded"
            | b"motion"
            | b"vote"
            | b"votes"
            | b"result"
            | b"ayes"
            | b"nays"
            | b"noes"
            | b"contact"
            | b"email"
            | b"e-mail"
            | b"phone"
            | b"tel"
            | b"fax"
            | b"address"
            | b"website"
            | b"web"
            | b"url"
            | b"link"
            | b"links"
            | b"p.s"
            | b"ps"
            | b"nb"
            | b"n.b"
            | b"tl;dr"
            | b"step"
            | b"part"
            | b"chapter"
            | b"section"
            | b"figure"
            | b"table"
            | b"total"
            | b"price"
            | b"cost"
            // News kickers before a headline or a lead: `Exclusive: The minister …`.
            | b"exclusive"
            | b"breaking"
            | b"breaking news"
            | b"just in"
            | b"live"
            | b"watch"
            | b"listen"
            | b"opinion"
            | b"editorial"
            | b"explainer"
            | b"factbox"
            | b"fact check"
            | b"correction"
            | b"clarification"
            | b"important"
            | b"reminder"
            | b"tip"
            | b"tips"
            | b"steps"
            | b"duration"
            | b"speakers"
            | b"participants"
            // A press release's contacts: `Media Contact:` and a name on the next line.
            | b"media contact"
            | b"media contacts"
            | b"press contact"
            | b"press contacts"
            | b"investor contact"
            | b"investor contacts"
            | b"media inquiries"
            | b"press inquiries"
            | b"media enquiries"
            | b"press enquiries"
            | b"for more information"
            // An article's lead-ins and fact boxes (`Verdict: The plan costs …`), and a
            // fact check's (`Claim: …` / `Fact: …`).
            | b"verdict"
            | b"flashback"
            | b"caveat"
            | b"takeaway"
            | b"takeaways"
            | b"the takeaway"
            | b"status"
            | b"budget"
            | b"forecast"
            | b"details"
            | b"outlook"
            | b"translation"
            | b"score"
            | b"weather"
            | b"deadline"
            | b"rating"
            | b"bottom line"
            | b"the bottom line"
            | b"big picture"
            | b"the big picture"
            | b"lesson"
            | b"lessons"
            | b"quote"
            | b"fact"
            | b"facts"
            | b"the facts"
            | b"claim"
            | b"reality"
            | b"tickets"
            | b"admission"
            | b"hours"
            | b"format"
            | b"lineup"
            | b"pick"
            | b"prediction"
            | b"stakes"
            | b"numbers"
            | b"by the numbers"
            | b"impact"
            | b"reaction"
            | b"solution"
            | b"goal"
            | b"plan"
            | b"idea"
            | b"recap"
            | b"catch-up"
            | b"bonus"
            | b"alert"
            | b"advisory"
            | b"headline"
            | b"headlines"
            | b"dateline"
            | b"byline"
            // A company's or a report's figures and fields (`Revenue: $2.1 billion, up 8%.`).
            | b"revenue"
            | b"revenues"
            | b"sales"
            | b"margin"
            | b"margins"
            | b"guidance"
            | b"earnings"
            | b"profit"
            | b"net income"
            | b"operating income"
            | b"cash flow"
            | b"free cash flow"
            | b"dividend"
            | b"valuation"
            | b"price target"
            | b"target"
            | b"targets"
            | b"risk"
            | b"risks"
            | b"funding"
            | b"outcome"
            | b"disclosure"
            | b"recommendation"
            | b"rationale"
            | b"criteria"
            | b"comment"
            | b"comments"
    )
}

/// Titles abbreviated in four letters or more, which a label may open with (`Prof. Oduya:`,
/// `CAPT. HOLT:`), any case; shorter ones (`Dr.`, `Gen.`, `Lt.`) pass as abbreviations anyway.
pub(super) fn title_abbreviation(w: &str) -> bool {
    [
        "prof", "capt", "cmdr", "comdr", "insp", "supt", "brig", "atty", "asst", "pres", "lieut",
        "sergt", "assoc", "amb",
    ]
    .iter()
    .any(|t| t.eq_ignore_ascii_case(w))
}

/// The offices that a Congressional Record label after `The` ends with, in capitals (case-sensitive):
/// `The PRESIDING OFFICER.`, `The SPEAKER pro tempore.`, `The Acting CHAIRMAN.`.
pub(super) fn office(w: &str) -> bool {
    matches!(
        w,
        "OFFICER"
            | "SPEAKER"
            | "PRESIDENT"
            | "CHAIRMAN"
            | "CHAIRWOMAN"
            | "CHAIR"
            | "CLERK"
            | "CHAPLAIN"
            | "JUSTICE"
            | "ARMS"
            | "SECRETARY"
            | "PARLIAMENTARIAN"
            | "LEADER"
    )
}

/// The courtesy titles before a member's name in a Congressional Record label, and the
/// titles a hearing's transcript prints the same way (`Senator HALE.`, `Chairman ORTIZ.`,
/// `General MILLER.`)
/// (case-sensitive).
pub(super) fn courtesy(w: &str) -> bool {
    COURTESY.contains(&w)
}

const COURTESY: &[&str] = &[
    "Mr.",
    "Mrs.",
    "Ms.",
    "Miss",
    "Dr.",
    "Senator",
    "Representative",
    "Chairman",
    "Chairwoman",
    "Chair",
    "Secretary",
    "Ambassador",
    "General",
    "Admiral",
    "Governor",
    "Judge",
    "Commissioner",
    "Director",
    "Mayor",
];

/// Whether `b` may start a Record label: the first letter of a courtesy title, or the `T`
/// of an officer's `The`. One byte rules out most paragraphs before any grammar runs.
pub(super) fn record_initial(b: u8) -> bool {
    matches!(
        b,
        b'M' | b'D' | b'S' | b'R' | b'C' | b'A' | b'G' | b'J' | b'T'
    )
}

/// The first words of a reporter's question after `Q` and one space (`Thank you.`, `So`,
/// `Can`, `The`), lowercased: a capitalised noun there (`Q Street`) is a name, not a question.
pub(super) fn question_opener(w: &[u8]) -> bool {
    matches!(
        w,
        b"thank"
            | b"thanks"
            | b"so"
            | b"what"
            | b"what's"
            | b"how"
            | b"why"
            | b"when"
            | b"where"
            | b"who"
            | b"which"
            | b"is"
            | b"isn't"
            | b"are"
            | b"aren't"
            | b"was"
            | b"were"
            | b"do"
            | b"does"
            | b"did"
            | b"don't"
            | b"can"
            | b"could"
            | b"will"
            | b"would"
            | b"should"
            | b"has"
            | b"have"
            | b"had"
            | b"and"
            | b"but"
            | b"on"
            | b"just"
            | b"yes"
            | b"sure"
            | b"sorry"
            | b"excuse"
            | b"i"
            | b"i'm"
            | b"i'd"
            | b"the"
            | b"a"
            | b"quick"
            | b"follow"
            | b"following"
            | b"going"
            | b"let"
            | b"may"
            | b"okay"
            | b"ok"
            | b"right"
            | b"if"
            | b"in"
            | b"given"
            | b"as"
            | b"back"
            | b"there"
            | b"you"
            | b"any"
            | b"now"
            | b"also"
            | b"one"
            | b"two"
            | b"earlier"
            | b"today"
            | b"yesterday"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_courtesy_title_passes_the_first_byte_filter() {
        for w in COURTESY {
            assert!(w.bytes().next().is_some_and(record_initial), "{w}");
        }
        assert!(record_initial(b'T'));
        assert!(!record_initial(b'Q'));
    }

    #[test]
    fn lowering_keeps_non_ascii_and_refuses_long_words() {
        assert_eq!(
            Lower::new("Editor’s Note").as_bytes(),
            "editor’s note".as_bytes()
        );
        assert_eq!(Lower::new("QUESTION").as_bytes(), b"question");
        assert_eq!(Lower::new(&"x".repeat(25)).as_bytes(), b"");
        assert_eq!(Lower::new(&"x".repeat(24)).as_bytes().len(), 24);
    }

    #[test]
    fn lists_hold_their_words() {
        assert!(not_speaker(Lower::new("Editor’s Note").as_bytes()));
        assert!(generic(b"unidentified speaker"));
        assert!(never_first(b"dear") && !never_first(b"his"));
        assert!(never_inside("would") && !never_inside("of"));
        assert!(enumeration(b"finally") && !enumeration(b"question"));
        assert!(office("OFFICER") && !office("Officer"));
    }
}
