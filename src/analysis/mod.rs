//! Analysis: what each sentence does (its speech act), who speaks, and which sentences are
//! claims.
//!
//! Everything here is a pure function over text and spans, deterministic and explainable:
//! every decision carries the cue that made it, with a machine-readable reason and the span
//! of the words it rests on, so that a user can audit it.
//!
//! # Speech acts
//!
//! [`classify`](fn@classify) gives every sentence exactly one [`Act`]:
//!
//! | act | what the sentence does | example |
//! | --- | --- | --- |
//! | `assertion` | states something checkable: an event, a trend, a state of affairs, a quantity, a past action | "Last spring, our grain exports doubled." |
//! | `opinion` | evaluates or judges; believes; forecasts a development; says what ought to be | "This is a very valuable partnership." |
//! | `question` | asks, by its form or its `?`, or requests information | "I would like to ask about the quotas." |
//! | `thanks` | thanks | "Thank you for your invitation." |
//! | `greeting` | greets, welcomes, or addresses someone | "Good afternoon, colleagues." |
//! | `wish` | hopes, wishes, looks forward | "We very much hope that your country will overcome these difficulties." |
//! | `condolence` | offers condolences or sympathy | "We send our sincere condolences." |
//! | `invitation` | invites, offers or proposes | "We will be delighted to see you in Velsk." |
//! | `promise` | commits the speaker, or states a first-person plan | "I will be very glad to attend." |
//! | `compliment` | praises the person addressed, or congratulates | "I find you a very capable negotiator." |
//! | `meta` | introduces a quotation, sends the reader elsewhere, runs the meeting, or is an editor's note | "Here is what the two ministers said:" |
//!
//! ## Conventions
//!
//! These decide the hard cases; the tests label sentences by them.
//!
//! - **Checkable beats evaluative.** A sentence that joins a checkable statement to an
//!   evaluation, a hope, thanks or another act is an assertion: "Our contacts have grown
//!   steadily, and I think this is good"; "Thank you for your letter; our ministries signed the
//!   protocol on Monday". A checkable clause counts when it stands before the other act's cue,
//!   or after a strong boundary (`;`, `:`, a dash, `, and`, `, but`) that ends the cue's
//!   clause. What the other act governs stays inside it: "We hope trade will reach $5 billion"
//!   is a wish, figure and all.
//! - **Evaluative adverbs do not make opinions.** "Unfortunately, our trade is down" and
//!   "Regrettably, the coastal provinces continue to face floods" are assertions. An
//!   evaluative word after a copula does: "This is a very valuable partnership".
//! - **Factive attitudes state their fact.** "I am pleased that the agreement was signed",
//!   "I am aware that the committee has prepared ...", "it is gratifying that ..." are
//!   assertions.
//! - **Hedged facts are assertions, hedged forecasts opinions.** "Apparently the shipment was
//!   delayed", "I think the shipment arrived on Friday" are assertions; "Trade will probably
//!   grow", "the rules may slow down investment", "I am convinced that the economies will
//!   grow closer" are opinions. A belief (`I think`, `I believe`, `in my view`) is an opinion
//!   unless what it governs is a past event.
//! - **Scheduled events are assertions, forecasts opinions.** "Talks are planned for
//!   November", "The summit will take place in Velsk", "The railway will open in September"
//!   are assertions; "Demand will grow", "This will be beneficial" are opinions.
//! - **First-person commitments and plans are promises**: "we will step up", "we plan to",
//!   "I assure you", "our ministry intends to". Said of others they are assertions ("The
//!   ministry said it would ...").
//! - **Invitations and offers** include "we will be delighted to see you", "we are ready to
//!   supply", "we would be happy to host", "let us work together", "please join us".
//! - **Questions** are recognised by a final `?`, by their form at the start of the sentence
//!   ("Could you tell us ...", "Is it true ..."), or as requests for information phrased as
//!   statements ("I would like to ask about ...", "My question is ...", "Tell us ...").
//! - **Reported speech is an assertion**: that someone said something is checkable. "The
//!   minister said that the pipeline would be completed", "“We will not raise tariffs,” the
//!   spokesperson said", "The President thanked the Prime Minister", "She expressed hope
//!   that ...". A question mark inside a quotation that a verb of saying reports does not make
//!   a question.
//! - **Negated claims stay assertions**: "Trade did not fall last year", "We have never
//!   imported gas from Valdoria". A negated promise is still a promise ("We will not raise
//!   tariffs").
//! - **Performatives are the speaker's own.** Thanks, hopes, invitations and congratulations
//!   count when their subject is `I` or `we` (through `would like to`, `let me`, `very much`)
//!   or when they open a clause ("Thank you", "Congratulations"). "They hope", "the minister
//!   thanked" report an act: assertions.
//! - **Framing is transparent**: "I would like to point out that ...", "I must say that ...",
//!   "I can say with confidence that ..." do not decide the act; what follows does.
//! - **Meta** covers a sentence ending in a colon ("Here is what the two ministers said:"), link
//!   text ("please click here", "read more", "see also"), running a meeting ("Please, go
//!   ahead", "You have the floor", "Let us move on"), and editor's notes in brackets
//!   ("(Laughter.)", "<…>").
//! - **Short replies** ("Of course.", "Good.", "Yes.") are opinions; a form of address standing
//!   alone ("Mr President,") is a greeting.
//!
//! ## How the rules work
//!
//! One pass over the sentence's words and punctuation matches the cue patterns of a table
//! (see the source of `analysis/cues.rs`: every word the rules know is there) and records, per
//! clause, whether it has a finite verb, a past tense, a figure, a future and a hedge. The
//! decision then takes the sentence's shape (final `:` or `?`, a bare reply or address), then
//! the earliest cue, then the overrides above. A sentence with no cue is an assertion, with
//! its first figure, past-tense verb or finite verb as the cue ([`Reason::Statement`] when
//! there is none). The classifier allocates nothing per sentence and is linear in its length.
//!
//! # Speakers
//!
//! [`resolve_speakers`] makes one [`Speaker`] per person from a document's speaker labels and
//! its narrative paragraphs:
//!
//! - labels that name the same person are merged: the same surname, and given names that do
//!   not disagree (`President of Russia Vladimir Putin`, `Vladimir Putin`, `Putin`);
//! - generic labels (`Q`, `Question`, `Remark`, `A reporter`) are anonymous speakers, one per
//!   distinct label text (an aside such as `(retranslated)` is not part of the label text);
//! - a label's title is split from its name (`President of Russia` | `Vladimir Putin`): the
//!   name is the last run of capitalised words that are neither title words nor words that
//!   end an organisation's name (`Service`, `Agency`, `Bank`); a name before a comma may have
//!   an honorific (`Dr. Ana Ruiz, Chief Economist`: the name is `Ana Ruiz`);
//! - a label that is only an office names its holder in its aside: Hansard's `The Prime
//!   Minister (Rhona Vale)`, the Congressional Record's `The PRESIDING OFFICER (Mr. KYL)`;
//! - the narrative paragraphs give fuller names and roles: a title before the name ("Prime
//!   Minister Sharif"), an appositive before or after it ("The Russian President, Vladimir
//!   Putin, has ..."; "Shehbaz Sharif, Pakistan’s Prime Minister,") or a parenthetical after
//!   it. The name is the fullest found, the role the first in the text; each keeps the span of
//!   the mention it came from.
//!
//! # Claims
//!
//! [`claims`](fn@claims) turns the assertions among a document's sentences into [`Claim`]s: each with its
//! sentence, its speaker (the turn's, or `None` for the narrator), the figures inside it and
//! the cue that made it an assertion. Opinions, hopes, thanks, invitations, condolences and
//! compliments are not claims, even when they contain a figure.

mod claims;
mod classify;
mod cues;
mod document;
mod names;
mod pattern;
mod scan;
mod speakers;
mod speech_act;
mod tokens;

pub use claims::{Claim, SentenceInput, claims};
pub use classify::classify;
pub use document::{Analysis, ClaimRef, analyze};
pub use speakers::{LabelInput, Mention, Speaker, Speakers, resolve_speakers};
pub use speech_act::{Act, Cue, Reason, SpeechAct};

#[cfg(test)]
mod tests;
