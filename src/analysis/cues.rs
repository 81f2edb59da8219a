//! The word tables and cue patterns of the speech-act rules.
//!
//! Everything the rules know about English words is here, so that a reader can audit (and a
//! maintainer extend) the knowledge without reading the matching code. Words are written in
//! lower case with a straight apostrophe; the matcher folds the text the same way.
//!
//! A pattern is a line of space-separated elements, matched word by word from a word of the
//! sentence (see [`super::pattern`]):
//!
//! ```text
//! pattern ::= element+
//! element ::= '>'? atom '?'?         '>' starts the lookahead part (checked, not consumed);
//!                                    '?' makes the element optional
//! atom    ::= word ('|' word)*        one of these words ('word*' matches a prefix)
//!           | '~'                     up to three filler words (FILLER: "very", "also", "not")
//!           | '@' set                 a word of a named set (EVAL, FRAMING, ...)
//!           | '_'                     any word
//!           | '#'                     a number
//!           | ','                     a comma
//!           | '$'                     the end of the sentence
//! ```
//!
//! The first element must be a plain word list: it indexes the pattern. Patterns that match at
//! the same word are tried in table order, so a specific pattern stands before a general one.

use super::speech_act::{Act, Reason};

/// What a matched pattern means.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Meaning {
    /// The sentence does this act, unless a rule overrides it.
    Act(Act, Reason),
    /// A belief or expectation (`I think`, `I am sure`): an opinion, or a hedged fact when
    /// what follows is a past event.
    Belief,
    /// Nothing: the words frame what follows (`I would like to point out that`, `let me`), so
    /// no other pattern may start inside them.
    Neutral,
}

/// The pattern must start a clause: at the start of the sentence, after punctuation, or after
/// a conjunction (`and`, `but`, `so`).
pub(super) const START: u8 = 1;
/// The pattern must start the sentence (a leading conjunction such as `And` is allowed).
pub(super) const SENT: u8 = 2;
/// Performative: the words before the pattern, skipping fillers and modal chains (`would like
/// to`, `let me`), must reach `I`, `we` or the start of a clause. `They hope` is a report,
/// `We very much hope` is a wish.
pub(super) const PERF: u8 = 4;
/// A noun cue (`condolences`, `congratulations`): no past-tense verb may stand before it in
/// its clause (`he expressed condolences` is a report).
pub(super) const NOUN: u8 = 8;

use Act::{
    Assertion as A, Compliment as P, Condolence as C, Greeting as G, Invitation as I, Meta as M,
    Opinion as O, Promise as R, Question as Q, Thanks as T, Wish as W,
};
use Meaning::{Act as X, Belief as B, Neutral as N};
use Reason::*;

