//! The invented names, places and sentences the generator builds documents from.

pub(super) const PEOPLE: &[(&str, &str, &str)] = &[
    ("Ilsa", "Marwick", "Prime Minister"),
    ("Arlen", "Quist", "Harbour Commissioner"),
    ("Odile", "Fanshawe-Lyle", "Foreign Minister"),
    ("Declan", "O’Dowd", "Trade Commissioner"),
    ("Teodor", "Vasquell", "President"),
    ("Maren", "Holtby", "Energy Minister"),
    ("Ruaidh", "Penhallow", "Governor"),
    ("Sunniva", "Threlkeld", "Ambassador"),
];

pub(super) const PLACES: &[&str] = &["Veltria", "Port Anselm", "Karrowmere", "Little Osk"];

pub(super) const TOPICS: &[&str] = &[
    "energy and shipping",
    "fisheries",
    "rail links across the border",
    "a shared weather service",
];

pub(super) const TITLES: &[&str] = &[
    "Leaders Meet in the Capital",
    "Talks on Energy and Shipping",
    "A New Chapter for the Harbour",
];

pub(super) const INTROS: &[&str] = &[
    "The leaders then answered questions from the press.",
    "Here is what was said after the talks.",
    "Both sides spoke to reporters afterwards.",
];

/// Sentences of speech: no colons, no quotation marks, no digits or number words, no month
/// or weekday names, no link phrases. The ones with a comma before a lower-case word are
/// where hard-wrapped layouts may break a line.
pub(super) const SENTENCES: &[&str] = &[
    "Thank you for coming.",
    "We have made real progress on the harbour.",
    "As you know, our ports depend on each other.",
    "Our teams will keep working together.",
    "I am grateful for a frank and open discussion.",
    "In our view, the talks went well.",
    "There is still much to do.",
    "The ferries must run on time, whatever the weather.",
    "We agreed to meet again soon.",
    "Frankly, some questions remain open.",
    "Our citizens expect results, not promises.",
    "Is that not what partners are for?",
    "Let me say a word about the fishing fleets.",
    "We will publish the plan when it is ready.",
];

pub(super) const SUMMARY_HEADINGS: &[&str] = &["Summary", "Key Figures", "The Numbers"];

pub(super) const LINK_HEADINGS: &[&str] = &["Further Reading", "See also", "Related articles"];

pub(super) const CURRENCIES: &[&str] = &["US$", "€", "£"];

pub(super) const SCALES: &[&str] = &["million", "billion"];

/// A sentence with a lost link: text before the anchor, the anchor, text after it.
pub(super) const ANCHORS: &[(&str, &str, &str)] = &[
    (
        "The joint statement is published online, please ",
        "click here",
        ".",
    ),
    (
        "The list of agreements signed today can be found at ",
        "this link",
        ".",
    ),
    ("For the full text of the remarks, ", "click here", "."),
];

// ---------------------------------------------------------------------------------------
// Plans: the random choices, which proptest shrinks.