/// The cue patterns, in priority order for patterns that start at the same word.
#[rustfmt::skip]
pub(super) const PATTERNS: &[(&str, Meaning, u8)] = &[
    // Meta: navigation, introducing a quotation, running the meeting.
    ("click|tap here|on|the|this|below", X(M, Navigation), 0),
    ("read|learn more", X(M, Navigation), 0),
    ("find out more", X(M, Navigation), 0),
    ("see also", X(M, Navigation), START),
    ("follow|via|at|use this|the link", X(M, Navigation), 0),
    ("visit our|the website|site|page", X(M, Navigation), 0),
    ("for more|further information|details|news|updates|coverage|intelligence|on|about", X(M, Navigation), START),
    ("this|here is what", X(M, IntroducesQuotation), 0),
    ("here's|that's what", X(M, IntroducesQuotation), 0),
    ("below is|are", X(M, IntroducesQuotation), SENT),
    ("the following is|are|was|were", X(M, IntroducesQuotation), SENT),
    ("as follows", X(M, IntroducesQuotation), 0),
    ("excerpts|extracts|excerpt|transcript from|of", X(M, IntroducesQuotation), SENT),
    ("go ahead", X(M, Floor), START),
    ("you have the floor", X(M, Floor), 0),
    ("the floor is yours", X(M, Floor), 0),
    ("over to you", X(M, Floor), 0),
    ("give|pass|hand|yield the floor", X(M, Floor), 0),
    ("next question", X(M, Floor), START),
    ("invite|call ~ on|upon? _ _? to speak|say|take|address|present|report|give|share", X(M, Floor), PERF),
    ("please ,? go|proceed|continue|begin|start", X(M, Floor), 0),
    ("please $", X(M, Floor), 0),
    ("please ,? tell|explain|describe|clarify|comment", X(Q, RequestForInformation), 0),
    ("please ,? accept|convey|pass|give|send|allow|let", N, 0),
    ("please ,? click|tap|see|visit|read|follow|go|refer", X(M, Navigation), 0),
    ("please ,? _", X(I, Invitation), 0),
    // `let me`, `let us`.
    ("let me|us ~ begin|start >by|with", N, 0),
    ("let me|us ~ @floor", X(M, Floor), 0),
    ("let's ~ @floor", X(M, Floor), 0),
    ("let me|us ~ ask", X(Q, RequestForInformation), 0),
    ("let me|us ~ >@neutral", N, 0),
    ("let's ~ >@neutral", N, 0),
    ("let us ~ _", X(I, Proposal), 0),
    ("let's ~ _", X(I, Proposal), 0),
    // Questions by form, at the start of the sentence.
    ("may i|we ask", X(Q, RequestForInformation), SENT),
    ("may god|this|these|it|your|our|you|peace|all|the|his|her|their|every", X(W, WishFormula), SENT),
    ("what|how|why|when|where|which|who|whom|whose ~ is|are|was|were|do|does|did|can|could|will|would|should|shall|has|have|had|much|many|long|far|soon|often|about|else|exactly|kind|sort", X(Q, Interrogative), SENT),
    ("what's|how's|where's|who's|why's|when's", X(Q, Interrogative), SENT),
    ("is|are|was|were|do|does|did|can|could|will|would|should|shall|has|have|had|may|might|must|isn't|aren't|don't|doesn't|didn't|can't|couldn't|won't|wouldn't|shouldn't|haven't|hasn't you|we|it|there|they|he|she|i|this|that|these|those|the|our|your|anyone|anybody|any|a|an", X(Q, Interrogative), SENT),
    // Requests for information phrased as statements.
    ("i|we|i'd|we'd ~ would? ~ like|want|wish ~ to ~ ask|know|hear|learn|understand|find", X(Q, RequestForInformation), 0),
    ("i|we ~ have a question|request", X(Q, RequestForInformation), 0),
    ("my|our|the question|request ~ is|concerns|relates|would|has", X(Q, RequestForInformation), 0),
    ("i ~ wonder|wondered", X(Q, RequestForInformation), 0),
    ("i|i'm ~ am|was? wondering", X(Q, RequestForInformation), 0),
    ("tell me|us", X(Q, RequestForInformation), START),
    ("it would be interesting|useful|good to hear|know|learn", X(Q, RequestForInformation), 0),
    ("i|we|i'm|we're ~ am|are? ~ interested in|to the|your|hear|hearing|know|knowing opinion|opinions|views|view|thoughts|assessment|ideas|proposals", X(Q, RequestForInformation), 0),
    // Greetings and address.
    ("good morning|afternoon|evening|day|night", X(G, Greeting), START),
    ("hello|hi|greetings|goodbye|good-bye|farewell|welcome", X(G, Greeting), START),
    ("see you ~ soon|later|again|tomorrow|there", X(G, Greeting), START),
    ("ladies and gentlemen", X(G, Address), 0),
    ("dear _", X(G, Address), SENT),
    ("nice|good|glad|pleased|delighted|happy|great to see|meet you", X(G, Greeting), START),
    // `I am pleased that X happened` states X.
    ("i|we|i'm|we're ~ am|are? ~ pleased|glad|happy|delighted|satisfied|proud|gratified|sorry|sad|concerned|worried|aware|encouraged that", X(A, Factive), 0),
    ("i|we|i'm|we're ~ am|are? ~ pleased|glad|happy|delighted ~ to see|hear|note|report|say|inform|announce that", X(A, Factive), 0),
    ("i|we|i'm|we're ~ am|are? ~ pleased|glad|happy|delighted ~ to note|report|say|inform|announce", X(A, Factive), 0),
    ("i|we|i'm|we're ~ am|are? ~ aware", X(A, Factive), 0),
    ("it is ~ true|clear|evident that", X(A, Factive), 0),
    ("it's ~ true|clear|evident that", X(A, Factive), 0),
    ("it is a fact that", X(A, Factive), 0),
    ("it is ~ gratifying|encouraging|good|pleasing|nice|satisfying|regrettable|unfortunate|sad that", X(A, Factive), 0),
    ("it's ~ gratifying|encouraging|good|pleasing|nice|satisfying|regrettable|unfortunate|sad that", X(A, Factive), 0),
    ("it gives me|us ~ great? ~ pleasure|satisfaction to see|note|report|say", X(A, Factive), 0),
    ("i|we ~ regret that", X(A, Factive), 0),
    ("i|we|i'm|we're ~ am|are? ~ saddened|grieved|shocked|devastated by|at|to", X(C, Condolence), 0),
    ("i|we|i'm|we're ~ am|are? ~ glad|happy|pleased|delighted|honoured|honored ~ to ~ see|welcome|meet|greet|host|receive|be|have", X(G, Greeting), 0),
    ("it|this is ~ a|an|my|our ~ great|real|special|genuine|true? pleasure|honour|honor|joy|privilege", X(G, Greeting), 0),
    ("it's ~ a|an|my|our ~ great|real|special|genuine|true? pleasure|honour|honor|joy|privilege", X(G, Greeting), 0),
    ("i|we ~ welcome|greet you|all|everyone|everybody", X(G, Greeting), 0),
    ("welcome|greet ~ you|all|everyone|everybody", X(G, Greeting), PERF),
    ("welcome|greet ~ our|the guests|delegation|visitors|participants|colleagues|friends", X(G, Greeting), PERF),
    // Invitations and offers.
    ("i|we|i'd|we'd|i'll|we'll ~ would|will|shall? ~ be ~ happy|glad|delighted|pleased|honoured|honored ~ to see|welcome|host|receive|meet you|your", X(I, Invitation), 0),
    ("i|we|i'd|we'd ~ would? ~ be ~ happy|glad|delighted|pleased|honoured|honored|ready to", X(I, Offer), 0),
    ("i|we|i'm|we're ~ am|are|stand? ~ ready|prepared|willing|open to|for", X(I, Offer), 0),
    ("i|we ~ would welcome", X(I, Invitation), 0),
    ("i|we ~ offer|propose|suggest", X(I, Offer), 0),
    ("invite|invites|inviting", X(I, Invitation), PERF),
    ("you are ~ always|most|very? welcome to|in|at|here", X(I, Invitation), 0),
    ("you're ~ always|most|very? welcome", X(I, Invitation), 0),
    ("you are invited", X(I, Invitation), 0),
    ("join us", X(I, Invitation), START),
    ("feel free", X(I, Invitation), 0),
    ("come and visit|see|join", X(I, Invitation), START),
    // Thanks.
    ("many|my|our|special|sincere|heartfelt|big|warm|deep|deepest|sincerest thanks", X(T, Thanks), 0),
    ("thanks to", N, 0),
    ("thank you|u", X(T, Thanks), 0),
    ("thank", X(T, Thanks), PERF),
    ("thanks", X(T, Thanks), 0),
    ("grateful", X(T, Thanks), PERF),
    ("gratitude|appreciation", X(T, Thanks), NOUN),
    ("i|we ~ appreciate you|your|it|this|that", X(T, Thanks), 0),
    ("appreciate you|your|it", X(T, Thanks), PERF),
    ("much|greatly|deeply|truly appreciated", X(T, Thanks), 0),
    // Condolences.
    ("condolence|condolences|sympathy|sympathies", X(C, Condolence), NOUN),
    ("i|we ~ mourn|grieve", X(C, Condolence), 0),
    ("mourn|grieve with|for", X(C, Condolence), PERF),
    ("our|my thoughts|prayers are|go with|to|out", X(C, Condolence), 0),
    ("thoughts|prayers are with", X(C, Condolence), 0),
    ("share ~ the|your|their grief|pain|sorrow|loss", X(C, Condolence), PERF),
    ("heart|hearts goes|go out", X(C, Condolence), 0),
    ("rest in peace", X(C, Condolence), 0),
    // Compliments and congratulations.
    ("congratulate|congratulating", X(P, Congratulation), PERF),
    ("congratulations|congrats|felicitations", X(P, Congratulation), NOUN),
    ("birthday|anniversary greetings|wishes", X(P, Congratulation), 0),
    ("happy birthday|anniversary", X(P, Congratulation), 0),
    ("well done", X(P, Praise), START),
    ("bravo", X(P, Praise), START),
    ("you ~ did|have ~ done? ~ a|an|such ~ a? ~ @eval job|work", X(P, Praise), 0),
    ("i|we ~ admire|commend|applaud|salute|praise", X(P, Praise), 0),
    ("i|we ~ find|consider you ~ a|an|the? ~ @eval", X(P, Praise), 0),
    // Wishes and hopes.
    ("hope", X(W, Hope), PERF),
    ("hopefully", X(W, Hope), 0),
    ("i|we ~ am|are? ~ count|counting|rely|relying ~ on", X(W, Hope), 0),
    ("look|looking ~ forward", X(W, LookForward), PERF),
    ("wish you|your|all|every|everyone|success|good|the|them|him|her", X(W, WishFormula), PERF),
    ("best|warmest|good wishes", X(W, WishFormula), 0),
    ("all the best", X(W, WishFormula), START),
    ("good luck", X(W, WishFormula), 0),
    ("happy new year|holidays|holiday", X(W, WishFormula), 0),
    ("merry christmas", X(W, WishFormula), 0),
    ("i|we|i'd|we'd ~ would? ~ like|want|wish ~ to ~ talk|speak ~ about|of", X(M, Floor), 0),
    ("i|we|i'd|we'd ~ would? ~ like|want|wish ~ to ~ >@neutral", N, 0),
    ("i|we|i'd|we'd ~ would? ~ like|want|wish ~ to", X(W, Desire), 0),
    ("i|we|i'm|we're ~ am|are? ~ keen|eager|anxious to", X(W, Desire), 0),
    // Promises: commitments and first-person plans.
    ("i|we ~ will|shall ~ see|find|notice >that", N, 0),
    ("i|we ~ will|shall|won't|shan't", X(R, Commitment), 0),
    ("i'll|we'll", X(R, Commitment), 0),
    ("i|we ~ am|are going to", X(R, Plan), 0),
    ("i'm|we're ~ going to", X(R, Plan), 0),
    ("i|we ~ intend|plan|promise|pledge|undertake|vow|guarantee", X(R, Plan), 0),
    ("i|we|i'm|we're ~ am|are? ~ committed|determined|resolved|planning|intending to", X(R, Plan), 0),
    ("our ministry|government|side|team|company|office|delegation|country|administration|department|agency|committee will|shall|intends|plans|pledges|undertakes", X(R, Plan), 0),
    ("assure ~ you", X(R, Commitment), PERF),
    // Framing: the content decides (`I must say that ...`, `I can say with confidence ...`).
    ("i|we ~ must|should|have|need|can|could|may ~ to? ~ >@framing", N, 0),
    // Beliefs and judgements.
    ("i|we ~ consider|deem|find it|this|that ~ a|an? ~ @eval", X(O, Evaluation), 0),
    ("i|we ~ attach ~ great|particular|special? importance|significance", X(O, Evaluation), 0),
    ("i|we ~ think|believe|feel|suppose|guess|expect|reckon|trust|doubt|presume|assume|consider", B, 0),
    ("i|we|i'm|we're ~ am|are? ~ sure|convinced|certain|confident|positive|optimistic|pessimistic", B, 0),
    ("in my|our view|opinion|judgement|judgment|estimation|mind", B, 0),
    ("to my|our mind", B, 0),
    ("it seems|seemed|appears to me|us", B, 0),
    ("i|we ~ have no doubt", B, 0),
    ("there is no doubt", B, 0),
    ("i|we ~ value|respect|support|condemn|oppose|like|love|prefer|agree|disagree|welcome|back|endorse|deplore|reject|appreciate", X(O, Evaluation), 0),
    ("is|are|am|was|were|be|been|being|remains|remain|remained|seems|seem|seemed|looks|look|sounds|becomes|become|became ~ a|an|the|such? ~ @eval", X(O, Evaluation), 0),
    ("it's|that's|this's|they're|it'll ~ a|an|the|such? ~ @eval", X(O, Evaluation), 0),
    ("is|are|was|were|be|been|remains ~ of ~ great|particular|special|vital|paramount|utmost|key|crucial|fundamental importance|significance|value|interest", X(O, Evaluation), 0),
    ("must|should|ought", X(O, Normative), 0),
    ("need|needs to", X(O, Normative), 0),
    ("i|we ~ need", X(O, Normative), 0),
    ("have|has to", X(O, Normative), 0),
    // The future: scheduled events are assertions, forecasts opinions.
    ("there will be", X(A, Scheduled), 0),
    ("will|shall take place", X(A, Scheduled), 0),
    ("will|shall ~ be @scheduled", X(A, Scheduled), 0),
    ("will|shall ~ @event", X(A, Scheduled), 0),
    ("will|shall ~ @forecast", X(O, Forecast), 0),
    ("will|shall ~ be ~ a|an|the|able|more|less|much|even|as|so|too|different|possible|difficult|easy|enough|@eval", X(O, Forecast), 0),
    ("to be held", X(A, Scheduled), 0),
    ("planned|scheduled|slated for|to", X(A, Scheduled), 0),
    ("is|are|was|were due for|to", X(A, Scheduled), 0),
    ("is|are|was|were set to", X(A, Scheduled), 0),
    ("is|are expected|likely|unlikely to", X(O, HedgedForecast), 0),
    // Reported speech (the reporting verbs themselves are in REPORTING).
    ("according to", X(A, ReportedSpeech), 0),
    ("polls|surveys|data|figures|statistics|studies|reports|research|estimates ~ show|shows|showed|suggest|suggests|suggested|indicate|indicates|indicated", X(A, ReportedSpeech), 0),
];

/// Words the `~` element skips and the performative check walks over.
#[rustfmt::skip]
pub(super) const FILLER: &[&str] = &[
    "very", "much", "really", "sincerely", "truly", "also", "all", "certainly", "surely",
    "definitely", "do", "does", "not", "never", "too", "so", "deeply", "strongly", "genuinely",
    "greatly", "again", "once", "heartily", "warmly", "personally", "especially", "particularly",
    "still", "always", "just", "now", "therefore", "indeed", "of", "course", "further", "hereby",
    "most", "more", "quite", "absolutely", "perfectly", "extremely", "highly", "entirely", "fully",
    "completely", "naturally", "obviously", "only", "even", "both", "today", "here", "then",
    "first", "firstly", "finally", "however", "well", "currently", "already", "actually", "simply",
    "ever", "fairly", "rather", "sometimes", "equally",
];

/// Words between a subject and a performative verb (`I would like to take this opportunity
/// to thank`), walked over by the performative check besides [`FILLER`].
#[rustfmt::skip]
pub(super) const CHAIN: &[&str] = &[
    "would", "like", "to", "want", "wish", "must", "should", "can", "could", "may", "might", "let",
    "allow", "permit", "me", "us", "am", "are", "'m", "'re", "'d", "be", "will", "shall", "take",
    "this", "opportunity", "the", "a", "big", "warm", "express", "extend", "convey", "offer",
    "send", "our", "my", "deepest", "sincere", "sincerest", "heartfelt", "deep", "special",
    "profound", "say", "by", "begin", "start", "and", "behalf", "on", "once",
];

/// Subjects that make a cue the speaker's own act.
#[rustfmt::skip]
pub(super) const FIRST_PERSON: &[&str] = &[
    "i", "we", "me", "us", "let's", "i'm", "we're", "i'd", "we'd", "i'll", "we'll", "i've",
    "we've",
];

/// Words that may precede the start of a sentence proper (`And what about ...?`).
#[rustfmt::skip]
pub(super) const LEADING: &[&str] = &[
    "and", "but", "so", "or", "well", "now", "then", "also",
];

/// Modal verbs: a clause whose only finite verb is one of these states no fact (`I would not
/// understand`).
#[rustfmt::skip]
pub(super) const MODALS: &[&str] = &[
    "would", "could", "might", "may", "should", "must", "ought", "wouldn't", "couldn't",
    "shouldn't", "mustn't", "i'd", "we'd", "you'd", "they'd", "he'd", "she'd",
];

/// Relative pronouns: a verb after them belongs to a relative clause, not to the clause
/// around it.
#[rustfmt::skip]
pub(super) const RELATIVES: &[&str] = &[
    "who", "which", "whom", "whose", "where",
];

/// Words that may open a clause, so that a cue right after them starts the clause.
#[rustfmt::skip]
pub(super) const OPENERS: &[&str] = &[
    "and", "but", "so", "that", "also", "then", "now", "firstly", "secondly", "thirdly", "finally",
    "lastly", "once", "again", "first", "second", "third", "or", "well", "please",
];

/// Conjunctions that start a new clause.
#[rustfmt::skip]
pub(super) const CONJUNCTIONS: &[&str] = &[
    "and", "but", "yet", "while", "whereas", "although", "though", "because", "so",
];

/// Words that open a subordinate clause: a verb after them does not make the clause a
/// statement of its own.
#[rustfmt::skip]
pub(super) const SUBORDINATORS: &[&str] = &[
    "as", "if", "when", "while", "although", "though", "because", "since", "unless", "once",
    "whether", "before", "after", "until", "whereas", "given", "provided", "even",
];

/// Evaluative words: after a copula they make a judgement (`This is a very important
/// corridor`).
#[rustfmt::skip]
pub(super) const EVAL: &[&str] = &[
    "absurd", "acceptable", "achievement", "admirable", "advantageous", "alarming", "ambitious",
    "appropriate", "awful", "bad", "beautiful", "beneficial", "best", "better", "brilliant",
    "complicated", "constructive", "counterproductive", "crucial", "dangerous", "desirable",
    "disappointing", "disgrace", "disgraceful", "dynamic", "effective", "encouraging", "essential",
    "excellent", "fair", "fantastic", "fine", "fruitful", "generous", "good", "great", "harmful",
    "helpful", "ideal", "impossible", "impressive", "important", "inadmissible", "inappropriate",
    "incredible", "interesting", "invaluable", "key", "magnificent", "major", "marvellous",
    "mistake", "necessary", "negative", "nice", "nonsense", "obvious", "outrageous", "outstanding",
    "perfect", "pity", "pleasant", "positive", "productive", "prominent", "promising",
    "reasonable", "regrettable", "remarkable", "ridiculous", "right", "sad", "shame",
    "significant", "special", "splendid", "strange", "success", "successful", "superb", "talented",
    "telling", "terrible", "timely", "tragedy", "true", "unacceptable", "unfair", "unique",
    "unreasonable", "unthinkable", "urgent", "useful", "valuable", "violation", "vital", "welcome",
    "wise", "wonderful", "worrying", "worse", "worst", "wrong",
];

/// Evaluative words that, said of `you`, agree rather than praise.
#[rustfmt::skip]
pub(super) const NOT_PRAISE: &[&str] = &[
    "right", "wrong", "correct",
];

/// Verbs that frame what follows (`I would like to note that ...`): the content decides.
#[rustfmt::skip]
pub(super) const FRAMING: &[&str] = &[
    "say", "note", "point", "stress", "emphasise", "emphasize", "mention", "remind", "inform",
    "report", "add", "underline", "underscore", "recall", "admit", "repeat", "reiterate", "tell",
    "state", "confirm", "announce", "acknowledge", "confess", "clarify", "explain", "share",
    "observe", "highlight", "begin", "start", "talk", "speak", "touch", "dwell", "return", "raise",
    "draw",
];

/// Verbs of the acts that have their own cue (`I would like to thank ...`).
#[rustfmt::skip]
pub(super) const RITUAL: &[&str] = &[
    "thank", "congratulate", "welcome", "greet", "invite", "express", "extend", "offer", "convey",
    "wish", "hope", "assure", "promise", "apologise", "apologize", "give", "pass", "take",
];

/// Verbs that run a meeting (`Let us move on`).
#[rustfmt::skip]
pub(super) const FLOOR: &[&str] = &[
    "begin", "start", "move", "turn", "proceed", "return", "go", "get", "continue", "sum",
    "conclude", "finish", "end", "open", "close", "now",
];

/// Past participles that describe a scheduled event after `will be`.
#[rustfmt::skip]
pub(super) const SCHEDULED: &[&str] = &[
    "held", "opened", "launched", "signed", "completed", "commissioned", "inaugurated", "hosted",
    "convened", "published", "introduced", "adopted", "presented", "discussed", "addressed",
    "preceded", "followed", "built", "finished", "ready", "closed", "reopened", "extended",
    "submitted", "announced", "released", "chaired", "attended", "organised", "organized",
    "launched", "considered", "reviewed", "debated", "unveiled", "delivered",
];

/// Verbs of events that can be scheduled (`The railway will open in September`).
#[rustfmt::skip]
pub(super) const EVENT: &[&str] = &[
    "open", "begin", "start", "launch", "host", "hold", "meet", "visit", "arrive", "travel",
    "close", "end", "resume", "convene", "run", "operate", "come", "sign", "leave", "depart",
    "return", "attend", "chair", "use", "receive", "present", "publish", "announce", "discuss",
    "address", "consider", "review", "take", "go", "fly", "speak", "deliver", "debate", "vote",
];

/// Verbs of developments that can only be forecast (`Trade will grow`).
#[rustfmt::skip]
pub(super) const FORECAST: &[&str] = &[
    "grow", "rise", "fall", "increase", "decrease", "decline", "drop", "improve", "worsen",
    "become", "bring", "help", "lead", "remain", "change", "strengthen", "weaken", "benefit",
    "boost", "reach", "double", "triple", "halve", "exceed", "surpass", "contribute", "enable",
    "allow", "make", "give", "create", "confirm", "determine", "vanish", "disappear", "succeed",
    "fail", "overcome", "need", "want", "have", "affect", "influence", "facilitate", "ensure",
    "serve", "recover", "stabilise", "stabilize", "collapse", "expand", "shrink", "pay", "cost",
];

/// Words after which a present-tense verb of saying in `-s` is a noun (`between states`).
#[rustfmt::skip]
pub(super) const NOT_BEFORE_SAYS: &[&str] = &[
    "the", "a", "an", "of", "between", "in", "on", "for", "with", "by", "from", "to", "at", "into",
    "among", "these", "those", "their", "our", "its", "his", "her", "my", "your", "all", "some",
    "many", "several", "both", "two", "three", "member", "and", "other", "such", "news", "media",
    "press",
];

/// Verbs of saying: with a subject other than `I` or `we`, the sentence reports speech.
#[rustfmt::skip]
pub(super) const REPORTING: &[&str] = &[
    "said", "says", "told", "tells", "stated", "states", "noted", "notes", "added", "adds",
    "stressed", "stresses", "emphasised", "emphasized", "emphasises", "emphasizes", "underlined",
    "underscored", "announced", "announces", "explained", "explains", "declared", "declares",
    "reported", "asked", "asks", "wondered", "claimed", "claims", "insisted", "argued", "argues",
    "pointed", "confirmed", "confirms", "denied", "denies", "warned", "warns", "replied",
    "answered", "remarked", "recalled", "recalls", "mentioned", "expressed", "thanked",
    "congratulated", "invited", "praised", "promised", "pledged", "urged", "welcomed", "wrote",
    "writes", "quoted", "cited", "informed", "briefed", "spoke",
];

/// Words the reporting check walks over between a subject and its verb.
#[rustfmt::skip]
pub(super) const REPORT_CHAIN: &[&str] = &[
    "has", "have", "had", "also", "already", "repeatedly", "recently", "just", "once", "again",
    "publicly", "earlier", "then", "later", "first", "previously", "often", "always", "never",
];

/// Irregular past-tense forms.
#[rustfmt::skip]
pub(super) const PAST: &[&str] = &[
    "was", "were", "had", "did", "went", "came", "met", "made", "took", "grew", "fell", "rose",
    "saw", "gave", "got", "began", "became", "built", "brought", "bought", "sold", "sent", "spent",
    "won", "lost", "left", "held", "kept", "led", "paid", "said", "told", "found", "knew", "wrote",
    "spoke", "thought", "chose", "drove", "flew", "ran", "sat", "stood", "struck", "taught",
    "understood", "broke", "caught", "dealt", "fed", "felt", "fought", "forgot", "heard", "laid",
    "lent", "meant", "overcame", "rode", "rang", "sang", "sank", "shook", "shot", "slept", "stole",
    "stuck", "swore", "threw", "undertook", "woke", "withdrew", "arose", "sought", "overtook",
    "underwent", "forgave", "froze", "hid", "hung", "been", "wasn't", "weren't", "didn't",
    "hadn't",
];

/// Past participles that are not past-tense forms; after `has`, `have` or `had` they make a
/// perfect.
#[rustfmt::skip]
pub(super) const PARTICIPLES: &[&str] = &[
    "done", "grown", "fallen", "risen", "seen", "given", "gotten", "begun", "become", "shown",
    "taken", "known", "written", "spoken", "chosen", "gone", "driven", "eaten", "flown", "broken",
    "drawn", "thrown", "withdrawn", "undertaken", "overcome", "forgotten", "hidden", "stolen",
    "sworn", "woken", "come", "run", "put", "set", "cut", "hit", "let", "read", "met", "made",
    "built", "held", "kept", "led", "paid", "said", "told", "found", "sent", "spent", "won",
    "lost", "left", "brought", "bought", "sold", "had",
];

/// Words in `-ed` that are not past-tense verbs.
#[rustfmt::skip]
pub(super) const NOT_PAST: &[&str] = &[
    "need", "indeed", "speed", "seed", "proceed", "exceed", "succeed", "feed", "breed", "bleed",
    "embed", "shed", "hundred", "kindred", "sacred", "naked", "wicked", "beloved", "interested",
    "pleased", "delighted", "concerned", "convinced", "committed", "determined", "united",
    "limited", "advanced", "detailed", "qualified", "experienced", "dedicated", "talented",
    "honoured", "honored", "privileged", "esteemed", "respected", "distinguished", "renowned",
    "expected", "supposed", "based", "related", "so-called", "aged", "learned", "skilled",
    "devoted", "reserved", "crowded", "armed", "tired", "worried", "satisfied", "surprised",
    "prepared", "balanced", "sophisticated", "sustained", "unprecedented", "unlimited",
    "undisputed", "varied", "mixed", "alleged", "saddened", "shocked", "gratified", "encouraged",
    "scheduled", "planned", "slated", "interrelated", "guaranteed", "required", "needed",
    "proceed", "unified", "coordinated", "integrated", "developed", "automated", "localised",
    "centred", "centered", "oriented", "focused", "focussed", "aimed",
];

/// Words before an `-ed` word that make it an adjective (`the detailed report`) or a present
/// passive (`is planned`), not a past-tense verb.
#[rustfmt::skip]
pub(super) const NOT_BEFORE_PAST: &[&str] = &[
    "the", "a", "an", "this", "that", "these", "those", "our", "your", "their", "its", "his",
    "her", "my", "very", "so", "most", "more", "well", "highly", "fully", "newly", "is", "are",
    "am", "be", "being", "'s", "'re", "'m", "it's", "get", "gets", "getting", "become", "becomes",
    "remain", "remains", "seem", "seems", "feel", "feels", "less", "least", "not",
];

/// Verbs that make a clause a statement of its own.
#[rustfmt::skip]
pub(super) const FINITE: &[&str] = &[
    "is", "are", "am", "was", "were", "has", "have", "had", "will", "would", "shall", "can",
    "could", "may", "might", "must", "does", "do", "did", "remains", "remain", "continues",
    "continue", "stands", "stand", "amounts", "amount", "totals", "total", "accounts", "account",
    "exceeds", "exceed", "reaches", "comprises", "employs", "serves", "holds", "covers",
    "includes", "include", "it's", "that's", "there's", "we're", "they're", "he's", "she's",
    "we've", "they've", "i've", "i'm", "shows", "show", "needs", "goes", "makes", "takes", "lies",
    "runs", "works", "operates", "grows", "rises", "falls",
];

/// Words that mark the future (besides the hedging modals, which count too).
#[rustfmt::skip]
pub(super) const FUTURE: &[&str] = &[
    "will", "shall", "won't", "shan't", "would", "i'll", "we'll", "it'll", "they'll", "you'll",
    "he'll", "she'll", "that'll", "there'll", "wouldn't", "i'd", "we'd",
];

/// Epistemic hedges: with a future they make a forecast an opinion; with a past they leave
/// a fact an assertion.
#[rustfmt::skip]
pub(super) const HEDGES: &[&str] = &[
    "probably", "likely", "unlikely", "perhaps", "possibly", "maybe", "presumably", "apparently",
    "reportedly", "allegedly", "seemingly", "supposedly", "conceivably", "evidently", "seems",
    "appears", "seem", "appear", "may", "might", "could",
];

/// Hedging modals: a forecast by themselves (`trade may grow`), unless `have` follows (`it
/// may have been`).
#[rustfmt::skip]
pub(super) const MODAL_HEDGES: &[&str] = &[
    "may", "might", "could",
];

/// Number words that make a figure.
#[rustfmt::skip]
pub(super) const NUMBER_WORDS: &[&str] = &[
    "million", "millions", "billion", "billions", "trillion", "thousand", "thousands", "hundred",
    "hundreds", "percent", "dozen", "dozens", "twice", "half", "double", "triple",
];

/// Words a one-word or two-word reply may be made of (`Of course.`, `Yes.`).
#[rustfmt::skip]
pub(super) const RESPONSES: &[&str] = &[
    "yes", "no", "of", "course", "certainly", "absolutely", "sure", "right", "agreed", "okay",
    "ok", "fine", "good", "excellent", "great", "indeed", "exactly", "true", "precisely", "all",
    "well", "alright", "understood", "correct", "very", "much", "clear", "wonderful", "perfect",
    "naturally", "fair", "enough", "splendid", "nice",
];

/// Lower-case words a form of address may contain besides capitalised names and titles.
#[rustfmt::skip]
pub(super) const VOCATIVE: &[&str] = &[
    "and", "dear", "ladies", "gentlemen", "colleagues", "friends", "everyone", "all", "comrades",
    "esteemed", "distinguished", "sir", "madam", "my", "our", "your", "excellency", "excellencies",
    "everybody",
];

/// Title words that mark a form of address when the sentence does not end in a comma.
#[rustfmt::skip]
pub(super) const ADDRESS_TITLES: &[&str] = &[
    "mr", "mrs", "ms", "madam", "dear", "excellency", "colleagues", "friends", "ladies",
    "gentlemen", "comrades", "sir",
];
